"""Acronyms defined in brackets: "Katiba Example (KE)" as a name of its own, and every later bare
"KE" as the same actor. A document's own definition outranks a knowledge-base entry that happens
to share the letters ("Zomi Defence Front (ZDF)" is no German broadcaster).
"""
from __future__ import annotations

import bisect
import re

from .fold import Folded, light_cached
from .kb import KnowledgeBase
from .match import Cand
from .acronym_brackets import acronym_span

_ARTICLE = frozenset(("al", "el"))
# a hyphen may join two letter groups: "(NTF-ELAC)", "(RPO-NH)"
_BRACKET_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]?[A-Z0-9&]{1,6}(?:-[A-Z]{1,6})?)\)")


def _initials_match(acr: str, f: Folded, a: int, b: int) -> int | None:
    """Start token of the words in a..b-1 whose initials spell ``acr`` (in order), if any: the
    latest such start, so a capitalised sentence opener ("The Tamsin Liberation Front (TLF)")
    is not taken into the name for its initial."""
    letters = "".join(ch for ch in acr.upper() if ch.isalpha())
    if acr[:1].isdigit() and len(letters) == 1:
        letters *= int(acr[0])           # "3R": three words opening with R
    caps = [k for k in range(a, b) if f.words[k][:1].isupper()]
    for start_pos in range(len(caps) - 1, -1, -1):
        k0 = caps[start_pos]
        if f.words[k0][0].upper() != letters[0]:
            continue
        li = 0
        for k in caps[start_pos:]:
            w = f.words[k]
            if li < len(letters) and w[0].upper() == letters[li]:
                # an all-caps word gives all its letters when they come next: "UK Maritime
                # Trade Operations (UKMTO)"
                li += len(w) if 1 < len(w) <= 4 and w.isupper() and letters.startswith(w, li) else 1
        if li == len(letters) and len(caps) - start_pos <= len(letters) + 2:
            return k0
    return None


def defined_acronyms(text: str, f: Folded, run_list: list[tuple[int, int]]) -> list[Cand]:
    """ORG candidates for names no rule found but that define an acronym: "Katiba Example (KE)"."""
    out = []
    ends = {b: a for a, b in run_list}
    for m in _BRACKET_ACRONYM.finditer(text):
        j = bisect.bisect_left(f.starts, m.start())
        a = ends.get(j)
        k0 = _initials_match(m.group(1), f, a, j) if a is not None and j - a >= 2 else None
        if k0 is None:
            k0 = _listed_name(text, f, m.group(1), j)
        if k0 is not None and j - k0 >= 2:
            out.append(Cand(k0, j, "ORG", "acronym-def", 35))
    if "(" in text and _COUNTED_ACRONYM.search(text):
        for m in _COUNTED_ACRONYM.finditer(text):
            # "Return, Reclamation and Rehabilitation (3R)": three words opening with R
            j = bisect.bisect_left(f.starts, m.start())
            k0 = _listed_name(text, f, m.group(0)[1:-1], j)
            if k0 is not None and j - k0 >= 2:
                out.append(Cand(k0, j, "ORG", "acronym-def", 35))
    return out


# "(3R)", "(2K)": a count of words that open with one letter
_COUNTED_ACRONYM = re.compile(r"\(([2-5])([A-Z])\)")
_LIST_LINKS = frozenset(("and", "&", "of", "for", "the", "de", "du", "des", "la", "et", "y"))


def _listed_name(text: str, f: Folded, acr: str, j: int) -> int | None:
    """Start token of a name before token ``j`` that lists its words with commas and "and"
    ("Forces for Democracy, Peace and Justice (FDPJ)") and whose initials spell ``acr``: the
    name runs stop at the comma and at "and", so the run-based test above misses it."""
    letters = [ch for ch in acr if ch.isalpha()]
    start = None
    k = j - 1
    while k >= 0 and j - k <= len(letters) + 6:
        w = f.words[k]
        if w[:1].isupper():
            start = k
        elif f.lights[k] not in _LIST_LINKS:
            break
        if k == 0 or text[f.ends[k - 1]:f.starts[k]] not in (" ", ", "):
            break
        k -= 1
    if start is None or "," not in text[f.starts[start]:f.starts[j]]:
        return None
    return _initials_match(acr, f, start, j)


def link_acronyms(text: str, f: Folded, chosen: list[Cand], links: list[tuple[int, int]],
                  kb: KnowledgeBase) -> list[Cand]:
    """Link "Name (ACR)" and every later bare "ACR" to the name's actor.

    Not when the brackets hold a dateline's outlet ("Hanoi (VNA)": a one-word name whose initial
    the acronym does not start with), nor between two different known actors."""
    by_start = {c.i: idx for idx, c in enumerate(chosen)}
    covered = bytearray(len(f.words))
    for c in chosen:
        covered[c.i:c.j] = b"\x01" * (c.j - c.i)
    extra: list[Cand] = []
    for idx, c in enumerate(list(chosen)):
        if c.type in ("WEAPON",):
            continue
        span = acronym_span(text, f, c.j)
        if span is None:
            continue
        k, k_end = span
        acr = text[f.starts[k]:f.ends[k_end - 1]]
        core = [t for t in range(c.i, c.j) if f.lights[t] not in _ARTICLE]
        if len(core) == 1 and f.words[core[0]][:1].upper() != acr[:1]:
            continue             # "Washington (CNN)", "Hanoi (VNA)": a dateline, not a definition
        if len(core) == 1 and not _subsequence(acr.lower(), f.words[core[0]].lower()):
            continue             # "Kabul, Afghanistan (AFW) —": the outlet's code after a dateline
        occurrences = [(m, m_end) for m, m_end in _occurrences(text, f, acr) if m != c.i]
        # "Zomi Defence Front (ZDF)": the document defines the letters, so here they are that
        # front, not the broadcaster the knowledge base knows by them
        start = _initials_match(acr, f, c.i, c.j)
        if start is not None and start > core[0] and "of" in f.lights[core[0]:start]:
            continue             # "the Defence Ministry of the Government of National Unity (GNU)":
            #                      the letters define the body after "of", not the ministry
        spelled = start is not None
        defined = not c.kb_id and spelled
        for m, m_end in occurrences:
            if m in by_start and chosen[by_start[m]].j == m_end:
                a = chosen[by_start[m]]
                other = a.kb_id
                if defined and other and not _shares_word(f, c, kb.entries.get(other)):
                    a.kb_id, a.type, a.source, other = None, c.type, "acronym", None
                elif spelled and c.kb_id and other and other != c.kb_id and c.type == a.type:
                    # "Syrian National Army (SNA)": the document spells the letters out, so
                    # here they are that army, whichever other body the knowledge gives them to
                    a.kb_id, a.source, other = c.kb_id, "acronym", c.kb_id
                # two known actors are never one: "Hanoi (VNA)" is a dateline and an agency
                if not (c.kb_id and other and other != c.kb_id):
                    links.append((idx, by_start[m]))
            elif not any(covered[m:m_end]):
                covered[m:m_end] = b"\x01" * (m_end - m)
                extra.append(Cand(m, m_end, c.type, "acronym", 35))
                links.append((idx, len(chosen) + len(extra) - 1))
    return chosen + extra


def _subsequence(short: str, word: str) -> bool:
    """Whether the letters of ``short`` appear in ``word`` in order ("Pak" in Pakistan)."""
    it = iter(word)
    return all(ch in it for ch in short)


def _shares_word(f: Folded, c: Cand, entry: dict | None) -> bool:
    """Whether a known entry's names share a word with the name ``c`` (four letters or more):
    "Popular Mobilization Units (PMU)" may well be the known "Popular Mobilization Forces"."""
    if not entry:
        return False
    mine = {f.lights[k] for k in range(c.i, c.j) if len(f.lights[k]) >= 4}
    names = [entry.get("name") or "", *(entry.get("aliases") or ())]
    return any(light_cached(w) in mine for n in names for w in _NAME_WORD.findall(n))


_NAME_WORD = re.compile(r"[^\W\d_]{4,}")


def _occurrences(text: str, f: Folded, word: str) -> list[tuple[int, int]]:
    """Token spans where ``word`` stands as written (found by the C-level ``str.find``): one
    token, or several a hyphen joins ("NTF-ELAC")."""
    out = []
    p = text.find(word)
    n = len(word)
    while p >= 0:
        k = bisect.bisect_left(f.starts, p)
        if k < len(f.starts) and f.starts[k] == p:
            e = k
            while f.ends[e] < p + n and e + 1 < len(f.ends) and f.joined[e + 1] == 2:
                e += 1
            if f.ends[e] == p + n:
                out.append((k, e + 1))
        p = text.find(word, p + n)
    return out
