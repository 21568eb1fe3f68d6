"""Armed units named by a number: "Front 33", "Frente 33", "33rd Front", "the Second Division".

A unit's name is a head ("Front", "Brigade", "Batallón") with a number before it (an ordinal,
"33rd" or "Second") or after it (a cardinal, "Frente 33"). The number is no capitalised word, so
the name shapes miss "33rd Front" and cut "Frente 33" to its head; and the deep fold squeezes
repeated digits ("33" and "3" alike), so the forms of one unit get their own key here: head and
number ("unit:front:33"), which makes "Frente 33", "Front 33" and "33rd Front" one actor.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from sitrep.knowledge import load

from .cues import cues
from .fold import Folded
from .match import Cand

_CARDINAL = re.compile(r"\d{1,3}")
_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.IGNORECASE)
# between the named kb/shape candidates (10-50) and a KB name: a KB unit of the same span wins
_PRIO = 40


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, int]]:
    for e in load("actor_cues.json"):
        if e.get("kind") == "numbered_unit":
            return dict(e.get("heads", {})), {k.lower(): int(v) for k, v in e.get("ordinals", {}).items()}
    return {}, {}


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    """Words that name a unit's territorial command after its head ("Second Army Area")."""
    for e in load("actor_cues.json"):
        if e.get("kind") == "numbered_unit":
            return frozenset(e.get("tails", ()))
    return frozenset()


def _number_before(word: str, ordinals: dict[str, int]) -> int | None:
    m = _ORDINAL.fullmatch(word)
    if m:
        return int(m.group(1))
    # a spelled ordinal only when capitalised: "the second division of the league" is no name
    return ordinals.get(word.lower()) if word[:1].isupper() else None


def unit_candidates(text: str, f: Folded) -> tuple[list[Cand], dict[tuple[int, int], str]]:
    """Numbered-unit candidates, and each one's merge key by its token span."""
    heads, ordinals = _table()
    words = f.words
    n = len(words)
    out: list[Cand] = []
    keys: dict[tuple[int, int], str] = {}
    # the head words the text has, by one C-level set intersection: most texts have none, and
    # the others only a few, so the tokens are not looped over in Python
    present = heads.keys() & set(words)
    if not present:
        return out, keys
    for k in compress(range(n), map(present.__contains__, words)):
        head = heads[words[k]]
        num: int | None = None
        span = (k, k + 1)
        if k + 1 < n and f.joined[k + 1] == 1 and _CARDINAL.fullmatch(words[k + 1]):
            # "Front 33" but not "Front 33,000": a number glued to more digits is a figure
            e = f.ends[k + 1]
            glued = text[e:e + 1] in ",." and text[e + 1:e + 2].isdigit()
            if not glued:
                num, span = int(words[k + 1]), (k, k + 2)
        mods = ""
        if num is None and k > 0 and f.joined[k] == 1:
            num, a = _number_before_head(text, f, k, ordinals)
            if num is not None:
                span = (a, k + 1)
                # "444 Combat Brigade": the words between number and head are part of the name
                # and of its key ("1st Armored" and "1st Infantry Division" are two units); the
                # document links it to a bare "444 Brigade" (``modified_unit_links``)
                mods = " ".join(f.lights[a + 1:k])
        if num is None or num == 0:
            continue
        tail = ""
        if span[1] == k + 1 and k + 1 < n and f.joined[k + 1] == 1 and words[k + 1] in _tails():
            # "Second Army Area" is the army's region command, a name of its own
            span, tail = (span[0], k + 2), ":" + f.lights[k + 1]
        out.append(Cand(span[0], span[1], "ORG", "unit", _PRIO))
        keys[span] = f"unit:{head}:{num}" + (f":{mods}" if mods else "") + tail
    return out, keys


# singular heads (as written, lowercased) a bare cardinal may open ("444 Brigade", "7 Division",
# the Nigerian way): not a plural ("3 Brigades" counts them), nor "Army" or "Fleet", where
# "27 Army soldiers" counts men
_CARDINAL_HEADS = frozenset(("brigade", "brigada", "battalion", "batallón", "batallon", "bataillon",
                             "division", "división", "regiment", "regimiento", "régiment", "front",
                             "frente", "squadron"))
_MAX_MODIFIERS = 2


def _site_after(f: Folded, j: int) -> bool:
    """"the 7 Division barracks": a lowercase facility head after the name makes it the name of
    a site, which the bare number alone does not make a unit (left to the facility rules)."""
    if j >= len(f.words) or f.joined[j] != 1 or not f.words[j].islower():
        return False
    return bool(cues().fac_heads.match_at(f.lights, j))


def _number_before_head(text: str, f: Folded, k: int,
                        ordinals: dict[str, int]) -> tuple[int | None, int]:
    """The number opening a unit's name before head word k and the token it stands at: right
    before the head ("33rd Front", "444 Brigade") or before one or two capitalised modifiers
    ("444 Combat Brigade", "3rd Infantry Division")."""
    words, joined = f.words, f.joined
    for a in range(k - 1, max(-1, k - 2 - _MAX_MODIFIERS), -1):
        if joined[a + 1] != 1:
            break
        w = words[a]
        num = _number_before(w, ordinals)
        if num is None and words[k].lower() in _CARDINAL_HEADS and _CARDINAL.fullmatch(w) and \
                not (f.starts[a] >= 2 and text[f.starts[a] - 1] in ",." and text[f.starts[a] - 2].isdigit()) \
                and not _site_after(f, k + 1):
            num = int(w)
        if num is not None:
            return num, a
        # only capitalised words (no figures, no lowercase) stand between number and head
        if not w[:1].isupper() or not w.isalpha() or a == 0:
            break
    return None, k


def modified_unit_links(keyed: dict[str, int]) -> list[tuple[int, int]]:
    """(bare, modified) pairs of one document's numbered units: "444 Combat Brigade" is the
    "444 Brigade" of the same document, unless two differently modified units share the number
    ("1st Armored" and "1st Infantry Division": the bare one could be either)."""
    by_bare: dict[str, list[int]] = {}
    for k, idx in keyed.items():
        if k.startswith("unit:") and k.count(":") > 2:
            by_bare.setdefault(k.rsplit(":", 1)[0], []).append(idx)
    return [(keyed[b], idxs[0]) for b, idxs in by_bare.items() if len(idxs) == 1 and b in keyed]
