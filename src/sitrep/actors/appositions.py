"""Unknown names typed by the phrase they stand in apposition to or right after: a title phrase
before a comma-bounded name ("The Director General of the police, X Y, said") makes a person;
a lowercase descriptor ("security firm X", "the bulk carrier X", "a police union, X,") makes an
organisation, an outlet or a vessel (typed ORG: the contract has no vessel type, and a ship is
never a place).
"""
from __future__ import annotations

from .cues import Cues
from .fold import Folded

_POSSESSIVES = frozenset(("his", "her", "their", "our", "my"))

def described_type(text: str, f: Folded, c: Cues, a: int, b: int) -> str | None:
    """The type a lowercase descriptor before the name gives it: "security firm X" (ORG),
    "the newspaper X" (MEDIA), "the bulk carrier X" (a vessel: ORG, never a place), also in
    apposition ("a police union, X,"). Not when a title opens the run ("the company CEO X")."""
    L = f.lights
    if not f.words[a - 1].islower() or not c.titles.firsts.isdisjoint(L[a:b]):
        return None
    if f.joined[a] != 1:
        # apposition: the name between commas (or before the sentence end)
        if text[f.ends[a - 1]:f.starts[a]].strip() != "," \
                or text[f.ends[b - 1]:f.ends[b - 1] + 1] not in (",", ".", ";", ")", ""):
            return None
    m = c.descriptors.match_before(L, a)
    return c.descriptor_types.get(tuple(L[a - m:a])) if m else None


def titled_apposition(text: str, f: Folded, c: Cues, a: int, b: int) -> bool:
    """Whether the name stands between commas right after a title phrase: "The Director
    General of the police, X Y, said", "the army spokesman, X Y, told". The title must end
    the phrase, or be followed only by the body it belongs to ("of the PNH")."""
    if a < 1 or text[f.ends[a - 1]:f.starts[a]].strip() != "," \
            or text[f.ends[b - 1]:f.ends[b - 1] + 1] != ",":
        return False
    L, words, joined = f.lights, f.words, f.joined
    end = a
    # a body or post after the title: "of the PNH", "for Darfur", "in Sudan" (a resident
    # coordinator or ambassador in a country)
    for k in range(a - 1, max(0, a - 6), -1):
        if L[k] in ("of", "for", "in") and words[k].islower():
            end = k
            break
        if not joined[k]:
            break
    m = c.titles.match_before(L, end) if end > 0 and L[end - 1] in c.titles.lasts else 0
    if not m:
        # a role or kin word owned by someone named before: "His wife, X Y, said", "their
        # lawyer, X Y, told" (the possessive makes the noun a person's role, not a thing's)
        return end == a and end >= 2 and L[end - 1] in c.roles and L[end - 2] in _POSSESSIVES \
            and joined[end - 1] == 1 and words[end - 1].islower()
    return all(joined[k] for k in range(end - m + 1, end))
