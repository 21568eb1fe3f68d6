"""A hyphenated surname alone ("Louis-Jeune", "Ould-Abdallah") refers back to the full name that
ends with it ("Michel-Ange Louis-Jeune"). The bare-surname linking works word by word, and a
hyphenated surname is two tokens, so it is linked here."""
from __future__ import annotations

from .fold import Folded
from .match import Cand


def link_hyphen_surnames(f: Folded, chosen: list[Cand], links: list[tuple[int, int]]) -> None:
    """Mark each two-token hyphenated PERSON that is the end of a longer PERSON name in this text
    as that person's short form (``links`` gains the pair)."""
    joined, deeps = f.joined, f.deeps
    full: dict[tuple[str, str], int] = {}
    shorts: list[int] = []
    for idx, c in enumerate(chosen):
        if c.type != "PERSON" or c.partial:
            continue
        if c.j - c.i == 2:
            if joined[c.i + 1] == 2:
                shorts.append(idx)
        elif c.j - c.i >= 3 and joined[c.j - 1] == 2 and joined[c.j - 2] != 2:
            # "Michel-Ange Louis-Jeune": the last two words, hyphened, and a space before them
            full.setdefault((deeps[c.j - 2], deeps[c.j - 1]), idx)
    if not full:
        return
    for idx in shorts:
        c = chosen[idx]
        target = full.get((deeps[c.i], deeps[c.i + 1]))
        if target is not None and not c.kb_id:
            c.partial = True
            links.append((target, idx))
