"""The lexicon's big word sets are plain dicts the garbage collector never walks."""
import gc

from sitrep.clean.lexicon import Lexicon


def test_word_sets_are_untracked_and_answer_membership():
    lex = Lexicon.default()
    for words in (lex.known, lex.plain, lex.parts):
        assert not gc.is_tracked(words)
    assert "ministry" in lex.known and "Ministry" in lex.plain and "1999" in lex.plain
    assert {"ministry", "zzqxv"}.difference(lex.known) == {"zzqxv"}
    named = lex.with_names(["Velnaulaenko Brigade"])
    assert "velnaulaenko" in named.parts and "velnaulaenko" not in lex.parts
    assert not gc.is_tracked(named.parts)
