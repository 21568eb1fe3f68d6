"""The dateline that opens an article: "BAGHDAD (Reuters) - ", "ERBIL, Kurdistan Region - ",
"GAZA CITY, Nov 3 (AFP) -", "WASHINGTON DC, United States (Kurdistan 24) ", "Kyiv (AP) —",
"Port-au-Prince — " (a known place)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import datetime as dt

from sitrep import knowledge
from sitrep.metadata.byline import names_in
from sitrep.metadata.dates import MONTHS, find_date
from sitrep.metadata.outlet import outlet_index
from sitrep.metadata.places import is_known_place

# capitals with their accented forms: "CULIACÁN", "SÃO PAULO", "BOUAKÉ"
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAPS_PLACE = rf"[A-Z][{_UP}'’.\-]+(?:\s+[{_UP}][{_UP}'’.\-]*){{0,3}}"
# "N'Djamena", "D'Arros": a capital after the elided article
_TITLE_PLACE = rf"[A-Z](?:['’][A-Z])?[{_LOW}'’.\-]+(?:\s+[{_UP}][{_LOW}'’.\-]+){{0,2}}"
# a country or region of up to five capitalised words, lower-case links allowed between them:
# "Democratic Republic of the Congo", "Bosnia and Herzegovina", "Central African Republic"
_LINK = r"(?:(?:of|the|and|de|du|des|del|la|le|et|y)\s+){0,2}"
_REGION = rf"(?:,\s*[A-Z][\w'’.\-]*(?:\s+{_LINK}[A-Z][\w'’.\-]*){{0,4}})"
_MONTH = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_DATE = rf"(?:,\s*(?P<dmonth>{_MONTH})\.?\s+(?P<dday>\d{{1,2}})(?:,\s*(?P<dyear>\d{{4}}))?)"
# day first, the style of Lusophone and South Asian bulletins: "Maputo, 5 Mar (AIM) -"
_DAY_DATE = rf"(?:,\s*(?P<fday>\d{{1,2}})\s+(?P<fmonth>{_MONTH})\.?(?:\s+(?P<fyear>\d{{4}}))?)"
_ANY_DATE = rf"(?:{_DATE}|{_DAY_DATE})"
_CREDIT = r"\((?P<credit>[^()]{2,40})\)"
_DASH = r"[-–—:]+"

# a bare agency acronym after a full date, the style of state agencies: "GAZA, August 14, 2024, WAFA -"
_AGENCY = r"(?:,\s*(?P<agency>[A-Z][A-Za-z]{1,5})(?=\s*[-–—]))?"
# upper-case place: the credit and the dash are each optional, one of them is needed
# a joint dateline "BEIRUT/AMMAN, Dec 1 (Reuters) -" is kept whole: both cities filed the story
_CAPS = re.compile(rf"(?P<place>{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE})*)(?P<region>{_REGION})?{_ANY_DATE}?"
                   rf"{_AGENCY}\s*(?:{_CREDIT}\s*(?:{_DASH}\s*)?|{_DASH}\s+)")
# upper-case place and a date closed by a full stop, the style of post-Soviet agencies: "YEREVAN,
# September 10. ", "BAKU, Sept. 10. /Trend/ ": the date is needed, since "KYIV. " alone is a heading
_CAPS_DOT = re.compile(rf"(?P<place>{_CAPS_PLACE})(?P<region>{_REGION})?{_DATE}\.\s*"
                       rf"(?:/(?P<credit>[^/]{{2,40}})/\.?\s*)?(?=\S)")
# title-case place: only with a credit, since "Officials said -" is prose; the country may stand
# in its own brackets before the credit, the AFP style "Maiduguri (Nigeria) (AFP) -"
_BRACKET_REGION = r"(?:\((?P<bregion>[A-Z][\w'’.\- ]{2,30})\)\s*)?"
# a comma may stand before the bracket: "Bangui, (Oubangui Médias / AFP) - "
_TITLED = re.compile(rf"(?P<place>{_TITLE_PLACE})(?P<region>{_REGION})?{_ANY_DATE}?,?\s*{_BRACKET_REGION}"
                     rf"{_CREDIT}\s*(?:{_DASH}\s*)?")
# title-case place with a date and a colon or dash, no credit: "Srinagar, Nov 3: ", "Maputo, 5 Mar -":
# the date is needed, since "Officials said: " is prose
# a state agency's code may follow the date: "Phnom Penh, July 24, 2025 AKP -- "
_TITLED_DATED = re.compile(rf"(?P<place>{_TITLE_PLACE}){_ANY_DATE}(?:,?\s+(?P<agency>[A-Z]{{2,6}}))?"
                           rf"\s*(?::\s*|[–—]+\s*|\s-+\s+)")
# a bare agency acronym after the place, closed by a dash: "Hama, SANA- ", "Aleppo, SANA – "
_TITLED_ACRONYM = re.compile(rf"(?P<place>{_TITLE_PLACE}),\s*(?P<credit>[A-Z]{{2,6}})\s*[-–—]+\s*")

# the date first, the place in brackets: "November 3, 2024 (EL FASHER) – " (a Sudanese and Arab
# press style); the date is checked by ``find_date``
_DATE_FIRST = re.compile(rf"(?P<date>[A-Z0-9][\w.,\s-]{{6,30}}?)\s*\((?P<place>{_CAPS_PLACE})\)\s*{_DASH}\s*")

# title-case place and a dash, no credit: "Port-au-Prince — ", "Goma, North Kivu - ". The shape
# fits labels too ("Analysis — ", "Exclusive — "), so the place must be a known one
_WORD = r"[A-Z][\w'’.]*(?:-[\w'’.]+)*"
_WORD_NODOT = rf"[A-Z][{_LOW}{_UP}'’]*(?:-[{_LOW}{_UP}'’]+)*"
# the Indian and Pakistani press close it with a colon: "Imphal: Ten suspected militants ..."
# a place's name may hold a lower-case link: "Rio de Janeiro", "Ciudad del Este", "Dar es Salaam"
_NAME_LINK = r"(?:(?:de|da|do|dos|das|del|la|el|es)\s+)?"
_TITLED_DASH = re.compile(rf"(?P<place>{_WORD}(?:\s+{_NAME_LINK}{_WORD}){{0,2}})(?P<region>{_REGION})?{_DATE}?"
                          rf"(?:\s*[–—]+\s*|\s+-+\s+|:\s+)")

# a full stop and a hyphen after the place, the Spanish-language press style kept by translations:
# "Culiacán, Sinaloa.- ", "Monterrey.- "; the place must be known or carry its region
_BARE_REGION = r"(?:,\s*[A-Z][\w'’\-]*(?:\s+" + _LINK + r"[A-Z][\w'’\-]*){0,3})"
_DOT_DASH = re.compile(rf"(?P<place>{_WORD_NODOT}(?:\s+{_WORD_NODOT}){{0,2}})(?P<region>{_BARE_REGION})?\.[-–—]\s*")

# a place, a dash and the agency, closed by a colon: "Janin - Reuters: ", the style of Arabic
# agency copy kept by translations; the agency must be a known outlet, since "Update - Army: "
# reads the same
_TITLED_AGENCY = re.compile(rf"(?P<place>{_TITLE_PLACE})\s*[-–—]+\s*"
                            rf"(?P<credit>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){{0,2}})\s*:\s*")

# a known place closed by a full stop, the East African press style: "Dar es Salaam. Nine people
# ...", "Arusha. The ..."; only where the text opens, and the place must be known ("Sources. ")
_PLACE_LINK = r"(?:(?:es|el|al|as|de|du|da|do|di|del|la|le|of|the)\s+)?"
_TITLED_DOT = re.compile(rf"(?P<place>{_WORD}(?:\s+{_PLACE_LINK}{_WORD}){{0,2}})\.\s+(?=[A-Z\"“])")

# the Spanish-language wire style (EFE, Europa Press, Notimex): the country in brackets, a
# day and a lower-case month abbreviation, the credit, a full stop and a hyphen: "Culiacán
# (México), 19 mar (EFE).- ", "BOGOTÁ, 3 dic (EFE).- "
_ES_MONTHS = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
              "sep": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12}
_WIRE_ES = re.compile(rf"(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE})\s*{_BRACKET_REGION},?"
                      rf"(?:\s*(?P<sday>\d{{1,2}})\s+(?P<smonth>{'|'.join(_ES_MONTHS)})\.?)?"
                      rf"\s*{_CREDIT}\s*\.[-–—]+\s*")

_WITHOUT_DASH = (_CAPS, _CAPS_DOT, _WIRE_ES, _TITLED, _TITLED_DATED, _TITLED_ACRONYM, _DOT_DASH)
_WITH_DASH = _WITHOUT_DASH + (_TITLED_AGENCY, _TITLED_DASH, _TITLED_DOT)
_CAPS_PATTERNS = (_CAPS, _CAPS_DOT)


@lru_cache(maxsize=1)
def transcript_labels() -> frozenset[str]:
    """Who speaks in a transcript ("SPOKESPERSON: ...", "QUESTION: ..."): never a place."""
    return frozenset(w.casefold() for w in knowledge.wordlist("transcript_labels.txt"))


@dataclass(slots=True)
class Dateline:
    place: str
    credit: str | None        # the outlet or wire in brackets, e.g. "Reuters"
    end: int                  # where the article text proper starts
    month_day: tuple[int, int] | None = None    # "GAZA CITY, Nov 3 (AFP)": (11, 3)
    year: int | None = None                     # when the dateline states it too


@lru_cache(maxsize=1)
def editorial_labels() -> frozenset[str]:
    """Desk labels that open a story like a dateline's place ("UPDATE:", "EXCLUSIVE -")."""
    return frozenset(w.casefold() for w in knowledge.wordlist("editorial_labels.txt"))


_BRACKETED_PLACE = re.compile(rf"\((?P<place>{_TITLE_PLACE})\)\s*[-–—]+\s+(?=[A-Z\"“])")


def find_dateline(paragraph: str, titled_dash: bool = True) -> Dateline | None:
    """The dateline at the start of an article's first paragraph, if any; ``titled_dash``
    also accepts a known place in title case before a dash, without a credit."""
    head = paragraph[:160]
    if head[:1] == "(" and (m := _BRACKETED_PLACE.match(head)) and is_known_place(m.group("place")):
        # a rights group's release: "(Nairobi) – An Ethiopian military drone strike ..."
        return Dateline(place=m.group("place"), credit=None, end=m.end(), month_day=None, year=None)
    if not "A" <= head[:1] <= "Z":
        # every pattern starts with a capital letter, but a date-first one with a day
        return _date_first(head) if head[:1].isdigit() else None
    for pattern in _WITH_DASH if titled_dash else _WITHOUT_DASH:
        m = pattern.match(head)
        if not m:
            continue
        place = m.group("place").strip(" .")
        if place.casefold() in editorial_labels():
            continue                   # "UPDATE: Adds details ...": a desk's label, not a place
        if pattern in _CAPS_PATTERNS and min(sum(c.isalpha() for c in p) for p in place.split("/")) < 3:
            continue                   # "US - ...", "UN: ..." or "US/UK: ..." open prose, not a dateline
        if pattern is _CAPS and not m.group("credit") and place.casefold() in transcript_labels():
            continue                   # "SPOKESPERSON: Good afternoon": a transcript's turn
        if pattern is _TITLED_DOT and place.isupper():
            continue                   # "KYIV. " in capitals is a heading, not a dateline
        if (pattern is _TITLED_DASH or pattern is _TITLED_ACRONYM or pattern is _TITLED_DOT) and not is_known_place(place):
            continue
        if pattern is _TITLED_AGENCY and (place.casefold() in transcript_labels()
                                          or not outlet_index().lookup(m.group("credit"))):
            continue
        if pattern is _DOT_DASH and not (m.group("region") or is_known_place(place)):
            continue
        rest = head[m.end():]
        if rest and not (rest[0].isupper() or rest[0] in "\"“‘'" or rest[0].isdigit()):
            continue
        groups = m.groupdict()
        # "Janin - Reuters:" names the wire a translation was made from, not the page's outlet
        credit = None if pattern is _TITLED_AGENCY else groups.get("credit") or groups.get("agency")
        month_day = year = None
        if groups.get("dmonth"):
            month_day = (MONTHS[groups["dmonth"].lower()], int(groups["dday"]))
            year = int(groups["dyear"]) if groups.get("dyear") else None
        elif groups.get("smonth"):
            month_day = (_ES_MONTHS[groups["smonth"]], int(groups["sday"]))
        elif groups.get("fmonth"):
            month_day = (MONTHS[groups["fmonth"].lower()], int(groups["fday"]))
            year = int(groups["fyear"]) if groups.get("fyear") else None
        if month_day and not 1 <= month_day[1] <= 31:
            continue
        return Dateline(place=place, credit=credit.strip() if credit else None, end=m.end(),
                        month_day=month_day, year=year)
    return _date_first(head)


def _date_first(head: str) -> Dateline | None:
    m = _DATE_FIRST.match(head)
    if m is None:
        return None
    found = find_date(m.group("date"))
    if found is None or found[1].start() or m.group("date")[found[1].end():].strip(" ,"):
        return None                    # only a full date may stand before the bracketed place
    rest = head[m.end():]
    if rest and not (rest[0].isupper() or rest[0] in "\"“‘'"):
        return None
    date = found[0]
    return Dateline(place=m.group("place").strip(" ."), credit=None, end=m.end(),
                    month_day=(date.month, date.day), year=date.year)


PLACE_DATE_MAX = 90
# what stands before the date of a "Place, 9 April 2025" line (a press release, a statement):
# a place, maybe its region, a comma, maybe "on"/"le"/a weekday
# or a bullet and a clock time, the stamp of Ukrainian and Russian English-language sites:
# "Kyiv • 14:32, 12 March 2024"
_PLACE_BEFORE = re.compile(rf"(?P<place>{_WORD}(?:\s+(?:{_LINK}){_WORD}){{0,3}})(?P<region>{_REGION})?"
                           r"(?:\s*,\s*|\s*[•·]\s*(?:\d{1,2}[:.]\d{2}\s*,?\s*)?)"
                           r"(?:(?:on|le|the)\s+)?(?:[A-Z][a-z]+day,?\s+)?")


# the time of day a stamp may add after its date: "22:58 IST", ", 5:49 p.m."
_CLOCK_TAIL = re.compile(r"\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?\s*\.?")
_CAPS_BEFORE = re.compile(rf"(?P<place>{_CAPS_PLACE})\s+")


# the places after a date that opens its line: "October 30 - 2024 WAD MADANI / NEW HALFA"
_PLACES_AFTER = re.compile(rf"\s*(?P<place>{_CAPS_PLACE})(?:\s*/\s*{_CAPS_PLACE})*\s*")


def _date_then_place(line: str, date: dt.date, end: int) -> tuple[str, dt.date] | None:
    """(place, date) of a line that is a full date and then upper-case places; the first place
    is the dateline. Four letters at least: "3 May 2025 GMT" ends in a time zone, not a place."""
    m = _PLACES_AFTER.fullmatch(line, end)
    if m is None:
        return None
    place = m.group("place").strip(" .")
    if not place.isupper() or sum(c.isalpha() for c in place) < 4:
        return None
    return place, date


def place_date(line: str) -> tuple[str, dt.date] | None:
    """(place, date) of a line that is only a place and a full date: "Port-au-Prince, 9 April
    2025", "GOMA, March 3, 2025". A title-case place must be a known one ("Ministry of Defence,
    9 April 2025" is a stamp, not a dateline)."""
    if len(line) > PLACE_DATE_MAX:
        return None
    found = find_date(line)
    if not found:
        return None
    date, m = found
    if not m.start():
        return _date_then_place(line, date, m.end())
    tail = line[m.end():]
    if tail.strip(" .") and not _CLOCK_TAIL.fullmatch(tail):
        return None
    if "|" in line[:m.start()]:
        return _piped_place(line[:m.start()], date)
    if "," not in line[:m.start()]:
        # "COLOMBO May 09, 2022 22:58 IST": an upper-case place needs no comma before its date
        caps = _CAPS_BEFORE.fullmatch(line[:m.start()])
        if caps is None or sum(c.isalpha() for c in caps.group("place")) < 4 or not _caps_place(caps.group("place")):
            return None
        return caps.group("place").strip(" ."), date
    before = _PLACE_BEFORE.fullmatch(line[:m.start()])
    if not before:
        return None
    place = before.group("place")
    if not (place.isupper() and sum(c.isalpha() for c in place) >= 3) and not is_known_place(place):
        return None
    return place, date


def _caps_place(place: str) -> bool:
    """An upper-case place before a date with no comma: a known place, or words none of which is
    an everyday English word ("UPDATED May 9", "WORLD NEWS May 9" are a stamp and a label)."""
    place = place.strip(" .")
    return is_known_place(place) or is_known_place(place.title()) or not _has_everyday_word(place)


def _has_everyday_word(words: str) -> bool:
    """Whether one of the words is an everyday English word (a label's: "Politics", "News")."""
    from sitrep.clean.lexicon import Lexicon     # loaded by the glue repair anyway

    zipf = Lexicon.default().zipf_of
    return any(zipf.get(w.casefold(), 0.0) >= _COMMON_WORD_Z for w in words.split())


# "Wana | December 22, 2024" under a local site's byline: the place, a pipe, the full date
_PIPED_PLACE = re.compile(rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})\s*\|\s*")
_COMMON_WORD_Z = 4.0        # zipf of an everyday English word: a section label ("Politics | ...")


def _piped_place(head: str, date: dt.date) -> tuple[str, dt.date] | None:
    """(place, date) of "Place | date": a known place, or capitalised words none of which is an
    everyday English word, since a section label ("Opinion | 3 May 2025") stands in that place too
    and a small town ("Wana", "Mopti") is often missing from the gazetteer."""
    m = _PIPED_PLACE.fullmatch(head)
    if m is None:
        return None
    place = m.group("place")
    if is_known_place(place):
        return place, date
    if place.isupper() or _has_everyday_word(place):
        return None
    # "Amina Diallo | 3 May 2025" is a pipe byline: a person's name is no unknown place
    return None if names_in(place) else (place, date)
