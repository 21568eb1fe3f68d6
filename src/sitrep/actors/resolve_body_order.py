"""One body's name in its two word orders: "Ministry of Emergency Situations" and "Emergency
Situations Ministry", "Ministry of the Interior" and "Interior Ministry", "Department of Public
Health" and "Public Health Department".

Outlets translate an official "Ministry of X" as "X Ministry" at will, and the key test keeps
the two orders apart. Both fold here to the head-last order ("x ministry"), with an article
after "of" dropped; a bucket of two or more sets joins, unless it holds two KB-known entities
(two known actors are never one). Names that carry their state ("Ministry of Defence of
Veloria") are keyed by ``national_join`` instead.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import light
from .national_join import _HEADS, Record, _join


# bodies whose names outlets write in both orders besides the ministries: "National Commission on
# Human Rights" / "National Human Rights Commission", "Committee for Refugees" / "Refugees Committee"
_ORDER_HEADS = _HEADS | frozenset(("commission", "committee", "council", "agency", "authority"))
_LINKS = frozenset(("of", "on", "for"))


def _order_key(canonical: str) -> str | None:
    words = light(canonical).split()
    if words and words[0] == "the":
        words = words[1:]
    for h in range(len(words) - 2):
        if words[h] in _ORDER_HEADS and words[h + 1] in _LINKS:
            prefix, rest = words[:h], words[h + 2:]
            if rest[0] == "the":
                rest = rest[1:]
            # one link only: "Ministry of Labour of the Republic" is no simple reorder; a
            # prefix before the head only for the bodies beyond ministries' ("Kenya National
            # Commission on Human Rights"), whose words all stay in the key
            if not rest or not _LINKS.isdisjoint(rest) or "and" in rest or (prefix and words[h] in _HEADS):
                return None
            if not _LINKS.isdisjoint(prefix) or "and" in prefix:
                return None
            return " ".join(prefix + rest + words[h:h + 1])
    if len(words) >= 2 and words[-1] in _ORDER_HEADS and _LINKS.isdisjoint(words):
        return " ".join(words)
    return None


def join_body_orders(records: Iterable[Record], find: Callable[[int], int],
                     union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, canonical form, KB id) per distinct name."""
    buckets: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    headfirst: set[str] = set()
    for i, typ, canonical, kb_id in records:
        if typ != "ORG" or not canonical or " " not in canonical:
            continue
        k = _order_key(canonical)
        if k is None:
            continue
        buckets[k].append((i, kb_id))
        words = light(canonical).split()
        if words[:1] == ["the"]:
            words = words[1:]
        if words[-1] != k.split()[-1]:
            headfirst.add(k)
    # only buckets with a head-first name in them: the rest are one order already
    _join({k: v for k, v in buckets.items() if k in headfirst}, find, union)
