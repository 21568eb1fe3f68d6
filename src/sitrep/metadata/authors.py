"""The authors of one article: the input's fields, else the names its labelled lines give.

Split from ``extract`` (which picks every metadata value): each ``META`` line reason that can
name people has its own reader here, and later lines add only names not already credited.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from sitrep.clean.lines import BODY, META, Line
from sitrep.clean.zones import is_prose
from sitrep.metadata.byline import bracketed_outlet_byline, byline_authors, credit_authors, names_in, role_byline
from sitrep.metadata.dated_bylines import DATED_BYLINE, dated_byline_names, dated_byline_stamp
from sitrep.metadata.dates import stamp_author
from sitrep.metadata.headers import dated_credit
from sitrep.metadata.house_bylines import correspondent_byline
from sitrep.metadata.split_bylines import BARE_BYLINE, SPLIT_BYLINE, line_names, person_like
from sitrep.metadata.outlet import outlet_index
from sitrep.metadata.pipes import pipe_byline
from sitrep.model import RawArticle

_ANNOTATION = re.compile(r"\s*\([^()]{1,20}\)")
_BY = re.compile(r"^(?:[Bb]y|BY)\s+")
_RECAP = re.compile(r"\s*[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b", re.I)
def _strip_annotations(text: str) -> str:
    # the leading \s* leaves the regex nothing to search for: a line without "(" holds none
    return _ANNOTATION.sub("", text) if "(" in text else text


def _credit_names(text: str) -> list[str] | None:
    found = dated_credit(text)
    return found[0] if found else None


def _pipe_authors(text: str) -> list[str] | None:
    found = pipe_byline(text)
    return list(found.authors) if found else None


def _byline_names(text: str) -> list[str] | None:
    # a name without "By" (a line the header rules took for a byline) must read as a person's:
    # "Share Via", "Stay Connected" are buttons
    return byline_authors(text) or [n for n in names_in(_strip_annotations(text)) if person_like(n)]


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
               "outlet byline": _outlet_byline_names, "correspondent byline": correspondent_byline,
               SPLIT_BYLINE: line_names, BARE_BYLINE: line_names, DATED_BYLINE: dated_byline_names}


def _pick_authors(raw: RawArticle, lines: Sequence[Line]) -> tuple[list[str], str | None]:
    if raw.authors:
        return list(raw.authors), raw.hint_basis.get("authors", "structured field")
    names: list[str] = []
    bases: list[str] = []
    bylines = _head_bylines(lines)
    # "By Reuters" over the copy: the printed byline names the agency, and its people are no
    # authors of the page, whatever the wire's end credit lists
    signed_by_agency = not bylines and any(line.label == META and line.reason == "agency byline" for line in lines)
    credits = [] if signed_by_agency else [line for line in lines if line.label == META and line.reason == "credit line"]
    # the wire's end credit ("(Reporting by A; Editing by B)") names the byline's reporters again
    # and adds desk staff: it gives the authors only of a page without a byline
    for line in bylines + credits:
        if line.reason == "credit line" and names and (_RECAP.match(line.text) or "contributed" in line.text):
            # "Associated Press writer X contributed to this report" under a byline credits a
            # helper, not an author: authors are the printed byline's names
            continue
        found = _AUTHORS_OF[line.reason](line.text)
        # "Associated Press writer Josef Levy ... contributed" under "By ... and JOSEF LEVY"
        # credits a reporter already in the byline: no new author; nor "Tellez" beside "Téllez"
        seen = {_fold(n) for n in names}
        new = [n for n in found or [] if _fold(n) not in seen and not _agency(n)]
        if new:
            names += new
            bases.append("byline" if line.reason != "credit line" else "credit line")
    return names, " and ".join(dict.fromkeys(bases)) or None


_TEXT_BEGUN = 5     # prose lines above a byline: the article's text has come and gone
_TEASER_GAP = 2     # lines between two bylines: a related story's headline and standfirst
_APART = 2      # prose lines that part the article's bylines from a related story's


def _head_bylines(lines: Sequence[Line]) -> list[Line]:
    """The byline lines of the article: the first one and those that follow it without article
    text between them. Bylines further down, after the text has begun, credit the related
    stories listed under it ("By A" / date, "By B" / date)."""
    out: list[Line] = []
    prose = 0
    dated = None
    before = 0          # the article's prose lines above the first byline
    between = 0         # other lines since the last byline
    for line in lines:
        if line.label == META and line.reason in _AUTHORS_OF and line.reason != "credit line":
            if not _AUTHORS_OF[line.reason](line.text):
                continue        # a date stamp that names no writer
            if out and prose >= _APART:
                break
            if out and before >= _TEXT_BEGUN and between >= _TEASER_GAP:
                # below the text, bylines each under its own headline and standfirst: the list
                # of related stories, none of them this article's
                return []
            between = 0
            if line.reason == DATED_BYLINE:
                # a teaser list's "By A Sep 30, 2025" / headline / "By B Sep 20, 2025": a byline
                # dated otherwise than the first dates another story, however close it stands
                stamp = dated_byline_stamp(line.text)
                day = stamp[0] if stamp else None
                if dated is not None and day != dated:
                    break
                dated = day
            out.append(line)
            prose = 0
        elif out and line.label == BODY and is_prose(line.text):
            prose += 1
        elif not out and line.label == BODY and is_prose(line.text):
            before += 1
        if out and line.label != META and line.text.strip():
            between += 1
    return out


def _fold(name: str) -> str:
    """A name without case or accents: "Téllez" and "Tellez" are one reporter."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def _agency(name: str) -> bool:
    """A byline naming a wire or an outlet ("By Reuters", "By Al Jazeera Staff") credits no person."""
    bare = _BY.sub("", name)
    return bare != name or outlet_index().lookup(bare) is not None


def line_authors(raw: RawArticle, lines: Sequence[Line]) -> list[str]:
    """The authors that the input's fields or the labelled byline lines name."""
    return _pick_authors(raw, lines)[0]
