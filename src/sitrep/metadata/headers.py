"""Header blocks that state an article's metadata in a shape of their own: the header lines of
an e-mailed newsletter ("From:", "Subject:", "Date:") and a masthead line whose parts are a
name, an issue or desk, and a date ("LAKE TANA BRIEF | Issue 40 | Friday, 6 June 2025",
"El Heraldo del Norte | Redacción Saltillo | 14.02.2025").
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BLANK, BODY, CHROME, META, Line
from sitrep.clean.zones import is_prose
from sitrep.metadata.dates import find_date, parse_date

_HEADER = re.compile(r"(?P<key>From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:\s*(?P<value>\S.*)", re.I)
_HEADER_SCAN = 12           # a mail's header block is at its top
_SENDER = re.compile(r"\s*\"?(?P<name>[^\"<>@]+?)\"?\s*<[^<>@\s]+@[^<>\s]+>\s*")
_REPLY = re.compile(r"(?:(?:re|fwd?|aw|tr)\s*:\s*)+", re.I)

SENDER, DATE, SUBJECT = "email sender", "email date", "email subject"


def mark_email_headers(lines: Sequence[Line]) -> None:
    """Label the header block of an e-mail (two header lines or more among the first lines, one
    of them a sender, a date or a subject): the sender, date and subject as metadata, the
    recipients as chrome. One header-like line alone ("Date: ..." in a form) is left as it is."""
    found: list[tuple[Line, str]] = []
    seen = 0
    for line in lines:
        if not line.text or line.label == BLANK:
            continue
        seen += 1
        if seen > _HEADER_SCAN:
            break
        m = _HEADER.match(line.text)
        if m:
            found.append((line, m.group("key").lower()))
    keys = {key for _, key in found}
    if len(found) < 2 or not keys & {"from", "date", "sent", "subject"}:
        return
    for line, key in found:
        if key == "from":
            line.mark(META, SENDER)
        elif key in ("date", "sent"):
            line.mark(META, DATE)
        elif key == "subject":
            line.mark(META, SUBJECT)
        else:
            line.mark(CHROME, "email header")


def _value(text: str) -> str:
    m = _HEADER.match(text)
    return m.group("value").strip() if m else text.strip()


def sender_name(text: str) -> str | None:
    """The display name of a "From:" line: "From: Lake Tana Brief <news@tana.example>"."""
    m = _SENDER.fullmatch(_value(text))
    if not m:
        return None
    name = " ".join(m.group("name").split()).strip(" ,;")
    if len(name) < 3 or not any(c.isalpha() for c in name):
        return None
    return name


def header_date(text: str) -> dt.date | None:
    """The date of a "Date:"/"Sent:" line (RFC 2822 or written out)."""
    return parse_date(_value(text))


def subject_title(text: str, sender: str | None) -> str | None:
    """The subject as a title: no "Subject:", no "Re:"/"Fwd:", and no leading newsletter name
    ("Lake Tana Brief: Clashes near Bahir Dar" is titled "Clashes near Bahir Dar")."""
    title = _REPLY.sub("", _value(text), count=1).strip()
    if sender and title.casefold().startswith(sender.casefold()):
        rest = title[len(sender):].lstrip()
        if rest[:1] in (":", "|", "-", "–", "—") and rest[1:].strip():
            title = rest[1:].strip()
    return title or None


def email_title(lines: Sequence[Line]) -> str | None:
    """The title an e-mail's labelled subject line gives."""
    subject = next((line for line in lines if line.label == META and line.reason == SUBJECT), None)
    if subject is None:
        return None
    sender = next((line for line in lines if line.label == META and line.reason == SENDER), None)
    return subject_title(subject.text, sender_name(sender.text) if sender is not None else None)


# a newsletter repeats its name as a banner within its first lines
_BANNER_SCAN = 15


@lru_cache(maxsize=1)
def _item_headings() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(entry["pattern"], 0 if entry.get("case") else re.IGNORECASE)
                 for entry in knowledge.load("chrome.json") if entry.get("kind") == "newsletter heading")


def mark_sender_masthead(lines: Sequence[Line]) -> None:
    """A newsletter's banner line that repeats the sender's name ("THE LAKE TANA BRIEF" under
    "From: The Lake Tana Brief <...>") is chrome: the name is the outlet, not the text's. So are
    its numbered item headings ("2. Talks stall in Vienna"): each repeats its item's lead in
    headline form, which would be read as a second, undated report of the same facts."""
    headings = _item_headings()
    for line in lines:
        if line.label == BODY and len(line.text) <= 100 and any(h.fullmatch(line.text) for h in headings) \
                and not is_prose(line.text):
            line.mark(CHROME, "newsletter item heading")
    sender = next((line for line in lines if line.label == META and line.reason == SENDER), None)
    name = sender_name(sender.text) if sender is not None else None
    if not name:
        return
    from sitrep.clean.lines import line_key
    key = line_key(name)
    bare = key[3:] if key.startswith("the") else key
    seen = 0
    for line in lines:
        if line.label != BODY:
            continue
        if line_key(line.text) in (key, bare, "the" + bare):
            line.mark(CHROME, "newsletter masthead")
            return
        seen += 1
        if seen >= _BANNER_SCAN:
            return


MASTHEAD_MAX = 120
_PARTS = re.compile(r"\s+[|•·]\s+")
_NOT_NAMES = frozenset("home news world latest updated published posted date".split())
_LINKS = frozenset("OF THE AND DE DEL LA EL LE DU DES ON IN FOR".split())
_ISSUE = re.compile(r"(?:issue|edition|no\.?|vol\.?|volume|número|n[º°])\s*\d", re.I)


def masthead(text: str) -> tuple[str | None, dt.date] | None:
    """(name, date) of a masthead line: parts apart by "|", the last one a full date (a weekday
    allowed), the first a name (the outlet), the ones between short (an issue, a desk, a place).
    None for anything else."""
    if len(text) > MASTHEAD_MAX or "|" not in text and "•" not in text and "·" not in text:
        return None
    parts = _PARTS.split(text.strip())
    if not 2 <= len(parts) <= 4 or any(not p or len(p) > 50 for p in parts):
        return None
    found = find_date(parts[-1])
    if not found:
        return None
    date, m = found
    # the last part is only the date (and a weekday before it, a time after it)
    if len(parts[-1]) - (m.end() - m.start()) > 20:
        return None
    name = parts[0].strip()
    if find_date(name) or _ISSUE.match(name) or not name[:1].isalpha():
        return None
    if name.casefold() in _NOT_NAMES or len(parts) == 2 and not _ISSUE.search(text):
        return None       # "Home | 4 March 2025" is navigation; "Jane Doe | 4 March 2025" a stamp
    if name.isupper():
        # "LAKE TANA BRIEF" as its name is written; short words other than links are acronyms
        name = " ".join(w.lower() if w in _LINKS and k else w if len(w) <= 3 else w.capitalize()
                        for k, w in enumerate(name.split()))
    return name, date


def mark_masthead(line: Line) -> bool:
    """Label a masthead line as metadata; True when it is one."""
    if line.label == BODY and masthead(line.text):
        line.mark(META, "masthead")
        return True
    return False


# "Compiled from posts by Jane Doe (@janedoe), Mopti correspondent, Monday May 19, 2025"
_DATED_CREDIT = re.compile(
    r"[-–—]*\s*(?:compiled|written|reported|posted|curated|edited|put together)\b[^,()]{0,30}?\bby\s+"
    r"(?P<name>[A-Z][^,()@]{2,60}?)\s*(?:\(@?[\w.]+\))?\s*(?:,\s*[^,()]{1,50}?)?\s*[,|\-–—]\s*(?:on\s+)?", re.I)
DATED_CREDIT_MAX = 200


def dated_credit(text: str) -> tuple[list[str], dt.date] | None:
    """(authors, date) of a credit line that ends with its date; None for anything else."""
    if len(text) > DATED_CREDIT_MAX or (" by " not in text and " By " not in text and " BY " not in text):
        return None
    found = find_date(text)
    if not found:
        return None
    date, m = found
    if text[m.end():].strip(" .") or not m.start():
        return None
    credit = _DATED_CREDIT.fullmatch(text[:m.start()])
    if not credit:
        return None
    from sitrep.metadata.byline import names_in
    names = names_in(credit.group("name"))
    return (names, date) if names else None
