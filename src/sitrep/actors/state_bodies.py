"""A body named by generic words, owned by a state the text names beside it: "Kyrgyzstan's State
Committee for National Security", "the State Committee for National Security (SCNS) of
Kyrgyzstan", "the Tajik Interior Ministry".

Many states have a body of the same generic name ("State Committee for National Security",
"Ministry of Defence", "Interior Ministry"), and an article often writes the state outside the
name: a possessive or a demonym before it, "of <state>" after it. Keyed by its words alone, every
state's body would be one actor across the corpus (the Kyrgyz and the Tajik security committees
one entity), and within one article that names both, one doc-local actor. So a doc-local actor
with a generic name whose mentions are owned by a state is renamed "<name> of <state>" (the
key folds the state in), and an actor whose mentions name two states is split: each mention
goes with the state of the nearest owned mention before it (or the first one after it).
``national_join`` then meets "Tajikistan's ..." and "... of Tajikistan" in other articles.
A generic name no state owns in its article is left as it was.
"""
from __future__ import annotations

import re

from sitrep.model import Mention

from .cues import Cues
from .fold import WORD, light, name_key
from .kb import KnowledgeBase
from .national_join import _leads

_FUNCTION = frozenset(("the", "a", "an", "of", "for", "and", "affairs", "al", "el", "on"))
_CAP = r"[A-Z][\w’'.-]*"
# "Kyrgyzstan's " / "the Kyrgyz " right before the name: one to three capitalised words
_BEFORE_POSS = re.compile(rf"((?:{_CAP}\s+){{0,2}}{_CAP})['’ʼ]s\s+$")
_BEFORE_WORDS = re.compile(rf"((?:{_CAP}\s+){{0,2}}{_CAP})\s+$")
# " of Kyrgyzstan" right after the name, or after its bracketed acronym: " (SCNS) of Kyrgyzstan"
_AFTER = re.compile(rf"^(?:\s*\([^()\n]{{1,20}}\))?\s+of\s+(?:the\s+)?((?:{_CAP}\s+){{0,3}}{_CAP})")


def _generic(name: str, cues: Cues) -> bool:
    """Whether ``name`` is made of generic domain and head words alone (two or more)."""
    content = [light(w) for w in WORD.findall(name)]
    content = [w for w in content if w not in _FUNCTION]
    return len(content) >= 2 and all(w in cues.generic or w in cues.head_words for w in content)


def _state_of(words: str, table: dict[str, str | None], suffixes: bool) -> str | None:
    """The state named by the last (``suffixes``) or first words of ``words``, longest first."""
    parts = words.split()
    for n in range(min(3, len(parts)), 0, -1):
        cand = parts[-n:] if suffixes else parts[:n]
        got = table.get(light(" ".join(cand)))
        if got:
            return got
    return None


def owner_state(text: str, start: int, end: int, kb: KnowledgeBase) -> str | None:
    """The state (its KB id) that owns the name at ``start``..``end`` by the words right
    around it ("Kyrgyzstan's ...", "the Tajik ...", "... of Kyrgyzstan"), or None."""
    countries, demonyms = _leads(kb)
    return _owner(text, start, end, countries, demonyms)


def _owner(text: str, start: int, end: int, countries: dict, demonyms: dict) -> str | None:
    before = text[max(0, start - 60):start]
    hit = _BEFORE_POSS.search(before)
    if hit:
        got = _state_of(hit.group(1), countries, True)
        if got:
            return got
    else:
        hit = _BEFORE_WORDS.search(before)
        if hit:
            # "the Tajik State Committee ...": a demonym, never a country's bare name
            got = _state_of(hit.group(1), demonyms, True)
            if got:
                return got
    hit = _AFTER.match(text[end:end + 80])
    if hit:
        got = _state_of(hit.group(1), countries, False)
        if got:
            return got
    return None


def qualify_state_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase, cues: Cues) -> list[Mention]:
    """Rename (and split) the doc-local actors with a generic name that a state owns."""
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "ORG" and not m.kb_id and m.canonical:
            groups.setdefault(m.local, []).append(m)
    if not groups:
        return mentions
    countries, demonyms = _leads(kb)
    next_local = max(m.local for m in mentions) + 1
    for local, ms in groups.items():
        if not _generic(ms[0].canonical or "", cues):
            continue
        owners = [_owner(text, m.start, m.end, countries, demonyms) for m in ms]
        states = list(dict.fromkeys(o for o in owners if o))
        if not states:
            continue
        new_local = {states[0]: local}
        for s in states[1:]:
            new_local[s] = next_local
            next_local += 1
        base = ms[0].canonical
        # an acronym stays with the state of the name it was defined beside: "Kyrgyzstan's State
        # Committee ... (UKMK)" makes every later "UKMK" the Kyrgyz committee
        by_form: dict[str, str] = {}
        for m, o in zip(ms, owners):
            if o:
                after = text[m.end:m.end + 24].lstrip()
                if after.startswith("("):
                    by_form.setdefault(after[1:].split(")")[0].strip(), o)
        last = next(o for o in owners if o)
        for m, o in zip(ms, owners):
            # an unowned mention goes with the state of the owned mention before it
            o = o or by_form.get(m.text)
            last = o or last
            entry = kb.entry(last) or {}
            m.canonical = f"{base} of {entry.get('name') or last}"
            m.key = "name:" + name_key(m.canonical)
            m.local = new_local[last]
    return mentions
