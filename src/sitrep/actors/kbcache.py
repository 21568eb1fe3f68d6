"""The built knowledge base, pickled between runs.

Building reads and folds some 35,000 place names (seconds); a process that finds the build made
from the same knowledge files and the same matching code loads it instead (a fraction of a
second), which matters for every command and worker process. ``SITREP_CACHE`` names the folder
(default ``$XDG_CACHE_HOME/sitrep`` or ``~/.cache/sitrep``); ``SITREP_CACHE=off`` disables it.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from .kb import KnowledgeBase, _file_entries, _package_version, _version, _version_parts


def _cache_dir() -> Path | None:
    """Where built knowledge bases are kept between runs (``SITREP_CACHE=off`` disables it)."""
    env = os.environ.get("SITREP_CACHE")
    if env and env.lower() in ("off", "0", "no", "none"):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sitrep"


def _code_hash() -> str:
    """The matching code a pickled knowledge base was built by: a change rebuilds it."""
    h = hashlib.sha1(sys.version.encode())
    h.update(_package_version("pyahocorasick").encode())
    here = Path(__file__).parent
    for name in ("kb.py", "fold.py", "cues.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:12]


def _cached_build(extra: list[dict[str, Any]]) -> KnowledgeBase:
    """Build the knowledge base, or load the one built before from the same files and code.

    Building reads and folds some 35,000 place names (about 2 s); loading the pickle takes a
    fraction of that, which matters for every command and worker process.
    """
    parts = _version_parts()
    folder = _cache_dir()
    path = None
    if folder is not None:
        path = folder / f"kb-{_version(parts, extra, True, True)}-{_code_hash()}.pickle"
        try:
            with open(path, "rb") as fh:
                kb = pickle.load(fh)
            if isinstance(kb, KnowledgeBase):
                return kb
        except Exception:        # missing, stale, truncated or unreadable: build afresh
            pass
    kb = KnowledgeBase(_file_entries(), extra=extra, version_parts=parts)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            _prune(path.parent)
        except OSError:
            pass                 # a read-only home: build every time
    return kb


_KEEP = 4                    # cached builds kept (knowledge versions, user additions)


def _prune(folder: Path) -> None:
    """Remove all but the most recently written cached builds (each is some 20 MB)."""
    files = sorted(folder.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[_KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass


@lru_cache(maxsize=1)
def default() -> KnowledgeBase:
    return _cached_build([])


@lru_cache(maxsize=4)
def built(extra_json: str) -> KnowledgeBase:
    return _cached_build(json.loads(extra_json))
