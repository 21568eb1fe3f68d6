"""find_timexes: every time expression of a text, resolved against the publication date.

Steps: scan (grammar matches near triggers), gate (drop bare numbers that are not years,
"May" the modal...), resolve each against the publication date (future cues decide whether a
yearless date is the last or the next one), widen "since X" into a range up to publication,
resolve anaphoric expressions ("the following day") against the last date before them, and join
"between X and Y" / "from X to Y" into one range.
"""
from __future__ import annotations

import re

from sitrep.model import TimeExpr

from . import arith
from .cues import tense
from .fingerprint import text_key
from .resolve import CALENDAR, resolve
from .resolved import GRAIN, Resolved
from .scan import Raw, scan
from .words import lexicon
from .yearless import fill_years, is_yearless

# rules whose reading depends on whether the context speaks of the future
_TENSED = frozenset({"mdy", "dmy", "ordmon", "posmon2", "mon", "wd", "wddom", "dom", "relunit", "wkend"})
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")
_SINCE = re.compile(r"(?i:\b(?:ever\s+)?since)\s+$")
_OPEN = re.compile(r"(?i:\b(between|from))\s+$")
_JOIN = re.compile(r"\s*(?:(?i:and|to|until|till|through)|[-–—])\s*$")
_PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")
# "the group's 2014 assault", "the 2003 war": a determiner or possessive, the year, a lower-case noun
_POSSESSIVE_BEFORE = re.compile(r"(?:\w['’]s|s['’])\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]{3,})\b")
# a direct quotation: its "this morning" is the speaker's day, not a point of the narrative
_QUOTATION = re.compile(r"“[^”]{1,800}”|\"[^\"\n]{1,800}\"")


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


_NAME_BEFORE = re.compile(r"(?:^|[^\n.!?:;,(\"“'‘\s])\s+[A-Z][a-z]+\s+$")


def _named(r: Raw, text: str) -> bool:
    """An ambiguous month ("May") with a day right after a capitalised word inside a sentence
    ("the boat Unaizah May 7", "the tanker Ocean May 5") is part of a name: a date there
    follows a preposition, a comma or a weekday ("on May 7", "Monday, May 7"). A capitalised
    word at a sentence or line start ("Until May 7", "Posted May 7") does not count."""
    if (r.g.get("mon") or "").lower() not in lexicon().month_ambiguous:
        return False
    return _NAME_BEFORE.search(text, max(0, r.start - 30), r.start) is not None


def _gated(r: Raw, text: str) -> bool:
    """False for matches that are not time expressions in this context."""
    lex = lexicon()
    if r.rule == "mon":
        word = (r.g["mon"] or "").lower().rstrip(".")
        if word in lex.month_ambiguous or word in lex.month_abbr:
            # bare "May"/"March"/"Oct." only after a gate word: "in May", "since March"
            return _prev_word(text, r.start) in lex.year_gates
        return True
    if r.rule == "mdy" and not r.g.get("y") and not r.g.get("wd") and _named(r, text):
        return False                                # the vessel "Unaizah May 7"
    if r.rule in ("year", "yrange"):
        if _prev_word(text, r.start) not in lex.year_gates:
            return r.rule == "year" and _attributive(r, text)   # "2000 troops", "Resolution 2334"
        m = _PLURAL_AFTER.match(text, r.end)
        return not (m and m.group(1) not in lex.year_follow_ok)   # "by 2000 soldiers"
    return True


def _attributive(r: Raw, text: str) -> bool:
    """A year between a determiner or a possessive and a singular noun it modifies ("the 2014
    assault", "the group's 2019 offensive"): it dates the happening the noun names. A plural
    there ("the 2000 troops") is a count, as after any gate."""
    m = _WORD_AFTER.match(text, r.end)
    if m is None or (m.group(1).endswith("s") and not m.group(1).endswith(("ss", "is", "us"))):
        return False
    return _prev_word(text, r.start) in lexicon().attributive_gates or \
        _POSSESSIVE_BEFORE.search(text, max(0, r.start - 20), r.start) is not None


def _to_expr(text: str, r: Resolved) -> TimeExpr:
    return TimeExpr(r.start, r.end, text[r.start:r.end], r.value, r.granularity, r.end_value, r.basis)


def _anchor_for(unit: str, history: list[Resolved]) -> tuple[arith.Date, str] | None:
    """The date an anaphoric expression counts from: the last expression before it at least
    as fine as its unit (a day for "the following day"; a day, week or month for "a month
    later"), with that expression's granularity."""
    need = GRAIN.get(unit, 0)
    for h in reversed(history):
        if h.granularity in GRAIN and GRAIN[h.granularity] <= need:
            b = arith.bounds(h.value)
            if b:
                return b[0], h.granularity or "day"
    return None


# how many days off a stated month an anaphoric offset may be and still be dated to that month
_MONTH_REACH_DAYS = 14


def _month_anchor(n: int, unit: str, history: list[Resolved], pub: arith.Date | None) -> str | None:
    """The month a short offset ("a week earlier", "two days later") falls in when the narrative's
    last stated time is a month before the report's own (nothing finer to count from): that month."""
    if not history or unit not in ("day", "week") or abs(n) * (7 if unit == "week" else 1) > _MONTH_REACH_DAYS:
        return None
    h = history[-1]
    if h.granularity != "month" or not h.value or len(h.value) != 7:
        return None
    if pub is not None and h.value >= arith.value_for(pub, "month"):
        return None                         # this month's story: the report's day says more
    return h.value


def _quotations(text: str) -> list[tuple[int, int]]:
    if '"' not in text and "“" not in text:
        return []
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]


def _apply_anaphora(items: list[Resolved], pub: arith.Date | None, text: str = "") -> None:
    """Resolve "the following day", "a week earlier" against the narrative's last stated time.
    Times inside a quotation are the speaker's ("we buried children this morning") and are no
    anchor for the narrative around it."""
    history: list[Resolved] = []
    quoted = _quotations(text) if any(r.offset is not None for r in items) else []
    for r in items:
        if r.offset is not None:
            n, unit = r.offset
            # only a look back ("the day before") hangs on the statement: "said it repelled an attack
            # the following day" continues the narrative, which the statement came after
            found = _reported_anchor(text, r, history, pub) if unit == "day" and n < 0 else None
            if found is None:
                found = _anchor_for(unit, history)
            basis = "anaphoric"
            if found is None and (month := _month_anchor(n, unit, history, pub)) is not None:
                # "shot dead two soldiers in June. A week earlier, rebels had torched a school": a
                # few days off a stated month of the past lie in (or at the edge of) that month,
                # never a week before the report
                r.value, r.granularity, r.basis = month, "month", "anaphoric: month"
                history.append(r)
                continue
            if found is None and pub is not None:
                found, basis = (pub, "day"), "anaphoric: publication date"
            if found is not None:
                anchor, anchor_grain = found
                grain = r.granularity or "day"
                if grain == "week" and anchor_grain == "day" and r.basis != CALENDAR:
                    grain = "day"                   # "a week earlier" than a dated day: that day
                # ("the previous week" is the calendar week before the anchor's: a week)
                r.value = arith.value_for(arith.shift(anchor, unit, n), grain)
                r.granularity, r.basis = grain, basis
        if r.value and not any(a <= r.start and r.end <= b for a, b in quoted):
            history.append(r)


_SENT_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z])|\n")
_WORDS = re.compile(r"[a-z]+")


def _reported_anchor(text: str, r: Resolved, history: list[Resolved],
                     pub: arith.Date | None) -> tuple[arith.Date, str] | None:
    """The anchor of "the day before" in a reported clause ("police said gunmen had struck the
    day before"): the day the statement is dated in its sentence, else the report's own date;
    not the last date of the narrative before it. None when no report verb precedes it in its
    sentence."""
    lo = max(0, r.start - 300)
    s0 = lo
    for m in _SENT_END.finditer(text, lo, r.start):
        s0 = m.end()
    verbs = lexicon().report_verbs
    if not any(w in verbs for w in _WORDS.findall(text[s0:r.start].lower())):
        return None
    for h in reversed(history):
        if h.start < s0:
            break
        if h.granularity == "day" and h.value:
            b = arith.bounds(h.value)
            if b:
                return b[0], "day"
    return (pub, "day") if pub is not None else None


def _merge_ranges(text: str, items: list[Resolved]) -> list[Resolved]:
    """"between X and Y", "from X to Y", "X - Y": one range from X's value to Y's."""
    out: list[Resolved] = []
    i = 0
    while i < len(items):
        a = items[i]
        b = items[i + 1] if i + 1 < len(items) else None
        if b is not None and _JOIN.match(text[a.end:b.start]) and a.granularity != "range":
            opener = _OPEN.search(text, max(0, a.start - 12), a.start)
            dash = text[a.end:b.start].strip() in ("-", "–", "—")
            if opener or (dash and a.granularity == b.granularity == "day"):
                start = opener.start() if opener else a.start
                end_value = b.end_value if b.granularity == "range" else b.value
                out.append(Resolved(start, b.end, a.value, "range", _ordered(a, end_value), "range"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _ordered(a: Resolved, end_value: str | None) -> str | None:
    # "from Friday to Monday" read on a Saturday: Monday is the one after that Friday
    start, end = arith.bounds(a.value), arith.bounds(end_value)
    if not start or not end or end[0] >= start[0] or not end_value:
        return end_value
    if len(end_value) == 10 and (end[0] - start[0]).days > -7:
        return arith.day_value(arith.shift(end[0], "day", 7))
    if len(end_value) in (7, 10):
        return arith.value_for(arith.shift(end[0], "year", 1), "day" if len(end_value) == 10 else "month")
    return end_value


# a date-free reading of one grammar match, as a plain list (it is pickled with the analysis):
# rule, groups, start, end, where its "since" starts (None without one), and its tense cue
# (None until a dated pass asks for it)
Prepared = list


def prepare_timexes(text: str) -> Prepared:
    """The date-free part of ``find_timexes``: every gated grammar match with its "since" and
    (lazily) its tense cue. Plain lists and tuples, so it pickles small; ``date_timexes`` turns it
    into expressions for any publication date, as often as the date changes."""
    out: Prepared = []
    for raw in scan(text):
        if not _gated(raw, text):
            continue
        since = _SINCE.search(text, max(0, raw.start - 12), raw.start)
        out.append([raw.rule, raw.g, raw.start, raw.end, since.start() if since else None, None])
    return out


def _slash_order(prepared: Prepared) -> str | None:
    """How the document writes slashed dates: "dm" when one has a first number above 12
    ("15/03/2025"), "md" when one has a second ("03/15/2025"); None when none tells or both do."""
    seen = set()
    for rule, g, *_ in prepared:
        if rule == "numeric" and g["sep"] == "/":
            a, b = int(g["a"]), int(g["b"])
            if a > 12 >= b:
                seen.add("dm")
            elif b > 12 >= a:
                seen.add("md")
    return seen.pop() if len(seen) == 1 else None


def date_timexes(text: str, prepared: Prepared, published: str | None) -> list[TimeExpr]:
    """``find_timexes(text, published)`` from ``prepare_timexes(text)``."""
    pub = arith.parse_iso(published)
    order = _slash_order(prepared)
    items: list[Resolved] = []
    yearless: list[tuple[Resolved, str, dict]] = []
    for entry in prepared:
        rule, g, start, end, since, cue = entry
        raw = Raw(rule, g, start, end)
        if since is not None:
            cue = -1                                # "since" looks back
        elif rule in _TENSED and pub is not None:
            if cue is None:
                cue = entry[5] = tense(text, start, end)
        else:
            cue = 0
        res = resolve(raw, text, pub, cue, order)
        if res is None:
            continue
        if since is not None and res.granularity != "range" and res.offset is None:
            res = Resolved(since, res.end, res.value, "range",
                           arith.day_value(pub) if pub else None, "range-since")
        elif res.granularity == "range" and (opener := _OPEN.search(text, max(0, res.start - 12), res.start)):
            res.start = opener.start()              # "between 2014 and 2017" as one span
        elif pub is None and is_yearless(rule, g, res):
            yearless.append((res, rule, g))
        items.append(res)
    fill_years(text, items, yearless)              # an undated page: its stated dates place them
    _apply_anaphora(items, pub, text)
    return [_to_expr(text, r) for r in _merge_ranges(text, items)]


def find_timexes(text: str, published: str | None, prepared: dict | None = None) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved against ``published`` ("YYYY-MM-DD").

    ``prepared``: a dict kept by the caller for this text; the date-free part is stored in it on
    the first call and reused on later calls with another date (a document re-dated)."""
    if prepared is None:
        return date_timexes(text, prepare_timexes(text), published)
    key = text_key(text)
    if prepared.get("timex_key") != key:
        prepared["timex_key"], prepared["timex"] = key, prepare_timexes(text)
    return date_timexes(text, prepared["timex"], published)
