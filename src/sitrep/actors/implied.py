"""Peoples and states an organisation's name names: "Rwandan troops" names the Rwandans, "the
Baloch Liberation Army" the Baloch, "Russia's defence ministry" and "the Ministry of Defence of
Russia" name Russia.

Mentions do not overlap (the longest name wins, and the quote, event and claim readers take the
one mention at a place as the actor), so the inner name is no mention of its own. A report that
names Russia only through its ministry still speaks of Russia, though: the picture lists the
people or state as an entity without spans, as it does the places credit lines name, when no
entity of the corpus is that KB entry already. Only written surface forms are read (not the KB's
canonical names, which the text may never use), and only KB peoples (NORP) opening a name or KB
states (with a capital or a government) opening it with a possessive or closing it after "of".
"""
from __future__ import annotations

from typing import Any

from sitrep.model import Entity

from .fold import light

_POSSESSIVE = ("'s", "’s", "ʼs")
_MAX_LEAD = 3                       # words a people or a state takes ("United Arab Emirates")


def _tables(kb: Any) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """(peoples, states) by light key -> KB id (None when two entries share the key)."""
    got = kb.memo.get(("implied-leads",))
    if got is None:
        peoples: dict[str, str | None] = {}
        states: dict[str, str | None] = {}
        for e in kb.entries.values():
            if e.get("type") == "NORP":
                table = peoples
            elif e.get("type") == "GPE" and (e.get("government") or e.get("capital")):
                table = states
            else:
                continue
            for n in (e["name"], *(e.get("aliases") or ())):
                k = light(n)
                if k:
                    table[k] = e["id"] if table.get(k, e["id"]) == e["id"] else None
        got = kb.memo[("implied-leads",)] = (peoples, states)
    return got


def named_inside(form: str, kb: Any) -> list[tuple[str, str]]:
    """(KB id, the words as written) of the peoples and states the organisation name ``form``
    names at its edges."""
    words = form.split()
    if len(words) < 2:
        return []
    peoples, states = _tables(kb)
    out: list[tuple[str, str]] = []
    for n in range(min(_MAX_LEAD, len(words) - 1), 0, -1):
        lead = " ".join(words[:n])
        if not lead[:1].isupper():
            break
        if lead.endswith(_POSSESSIVE):
            sid = states.get(light(lead[:-2]))
            if sid:
                out.append((sid, lead[:-2]))
                break
        elif peoples.get(light(lead)):
            out.append((peoples[light(lead)], lead))
            break
    for n in range(min(_MAX_LEAD, len(words) - 2), 0, -1):
        if words[-n - 1] != "of" or not words[-n][:1].isupper():
            continue
        sid = states.get(light(" ".join(words[-n:])))
        if sid:
            out.append((sid, " ".join(words[-n:])))
            break
    return out


def add_implied_actors(entities: list[Entity], kb: Any) -> None:
    """Append the peoples and states that organisations' written names name and that no entity
    is yet, as entities without spans."""
    have = {e.kb_id for e in entities if e.kb_id}
    ids = {e.id for e in entities}
    added: dict[str, Entity] = {}
    for e in list(entities):
        if e.type != "ORG":
            continue
        for form in e.aliases:
            for kb_id, written in named_inside(form, kb):
                if kb_id in have:
                    continue
                entry = kb.entry(kb_id) or {}
                home = added.get(kb_id)
                if home is None:
                    eid = kb_id if kb_id not in ids else "x-implied-" + kb_id
                    home = added[kb_id] = Entity(id=eid, name=entry.get("name", written), type=entry.get("type", "NORP"),
                                                 aliases=[written], kb_id=kb_id, reviewed=True, qid=entry.get("qid"))
                    entities.append(home)
                    ids.add(eid)
                elif written not in home.aliases:
                    home.aliases.append(written)
