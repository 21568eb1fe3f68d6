"""Actors no list knows, found by the shape of their names and the words around them.

A *run* is a stretch of capitalised words (with name particles and "of"/"for"/"the" inside:
"Mohammed Shia al-Sudani", "Institute for the Study of War"). A run becomes a candidate only when
something supports it: a head word (Forces, Ministry, Kataib..., Air Base, River, Agreement), a
title before it ("Prime Minister X", "spokesperson X"), a reporting verb or apposition after it
("X said", "X, a senior official"), a known given name, or a person-only particle ("bin", "Abu").
Everything else - sentence openers, headline words, lone capitalised words - is left out, since a
spurious actor costs as much as a missed one.
"""
from __future__ import annotations

__all__ = ["Shaper", "acronym_after", "shape_candidates"]

import re

from sitrep.nlp.memo import BoundedMemo

from .appositions import described_type, titled_apposition
from .vessels import vessel_span
from .cues import Cues, is_common_word
from .fold import Folded
from .match import Cand
from .offices import office_tail
from .place_titles import titled_place
from .plurals import plural_noun
from .shape_words import _AGED, _after_age, _cap, _said_at
# re-exported: the acronym linker imports it from here
from .acronym_brackets import acronym_after

from .particle_persons import particle_person_run, particle_pieces
from .runs import INNER as _INNER, SPLIT as _SPLIT
from .org_preps import generic_pair, prep_continued
from .shape_context import apposition, locative, place_object, verb_after, verb_before

# a facility head that names a route: the name ends at it ("the Benito Juarez highway")
_ROUTES = frozenset(("road", "roads", "highway", "route", "street", "corridor", "crossing", "pass"))
_PERSON_SHAPE_MAX = 6
# a CamelCase word: its lowercase start before the inner capital ("Total" of "TotalEnergies")
_MOUNTAINS = frozenset(("mountain", "mountains", "hills"))
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s\Z")   # "MPs", "NGOs", "IDPs"
_CAMEL = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")
# words -> whether they are shaped like a person's name (a pure function of the words and cues)
_SHAPED = BoundedMemo(200_000)


class Shaper:
    """Classifies the runs of one document into candidates."""

    def __init__(self, text: str, f: Folded, cues: Cues, starts: set[int], headline: set[int],
                 known: bytearray):
        self.text, self.f, self.c = text, f, cues
        self.known = known               # tokens a list already names
        self.starts, self.headline = starts, headline
        self.out: list[Cand] = []

    # -------------------------------------------------------------- helpers

    def _strip(self, a: int, b: int) -> int:
        f, c = self.f, self.c
        while a < b and (f.words[a] in c.not_name or f.lights[a] in _INNER or f.lights[a] in _SPLIT
                         or (a in self.starts and is_common_word(f.words[a], 5.0)
                             and f.lights[a] not in c.given
                             # a title's abbreviation opening a clause ("The spokesman, Dr. X Y,
                             # said") is kept: ``_person`` reads it as the title before the name
                             and not (f.lights[a] in c.title_abbrevs and a + 1 < b)
                             # "TV Pirveli aired ...": a broadcaster's opening word is its name's
                             and not (f.lights[a] in c.media_prefix.firsts and a + 1 < b))
                         # "Units of the Azerbaijan Army": the part named before the body
                         or (f.words[a] in c.partitive and a + 2 < b and f.lights[a + 1] == "of")):
            a += 1
        return a

    def _specific(self, a: int, b: int) -> bool:
        """Whether some word of a..b-1 names something in particular (not only generic words)."""
        c = self.c
        lights = self.f.lights
        generic, particles = c.generic, c.particles
        head_firsts, heads = c.org_heads.firsts, c.org_heads.phrases
        for k in range(a, b):
            lw = lights[k]
            # inlines ``not org_heads.match_at(lights, k, 1)``
            if lw not in generic and lw not in particles and not (lw in head_firsts and (lw,) in heads):
                return True
        return False

    def _add(self, a: int, b: int, typ: str, source: str, prio: int, partial: bool = False) -> None:
        if b > a:
            self.out.append(Cand(a, b, typ, source, prio, partial=partial))

    def _lower_at(self, k: int) -> bool:
        return k < len(self.f.words) and self.f.joined[k] == 1 and self.f.words[k].islower()

    def _name_shaped(self, a: int, b: int) -> bool:
        """Whether tokens a..b-1 look like a person's name (by their words alone: memoised)."""
        if b - a > _PERSON_SHAPE_MAX:
            return False
        key = tuple(self.f.words[a:b])
        got = _SHAPED.get(key)          # a hit without a call into the memo (most runs repeat)
        return _SHAPED.get_or(key, self._name_shaped_words, a, b) if got is None else got

    def _name_shaped_words(self, a: int, b: int) -> bool:
        f, c = self.f, self.c
        words, lights = f.words, f.lights
        particles, not_name, given = c.particles, c.not_name, c.given
        head_firsts, heads = c.org_heads.firsts, c.org_heads.phrases
        common = 0
        for k in range(a, b):
            w, lw = words[k], lights[k]
            capped = w[:1].isupper()
            # a hyphen article the folding read as "al" ("er-Rişk") is a particle as well
            if not capped and (lw in particles or f.deeps[k] == "al"):
                continue
            # the membership tests inline ``org_heads.match_at(lights, k, 1)``: this runs per word
            if not capped or w in not_name or (lw in head_firsts and (lw,) in heads) \
                    or w.isupper() and len(w) > 1:
                return False
            if any(map(str.isdigit, w)):
                return False
            common += lw not in given and is_common_word(w, 4.3)
        return common <= (b - a) // 2

    # -------------------------------------------------------------- classification

    def classify(self, a: int, b: int) -> None:
        f, c = self.f, self.c
        if self.headline and all(k in self.headline for k in range(a, b)):
            return
        if c.vessel_prefix and self._vessel(a, b):
            return
        a = self._strip(a, b)
        if a >= b:
            return
        if a > 0 and f.lights[a - 1] in c.descriptors.lasts:
            # the whole run, not a piece of it: "the aircraft carrier Charles de Gaulle"; but only
            # up to a coordinator: "the refugee agency UNHCR and the World Food Programme" is two
            cut = next((k for k in range(a, b) if f.lights[k] in _SPLIT and not _cap(f.words[k])), b) \
                if f.capb.count(0, a, b) else b
            typ = described_type(self.text, f, c, a, cut)
            if typ is not None:
                # "the American agency USAID Samantha Power": a body a list knows (or an acronym),
                # then its head named by a given name and a surname
                m = next((k for k in range(a + 1, cut - 1) if f.lights[k] in c.given), cut) \
                    if typ in ("ORG", "MEDIA") and cut - a >= 3 else cut
                if m < cut and all(self.known[k] or (f.words[k].isupper() and len(f.words[k]) > 1) for k in range(a, m)) \
                        and self._name_shaped(m, cut):
                    self._emit(a, m, typ, "descriptor", 35)
                    self._emit(m, cut, "PERSON", "given-name", 25)
                else:
                    self._emit(a, cut, typ, "descriptor", 35)
                a = self._strip(cut + 1, b) if cut < b else b
                if a >= b:
                    return
        if not self.f.capb.count(0, a, b):
            # every word capitalised (most runs): one piece, no inner words, no coordination
            self._typed(a, b)
            return
        # split at coordinators and prepositions: "Iraq and Syria", "Forces in Anbar"
        pieces, s = [], a
        for k in range(a, b):
            if f.lights[k] in _SPLIT and not _cap(f.words[k]):
                pieces.append((s, k))
                s = k + 1
        pieces.append((s, b))
        found = []
        for pa, pb in pieces:
            pa = self._strip(pa, pb)
            if pb > pa:
                found.append((pa, pb, self._piece(pa, pb)))
        for (a0, b0, t0), (a1, b1, t1) in zip(found, found[1:]):   # "X for Y and Z Studies in W"
            if t0 == "ORG":
                self._and_continued(a0, b0, a1, b1)
                prep_continued(self, a0, b0, a1, b1)
            elif t0 is None and t1 == "ORG":
                generic_pair(self, a0, b0, a1, b1)
        # "X and Y said": a name-shaped piece next to a person is a person too
        for idx, (pa, pb, typ) in enumerate(found):
            if typ is None and pb - pa >= 2 and self._name_shaped(pa, pb):
                near = [found[m][2] for m in (idx - 1, idx + 1) if 0 <= m < len(found)]
                if "PERSON" in near:
                    self._add(pa, pb, "PERSON", "person-coord", 25)

    def _and_continued(self, a: int, k: int, pa: int, pb: int) -> None:
        """"Regional Center for Democracy and Security": an organisation named "X for/of Y" goes on
        over "and" when one to three capitalised words no list knows, and no title, follow."""
        f, c = self.f, self.c
        L = f.lights
        # "... for Conflict and Security Studies of Islamabad": a lowercase "of" opens its seat
        pb = next((x for x in range(pa + 1, min(pb, pa + 4)) if L[x] == "of" and not _cap(f.words[x])), pb)
        if pa != k + 1 or L[k] != "and" or not 1 <= pb - pa <= 3 or not ("for" in L[a:k] or "of" in L[a:k]) \
                or self.known.count(0, pa, pb) != pb - pa or not all(map(_cap, f.words[pa:pb])) \
                or any(c.titles.match_at(L, x) for x in range(pa, pb)) or L[pa] in c.given:
            return
        self._emit(a, pb, "ORG", "org-head", 40)

    def _piece(self, a: int, b: int) -> str | None:
        """Classify one piece of a run; returns the type it was given, if any."""
        f, c = self.f, self.c
        L = f.lights
        inner = [k for k in range(a, b) if L[k] in _INNER and not _cap(f.words[k])] \
            if f.capb.count(0, a, b) else None
        if inner:
            first = inner[0]
            head_before = (c.org_heads.match_before(L, first) or c.fac_heads.match_before(L, first)
                           or c.loc_heads.match_before(L, first) or c.event_heads.match_before(L, first)
                           or c.law_heads.match_before(L, first) or c.loc_prefix.match_at(L, a)
                           or c.event_prefix.match_at(L, a))
            if not head_before:
                typ = None
                # "(Lawyers for) Colonel Marcelo de Menezes": a person's lowercase name links
                # do not split the name the other inner words leave
                for pa, pb in particle_pieces(f, a, b, inner):
                    soft = [k for k in inner if pa < k < pb]
                    if soft and particle_person_run(f, c, pa, pb, soft) and self._person(pa, pb) == "PERSON":
                        typ = "PERSON"
                        continue
                    for qa, qb in self._split_inner(pa, pb, soft) if soft else ((pa, pb),):
                        typ = self._piece(qa, qb) or typ
                return typ
        return self._typed(a, b)

    def _split_inner(self, a: int, b: int, inner: list[int]):
        s = a
        for k in inner:
            if k > s:
                yield (s, k)
            s = k + 1
        if b > s:
            yield (s, b)

    def _typed(self, a: int, b: int) -> str | None:
        f, c = self.f, self.c
        L = f.lights
        n = b - a
        if c.head_words.isdisjoint(L[a:b]) and not (n >= 2 and f.deeps[a] in c.org_prefix):
            return self._context_typed(a, b)     # most runs: names with no head word in them
        last = L[b - 1]
        # organisations: a head word at the end, or "Ministry of X", or a prefix head word
        m = c.org_heads.match_before(L, b) if last in c.org_heads.lasts else 0
        if m and n > m and (self._specific(a, b - m) or n >= 3):
            return self._emit(a, b, "ORG", "org-head", 40)
        if m and n > m:
            # only generic words before the head ("Foreign Ministry", "Security Council"): a short
            # form that ``mentions`` keeps only if it can join a fuller name in the document
            return self._emit(a, b, "ORG", "org-generic", 30)
        head_firsts, heads1 = c.org_heads.firsts, c.org_heads.phrases
        for k in range(a, b - 1):
            # inlines ``org_heads.match_at(L, k, 1)`` (k + 1 < b holds in this range)
            if L[k + 1] in ("of", "for") and L[k] in head_firsts and (L[k],) in heads1:
                return self._emit(a, b, "ORG", "org-head", 40)
        if n >= 2 and f.deeps[a] in c.org_prefix:
            return self._emit(a, b, "ORG", "org-prefix", 40)
        m = c.media_heads.match_before(L, b) if last in c.media_heads.lasts else 0
        if m and n > m and self._specific(a, b - m):
            return self._emit(a, b, "MEDIA", "media-head", 35)
        m = c.media_prefix.match_at(L, a) if L[a] in c.media_prefix.firsts else 0
        if m and n > m and self._specific(a + m, b):
            return self._emit(a, b, "MEDIA", "media-head", 35)
        for heads, prefix, typ in ((c.fac_heads, c.fac_prefix, "FAC"), (c.loc_heads, c.loc_prefix, "LOC"),
                                   (c.event_heads, c.event_prefix, "EVENT"), (c.law_heads, None, "LAW")):
            m = heads.match_before(L, b) if last in heads.lasts else 0
            if m and n > m and self._specific(a, b - m):
                return self._emit(a, b, typ, typ.lower() + "-head", 35)
            if typ == "FAC" and m and n > m:
                # capitalised generic words before a site's head name it too: "Central Police
                # Station", "Civil Hospital" (lower, "the central prison" is any prison)
                return self._emit(a, b, typ, "fac-generic", 30)
            if typ == "LAW" and m and n == m + 1 and not c.org_heads.match_at(L, a):
                # "the Finance Bill 2024", "Executive Decree 111", "the Criminal Code": one
                # capitalised word names a law as well, with the number it may carry
                k = b + 1 if b < len(L) and f.words[b].isdigit() and f.joined[b] == 1 else b
                return self._emit(a, k, typ, "law-head", 30)
            if prefix is not None and L[a] in prefix.firsts:
                m = prefix.match_at(L, a)
                if m and n > m:
                    return self._emit(a, b, typ, typ.lower() + "-head", 35)
        return self._context_typed(a, b)

    def _vessel(self, a: int, b: int) -> bool:
        span = vessel_span(self.text, self.f, self.c, a, b)
        if span is None:
            return False
        self._emit(span[0], span[1], "ORG", "vessel", 36)
        return True

    def _context_typed(self, a: int, b: int) -> str | None:
        """A run's type from the words around it, else its person shape."""
        f, c = self.f, self.c
        L = f.lights
        # a lowercase head after the name: "Anbar province", "the Harir base", "Euphrates river"
        if self._lower_at(b):
            if L[b] in c.media_after and self._specific(a, b):
                return self._emit(a, b, "MEDIA", "media-head", 30)
            for heads, typ in ((c.site_heads, "FAC"), (c.loc_heads, "LOC")):
                m = heads.match_at(L, b)
                if m and self._specific(a, b):
                    # a site's lowercase head is part of its name ("Munzenze prison", "Goma
                    # airport"): the bare word alone reads as a town; a region's head is not
                    # ("the US Harir base": a known country before the site is its owner)
                    if typ == "FAC" and b - a >= 2 and self.known[a] and f.words[a].isupper():
                        a += 1
                    # (a route is named after the town it leads to: "the Hitadipa road" is near that town)
                    end = b + m if typ == "FAC" and L[b + m - 1] not in _ROUTES else b
                    # a mountain is not the town it is named after: "the Hamrin mountains",
                    # "north of Sinjar mountain" keep their head
                    if typ == "LOC" and L[b + m - 1] in _MOUNTAINS:
                        end = b + m
                    return self._emit(a, end, typ, typ.lower() + "-head", 30)
            if L[b] in c.gpe_heads and self._specific(a, b) and not (
                    b + 1 < len(L) and self._lower_at(b + 1) and L[b + 1] in c.media_words):
                # ("the RTB state channel" is an outlet's, not a state's)
                # "the Karst region" is a region, "Anbar province" a state's unit
                typ = "LOC" if L[b] in c.region_heads else "GPE"
                return self._emit(a, b, typ, typ.lower() + "-head", 30)
        if a > 0 and L[a - 1] in c.gpe_before.lasts and c.gpe_before.match_before(L, a) \
                and f.words[a - 1].islower():
            return self._emit(a, b, "GPE", "gpe-head", 30)
        return self._person(a, b)

    def _emit(self, a: int, b: int, typ: str, source: str, prio: int) -> str:
        self._add(a, b, typ, source, prio)
        return typ

    def _person(self, a: int, b: int) -> str | None:
        f, c = self.f, self.c
        L = f.lights
        k = office_tail(f, c, a, b) if a >= 2 and L[a - 1] in ("of", "the", "and", "for") else 0
        if not k and a >= 2 and L[a - 1] == "of" and L[a - 2] in c.titles.lasts \
                and c.titles.match_before(L, a - 1):
            # "President of Kyrgyzstan Sadyr Zhaparov": the state a list knows closes the office
            t = a
            while t < b and t - a < 3 and self.known[t]:
                t += 1
            if t > a and b - t >= 2 and not self.known[t]:
                k = t - a
        if k:                            # "Secretary of State Marco Rubio": the office is no name
            return self._emit(a + k, b, "PERSON", "person-title", 30) if self._name_shaped(a + k, b) else None
        if titled_place(f, c, a, b):     # "in Sheikh Zuweid": a place named after a holy man
            return self._emit(a, b, "GPE", "gpe-head", 30)
        # a capitalised title inside the run: "Prime Minister X", "Iraqi Foreign Minister X", "Gen. X"
        title_firsts = c.titles.firsts
        if not title_firsts.isdisjoint(L[a:b]):
            for k in range(a, b):
                m = c.titles.match_at(L, k) if L[k] in title_firsts else 0
                if m == 1 and k == a and L[k] in c.given and b - a >= 3 and a > 0 and f.joined[a] == 1 \
                        and f.words[a - 1].islower() and c.titles.match_before(L, a):
                    m = 0                # "party leader Amir Tavaro Meshkin": after a role, an
                    #                      honorific that is also a given name opens the name
                # titles in a row are one office: "Deputy Commissioner X", "Senior Superintendent X"
                while m and k + m < b - 1 and L[k + m] in title_firsts and _cap(f.words[k + m]) \
                        and L[k + m] not in c.given:
                    more = c.titles.match_at(L, k + m)
                    if not more or k + m + more > b - 2:
                        break            # a name of two words at least stays: "Dr Amir Rana"
                    m += more
                if m and k + m < b and _cap(f.words[k]) and L[k + m] not in _INNER:
                    if self._name_shaped(k + m, b):
                        return self._emit(k + m, b, "PERSON", "person-title", 30)
                    return None
        if L[b - 1] in c.titles.lasts and c.titles.match_before(L, b):
            return None                  # "Prime Minister", "the Iraqi Foreign Minister": an office
        if not self._name_shaped(a, b) or not self.known.count(0, a, b):
            return None                  # "Sunni Arabs said": known words, not a new name
        if f.words[a].islower() and (a + 1 >= b or f.joined[a + 1] != 2):
            return None                  # "(according to) an American official": a particle-like
            #                              article left at the front is no name ("al-Sudani" is)
        if _PLURAL_ACRONYM.match(f.words[b - 1]):
            return None                  # "Kirkuk's Arab MPs said": members of a body, no one's name
        n = b - a
        # a lowercase title or role right before: "spokesperson Matthew Miller", "commander X"
        if a > 0 and f.joined[a] == 1 and f.words[a - 1].islower() and c.titles.match_before(L, a):
            return self._emit(a, b, "PERSON", "person-title", 30)
        if n >= 2 and L[a] in c.given:
            return self._emit(a, b, "PERSON", "given-name", 25)
        if n >= 2 and any(L[k] in c.person_particles for k in range(a, b - 1)):
            return self._emit(a, b, "PERSON", "name-particle", 15)
        if n >= 2 and ((verb_after(f, c, b) and not place_object(f, c, a)) or apposition(self.text, f, c, b)
                       or verb_before(f, c, a) or (n <= 3 and titled_apposition(self.text, f, c, a, b))):
            return self._emit(a, b, "PERSON", "person-cue", 25)
        # a lone surname that speaks: "Fartousi said" (joins its full name in or across documents)
        if n == 1 and verb_after(f, c, b) and f.lights[b] not in ("was", "is", "has", "had", "who") \
                and not place_object(f, c, a):
            m = _CAMEL.match(f.words[a])
            if m and m.group(1).lower() not in c.camel_name_prefixes:
                return self._emit(a, b, "ORG", "org-shape", 20)
            if a in self.starts and plural_noun(self.text, self.f.words[a], self.c.given):
                return None              # "Pamphlets signed by the group ...": a common noun
            return self._emit(a, b, "PERSON", "person-cue", 20)
        if n == 1 and self.aged_person(a):
            return "PERSON"
        if n >= 2 and any(L[k] in ("al", "el") for k in range(a + 1, b)) and locative(f, c, a):
            return self._emit(a, b, "GPE", "place-shape", 15)
        return None

    def aged_person(self, a: int) -> bool:
        """A resident named once, by a speech verb and an age: "said Mariam, 41," / "Mariam, 41,
        said" (the age alone is no cue: "Kaya, 40 km north")."""
        f, c = self.f, self.c
        L = f.lights
        if not _AGED.match(self.text, f.ends[a]) or not (
                (a > 0 and f.words[a - 1].islower() and L[a - 1] in c.verbs_after)
                or _said_at(f, c, _after_age(f, a))) \
                or not (L[a] in c.given or not is_common_word(f.words[a], 4.3)):
            return False
        self._add(a, a + 1, "PERSON", "person-aged", 20)
        return True


def shape_candidates(text: str, f: Folded, cues: Cues, starts: set[int], headline: set[int],
                     run_list: list[tuple[int, int]], known: set[tuple[int, int]]) -> list[Cand]:
    """Candidates for actors no list knows (organisations, people, facilities, places...).

    ``known`` holds the token spans a list already names; a run that is exactly one of them has
    nothing more to give.
    """
    covered = bytearray(len(f.words))
    for a, b in known:
        covered[a:b] = b"\x01" * (b - a)
    sh = Shaper(text, f, cues, starts, headline, covered)
    L, words, joined = f.lights, f.words, f.joined
    n = len(words)
    for a, b in run_list:
        if (a, b) in known:
            continue
        if b - a == 1:
            # one word is an actor only with a title or role before it, or a head word after it
            before = a > 0 and words[a - 1].islower() and (
                (joined[a] == 1 and (L[a - 1] in cues.titles.lasts or L[a - 1] in cues.gpe_before.lasts))
                or L[a - 1] in cues.descriptors.lasts)
            after = b < n and joined[b] == 1 and words[b].islower() and (
                L[b] in cues.gpe_heads or L[b] in cues.site_heads.firsts or L[b] in cues.loc_heads.firsts
                or L[b] in cues.verbs_after or L[b] in cues.adverbs or L[b] in cues.media_after)
            if not (before or after):
                if text[f.ends[a]:f.ends[a] + 1] == ",":
                    sh.aged_person(a)
                continue
        sh.classify(a, b)
    return sh.out
