"""Authors from bylines ("By A and B") and wire credit lines ("(Reporting by A; Writing by B)")."""
from __future__ import annotations

import re

from functools import lru_cache

from sitrep.metadata.bio_bylines import BIO_BYLINE_MAX, bio_byline
from sitrep.metadata.name_case import name_case
from sitrep.metadata.outlet import from_newsroom_line, looks_like_outlet, outlet_index

# a personal name: 2-5 capitalised words, name particles allowed between them
_PART = r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|de|da|di|du|van|von|der|den|la|le|dos|das|del)-?[A-Z]?[\w'’-]*)"
_NAME = re.compile(rf"[A-Z][\w'’.-]*(?:\s+{_PART}){{1,4}}")
# "with" joins a wire's second reporter: "By Nadia KARAM with Paul ROUX in Tbilisi"
_SPLIT = re.compile(r"\s*(?:,\s*(?:and|with)\s+|,\s*|\s+and\s+|\s+with\s+|\s*[&;]\s*)\s*")
# a desk credit beside a reporter: "By Jane Doe and TNA Staff", "A, B and agencies" names no one more
_DESK_PART = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){0,3}(?:staff(?:\s+(?:writers?|reporters?))?|agencies|wires)", re.I)
_BYLINE = re.compile(
    r"(?:by|written by|reported by|words by|text by|(?:published|posted|story|article) by|author|authors|reporter|reporters|par|por)"
    r"\s*[:\-]?\s+(?P<rest>.+?)\s*", re.I)
# what may follow the names: "| Karst Daily", ", Reuters", " - Staff correspondent"
_TAIL = re.compile(r"\s*(?:[|,–—·•]|\s-)\s*[^|,–—·•]{2,60}$")
_CREDIT = re.compile(r"\(\s*(?P<body>(?:[\w ]*?(?:reporting|writing|written|editing|edited|compiled|"
                     r"reported|additional reporting|production|graphics)\s+by\b).*)\)\.?", re.I)
# the same credits without brackets, at the end of a story: "— Additional reporting by A in X"
_BARE_CREDIT = re.compile(r"[-–—]*\s*(?P<body>(?:additional\s+)?(?:reporting|writing|written|editing|edited|"
                          r"compiled|reported)\s+by\s+[^()]+?)\.?", re.I)
_ROLE = re.compile(r"(?P<role>[\w ]*?)\s*\bby\s+(?P<names>.+)", re.I)
_PLACE_TAIL = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w .'’-]*$")
# words that make "By ..." a sentence or a credit to an organisation, not a person's byline
_NOT_NAME = re.compile(r"\b(?:the|staff|team|desk|agencies|agency|correspondent|editor|editors|"
                       r"news|newsroom|bureau|reporter|reporters|writer|analyst|researcher|contributing|contributors|wire|service|services|forces|army|ministry|"
                       r"council|front|party|cross|crescent|committee|brigades?|movement|government|"
                       r"institute|centre|center|press|office|command|university|update|live)\b", re.I)
_AND = re.compile(r"\bAND\b")
_HANDLE = re.compile(r"\s+@\w{2,30}\s*$")
# a staff role after a name: "Anahit Grigoryan, political correspondent", "Pierre Martin, Sahel
# editor"; the visual roles credit pictures, not the text
_WRITING_ROLES = (r"(?:correspondents?|reporters?|editors?|writers?|journalists?|columnists?|contributors?|bureau chief|"
                  # a think tank's author line: "Jane Doe, Senior Researcher, Horn of Africa, ISS Nairobi"
                  r"researchers?|analysts?|consultants?|(?:research )?fellows?|research associates?)")
# after the role, the desk and the institute: up to three capitalised segments
# (an office's name may hold "for", "the": "ISS Office for West Africa, the Sahel and the Lake Chad Basin")
_ROLE_TAIL = r"(?:,\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'’&.-]*){0,5}){0,3}"
_VISUAL_ROLES = r"(?:photographers?|photojournalists?|photo editor|camera(?:man|woman| operator)|videographers?|video journalists?|illustrators?|graphics)"
_ROLE_PHRASE = rf"(?:(?:the|our|senior|chief|staff|special|political|foreign|defen[cs]e|security|military|diplomatic|regional|local|[A-Z][\w'’-]*)\s+){{0,3}}"
_ROLE_LINE = re.compile(rf"(?P<name>[A-Z][\w'’.-]*(?:\s+{_PART}){{1,4}})\s*(?:,|\||\s[-–—])\s*(?i:{_ROLE_PHRASE})"
                        rf"(?P<role>(?i:{_WRITING_ROLES}|{_VISUAL_ROLES})){_ROLE_TAIL}\.?")
_VISUAL = re.compile(_VISUAL_ROLES, re.I)
# the same role after a name inside a byline: "By A, Ouagadougou correspondent, and B, Sahel editor"
_INNER_ROLE = re.compile(rf",\s*(?i:{_ROLE_PHRASE}){_WRITING_ROLES}\b(?=\s*(?:,|$|\s+and\b))", re.I)
BYLINE_MAX = 160        # longer lines are never bylines
_ROLES_THAT_AUTHOR = ("reporting", "reported", "writing", "written", "compiled")


# "ByRahul Singh": the byline's label glued to the name by a scraper
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
# "Geraint Llewellyn For Mailonline": the outlet the reporter writes for, after the name
_FOR_OUTLET = re.compile(r"\s+(?:[Ff]or|FOR)\s+(?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}$")


def names_in(text: str) -> list[str]:
    """Personal names in a list such as "A, B and C"; [] when any item is not a name."""
    names = []
    desk = False
    # a social handle after the name ("Jane Doe @janedoe") is a link, not part of the name
    text = _HANDLE.sub("", text) if "@" in text else text
    for n, part in enumerate(_SPLIT.split(text.strip().rstrip("."))):
        part = _PLACE_TAIL.sub("", _GLUED_BY.sub("", part.strip()))
        if " For " in part or " for " in part or " FOR " in part:
            part = _FOR_OUTLET.sub("", part)      # "Jane Doe For Mailonline": her outlet
        if not part:
            continue
        if _DESK_PART.fullmatch(part):
            desk = True
            continue
        if not _NAME.fullmatch(part) or _NOT_NAME.search(part) or _outlet_part(part, tail=n > 0):
            return []              # "Nile Courier", "Kyiv Independent Daily": an outlet
        if _ui_words_only(part):
            return []              # "Tweet Share Email Print": a share bar under the byline
        words = part.split()
        if all(len(w) == 1 for w in words):
            return []              # "A A A": a font-size widget, not initials of a name
        if len(words) >= 3 and words[-1].casefold() in _org_heads():
            return []              # "Sahel Humanitarian Safety Network": an organisation
        names.append(name_case(part))
    # a desk alone ("By Staff", "By TNA Staff") credits no person and is no list of names
    return names if names or not desk else []


def _outlet_part(part: str, tail: bool = False) -> bool:
    """Whether a part of a byline names an outlet: "Nile Courier", and a hyphened head word
    ("Cherry Hill Courier-Post"), or, after a name (``tail``), a weak one without a given name
    before it ("Bleacher Report" after "Jonathan Wasserman,": the byline's outlet)."""
    if looks_like_outlet(part):
        return True
    words = part.split()
    if len(words) >= 2 and "-" in words[-1] and looks_like_outlet(" ".join(words[:-1] + words[-1].split("-"))):
        return True
    from sitrep.metadata.outlet import _head_words
    strong, weak, _ = _head_words()
    if tail and len(words) >= 2 and words[-1].casefold() in weak:
        from sitrep.metadata.split_bylines import _given_names
        return words[0].casefold() not in _given_names()
    return False


@lru_cache(maxsize=1)
def _ui_word() -> re.Pattern[str]:
    # the page-interface words the cleaner drops as lines of their own ("Share", "Tweet")
    from sitrep import knowledge
    words = [e["pattern"] for e in knowledge.load("chrome.json") if e.get("reason") == "ui word"]
    return re.compile("|".join(f"(?:{w})" for w in words) or r"(?!)", re.I)


def _ui_words_only(part: str) -> bool:
    ui = _ui_word()
    return all(ui.fullmatch(w) for w in part.split())


# a name with its outlet in brackets: "Ardi Wicaksono (The Nusantara Post)"
_NAME_OUTLET = re.compile(r"(?P<names>[^()]{4,80}?)\s*\((?P<outlet>[^()]{2,60})\)")


def bracketed_outlet_byline(line: str) -> tuple[list[str], str] | None:
    """(names, outlet) of a byline that names the reporter and, in brackets, the outlet ("Ardi
    Wicaksono (The Nusantara Post)", "By Jane Doe (Reuters)"); None otherwise. Only a bracket that
    names a publication counts: "Port Moresby (PNG)" or "Jane Doe (Photo)" is no byline."""
    if len(line) > BYLINE_MAX or "(" not in line:
        return None
    m = _NAME_OUTLET.fullmatch(line.strip())
    if not m:
        return None
    outlet = m.group("outlet").strip()
    known = outlet_index().lookup(outlet)
    if not known and not looks_like_outlet(outlet):
        return None
    head = m.group("names")
    from sitrep.metadata.places import is_known_place
    if is_known_place(head.strip()):
        return None            # "Port Moresby (Pacific Wire)": a dateline's place and credit
    names = byline_authors(head) or ([] if _BYLINE.fullmatch(head) else names_in(head))
    return (names, known or outlet) if names else None


def byline_authors(line: str) -> list[str] | None:
    """Names of a byline line ("By Ahmed Rasheed and Timour Azhari", "By Jane Doe | Reuters"),
    or None when the line is not a byline."""
    if len(line) > BYLINE_MAX:
        return bio_byline(line) if len(line) <= BIO_BYLINE_MAX else None
    m = _BYLINE.fullmatch(line.strip())
    if not m:
        return None
    rest = m.group("rest")
    if rest[:1] in "RrWwDdNnEe" and from_newsroom_line(rest):
        return None                         # "Written by: Redacción El Deber": the desk, no person
    if rest.isupper():                      # "BY MARA VELKOVA": shouted, still a byline
        rest = _AND.sub("and", rest)       # "AND" links the names, it is not one
    names = names_in(rest)
    if not names and "," in rest:
        m = _ROLE_THEN_TAIL.search(rest)
        names = (names_in(rest[:m.start()]) if m else []) or names_in(_INNER_ROLE.sub("", rest))
    if not names and "|" in rest:
        names = _piped_names(rest)
    if not names:
        head = _TAIL.sub("", rest)
        names = names_in(head) if head != rest else []
    if not names and " " in rest:
        names = _before_outlet(rest)
    if not names:
        names = _trimmed_names(rest)
    if not names and "," in rest:
        names = bio_byline(line) or []
    if not names and (m := _ROLE_FIRST.match(rest)):
        names = names_in(rest[m.end():]) or _trimmed_names(rest[m.end():])
    if not names and (m := _FILED_FROM.search(rest)) and not _outlet_part(m.group().strip(" ()")):
        names = names_in(rest[:m.start()])      # "By A (N'Djamena, special correspondent)", not "(Reuters)"
    return names or None


# where the reporter filed from and as what, in brackets after the names: "(Kyiv, special
# correspondent)", "(in Goma)", "(Sahel correspondent)"
_FILED_FROM = re.compile(rf"\s*\((?:in\s+)?[A-Z][^()]{{0,60}}?(?:,\s*(?:[\w'’-]+\s+){{0,3}}{_WRITING_ROLES}|\s+{_WRITING_ROLES})?\)$"
                         rf"|\s*\(in\s+[A-Z][^()]{{1,40}}\)$")


def _piped_names(rest: str) -> list[str]:
    """Reporters set apart by bars, as some sites print them ("Klaus Dahlmann | Aline Kossou").
    A bar before an outlet ("Jane Doe | Reuters") or a role is left to the tail rules."""
    from sitrep.metadata.split_bylines import person_like   # lazy: it imports this module

    parts = [p.strip() for p in rest.split("|")]
    if not 2 <= len(parts) <= 4:
        return []
    index = outlet_index()
    for part in parts:
        if names_in(part) != [part] or index.lookup(part) or looks_like_outlet(part) or not person_like(part):
            return []
    return parts


# the staff role written before the names, as some broadcasters print it: "By Pacific affairs
# reporter A and B in X", "By political editor A"; the desk words stay few and lower-case but for
# a region's or desk's name ("Middle East correspondent")
_ROLE_FIRST = re.compile(rf"(?:(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)\s+){{0,3}}?{_WRITING_ROLES}\s+(?=[A-Z][a-z])")
# "A, Senior Reporter, Daily Trust": the role, then the desk or outlet it works for
_ROLE_THEN_TAIL = re.compile(rf",\s*(?i:{_ROLE_PHRASE}){_WRITING_ROLES}\s*,\s*(?!and\b)[^,]{{2,60}}$", re.I)
# "A and B in Goma and Bunia": the places the reporters filed from, a list of their own
_PLACES_TAIL = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                          r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*$")
# "A with AFP", "A and agencies": a wire credited beside the reporter
# "A with AFP, Reuters": several wires, each a known outlet
_WIRE = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
_WITH_WIRE = re.compile(rf"(?:\s*,)?\s+(?:with|and)\s+(?:the\s+)?(?P<wire>{_WIRE}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_WIRE})*)$")
_WIRE_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")


def _trimmed_names(rest: str) -> list[str]:
    """The names of a byline once what follows them is cut: a role and its outlet ("Jane Doe,
    Senior Reporter, Daily Trust"), the places filed from ("in Goma and Bunia"), a wire credited
    beside them ("with AFP")."""
    if (m := _ROLE_THEN_TAIL.search(rest)) and (names := names_in(rest[:m.start()])):
        return names
    if (m := _PLACES_TAIL.search(rest)) and m.start() and (names := names_in(rest[:m.start()])):
        return names
    if (m := _WITH_WIRE.search(rest)) and all(outlet_index().lookup(w) for w in _WIRE_SPLIT.split(m.group("wire"))) \
            and (names := names_in(rest[:m.start()])):
        return names
    return []


def _before_outlet(rest: str) -> list[str]:
    """The names before a known outlet that follows them with no separator: "John Roe The
    Associated Press", "Jane Doe Fox News"."""
    words = rest.split()
    index = outlet_index()
    for n in range(min(4, len(words) - 2), 0, -1):
        if index.lookup(" ".join(words[-n:])):
            return names_in(" ".join(words[:-n]))
    return []


def role_byline(line: str) -> list[str] | None:
    """A line that is a name and a staff role: the name for a writing role ("Anahit Grigoryan,
    political correspondent" -> ["Anahit Grigoryan"]), [] for a visual one ("Davit Sargsyan,
    photographer": a credit, no author); None when the line is not one."""
    if len(line) > BYLINE_MAX:
        return None
    m = _ROLE_LINE.fullmatch(line.strip())
    if not m:
        return _role_pair(line.strip())
    names = names_in(m.group("name"))
    if not names:
        return None
    return [] if _VISUAL.fullmatch(m.group("role")) else names


# two staff with their roles: "Ama Mensah, Researcher, and Kofi Boateng, Senior Analyst, ISS Accra"
_ROLE_HEAD = re.compile(rf"(?P<name>[A-Z][\w'’.-]*(?:\s+{_PART}){{1,4}})\s*,\s*(?i:{_ROLE_PHRASE})"
                        rf"(?P<role>(?i:{_WRITING_ROLES}|{_VISUAL_ROLES})),?\s+and\s+(?P<rest>.+)")


def _role_pair(line: str) -> list[str] | None:
    m = _ROLE_HEAD.match(line) if " and " in line else None
    if not m:
        return None
    rest = _ROLE_LINE.fullmatch(m.group("rest"))
    first = names_in(m.group("name"))
    if not rest or not first or not (second := names_in(rest.group("name"))):
        return None
    return [n for n, role in ((first, m.group("role")), (second, rest.group("role")))
            if not _VISUAL.fullmatch(role) for n in n]


_ORG_BYLINE = re.compile(r"(?:[Bb]y|BY)\s+(?:[Tt]he\s+|THE\s+)?(?P<org>[A-Z][\w'’&.-]*"
                         r"(?:\s+(?:of|for|and|on|the|&|de|du|[A-Z][\w'’&.-]*)){1,7})\s*\.?")


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    from sitrep import knowledge
    return frozenset(w.casefold() for w in knowledge.wordlist("byline_orgs.txt"))


_ORG_LINE = re.compile(r"(?:[Tt]he\s+|THE\s+)?(?P<org>[A-Z][\w'’&.-]*"
                       r"(?:\s+(?:of|for|and|on|the|&|de|du|[A-Z][\w'’&.-]*)){1,7})\s*\.?")


def byline_organisation(line: str, bare: bool = False) -> str | None:
    """The organisation a byline credits instead of a person: "By the Cabo Delgado Relief
    Network" -> "Cabo Delgado Relief Network" (a humanitarian or research group publishing its
    own notes; also "By the Sahel Tribune", an outlet). None for a person's byline or prose."""
    if len(line) > BYLINE_MAX:
        return None
    m = (_ORG_LINE if bare else _ORG_BYLINE).fullmatch(line.strip())
    if not m:
        return None
    org = m.group("org")
    if org.isupper():
        org = " ".join(w.lower() if w in ("OF", "AND", "FOR", "ON", "THE") else w.capitalize()
                       for w in org.split())
    words = org.split()
    heads = _org_heads()
    # the head word ends the name, or stands before its complement: "Office for the
    # Coordination of Humanitarian Affairs"
    link = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    if words[-1].casefold() in heads or words[link - 1].casefold() in heads or \
            looks_like_outlet(org) or outlet_index().lookup(org):
        return org
    return None


def field_authors(value: str) -> list[str] | None:
    """Names of an author field given as one string ("A; B", "A and B", "By A and B, Reuters"):
    the byline rules without needing the "By"; None when it names no person."""
    value = value.strip()
    if len(value) > BYLINE_MAX:
        return None
    if not _BYLINE.fullmatch(value):
        value = "By " + value
    return byline_authors(value)


def byline_tail(line: str) -> str | None:
    """What follows the names of a byline: "By Jane Doe, Kyiv Independent Daily" -> "Kyiv
    Independent Daily" (an outlet or a desk; the caller decides)."""
    m = _BYLINE.fullmatch(line.strip()) if len(line) <= BYLINE_MAX else None
    if not m:
        return None
    rest = m.group("rest")
    tail = _TAIL.search(rest)
    if not tail or not names_in(rest[:tail.start()]):
        return None
    return tail.group().strip().lstrip("|,–—-").strip() or None


_CONTRIBUTED = re.compile(r"(?:[\w ]{0,40}?(?:writers?|correspondents?|reporters?)\s+)?(?P<names>.+?)"
                          r"(?:\s+in\s+[A-Z][\w .,'’-]*)?\s+contributed(?: reporting)?(?: to this (?:report|story))?\.?")


# "Jane Doe reported from Kyiv; John Roe from Lviv. Editing by Ann Dole.": reporters by place
_FROM_PLACE = re.compile(r"(?P<names>.+?)\s+(?:reported\s+)?(?:from|in)\s+[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}")
_CREDIT_PIECES = re.compile(r"\s*(?:;|\.\s+|\.$)\s*")


def _reported_from(line: str) -> list[str] | None:
    """Authors of a credit line that names reporters by place, None when any piece of the line is
    neither such a credit nor an "Editing by ..." one."""
    if len(line) > 240 or " reported from " not in line:
        return None
    authors: list[str] = []
    for piece in filter(None, _CREDIT_PIECES.split(line.strip())):
        m = _FROM_PLACE.fullmatch(piece)
        if m and (names := names_in(m.group("names"))):
            authors += [n for n in names if n not in authors]
            continue
        r = _ROLE.fullmatch(piece)
        if not (r and names_in(r.group("names"))):
            return None
        authors += [n for n in _credited_authors(piece) if n not in authors]
    return authors or None


def credit_authors(line: str) -> list[str] | None:
    """Authors of a wire credit line: reporters and writers, not editors. None when the line
    is not a credit line."""
    stripped = line.strip()
    body = credit_body(stripped)
    if body is not None:
        return _credited_authors(body)
    if " reported from " in stripped:
        return _reported_from(stripped)
    if "contributed" in stripped:
        c = _CONTRIBUTED.fullmatch(stripped)
        if c and len(line) < 200:
            names = names_in(re.sub(r"^(?:[A-Z][\w]*\s+)*?(?:writers?|correspondents?|reporters?)\s+", "",
                                    c.group("names")))
            return names or None
    return None


def credit_body(line: str) -> str | None:
    """The "Reporting by A; Editing by B" of a credit line, bracketed or (starting with a dash or
    the role itself) bare; None when the line is not one. A bare line must name people only, so
    that prose ("Reporting by the BBC found ...") is not taken for it."""
    # _CREDIT opens with "(", _BARE_CREDIT with a dash or a role word: most lines fail at once
    head = line[:1]
    if head == "(":
        m = _CREDIT.fullmatch(line)
        return m.group("body") if m else None
    if head and (head in "-–—" or head in "ARWEC" and line[:10].lower().startswith(_BARE_HEADS)):
        m = _BARE_CREDIT.fullmatch(line)
        if m and len(line) < 240:
            body = m.group("body")
            if all(names_in(r.group("names")) for seg in body.split(";") if (r := _ROLE.fullmatch(seg.strip()))):
                return body
    return None


_BARE_HEADS = ("additional", "reporting", "writing", "written", "editing", "edited", "compiled", "reported")


def _credited_authors(body: str) -> list[str]:
    authors: list[str] = []
    for segment in re.split(r"\s*;\s*", body):
        r = _ROLE.fullmatch(segment.strip())
        if not r:
            continue
        role = r.group("role").strip().lower()
        if any(role.removeprefix("additional").strip().startswith(k) for k in _ROLES_THAT_AUTHOR):
            for name in names_in(r.group("names")):
                if name not in authors:
                    authors.append(name)
    return authors
