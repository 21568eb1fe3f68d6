"""Things built once and kept between runs (the knowledge base, the dateline place list).

``SITREP_CACHE`` names the folder (default ``$XDG_CACHE_HOME/sitrep`` or ``~/.cache/sitrep``);
``SITREP_CACHE=off`` disables it. Each caller names its files by a key of everything the build
depends on, so an edit or an upgrade writes a new file; older ones are pruned. A missing,
unreadable or foreign file is rebuilt, and a read-only home only means building every time.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    env = os.environ.get("SITREP_CACHE")
    if env and env.lower() in ("off", "0", "no", "none"):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sitrep"


def cached(name: str, kind: type[T], build: Callable[[], T], keep: int) -> T:
    """The object pickled under ``name`` in the cache folder if it is a ``kind``, else ``build()``,
    written atomically; at most ``keep`` files sharing ``name``'s prefix (up to its first "-")
    are kept, the most recently written."""
    folder = cache_dir()
    path = folder / name if folder is not None else None
    if path is not None:
        try:
            with open(path, "rb") as fh:
                found = pickle.load(fh)
            if isinstance(found, kind):
                return found
        except Exception:        # missing, stale, truncated or unreadable: build afresh
            pass
    made = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(made, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            _prune(path, keep)
        except OSError:
            pass                 # a read-only home: build every time
    return made


def _prune(path: Path, keep: int) -> None:
    prefix = path.name.split("-", 1)[0]
    files = sorted(path.parent.glob(f"{prefix}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in files if p != path][max(keep - 1, 0):]:
        try:
            old.unlink()
        except OSError:
            pass
