"""Ships named after a prefix: "MV Marisol Star", "M/V Kestrel Bay", "USS Carney".

The contract has no vessel type; a ship is an organisation-like actor (ORG), never a place. The
prefix stays in the span as written, but the name merges without it (``vessel_name_start``), so
"MV X", "M/V X", "MV X" in capitals and a bare "X" are one actor. The span stops at the first
lowercase word ("MV X in the Red Sea": the sea is a place of its own). Later bare uses of the
name in the same document are the same ship.
"""
from __future__ import annotations

from bisect import bisect_left

from .cues import Cues
from .fold import Folded


def vessel_span(text: str, f: Folded, c: Cues, a: int, b: int) -> tuple[int, int] | None:
    """The ship's name in the capitalised run [a, b) when a ship prefix opens it, else None."""
    words, lights, joined = f.words, f.lights, f.joined
    if lights[a] == "the" and a + 1 < b:
        a += 1
    w, first = words[a], a
    # "M/V", "M/T": tokenised as "M", "V" with the slash between
    if w in ("V", "T") and a > 0 and words[a - 1] == "M" and text[f.ends[a - 1]:f.starts[a]] == "/":
        w, first = "M/" + w, a - 1
    if w not in c.vessel_prefix:
        return None
    s = k = a + 1
    while k < b and joined[k] == 1:
        if words[k][:1].isupper():
            k += 1
        elif lights[k] in _LINKS and k + 1 < b and joined[k + 1] == 1 and words[k + 1][:1].isupper():
            k += 2               # "FS Charles de Gaulle"
        else:
            break
    return (first, k) if k > s else None


# lowercase words that may stand inside a ship's name
_LINKS = frozenset(("de", "la", "le", "del", "da", "du", "van", "von", "of", "the"))


def vessel_name_start(f: Folded, c: Cues) -> int:
    """How many leading tokens of a folded name are a ship prefix ("MV", "M/V"): the name
    merges without them, so "MV X", "M/V X" and "X" are one ship."""
    return vessel_prefix_len(f, c, 0, len(f.words))


def vessel_prefix_len(f: Folded, c: Cues, i: int, j: int) -> int:
    """Prefix tokens ("MV", "M/V") at the start of the span [i, j) that hold more after them."""
    words = f.words
    if j - i > 2 and words[i] == "M" and words[i + 1] in ("V", "T") and not f.joined[i + 1] \
            and "M/" + words[i + 1] in c.vessel_prefix:
        return 2
    return 1 if j - i > 1 and words[i] in c.vessel_prefix else 0


def vessel_repeats(text: str, f: Folded, c: Cues, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other token spans in the text spelling a found ship's name exactly ("the crew of Marisol
    Star" after "MV Marisol Star"), whole words only."""
    out: list[tuple[int, int]] = []
    seen = set(spans)
    inside = {k for i, j in spans for k in range(i, j)}
    starts, n = f.starts, len(f.words)
    for i, j in set(spans):
        i += vessel_prefix_len(f, c, i, j)
        name = text[starts[i]:f.ends[j - 1]]
        p = text.find(name)
        while p >= 0:
            k = bisect_left(starts, p)
            if k < n and starts[k] == p and k + (j - i) <= n and f.ends[k + (j - i) - 1] == p + len(name) \
                    and (k, k + j - i) not in seen and k not in inside:
                seen.add((k, k + j - i))
                out.append((k, k + j - i))
            p = text.find(name, p + 1)
    return out
