"""The gazetteer of dateline places is kept between runs, keyed by the files it is built from."""
import json

import pytest

from sitrep.metadata import places


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A private cache folder and a counting stand-in for the (0.3 s) GeoNames build."""
    calls = []

    def build():
        calls.append(1)
        return frozenset({"vardenia", "port kessel"})

    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(places, "_build_gazetteer", build)
    places._gazetteer.cache_clear()
    yield calls, tmp_path / "cache"
    places._gazetteer.cache_clear()


def test_second_process_loads_the_cached_set(fresh):
    calls, folder = fresh
    assert places.is_known_place("Vardenia")
    assert len(list(folder.glob("places-*.pickle"))) == 1
    places._gazetteer.cache_clear()             # as a new process would start
    assert places.is_known_place("Port Kessel") and not places.is_known_place("Analysis")
    assert calls == [1]


def test_a_truncated_cache_file_is_rebuilt(fresh):
    calls, folder = fresh
    places._gazetteer()
    (path,) = folder.glob("places-*.pickle")
    path.write_bytes(b"\x80\x05trunc")
    places._gazetteer.cache_clear()
    assert places._gazetteer() == frozenset({"vardenia", "port kessel"})
    assert calls == [1, 1]


def test_off_writes_nothing(fresh, monkeypatch):
    calls, folder = fresh
    monkeypatch.setenv("SITREP_CACHE", "off")
    assert places.is_known_place("vardenia")
    assert not folder.exists()


def test_a_new_user_actor_file_changes_the_key(fresh, monkeypatch, tmp_path):
    calls, folder = fresh
    before = places._cache_key()
    extra = tmp_path / "kn" / "actors"
    extra.mkdir(parents=True)
    (extra / "local.json").write_text(json.dumps({"version": 1, "entries": [
        {"name": "Tarsk Valley", "type": "LOC"}]}), encoding="utf-8")
    monkeypatch.setenv("SITREP_KNOWLEDGE", str(tmp_path / "kn"))
    assert places._cache_key() != before
