"""Which outlet published an article, from the many places a page names it.

Known outlets (``knowledge/outlets.json``) give canonical names for label forms ("TIMES OF
ISRAEL |"), credits ("(Reuters)") and domains ("SOURCE: www.reuters.com").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from sitrep import knowledge
from sitrep.nlp.find import positions


_THE = re.compile(r"^the\s+")
_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)              # outlet names and "told X" words recur on every page
def outlet_key(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    name = _THE.sub("", name.strip())
    return _NON_WORD.sub("", name)


@dataclass(slots=True)
class OutletIndex:
    by_key: dict[str, str]
    by_domain: dict[str, str]
    # keys that need their "The" ("The National"): without it they are a site's section label
    the_only: frozenset[str] = frozenset()
    wires: frozenset[str] = frozenset()     # canonical names of the news agencies' wires
    country_of: dict[str, str] = field(default_factory=dict)   # canonical name -> ISO country

    def lookup(self, name: str | None) -> str | None:
        """The canonical name of a known outlet, or None."""
        if not name:
            return None
        key = outlet_key(name)
        if key in self.the_only and not _THE.match(name.strip().casefold()):
            return None
        return self.by_key.get(key)

    def from_domain(self, url_or_domain: str | None) -> str | None:
        if not url_or_domain:
            return None
        text = url_or_domain.strip()
        host = urlparse(text if "//" in text else "//" + text).hostname or ""
        host = host.removeprefix("www.")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.partition(".")[2]
        return None


@lru_cache(maxsize=1)
def outlet_index() -> OutletIndex:
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    sections = frozenset(w.casefold() for w in knowledge.wordlist("section_words.txt"))
    bare: set[str] = set()          # keys some form gives without "The" ("Monitor", "Reuters")
    wires: set[str] = set()
    country_of: dict[str, str] = {}
    for entry in knowledge.load("outlets.json"):
        name = entry["name"]
        if entry.get("kind") == "wire":
            wires.add(name)
        if entry.get("country"):
            country_of[name] = entry["country"]
        for alias in [name, *entry.get("aliases", [])]:
            key = outlet_key(alias)
            by_key.setdefault(key, name)
            if not _THE.match(alias.strip().casefold()):
                bare.add(key)
        for domain in entry.get("domains", []):
            by_domain.setdefault(domain.lower().removeprefix("www."), name)
    # "The National" is an outlet, "National" over a headline is the section's label
    the_only = frozenset(k for k in by_key if k in sections and k not in bare)
    return OutletIndex(by_key, by_domain, the_only, frozenset(wires), country_of)


_FROM = re.compile(r"(?:^|[-–—|•·]\s*)(?:from|source)\s*:\s*(?P<name>[^|]{2,60}?)\s*$", re.I)
_LABEL = re.compile(r"(?P<name>[A-Z0-9][A-Z0-9 .&'’-]{1,60}?)\s*\|\s*")
_SOURCE_LINE = re.compile(r"(?:source|via|originally published (?:at|on|by))\s*:\s*(?P<ref>\S.*)", re.I)
_PHOTO_CREDIT = re.compile(r"\((?:[^()]*?[:/]\s*)?(?P<name>[^():/]{2,40})\)\s*\.?\s*$")
_TOLD_VERBS = ("told", "said to", "speaking to", "in an interview with", "interviewed by")
_TOLD = re.compile(r"\b(?:" + "|".join(_TOLD_VERBS) + r")\s+(?:the\s+)?"
                   r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3})")
_PREFIX = re.compile(r"(?P<name>[A-Z][\w'’ ]{1,40}?)\s*/\s+")


def from_stamp(line: str) -> str | None:
    """"2024-11-21 19:55:29 - From: Shafaq News" -> "Shafaq News"."""
    m = _FROM.search(line)
    return m.group("name").strip() if m else None


def from_label(line: str) -> str | None:
    """An aggregator's outlet label line: "TIMES OF ISRAEL |" -> "Times of Israel"."""
    m = _LABEL.fullmatch(line)
    if not m:
        return None
    name = m.group("name").strip()
    return outlet_index().lookup(name) or name.title()


# a broadcaster's language desk under the byline: "RFE/RL's Armenian and Azerbaijani services",
# "BBC Russian Service", "VOA's Kurdish Service"
_DESK = re.compile(r"(?P<name>[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*){0,4}?)(?:['’]s)?\s+"
                   r"(?P<langs>[A-Z][\w-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w-]*){0,3})\s+[Ss]ervices?\.?")
DESK_MAX = 90


def from_desk_line(line: str) -> str | None:
    """The known outlet of a language-desk line ("RFE/RL's Armenian Service" -> "Radio Free
    Europe/Radio Liberty"); None for any other line or an unknown name."""
    if len(line) > DESK_MAX or "ervice" not in line:
        return None
    m = _DESK.fullmatch(line.strip())
    return outlet_index().lookup(m.group("name")) if m else None


@lru_cache(maxsize=1)
def _newsroom() -> re.Pattern[str]:
    heads = sorted((w[1:] for w in knowledge.wordlist("outlet_words.txt") if w[0] == "@"), key=len, reverse=True)
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads) or "(?!)"
    # after a byline's label, where the site's template puts it: "Written by: Redacción El Deber"
    return re.compile(rf"(?:(?i:(?:written\s+)?by|por|par)\s*:?\s+)?(?i:{alt})\s+(?:(?i:de|del|da|do|di|of|the)\s+)?"
                      rf"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|de|del|da|do|di|of|the|la|el|le)){{0,5}}?)"
                      r"\s*(?:[/,|–—-]\s*[A-Z][\w'’ .-]{1,40})?\.?")


def from_newsroom_line(line: str) -> str | None:
    """The outlet of a newsroom's desk line, where a byline would stand: "Redacción Diario del
    Sur / Caracas" -> "Diario del Sur"; None for any other line."""
    if len(line) > DESK_MAX:
        return None
    m = _newsroom().fullmatch(line.strip())
    if not m:
        return None
    name = m.group("name").strip()
    return outlet_index().lookup(name) or name


_WITH_AGENCIES = re.compile(r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w'’&.-]*){0,4})\s+"
                            r"(?:and|with|&)\s+(?:news\s+|wire\s+)?(?:agencies|wires)\.?")


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_SOURCE_PARTS = re.compile(r"\s*/\s*|\s*,\s*|\s+and\s+")


def from_source_line(line: str, parts: bool = False) -> str | None:
    """"SOURCE: www.reuters.com" -> "Reuters" (the domain itself when the outlet is unknown);
    with ``parts``, also the known outlet among several ("Source: Thai PBS (ไทยพีบีเอส) /
    Reuters" -> "Reuters"), a weaker reading than the page's own masthead."""
    m = _SOURCE_LINE.fullmatch(line)
    if not m:
        return None
    ref = m.group("ref").strip()
    index = outlet_index()
    known = index.lookup(ref) or index.from_domain(ref)
    if known:
        return known
    if parts and ("/" in ref or "(" in ref):
        # "Source: Thai PBS (ไทยพีบีเอส) / Reuters": an aggregator's publisher and the wire it
        # carries, a name in its own script in brackets
        parts = [p.strip() for p in _SOURCE_PARTS.split(_BRACKETED.sub("", ref)) if p.strip()]
        for part in parts:
            if known := index.lookup(part):
                return known
        if parts and looks_like_outlet(parts[0]):
            return parts[0]
    own = _WITH_AGENCIES.fullmatch(ref)
    if own:
        # "Source: Levant Today and news agencies": the publisher crediting itself and the wires
        return index.lookup(own.group("name")) or own.group("name")
    host = _HOST.match(ref)
    if host:
        return host.group(1).lower()
    # "Source: Al-Wasat Portal" on an aggregator's page: the publisher named by its head word
    return ref if looks_like_outlet(ref) else None


_FIRST_PUBLISHED = re.compile(r"\b(?:published|produced|appeared)\s+(?:by|in|on)\s+(?:the\s+)?"
                              r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z0-9][\w'’&.-]*){0,5})")


def from_publisher_notice(line: str) -> str | None:
    """The outlet a republished story names as its first publisher: "This story was first
    published by Sudan Tribune." -> "Sudan Tribune"."""
    m = _FIRST_PUBLISHED.search(line)
    if not m:
        return None
    name = m.group("name").rstrip(".")
    return outlet_index().lookup(name) or name


def from_photo_credit(line: str) -> str | None:
    """A known outlet credited for a photo: "(Photo: Archived/ Kurdistan 24)" -> "Kurdistan 24"."""
    m = _PHOTO_CREDIT.search(line)
    return outlet_index().lookup(m.group("name").strip()) if m else None


def from_prefix(paragraph: str) -> str | None:
    """A known outlet opening the text as a prefix: "Shafaq News/ As tensions ..." """
    m = _PREFIX.match(paragraph)
    return outlet_index().lookup(m.group("name")) if m else None


_HOST = re.compile(r"(?:https?://)?(?:www\.)?([\w.-]+\.[a-z]{2,})", re.I)


@lru_cache(maxsize=1)
def _head_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(head words, head words that are also surnames, qualifier words) of ``outlet_words.txt``."""
    strong, weak, qualifiers = set(), set(), set()
    for word in knowledge.wordlist("outlet_words.txt"):
        if word[0] == "@":
            continue            # a desk line's head (``_newsroom``)
        if word[0] == "~":
            weak.add(word[1:].casefold())
        elif word[0] == "+":
            qualifiers.add(word[1:].casefold())
        else:
            strong.add(word.casefold())
    return frozenset(strong), frozenset(weak), frozenset(qualifiers)


_CONNECTORS = frozenset(("of", "the", "and", "&", "de", "du", "al", "el", "on"))
_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*")


@lru_cache(maxsize=4096)
def looks_like_outlet(name: str) -> bool:
    """Whether a title-case name is a publication's by its last word: "Nile Courier", "The Sahel
    Tribune", "Daily Sun" are; "Liangyu Sun" (a surname that is also a head word) is not."""
    words = name.split()
    if not 2 <= len(words) <= 6:
        return False
    if name.isupper():
        words = [w.capitalize() for w in words]
    if not all(_NAME_WORD.fullmatch(w) or w.casefold() in _CONNECTORS for w in words) or \
            not _NAME_WORD.fullmatch(words[-1]):
        return False
    strong, weak, qualifiers = _head_words()
    if "of" in words[1:-1]:
        # "National Gazette of the South", "Voice of the Coast": the head word comes before
        # "of"; what follows is a place or a people (three words at most)
        k = words.index("of", 1)
        if len(words) - k <= 4 and words[k - 1].casefold() in strong:
            return True
    last = words[-1].casefold()
    if last in strong:
        return True
    if last in weak:
        others = {w.casefold() for w in words[:-1]}
        return words[0] == "The" or bool(others & (strong | weak | qualifiers))
    return False
_OUTLET_LINE = re.compile(r"(?P<name>[^,|]{2,40}?)\s*(?:,\s*[A-Z][\w .'’-]{1,40})?")
_NEGATED = (r"(?:could not|cannot|can ?not|was unable to|has not been able to|did not|has not)\s+"
            r"(?:independently\s+)?(?:verify|confirm|observed?)\b")
_SELF = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3})\s+" + _NEGATED)
# every _SELF match holds a _NEGATED one, which starts 3, 4 or 6 characters before its "not"
# ("cannot", "did not", "could not") or 4 before "unable"
_NEGATION = re.compile(_NEGATED)
_NEGATION_ANCHORS = (("not", (3, 4, 6)), ("unable", (4,)))


# a masthead with its tagline: "MercoPress. South Atlantic News Agency", "Kestrel Tribune - The Voice of the Coast"
_TAGLINE = re.compile(r"(?P<name>[^.:|–—]{2,40}?)\s*(?:\.|\s[|–—-])\s+(?P<tag>[^.:|–—]{4,60})")


def tagline_outlet(line: str) -> str | None:
    """The known outlet a masthead line names before its tagline, itself a publication's name
    ("MercoPress. South Atlantic News Agency" -> "MercoPress"); else None."""
    m = _TAGLINE.fullmatch(line.strip())
    if m is None or not looks_like_outlet(m["tag"]):
        return None
    return outlet_index().lookup(m["name"])


def from_outlet_line(line: str) -> str | None:
    """A header line naming the outlet and desk: "BBC News, Miren" -> "BBC"; an unknown outlet
    by its head word: "Nile Courier" -> "Nile Courier"; a known outlet with its tagline."""
    if known := tagline_outlet(line):
        return known
    m = _OUTLET_LINE.fullmatch(line.strip())
    if not m:
        return None
    name = m.group("name").strip()
    return outlet_index().lookup(name) or (name if looks_like_outlet(name) else None)


def _may_self_refer(text: str) -> bool:
    """Whether ``_SELF`` can match: it starts at every capital letter, so a search is tried only
    when a negated "verify" stands where a "not" (found in C) says it may."""
    if "verify" not in text and "confirm" not in text and "observe" not in text:
        return False
    for anchor, offsets in _NEGATION_ANCHORS:
        i = text.find(anchor)
        while i >= 0:
            if any(i >= k and _NEGATION.match(text, i - k) for k in offsets):
                return True
            i = text.find(anchor, i + 1)
    return False


def self_references(text: str) -> list[str]:
    """Known outlets that say what they could not verify: only the publisher speaks so of itself."""
    if not _may_self_refer(text):
        return []
    index = outlet_index()
    found = []
    for m in _SELF.finditer(text):
        words = m.group("name").split()
        for n in range(len(words)):                # the longest known name ending at the verb
            name = index.lookup(" ".join(words[n:]))
            if name:
                found.append(name)
                break
    return found


def _told_matches(text: str) -> Iterator[re.Match[str]]:
    """``_TOLD.finditer(text)``, tried only where one of its verbs starts: a search from every
    offset would test the leading word boundary and five verbs at each one."""
    end = 0
    for i in sorted(set(positions(text, _TOLD_VERBS))):
        if i < end:
            continue                    # inside the previous match, as finditer would skip it
        m = _TOLD.match(text, i)
        if m:
            end = m.end()
            yield m


def told_outlets(text: str) -> list[str]:
    """Known outlets that sources spoke to ("X told Rudaw"): an outlet's own interviews name it."""
    index = outlet_index()
    found = []
    for m in _told_matches(text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):      # longest known outlet name at the start
            name = index.lookup(" ".join(words[:n]))
            if name:
                found.append(name)
                break
    return found
