"""The date-free reading of a document's claims (``prepared``) dates like a fresh run."""
from __future__ import annotations

import pickle

from sitrep.claims import find_claims
from sitrep.claims.find import date_claims, prepare_claims
from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

TEXT = ("Fighting in Rakhine displaced about 4,500 people last week, the UN refugee agency said.\n"
        "The Arakan Army said 37 junta soldiers were killed on Monday. "
        "In March, more than 120 civilians died in air strikes, according to local monitors.")


def _mentions():
    out = []
    for local, (name, kind) in enumerate((("Rakhine", "GPE"), ("UN refugee agency", "ORG"), ("Arakan Army", "ORG"))):
        s = TEXT.index(name)
        out.append(Mention(s, s + len(name), name, kind, f"name:{name.lower()}", "test", local))
    return out


def _fresh(published):
    sents = split_sentences(TEXT)
    return find_claims(TEXT, sents, _mentions(), find_timexes(TEXT, published), published)


def test_second_dating_from_prepared_matches_a_fresh_run():
    sents, ms = split_sentences(TEXT), _mentions()
    prepared: dict = {}
    assert find_claims(TEXT, sents, ms, find_timexes(TEXT, None), None, prepared=prepared) == _fresh(None)
    prepared = pickle.loads(pickle.dumps(prepared))
    got = find_claims(TEXT, sents, ms, find_timexes(TEXT, "2025-04-10"), "2025-04-10", prepared=prepared)
    assert got == _fresh("2025-04-10")
    assert any(c.period and c.period.startswith("2025") for c in got)
    assert any(c.claimant_name for c in got)


def test_dating_does_not_touch_the_prepared_rows():
    sents, ms = split_sentences(TEXT), _mentions()
    spans = [(t.start, t.end) for t in find_timexes(TEXT, None)]
    part = prepare_claims(TEXT, sents, ms, spans)
    before = pickle.dumps(part)
    first = date_claims(TEXT, sents, find_timexes(TEXT, "2025-04-10"), "2025-04-10", part)
    assert pickle.dumps(part) == before
    assert date_claims(TEXT, sents, find_timexes(TEXT, "2025-04-10"), "2025-04-10", part) == first


def test_other_time_spans_read_the_figures_again():
    # the figures are read around the time expressions: a reading made against other spans
    # (here none) is not reused
    sents, ms = split_sentences(TEXT), _mentions()
    prepared: dict = {}
    find_claims(TEXT, sents, ms, [], None, prepared=prepared)
    got = find_claims(TEXT, sents, ms, find_timexes(TEXT, "2025-04-10"), "2025-04-10", prepared=prepared)
    assert got == _fresh("2025-04-10")
