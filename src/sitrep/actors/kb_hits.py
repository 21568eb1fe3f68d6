"""The small records the knowledge base's automaton stands for, and their compact pickled form.

Kept apart from the builder (``kb``) because they are what a loaded knowledge base decodes lazily
at match time: tens of thousands of hits travel as JSON strings and become ``Hit`` records on first
use.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True, frozen=True)
class Alias:
    """One name of one entry, as the matcher needs it."""

    entry: str                 # entry id
    light: str                 # light key of the alias
    words: tuple[str, ...]     # the alias's words as written (for case-sensitive checks)
    case: bool                 # match only as written (short acronyms, ambiguous names)
    partial: bool              # a shortened form the entry never listed ("al-Sudani" -> "Sudani")
    ntok: int                  # tokens the key spans
    titled: bool = False       # an all-caps word also found title-cased ("NATO" as "Nato")


class _Places(Mapping):
    """Gazetteer places by id, kept as tuples and shown as entries on access."""

    def __init__(self, table: dict[str, tuple]):
        self.table = table

    def __getitem__(self, pid: str) -> dict[str, Any]:
        name, cc, pop, country = self.table[pid]
        return {"id": pid, "name": name, "type": "GPE", "country_code": cc, "population": pop,
                "country": country}

    def population(self, pid: str) -> int:
        """A place's population, read without building its entry (a name such as "Springfield"
        lists dozens of places, and the most populous is chosen at every mention)."""
        return self.table[pid][2]

    def __contains__(self, pid: object) -> bool:
        return pid in self.table

    def __iter__(self):
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)


class _SplitDict(dict):
    """light key -> place ids, stored as one space-joined string per key."""

    def get(self, key, default=None):
        v = dict.get(self, key)
        return v.split() if v is not None else default


def _hit_to_json(h: "Hit") -> str:
    return json.dumps([h.klen, h.ntok, [[a.entry, a.light, a.words, a.case, a.partial, a.ntok, a.titled]
                                        for a in h.aliases], h.places, h.weapon_head],
                      ensure_ascii=False, separators=(",", ":"))


def _hit_from_json(s: str) -> "Hit":
    klen, ntok, aliases, places, weapon = json.loads(s)
    return Hit(klen, ntok, tuple(Alias(e, lt, tuple(w), c, p, n, t) for e, lt, w, c, p, n, t in aliases),
               places, weapon)


@dataclass(slots=True, frozen=True)
class Hit:
    """What one automaton key stands for."""

    klen: int                                    # length of the padded key
    ntok: int                                    # tokens the key spans
    aliases: tuple[Alias, ...]                   # KB and outlet names with this deep key
    places: dict[str, list[str]] | None          # light key -> gazetteer place ids
    weapon_head: bool                            # a weapon noun ("drones"): look for a model
