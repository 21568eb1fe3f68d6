"""From a grammar match to a value: what date, week, month or year an expression means.

Deictic expressions ("yesterday", "last week", "on Wednesday", "in October") are resolved
against the publication date; anaphoric ones ("the following day", "a week earlier") are left
for :mod:`sitrep.timex.find`, which knows the expression they lean on. Without a publication
date only expressions that carry their own year get a value.
"""
from __future__ import annotations

import re
from . import arith
from .parts import year_part
from .resolved import Resolved, _day, _mon, _num, _tag, _unit, _wd, _year_rel
from .scan import Raw
from .words import lexicon

_POD_DAY = {"morning", "afternoon", "evening", "night", "dawn", "dusk", "midday", "noon",
            "midnight", "daybreak", "nightfall", "day"}
# "the day before" / "two days after" lean on the text's last date only when nothing follows;
# "two days before the election" leans on an event we cannot date
_OPEN_TAIL = re.compile(r"\s*(?:[,.;:)!?\"”]|$|\s(?:and|when|as|but|while|to)\b)")
_RANGE_AHEAD = re.compile(r"(?i:\b(?:in|over|during|within|for|by))\s+$")




def _day_rule(r: Raw, pub: arith.Date | None, cue: int, month: int, day: int) -> Resolved | None:
    g = r.g
    y = g.get("y")
    d2 = _day(g["d2"]) if g.get("d2") else None
    if y or (g.get("yrel") and pub):
        d = arith.make_date(int(y) if y else _year_rel(g, pub), month, day)  # type: ignore[arg-type]
        basis = "absolute" if y else "relative year"
    elif pub:
        # a cue decides; without one the nearer reading: news names a day a year back with
        # its year, and a day a few weeks ahead (a deadline, a vote) without one
        d = arith.month_day(pub, month, day, None if cue == 0 else cue > 0, _wd(g.get("wd")))
        fut = d is not None and d > pub
        basis = _tag("month-day", fut) + ("" if cue else ", nearest")
    else:
        return Resolved(r.start, r.end, None, "range" if d2 else "day", basis="month-day")
    if d is None:
        return None
    if d2:
        e = arith.make_date(d.year, month, d2)
        if e is None or e <= d:
            return None
        return Resolved(r.start, r.end, arith.day_value(d), "range", arith.day_value(e), basis)
    return Resolved(r.start, r.end, arith.day_value(d), "day", basis=basis)


def _relative(r: Raw, pub: arith.Date | None, grain: str, shift_days: int = 0,
              months: int = 0, years: int = 0, basis: str = "relative") -> Resolved:
    if pub is None:
        return Resolved(r.start, r.end, None, grain, basis=basis)
    d = arith.shift(arith.shift(pub, "day", shift_days), "month", months)
    d = arith.shift(d, "year", years)
    return Resolved(r.start, r.end, arith.value_for(d, grain), grain, basis=basis)


def resolve(r: Raw, text: str, pub: arith.Date | None, cue: int,
            order: str | None = None) -> Resolved | None:
    """The value of one grammar match. ``cue``: the context speaks of the future (+1), of the
    past (-1), or has no tense cue (0: the past, except for a day and month, see _day_rule).
    ``order``: "dm" or "md", how the document writes its unambiguous slashed dates."""
    g, rule, lex = r.g, r.rule, lexicon()
    fut = cue > 0
    s, e = r.start, r.end
    if rule == "iso":
        d = arith.make_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved(s, e, arith.day_value(d), "day", basis="absolute") if d else None
    if rule == "numeric":
        return _numeric(r, pub, order)
    if rule == "wddom":
        return _weekday_dom(r, pub, fut)
    if rule in ("mdy", "dmy"):
        return _day_rule(r, pub, cue, _mon(g["mon"]), _day(g["d"]))
    if rule == "ordmon":
        return _day_rule(r, pub, cue, _mon(g["mon"]), lex.ordinals[" ".join(g["o"].lower().split())])
    if rule in ("monyear", "posmon", "posmon2", "mon", "relmon"):
        m = _mon(g["mon"])
        pos = (g.get("pos") or "").strip(" -").lower()
        extra = f", {' '.join(pos.split())}" if pos else ""
        if g.get("y"):
            return Resolved(s, e, arith.month_value(int(g["y"]), m), "month", basis="absolute" + extra)
        rel = " ".join((g.get("rel") or "").lower().split())
        step = lex.relative.get(rel, 0) if rel != "this past" else -1
        if g.get("yrel") and pub:
            return Resolved(s, e, arith.month_value(_year_rel(g, pub), m), "month",
                            basis="relative year" + extra)
        if pub is None:
            return Resolved(s, e, None, "month", basis="month-name" + extra)
        if rel and step == 0:
            y = pub.year
        elif rel:
            y = arith.month_year(pub, m, future=step > 0, strict=True)
        else:
            y = arith.month_year(pub, m, fut)
        basis = _tag("month-name", fut and not rel) + extra
        return Resolved(s, e, arith.month_value(y, m), "month", basis=basis)
    if rule in ("posyear", "year"):
        extra = ", " + " ".join(g["pos"].strip(" -").lower().split()) if g.get("pos") else ""
        return Resolved(s, e, arith.year_value(int(g["y"])), "year", basis="absolute" + extra)
    if rule == "yrange":
        y1, y2 = int(g["y"]), int(g["y2"])
        if y2 <= y1:
            return None
        return Resolved(s, e, arith.year_value(y1), "range", arith.year_value(y2), "range")
    if rule in ("anaph", "that", "daybefore", "inthe"):
        return _anaphor(r, text, pub)
    if rule == "relunit":
        return _relunit(r, pub, fut)
    if rule == "wkend":
        past = "past" in text[s:e].lower()          # "this past weekend"
        return _weekend(r, pub, fut and not past, strict=False)
    if rule == "wd":
        return _weekday(r, pub, fut, past=cue < 0)
    if rule == "deictic":
        step = lex.deictic[g["dx"].lower()]
        return _relative(r, pub, "day", step)
    if rule == "overnight":
        if text[max(0, s - 3):s].lower() == "an ":       # "an overnight curfew"
            return None
        return _relative(r, pub, "day", 0, basis="relative: the night before publication")
    if rule == "podrel":
        return _relative(r, pub, "day", -1 if g["rel"].lower() == "last" else 0)
    if rule == "ago":
        return _ago(r, text, pub)
    if rule == "span":
        return _span(r, text, pub)
    if rule == "part":
        return year_part(r, pub, fut)
    if rule == "dom":
        if not re.match(r"\s*(?:[,.;:)]|$|of\s+(?:this|last|next)\s+month)", text[e:e + 25]):
            return None                           # "on the 4th floor"
        if pub is None:
            return Resolved(s, e, None, "day", basis="day-of-month")
        d = arith.day_of_month(pub, int(g["d"]), fut)
        return Resolved(s, e, arith.day_value(d) if d else None, "day",
                        basis=_tag("day-of-month", fut))
    if rule == "recent":
        return Resolved(s, e, None, "range", arith.day_value(pub) if pub else None,
                        basis="range-past, vague start")
    return None


def _numeric(r: Raw, pub: arith.Date | None, order: str | None) -> Resolved | None:
    """"6.3.2025", "03/04/2025". A number above 12 is the day. Otherwise: dotted dates are
    day.month (the European, Latin American and Russian style; US usage never dots), a stated
    weekday picks the reading its calendar agrees with, then the document's own unambiguous
    slashed dates ("15/03/2025" elsewhere: day first), then the only reading not after the
    publication. Neither decides: no value."""
    g, s, e = r.g, r.start, r.end
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    dm, md = arith.make_date(y, b, a), arith.make_date(y, a, b)   # day-month, month-day readings
    if a > 12 >= b or a == b:
        d = dm
    elif b > 12 >= a:
        d = md
    else:
        d = _pick_order(dm, md, g, pub, order)
        if d is None:
            return Resolved(s, e, None, "day", basis="absolute: day/month order unknown")
    return Resolved(s, e, arith.day_value(d), "day", basis="absolute") if d else None


def _pick_order(dm: arith.Date | None, md: arith.Date | None, g: dict, pub: arith.Date | None,
                order: str | None) -> arith.Date | None:
    if g["sep"] == ".":
        return dm
    wd = _wd(g.get("wd"))
    if wd is not None:
        agree = [d for d in (dm, md) if d is not None and d.weekday() == wd]
        if len(agree) == 1:
            return agree[0]
    if order:
        return dm if order == "dm" else md
    if pub is not None and dm is not None and md is not None:
        # one reading still to come in a report of what happened: the other one
        past = [d for d in (dm, md) if d <= pub]
        if len(past) == 1:
            return past[0]
    return None


def _weekday_dom(r: Raw, pub: arith.Date | None, fut: bool) -> Resolved | None:
    """"Tuesday 13th": the nearest 13th that is a Tuesday, looking back (forward when the context
    speaks of the future) up to two months, since a writer leaves the month out only for a day
    close by; when no such day is that close, the weekday alone."""
    g = r.g
    wd, day = _wd(g["wd"]), int(g["d"])
    if pub is None or wd is None:
        return Resolved(r.start, r.end, None, "day", basis="weekday and day-of-month")
    for n in range(0, 3):
        y, m = arith.add_months(pub.year, pub.month, n if fut else -n)
        d = arith.make_date(y, m, day)
        if d is not None and d.weekday() == wd and (d >= pub if fut else d <= pub):
            return Resolved(r.start, r.end, arith.day_value(d), "day",
                            basis=_tag("weekday and day-of-month", fut))
    return _weekday(r, pub, fut)


CALENDAR = "anaphoric, calendar"      # a basis until the anchor is found (``find._apply_anaphora``)


def _anaphor(r: Raw, text: str, pub: arith.Date | None) -> Resolved | None:
    g, s, e = r.g, r.start, r.end
    if r.rule == "that":
        return Resolved(s, e, None, "day", basis="anaphoric", offset=(0, "day"))
    if r.rule == "inthe":
        # "earlier in the week": in news the report's week, as "earlier this week" (an anchor
        # from the narrative, "a year ago ... earlier in the year", misreads it more often)
        return _relative(r, pub, g["u"].lower(), basis=f"relative, {(g.get('pre') or '').lower()}")
    if r.rule == "daybefore":
        if not _OPEN_TAIL.match(text, e):
            return Resolved(s, e, None, "day", basis="relative to an undated event")
        return Resolved(s, e, None, "day", basis="anaphoric",
                        offset=(-1 if g["dir"].lower() == "before" else 1, "day"))
    word = g["a"].lower()
    unit = g["u"].lower()
    unit = "day" if unit in _POD_DAY else unit
    step = lexicon().anaphoric.get(word, 0)
    if word == "next" and unit != "day" and _RANGE_AHEAD.search(text, max(0, s - 12), s):
        # "in the next week": the coming week from publication, not the week after an event
        if pub is None:
            return Resolved(s, e, None, "range", basis="range-ahead")
        return Resolved(s, e, arith.day_value(pub), "range",
                        arith.day_value(arith.shift(pub, unit, 1)), "range-ahead")
    # "the previous week", "the following month": the calendar unit next to the anchor's
    return Resolved(s, e, None, unit, basis=CALENDAR, offset=(step, unit))


def _relunit(r: Raw, pub: arith.Date | None, fut: bool) -> Resolved:
    g = r.g
    rel = " ".join(g["rel"].lower().split())
    step = -1 if rel == "this past" else lexicon().relative.get(rel, 0)
    unit = g["u"].lower()
    pos = (g.get("pos") or "").lower()
    basis = "relative" + (f", {pos}" if pos else "")
    if unit == "weekend":
        return _weekend(r, pub, step > 0 or (step == 0 and fut), strict=step != 0)
    if unit == "week":
        return _relative(r, pub, "week", 7 * step, basis=basis)
    if unit == "month":
        return _relative(r, pub, "month", months=step, basis=basis)
    return _relative(r, pub, "year", years=step, basis=basis)


def _weekend(r: Raw, pub: arith.Date | None, future: bool, strict: bool) -> Resolved:
    if pub is None:
        return Resolved(r.start, r.end, None, "range", basis="weekend")
    sat = arith.weekend(pub, future, strict)
    return Resolved(r.start, r.end, arith.day_value(sat), "range",
                    arith.day_value(arith.shift(sat, "day", 1)), _tag("weekend", future))


def _weekday(r: Raw, pub: arith.Date | None, fut: bool, past: bool = False) -> Resolved:
    g = r.g
    wd = _wd(g["wd"])
    rel = " ".join((g.get("rel") or "").lower().split())
    if pub is None or wd is None:
        return Resolved(r.start, r.end, None, "day", basis="weekday")
    if rel in ("last", "past", "previous", "this past"):
        d = arith.weekday_on_or_before(pub, wd)
        d = arith.shift(d, "day", -7) if d == pub else d
        fut = False
    elif rel in ("next", "coming"):
        d = arith.weekday_on_or_after(pub, wd)
        d = arith.shift(d, "day", 7) if d == pub else d
        fut = True
    elif rel == "this" and not fut and not past:
        # "this Thursday" ("este jueves"): the Thursday of the publication's Monday-to-Sunday
        # week, ahead of a Tuesday page as well as behind a Friday one
        d = arith.shift(pub, "day", wd - pub.weekday())
        fut = d > pub
    else:
        d = arith.weekday_on_or_after(pub, wd) if fut else arith.weekday_on_or_before(pub, wd)
    return Resolved(r.start, r.end, arith.day_value(d), "day", basis=_tag("weekday", fut))


def _ago(r: Raw, text: str, pub: arith.Date | None) -> Resolved:
    g, s, e = r.g, r.start, r.end
    n = _num(g["n"])
    unit = _unit(g["u"])
    direction = g["dir"].lower()
    grain = "week" if unit == "fortnight" else unit
    if n is None:                                   # "a few days ago"
        return Resolved(s, e, None, grain, basis="relative, vague")
    if direction == "ago":
        if pub is None:
            return Resolved(s, e, None, grain, basis="relative")
        return Resolved(s, e, arith.value_for(arith.shift(pub, unit, -n), grain), grain,
                        basis="relative")
    if direction in ("before", "after") and not _OPEN_TAIL.match(text, e):
        return Resolved(s, e, None, grain, basis="relative to an undated event")
    step = -n if direction in ("earlier", "before", "previously") else n
    return Resolved(s, e, None, grain, basis="anaphoric", offset=(step, unit))


def _span(r: Raw, text: str, pub: arith.Date | None) -> Resolved | None:
    g, s, e = r.g, r.start, r.end
    if re.match(r"\s+of\b", text[e:e + 4]):
        return None                                 # "the last week of October"
    per_day = lexicon().span_units.get(g["u"].lower())
    unit = "day" if per_day else _unit(g["u"])
    plural = g["u"].lower().endswith("s")
    n = _num(g["n"]) if g.get("n") else (None if plural else 1)
    if per_day and n is not None:
        n = max(1, -(-n // int(per_day)))          # "the past 24 hours": back to yesterday
    ahead = g["rel"].lower() in ("coming", "next")
    basis = "range-ahead" if ahead else "range-past"
    if pub is None:
        return Resolved(s, e, None, "range", basis=basis)
    p = arith.day_value(pub)
    if n is None:                                   # "the coming days", "the past few weeks"
        return Resolved(s, e, p if ahead else None, "range", None if ahead else p, basis + ", vague")
    other = arith.day_value(arith.shift(pub, unit, n if ahead else -n))
    return Resolved(s, e, p if ahead else other, "range", other if ahead else p, basis)
