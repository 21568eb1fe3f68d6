"""Mentions settled after the overlaps: generic short forms of bodies, and places inside names."""
from __future__ import annotations

from .cues import Cues
from .fold import WORD, Folded, light_cached
from .kb import KnowledgeBase
from .match import Cand
from .state_bodies import owner_state

_FUNCTION = frozenset(("the", "a", "an", "of", "for", "and", "affairs", "al", "el"))
_INDEFINITE = frozenset(("a", "an"))
_DETERMINERS = frozenset(("the", "our", "their", "its", "his", "her", "my", "your"))
_ROUTE_HEADS = frozenset(("road", "roads", "highway", "route", "street", "avenue", "way", "boulevard",
                          "expressway", "motorway", "bypass", "corridor"))


def _words_of(kb: KnowledgeBase, kb_id: str) -> set[str]:
    e = kb.entry(kb_id) or {}
    return {light_cached(w) for n in [e.get("name", ""), *(e.get("aliases") or ())] for w in WORD.findall(n)}


def generic_bodies(f: Folded, chosen: list[Cand], links: list[tuple[int, int]], kb: KnowledgeBase,
                    cues: Cues, text: str | None = None) -> list[Cand]:
    """A body named only by generic words joins the one fuller name of its kind in the document.

    "the Ministry of Foreign Affairs" or "the Foreign Ministry" after "the Iraqi foreign ministry",
    "the Security Council" after "the UN Security Council": same head word, and every domain word
    of the short form in the fuller name. With no such name (or several) a short form made of
    generic words alone ("the Foreign Ministry", "the army") is no actor of its own and is dropped;
    a longer one ("Ministry of Foreign Affairs") stays as it was found.
    """
    L = f.lights
    generic = [idx for idx, c in enumerate(chosen)
               if c.type == "ORG" and not c.kb_id and c.source in ("org-generic", "org-head")
               and all(L[k] in cues.generic or L[k] in _FUNCTION or cues.org_heads.match_at(L, k, 1)
                       for k in range(c.i, c.j))]
    if not generic:
        return chosen
    gen_set = set(generic)
    partners = [idx for idx, c in enumerate(chosen)
                if c.type == "ORG" and idx not in gen_set and (c.kb_id or c.source == "org-head")]
    drop: set[int] = set()
    for g in generic:
        c = chosen[g]
        heads = {L[k] for k in range(c.i, c.j) if cues.org_heads.match_at(L, k, 1)}
        domain = {L[k] for k in range(c.i, c.j) if L[k] not in _FUNCTION} - heads
        found: dict[str, int] = {}
        for p in partners:
            pc = chosen[p]
            words = set(L[pc.i:pc.j])
            if pc.kb_id:
                words |= _words_of(kb, pc.kb_id)
            if heads <= words and domain <= words:
                found.setdefault(pc.kb_id or " ".join(L[pc.i:pc.j]), p)
        if L[c.i] in _INDEFINITE:
            drop.add(g)          # "an Army spokesperson": some army, no body of the document's
        elif len(found) == 1 and text and owner_state(text, f.starts[c.i], f.ends[c.j - 1], kb):
            # "Kenya's Ministry of Health" beside "the Health Ministry in Gaza": another state's
            # body of the same generic name (``state_bodies`` keys it by its state)
            continue
        elif len(found) == 1:
            p = next(iter(found.values()))
            links.append((p, g))
            c.source = "generic-short"
        elif c.source == "org-generic" and not _titled(f, c, text):
            drop.add(g)
    if not drop:
        return chosen
    # links hold indices into ``chosen``: renumber them past the dropped candidates
    keep = [idx for idx in range(len(chosen)) if idx not in drop]
    new = {old: k for k, old in enumerate(keep)}
    links[:] = [(new[a], new[b]) for a, b in links]
    return [chosen[idx] for idx in keep]


def _bracket_between(f: Folded, k: int, text: str | None) -> bool:
    """Whether an opening bracket stands before token ``k``: "the Armed Forces (Special Powers)
    Act" runs on through it (without the text, every gap counts as one)."""
    return text is None or "(" in text[f.ends[k - 1]:f.starts[k]]


def _titled(f: Folded, c: Cand, text: str | None = None) -> bool:
    """A generic body written as a title, two words or more all capitalised ("the Interior
    Ministry", "the National Police"): the article's own state's body, named as a proper name,
    which reports quote and credit; "the army" or "the foreign ministry" stays a description."""
    # the possessive's "s" is a token of its own: "the People's Alliance" is all capitalised
    words = [f.words[k] for k in range(c.i, c.j) if f.lights[k] not in _FUNCTION
             and not (f.lights[k] == "s" and k > c.i and f.joined[k] == 0)]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    # a piece of a longer name the lists missed: "the Armed Forces (Special Powers) Act" (a
    # capitalised word on either side); after a possessive it is the owner's body ("the group's
    # Shura Council"), kept
    # only a word the name runs into (a space between) can continue it: "the National
    # Delegation, Ahmed Salem" ends at the comma
    before = f.words[c.i - 1] if c.i > 0 and f.joined[c.i] else ""
    after = f.words[c.j] if c.j < len(f.words) and (f.joined[c.j] or _bracket_between(f, c.j, text)) else ""
    # (a possessive determiner opening the sentence is no name: "Our Defence and Security Forces")
    return not ((before[:1].isupper() and f.lights[c.i - 1] not in _DETERMINERS) or after[:1].isupper())


def nested_places(cands: list[Cand], chosen: list[Cand], f: Folded | None = None,
                  cues: Cues | None = None) -> list[Cand]:
    """A place named inside a facility's name is mentioned too: "the port of Hodeidah" is a
    facility and also names the city, so the city is an actor of the document. Only when the
    rest of the name is head words: "Nur" in "Nur Shams" is a piece of the name, not a place."""
    # a facility's name, or a natural feature's ("the Imphal valley", ``feature_heads``)
    # (not a road's: "Thika Road", "the Mandalay-Lashio highway" are named after the towns they
    # lead to, and are not in them)
    # ("Central Police Station": a generic word opening a site's name is no place)
    # (and a local body's: "the Jiribam district administration", ``admin_heads``)
    facs = [c for c in chosen if (c.type == "FAC" or c.source in ("loc-feature", "admin-head")) and c.j - c.i >= 2
            and c.source != "fac-generic"
            and (f is None or f.lights[c.j - 1] not in _ROUTE_HEADS)]
    if not facs:
        return chosen
    extra: list[Cand] = []
    for fc in facs:
        inner = sorted((x for x in cands if x.type == "GPE" and fc.i <= x.i and x.j <= fc.j
                        and x.j - x.i < fc.j - fc.i), key=lambda x: (-(x.j - x.i), -x.prio, x.i))
        taken: list[Cand] = []
        for x in inner:
            if f is not None and cues is not None and not _rest_is_heads(f, cues, fc, x):
                continue
            if all(x.j <= t.i or t.j <= x.i for t in taken):
                taken.append(x)
        extra += taken
    if not extra:
        return chosen
    # appended after the others, so indices already in ``links`` stay valid
    return chosen + sorted(extra, key=lambda x: x.i)


def _rest_is_heads(f: Folded, cues: Cues, fc: Cand, x: Cand) -> bool:
    """Whether the words of facility ``fc`` outside place ``x`` are head words or small words."""
    heads = _head_words(cues)
    return all(k in range(x.i, x.j) or f.lights[k] in heads or not f.words[k][:1].isupper()
               for k in range(fc.i, fc.j))


def _head_words(cues: Cues) -> frozenset[str]:
    got = _HEADS.get(id(cues))
    if got is None:
        got = _HEADS[id(cues)] = frozenset(w for p in cues.site_heads.phrases for w in p) | \
            frozenset(("of", "the", "al", "el", "de", "du", "des"))
    return got


_HEADS: dict[int, frozenset[str]] = {}
