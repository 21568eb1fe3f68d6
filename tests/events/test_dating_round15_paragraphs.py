"""Round 15: a page scraped with every sentence in its own paragraph lets an undated act take the
time a paragraph or two above stated; real multi-sentence paragraphs keep the paragraph limit."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text
from sitrep.events.timescope import flat_run, paragraph_sentences
from sitrep.nlp.sentences import split_sentences

_KB = KnowledgeBase.default()
_PUB = "2025-11-13"          # a Thursday

_LEAD = "Fighters of the Liberation Front raided an army outpost near Kamsar on Tuesday, according to local officials."
_KILLED = "The army said its soldiers killed four of the attackers in return fire."
_FLED = "Residents said the fighting forced hundreds of families to flee toward the coast."
_GOVERNOR = "A regional governor said the outpost had been reinforced after a raid in the spring."
_SILENT = "The Liberation Front has not commented on the losses."
_CHURCH = "Church workers said the town's only clinic was closed and its staff had left."


def _killed(text: str):
    got = [e for e in analyze_text("d", text, _PUB, None, _KB).events if "killed" in text[e.start:e.end]]
    assert got, text
    return got[0]


def test_one_sentence_paragraphs_lend_the_time_above():
    text = "\n\n".join([_LEAD, _KILLED, _FLED, _GOVERNOR, _SILENT])
    e = _killed(text)
    assert (e.date, e.date_basis, e.date_text) == ("2025-11-11", "context", "Tuesday")


def test_single_line_breaks_count_as_paragraphs_too():
    text = "\n".join([_LEAD, _KILLED, _FLED, _GOVERNOR, _SILENT])
    assert _killed(text).date == "2025-11-11"


def test_real_paragraphs_keep_the_paragraph_limit():
    text = "\n\n".join([_LEAD + " Residents heard gunfire for hours.",
                        _KILLED + " It gave no figure for its own losses.",
                        _FLED + " Many slept in a school.",
                        _GOVERNOR + " He called for calm."])
    assert _killed(text).date is None


def test_flat_page_reaches_back_two_paragraphs_at_most():
    near = "\n\n".join([_LEAD, _FLED, _KILLED, _GOVERNOR, _SILENT])
    assert _killed(near).date == "2025-11-11"
    far = "\n\n".join([_LEAD, _FLED, _CHURCH, _KILLED, _GOVERNOR, _SILENT])
    assert _killed(far).date is None


def test_a_line_that_is_no_sentence_breaks_the_run():
    text = "\n\n".join([_LEAD, "ADVERTISEMENT", _KILLED, _FLED, _GOVERNOR, _SILENT])
    assert _killed(text).date is None


def test_a_short_page_is_not_read_as_flat():
    text = "\n\n".join([_LEAD, _KILLED, _SILENT])
    assert _killed(text).date is None


def test_paragraph_sentences_counts_and_flatness():
    flat = "Headline with no stop\n\nOne sentence here.\n\nTwo here. And more.\n\nThird one.\n\nFourth.\n\nFifth."
    starts, counts, is_flat = paragraph_sentences(flat, split_sentences(flat))
    assert counts == [-1, 1, 2, 1, 1, 1]
    assert is_flat and starts[1] == flat.index("One")
    assert flat_run(starts, counts, flat.index("Third"), flat.index("Fifth"))
    assert not flat_run(starts, counts, flat.index("One"), flat.index("Third"))   # a two-sentence one between
    lumpy = "A one. A two.\n\nB one. B two.\n\nC one.\n\nD one.\n\nE one."
    assert not paragraph_sentences(lumpy, split_sentences(lumpy))[2]


def test_clock_reads_the_same_with_the_analysis_sentences():
    from sitrep.events.dating import Clock
    from sitrep.timex import find_timexes
    text = "\n\n".join([_LEAD, _KILLED, _FLED, _GOVERNOR, _SILENT])
    at = text.index(_KILLED)
    for sentences in (None, split_sentences(text)):
        t = Clock(text, find_timexes(text, _PUB), _PUB, sentences).context(at)
        assert t is not None and t.text == "Tuesday"
    lumpy = text.replace(_FLED, _FLED + " Many slept in a school.").replace(_SILENT, _SILENT + " It rarely does.")
    assert Clock(lumpy, find_timexes(lumpy, _PUB), _PUB, split_sentences(lumpy)).context(lumpy.index(_KILLED)) is None
