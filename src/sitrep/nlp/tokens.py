"""Word tokens with offsets: a single regular expression, several times faster than spaCy's tokenizer.

A token is a run of letters/digits joined by inner apostrophes, hyphens or dots ("Kata'ib",
"al-Sudani", "U.S.", "3.5"), or one punctuation character. The hot path of every analysis stage
works on these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*\.?(?<=\w\.)(?<=[A-Z]\.)|\w+(?:[’'\-.]\w+)*|[^\w\s]")


@dataclass(slots=True, frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, offsets into ``text``."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]
