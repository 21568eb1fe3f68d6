"""The chrome rules' gates, pickled between runs, are the gates derived afresh."""
import re

from sitrep import knowledge
from sitrep.clean import chrome


def _patterns() -> list[tuple[str, int]]:
    return [(e["pattern"], 0 if e.get("case") else re.IGNORECASE)
            for e in knowledge.load("chrome.json") if e.get("kind", chrome.LINE_RULE) == chrome.LINE_RULE]


def _comparable(gates):
    # keyword order follows set iteration: the gate tests membership, so compare the sets
    return [(w, (frozenset(k.words), k.fold) if k else None, h, c) for w, k, h, c in gates]


def test_cached_gates_are_the_derived_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    patterns = _patterns()[:12]
    first = chrome._gates(patterns)                  # built and written
    assert list(tmp_path.glob("chromegates-*.pickle"))
    again = chrome._gates(patterns)                  # read back
    assert _comparable(first) == _comparable(again) == _comparable(chrome._derive_gates(patterns))


def test_other_patterns_get_their_own_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    chrome._gates([("menu|close", re.IGNORECASE)])
    gates = chrome._gates([("share on (?:x|telegram)", re.IGNORECASE)])
    assert len(list(tmp_path.glob("chromegates-*.pickle"))) == 2
    assert gates[0][2] is not None and {"shar", "SHAR"} <= gates[0][2][1]
