"""The picture's row encoder writes the text ``json.JSONEncoder(ensure_ascii=False)`` writes."""
import json

from sitrep.picture_writer import _ENCODE


def test_row_encoder_writes_what_the_json_encoder_writes():
    rows = [
        {"quantity": ">20", "value": 20, "qualifier": "more than", "unit": "killed", "period": None,
         "claimant": "x-ministère-santé-1a2b3c", "claimant_name": "le ministère « santé »",
         "text": 'said "at least" 2.5\u00a0km\n\ttab', "evidence": {"doc": "d1", "start": 0, "end": 12}},
        {"quantity": 0.1 + 0.2, "value": 1e21, "flag": True, "nested": [[], {}, [None, -3]]},
        ["Ḥalab", "Алеппо", "حلب"],
        [],
    ]
    reference = json.JSONEncoder(ensure_ascii=False)
    for row in rows:
        assert _ENCODE(row) == reference.encode(row)
        assert json.loads(_ENCODE(row)) == row
