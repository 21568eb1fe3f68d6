"""A transcript quoted whole: each turn opens with its speaker's name in capitals and a colon
('"PENCE: Well, look ..."', '“WALLACE: But, Governor ...”'), the layout of debate and talk-show
transcripts that articles paste in marks. The label names the quote's speaker, whatever the
sentence around the marks says.
"""
from __future__ import annotations

import re

from sitrep.model import QuoteFact
from sitrep.quotes.speakers import MentionIndex

# one to three capitalised words, all in capitals, then a colon: "PENCE:", "MIKE PENCE:",
# "O'REILLY:"; a word of one letter ("A:") is an interview's label, read elsewhere
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){0,2}):[ \t]+(?=\S)")


def relabel(text: str, out: list[QuoteFact], idx: MentionIndex) -> None:
    """Give each quote opening with a transcript label the person the label names: a person
    mention of the document whose name ends with the label's last word (case aside). A label
    that names no person of the document ("UPDATE:", "WARNING:") changes nothing."""
    by_last: dict[str, object] | None = None
    for i, q in enumerate(out):
        m = _LABEL.match(text, q.start, q.end)
        if m is None:
            continue
        if by_last is None:
            by_last = {}
            for mention in idx.items:
                if mention.type == "PERSON":
                    words = (mention.canonical or mention.text).split()
                    if words:
                        # the first mention of a surname is the one the label means
                        by_last.setdefault(words[-1].upper(), mention)
        person = by_last.get(m.group("label").split()[-1])
        if person is None:
            continue
        out[i] = QuoteFact(q.start, q.end, q.text, speaker=person.local if person.local is not None
                           and person.local >= 0 else None, speaker_name=person.canonical or person.text,
                           cue=None, speaker_start=m.start("label"), speaker_end=m.end("label"))
