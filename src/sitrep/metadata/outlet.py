"""Which outlet published an article, from the many places a page names it.

Known outlets (``knowledge/outlets.json``) give canonical names for label forms ("TIMES OF
ISRAEL |"), credits ("(Reuters)") and domains ("SOURCE: www.reuters.com").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from sitrep import knowledge


def outlet_key(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    name = re.sub(r"^the\s+", "", name.strip())
    return re.sub(r"[\W_]+", "", name)


@dataclass(slots=True)
class OutletIndex:
    by_key: dict[str, str]
    by_domain: dict[str, str]

    def lookup(self, name: str | None) -> str | None:
        """The canonical name of a known outlet, or None."""
        if not name:
            return None
        return self.by_key.get(outlet_key(name))

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
    for entry in knowledge.load("outlets.json"):
        name = entry["name"]
        for alias in [name, *entry.get("aliases", [])]:
            by_key.setdefault(outlet_key(alias), name)
        for domain in entry.get("domains", []):
            by_domain.setdefault(domain.lower().removeprefix("www."), name)
    return OutletIndex(by_key, by_domain)


_FROM = re.compile(r"(?:^|[-–—|•·]\s*)(?:from|source)\s*:\s*(?P<name>[^|]{2,60}?)\s*$", re.I)
_LABEL = re.compile(r"(?P<name>[A-Z0-9][A-Z0-9 .&'’-]{1,60}?)\s*\|\s*")
_SOURCE_LINE = re.compile(r"(?:source|via|originally published (?:at|on|by))\s*:\s*(?P<ref>\S.*)", re.I)
_PHOTO_CREDIT = re.compile(r"\((?:[^()]*?[:/]\s*)?(?P<name>[^():/]{2,40})\)\s*\.?\s*$")
_TOLD = re.compile(r"\b(?:told|said to|speaking to|in an interview with|interviewed by)\s+(?:the\s+)?"
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


def from_source_line(line: str) -> str | None:
    """"SOURCE: www.reuters.com" -> "Reuters" (the domain itself when the outlet is unknown)."""
    m = _SOURCE_LINE.fullmatch(line)
    if not m:
        return None
    ref = m.group("ref").strip()
    index = outlet_index()
    known = index.lookup(ref) or index.from_domain(ref)
    if known:
        return known
    host = re.match(r"(?:https?://)?(?:www\.)?([\w.-]+\.[a-z]{2,})", ref, re.I)
    return host.group(1).lower() if host else None


def from_photo_credit(line: str) -> str | None:
    """A known outlet credited for a photo: "(Photo: Archived/ Kurdistan 24)" -> "Kurdistan 24"."""
    m = _PHOTO_CREDIT.search(line)
    return outlet_index().lookup(m.group("name").strip()) if m else None


def from_prefix(paragraph: str) -> str | None:
    """A known outlet opening the text as a prefix: "Shafaq News/ As tensions ..." """
    m = _PREFIX.match(paragraph)
    return outlet_index().lookup(m.group("name")) if m else None


_OUTLET_LINE = re.compile(r"(?P<name>[^,|]{2,40}?)\s*(?:,\s*[A-Z][\w .'’-]{1,40})?")
_SELF = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3})\s+(?:could not|cannot|can ?not|"
                   r"was unable to|has not been able to|did not|has not)\s+(?:independently\s+)?"
                   r"(?:verify|confirm|observed?)\b")


def from_outlet_line(line: str) -> str | None:
    """A header line naming the outlet and desk: "BBC News, Miren" -> "BBC"."""
    m = _OUTLET_LINE.fullmatch(line.strip())
    return outlet_index().lookup(m.group("name")) if m else None


def self_references(text: str) -> list[str]:
    """Known outlets that say what they could not verify: only the publisher speaks so of itself."""
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


def told_outlets(text: str) -> list[str]:
    """Known outlets that sources spoke to ("X told Rudaw"): an outlet's own interviews name it."""
    index = outlet_index()
    found = []
    for m in _TOLD.finditer(text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):      # longest known outlet name at the start
            name = index.lookup(" ".join(words[:n]))
            if name:
                found.append(name)
                break
    return found
