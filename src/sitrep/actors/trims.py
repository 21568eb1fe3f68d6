"""Corrections to chosen candidates that need the knowledge base: a ministry's long official
name tied to its listed entry, and a listed group's singular used as a modifier dropped.

    official_ministries(f, chosen, kb)   # "Ministry of Defense of the Republic of X" -> X's MoD
    group_modifiers(f, chosen, kb, starts)  # "Jihadist fighters attacked": no actor "Jihadist"
"""
from __future__ import annotations

import re

from .fold import Folded, deep_key, light
from .kb import KnowledgeBase
from .match import Cand

# "Ministry of Defense of the Republic of Azerbaijan", "Ministry of Foreign Affairs of the Russian
# Federation": the domain and the state, the state's formal prefix left out
_OFFICIAL = re.compile(
    r"Ministry of (?:the )?(?P<dom>[A-Z][\w ]{2,30}?) of (?:the )?"
    r"(?:(?:Islamic |Federal |Democratic |Socialist |Arab |People's )*(?:Republic|Kingdom|State|Federation) of (?:the )?)?"
    r"(?P<state>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})$")


def official_ministries(text: str, f: Folded, chosen: list[Cand], kb: KnowledgeBase) -> None:
    """Give an unlisted "Ministry of D of (the Republic of) S" the entry listed as "S's D Ministry"
    or "Ministry of D of S", so the official and the everyday names are one actor."""
    for c in chosen:
        if c.kb_id is not None or c.type != "ORG" or f.lights[c.i] != "ministry":
            continue
        m = _OFFICIAL.match(text, f.starts[c.i], f.ends[c.j - 1])
        if m is None or m.end() != f.ends[c.j - 1]:
            continue
        dom, state = m.group("dom"), m.group("state")
        short = dom[:-len(" Affairs")] if dom.endswith(" Affairs") else dom
        for name in (f"Ministry of {dom} of {state}", f"{state}'s {dom} Ministry", f"{state}'s {short} Ministry"):
            ids = {a.entry for a in kb.aliases(deep_key(name)) if kb.entries[a.entry].get("type") == "ORG"}
            if len(ids) == 1:
                c.kb_id = ids.pop()
                break


def group_modifiers(f: Folded, chosen: list[Cand], kb: KnowledgeBase, starts: set[int]) -> list[Cand]:
    """A listed common-noun group ("jihadists") written as its capitalised singular at a sentence
    start and followed by a lowercase word ("Jihadist fighters attacked") is an adjective, not
    a mention of the group: the group's listed forms are its plurals."""
    n = len(f.words)
    out = []
    for c in chosen:
        if c.type == "NORP" and c.kb_id is not None and c.j - c.i == 1 and c.i in starts \
                and c.j < n and f.joined[c.j] == 1 and f.words[c.j].islower() and f.words[c.j].isalpha():
            e = kb.entries.get(c.kb_id) or {}
            aliases = e.get("aliases", ())
            if any(a[:1].islower() for a in aliases) and f.lights[c.i] not in {light(a) for a in aliases}:
                continue
        out.append(c)
    return out
