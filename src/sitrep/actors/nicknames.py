"""A person's name with a quoted nickname inside it: Rodolfo "Rudy" Santamaria Jr.

Many outlets (Philippine, Latin American, US, Nigerian) write a public figure's nickname in quotes
between the given name and the surname. The quotes cut the name into runs, so without this the
given name and the surname become two people and a quote's speaker is a fragment. A candidate
over the whole name wins the overlap (it is the longest); it takes the KB entry that "Given
Surname" or "Nickname Surname" names, so it joins the person's other mentions.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .cand import Cand
from .cues import Cues
from .fold import Folded
from .kb import KnowledgeBase

# given name, a one- or two-word capitalised nickname in straight or curly quotes, the surname
# (a particle, hyphen or second surname allowed) and an optional generational suffix
_NICK = re.compile(
    r"(?<![\w\"“”'’])([A-Z][a-zà-ÿñ'’-]+)[ \u00a0][\"“]([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[\"”][ \u00a0]"
    r"((?:(?:de|del|dela|de la|van|von|bin|al|el)[ -])?[A-Z][\w'’-]+(?:[ -](?:de |del )?[A-Z][\w'’-]+){0,2}"
    r"(?:,? (?:Jr|Sr)\b|(?: (?:II|III|IV)\b))?)")
_PRIO = 58


def nickname_names(text: str, f: Folded, cues: Cues, kb: KnowledgeBase, cands: list[Cand],
                   keys: dict[tuple[int, int], str] | None = None) -> list[Cand]:
    """PERSON candidates over whole names with a quoted nickname inside; ``keys`` receives each
    one's merge key, the name without the nickname (outlets spell nicknames differently:
    'Monel "Mikano" Felix', 'Monel "Micanor" Félix')."""
    matches = _matches(text)
    if not matches:
        return []
    out: list[Cand] = []
    others: dict[int, Cand] = {}
    for c in cands:
        if c.type != "PERSON":
            for k in range(c.i, c.j):
                others[k] = c
    for m in matches:
        i = bisect_left(f.starts, m.start(1))
        if i >= len(f.starts) or f.starts[i] != m.start(1):
            continue
        j = bisect_left(f.ends, m.end(3)) + 1
        if j > len(f.ends) or f.ends[j - 1] != m.end(3):
            continue
        # a title word ("Minister", "General") or a known place/organisation is no given name,
        # and a surname that is a listed place or group makes this a slogan, not a name
        if cues.titles.match_at(f.lights, i) or i in others or (j - 1) in others:
            continue
        nick_i = i + 1
        sur_i = bisect_left(f.starts, m.start(3))
        kb_id = _known(f, kb, i, nick_i, sur_i, j)
        out.append(Cand(i, j, "PERSON", "nickname", _PRIO, kb_id=kb_id))
        if keys is not None:
            keys[(i, j)] = "name:" + " ".join(d for d in f.deeps[i:nick_i] + f.deeps[sur_i:j] if d != "al")
    return out


def _matches(text: str) -> list[re.Match[str]]:
    """``_NICK`` matches, tried only at the word before an opening mark that follows a space
    and precedes a capital (found by ``str.find``: a scan of the whole text by the pattern
    costs a fifth of the folding)."""
    out = []
    for mark in ('"', "“"):
        q = text.find(mark, 1)
        while q != -1:
            if text[q - 1] in " \u00a0" and text[q + 1:q + 2].isupper():
                ws = max(text.rfind(" ", 0, q - 1), text.rfind("\u00a0", 0, q - 1), text.rfind("\n", 0, q - 1)) + 1
                m = _NICK.match(text, ws)
                if m is not None:
                    out.append(m)
            q = text.find(mark, q + 1)
    out.sort(key=lambda m: m.start())
    return out


def _known(f: Folded, kb: KnowledgeBase, i: int, nick: int, sur: int, j: int) -> str | None:
    """The KB person that "Given Surname" or "Nickname Surname" names, if exactly one."""
    end = j
    if f.lights[j - 1] in ("jr", "sr", "ii", "iii", "iv"):
        end = j - 1
    surname = f.deeps[sur:end]
    for head in (f.deeps[i:nick], f.deeps[nick:sur]):
        deep = " ".join(head + surname)
        ids = {a.entry for a in kb.aliases(deep)}
        if len(ids) == 1:
            kb_id = next(iter(ids))
            if (kb.entry(kb_id) or {}).get("type") == "PERSON":
                return kb_id
    return None
