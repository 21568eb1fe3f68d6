"""Knowledge as data: versioned JSON files shipped with the package, extendable by users.

Each knowledge file is a JSON object with a ``version`` and an ``entries`` list. A user extends a
file by placing a file of the same name in a folder named by ``$SITREP_KNOWLEDGE`` (several
folders separated by ``os.pathsep``); its entries are appended to the shipped ones.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def user_dirs() -> list[Path]:
    raw = os.environ.get("SITREP_KNOWLEDGE", "")
    return [Path(p) for p in raw.split(os.pathsep) if p]


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict[str, Any], ...]:
    """All entries of knowledge file ``name`` (e.g. ``"outlets.json"``): shipped, then user."""
    entries: list[dict[str, Any]] = []
    shipped = resources.files(__package__).joinpath(name)
    if shipped.is_file():
        entries.extend(json.loads(shipped.read_text(encoding="utf-8"))["entries"])
    for folder in user_dirs():
        path = folder / name
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            entries.extend(data["entries"] if isinstance(data, dict) else data)
    return tuple(entries)


def version(name: str) -> str:
    shipped = resources.files(__package__).joinpath(name)
    return str(json.loads(shipped.read_text(encoding="utf-8")).get("version", "0"))


def wordlist(name: str) -> frozenset[str]:
    """A plain word list (one entry per line, ``#`` comments), shipped plus user files."""
    words: set[str] = set()
    shipped = resources.files(__package__).joinpath(name)
    texts = [shipped.read_text(encoding="utf-8")] if shipped.is_file() else []
    texts += [(d / name).read_text(encoding="utf-8") for d in user_dirs() if (d / name).is_file()]
    for text in texts:
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(line)
    return frozenset(words)


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of every knowledge file this process reads (shipped and user, top level), so work
    stored with other rules or lists is known to be stale without anyone bumping a version."""
    import hashlib
    h = hashlib.sha1()
    folders = [Path(str(resources.files(__package__)))] + user_dirs()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".json", ".txt") and path.is_file():
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]
