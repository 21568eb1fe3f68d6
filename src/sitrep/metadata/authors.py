"""The authors of one article: the input's fields, else the names its labelled lines give.

Split from ``extract`` (which picks every metadata value): each ``META`` line reason that can
name people has its own reader here, and later lines add only names not already credited.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.lines import META, Line
from sitrep.metadata.byline import bracketed_outlet_byline, byline_authors, credit_authors, names_in, role_byline
from sitrep.metadata.dates import stamp_author
from sitrep.metadata.headers import dated_credit
from sitrep.metadata.pipes import pipe_byline
from sitrep.model import RawArticle

_ANNOTATION = re.compile(r"\s*\([^()]{1,20}\)")
def _strip_annotations(text: str) -> str:
    return _ANNOTATION.sub("", text)


def _credit_names(text: str) -> list[str] | None:
    found = dated_credit(text)
    return found[0] if found else None


def _pipe_authors(text: str) -> list[str] | None:
    found = pipe_byline(text)
    return list(found.authors) if found else None


def _byline_names(text: str) -> list[str] | None:
    return byline_authors(text) or names_in(_strip_annotations(text))


def _stamp_names(text: str) -> list[str] | None:
    # "By Staff Reporter | 14.10.2025": a desk credit before the date names no person
    found = stamp_author(text)
    if not found:
        return None
    names = [n for name in found for n in _byline_names(name) or []]
    return names or None


def _outlet_byline_names(text: str) -> list[str] | None:
    found = bracketed_outlet_byline(text)
    return found[0] if found else None


# which names a metadata line gives, by its reason
_AUTHORS_OF = {"byline": _byline_names, "role byline": role_byline, "credit line": credit_authors, "date stamp": _stamp_names,
               "dated credit": _credit_names, "pipe byline": _pipe_authors,
               "outlet byline": _outlet_byline_names}


def _pick_authors(raw: RawArticle, lines: Sequence[Line]) -> tuple[list[str], str | None]:
    if raw.authors:
        return list(raw.authors), raw.hint_basis.get("authors", "structured field")
    names: list[str] = []
    bases: list[str] = []
    for line in lines:
        if line.label != META or line.reason not in _AUTHORS_OF:
            continue
        found = _AUTHORS_OF[line.reason](line.text)
        # "Associated Press writer Josef Levy ... contributed" under "By ... and JOSEF LEVY"
        # credits a reporter already in the byline: no new author
        seen = {n.casefold() for n in names}
        new = [n for n in found or [] if n.casefold() not in seen]
        if new:
            names += new
            bases.append("byline" if line.reason != "credit line" else "credit line")
    return names, " and ".join(dict.fromkeys(bases)) or None


def line_authors(raw: RawArticle, lines: Sequence[Line]) -> list[str]:
    """The authors that the input's fields or the labelled byline lines name."""
    return _pick_authors(raw, lines)[0]
