"""Two people coordinated as one speaker phrase ("Foreign Minister X and her counterpart Y
said"): one speaker named after both."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.model import Mention

if TYPE_CHECKING:
    from sitrep.quotes.speakers import Speaker

# "X and his counterpart Y said": two people joined as one subject, up to three words of
# office between the conjunction and the second name
_AND_LINK = re.compile(r"[ \t]*,?[ \t]+and[ \t]+(?:[\w\-]+[ \t]+){0,3}", re.I)


def joint(text: str, ms: list[Mention], b: int) -> Speaker | None:
    """Two persons coordinated as the subject ending at ``b`` ("Foreign Minister X and her
    counterpart Y said"): one speaker named after both, the first the entity. Naming the last
    alone would give the words to one of two speakers."""
    if len(ms) < 2 or ms[-1].type != "PERSON" or ms[-2].type != "PERSON" or ms[-1].local == ms[-2].local \
            or text[ms[-1].end:b].strip(" ,"):
        return None
    link = _AND_LINK.fullmatch(text, ms[-2].end, ms[-1].start)
    if link is None:
        return None
    from sitrep.quotes.speakers import Speaker     # speakers imports this module
    first, second = ms[-2], ms[-1]
    name = f"{first.canonical or first.text} and {second.canonical or second.text}"
    return Speaker(first.local, name, first.start, second.end, "named", "PERSON")
