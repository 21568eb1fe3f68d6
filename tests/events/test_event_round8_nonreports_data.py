"""Round 8: the non-report patterns are data (event_nonreports.json), loaded once and versioned."""
import re

from sitrep.events import nonreports
from sitrep.knowledge import load, version


def test_nonreport_patterns_are_a_versioned_knowledge_file():
    names = {e["name"] for e in load("event_nonreports.json")}
    assert {"counted", "forecast", "repeated", "figure_since", "state_participle"} <= names
    assert version("event_nonreports.json")


def test_every_nonreport_pattern_compiles_and_is_used():
    rx = nonreports._rx()
    assert all(isinstance(p, re.Pattern) for p in rx.values())
    src = open(nonreports.__file__, encoding="utf-8").read()
    for name in rx:
        assert f'_rx()["{name}"]' in src, name


def test_forecast_pattern_reads_from_data():
    text = "Rebel raids on the highway are likely to continue."
    end = text.index("raids") + len("raids")

    class _S:
        pass
    s = _S()
    s.text, s.start, s.end = text, 0, len(text)
    assert nonreports.forecast(s, end, len(text))
