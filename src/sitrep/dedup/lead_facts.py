"""The incident a text opens on: its day and its toll, read from the first paragraph that states one.

A desk's report of another incident can share most of a wire story's wording (its template: the
group's history, the coalition paragraph, the statement frame), and a machine re-translation of the
wire can share little, so wording alone tells neither apart. The lead's facts do: a rewrite or a
re-translation of one incident keeps its day ("late on Tuesday" / "on the evening of Tuesday,
11 March") and its toll ("killing four soldiers" / "the killing of four soldiers"); the template's
other incident has its own day and its own toll. An independent report of the same incident may
revise the toll (a ministry's "three martyred" against the wire's four killed), but not the day, so
only a lead whose day AND toll both disagree is another incident (``incidents_differ``).

A weekday that dates the reporting ("security sources said on Tuesday", "told AFP on Tuesday") is
no day of the incident and is left out: a wire filed the day after tells the incident's day
elsewhere, while an independent report dates the incident itself ("on Monday, January 20").

The casualty words and number words are the claims' knowledge (``claim_units.json``: 'state' and
'number' entries, with their passive phrases of several words: "lost their lives"); weekdays and
months are the time words' (``time_words.json``); reporting verbs the quotes' (``quote_cues.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep import knowledge

HEAD_CHARS = 1200           # the lead is within a text's first paragraphs (a standfirst may come first)
LOOK_BACK = 16              # words between a count and its passive state ("three heroes of ... were martyred")
LOOK_AHEAD = 3              # words between an active casualty verb and its count ("the killing of four")
_AHEAD_SKIP = frozenset({"of", "at", "least", "the", "some", "about", "nearly", "almost", "more", "than", "over"})
_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*\w*|[.;:!?]")
# a wire's dateline ("BAGHDAD, March 17 (Reuters) -"): its day is the filing day, not the incident's
_DATELINE = re.compile(r"^[^\n]{0,80}?\([^()\n]{1,30}\)\s*[-–—:]")
_PARAGRAPHS = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class LeadFacts:
    weekdays: frozenset[int]
    dates: frozenset[tuple[int, int]]           # (month, day)
    killed: int | None
    wounded: int | None


NO_FACTS = LeadFacts(frozenset(), frozenset(), None, None)


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, str], dict[str, str]]:
    """Number words, weekdays, months, and casualty words: word -> 'killed'/'injured', for the
    active forms that take their count after them ('killing four') and the passive ones after it."""
    numbers = {e["word"]: int(e["value"]) for e in knowledge.load("claim_units.json")
               if e.get("kind") == "number" and " " not in e["word"] and isinstance(e.get("value"), int)}
    weekdays, months = {}, {}
    for e in knowledge.load("time_words.json"):
        if e.get("kind") == "weekday" and not e.get("abbr"):
            weekdays[e["word"]] = int(e["value"])
        elif e.get("kind") == "month":
            months[e["word"]] = int(e["value"])
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for e in knowledge.load("claim_units.json"):
        if e.get("kind") != "state" or e.get("unit") not in ("killed", "injured") or e.get("applies") != "person":
            continue
        for phrase in e.get("before", ()):
            words = phrase.split()
            # "the injury of": its noun, with "of" skipped on the way to the count
            word = words[-2] if len(words) > 1 and words[-1] == "of" else words[0] if len(words) == 1 else None
            if word:
                before.setdefault(word, e["unit"])
        for phrase in e.get("after", ()):
            if " " not in phrase:
                after.setdefault(phrase, e["unit"])
    return numbers, weekdays, months, before, after


@lru_cache(maxsize=1)
def _after_phrases() -> dict[str, tuple[tuple[str, ...], str]]:
    """Passive casualty phrases of several words by their last word ("lost their lives",
    "sustained injuries"), with their unit: the count comes before them as before a single word."""
    out: dict[str, list] = {}
    for e in knowledge.load("claim_units.json"):
        if e.get("kind") != "state" or e.get("unit") not in ("killed", "injured") or e.get("applies") != "person":
            continue
        for phrase in e.get("after", ()):
            words = tuple(phrase.split())
            if len(words) > 1 and all(w.isalpha() for w in words):
                out.setdefault(words[-1], []).append((words, e["unit"]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    """Forms of the reporting verbs (``quote_cues.json``) and "according": a weekday right after
    one ("said on Tuesday", "told AFP Tuesday") is the day the news was filed, not the incident's."""
    forms = {"according"}
    for e in knowledge.load("quote_cues.json"):
        if e.get("kind") == "verb" and not e.get("weak") and not e.get("fragment_only"):
            forms.update(f for f in e.get("forms", ()) if " " not in f)
    return frozenset(forms)


# words between a reporting verb and its weekday ("told AFP on Tuesday", "according to security
# sources this Tuesday")
FILED_WINDOW = 5


def _filed(toks: list[str], i: int) -> bool:
    """Whether the weekday at ``i`` dates the reporting ("officials said on Tuesday"), not the
    incident: a reporting verb within FILED_WINDOW words before it, in its clause, and no casualty
    word between; a possessive weekday ("Sunday's attack") always dates the incident."""
    if i + 1 < len(toks) and toks[i + 1] == "s":
        return False
    reporting, roles = _reporting(), _roles()
    for t in reversed(toks[max(0, i - FILED_WINDOW):i]):
        if t in ".;:!?" or t in roles:
            return False
        if t in reporting:
            return True
    return False


def _passive(toks: list[str], i: int, after: dict[str, str]) -> str | None:
    """The unit of a passive casualty word or phrase ending at ``i``, or None."""
    tok = toks[i]
    if tok in after:
        return after[tok]
    for words, unit in _after_phrases().get(tok, ()):
        if tuple(toks[i - len(words) + 1:i + 1]) == words:
            return unit
    return None


def _count(tok: str, numbers: dict[str, int]) -> int | None:
    if tok in numbers:
        return numbers[tok]
    if tok.isdigit() and len(tok) <= 4 and not 1900 <= int(tok) <= 2100:
        return int(tok)
    return None


def _paragraph_facts(para: str) -> LeadFacts:
    numbers, _, _, before, after = _vocab()
    roles = _roles()
    para = _DATELINE.sub("", para, count=1)
    toks = _TOKEN.findall(para.lower())
    toll: dict[str, int] = {}
    days: set[int] = set()
    dates: set[tuple[int, int]] = set()
    # days that open a span ("the death toll since Tuesday", "since July 16"): the happening's
    # day is another one the paragraph names, when it names one
    span_days: set[int] = set()
    span_dates: set[tuple[int, int]] = set()
    for i, tok in enumerate(toks):
        role = roles.get(tok)
        if role is None:
            continue
        kind, value = role
        if kind == "weekday":
            if not _filed(toks, i):
                (span_days if _opens_span(toks, i) else days).add(int(value))
            continue
        if kind == "month":
            for j in (i - 1, i + 1):        # "11 March" / "March 11"
                # a figure token keeps the comma after it ("September 24, when ..."): the day is its digits
                day = toks[j].rstrip(",.") if 0 <= j < len(toks) else ""
                if day.isdigit() and 1 <= int(day) <= 31:
                    (span_dates if _opens_span(toks, min(i, j)) else dates).add((int(value), int(day)))
            continue
        unit = str(value)
        if unit in toll:
            continue
        found = None
        if tok in before:           # "killing four soldiers", "the killing of four"
            for t in toks[i + 1:i + 1 + LOOK_AHEAD + 2]:
                found = _count(t, numbers)
                if found is not None or t not in _AHEAD_SKIP:
                    break
        if found is None and _passive(toks, i, after):     # "four soldiers ... were killed"
            seen = 0
            for t in reversed(toks[max(0, i - LOOK_BACK - 4):i]):
                if t in ".;:!?" or t in before or t in after:
                    break
                found = _count(t, numbers)
                seen += 1
                if found is not None or seen >= LOOK_BACK:
                    break
        if found is not None:
            toll[unit] = found
    if not days and not dates:
        days, dates = span_days, span_dates
    return LeadFacts(frozenset(days), frozenset(dates), toll.get("killed"), toll.get("injured"))


# words before a day that make it the start of a span, not the day of a happening
_SPAN_OPENERS = frozenset({"since"})


def _opens_span(toks: list[str], i: int) -> bool:
    """Whether the day at token ``i`` follows "since" ("since Tuesday", "since last Tuesday")."""
    before = toks[max(0, i - 2):i]
    return bool(before) and (before[-1] in _SPAN_OPENERS or (before[-1] == "last" and before[0] in _SPAN_OPENERS))


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, int | str]]:
    """Every word the lead's facts are read from, with its role: one look-up per token."""
    numbers, weekdays, months, before, after = _vocab()
    roles: dict[str, tuple[str, int | str]] = {}
    roles.update((w, ("month", v)) for w, v in months.items())
    roles.update((w, ("weekday", v)) for w, v in weekdays.items())
    roles.update((w, ("casualty", u)) for w, u in after.items())
    roles.update((w, ("casualty", u)) for w, u in before.items())
    for last, phrases in _after_phrases().items():
        roles.setdefault(last, ("casualty", phrases[0][1]))
    return roles


@lru_cache(maxsize=1)
def _casualty_words() -> frozenset[str]:
    _, _, _, before, after = _vocab()
    return frozenset(before) | frozenset(after) | frozenset(_after_phrases())


def lead_facts(text: str) -> LeadFacts:
    """The day and toll of the first paragraph (within HEAD_CHARS) that states a toll."""
    return lead_paragraph(text)[1]


@lru_cache(maxsize=8192)
def lead_paragraph(text: str) -> tuple[str, LeadFacts]:
    """The first paragraph (within HEAD_CHARS) that states a toll, with its facts ("" and
    NO_FACTS when none does)."""
    return _lead_paragraph(text[:HEAD_CHARS])


# linking asks for the same document's lead once per candidate pair it is in (the veto, the
# respelled-rewrite check, story joins): the answer depends on the head alone and is immutable
@lru_cache(maxsize=4096)
def _lead_paragraph(head: str) -> tuple[str, LeadFacts]:
    casualty = _casualty_words()
    for para in _PARAGRAPHS.split(head):
        # most paragraphs of a head (a standfirst, a caption, chrome) hold no casualty word
        if casualty.isdisjoint(_WORD.findall(para.lower())):
            continue
        facts = _paragraph_facts(para)
        if facts.killed is not None or facts.wounded is not None:
            return para, facts
    return "", NO_FACTS


def _disjoint(a: frozenset, b: frozenset) -> bool:
    return bool(a) and bool(b) and not (a & b)


def _days_differ(a: LeadFacts, b: LeadFacts) -> bool:
    """Both leads name a day (a weekday or a date) and no day of one is the other's."""
    return ((_disjoint(a.weekdays, b.weekdays) or _disjoint(a.dates, b.dates))
            and not (a.weekdays & b.weekdays) and not (a.dates & b.dates))


def incidents_differ(a: LeadFacts, b: LeadFacts) -> bool:
    """Whether two leads tell different incidents: both state the day and a toll, and neither the
    day nor the toll agrees (a revised toll alone, or a filing day alone, is no other incident)."""
    if not _days_differ(a, b):
        return False
    killed = a.killed is not None and b.killed is not None and a.killed != b.killed
    wounded = a.wounded is not None and b.wounded is not None and a.wounded != b.wounded
    return killed or wounded


def _tolls_apart(a: LeadFacts, b: LeadFacts) -> bool:
    """Whether two leads' tolls disagree: another count of the dead or the wounded, or one lead
    counting dead where the other counts only wounded ("killing 12" / "three soldiers were
    wounded": no count of one incident is told by the other)."""
    if a.killed is not None and b.killed is not None and a.killed != b.killed:
        return True
    if a.wounded is not None and b.wounded is not None and a.wounded != b.wounded:
        return True
    only_killed = lambda f: f.killed is not None and f.wounded is None      # noqa: E731
    only_wounded = lambda f: f.wounded is not None and f.killed is None     # noqa: E731
    return (only_killed(a) and only_wounded(b)) or (only_wounded(a) and only_killed(b))


def passage_leads_differ(text_a: str, text_b: str) -> bool:
    """Whether two texts that share only a passage lead with different incidents: another day and
    a toll that disagrees (``_tolls_apart``: tolls of other kinds disagree too, where
    ``incidents_differ``, which judges whole rewrites, wants two counts of one kind: a retelling
    may tell only the wounded). A passage that two leads of other days and tolls share is the
    background a desk re-uses (the group's history, a yearly toll), no copy of either incident."""
    a, b = lead_facts(text_a[:HEAD_CHARS]), lead_facts(text_b[:HEAD_CHARS])
    return _days_differ(a, b) and _tolls_apart(a, b)


def texts_differ(text_a: str, text_b: str) -> bool:
    """``incidents_differ`` of two texts' leads (their first HEAD_CHARS are read)."""
    return incidents_differ(lead_facts(text_a[:HEAD_CHARS]), lead_facts(text_b[:HEAD_CHARS]))
