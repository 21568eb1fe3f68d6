"""Salience: which actor a pronoun or an anaphoric description speaking in a quote stands for.

For "he"/"she": walking back sentence by sentence from the pronoun, the first of (a) the sentence
holding the previous attributed quote of a person, which keeps that person speaking, or (b) a
sentence whose subject is a person wins. The nearest person named is only the fallback, so
"X met Y. 'We agreed,' he said." gives X, not Y. For "the official", "the foreign minister": the
same description used before, or the person the document introduced with that office.
"""
from __future__ import annotations

import bisect
import re
from itertools import product

from sitrep.actors.forces import force_body
from sitrep.model import Mention
from sitrep.quotes.bodies import generic_body, paragraph_body
from sitrep.quotes.cues import Cues
from sitrep.quotes.descriptions import (after_title, office_of, one_person, other_office, person_description,
                                        plural_people, ranked_title)
from sitrep.quotes.naming import NAMING_LEAD, NAMING_TITLED
from sitrep.quotes.speakers import (GROUP_TYPES, MentionIndex, Speaker, lead_ok,
                                    named_speaker, phrase_before, sentence_subject)
from sitrep.quotes.reported import reported_speaker
from sitrep.quotes.nearby import cataphor, coordinated
from sitrep.quotes.voices import body_voice


# a place opening a sentence before a dash is its dateline ("Bint Jbeil - A drone ..."), not its subject
_DATELINE = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[-–—][ \t]")
# a possessor is no subject: "Khatib's son, Samer el-Khatib, rejected ..." is the son's sentence
_POSSESSIVE = re.compile(r"['’]s\b")
# a sentence opening with a person's name the actor finder missed, optionally after an apposed
# relation ("Khatib's son, Samer el-Khatib, rejected ...", "His wife, X, confirmed ..."), then a
# lower-case verb: its subject
_INDEFINITE = frozenset(("a", "an", "another", "one"))
_QUOTE_MARK = re.compile(r"[\"“”]")
_NAME_WORD = r"(?:[A-Z][\w'’\-]+|(?:el|al|bin|ibn|abu|de|da|van|von)[\-\s][A-Z][\w'’\-]+)"
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?:[A-Z][\w'’\-]+['’]s|His|Her|Their)\s+[a-z]+(?:[\s\-][a-z]+)?,\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?P<appos>,)?\s+(?P<verb>[a-z]+)\b")


class Salience:
    """Remembers attributed quotes, so pronouns and anaphoric descriptions can be resolved."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], idx: MentionIndex, cues: Cues):
        self.text = text
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.idx = idx
        self.cues = cues
        self.history: list[tuple[int, Speaker]] = []     # (quote start, speaker) in order
        # where entries begin (heading lines): a pronoun is never resolved across one
        self.floors: list[int] = []

    def record(self, at: int, sp: Speaker) -> None:
        if sp.kind in ("named", "description"):
            self.history.append((at, sp))

    def _titled_person(self, desc: Speaker) -> Speaker | None:
        """The person this document introduced with the office a description names."""
        words = (desc.name or "").split()
        if not words or len(words) > 5:
            return None
        # an acronym may read differently by country ("DC": district or deputy commissioner,
        # readings split by "|"): the reading whose title the document gave a person
        readings = [self.cues.title_abbreviations.get(w.lower(), w.lower()).split("|") for w in words]
        for combo in product(*readings):
            found = self._titled_as(" ".join(combo), desc)
            if found is not None:
                return found
        return None

    def _titled_as(self, expanded: str, desc: Speaker) -> Speaker | None:
        # the longest office title the description ends with, on a word boundary
        parts = expanded.split(" ")
        titles = self.cues.office_title_set
        title = next((t for t in (" ".join(parts[k:]) for k in range(len(parts))) if t in titles), None)
        if title is None or len(expanded.split()) - len(title.split()) > 3:
            return None
        # the office under any of its names: "the premier" is who the text introduced as Prime Minister
        forms = self.cues.office_synonyms.get(title, (title,))
        after = after_title(forms)
        for m in reversed(self.idx.within(0, desc.start)):
            if m.type != "PERSON":
                continue
            raw = self.text[max(0, m.start - 60):m.start].rstrip(" ,")
            before = raw.lower()
            am = after.match(self.text, m.end, m.end + 80)
            if am is not None and desc.start is not None and am.end() > desc.start:
                # the "apposition" is the description itself opening the next clause ("by his
                # adviser, X, the President described ..."): X is not the president
                am = None
            # "The secretary of the Civil Police, X, said": the office and its body in apposition
            appos = self.text[:m.start].rstrip().endswith(",") and office_of(forms).search(before) is not None
            if before.endswith(forms) or am is not None or ranked_title(raw, forms) or appos:
                return named_speaker(m)
        return None

    def _generic_institution(self, desc: Speaker) -> Speaker | None:
        """'the army said' after 'the Malian army': the body the document names that the definite
        description stands for (``sitrep.actors.forces``: 'Ukrainian Air Force' for 'the air
        force', 'Ministry of Defence' for 'the ministry')."""
        name = (desc.name or "").lower()
        if not name.startswith("the ") or desc.start is None:
            return None
        m = force_body(self.idx.items, name, desc.start)
        if m is None:
            # "the mission said" after "UNSMIL": institutions the force words do not cover
            m = generic_body(self.idx.items, name, desc.start)
        if m is None:
            # "the company said" after "The operator of the ship, X Shipping, said"
            m = paragraph_body(self.text, self.idx.items, name, desc.start)
        return named_speaker(m) if m is not None else None

    def _sentence(self, at: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, at) - 1)

    def _previous(self, types: frozenset[str] | None) -> tuple[int, Speaker] | None:
        for at, sp in reversed(self.history):
            if types is None:
                return at, sp
            if sp.kind == "named" and sp.type in types:
                return at, sp
            if sp.kind == "description" and "PERSON" in types and person_description(sp, self.cues, self.text):
                return at, sp
        return None

    def _subject(self, a: int, b: int, types: frozenset[str]) -> Mention | None:
        """The mention that is the subject of ``text[a:b]``, if one of ``types``: the first of its
        first few mentions with nothing but titles, names and an adverbial ahead of it."""
        for m in self.idx.within(a, b)[:3]:
            if _POSSESSIVE.match(self.text, m.end):
                continue
            if m.type in types and self._lead_ok(self.text[a:m.start]) \
                    and not _DATELINE.match(self.text, m.end):
                return m
        return None

    def _unnamed_subject(self, a: int, b: int) -> Speaker | None:
        """A person the actor finder did not name, opening the sentence as its subject."""
        m = _UNNAMED_SUBJECT.match(self.text, a, b)
        if m is None or self.idx.within(m.start("name"), m.end("name")):
            return None
        verb = m.group("verb")
        # a past-tense or reporting verb makes a clause about a person ("rejected", "told"); a
        # copula after capitals is as often a group or a thing, and a quoted sentence is no narration
        if not (verb.endswith("ed") or verb in self.cues.verb_forms) or _QUOTE_MARK.search(self.text, a, b):
            return None
        words = m.group("name").lower().split()
        if words[0] in self.cues.title_words or any(w in self.cues.speaker_nouns for w in words):
            return None
        if m.group("appos") is None and m.group("verb") in self.cues.title_words:
            return None
        return Speaker(None, m.group("name"), m.start("name"), m.end("name"), "description")

    def _lead_ok(self, lead: str) -> bool:
        return lead_ok(lead, self.cues)

    def _reporter(self, a: int, b: int, types: frozenset[str]) -> Speaker | None:
        sp = reported_speaker(self.text, a, b, self.idx, self.cues)
        if sp is not None and not self._fits(sp, types):
            # "..., denied shelling the camp": no speaker closes the sentence; a subject that the
            # sentence names ("who gave his name as X") may still be the one speaking
            named = self._described_subject(a, b) if "PERSON" in types else None
            return named if named is not None and named.kind == "named" else None
        if sp is None:
            if "PERSON" not in types:
                return None
            sp = self._described_subject(a, b)
            if sp is None:
                return None
        if sp.kind == "named" and sp.type in types:
            return sp
        if sp.kind == "description" and "PERSON" in types and person_description(sp, self.cues, self.text):
            return sp
        return None

    def _fits(self, sp: Speaker, types: frozenset[str]) -> bool:
        return (sp.kind == "named" and sp.type in types) or (
            sp.kind == "description" and "PERSON" in types and person_description(sp, self.cues, self.text))

    def _titled_lead(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]``, before the named subject of a sentence's first reporting verb,
        is only its long title ("Chief of Staff of the Armed Forces Major General X said"): no
        person, no quote and no clause stand before the name."""
        return not _QUOTE_MARK.search(self.text, a, b) and "," not in self.text[a:b] \
            and not any(m.type == "PERSON" for m in self.idx.within(a, b))

    def _described_subject(self, a: int, b: int) -> Speaker | None:
        """A described person opening a sentence as the subject of its first reporting verb:
        "One of the nurses told Reuters that ..." (a person named there is ``_subject``'s)."""
        # the first finite reporting verb, after a long description of the subject ("A man
        # presenting himself as a spokesman for ..., who gave his name as X, denied"); a participle
        # on the way belongs to that description
        vm = next((v for v in self.cues.verb.finditer(self.text, a, min(b, a + 240))
                   if not v.group().endswith("ing")), None)
        if vm is None:
            return None
        sp = phrase_before(self.text, a, vm.start(), self.idx, self.cues)
        if sp is not None and sp.kind == "named" and sp.type == "PERSON" and sp.start is not None \
                and (NAMING_LEAD.search(self.text, a, sp.start) or sp.local is None
                     or NAMING_TITLED.search(self.text, max(a, sp.start - 80), sp.start)
                     or self._titled_lead(a, sp.start)):
            # a name the subject's apposition gives ("A commander, who gave his name only as X,
            # said ...", "The police spokesman, X, confirmed ..."), which the actor finder did
            # not take for one
            return sp
        if sp is None or sp.kind != "description" or sp.start is None \
                or self.text[a:sp.start].strip() or not person_description(sp, self.cues, self.text):
            return None
        return sp

    def resolve(self, pronoun: Speaker, at: int) -> Speaker | None:
        """The actor a pronoun speaker at offset ``at`` stands for."""
        word = (pronoun.name or "").lower()
        refers = self.cues.pronouns.get(word, "ANY")
        if refers == "ANY":
            prev = self._previous(None)
            if prev and self._sentence(at) - self._sentence(prev[0]) <= 3:
                return prev[1]
            return self._plural_subject(at)
        types = frozenset(("PERSON",)) if refers == "PERSON" else GROUP_TYPES
        if self.floors and at > self.floors[0]:
            return self._resolve_within(pronoun, at, refers, types)
        return self._resolve_from(at, refers, types, 0)

    def _resolve_within(self, pronoun: Speaker, at: int, refers: str, types: frozenset[str]) -> Speaker | None:
        floor = self.floors[bisect.bisect_right(self.floors, at) - 1]
        kept = self.history
        self.history = [h for h in kept if h[0] >= floor]
        try:
            return self._resolve_from(at, refers, types, floor)
        finally:
            self.history = kept

    def _resolve_from(self, at: int, refers: str, types: frozenset[str], floor: int) -> Speaker | None:
        cur = self._sentence(at)
        if "PERSON" in types:
            coord = coordinated(self.text, self.sentences, self.idx, at)
            if coord is not None:
                return coord
        if refers != "PERSON" and self.history:
            # "The statement of the ministry said ..., and it called ...": "it" is the subject
            # described earlier in the same sentence, unnamed; not a name met further back
            at0, sp0 = self.history[-1]
            if sp0.kind == "description" and self._sentence(at0) == cur \
                    and not person_description(sp0, self.cues, self.text):
                return sp0
        prev = self._previous(types)
        for si in range(cur, max(-1, cur - 8), -1):
            s, e = self.sentences[si]
            if e <= floor:
                break
            if prev and prev[0] >= s:
                return prev[1]
            if si < cur:
                rep = self._reporter(s, e, types)
                if rep is not None:
                    if rep.kind == "description" and prev and prev[1].kind == "named" and rep.start is not None:
                        # "“...,” the junta chief said. He also urged ...": the description the
                        # last quote's speaker was resolved from stands for that person
                        titled = self._titled_person(rep)
                        if titled is not None and titled.name == prev[1].name:
                            return prev[1]
                    return rep
            subj = self._subject(s, min(e, at), types)
            if subj is not None:
                return named_speaker(subj)
            if si < cur and "PERSON" in types:
                unnamed = self._unnamed_subject(s, e)
                if unnamed is not None:
                    return unnamed
        if prev:
            return prev[1]
        # the nearest name as a last resort, but never a dateline ("Gao - Gunmen attacked ...
        # It said"): a place heading the text is where it was filed, not who speaks
        near = [m for m in self.idx.within(max(floor, at - 1500), at)
                if m.type in types and not _DATELINE.match(self.text, m.end)]
        return named_speaker(near[-1]) if near else None

    def _plural_subject(self, at: int) -> Speaker | None:
        """What "they" stands for when no quote before it is attributed: a group opening this
        or the previous sentence ("The Houthis claimed the attack. “...,” they said"), or a plural
        description of people ("Doctors at the hospital said ..."), never across an entry."""
        cur = self._sentence(at)
        floor = self.floors[bisect.bisect_right(self.floors, at) - 1] if self.floors and at > self.floors[0] else 0
        for si in range(cur, max(-1, cur - 2), -1):
            s, e = self.sentences[si]
            if e <= floor:
                break
            e = min(e, at)
            subj = self._subject(s, e, GROUP_TYPES)
            if subj is not None and subj.type != "GPE":
                return named_speaker(subj)
            vm = self.cues.verb.search(self.text, s, min(e, s + 120))
            if vm is not None and not vm.group().endswith("ing"):
                a, b = s, vm.start()
                while a < b and self.text[a].isspace():
                    a += 1
                b = a + len(self.text[a:b].rstrip(" ,"))
                words = self.text[a:b].lower().split()
                if 0 < len(words) <= 8 and not _QUOTE_MARK.search(self.text, a, b) \
                        and plural_people(words, self.cues):
                    return Speaker(None, self.text[a:b], a, b, "description")
        return None

    def new_subject(self, since: int, at: int, back: int = 3) -> Speaker | None:
        """A person made the subject after offset ``since`` (the last attributed quote) and before
        the sentence holding ``at``, at most ``back`` sentences back: an unattributed quote after
        "Z identified ..." is Z's."""
        cur = self._sentence(at)
        first = self._sentence(since) + 1 if since >= 0 else 0
        person = frozenset(("PERSON",))
        for si in range(cur - 1, max(first, cur - back) - 1, -1):
            s, e = self.sentences[si]
            sp = self._reporter(s, e, person)
            if sp is not None:
                return sp
            subj = self._subject(s, e, person)
            if subj is not None:
                return named_speaker(subj)
        return None

    def _document_source(self, words: list[str], at: int | None) -> Speaker | None:
        """'the statement said' after 'X said in a statement', 'X issued a statement': the one
        whose document it is, the subject of the last of the two sentences before that names it."""
        if at is None or len(words) != 2 or words[0] != "the" or words[1] not in self.cues.voice_nouns \
                or words[1] in self.cues.person_nouns:
            return None
        noun = re.compile(rf"\b{re.escape(words[1])}\b", re.I)
        cur = self._sentence(at)
        for si in range(cur - 1, max(-1, cur - 3), -1):
            s, e = self.sentences[si]
            if noun.search(self.text, s, e):
                sp = sentence_subject(self.text, s, e, self.idx, self.cues)
                return sp if sp is not None and sp.kind == "named" and sp.type in ("PERSON", "ORG") else None
        return None

    def anaphor(self, desc: Speaker) -> Speaker:
        """'the official said' after 'a senior official said': the same description; 'the
        foreign minister said' (or 'the Israeli FM') after 'Foreign Minister X': X."""
        indefinite = (desc.name or "").split(" ", 1)[0].lower() in _INDEFINITE
        # "a spokesman for the brigade said" introduces someone new: never the spokesman named before
        titled = None if indefinite else self._titled_person(desc)
        if titled is None and not indefinite:
            titled = cataphor(self.text, self.sentences, self.idx, self.cues, desc)
        if titled is not None:
            return titled
        voice = body_voice(self.text, desc, self.idx, self.cues)
        if voice is not None:
            return voice
        named = self._generic_institution(desc)
        if named is not None:
            return named
        words = (desc.name or "").lower().split()
        source = self._document_source(words, desc.start)
        if source is not None:
            return source
        if desc.start is not None and one_person(words, self.cues):
            # "the 73-year-old said", "the president said" with no one the text introduced by that
            # office: a definite description of one person points back, as "he" would, at the
            # person the text is about
            person = self.resolve(Speaker(None, "he", desc.start, desc.end, "pronoun"), desc.start)
            if person is not None and person.kind == "named" \
                    and not other_office(self.text, self.idx, self.cues, person, " ".join(words[1:]), desc.start):
                return person
        pronoun = self.cues.possessives.get(words[0]) if words and desc.start is not None else None
        if pronoun is not None and 2 <= len(words) <= 4 and words[-1] in self.cues.speaker_nouns:
            # "Its spokesman said": the body "it" would stand for speaks through its spokesman
            owner = self.resolve(Speaker(None, pronoun, desc.start, desc.start + len(words[0]), "pronoun"),
                                 desc.start)
            return owner if owner is not None and owner.kind == "named" else desc
        if len(words) != 2 or words[0] != "the":
            return desc
        for _, sp in reversed(self.history[-6:]):
            if sp.kind == "description" and sp.name and sp.name.lower().split()[-1] == words[1]:
                return Speaker(None, sp.name, desc.start, desc.end, "description")
        return desc
