"""Runs: maximal stretches of capitalised words with name particles and inner connectors
("Mohammed Shia al-Sudani", "Institute for the Study of War"), and where sentences and lines
start. Tokens are coded one byte each and the runs found by one regex over the codes."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import compress
from operator import not_

from .cues import Cues, is_common_word
from .fold import Folded

# words that split a run, and connectors that may stand inside one (shared with ``shapes``)
SPLIT = frozenset(("and", "in", "on", "to", "at", "with", "from", "by", "as", "or", "against", "after",
                   "before", "over", "under", "into", "amid", "near", "than", "vs"))
INNER = frozenset(("of", "for", "the", "de", "du", "des", "del", "da", "di", "la", "le"))


def sentence_starts(f: Folded, sentences: list[tuple[int, int]]) -> set[int]:
    """Indices of the first token of every sentence and of every line."""
    out = set()
    for s, _ in sentences:
        k = bisect.bisect_left(f.starts, s)
        if k < len(f.starts):
            out.add(k)
    out.update(compress(range(len(f.joined)), map(not_, f.joined)))
    return out


def runs(f: Folded, text: str, cues: Cues) -> list[tuple[int, int]]:
    """Maximal stretches of capitalised words, with particles and inner connectors.

    A run is a capitalised word followed by more, each joined to the one before (no punctuation
    between, save a title's full stop: "Gen. Smith") directly or over one or two lowercase
    connectors ("of the", "al-", "bin"). Tokens are coded one byte each and the runs found by
    one regex over the codes, so the work per token is done in C.
    """
    n = len(f.words)
    if not n:
        return []
    lights = f.lights
    joinable = bytearray(bytes(f.joined).translate(_JOINABLE))   # 0/1/2 -> 0/1, in C
    # "Gen. Smith", "Lt. Col. Smith": a title's full stop does not end the run
    for k in compress(range(n), map(cues.title_abbrevs.__contains__, lights)):
        if k + 1 < n and not joinable[k + 1] and text[f.ends[k]:f.starts[k + 1]] in (". ", ".\u00a0"):
            joinable[k + 1] = 1
    # "Harry S. Truman", "George W. Bush": a middle initial's full stop does not end the run
    # either (a guard regex over the text first: most documents have no such initial)
    if _MIDDLE_INITIAL.search(text):
        words, capb = f.words, f.capb
        for k in compress(range(1, n - 1), map(_LETTERS.__contains__, words[1:n - 1])):
            # (a given name before it, not a title: "Chief Minister N. Biren Singh" keeps the
            # initial out, as the name is written without it elsewhere)
            if joinable[k] and capb[k - 1] and capb[k + 1] and not joinable[k + 1] \
                    and lights[k - 1] not in cues.titles.lasts \
                    and text[f.ends[k]:f.starts[k + 1]] == ". " and words[k + 1] not in cues.not_name:
                # (not "Sector C. The army said": a sentence after a lettered name)
                joinable[k + 1] = 1
    conn = bytes(map(_connectors(cues.particles).__contains__, lights))
    if "'" in text or "’" in text:
        conn = _plural_possessives(f, text, joinable, conn)
    # Persian/Dari ezafe between hyphens: "Shahr-e-Naw", "Pul-i-Khumri" are one name
    if cues.hyphen_links and not cues.hyphen_links.isdisjoint(lights):
        conn = bytearray(conn)
        joined = f.joined
        words = f.words
        for k in compress(range(1, n - 1), map(cues.hyphen_links.__contains__, lights[1:n - 1])):
            if joined[k] == 2 and words[k].islower() and (
                    joined[k + 1] == 2
                    # "Shahr-e Naw": the ezafe hyphened to a name and a name after it
                    or (joined[k + 1] == 1 and lights[k] in _EZAFE and words[k - 1][:1].isupper()
                        and words[k + 1][:1].isupper())):
                conn[k] = 1
        conn = bytes(conn)
    # a hyphen article the folding read as "al" ("İzzet er-Rişk", "Nabil es-Saadi") joins a name
    # like "al-" does: the fold rules list more of them than the particle cues
    if "al" in f.deeps:
        extra = [k for k in compress(range(n), map("al".__eq__, f.deeps))
                 if not conn[k] and f.words[k].islower()]
        if extra:
            conn = bytearray(conn)
            for k in extra:
                conn[k] = 1
            conn = bytes(conn)
    # cap*4 + joinable*2 + connector per token, added byte by byte as big integers (no carries:
    # each byte stays under 8), then named by letters for the regex
    codes = (int.from_bytes(f.capb, "big") * 4 + int.from_bytes(joinable, "big") * 2
             + int.from_bytes(conn, "big")).to_bytes(n, "big").translate(_CODE_LETTERS)
    words, joined, particles = f.words, f.joined, cues.particles
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(codes):
        a, b = m.span()
        # a lowercase article joined to the name: "al-Sudani"
        if a > 0 and joined[a] == 2 and lights[a - 1] in particles and words[a - 1].islower() \
                and (a - 1 == 0 or not out or out[-1][1] <= a - 1):
            a -= 1
        out.append((a, b))
    return out


def _plural_possessives(f: Folded, text: str, joinable: bytearray, conn: bytes) -> bytes:
    """A plural possessive inside a capitalised name does not end the run: "the National
    Teachers' Union", "the Students' Federation", "the People's Alliance". Only an everyday
    plural noun owns the rest ("the Houthis' Al-Masirah" is two names); the "s" of "People's"
    is then a connector."""
    words, starts, ends, lights = f.words, f.starts, f.ends, f.lights
    out = None
    for k in range(1, len(words) - 1):
        w = words[k - 1]
        if not w[:1].isupper() or not words[k][:1].isupper() and lights[k] != "s":
            continue
        gap = text[ends[k - 1]:starts[k]]
        if gap in ("' ", "’ ") and len(w) > 3 and w[-1] == "s" and w[1:].islower() \
                and is_common_word(w.lower(), 3.0) and is_common_word(w[:-1].lower(), 3.0):
            joinable[k] = 1              # "Teachers' Union"
        elif lights[k] == "s" and gap in ("'", "’") and lights[k - 1] in _IRREGULAR \
                and words[k + 1][:1].isupper() and text[ends[k]:starts[k + 1]] == " ":
            joinable[k] = 1              # "People's Alliance"
            if out is None:
                out = bytearray(conn)
            out[k] = 1
    return conn if out is None else bytes(out)


_IRREGULAR = frozenset(("people", "women", "children", "men"))


@lru_cache(maxsize=4)
def _connectors(particles: frozenset[str]) -> frozenset[str]:
    # the union was built per document; it only changes with the cue files
    return particles | INNER | SPLIT


# token codes: A capitalised and joined to the previous token, a capitalised after a break,
# C a joined lowercase connector, x anything else
_CODE_LETTERS = bytes.maketrans(bytes(range(8)), b"xxxCaaAA")
_RUN = re.compile(rb"[Aa](?:A|CA|CCA)*")
_EZAFE = frozenset(("e", "i", "ye", "yi"))
_MIDDLE_INITIAL = re.compile(r" [A-Z]\. [A-Z]")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_JOINABLE = bytes.maketrans(b"\x00\x01\x02", b"\x00\x01\x01")
