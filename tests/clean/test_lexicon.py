"""The lexicon's big word sets are plain dicts the garbage collector never walks (but ``plain``,
the one every document's tokens are looked up in: a frozenset, faster for ``set.difference``)."""
import gc

from sitrep.clean.lexicon import Lexicon


def test_word_sets_are_untracked_and_answer_membership():
    lex = Lexicon.default()
    for words in (lex.known, lex.parts):
        assert not gc.is_tracked(words)
    assert isinstance(lex.plain, frozenset)
    assert "ministry" in lex.known and "Ministry" in lex.plain and "1999" in lex.plain
    assert {"ministry", "zzqxv"}.difference(lex.known) == {"zzqxv"}
    named = lex.with_names(["Velnaulaenko Brigade"])
    assert "velnaulaenko" in named.parts and "velnaulaenko" not in lex.parts
    assert not gc.is_tracked(named.parts)


def test_english_list_read_from_wordfreq_data_matches_wordfreq():
    """The list is read from wordfreq's data file without importing wordfreq (0.1-0.4 s of
    startup): the zipf values must be the very floats wordfreq gives."""
    import math

    import wordfreq

    from sitrep.clean.lexicon import _english_buckets, _zipf_dict

    zipf = _zipf_dict(_english_buckets())
    freq = wordfreq.get_frequency_dict("en", "large")
    assert len(zipf) == len(freq)
    for word in ("the", "ministry", "drone", "ofthe", "hesaid", list(freq)[-1]):
        assert zipf[word] == math.log10(freq[word]) + 9.0


def test_default_lexicon_does_not_import_wordfreq():
    import subprocess
    import sys

    code = ("import sys; from sitrep.clean.lexicon import Lexicon; Lexicon.default(); "
            "print('wordfreq' in sys.modules, 'ftfy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
