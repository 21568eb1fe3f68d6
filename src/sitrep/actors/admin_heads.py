"""A place plus a lowercase administration of its own is that body: "the Jiribam district
administration", "the Soghd region administration".

Local bodies are named in lower case after their place far more than by a capitalised title, and
reports quote them as actors ("the Soghd region administration announced"). The place alone was
the mention, so the body was lost (and the place took its quotes). The candidate proposed here spans the place, an optional unit word and the body's head;
the longest-first settlement lets it win, and ``nested_places`` keeps the place as a mention of
its own. A country is left alone: "the Kenya government" is the national government, which the
national-body rules already link.
"""
from __future__ import annotations

from .cand import Cand
from .fold import Folded
from .kb import KnowledgeBase

# the body: lowercase heads only ("the Soghd region Administration" is rare and the org rules
# type it)
# ("Kandor police", "the Kandor government", "the Kandor council" name a body too, but golds
# file them under the national police or the state, or leave them out: over the 45 fix sets they
# made as many spurious or split entities as they found)
_HEADS = frozenset(("administration",))
# the unit between the place and its body: "the Batken region administration"
_UNITS = frozenset(("district", "region", "regional", "provincial", "province", "state", "municipal",
                    "city", "county", "zone", "prefecture", "governorate", "local"))
# "In Kathmandu police fired tear gas": after a locative preposition a bare head starts the
# clause's subject; with a unit word between ("in the Batken region administration") it does not
_LOCATIVE = frozenset(("in", "at", "near", "from", "across", "outside", "inside", "around", "of"))
_PLACE_SOURCES = frozenset(("kb", "gazetteer", "gpe-head", "loc-head"))
# nouns the head modifies: then the words name a person, a site or troops, not the body
_LONGER = frozenset(("chief", "chiefs", "station", "stations", "post", "posts", "officer", "officers",
                     "official", "officials", "commander", "commanders", "commissioner", "spokesman",
                     "spokeswoman", "spokesperson", "head", "headquarters", "force", "forces", "troops",
                     "soldiers", "vehicle", "vehicles", "truck", "trucks", "building", "buildings", "office",
                     "offices", "member", "members", "leader", "leaders", "minister", "ministers", "unit",
                     "units", "academy", "college", "school", "hospital", "car", "cars", "van", "vans"))


def admin_body_candidates(f: Folded, cands: list[Cand], kb: KnowledgeBase | None = None) -> list[Cand]:
    """ORG candidates over a place and the lowercase body head after it (an optional unit word
    between)."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(L)
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in cands:
        j = c.j
        if c.type not in ("GPE", "LOC") or c.source not in _PLACE_SOURCES or j >= n or joined[j] != 1:
            continue
        k = j
        if L[k] in _UNITS and words[k].islower() and k + 1 < n and joined[k + 1] == 1:
            k += 1
        if L[k] not in _HEADS or not words[k].islower():
            continue
        # "the Kandor police chief", "the Kandor government forces": the head opens a longer noun
        if k + 1 < n and joined[k + 1] == 1 and L[k + 1] in _LONGER:
            continue
        if k == j and c.i > 0 and L[c.i - 1] in _LOCATIVE:
            continue
        if c.kb_id and kb is not None and (kb.entry(c.kb_id) or {}).get("capital"):
            continue
        if (c.i, k + 1) not in seen:
            seen.add((c.i, k + 1))
            out.append(Cand(c.i, k + 1, "ORG", "admin-head", 20))
    return out
