"""Signature lines: a block quote signed on the next line ("“...”\n\n— Ilham Aliyev, President").

Opinion pages, quote boxes and live blogs set a quotation apart and sign it below with a dash,
the name and often a title; the quote itself carries no cue, so without this it has no speaker.
"""
from __future__ import annotations

import re

from sitrep.quotes.attribution import Attribution
from sitrep.quotes.speakers import MentionIndex, Speaker, named_speaker

_DASHES = "—–―-~"
_MAX_CHARS = 160          # a signature is a short line, not a paragraph of prose
# what may follow the name: a title after a comma, or nothing
_AFTER_NAME = re.compile(r"\s*(?:[,(]|$)")


def signature(text: str, paras: list[tuple[int, int]], pi: int, close_at: int | None,
              idx: MentionIndex) -> Attribution | None:
    """The signer of a quote that closes paragraph ``pi`` when paragraph ``pi + 1`` is a
    dash-led signature line naming a person or organisation."""
    if close_at is None or pi + 1 >= len(paras) or text[close_at:paras[pi][1]].strip(" \t.,"):
        return None
    a, b = paras[pi + 1]
    if b - a > _MAX_CHARS or text[a:a + 1] not in _DASHES:
        return None
    name_at = a + 1
    while name_at < b and text[name_at] in _DASHES + " \t\u00a0":
        name_at += 1
    for m in idx.within(name_at, b):
        if m.start != name_at:
            break
        if not _AFTER_NAME.match(text[m.end:b]):
            return None
        return Attribution(named_speaker(m), None, a, m.end)
    return None


# after the name at a paragraph's opening: an age or apposition ("Aisha Omar, 45, fled"), or a verb
_OPENING_TAIL = re.compile(r"\s*(?:,|\(\d|\s[a-z])")


def introduced_after(text: str, paras: list[tuple[int, int]], pi: int, idx: MentionIndex) -> Speaker | None:
    """A person the paragraph after ``pi`` opens with: features often quote a witness first
    ("“They came at night,” she said.") and introduce her only below ("Aisha Omar, 45, fled ...").
    Used only for a person pronoun nothing before it can stand for."""
    if pi + 1 >= len(paras):
        return None
    a, b = paras[pi + 1]
    for m in idx.within(a, min(b, a + 80)):
        if m.start == a and m.type == "PERSON" and _OPENING_TAIL.match(text, m.end, b):
            return named_speaker(m)
        break
    return None
