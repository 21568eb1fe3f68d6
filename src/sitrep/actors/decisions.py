"""User decisions about entities, applied after automatic merging.

Decisions name entities by names or aliases (ids also work, but names survive re-ingesting):
- ``merge A B``: the entities named A and B are one;
- ``split NAME``: the surface form NAME leaves its entity and becomes an entity of its own;
- ``rename A B``: the entity named A is called B;
- ``type A T``: the entity named A has type T.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from sitrep.model import ENTITY_TYPES, Entity, content_id

from .fold import light_key

KINDS = ("merge", "split", "rename", "type")


@dataclass(slots=True, frozen=True)
class Decision:
    kind: str                  # "merge" | "split" | "rename" | "type"
    a: str
    b: str | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown decision {self.kind!r}: expected one of {', '.join(KINDS)}")
        if self.kind in ("merge", "rename", "type") and not self.b:
            raise ValueError(f"a {self.kind} decision needs two arguments")
        if self.kind == "type" and self.b not in ENTITY_TYPES:
            raise ValueError(f"unknown type {self.b!r}: expected one of {', '.join(ENTITY_TYPES)}")


def _find(entities: list[Entity], ref: str) -> list[Entity]:
    """Entities that ``ref`` names: an id, else the canonical name, else any alias."""
    by_id = [e for e in entities if e.id == ref]
    if by_id:
        return by_id
    k = light_key(ref)
    named = [e for e in entities if light_key(e.name) == k]
    return named or [e for e in entities if k in {light_key(a) for a in e.aliases}]


def apply_decisions(entities: list[Entity], mapping: dict[tuple[str, int], str],
                    decisions: Sequence[Decision],
                    local_forms: dict[tuple[str, int], Iterable[str]]) -> list[Entity]:
    """Apply ``decisions`` in order; ``mapping`` ((doc, local) -> entity id) is updated in place.

    ``local_forms`` gives the surface forms of every doc-local actor, so a split can move whole
    local actors whose every form is the split name.
    """
    for d in decisions:
        if d.kind == "merge":
            group = _find(entities, d.a) + _find(entities, d.b or "")
            if len({e.id for e in group}) < 2:
                continue
            keep = max(group, key=lambda e: (e.kb_id is not None, len(e.mentions)))
            for e in group:
                if e is keep or e not in entities:
                    continue
                keep.aliases += [a for a in e.aliases if a not in keep.aliases]
                keep.mentions += e.mentions
                keep.kb_id = keep.kb_id or e.kb_id
                keep.qid = keep.qid or e.qid
                entities.remove(e)
                for k, v in mapping.items():
                    if v == e.id:
                        mapping[k] = keep.id
            keep.mentions.sort()
            keep.reviewed = True
        elif d.kind == "split":
            k = light_key(d.a)
            for e in list(entities):
                moved = [m for m in e.mentions if light_key(m[3]) == k]
                if not moved or len(moved) == len(e.mentions):
                    continue
                new = Entity(id="x-" + content_id("split", e.id, k)[:12], name=d.a, type=e.type,
                             aliases=sorted({m[3] for m in moved}), mentions=moved, reviewed=True)
                e.mentions = [m for m in e.mentions if light_key(m[3]) != k]
                e.aliases = sorted({m[3] for m in e.mentions})
                e.reviewed = True
                entities.append(new)
                for key, forms in local_forms.items():
                    if mapping.get(key) == e.id and all(light_key(x) == k for x in forms):
                        mapping[key] = new.id
        elif d.kind == "rename":
            for e in _find(entities, d.a):
                e.name = d.b or e.name
                e.reviewed = True
        elif d.kind == "type":
            for e in _find(entities, d.a):
                e.type = d.b or e.type
                e.reviewed = True
    return entities
