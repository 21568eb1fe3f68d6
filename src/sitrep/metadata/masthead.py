"""The publisher a page names for itself: its copyright footer ("© 2025 Gulf Maritime Wire. All
rights reserved.", "Centrafrique Observer © 2025") and its masthead (the site's name alone as the
first line, or right after "Skip to main content").

Both are the page's own words about who publishes it, so they outrank weak evidence (a photo
credit, "told X"), and the masthead's spelling outranks a dateline's shouted credit
("Timika (ARCHIPELAGO DAILY) -" on a page whose masthead reads "Archipelago Daily").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep.clean.lines import BLANK, CHROME, TITLE, Line
from sitrep.metadata.outlet import _head_words, looks_like_outlet, outlet_index

_COPY = r"(?i:copyright\s*(?:©|\(c\))?|©|\(c\))"
_YEARS = r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)"
# a publication's name: capitalised words, a few linking words, a short number ("Kurdistan 24"),
# never a year
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w'’&-]*|\d{1,3}\b)"     # "Últimas Noticias", "Últimas Noticias"
_NAME = rf"(?P<name>(?:The\s+|THE\s+)?{_WORD}(?:\s+(?:of|the|and|&|de|du|des|la|le|{_WORD})){{0,5}})"
# (or the company's affiliates: "Guardian News & Media Limited or its affiliated companies")
_FOOTER_AFTER = (r"(?=\s*(?:[.,;|\-–—]|$|(?i:all rights|tous droits|todos los derechos)"
                 r"|(?i:(?:or|and)\s+its\s+(?:affiliated\s+companies|affiliates|subsidiaries|licensors))))")
# "© 2025 Copyright France 24 - All rights reserved": the word after the year is no part of the name
_COPY_FIRST = re.compile(rf"{_COPY}\s*(?:{_YEARS}\s*,?\s*)?(?:(?i:by|copyright)\s+)?{_NAME}\s*,?\s*(?:{_YEARS})?{_FOOTER_AFTER}")
# "Sahel Courier © 2025", "Arab News | © 2024 All rights reserved"
_NAME_FIRST = re.compile(rf"(?<![\w'’&-]){_NAME}\s*(?:[|•·]\s*)?{_COPY}\s*(?:{_YEARS})?{_FOOTER_AFTER}")
_RESERVED_TO = re.compile(rf"(?i:all\s+rights\s+(?:are\s+)?reserved\s+(?:to|by|for)\s+(?:the\s+)?){_NAME}"
                          rf"\s*,?\s*(?:{_YEARS})?\s*\.?")
_NOT_NAME = re.compile(r"(?:all\s+rights?\b|tous\s+droits|todos\s+los|photo|image|getty|afp|reuters/)", re.I)
# a company's legal suffix: a footer naming the owner, not the publication
_CORPORATE = re.compile(r"\b(?:limited|ltd|inc|llc|plc|pte|corp(?:oration)?|holdings|gmbh|company|co)\.?$", re.I)
COPYRIGHT_MAX = 200
MASTHEAD_LINE_MAX = 60
# what may follow a masthead's name on its line: " | Indonesia | Papua", " - English edition"
_MASTHEAD_TAIL = re.compile(r"\s+(?:[|•·]|[-–—])\s+.*$")
_SKIP_REASONS = frozenset(("photo caption", "photo credit"))
# a site's name written as its address: "SWI swissinfo.ch", "rfi.fr", "news.com.au"
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:[a-z]{2}|com|org|net|info|news)")


_COPYRIGHT_WORD = re.compile(r"\s*[-–—|·•,]?\s*(?:copyright|\(c\))\s*$", re.I)


def copyright_outlet(line: str) -> str | None:
    """The owner a copyright line names: "© 2025 Kivu Morning Post. All rights reserved." ->
    "Kivu Morning Post"; "Sahel Courier © 2025" -> "Sahel Courier"; None for a line without one."""
    if len(line) > COPYRIGHT_MAX:
        return None
    lowered = line.casefold()
    if "©" not in line and "(c)" not in lowered and "copyright" not in lowered:
        return None
    m = _COPY_FIRST.search(line)
    if m is None or not m.group("name").strip() or m.group("name").strip().isdigit():
        m = _NAME_FIRST.search(line)
    if m is None:
        return None
    name = m.group("name").strip().rstrip(".")
    # "Africanews Copyright © 2024": the word before the sign is no part of the name
    name = _COPYRIGHT_WORD.sub("", name).strip()
    if not name or name.isdigit() or _NOT_NAME.match(name) or "/" in line[m.end("name"):m.end("name") + 2]:
        return None
    return name


def reserved_outlet(line: str) -> str | None:
    """The owner a footer names without a copyright sign: "All rights reserved to Levant Wire
    2025" -> "Levant Wire"."""
    if len(line) > COPYRIGHT_MAX or "reserved" not in line.casefold():
        return None
    m = _RESERVED_TO.fullmatch(line.strip())
    return m.group("name").strip() if m and not _NOT_NAME.match(m.group("name")) else None


def _titled_footer(line: str, key: str) -> bool:
    """Whether a copyright line opens with the masthead's title before a bar or dash."""
    head = re.split(r"\s+[|–—-]\s+|\s*\|\s*", line.strip(), maxsplit=1)[0]
    return _key(head) == key and "©" not in head and "opyright" not in head


def _key(name: str) -> str:
    words = name.casefold().split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def _initials(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name``'s capitalised words ("TNN", "Tribal News Network")."""
    letters = "".join(w[0] for w in name.split() if w[0].isupper())
    return short.isupper() and 2 <= len(short) <= 6 and " " not in short and letters == short


def _spelled(name: str) -> str:
    """A name shouted in capitals, in title case ("CENTRAFRIQUE OBSERVER" -> "Centrafrique Observer")."""
    if not name.isupper():
        return name
    # each hyphened part capitalised: "ASIA-PACIFIC WIRE" -> "Asia-Pacific Wire"
    return " ".join(w.lower() if w in ("OF", "AND", "THE", "DE", "DU") and i else "-".join(p.capitalize() for p in w.split("-"))
                    for i, w in enumerate(name.split()))


def _masthead(lines: Sequence[Line]) -> str | None:
    """The page's first line when it stands above the headline and is a short name."""
    for line in lines:
        text = line.text.strip()
        if line.label == BLANK or not text:
            continue
        if line.label == TITLE:
            return None
        if line.label == CHROME and line.reason == "ui word":
            continue                 # "Skip to main content" above the site's name
        if len(text) > MASTHEAD_LINE_MAX:
            return None
        name = _MASTHEAD_TAIL.sub("", text).strip()
        words = name.split()
        # a short number may close the name: "FRANCE 24", "Kurdistan 24"
        if not 1 <= len(words) <= 6 or not (words[0][0].isupper() or len(words) == 1 and _DOMAIN.fullmatch(words[0])) \
                or not all(w[0].isupper() or w.casefold() in ("of", "the", "and", "&", "de", "du")
                           or (w.isdigit() and len(w) <= 3) or _DOMAIN.fullmatch(w) for w in words):
            return None
        return name
    return None


# what a masthead may add to an outlet's name: "WAFA Agency", "LIBYA24 English", "Xinhua Online"
_MASTHEAD_ADDS = frozenset("agency news online english arabic french digital network website".split())


def _known_stem(name: str) -> str | None:
    """The known outlet a masthead names with a generic word added ("WAFA Agency" -> "WAFA")."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in _MASTHEAD_ADDS:
        return None
    return outlet_index().lookup(" ".join(words[:-1]))


def _logo_led(name: str) -> str | None:
    """The known outlet a masthead names after its logo's initials, in any language ("AA Anadolu
    Ajansı", "MEE Middle East Eye"): the initials must spell the name that follows."""
    short, _, rest = name.partition(" ")
    if not rest or not short.isupper() or not _initials(short, rest):
        return None
    return outlet_index().lookup(rest)


def _weak_headed(name: str) -> bool:
    """A masthead ending in a head word that alone is no proof ("Pacific Report"): at the top
    of the page it names the site."""
    words = name.split()
    if len(words) < 2:
        return False
    _, weak, _ = _head_words()
    return words[-1].casefold() in weak


def _section(name: str) -> bool:
    # "Latest News", "Situation Report": a section's or a document type's label, no site name
    sections = _section_words()
    return all(w.casefold() in sections for w in name.split()[:-1])


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    from sitrep import knowledge
    return frozenset(w.casefold() for w in knowledge.wordlist("section_words.txt"))


def page_outlet(lines: Sequence[Line], credit: str | None = None) -> str | None:
    """The publisher the page names for itself (copyright footer, masthead), spelled as the
    masthead spells it unless the masthead shouts; ``credit`` (a dateline's bracketed credit) also
    confirms a masthead. None when the page names itself nowhere."""
    owner = reserved = owner_line = None
    for line in lines:
        if line.label != BLANK and line.reason not in _SKIP_REASONS and (name := copyright_outlet(line.text)):
            owner, owner_line = name, line.text      # the last one: the page's footer
        elif line.label == CHROME and line.reason == "copyright" and (name := reserved_outlet(line.text)):
            reserved = name
    head = _masthead(lines)
    if owner is None and reserved is not None:
        # a footer without the sign is weaker: it confirms a masthead, or stands in for none
        if head is None:
            return _spelled(reserved)
        if _key(head) == _key(reserved):
            owner = reserved
    if head is not None:
        key = _key(head)
        if owner and _key(owner).startswith(key + " ") and key not in _section_words() and (
                len(head.split()) == 1 or not _section(_spelled(head))):
            # "Nation" over "© Nation Media Group", "Premium Times" over "© Premium Times
            # Services Limited": the footer names the company after its title, the masthead
            # the title (the short brand) itself
            return _spelled(head) if not head.isupper() or not outlet_index().lookup(head) else outlet_index().lookup(head)
        if (owner and _key(owner) == key) or (credit and _key(credit) == key):
            return owner if head.isupper() and owner and not owner.isupper() else _spelled(head)
        known = outlet_index().lookup(head) or _known_stem(head) or _logo_led(head) or _full_name(lines, key)
        spelled = _spelled(head)
        if owner and _titled_footer(owner_line, key) and (known or looks_like_outlet(spelled)) and not _section(spelled):
            # "Buenos Aires Times | Copyright 2024 Perfil.com": the footer names the title, then
            # the company that owns it; the masthead's title is the outlet
            return known or spelled
        if owner and not known and 2 <= len(head.split()) <= 3 and _initials(head.split()[0], owner):
            # "SBS News" over "© Special Broadcasting Service": the brand the owner's initials
            # lead is the outlet, as the masthead spells it
            return spelled
        if owner is None and (known or (looks_like_outlet(spelled) or _weak_headed(spelled)) and not _section(spelled)):
            return known or _spelled(head)
        # "© 2025 Harbour Media Holdings Ltd" under a "Coastal Herald" masthead: the footer names
        # the company that owns the title, the masthead the outlet itself
        if owner and _CORPORATE.search(owner) and (known or looks_like_outlet(spelled)) and not _section(spelled):
            return known or spelled
        # "© France Médias Monde" under a "FRANCE 24" masthead, "© Nile Media Group" under "Nile
        # FM": a footer naming an owner the index does not know, under a masthead it knows as an
        # outlet, names the group that owns the title; the masthead is the outlet
        # "DW" over "© Deutsche Welle": the index knows both as one outlet, by its own name
        if owner and known and (outlet_index().lookup(owner) == known
                                or outlet_index().lookup(owner) is None and not _initials(head, owner)):
            return known
        # "TNN" over "© Tribal News Network": the masthead is the owner's own initials, whatever
        # other outlet the index knows by them
        if owner and known and _initials(head, owner):
            return _spelled(owner)
    return _owner_outlet(owner) if owner else None


# the words a company adds to its title: "Toronto Star Newspapers Ltd", "The Daily Beast Company LLC"
_COMPANY_TAIL = re.compile(r"(?:[\s,&]+(?:and\s+)?(?:limited|ltd|inc|llc|plc|pty|pte|corp(?:oration)?|holdings|gmbh|"
                           r"company|co|group|media|newspapers?|publishing|publications|communications|network|"
                           r"enterprises|s\.?a|ag)\.?)+$", re.I)


_TITLE_TAIL = re.compile(r"(?:[\s,]+(?:limited|ltd|inc|llc|plc|pty|pte|corp(?:oration)?|gmbh|company|co|newspapers?|s\.?a|ag)\.?)+$",
                         re.I)


def _owner_outlet(owner: str) -> str:
    """The footer's owner as the outlet when no masthead names one: its title without the
    company's words ("© 2023 The Financial Times Ltd" -> "Financial Times", "Toronto Star
    Newspapers Ltd" -> "Toronto Star"), a known outlet's own name where the index has it."""
    m = _COMPANY_TAIL.search(owner) if _CORPORATE.search(owner) else None
    if m and len(stem := owner[:m.start()].strip(" ,.&")) >= 3:
        if known := outlet_index().lookup(stem):
            return known
        # an unknown title keeps its "Media", "Group": they may be the brand's own words
        if (t := _TITLE_TAIL.search(owner)) and len(title := owner[:t.start()].strip(" ,.&")) >= 3:
            return _spelled(title)
    return _spelled(owner)


def _full_name(lines: Sequence[Line], key: str) -> str | None:
    """A known outlet the page names alone on a line, whose name ends or starts with the short
    brand its masthead gives ("Monitor" heading the page, "Daily Monitor" over its copyright)."""
    for line in lines:
        text = line.text.strip()
        if line.label == BLANK or not 2 <= len(text.split()) <= 5 or len(text) > MASTHEAD_LINE_MAX:
            continue
        full = _key(text)
        if (full.endswith(" " + key) or full.startswith(key + " ")) and (found := outlet_index().lookup(text)):
            return found
    return None


# "By Africanews": a byline naming one word, the outlet's own name, rather than a reporter
_OWN_BYLINE = re.compile(r"(?:[Bb]y|BY)\s+(?P<name>[A-Z][\w'’&-]{2,30})\s*\.?")
_LOGO = re.compile(r"[\w'’&-]{3,30}")
_LOGO_SCAN = 40


def logo_outlet(lines: Sequence[Line]) -> str | None:
    """A masthead set as a lower-case logo ("africanews.", "euronews"), which ``_masthead`` does
    not take for a name, when a one-word byline below repeats it ("By Africanews"): the page
    credits itself, spelled as the byline spells it."""
    top = next((line.text.strip() for line in lines if line.label != BLANK and line.text.strip()), "")
    logo = top.rstrip(".:|").strip()
    if not _LOGO.fullmatch(logo):
        return None
    for line in lines[:_LOGO_SCAN]:
        m = _OWN_BYLINE.fullmatch(line.text.strip())
        if m and m.group("name").casefold() == logo.casefold():
            return m.group("name")
    return None
