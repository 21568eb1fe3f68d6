"""The shared build cache: reuse, rebuild of a foreign or broken file, off switch, pruning."""
from __future__ import annotations

from sitrep.buildcache import cached


def test_a_build_is_kept_and_loaded_by_the_next_call(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    calls = []
    build = lambda: calls.append(1) or frozenset({"a"})       # noqa: E731
    assert cached("thing-1.pickle", frozenset, build, keep=2) == frozenset({"a"})
    assert cached("thing-1.pickle", frozenset, build, keep=2) == frozenset({"a"})
    assert len(calls) == 1


def test_a_broken_or_foreign_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    (tmp_path / "thing-1.pickle").write_bytes(b"not a pickle")
    assert cached("thing-1.pickle", frozenset, lambda: frozenset({"b"}), keep=2) == frozenset({"b"})
    cached("thing-2.pickle", dict, lambda: {"x": 1}, keep=3)
    assert cached("thing-2.pickle", frozenset, lambda: frozenset({"c"}), keep=3) == frozenset({"c"})


def test_off_writes_nothing_and_old_builds_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", "off")
    cached("thing-1.pickle", frozenset, frozenset, keep=2)
    assert not list(tmp_path.iterdir())
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    for i in range(4):
        cached(f"thing-{i}.pickle", frozenset, frozenset, keep=2)
    cached("other-0.pickle", frozenset, frozenset, keep=2)
    names = sorted(p.name for p in tmp_path.glob("*.pickle"))
    assert "thing-3.pickle" in names and "other-0.pickle" in names
    assert len([n for n in names if n.startswith("thing-")]) == 2


def test_the_knowledge_base_key_covers_the_stop_words(monkeypatch):
    from sitrep.actors import kbcache
    before = kbcache._code_hash()
    monkeypatch.setattr(kbcache, "wordlist", lambda name: frozenset({"a", "the", "zzyzx"}))
    assert kbcache._code_hash() != before


def test_the_glue_names_key_covers_their_build_code(monkeypatch, tmp_path):
    from sitrep.clean import glue_known_names as gkn
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    gkn.known_names.cache_clear()
    gkn.known_names()
    names = {p.name for p in tmp_path.glob("gluenames-*.pickle")}
    assert len(names) == 1
    real = gkn.Path
    monkeypatch.setattr(gkn, "Path", lambda p: type("F", (), {"read_text": lambda self, encoding=None: "edited"})())
    gkn.known_names.cache_clear()
    gkn.known_names()
    monkeypatch.setattr(gkn, "Path", real)
    gkn.known_names.cache_clear()
    assert len({p.name for p in tmp_path.glob("gluenames-*.pickle")}) == 2
