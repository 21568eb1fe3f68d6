"""The built knowledge base, pickled between runs.

Building reads and folds some 35,000 place names (seconds); a process that finds the build made
from the same knowledge files and the same matching code loads it instead (a fraction of a
second), which matters for every command and worker process. ``SITREP_CACHE`` names the folder
(default ``$XDG_CACHE_HOME/sitrep`` or ``~/.cache/sitrep``); ``SITREP_CACHE=off`` disables it.
"""
from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitrep.buildcache import cached
from sitrep.knowledge import wordlist

from .kb import KnowledgeBase
from .kb_sources import _file_entries, _package_version, _version, _version_parts


def _code_hash() -> str:
    """The matching code a pickled knowledge base was built by, and the word lists it reads
    besides the versioned knowledge files (the stop words; wordfreq's list, by its version):
    a change to any rebuilds it."""
    h = hashlib.sha1(sys.version.encode())
    h.update(_package_version("pyahocorasick").encode())
    h.update(_package_version("wordfreq").encode())
    here = Path(__file__).parent
    for name in ("kb.py", "kb_hits.py", "kb_sources.py", "fold.py", "cues.py"):
        h.update((here / name).read_bytes())
    h.update("\n".join(sorted(wordlist("stopwords.txt"))).encode("utf-8"))
    return h.hexdigest()[:12]


def _cached_build(extra: list[dict[str, Any]]) -> KnowledgeBase:
    """Build the knowledge base, or load the one built before from the same files and code.

    Building reads and folds some 35,000 place names (about 2 s); loading the pickle takes a
    fraction of that, which matters for every command and worker process.
    """
    parts = _version_parts()
    return cached(f"kb-{_version(parts, extra, True, True)}-{_code_hash()}.pickle", KnowledgeBase,
                  lambda: KnowledgeBase(_file_entries(), extra=extra, version_parts=parts), keep=_KEEP)


_KEEP = 4                    # cached builds kept (knowledge versions, user additions), some 20 MB each


@lru_cache(maxsize=1)
def default() -> KnowledgeBase:
    return _cached_build([])


@lru_cache(maxsize=4)
def built(extra_json: str) -> KnowledgeBase:
    return _cached_build(json.loads(extra_json))
