"""Header lines that only their place above the article makes metadata: a byline without "By"
("Ana Petrović and Luka Marić") and a government body's name heading its own statement."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import Line
from sitrep.metadata.byline import names_in
from sitrep.metadata.places import is_known_place

HEAD_PROSE = 120       # a longer line is the article's first paragraph (or its standfirst)
HEAD_LONG = 2          # long lines (standfirst, first paragraph) before the article has begun
_BARE_MAX = 90


def bare_byline(text: str) -> list[str] | None:
    """The names of a byline without "By" above the article ("Ana Petrović and Luka Marić",
    "Besa Gashi, Milica Jovanović"): two to four personal names and nothing else. One name alone
    is left: a headline or a caption reads the same."""
    if len(text) > _BARE_MAX or text.isupper():
        return None
    names = names_in(text)
    if not 2 <= len(names) <= 4 or any(len(n.split()) > 3 or n not in text or is_known_place(n) for n in names):
        return None             # "Middle East, North Africa": a navigation bar
    return names


@lru_cache(maxsize=1)
def _issuer_heads() -> re.Pattern[str]:
    heads = sorted((w[1:] for w in knowledge.wordlist("department_words.txt") if w[0] == "@"), key=len, reverse=True)
    alt = "|".join(re.escape(h.upper()).replace(r"\ ", r"\s+") for h in heads) or "(?!)"
    # "MINISTRY OF DEFENCE", "THE PRESIDENCY", "JOINT OPERATIONS COMMAND"
    return re.compile(rf"(?:THE\s+)?(?:(?:{alt})\s+(?:OF|FOR)\s+[A-Z][A-Z'’&,. -]{{2,70}}"
                      rf"|(?:[A-Z][A-Z'’&.-]*\s+){{0,4}}(?:{alt}))")


_LETTERHEAD_MAX = 80


def letterhead_issuer(lines: Sequence[Line]) -> str | None:
    """The government body whose name in capitals opens the page ("DEPARTMENT OF FOREIGN
    AFFAIRS" above "Republic of the Philippines" and a statement): it issues the statement."""
    first = next((line.text.strip() for line in lines if line.text.strip()), "")
    if len(first) > _LETTERHEAD_MAX or not first.isupper() or not _issuer_heads().fullmatch(first):
        return None
    return first.title().replace(" Of ", " of ").replace(" And ", " and ").replace(" The ", " the ").replace(" For ", " for ")


_DESK_BYLINE = re.compile(r"(?:By\s+)?(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,5}(?:[Dd]esk|DESK|[Nn]ewsroom|NEWSROOM)")
_DESK_MAX = 60


def desk_byline(text: str) -> bool:
    """A newsroom's desk in the byline's place ("Capital Post News Desk", "Web Desk"): it names
    no person and is no article text."""
    return len(text) <= _DESK_MAX and _DESK_BYLINE.fullmatch(text.strip()) is not None
