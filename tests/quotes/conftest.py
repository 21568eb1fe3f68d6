"""Helpers for the quote tests: hand-made mentions, so the tests never depend on the actor finder.

``quotes_of(text, names)`` finds every whole-word occurrence of each name (and, for a person, of
the surname alone), gives all occurrences of one name the same local actor number, and runs
``find_quotes``. Every article here is invented.
"""
from __future__ import annotations

import re

import pytest

from sitrep.model import Mention, QuoteFact
from sitrep.nlp.sentences import split_sentences
from sitrep.quotes import find_quotes


def make_mentions(text: str, names: dict[str, str]) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for local, (name, typ) in enumerate(names.items()):
        forms = [name]
        if typ == "PERSON" and " " in name:
            forms.append(name.split()[-1])
        for form in forms:
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                out.append(Mention(m.start(), m.end(), m.group(), typ, "name:" + name.lower(), "test",
                                   local, None, name))
    return sorted(out, key=lambda m: m.start)


@pytest.fixture
def quotes_of():
    def run(text: str, names: dict[str, str] | None = None) -> list[QuoteFact]:
        qs = find_quotes(text, split_sentences(text), make_mentions(text, names or {}))
        for q in qs:                     # every quote must point at its own text
            assert text[q.start:q.end] == q.text
            if q.speaker_start is not None:
                assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        return qs
    return run
