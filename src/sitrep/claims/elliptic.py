"""Counts whose noun is left out because the sentence has just named it.

"Two soldiers sustained injuries, one of them critically": a part of a count in a casualty state,
told by how badly, is one more figure in that state (``severe_part``).

"Benin has deployed 3,000 troops and recruited 5,000 more", "the navy sent two frigates, then two
others", "sent 1,000 police to reinforce the 1,700 already deployed": "more", "others" and "already
<in place>" after a number count the noun counted before it in the same sentence,
in no state when that count has none (a count in a casualty state is read by ``units``).
"""
from __future__ import annotations

import re

# "5,000 more", "two others": the anaphoric word right after the number; "more than" is a bound
_MORE = re.compile(r"[ \t]+(?:more|others)\b(?![ \t]+than\b)"
                   # "sent 1,000 police to reinforce the 1,700 already deployed": those in place
                   r"|[ \t]+already[ \t]+(?:deployed|stationed|there|present|in[ \t]+place|on[ \t]+the[ \t]+ground"
                   r"|in[ \t]+the[ \t]+(?:country|territory|region|area))\b", re.I)
# classes whose count "more" may continue: people and things, not money or shares
_COUNTED = frozenset({"person", "weapon", "object", "event", "place", "group"})


def more_of_previous(text: str, end: int, previous: list) -> tuple[str, int, str, str] | None:
    """(unit, end, noun, class) for a bare "N more" / "N others" at ``end`` (the number's end)
    that continues the last stateless count of its sentence (``previous``, the units read before
    it in the sentence), or None."""
    if not previous:
        return None
    last = previous[-1]
    if not last.noun or last.state is not None or last.cls not in _COUNTED:
        return None
    m = _MORE.match(text, end)
    if m is None:
        return None
    return last.unit, m.end(), last.noun, last.cls


# how badly a part of the wounded is hurt: "one of them critically", "one of them seriously"
_SEVERE = re.compile(r",?[ \t]+(?:critically|seriously|gravely|severely|badly|fatally|lightly|slightly)\b"
                     r"(?![ \t]+(?:ill|needed|lacking)\b)", re.I)


def severe_part(text: str, pos: int, previous: list) -> bool:
    """Whether "one of them" ending at ``pos`` is followed by how badly it was hurt, after a count
    of wounded people ("wounding two, one of them critically")."""
    return bool(previous) and previous[-1].state == "injured" and previous[-1].cls == "person" \
        and _SEVERE.match(text, pos) is not None


# a second count stated elliptically: "three were killed at the airport| and (another) |three at
# the port", "three were killed in X|, |two in Y": a place or time phrase (or none) and "and" or a
# comma between, a place or time phrase after
ELLIPSIS_GAP = re.compile(r"(?:\s+(?:at|in|on|near|inside|outside|around|across|along|during|from)\s"
                          r"[^.;:()\[\]]{1,80}?)?(?:,\s+|,?\s+and\s+)(?:another\s+|a\s+further\s+|an\s+additional\s+)?")
# the place or time phrase after such a count: "... and three| at the port"
ELLIPSIS_AFTER = re.compile(r"\s+(?:at|in|on|near|inside|outside|around|across|along|during)\s")


def one_more_part(text: str, qstart: int, end: int, previous: list) -> bool:
    """Whether a bare "one" is the last part of a toll told place by place ("three were killed
    in X, two in Y and one in Z"): a count, not the pronoun "one"."""
    return bool(previous) and previous[-1].state is not None and previous[-1].cls == "person" \
        and ELLIPSIS_AFTER.match(text, end) is not None \
        and ELLIPSIS_GAP.fullmatch(text, previous[-1].end, qstart) is not None
