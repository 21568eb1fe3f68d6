"""A token's remembered plan is reused only where the document gives the same answers."""
from sitrep.clean.glue_splits import PLANS, Doc, plan, plan_of, token_info
from sitrep.clean.lexicon import Lexicon


def test_remembered_plans_follow_each_documents_own_words():
    lex = Lexicon.default()
    memo = PLANS.get(lex)
    token = "dunkarovtown"               # invented: splits only if "dunkarov" stands alone
    doc_alone = Doc("", lex, {"dunkarov", "town"}, {"dunkarov", "dunkarovtown"})
    doc_plain = Doc("", lex, {"town"}, {"dunkarovtown"})
    for doc in (doc_alone, doc_plain, doc_alone, doc_plain, doc_alone):
        got = plan_of(token, token, doc, False, memo)
        want = plan(token, token, doc, False)
        assert (list(got[0]), got[1], got[2]) == (list(want[0]), want[1], want[2])
    assert plan(token, token, doc_alone, False)[0] != plan(token, token, doc_plain, False)[0]


def test_token_info_files_names_and_odd_tokens_apart():
    lex = Lexicon.default()
    assert token_info("Velnaulaenko", lex)[1] == 4            # a name: waits for a glued document
    assert token_info("itselfat", lex)[1] == 2                # lower-case glue: analysed at once
    assert token_info("in2019", lex)[1] & 1                   # digits glued to a word
    assert token_info("the", lex) == ((), 0, (), ())
