"""Shortcuts of the cleaning stage (per-process line memos, context-free plans, split key paths)
give the answers of the full computation."""
from sitrep.clean.chrome import chrome_reason, mark_chrome
from sitrep.clean.lines import MEMO_LINE_LEN as SEEN_LEN
from sitrep.clean.glue import Lexicon
from sitrep.clean.glue_splits import Doc, fixed_plan, plan
from sitrep.clean.lines import BODY, CHROME, line_key, line_keys, split_lines


def test_chrome_memo_repeats_the_rule_on_a_later_page():
    page = "Share on Facebook\nThe convoy reached Kessel at dawn, the mayor said.\nAll rights reserved."
    for _ in range(2):                       # the second page is answered from the memo
        lines = split_lines(page)
        mark_chrome(lines)
        assert [line.label for line in lines] == [CHROME, BODY, CHROME]
        assert lines[2].reason == chrome_reason(lines[2].text)[0]


def test_chrome_memo_keeps_long_lines_out():
    long_line = "Residents of Vardenia said the shelling lasted all night. " * 4
    assert len(long_line.strip()) > SEEN_LEN
    lines = split_lines(long_line)
    mark_chrome(lines)
    assert lines[0].label == BODY


def test_fixed_plan_is_what_plan_gives_in_any_document():
    lex = Lexicon.default()
    plain = Doc("", lex, set(), set())
    # "Zhel" and "bal" stand alone in this one: a content+content split could use them, a quick
    # pass on a capitalised run may not
    rich = Doc("", lex, {"Zhel", "bal", "Kaz", "hel"}, {"zhel", "bal", "kaz", "hel"})
    for token in ("Zhelbal", "Aleksa", "Ines", "Kazhel"):
        fixed = fixed_plan(token, token.lower(), lex)
        assert fixed is not None
        for doc in (plain, rich):
            got, unique, complete = plan(token, token.lower(), doc, True)
            assert (tuple(got), unique, complete) == fixed


def test_fixed_plan_leaves_function_word_splits_to_the_document():
    lex = Lexicon.default()
    assert fixed_plan("Thegovernment", "thegovernment", lex) is None     # "The government"
    assert fixed_plan("todiscuss", "todiscuss", lex) is None               # lower case: the document decides
    assert fixed_plan("Dolvin", "dolvin", lex) is None                     # "Dol in"?  the document decides


def test_line_keys_of_a_mixed_page_match_line_key():
    texts = ["© 2025 Nile Courier", "Read more", "“Quoted” — words", "plain ASCII line", ""]
    assert line_keys(texts) == [line_key(text) for text in texts]
