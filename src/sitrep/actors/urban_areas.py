"""A part of a city is a place (LOC), not a town (GPE): "Nairobi's Kangemi area", "the capital's
Jatrabari, Mohammadpur and Rampura areas", "the quarters of Magenta and Ducos", "the Ain Zara
district of Tripoli", "the Vila Cruzeiro favela".

Reports of unrest in a capital name its neighbourhoods again and again, and a name no list knows
(or one the gazetteer holds as some other country's town) was read as a town. The words around it
say otherwise: a city's possessive before it and "area" after it ("Dhaka's Rampura area", "the
capital's X area"), an urban head after it ("neighbourhood", "quarter", "favela"), "the X
district of <City>", or "the quarters of" before a list of them. A list joined by commas and
"and" shares its cue, and every other mention of the same name in the document follows.

No cue: a suburb may be a town of its own ("the suburbs of Dumbea and Paita"), and "area" or
"district" alone name districts as often ("a lockdown on the Lagaip and Porgera areas", "Ankara's
Kahramankazan district") or a town and around it ("the Bunia area"). A place the actor lists know
(a KB entry: a state, a province) is left alone.
"""
from __future__ import annotations

from sitrep.model import Mention

from .cand import Cand
from .fold import Folded, name_key

# heads after a name that make it a part of a town whatever the lists say
# (not "suburb": "the northern suburbs of Dumbea and Paita" are towns of their own, GPE)
_URBAN = frozenset(("neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                    "quarter", "quarters", "favela", "favelas"))
# "area": a part of a town after a city's possessive
_AREA = frozenset(("area", "areas"))
# "district": only with its city after it ("the Ain Zara district of Tripoli")
_DISTRICT = frozenset(("district", "districts"))
# "the neighbourhood of X", "the quarters of X and Y"
_OF_HEADS = frozenset(("neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter", "quarters"))
# "the capital's X": a city named by its role
_REGIONS = frozenset(("province", "state", "region", "county", "governorate", "prefecture", "department",
                      "oblast", "district", "division"))
_CITY_WORDS = frozenset(("capital", "city", "town"))
_APOSTROPHES = ("'", "’", "ʼ")
_PLACE = "GPE"
_LIST_GLUE = frozenset((",", "and", ", and"))


def _city_possessive(text: str, f: Folded, i: int, places: set[int]) -> bool:
    """Whether a city's possessive stands right before token ``i`` ("Nairobi's", "the capital's")."""
    if i < 2 or f.lights[i - 1] != "s" or text[f.ends[i - 2]:f.starts[i - 1]] not in _APOSTROPHES:
        return False
    owner = i - 2
    return owner in places or (f.lights[owner] in _CITY_WORDS and f.words[owner].islower())


def _region_after(f: Folded, k: int) -> bool:
    """Whether the capitalised name at token ``k`` is a region's ("the Lagaip district of Enga
    province": a district of a province is an administrative district, not a part of a city)."""
    words = f.words
    while k < len(words) and words[k][:1].isupper():
        k += 1
    return k < len(words) and f.lights[k] in _REGIONS


def _chains(text: str, f: Folded, cands: list[tuple[int, Cand]]) -> list[list[tuple[int, Cand]]]:
    """Runs of place candidates joined only by commas and "and" ("Kangemi, Kawangware and
    Githurai"), in text order."""
    out: list[list[tuple[int, Cand]]] = []
    for k, c in cands:
        if out:
            last = out[-1][-1][1]
            gap = text[f.ends[last.j - 1]:f.starts[c.i]].strip()
            if gap in _LIST_GLUE:
                out[-1].append((k, c))
                continue
        out.append([(k, c)])
    return out


def urban_areas(text: str, f: Folded, chosen: list[Cand]) -> set[tuple[int, int]]:
    """The (start, end) character spans of the chosen places the text names as parts of a city:
    ``retype`` makes their mentions LOC once they are grouped (a gazetteer place's group takes
    its type from the gazetteer entry, so the candidates' type alone would not hold)."""
    L, words = f.lights, f.words
    n = len(L)
    if _URBAN.isdisjoint(L) and _AREA.isdisjoint(L) and _DISTRICT.isdisjoint(L):
        return set()
    places = [(k, c) for k, c in enumerate(chosen) if c.type == _PLACE and c.source != "kb"]
    if not places:
        return set()
    # every token of a place (known or not): a city's possessive may be any of them
    place_ends = {c.j - 1 for c in chosen if c.type == _PLACE}
    retyped: set[str] = set()
    for chain in _chains(text, f, sorted(places, key=lambda kc: kc[1].i)):
        first, last = chain[0][1], chain[-1][1]
        after = L[last.j] if last.j < n and words[last.j].islower() else ""
        possessive = _city_possessive(text, f, first.i, place_ends)
        of_head = first.i >= 2 and L[first.i - 1] == "of" and L[first.i - 2] in _OF_HEADS
        # "the Ain Zara district of Tripoli": the district with its city after it
        district_of = after in _DISTRICT and last.j + 2 < n and L[last.j + 1] == "of" \
            and words[last.j + 2][:1].isupper() and not _region_after(f, last.j + 2)
        # (an area or district alone names a town's district as often: "a lockdown on the Lagaip
        # and Porgera areas", "Ankara's Kahramankazan district" are districts, GPE)
        if after in _URBAN or of_head or district_of or (possessive and after in _AREA):
            for _k, c in chain:
                retyped.add(" ".join(L[c.i:c.j]))
    if not retyped:
        return set()
    return {(f.starts[c.i], f.ends[c.j - 1]) for _k, c in places if " ".join(L[c.i:c.j]) in retyped}


def retype(mentions: list[Mention], spans: set[tuple[int, int]]) -> list[Mention]:
    """The mentions over ``spans`` typed LOC. A gazetteer town of the same spelling is not this
    part of a city ("Rampura" of Dhaka is no town of that name elsewhere): its id is dropped, and
    the name is keyed by its words as any place no list knows."""
    if spans:
        for m in mentions:
            if m.type == _PLACE and (m.start, m.end) in spans:
                m.type = "LOC"
                if m.kb_id and m.source == "gazetteer":
                    m.kb_id, m.canonical, m.key = None, m.text, "name:" + name_key(m.text)
    return mentions
