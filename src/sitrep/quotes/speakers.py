"""Who a speaker phrase names: a mention, a pronoun (resolved later by ``salience``), or a
description.

A speaker phrase is the stretch a cue points at: before the verb ("Foreign Minister Fuad Hussein
said", "a senior Iraqi security official said") or after it ("said Lt. Col. Dana Kerr"). The
phrase names its speaker when a usable mention heads it; a pronoun is kept as a pronoun; anything
else is kept as a description ("four militia sources"). The phrase after a verb is read by
``postposed.phrase_after``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import attrgetter, gt

from sitrep.model import Mention
from sitrep.quotes.apposition import INSTITUTION_TYPES, SHORT_DETERMINERS, appositive, sub_body, title_lead
from sitrep.quotes.apposition import trim as _trim
from sitrep.quotes.cues import TIME_PHRASE, Cues
from sitrep.quotes.joint import joint as _joint
from sitrep.quotes.naming import NAMING
from sitrep.quotes.subjects import ADVERBIAL as _ADVERBIAL
from sitrep.quotes.subjects import CLAUSE as _CLAUSE
from sitrep.quotes.subjects import SUBJECT_TYPES as _SUBJECT_TYPES
from sitrep.quotes.subjects import interposed_subject, lead_description, lead_ok, strip_adverb

SPEAKER_TYPES = frozenset(("PERSON", "ORG", "GPE", "MEDIA", "FAC"))
_START = attrgetter("start")
GROUP_TYPES = frozenset(("ORG", "GPE", "MEDIA", "FAC"))

_WORD = re.compile(r"[\w'’.\-]+")
# a name after a preposition is not the head: "a spokesman for Hamas said"
PREP_BEFORE = re.compile(r"\b(?:for|of|with|to|from|in|at|near|inside|within|by|on|among)\s+(?:the\s+)?$", re.I)
_DETERMINER = re.compile(r"\b(?:the|a|an|some|several|many|few|two|three|four|five|six|seven|"
                         r"eight|nine|ten|\d+|dozens\s+of|one)\s", re.I)
_CONJ_END = re.compile(r"\s(?:and|but|then|before|after|while|when|as|by)\s*$", re.I)
_CLAUSE_WORDS = frozenset(("that", "which", "who", "and", "but", "if", "when", "while", "because",
                           "is", "was", "were", "are", "has", "had", "have", "be", "been", "not"))
# what may follow a speaker's name before the verb: a time, or the channel ("X in his statement
# said", "X on Monday said", "X at her morning briefing said"), in lower case
_NAME_TAIL = re.compile(rf"(?:(?:{TIME_PHRASE})|(?:in|on|at|during|via|through|over)\s+"
                        r"(?:his|her|its|their|a|an|the)(?:\s+[a-z][\w\-]*){1,4})"
                        rf"(?:,?\s+(?:{TIME_PHRASE}))?")
_TAIL_PAREN = re.compile(r"\s*\([^()]{1,40}\)$")
# an age in apposition closes a name the mentions missed ("Abdi Hassan, 34, said"): no part of it
_TAIL_AGE = re.compile(r",\s*\d{1,3}$")
# a relative pronoun right before the verb: "the president X who asked", "it was X who said"
_WHO_END = re.compile(r"\s+who$", re.I)
# a restrictive relative clause of a few words closing the stretch: "a farmer who survived the attack"
_WHO_CLAUSE = re.compile(r"\s+who\s+(?=(?:[\w'’\-]+\s+){0,7}[\w'’\-]+\s*$)", re.I)
# a relative clause opening after a name: "X, who was in Y, condemned"
_RELATIVE = re.compile(r",\s+(?:who|whom|whose)\s", re.I)
_LEAD_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet)\s+(?=[A-Z])")
# a cleft's frame before its focus: "it was X who ..."
_CLEFT = re.compile(r"(?:^|\s)it\s+(?:was|is|had\s+been|has\s+been)\s+", re.I)
# a proper name of two to six capitalised words, "of"/"for"/"and" between them
# a person's name: two to four capitalised words, no connectors ("Nahum Kenneth Daso")
_PERSON_NAME = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}")
_PROPER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’\-]+(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’\-]+){1,5}")
@dataclass(slots=True)
class Speaker:
    local: int | None
    name: str | None
    start: int | None
    end: int | None
    kind: str                  # "named", "pronoun", "description"
    type: str | None = None    # the mention type when named


class MentionIndex:
    """Mentions sorted by start, with range queries; mentions inside quotes are set aside."""

    def __init__(self, mentions: list[Mention]):
        items = [m for m in mentions if m.type in SPEAKER_TYPES]
        starts = [m.start for m in items]
        # ``find_mentions`` lists its mentions in text order: sort only a list that is not
        if any(map(gt, starts, starts[1:])):
            items.sort(key=_START)
            starts = [m.start for m in items]
        self.items = items
        self.starts = starts
        self.quoted: set[int] = set()      # ids of mentions inside quoted text

    def within(self, a: int, b: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.items) and self.items[i].start < b:
            m = self.items[i]
            if m.end <= b and id(m) not in self.quoted:
                out.append(m)
            i += 1
        return out

    def mark_quoted(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.items) and self.items[i].start < b:
            self.quoted.add(id(self.items[i]))
            i += 1


def named_speaker(m: Mention) -> Speaker:
    return Speaker(m.local, m.canonical or m.text, m.start, m.end, "named", m.type)


def _description(text: str, a: int, b: int, cues: Cues) -> Speaker | None:
    """A describing speaker phrase ("four militia sources"), if the stretch reads as one: short,
    and holding a speaker noun or a capitalised word (a name the mentions missed). It starts at
    its first determiner when words stand before it ("This led the group to declare")."""
    a, b = _trim(text, a, b)
    age = _TAIL_AGE.search(text, a, b)
    if age and age.start() > a:
        b = age.start()
    pm = _POSTMODIFIER.search(text, a, b)
    if pm:
        b = pm.start()          # "Protesters marching through the streets": the head before it
    dm = _DETERMINER.search(text, a + 1, b)
    held = False                # the phrase keeps a prepositional object: "Notes on the talks"
    if dm and not _DETERMINER.match(text, a):
        held = bool(PREP_BEFORE.search(text, a, dm.start()))
        if not held:
            a = dm.start()
        # else a determiner after a preposition opens its object, not the speaker ("through the streets")
    words = _WORD.findall(text, a, b)
    if not words or len(words) > 12:
        return None
    lowered = [w.lower().rstrip(".") for w in words]
    if lowered[-1] in _COORDINATORS or (len(words) == 1 and lowered[0] in _SUBORDINATORS) \
            or (words[0][0].islower() and lowered[0].endswith("ing")):
        # "urges her husband to ... and": a clause, its subject elsewhere; "After saying ...":
        # a subordinator alone; "engaging in what analysts": a participle's clause, no noun phrase
        return None
    if held and words[0][0].isupper() and len(words) <= 6 and not PREP_BEFORE.match(lowered[0] + " "):
        return Speaker(None, text[a:b], a, b, "description")     # "Notes on the conversation"
    if len(words) <= 4 and lowered[0] in SHORT_DETERMINERS and not any(w in _CLAUSE_WORDS for w in lowered):
        # "the book said", "the ad's narrator says": a short determiner phrase is a speaker
        return Speaker(None, text[a:b], a, b, "description")
    if not any(w in cues.speaker_nouns for w in lowered) and \
            not any(w[0].isupper() for w in words[1:] + ([words[0]] if len(words) == 1 else [])) \
            and " ".join(lowered[-2:]) not in cues.speaker_nouns:
        return None
    return Speaker(None, text[a:b], a, b, "description")


def description_of(text: str, a: int, b: int, cues: Cues) -> Speaker | None:
    """The describing speaker phrase ``text[a:b]`` reads as, if any ("the head of state")."""
    return _description(text, a, b, cues)


# a participle or a past verb with its preposition after a head noun: "Protesters marching
# through ...", "residents living near the base", "The colonel walked onto the stage" (an
# adjective, "the ruling party", "the armed forces", takes none)
_POSTMODIFIER = re.compile(r"\s+(?:(?:now|still|currently)\s+)?(?:[a-z]{3,}ing\s+(?:through|onto|into|in|on|at|near|outside|inside|from|along|"
                           r"across|around|to|toward|towards|past|under|by|for|with)|"
                           # a past form only with a preposition of motion: "issued by" is a passive
                           r"[a-z]{3,}ed\s+(?:onto|into|through|across|along|toward|towards|past|around))\s")


_CLOSE_MARKS = frozenset("”’\"'»")
_COORDINATORS = frozenset(("and", "but", "or", "then", "nor"))
_SUBORDINATORS = frozenset(("after", "before", "while", "when", "despite", "since", "upon", "without",
                            "although", "though", "because", "if", "unless", "until", "once"))


# "according to him": the pronoun as a subject would be written, which the resolver knows
_OBJECT_PRONOUN = re.compile(r"(him|her|them)\s*,?\s*$", re.I)
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}
_ACCORDING_TAIL = re.compile(r"\baccording\s+to\s+(?=[^,;:.!?]{1,60},?\s*$)", re.I)


def phrase_before(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The speaker of the stretch ``text[a:b]`` that ends right before a reporting verb."""
    m = cues.filler_tail.search(text, a, b)
    if m:
        b = m.start()
    b1 = strip_adverb(text, a, b, cues)
    if b1 != b:
        m = cues.filler_tail.search(text, a, b1)        # "X also cynically dismissed"
        b = m.start() if m else b1
    b0 = b
    a, b = _trim(text, a, b)
    if a >= b:
        return None
    if b - a > 2 and text[b - 1] in _CLOSE_MARKS and text[b - 2] == ",":
        # American style keeps an apposition's comma inside the marks: 'X, alias “Y,” said'
        b = b0 = b - 1
    wm = _WHO_END.search(text, a, b)
    if wm and wm.start() > a:
        # the verb of a relative clause: its subject is the phrase the clause follows ("the
        # commander, who said"), the focus of a cleft ("it was the president X who asked")
        start = a
        for cm in _CLEFT.finditer(text, a, wm.start()):
            start = cm.end()
        ms = idx.within(start, wm.start())
        if ms and ms[-1].type == "PERSON" and not text[ms[-1].end:wm.start()].strip(" \t,"):
            # the person right before "who" is the antecedent, whatever the clause before says
            # ("The road is open, according to Colonel X, who said")
            return named_speaker(ms[-1])
        am = _ACCORDING_TAIL.search(text, start, wm.start())
        if am is not None:
            # "Four soldiers died, according to him, who added": the antecedent of "who" is the
            # source of the "according to", not the clause before it
            start = am.end()
            om = _OBJECT_PRONOUN.match(text, start, wm.start())
            if om is not None:
                return Speaker(None, _SUBJECT_FORM[om.group(1).lower()], om.start(1), om.end(1), "pronoun")
        return phrase_before(text, start, wm.start(), idx, cues)
    rm = _WHO_CLAUSE.search(text, a, b)
    if rm and rm.start() > a and text[a:rm.start()].strip() and text[rm.start() - 1] != "," \
            and not text[a:b0].rstrip().endswith(",") and not _CONJ_END.search(text, a, b0):
        # "a farmer from the village who survived the attack told": a restrictive relative clause
        # before the verb; its subject is the phrase the clause follows, not the clause's object
        # (a verb coordinated inside the clause, "who pinched her and told her", is left alone)
        sp = phrase_before(text, a, rm.start(), idx, cues)
        if sp is not None:
            return sp
    tail_comma = text.rfind(",", a, b0)
    if tail_comma != -1 and not text[tail_comma + 1:b0].strip():
        # the stretch ends with a comma: [head], [apposition], VERB
        rel = _RELATIVE.search(text, a, tail_comma)
        if rel is not None:
            # "President X, who was in Y, Z, for the summit, condemned": a relative clause set off
            # by commas, whatever places and commas it holds, leaves the person before it the subject
            ms = idx.within(a, rel.start())
            if ms and ms[-1].type == "PERSON" and not text[ms[-1].end:rel.start()].strip() \
                    and lead_ok(text[a:ms[-1].start], cues):
                return named_speaker(ms[-1])
        ms = idx.within(a, tail_comma)
        if ms and ms[0].type == "PERSON" and not text[a:ms[0].start].strip() \
                and text[ms[0].end:ms[0].end + 1] == ",":
            return named_speaker(ms[0])      # "X, spokesperson for Y, part of Z and W, told Rudaw"
        prev = text.rfind(",", a, tail_comma)
        if prev != -1:
            appo_a, appo_b = _trim(text, prev + 1, tail_comma)
            named = [m for m in idx.within(appo_a, appo_b) if m.type == "PERSON"]
            given = _given_name(text, appo_a, appo_b, idx)
            if given is None and not named:
                # "..., identified only by her first name, X, said": the naming words before a comma
                pp = text.rfind(",", a, prev)
                given = _given_name(text, *_trim(text, pp + 1, appo_b), idx) if pp != -1 else None
            if given is not None and (not named or given.start == named[0].start):
                return given            # "..., who gave his name as Captain X Y Z, denied": X Y Z
            if named and (named[0].start == appo_a or title_lead(text, appo_a, named[0].start, cues)):
                # "The Secretary-General of X, the Sheikh Y, affirmed": the name in apposition
                return named_speaker(named[0])
            head = _head(text, _np_start(text, a, prev, idx), prev, idx, cues)
            if head is None or head.kind == "description":
                # "The military's media wing, Inter-Services Public Relations, said": a group
                # named in apposition to a describing head is the speaker
                group = appositive(text, appo_a, appo_b, idx, cues, INSTITUTION_TYPES)
                if group is not None and head is not None and head.start is not None \
                        and _PERSON_NAME.fullmatch(text, head.start, head.end) \
                        and not text.startswith("The ", head.start) and any(
                            w.lower() in cues.person_nouns or w.lower() in cues.office_title_set
                            for w in _WORD.findall(text, appo_a, group.start)):
                    # "X Y, the speaker of the National Assembly, told": a name the actor finder
                    # missed, given an office of the body, is that office's holder, not the body
                    return Speaker(None, head.name, head.start, head.end, "named", "PERSON")
                if group is not None:
                    return named_speaker(group)
                if head is not None and _PROPER_NAME.fullmatch(text, appo_a, appo_b) and not idx.within(appo_a, appo_b):
                    # a name the actor finder missed says more than the description before it
                    if text.startswith(("the ", "The "), appo_a):
                        appo_a += 4
                    elif _PERSON_NAME.fullmatch(text, appo_a, appo_b) and any(
                            w.lower() in cues.person_nouns for w in _WORD.findall(text, head.start or a, prev)):
                        # "The spokesman of the police, Nahum Kenneth Daso, said": a person's name
                        # after a person's office is that person, whom a later "he" stands for
                        return Speaker(None, text[appo_a:appo_b], appo_a, appo_b, "named", "PERSON")
                    return Speaker(None, text[appo_a:appo_b], appo_a, appo_b, "description")
            return head or _description(text, a, tail_comma, cues)
        b = b0 = tail_comma
    inner = interposed_subject(text, a, b0, idx, cues)
    if inner is not None:
        return named_speaker(inner)
    ms = idx.within(a, b)
    joint = _joint(text, ms, b) if len(ms) >= 2 and lead_ok(text[a:ms[-2].start], cues) else None
    if joint is not None:
        return joint
    start = _np_start(text, a, b0, idx)
    comma = text.rfind(",", start, b)
    if comma != -1:
        start = comma + 1       # "While having a heated debate ..., a friend commented"
    return _head(text, start, b, idx, cues)




def _given_name(text: str, a: int, b: int, idx: MentionIndex) -> Speaker | None:
    """The name an apposition gives its speaker ("who gave his name only as X"): the person's
    name, whether or not the actor finder took it for one."""
    m = NAMING.fullmatch(text, a, b)
    if m is None or not m.group("name")[:1].isupper():
        return None
    ms = idx.within(m.start("name"), m.end("name"))
    if ms and ms[0].type == "PERSON":
        return named_speaker(ms[0])
    return Speaker(None, m.group("name"), m.start("name"), m.end("name"), "named", "PERSON")


def clause_subject(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The subject of a clause whose verb is coordinated with a reporting verb: "Scott beamed
    and asked", "Blige sings to Clinton before asking her". Only when the stretch before the
    reporting verb ends in a conjunction."""
    if not _CONJ_END.search(text, a, b):
        return None
    sp = sentence_subject(text, a, b, idx, cues)
    if sp is None:
        # "The general also outlined his plan and vowed ...": a describing subject, no name
        am = _ADVERBIAL.match(text, a, b)
        span = lead_description(text, am.end() if am and not idx.within(a, am.end()) else a, b, cues)
        sp = _description(text, *span, cues) if span else None
    return sp


def sentence_subject(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The subject of the sentence starting at ``a``: its first mention with nothing but titles
    (and a leading adverbial: "On Monday, ...") ahead of it, or a pronoun opening it."""
    cm = _LEAD_CONJUNCTION.match(text, a, b)
    if cm:
        a = cm.end()            # "But X welcomed it": a sentence's opening conjunction is no lead
    ms = idx.within(a, b)[:4]
    for i, m in enumerate(ms[:3]):
        if lead_ok(text[a:m.start], cues):
            if m.type != "PERSON" and i + 1 < len(ms) and ms[i + 1].type == "PERSON" \
                    and title_lead(text, m.end, ms[i + 1].start, cues):
                # "Defence Ministry spokesman X ...", "Peru's chief prosecutor X ...": the group or
                # the country only premodifies the person's title
                return named_speaker(ms[i + 1])
            return named_speaker(m)
    am = _ADVERBIAL.match(text, a, b)
    if am and not idx.within(a, am.end()):
        a = am.end()
    first = text[a:b].split(None, 1)
    if first and first[0].lower() in cues.pronouns:
        return Speaker(None, first[0], a, a + len(first[0]), "pronoun")
    return None


def _np_start(text: str, a: int, b: int, idx: MentionIndex) -> int:
    """Where the noun phrase ending at ``b`` starts: after the last clause word, or after a
    leading adverbial ("On Monday, ...")."""
    start = a
    for cm in _CLAUSE.finditer(text, a, b):
        start = cm.end()
    if start == a:
        am = _ADVERBIAL.match(text, a, b)
        if am and am.end() < b and not idx.within(a, am.end() - 1):
            start = am.end()
    return start


def _head(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The head of a noun phrase ending at ``b``: a mention ending it, a pronoun, a description.
    A parenthesis closing the phrase is an aside ("The Defence Headquarters (DHQ)", "Senator X
    (D-Ohio)"): the head stands before it."""
    a, b = _trim(text, a, b)
    pm = _TAIL_PAREN.search(text, a, b)
    if pm and pm.start() > a:
        b = _trim(text, a, pm.start())[1]
    if a >= b:
        return None
    ms = idx.within(a, b)
    if ms and not PREP_BEFORE.search(text, a, ms[-1].start):
        joint = _joint(text, ms, b)
        if joint is not None:
            return joint
        rest = text[ms[-1].end:b].strip(" ,")
        if not rest or (ms[-1].type in _SUBJECT_TYPES and _NAME_TAIL.fullmatch(rest)):
            return named_speaker(ms[-1])
        # "the Kataib Hezbollah faction said": an institution noun after a group's name is the group
        if ms[-1].type != "PERSON" and rest.lower() in cues.speaker_nouns \
                and rest.lower() not in cues.person_nouns:
            return named_speaker(ms[-1])
        body = sub_body(ms[-1], rest, idx)
        if body is not None:
            return named_speaker(body)
    words = text[a:b].split()
    if len(words) == 1 and words[0].lower() in cues.pronouns:
        return Speaker(None, words[0], a, b, "pronoun")
    if words and words[-1].lower().strip(",") in cues.pronouns:
        # a subject pronoun ends no noun phrase but its own: "... what he called"
        return Speaker(None, words[-1], b - len(words[-1]), b, "pronoun")
    return _description(text, a, b, cues)
