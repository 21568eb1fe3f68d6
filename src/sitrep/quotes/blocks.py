"""Unmarked block quotes: a paragraph of someone's words set off without quote marks.

Two layouts: the paragraph is followed by a short paragraph that is nothing but an attribution
("The ministry said in a statement."), or it follows a paragraph that ends by introducing it
("The group said in a statement:").
"""
from __future__ import annotations

import re

from sitrep.quotes.attribution import Attribution
from sitrep.quotes.cues import Cues, TIME_PHRASE
from sitrep.quotes.speakers import MentionIndex, phrase_before, sentence_subject

_MARKS = re.compile(r"[“”„\"«»]|(?<![\w])['‘]|['’](?![\w])")
_REST = re.compile(rf"(?:,?\s+{TIME_PHRASE})?\s*\.\s*$", re.I)
_MIN_WORDS = 8
_MAX_ATTRIBUTION_WORDS = 16
_MAX_ATTRIBUTION_CHARS = 160
_MIN_CHARS = 40


def _attribution_only(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Attribution | None:
    """The attribution a paragraph consists of, if it consists of nothing else."""
    if len(text[a:b].split()) > _MAX_ATTRIBUTION_WORDS or not text[a:b].rstrip().endswith("."):
        return None
    vm = cues.verb.search(text, a, b)
    if not vm or vm.start() == a:
        return None
    cue, cend = cues.cue_at(text, vm.start(), vm.end(), b)
    if not _REST.match(text, cend, b):
        return None
    sp = phrase_before(text, a, vm.start(), idx, cues)
    # the paragraph must be the attribution alone, not a claim ending in one ("..., he said.")
    if sp is None or sp.start is None or not _only_titles(text[a:sp.start], cues):
        return None
    return Attribution(sp, cue, a, cend)


def _only_titles(lead: str, cues: Cues) -> bool:
    """Whether the words before a named speaker are only its title: "The", "Foreign Minister"."""
    if "," in lead:
        return False
    return all(w[0].isupper() or w.lower() in cues.title_words for w in lead.split())


def introduces(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Attribution | None:
    """The attribution ending a paragraph with a colon: "The group said in a statement:"."""
    tail = text[a:b].rstrip()
    if not tail.endswith(":"):
        return None
    colon = a + len(tail) - 1
    last = None
    for vm in cues.verb.finditer(text, a, colon):
        last = vm
    stop = text.rfind(". ", a, last.start() if last else colon)
    sentence_start = stop + 2 if stop != -1 else a
    if last is None:
        # "Sanders made the following comment:": the sentence's subject
        sp = sentence_subject(text, sentence_start, colon, idx, cues)
        return Attribution(sp, None, sentence_start, colon) if sp else None
    cue, cend = cues.cue_at(text, last.start(), last.end(), colon)
    if len(text[cend:colon].split()) > 5:     # "told the assembly:" is fine, a clause is not
        return None
    sp = phrase_before(text, sentence_start, last.start(), idx, cues)
    return Attribution(sp, cue, sentence_start, cend) if sp else None


def block_quotes(text: str, paras: list[tuple[int, int]], quoted_paras: set[int], idx: MentionIndex,
                 cues: Cues) -> list[tuple[int, int, Attribution]]:
    """(start, end, attribution) of every unmarked block quote."""
    out = []
    for i, (a, b) in enumerate(paras):
        if i in quoted_paras or b - a < _MIN_CHARS:
            continue
        att = None
        # cheap tests first: most paragraphs are neither followed by an attribution alone
        # nor preceded by a paragraph ending in a colon
        if i + 1 < len(paras) and i + 1 not in quoted_paras \
                and paras[i + 1][1] - paras[i + 1][0] < _MAX_ATTRIBUTION_CHARS:
            att = _attribution_only(text, *paras[i + 1], idx, cues)
        if att is None and i > 0 and i - 1 not in quoted_paras and text[paras[i - 1][1] - 1] == ":":
            att = introduces(text, *paras[i - 1], idx, cues)
        if att is None:
            continue
        body = text[a:b].rstrip()
        if len(body.split()) < _MIN_WORDS or body[-1:] not in ".!?" or _MARKS.search(text, a, b):
            continue
        out.append((a, a + len(body), att))
    return out
