"""Stored analyses: a compact blob of plain rows, loaded part by part, never running code."""
import os
import pickle

import pytest

from sitrep.analysis import (STORAGE_FORMAT, analysis_to_blob, analysis_to_json, blob_parts,
                             load_analysis)
from sitrep.model import ClaimFact, DocumentAnalysis, EventFact, Mention, QuoteFact, RelationFact, TimeExpr


def _analysis():
    return DocumentAnalysis(
        doc_id="d1", sentences=[(0, 40), (41, 90)],
        mentions=[Mention(0, 8, "El Fasher", "GPE", "kb:el-fasher", "kb", local=0, kb_id="el-fasher"),
                  Mention(20, 41, "Rapid Support Forces", "ORG", "name:rapid support forces", "shape", local=1)],
        relations=[RelationFact(1, "based_in", 0, 0, 40)],
        quotes=[QuoteFact(42, 60, "we will not leave", speaker=1, speaker_name="RSF", cue="said")],
        timexes=[TimeExpr(30, 36, "Friday", "2024-05-10", "day", basis="weekday")],
        events=[EventFact("ASSAULT", 0, 40, actor=1, location=0, date="2024-05-10", fatalities=12,
                          fatalities_bound="min")],
        claims=[ClaimFact(12, "civilians killed", 0, 40, period="2024-05", qualifier="at least")])


def test_a_stored_analysis_round_trips():
    a = _analysis()
    assert load_analysis(analysis_to_blob(a)) == a


def test_loading_some_parts_leaves_the_others_empty():
    part = load_analysis(analysis_to_blob(_analysis()), ("mentions", "events"))
    assert [m.text for m in part.mentions] == ["El Fasher", "Rapid Support Forces"]
    assert part.events[0].fatalities == 12
    assert part.quotes == [] and part.claims == [] and part.sentences == []


def test_unchanged_parts_are_reused_as_stored():
    a = _analysis()
    stored_elsewhere = blob_parts(analysis_to_blob(DocumentAnalysis("d1")))[1]["mentions"]
    back = load_analysis(analysis_to_blob(a, reuse={"mentions": stored_elsewhere}))
    assert back.mentions == []                     # taken as given, not pickled again from ``a``
    assert back.claims == a.claims


def test_analyses_stored_as_json_by_earlier_versions_still_load():
    a = _analysis()
    assert load_analysis(analysis_to_json(a)) == a
    assert load_analysis(analysis_to_json(a), ("quotes",)).mentions == []


class _Payload:
    def __reduce__(self):
        return (os.getenv, ("HOME",))


def test_a_crafted_blob_cannot_run_code():
    evil = pickle.dumps((STORAGE_FORMAT, "d1", {"sentences": pickle.dumps(_Payload())}), protocol=5)
    with pytest.raises(pickle.UnpicklingError):
        load_analysis(evil, ("sentences",))
    with pytest.raises(pickle.UnpicklingError):
        load_analysis(pickle.dumps(_Payload()))


def test_a_blob_of_another_format_is_refused():
    with pytest.raises(ValueError):
        blob_parts(pickle.dumps(("sitrep-analysis/other", "d1", {}), protocol=5))
