"""Repair words glued together by lost line breaks or lost spaces ("itselfat", "theGaza").

The repair must never split real words or rare names, and must cost little on clean text:
* Only words that are not known words reach any analysis: one ``split``, one set difference
  against the lexicon, and per unknown token a cached record of what it is (``glue_splits``).
* Punctuation with no space after it ("security.However") is found by ``punct``.
* Weak (content+content) splits are made only in a document that already shows many strong
  sites (or a few, outnumbered by lower-case tokens that split into two words: ``_glued``);
  the plans of name-like words are not even looked at before that.

The lexicon (``lexicon``), the rules for one token (``glue_splits``) and for punctuation (``punct``)
live in their own modules; this one finds a document's sites and turns them into edits.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import compress
from operator import itemgetter

from sitrep.clean.glue_known_names import known_name_split, possessive_sites
from sitrep.clean.glue_name_splits import name_word_split
from sitrep.clean.glue_weak_splits import place_head_split, place_heads, platform_sites
from sitrep.clean.lexicon import Lexicon
from sitrep.clean.punct import URLISH, chunk_at, punct_sites
from sitrep.clean.glue_splits import (CALENDAR, DIGITS, LONE, NAMES, PLANS, QUICK, START_ONLY, START_STRONG, STRONG, WEAK, Doc,
                                      Plan, particle, plan_of, token_book)
from sitrep.clean.glue_calendar import calendar_sites
from sitrep.clean.glue_digits import digit_sites
from sitrep.model import Edit

REASON = "glued words"
GLUED_DENSITY = 450  # a glued document shows one strong site per this many characters ...
GLUED_MIN = 3        # ... and at least this many
WEAK_EVIDENCE = 3    # strong sites may be this many times outnumbered by lower-case weak ones
FOREIGN = 0.35       # share of unknown words above which a text is not English: leave it alone

_SPLIT_AT = ",.;:!?\"()“”‘’'-—–[]/"
_RARE, _HOLDS = itemgetter(0), itemgetter(1)
_NOW = DIGITS | QUICK | CALENDAR     # what is analysed in every document (names wait)


_OPENS, _CLOSES = "(\"“‘'[", ")\"”’']"
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find_glue_edits(lines: Sequence[str], lexicon: Lexicon | None = None) -> list[list[Edit]]:
    """For each line of one document, the edits that insert the missing spaces.

    An insertion is Edit(start=p, end=p, replacement=" ", reason="glued words") with p an offset
    into that line. Edits per line sorted, non-overlapping.
    """
    text = "\n".join(lines)
    sites = glue_sites(text, lexicon or Lexicon.default())
    if sites and ("://" in text or "www." in text or "@" in text):
        # an address is words run together by design ("/encapuchados-toman-canal/")
        spans = [m.span() for m in _ADDRESS.finditer(text)]
        sites = [p for p in sites if not any(a < p < b for a, b in spans)]
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[list[Edit]] = [[] for _ in lines]
    for p in sites:
        li = bisect.bisect_right(starts, p) - 1
        out[li].append(Edit(start=p - starts[li], end=p - starts[li], replacement=" ", reason=REASON))
    return out


def glue_sites(text: str, lex: Lexicon) -> list[int]:
    """Sorted offsets into ``text`` (one document, lines joined by "\\n") where a space is missing."""
    spaced = text                             # same offsets as text, punctuation blanked
    for ch in _SPLIT_AT:                      # str.replace is far cheaper than a regex here
        if ch in spaced:
            spaced = spaced.replace(ch, " ")
    words = set(spaced.split())
    unknown = list(words.difference(lex.plain))
    infos = token_book(lex).infos(unknown)
    rare: set[str] = set().union(*map(_RARE, infos))
    if len(words) >= 100 and len(rare) > FOREIGN * len(words):
        return []                             # wordfreq's English list cannot judge these words
    sites: Plan = []
    doc = Doc(text, lex, words, rare)
    plans = PLANS.get(lex)
    # First only what can give strong sites; the rest waits until the document proves glued.
    deferred: list[tuple[str, str, Plan | None, bool]] = []
    holds_of = list(map(_HOLDS, infos))
    # most unknown tokens hold nothing to analyse now (a name: rare words only, or a name-like
    # run that waits for a glued document): skipped in C
    for token, (_, holds, quick, _) in compress(zip(unknown, infos), map(_NOW.__and__, holds_of)):
        if holds & DIGITS:
            sites.extend(digit_sites(token, text, spaced, lex))
        if holds & CALENDAR:
            sites.extend(calendar_sites(token, spaced))
        for orig, w, base, fixed in quick:
            plan, unique, complete = fixed or plan_of(orig, w, doc, True, plans)
            # "Ministeral-Sudani": any "-al"/"-el" run may hold the particle (``_place`` decides)
            if plan and any(kind != WEAK for _, kind in plan) or base is not None and (base in lex.known or base in rare):
                sites.extend(_place(orig, w, plan, unique, doc, strong_only=True))
            if not complete or plan and any(kind in (WEAK, START_STRONG, LONE) for _, kind in plan):
                deferred.append((orig, w, plan if complete else None, unique))
    sites.extend(punct_sites(text, lex))
    sites.extend(platform_sites(text))
    sites.extend(possessive_sites(text))
    for info in compress(infos, map((NAMES | QUICK).__and__, holds_of)):   # a few per document
        for orig, w in [(q[0], q[1]) for q in info[2] if q[0][0].isupper()] + list(info[3]):
            k = place_head_split(orig, doc.words, lex.zipf_of) or \
                name_word_split(orig, doc.words, lex.zipf_of, place_heads()) or \
                known_name_split(orig, text, lex.zipf_of)
            if k:
                sites.extend(_place(orig, w, [(k, LONE)], True, doc, strong_only=True))
    if (deferred or any(map(NAMES.__and__, holds_of))) and _glued(sites, deferred, len(text), doc, plans):
        deferred += [(orig, w, None, True) for info in compress(infos, map(NAMES.__and__, holds_of))
                     for orig, w in info[3]]
        for orig, w, plan, unique in deferred:
            plan = plan_of(orig, w, doc, False, plans)[0] if plan is None else plan
            sites.extend(_place(orig, w, plan, unique, doc, strong_only=False))
    return sorted({p for p, _ in sites})


def _glued(sites: Plan, deferred: list, size: int, doc: Doc, plans: dict) -> bool:
    """Whether the document is shown to be glued, so that weak splits may be made in it.

    Many strong sites prove it. A document whose glue mostly joins content words ("youngrecruits",
    "sweepingsanctions") shows few strong sites; there a few strong sites plus lower-case tokens
    that split into two words make the count. Those only are looked at (complete plans, in place
    in ``deferred``): clean text seldom holds any, and a capitalised run may be a name.
    """
    strong = sum(1 for _, kind in sites if kind == STRONG)
    need = max(GLUED_MIN, size // GLUED_DENSITY)
    if strong >= need:
        return True
    if strong < GLUED_MIN or strong * WEAK_EVIDENCE < need:
        return False                          # most clean documents stop here, at no cost
    weak = 0
    for n, (orig, w, plan, unique) in enumerate(deferred):
        if not orig.islower():
            continue
        if plan is None:
            plan = plan_of(orig, w, doc, False, plans)[0]
            deferred[n] = (orig, w, plan, unique)
        weak += any(kind in (WEAK, LONE) for _, kind in plan)   # a lone split is weak evidence too
    return weak >= GLUED_MIN and strong + weak >= need


def _place(orig: str, w: str, plan: Plan, unique: bool, doc: Doc, strong_only: bool) -> Plan:
    """Document offsets of the split points, checked against each occurrence's surroundings."""
    text = doc.text
    hits = list(_occurrences(text, orig))
    out: Plan = []
    for i in hits:
        j = i + len(orig)
        before, after = text[i - 1] if i else "\n", text[j] if j < len(text) else "\n"
        # Digits, handles, hashtags, snake_case, paths and URLs are not prose; a word alone on its
        # line is a name or a label; "fallin’" drops a g.
        if before.isdigit() or after.isdigit() or before in "#@_/\\." or after in "_@/\\" or \
                before == after == "\n" or (after in "'’" and w.endswith("in")) or \
                (after in ".:" and URLISH.search(chunk_at(text, i))) or \
                (before in _OPENS and after in _CLOSES and orig[0].isupper()):
            continue                              # "(Iswap)", "Mikano" in quotes: a name set apart
        local = plan
        if after == "-" and w[-2:] in ("al", "el") and text[j + 1:j + 2].isupper():
            local = particle(w, doc) or plan
        start = None
        for off, kind in local:
            if kind == LONE and len(hits) > 1:
                kind = WEAK                       # a recurring token is a word the text uses
            if kind in (START_ONLY, START_STRONG):
                start = _sentence_start(text, i) if start is None else start
                kind = STRONG if start else (WEAK if kind == START_STRONG else -1)
            # the tail of a hyphenated name ending like a short function word (wal-Muslimin,
            # Abu-Simbelin) is a name's ending; "al-Haqand" glues a longer one
            if kind == WEAK and (strong_only or before == "-" and orig[0].isupper() and len(orig) - off < 3) or \
                    (unique and len(hits) > 1 and (
                    kind == WEAK or orig[0].isupper() and orig[:off] != "I")):
                continue                          # weak: only in glued docs; never names seen twice
            if kind >= 0:
                out.append((i + off, kind))
    return out


def _sentence_start(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] in " \"“‘'(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:"


def _occurrences(text: str, w: str) -> Iterable[int]:
    """Offsets where ``w`` occurs in ``text`` as a whole letter run."""
    n, i = len(w), text.find(w)
    while i >= 0:
        j = i + n
        if (i == 0 or not text[i - 1].isalpha()) and (j >= len(text) or not text[j].isalpha()):
            yield i
        i = text.find(w, i + 1)
