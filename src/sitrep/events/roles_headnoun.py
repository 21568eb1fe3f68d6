"""What a definite description of a body stands for when a name it describes ends in the same noun:
"the militia" after "the Fano militia", "members of the coalition" after "the Viv Ansanm gang
coalition", "the alliance" after "the Three Brotherhood Alliance". The writer shortens the name to
its head noun, so the body is the latest one so named, not the last subject of the story (a
spokesman's office, a mission, a commission named in between)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from sitrep.model import Mention

# mention types that can be a body a description shortens (a person is "he", a place "the town")
_BODY_TYPES = frozenset({"ORG", "NORP"})
# a state's own descriptors: "the government" after "the Amhara regional government" may well be the
# federal one, and generic state or force words are resolved by their own rules (sitrep.actors.forces)
_STATE_HEADS = frozenset({"government", "ministry", "country", "kingdom", "regime", "administration",
                          "army", "military", "rebels", "militants"})


# how far back the shortened name may stand (a few paragraphs): beyond it the description more
# likely names a body the story has since spoken of without that noun
_REACH = 2500


def _start(m: Mention) -> int:
    return m.start


def named_by_head(doc: Sequence[Mention], text: str, word: str, before: int) -> Mention | None:
    """The latest body mentioned before ``before`` whose name ends in the head noun of ``word``
    ("the coalition" -> "... gang coalition"), or None. ``text``: the document's text (mentions'
    offsets index it); ``doc``: the document's mentions in order."""
    parts = word.split()
    if len(parts) < 2 or parts[0] != "the":
        return None
    head = parts[-1]
    if head in _STATE_HEADS:
        return None
    k = bisect_left(doc, before, key=_start)     # key=: no list of every start built per call
    for m in reversed(doc[:k]):
        if before - m.end > _REACH:
            break
        if m.end > before or m.type not in _BODY_TYPES:
            continue
        name = text[m.start:m.end].lower().rstrip(" .,'’")
        # the head must close the name and not be the whole of it: "coalition" alone names nothing
        if name.endswith(head) and len(name) > len(head) and not name[-len(head) - 1].isalnum():
            return m
        # the head noun right after the name: "the Ansar al-Sunna militia" with the name alone found
        after = text[m.end:m.end + len(head) + 2].lower()
        if after.startswith(" " + head) and not after[len(head) + 1:].strip(" .,;:'’)").isalnum():
            return m
    return None
