"""Which of a sentence's time expressions an act may take: the clause structure between them.

A time expression dates the clause it stands in. One inside an adverbial clause that follows the
trigger ("clashes that only subsided after Moscow intervened in March") dates that clause's verb,
not the trigger; one inside the complement of a verb of saying or blaming ("Ankara accused Baku of
letting Tehran strike Yerevan in April", "denied that its troops shelled the town in May") dates
the reported act, not the accusation or the denial. Coordinated expressions ("in April and
October") date one act each; the first stands for the group where one date is wanted.

The subordinators, complementisers and the irregular past forms that show a clause has its own
verb are the ``time_*`` cue sets of ``event_cues.json``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sitrep.events.dating_keypoints import summary_line
from sitrep.knowledge import load
from sitrep.model import TimeExpr

# a non-restrictive relative clause set off by commas ("Niger's junta, which seized power in July
# 2023, has asked ..."): its verb, object and time are its own, not the main clause's
_RELATIVE = re.compile(r",\s*(?:which|who|whose|whom)\b[^,;:()\"“”]{2,160}?(?=,|$)", re.I)
_COORD_GAP = re.compile(r"^\s*(?:,\s*)?(?:and|or|as well as|,)\s*(?:(?:in|on|at)\s+)?$", re.I)


def _alternation(terms: frozenset[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sets: dict[str, frozenset[str]] = {}
    for entry in load("event_cues.json"):
        if entry.get("name", "").startswith("time_"):
            sets[entry["name"]] = sets.get(entry["name"], frozenset()) | frozenset(t.lower() for t in entry["terms"])
    # a finite verb: a regular past form or a listed irregular one, within a few words of the opener
    # ("after a failed assault": a participle after a determiner is an adjective, no verb)
    verb = rf"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?:[a-z]+ed|{_alternation(sets.get('time_irregular_past', frozenset()) or frozenset({'x'}))})"
    words = r"(?:[\w'’.-]+\s+){0,6}?"
    adverbial = re.compile(
        rf"\b(?:{_alternation(sets.get('time_subordinators', frozenset({'after'})))})\s+{words}{verb}\b", re.I)
    # the complement follows the verb and its object at once ("accused the armed forces of
    # shelling", "denied on Monday that"); a "that" further on opens a relative clause
    complement = re.compile(
        rf"^\s*(?:[\w'’.-]+\s+){{0,5}}?(?:of\s+(?:\w+ly\s+)?[a-z]+ing|(?:{_alternation(sets.get('time_complementisers', frozenset({'that'})))})"
        rf"\s+{words}{verb})\b", re.I)
    return adverbial, complement


@lru_cache(maxsize=1)
def _said_before() -> re.Pattern[str]:
    verbs: frozenset[str] = frozenset()
    for entry in load("event_cues.json"):
        if entry.get("name") == "attribution_verbs":
            verbs |= frozenset(t.lower() for t in entry["terms"])
    # "said on Tuesday", "said late on Sunday", "told reporters on Monday", "announced Friday"
    return re.compile(rf"\b(?:{_alternation(verbs or frozenset({'said'}))})(?:\s+[\w'’-]+){{0,2}}?\s+$", re.I)


def saying_time(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` stands right after a verb of saying: it dates the statement ("the army said
    on Tuesday that strikes had killed 40 militants the previous week"), and an act the statement
    reports takes it only when its own clause states no time."""
    return _said_before().search(text, max(0, t.start - 30), t.start) is not None


# "the latest attack since a truce took hold in late March", "has killed 300 since the ceasefire came
# into force on April 2": the time closes a since-phrase in its own clause
_SINCE_BEFORE = re.compile(r"(?<![\w-])since\b[^,;:.!?()\"“”]{0,90}$", re.I)


def since_bound(text: str, lo: int, t: TimeExpr) -> bool:
    """Whether ``t`` ends a since-phrase: it is when a state began (a lower bound), never the date
    of an act told in that sentence, nor the narrative time of the next."""
    lo = max(lo, t.start - 100)
    if text.find("ince", lo, t.start) < 0:
        return False
    return _SINCE_BEFORE.search(text, lo, t.start) is not None


# "has intensified since 2018, when the rebels killed 19 road workers": the when-clause right after a
# since-phrase tells the act that opened the period, so the period's start is that act's time
_SINCE_WHEN = re.compile(r"\s*,?\s*when\b[^,;:.!?()\"“”]{0,120}$", re.I)


def since_when(text: str, t: TimeExpr, start: int) -> bool:
    """Whether the act at ``start`` stands in a when-clause that follows the since-phrase ``t``."""
    return t.end <= start and (t.basis or "").startswith(("since", "range-since")) \
        and _SINCE_WHEN.match(text, t.end, start) is not None


def long_since(t: TimeExpr, months: int = 3) -> bool:
    """Whether ``t`` is an open period that began more than ``months`` before it ends ("since
    2022" in a report of 2025): an act told against it is a state or habit of those years, and
    no month of it, least of all the report's, is that act's date."""
    if not (t.basis or "").startswith(("since", "range-since")) or not t.value or not t.end_value:
        return False
    v, e = t.value, t.end_value
    if not (v[:4].isdigit() and e[:4].isdigit()):
        return False
    m0 = int(v[:4]) * 12 + (int(v[5:7]) - 1 if len(v) >= 7 and v[5:7].isdigit() else 0)
    m1 = int(e[:4]) * 12 + (int(e[5:7]) - 1 if len(e) >= 7 and e[5:7].isdigit() else 0)
    return m1 - m0 > months


# "came a month after the JNIM launched an offensive": the act of the clause is dated against the
# sentence's reference time, shifted by the stated interval
_OFFSET = re.compile(r"(?<![\w-])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})\s+"
                     r"(day|week|month|year)s?\s+(after|before)\s+(?:[^,;:.!?\"“”]{0,60}?)$", re.I)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


def offset_before(text: str, lo: int, start: int) -> tuple[int, str] | None:
    """The interval by which an act in a "N units after/before" clause that follows its main
    clause lies before (negative) or after the sentence's reference time, as (signed count, unit);
    None outside such a clause; a count of 0 for a vague one ("a few", "several")."""
    a = max(lo, start - 90)
    if text.find(" after ", a, start) < 0 and text.find(" before ", a, start) < 0:
        return None
    m = _OFFSET.search(text, a, start)
    if m is None or not text[lo:m.start()].strip(" \t\n\"“'‘-—•*"):
        return None                   # "Two weeks after X attacked, Y ...": a fronted clause dates Y, not X
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _COUNTS.get(word)
    if n is None:
        return 0, m.group(2).lower()
    # the act after "after" happened that long before the reference time
    return (-n if m.group(3).lower() == "after" else n), m.group(2).lower()


def offset_phrase(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The "N units after/before ..." phrase ending at ``hi`` (see ``offset_before``)."""
    return _OFFSET.search(text, lo, hi)


ADVERBIAL, COMPLEMENT, CONJUNCT = "adverbial", "complement", "conjunct"
# "has sent 5,000 troops to the region, and on Friday the president signed the decree": a time
# opening the next coordinated clause dates that clause, not the act before the comma
_CONJUNCT_GAP = re.compile(r"\S\s*[,;]\s*(?:and|but|while|then|and then)\s+(?:(?:early|late)\s+)?"
                           r"(?:(?:on|in|at|by|during|over)\s+)?(?:the\s+)?$", re.I)
# (a coordinated verb phrase sharing the subject, "barred US airlines, and on December 11 extended
# the ban", is left to the act before it: the second verb is often coded as no act of its own, and
# the time is then the only one the sentence gives the happening)
_OPENS_CLAUSE = re.compile(r",?\s+(?:[A-Z][\w'’-]*|(?:the|a|an|its|their|his|her|they|he|she|it|we|police|troops|soldiers)\b)")
_CLAUSE_COORD = re.compile(r",\s*(?:and|but|then|and then)\b", re.I)


def foreign(text: str, end: int, t: TimeExpr, reported: bool) -> str | None:
    """Whether ``t``, after a trigger ending at ``end``, stands in a clause of its own: ADVERBIAL
    (an adverbial clause with a verb: it dates the act only as its narrative context, "subsided
    after Moscow intervened in March"), COMPLEMENT (``reported``: the act is a statement, an
    accusation or a refusal, and ``t`` dates the act it reports), or None (the act's own clause)."""
    if t.start < end:
        return None
    gap = text[end:t.start]
    if len(gap) > 240:
        return None
    adverbial, complement = _patterns()
    if reported and (complement.match(gap) is not None or _saying_participle().match(gap) is not None):
        return COMPLEMENT
    if _CONJUNCT_GAP.search(gap) is not None and _OPENS_CLAUSE.match(text, t.end) is not None:
        return CONJUNCT
    return ADVERBIAL if adverbial.search(gap) is not None else None


@lru_cache(maxsize=1)
def _saying_participle() -> re.Pattern[str]:
    # "rejected the charge, saying Hamza was seized at the airport on Monday": the participle opens
    # what the verbal act reports, so a time after it dates the reported act
    words = frozenset(e["word"].lower() for e in load("time_words.json") if e.get("kind") == "saying_participle")
    return re.compile(rf"^[^.;:!?\n]{{0,80}}?,\s*(?:{_alternation(words or frozenset({'saying'}))})\b", re.I)


@lru_cache(maxsize=1)
def _simultaneous() -> frozenset[str]:
    return frozenset(e["word"].lower() for e in load("time_words.json") if e.get("kind") == "simultaneous_subordinator")


def simultaneous(text: str, end: int, t: TimeExpr) -> bool:
    """Whether the ADVERBIAL clause ``t`` stands in (after a trigger ending at ``end``) is opened by
    a subordinator of simultaneity: "five villagers were wounded when shells landed overnight on
    Sunday, the district chief said on Monday" (the wounding happened when the shells landed, so
    Sunday night is its own time, never the statement's Monday)."""
    m = _patterns()[0].search(text[end:t.start])
    if m is None:
        return False
    opened = " ".join(m.group(0).lower().split()) + " "
    return any(opened.startswith(w + " ") for w in _simultaneous())


# "prayers were held on Friday for three officers killed when ...": the time before a prepositional
# object whose noun a past participle (the act) modifies dates the main clause's verb, not the act
@lru_cache(maxsize=1)
def _reduced_object() -> re.Pattern[str]:
    preps = frozenset(e["word"].lower() for e in load("time_words.json")
                      if e.get("kind") == "reduced_object_preposition") or frozenset({"for", "of"})
    return re.compile(rf"^\s*,?\s*(?:{_alternation(preps)})\s+(?:[\w'’-]+\s+){{0,5}}?(?:\d[\d,]*|people|persons|"
                      r"children|men|women|[a-z]{2,}s)\s+$", re.I)


_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)$", re.I)
_REDUCED_NEXT = re.compile(r"\s*(?:,|\.|$|(?:in|when|by|during|while|after|near|as|at|on|outside|inside)\b)", re.I)


def before_reduced_relative(text: str, t: TimeExpr, start: int, end: int) -> bool:
    """Whether ``t`` dates a main clause whose object a participle (the act at [start, end))
    modifies: "funeral prayers were held on Friday for three police officers killed when gunmen
    ambushed their patrol the previous day" (Friday is the prayers' day, not the killing's)."""
    if t.end > start or start - t.end > 90 or not _PARTICIPLE.match(text, start, end):
        return False
    return _reduced_object().match(text[t.end:start]) is not None and _REDUCED_NEXT.match(text, end) is not None


def relatives(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The comma-enclosed relative clauses of text[lo:hi] (a sentence), as (start, end) spans
    from the opening comma to just before the closing one (or the sentence end)."""
    if "wh" not in text[lo:hi].lower():
        return []
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text, lo, hi)]


def split_by_relative(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` stand on different sides of a relative clause's edge:
    one inside it and the other outside."""
    return any((x <= a < y) != (x <= b < y) for x, y in spans)


def first_of_group(text: str, times: list[TimeExpr], i: int) -> int:
    """The index of the first expression of the coordination ``times[i]`` belongs to ("in April
    and October": April's index for October)."""
    while i > 0 and times[i - 1].end <= times[i].start and _COORD_GAP.match(text[times[i - 1].end:times[i].start]):
        if _clause_opened(text, times[i - 1], times[i]):
            break
        i -= 1
    return i


def _clause_opened(text: str, a: TimeExpr, b: TimeExpr) -> bool:
    """Whether ``b`` opens a clause coordinated after ``a``'s rather than joining ``a`` in one
    time ("stormed the town on Sunday, and on Monday it retook the bridge": two days, two acts;
    "on Sunday and Monday" is one)."""
    return _CLAUSE_COORD.search(text, a.end, b.start) is not None and text[b.end:b.end + 1] != "," \
        and _OPENS_CLAUSE.match(text, b.end) is not None


def group(text: str, times: list[TimeExpr], i: int) -> list[TimeExpr]:
    """Every expression of the coordination that starts at ``times[i]``, in order."""
    out = [times[i]]
    while i + 1 < len(times) and times[i].end <= times[i + 1].start \
            and _COORD_GAP.match(text[times[i].end:times[i + 1].start]) \
            and not _clause_opened(text, times[i], times[i + 1]):
        i += 1
        out.append(times[i])
    return out


@lru_cache(maxsize=1)
def _present_report() -> re.Pattern[str]:
    verbs = frozenset(e["word"].lower() for e in load("time_words.json") if e.get("kind") == "present_report_verb")
    return re.compile(rf"\b(?:{_alternation(verbs or frozenset({'says'}))})\b", re.I)


@lru_cache(maxsize=1)
def _past_report() -> re.Pattern[str]:
    verbs = frozenset(e["word"].lower() for e in load("time_words.json") if e.get("kind") == "report_verb")
    return re.compile(rf"\b(?:{_alternation(verbs or frozenset({'said'}))})\b", re.I)


def _unquoted(text: str, lo: int, hi: int, rx: re.Pattern[str]) -> bool:
    """Whether ``rx`` matches in text[lo:hi] outside a quotation (one opened and not closed before it)."""
    for m in rx.finditer(text, lo, hi):
        before = text[lo:m.start()]
        if before.count("\"") % 2 == 0 and before.count("“") <= before.count("”"):
            return True
    return False


def told_as_present(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] is attributed in the present ("the army says it killed
    five gunmen", "..., the ministry says"): the statement is the report's news, and an act it
    reports with no time of its own is fresh news of the report's day (a live blog's entries)."""
    return "s " in text[lo:hi] and _unquoted(text, lo, hi, _present_report())


def attributed_before(text: str, lo: int, start: int) -> bool:
    """Whether a past verb of saying stands in text[lo:start] before a trigger ("the spokesman said
    18 soldiers were killed and accused the rebels of ..."): the trigger is part of what the
    speaker said, on an occasion the sentence does not date."""
    return _unquoted(text, lo, start, _past_report())


# a headline line: short, no full stop, the first paragraph of the text
_HEADLINE = re.compile(r"[^\n]{8,160}(?<![.!:;,])(?=\n)")
_LEAD_SENTENCE = re.compile(r"[^\n]{40,}[.!?\"”’)]\s*(?:\n|$)")


def headline(text: str, times: list[TimeExpr], tstarts: list[int]) -> tuple[int, TimeExpr | None]:
    """Where a headline opening the text ends and the time its lead paragraph states first (0,
    None without either): "Six killed as bomber strikes Kabul bank" above "A suicide bomber blew
    himself up ... on Tuesday morning": the headline retells the lead's act, so it takes the
    lead's day, never the report's (a headline's present tense is no time of its own)."""
    m = _HEADLINE.match(text)
    if m is None:
        return 0, None
    if times and times[0].start < m.end():
        return 0, None                        # the headline dates itself
    # the lead: the first of the next three paragraphs told in sentences (a share bar is none)
    pos = m.end()
    for _ in range(3):
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        cut = text.find("\n", pos)
        cut = len(text) if cut < 0 else cut
        if _LEAD_SENTENCE.match(text, pos, cut + 1 if cut < len(text) else cut) is not None:
            stated = [t for t in times[bisect.bisect_left(tstarts, pos):bisect.bisect_left(tstarts, cut)]]
            own = next((t for t in stated if not saying_time(text, t)), stated[0] if stated else None)
            return (m.end(), own) if own is not None else (0, None)
        pos = cut
    return 0, None



_SUBHEAD_MAX = 100                # a subheading is a short line; a longer one without a stop is prose cut short


def subheading(text: str, start: int, times: list[TimeExpr], tstarts: list[int]) -> TimeExpr | None:
    """The time the section under a subheading states first, for an act told in that subheading
    ("Tshisekedi speaks, Nangaa threatens" above "President Tshisekedi broke his silence on
    Wednesday ..."): like a headline, a subheading retells the acts of the text below it and has
    no time of its own, so its act is never the report's day. None when ``start`` is no act of a
    subheading line or the paragraph below states no time."""
    lo = text.rfind("\n", 0, start) + 1
    if lo == 0:
        return None                           # the first line: a headline (``headline``)
    hi = text.find("\n", start)
    if hi < 0 or hi - lo > _SUBHEAD_MAX:
        return None
    line = text[lo:hi].rstrip()
    if not line or line[-1] in ".!?:;,\"”’')":
        return None
    if summary_line(text, lo, _SUBHEAD_MAX):
        return None                           # a key point of a list above the story: its own news
    pos = hi
    while pos < len(text) and text[pos] in "\n \t":
        pos += 1
    cut = text.find("\n", pos)
    cut = len(text) if cut < 0 else cut
    if _LEAD_SENTENCE.match(text, pos, cut + 1 if cut < len(text) else cut) is None:
        return None                           # no prose below: a list, a caption, a link line
    stated = times[bisect.bisect_left(tstarts, pos):bisect.bisect_left(tstarts, cut)]
    return next((t for t in stated if not saying_time(text, t)), stated[0] if stated else None)


# ----------------------------------------------------------------------------- one sentence per paragraph
#
# A page scraped with every sentence in its own paragraph has no paragraphs to speak of: the line
# break there is no change of story stretch, so an undated act may take the time a paragraph or two
# above stated, as it would inside a real paragraph. A page with real multi-sentence paragraphs
# keeps the paragraph as the limit.
_STOPS, _CLOSERS = (".", "!", "?"), "\"”’')"      # prose: a line ending in a full stop, quotes aside
_LINE = re.compile(r"[^\S\n]*\S[^\n]*")
_FLAT_SHARE = 5                  # at most one prose paragraph in five holds more than one sentence
_FLAT_MIN = 4                    # prose paragraphs a page needs before it is read as flat
_FLAT_REACH = 2                  # paragraph breaks an act may look back across on a flat page


def paragraph_sentences(text: str, sentences: list[tuple[int, int]]) -> tuple[list[int], list[int], bool]:
    """The start of each non-empty line of ``text``, whether it holds one sentence (1), more (2) or
    is no prose (-1: no full stop at its end), and whether the page is written one sentence per
    paragraph."""
    starts: list[int] = []
    counts: list[int] = []
    for m in _LINE.finditer(text):
        starts.append(m.start())
        counts.append(1 if m.group().rstrip().rstrip(_CLOSERS)[-1:] in _STOPS else -1)
    # a sentence that starts on the line its predecessor ends on: that line holds two
    for (_, e), (a, _) in zip(sentences, sentences[1:]):
        if "\n" not in text[e:a]:
            k = bisect.bisect_right(starts, a) - 1
            if k >= 0 and counts[k] > 0:
                counts[k] = 2
    prose = sum(1 for c in counts if c > 0)
    multi = counts.count(2)
    return starts, counts, prose >= _FLAT_MIN and multi * _FLAT_SHARE <= prose


def flat_run(starts: list[int], counts: list[int], a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` (a < b) lie within ``_FLAT_REACH`` consecutive one-sentence
    prose paragraphs of each other (on a page ``paragraph_sentences`` found flat)."""
    i = bisect.bisect_right(starts, a) - 1
    j = bisect.bisect_right(starts, b) - 1
    if i < 0 or j - i > _FLAT_REACH:
        return False
    return all(counts[x] == 1 for x in range(i, j + 1))
