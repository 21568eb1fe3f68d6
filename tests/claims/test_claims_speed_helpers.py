"""The speed-ups of the claims and timex stages give what the plain forms gave."""
from __future__ import annotations

import re

from sitrep.claims.denials import _article_patterns, article_counts
from sitrep.claims.find import _Spans
from sitrep.timex.cues import _cues, tense

_TEXTS = [
    "A crew member was killed and a soldier was wounded.",
    "The strike, killing a crew member, hit a market. An officer was shot dead when a mine exploded.",
    "Gunmen shot dead a policeman.\nA soldier has died. and a boy was injured; as a result a man died.",
    "Then: a man was wounded. “A medic was killed,” he said. (a) Jan a b an",
    "Militants KILLED A guard, wounding an officer. Banana an\tofficer was injured. ſhot dead a man",
    "a soldier was killed. kills a  man; 'a boy was killed' said aN official, injuring an aide",
]


def _plain_article_counts(text: str) -> list[tuple[int, int, str]]:
    """article_counts as written before the speed-up: the (?i) article regex and no prefilter."""
    _, before, subject, _ = _article_patterns()
    out = []
    for m in re.finditer(r"(?i:\b(an?)\s+)(?=[A-Za-z])", text):
        a, end = m.start(1), m.end()
        b = before.search(text, max(0, a - 40), a)
        if b is None or (b.group("open") is not None and (
                subject is None or text[a] not in "Aa" or (m.end(1) - a > 1 and text[a + 1] != "n")
                or subject.match(text, end) is None)):
            continue
        out.append((a, m.end(1), m.group(1)))
    return out


def test_article_counts_same_as_plain_scan():
    for text in _TEXTS:
        got = [(n.start, n.end, n.text) for n in article_counts(text)]
        assert got == _plain_article_counts(text), text


def test_spans_cover_like_a_mask():
    spans = [(5, 9), (2, 4), (6, 20), (30, 30), (25, 27)]
    mask = [any(a <= p < b for a, b in spans) for p in range(40)]
    covers = _Spans(list(spans)).covers
    assert [covers(p) for p in range(40)] == mask


def _plain_tense(left_words: list[str], right_words: list[str]) -> int:
    left_table, right_table = _cues()
    lw, rw = left_words[::-1], right_words
    for d in range(min(6, max(len(lw), len(rw)))):
        votes = 0
        if d < len(lw):
            v = left_table.get(f"{lw[d + 1]} {lw[d]}") if d + 1 < len(lw) else None
            votes += v or left_table.get(lw[d], 0)
        if d < len(rw):
            v = right_table.get(f"{rw[d]} {rw[d + 1]}") if d + 1 < len(rw) else None
            votes += v or right_table.get(rw[d], 0)
        if votes:
            return 1 if votes > 0 else -1
    for d in range(6, min(13, len(lw))):
        v = left_table.get(f"{lw[d + 1]} {lw[d]}") if d + 1 < len(lw) else None
        if v or left_table.get(lw[d], 0):
            return v or left_table.get(lw[d], 0)
    return 0


def test_tense_phrases_still_found():
    left_table, right_table = _cues()
    for phrase in [k for k in left_table if " " in k] + [k for k in right_table if " " in k]:
        for left, right in ((f"the meeting {phrase}", "it"), ("the meeting", f"{phrase} again")):
            text = f"{left} DATE {right}"
            start = len(left) + 1
            assert tense(text, start, start + 4) == _plain_tense(left.split(), right.split()), text
