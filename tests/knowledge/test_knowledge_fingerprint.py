"""Stored work knows it is stale when any rule or word file changes, shipped or the user's own."""
from __future__ import annotations

from sitrep import knowledge


def _fingerprint(monkeypatch, dirs: str) -> str:
    monkeypatch.setenv("SITREP_KNOWLEDGE", dirs)
    knowledge.fingerprint.cache_clear()
    try:
        return knowledge.fingerprint()
    finally:
        knowledge.fingerprint.cache_clear()


def test_a_user_rule_file_changes_the_fingerprint(monkeypatch, tmp_path):
    shipped_only = _fingerprint(monkeypatch, "")
    assert _fingerprint(monkeypatch, str(tmp_path)) == shipped_only       # an empty folder adds nothing
    (tmp_path / "event_patterns.json").write_text('{"version": "1", "entries": []}', encoding="utf-8")
    with_file = _fingerprint(monkeypatch, str(tmp_path))
    assert with_file != shipped_only
    (tmp_path / "event_patterns.json").write_text('{"version": "2", "entries": []}', encoding="utf-8")
    edited = _fingerprint(monkeypatch, str(tmp_path))
    assert edited not in (shipped_only, with_file)
    (tmp_path / "notes.md").write_text("not knowledge", encoding="utf-8")
    assert _fingerprint(monkeypatch, str(tmp_path)) == edited
