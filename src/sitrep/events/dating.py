"""The date an event gets from the document's time expressions.

A day or a month, never a guess from the publication date: merging lines undated reports up by
publication date, and the timeline shows them as undated.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from sitrep.events import figures, timescope
# nearest_to is re-exported: coder imports it from here
from sitrep.events.dating_times import (_DATE, _dated_head, dateline_end, event_date, nearest,  # noqa: F401
                                        nearest_to, still_to_come, usable)
from sitrep.events import dating_lead as lead
from sitrep.events.dating_after_it import after_it
from sitrep.events.dating_aside import asides
from sitrep.events.dating_attributive import attributive
from sitrep.events.dating_observance import observance_day
from sitrep.events.dating_offset import offset_clause, shift_from, shift_from_report
from sitrep.events.dating_elaboration import elaborated_day, live_entry_of_the_day, since_when_period
from sitrep.events.dating_reported import in_said_clause
from sitrep.events.dating_sequel import days_sequel_time, sequel_time
from sitrep.events.dating_since_noun import since_noun_time
from sitrep.events.dating_speaker import in_reported_speech, speaker_time
from sitrep.events.dating_week import day as _day
from sitrep.events.dating_week import day_in_week, is_week, iso_week, last_week_in, week_month
from sitrep.events.dating_months import _entry_between, _onset_month, _period_month, _stale_month  # noqa: F401
from sitrep.model import TimeExpr
from sitrep.nlp.sentences import split_sentences


# ----------------------------------------------------------------------------- dating an act in its context
#
# An act the sentence does not date takes the time of its narrative context, as TimeML and ACLED
# coders do: the time expression the paragraph last stated (when the act is told in the past), a
# period the sentence gives ("since October", "over the past month"), or for an ongoing report
# (present perfect, present) the publication month. Each inferred date says how it was found
# (``EventFact.date_basis``), so an analyst can tell a stated date from an inferred one.

STATED, ANAPHORA, CONTEXT, PERIOD, PUBLICATION = "stated", "anaphora", "context", "period", "publication"
# "was killed in police custody in 2009": the act's own clause puts it in a year. The contract has
# no year date, so the event stays undated, but it must not borrow the paragraph's day or the
# report's: the basis says why it has no date
YEAR = "year"
# "has been weakened by raids since 2022": a state or habit of years, background to the report's
# news; undated (an event coder may drop such an act: it is no incident of the report)
BACKGROUND = "background"
_YEAR_VALUE = re.compile(r"^\d{4}$")
_PAST_TENSES = ("past", None)             # a simple past act, or one whose tense the text does not show
_ONGOING = ("perfect", "present")
# verbal acts: a demand, threat, refusal or accusation told with no time of its own ("denied
# targeting civilians", "has called for calm") is made in the news cycle of the report: the report's
# day, which stands for "that day or the day before" (ACLED codes a source's undated report of a
# fresh statement to the report's date, as its precision-1 day). A material act with no stated
# time stays undated
_OVERNIGHT = "relative: the night before publication"     # the basis ``sitrep.timex`` gives "overnight"
STATEMENTS = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})


class Clock:
    """A document's time expressions, indexed for dating its acts."""

    __slots__ = ("text", "times", "tstarts", "periods", "pstarts", "published", "head", "weeks",
                 "years", "ystarts", "earlier_week", "headline", "_paras", "_sentences", "_week_days",
                 "lead", "lead_time", "filed_today")

    def __init__(self, text: str, timexes: list[TimeExpr], published: str | None,
                 sentences: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self._sentences = sentences if sentences and len(sentences) > 1 else None    # (the analysis's)
        self.published = published if published and _DATE.match(published[:10]) else None
        self.times = sorted((t for t in timexes if usable(t) and not self._unanchored(t)   # (an observance's
                             and not observance_day(text, t)), key=lambda t: t.start)  # day dates no act)
        self.tstarts = [t.start for t in self.times]
        self.periods = sorted((t for t in timexes if _period_month(t) is not None), key=lambda t: t.start)
        self.pstarts = [t.start for t in self.periods]
        # the dateline's date ("GAO, June 11 -") is when the report was filed: the lead's act takes
        # it only when its sentence states no time of its own
        # (a place-only dateline, "GAO, Mali -", still opens a wire lead however long it runs
        # before its first time: "... ambushed a truck here Monday morning, the army said.")
        self.head = dateline_end(text) or (_dated_head(text, self.times[0])
                                           if self.times and self.times[0].start < 200 else 0)
        # a week's text -> the week ("last week" -> "2025-W10"): the event keeps its month as its
        # date, and the week for merging; a text read as two different weeks gives neither
        self.weeks: dict[str, str | None] = {}
        for t in self.times:
            if t.granularity == "week" and t.value and is_week(t.value):
                self.weeks[t.text] = t.value if self.weeks.get(t.text, t.value) == t.value else None
        # (a closed span of years, "in coups in 2020 and 2021", "from 2013 to 2018", puts its act in
        # its first year as a bare year does; an open one, "since 2020", is a state's onset)
        self.years = [t for t in timexes if _YEAR_VALUE.match(t.value or "") and (
            t.granularity == "year" or (t.granularity == "range" and _YEAR_VALUE.match(t.end_value or "")
                                        and not (t.basis or "").startswith(("since", "range-since"))))]
        self.years.sort(key=lambda t: t.start)
        self.ystarts = [t.start for t in self.years]
        pub = _day(self.published) if self.published else None
        # "last week's attack" in the text: the story it tells is of the week before the report's
        # a wire lead (one sentence after the dateline) and the time it states for its act
        self.lead = lead.lead_span(text, self.head)
        self.lead_time = lead.lead_time(text, self.times, self.tstarts, self.lead, self.head)
        # (unless the lead names the report's own day by its weekday, "said on Tuesday": then a
        # Tuesday in the text is today, whatever "last week" the background mentions)
        self.earlier_week = pub is not None and bool(self.weeks) and \
            iso_week(pub - dt.timedelta(days=7)) in self.weeks.values() and \
            not lead.names_today_by_weekday(text, self.times, self.tstarts, self.lead, self.published)
        # a dateline that dates the report's own day ("TAMMUN, Jan 29 (Reuters) -", filed on the
        # 29th) is wire copy of the day's news: its writer names today by its weekday ("killed ten
        # on Wednesday", filed on a Wednesday), whatever "last week" the background recalls
        self.filed_today = lead.filed_today(self.times, self.head, self.published)
        self.headline = timescope.headline(text, self.times, self.tstarts)
        self._paras: tuple[list[int], list[int], bool] | None = None
        # (week expression, sentence) -> its one stated day: each act of the sentence asks again
        self._week_days: dict[tuple[int, int, int], str | None] = {}

    def week(self, date_text: str | None, date: str | None) -> str | None:
        """The week an act dated by the expression ``date_text`` (to ``date``) lies in, if that
        expression is a week: what ``EventFact.date_week`` records."""
        if not self.weeks or date_text is None or date is None or len(date) != 7:
            return None
        w = self.weeks.get(date_text)
        return w if w is not None and week_month(w) == date else None

    def _unanchored(self, t: TimeExpr) -> bool:
        """"The next day" with no date before it to count from, counted from the report: a day
        after the report dates nothing that has happened."""
        if not (t.basis or "").startswith("anaphoric:") or not self.published or not t.value:
            return False
        value = event_date(t) or ""           # a week as its month: "2025-W06" is no day string
        return value > self.published[:len(value)]

    def date(self, s_start: int, s_end: int, start: int, end: int, tense: str | None,
             prev_time: TimeExpr | None = None, reported: bool = False,
             statement: bool = False) -> tuple[str | None, str | None, str | None]:
        """(date, the time expression's text, basis) of the act [start, end) in sentence [s_start, s_end);
        ``reported``: the act is a statement, accusation or refusal whose complement states another act;
        ``statement``: a verbal act (``STATEMENTS``), dated to the report's month when nothing else dates it."""
        return self.dates(s_start, s_end, start, end, tense, prev_time, reported, statement)[0]

    def dates(self, s_start: int, s_end: int, start: int, end: int, tense: str | None,
              prev_time: TimeExpr | None = None, reported: bool = False,
              statement: bool = False) -> list[tuple[str | None, str | None, str | None]]:
        """As ``date``, with one entry per coordinated time expression ("struck in April and
        October": April, then October) when the sentence states the act's time."""
        if self.periods and (p := since_when_period(self.text, self.periods, self.pstarts, self.tstarts,
                                                    s_start, s_end, start, end)) is not None:
            # "the third raid since July, when jets hit the port": the act opened the period
            v = p.value or ""
            return [(v, p.text, STATED) if _DATE.match(v) else (None, p.text, YEAR)]
        # "ordered the emergency agency to cater for the wounded": an order, dated as a statement
        statement = statement or lead.directed(self.text, s_start, start)
        off = offset_clause(self.text, s_start, start) if tense != "future" else None
        # a statement's complement may name the time of what it asks or threatens ("called on Hamas
        # to resume talks on Aug. 15"): a time still to come is that act's, never the statement's
        ahead = (reported or statement) and tense != "future"
        i, linked = self._own(s_start, s_end, start, end, reported, ahead)
        if off is not None and i is not None and self.times[i].end <= off.start:
            # "killed three on Monday, two weeks after the group declared a truce": Monday is the
            # main clause's time, which the truce is measured from, never the truce's own; a time
            # of the clause itself ("a month after a strike killed him on September 27") is
            main = self.times[i]
            i, linked = self._own(off.anchor, s_end, start, end, reported, ahead)
            if i is None:
                return [self._shifted(s_start, main, (off.count, off.unit), off.anchor + 1)]
        if i is not None:
            out = []
            for t in timescope.group(self.text, self.times, i):
                day = self._day_in_week(t, s_start, s_end) if t.granularity == "week" and tense != "future" else None
                out.append((day, t.text, CONTEXT) if day is not None else
                           (self._value(t, tense, statement or reported, (s_start, s_end)), t.text, STATED))
            return out
        if linked is None and tense != "future" and (react := after_it(
                self.text, self.times, end, s_start, s_end, self.lead_time, self.head, self.published,
                timescope.saying_time)) is not None:
            return [react]            # "condemned the attack two days after it happened"
        if linked is None and (y := self._year(s_start, s_end, start, end)) is not None:
            return [(None, y.text, YEAR)]
        if linked is not None and prev_time is None and tense != "future":
            # "clashes that only subsided after Moscow intervened in March": the clause the act
            # is told against is its narrative time
            return [(event_date(linked), linked.text, CONTEXT)]
        if off is not None:
            return [self._shifted(s_start, prev_time, (off.count, off.unit), off.anchor + 1)]
        return [self._inferred(s_start, s_end, start, end, tense, prev_time, statement)]

    def previous(self, s_start: int, s_end: int) -> TimeExpr | None:
        """The time of the sentence [s_start, s_end) that an act referring back to it ("the attack
        began around 5 am") takes: its first time after the dateline. The dateline's date is when the
        report was filed; the lead's "on Sunday" is when the attack it retells happened."""
        t = nearest(self.times, self.tstarts, s_start, s_end, s_start, s_start)
        if t is not None and t.end <= self.head:
            later = nearest(self.times, self.tstarts, self.head, s_end, self.head, self.head)
            return later if later is not None else t
        return t

    def _shifted(self, s_start: int, prev_time: TimeExpr | None, shift: tuple[int, str],
                 start: int | None = None) -> tuple[str | None, str | None, str | None]:
        """An act in a "a month after ..." clause: the sentence's reference time (the act it refers
        back to, or the paragraph's time) moved by the interval; never that time itself."""
        base = prev_time
        if base is None and start is not None and self.lead_time is not None and \
                lead.refers_back(self.text, s_start, start):
            # "The attack came four days after ...": the lead's incident, even when the paragraph
            # above dated a later act (the claim of the attack, the day after)
            base = self.lead_time
        if base is None:
            base = self.context(s_start)
        if base is None and self.published and start is not None and lead.refers_back(self.text, s_start, start):
            # "The arrests came two days after ...", nothing dating the arrests: the report's news
            return shift_from_report(self.published, shift, PUBLICATION)
        return shift_from(base, shift, CONTEXT)

    def _own(self, s_start: int, s_end: int, start: int, end: int,
             reported: bool, ahead: bool = False) -> tuple[int | None, TimeExpr | None]:
        """The index of the first expression of the coordination nearest to the act among the
        sentence's expressions that stand in the act's own clause, and the nearest expression of
        an adverbial clause after it."""
        best, dist, linked = None, 1 << 30, None
        rel = said = main = None
        at_once = False
        rise = figures.toll_rise(self.text, s_start, s_end) if "toll" in self.text[s_start:start].lower() else None
        # "the death toll from an attack on X rose to nine on Saturday": Saturday dates the rise
        after_rise = rise[1] if rise is not None and rise[0] <= start < rise[1] else s_end
        for i in range(bisect.bisect_left(self.tstarts, s_start), len(self.times)):
            t = self.times[i]
            if t.start >= s_end:
                break
            d = 0 if t.start < end and start < t.end else min(abs(t.start - end), abs(start - t.end))
            if d < dist:
                if t.start >= after_rise or (ahead and t.start >= end and still_to_come(t, self.published)):
                    continue
                if timescope.since_bound(self.text, s_start, t):
                    if since_noun_time(self.text, t, start):
                        best, dist = i, d     # "since the July 2010 bombings, which killed 76": theirs
                        continue
                    continue          # "the latest attack since a truce took hold in March": a lower bound
                if rel is None:
                    # (a participial aside on the subject, "X, already weakened by the January 10
                    # riots, told ...", is read like a relative clause: ``dating_aside``)
                    rel = timescope.relatives(self.text, s_start, s_end) + asides(self.text, s_start, s_end)
                # (one in a relative clause after the act, "attacks ..., which only subsided after
                # Iran intervened in February", is its narrative context: ``foreign`` decides)
                if rel and timescope.split_by_relative(rel, t.start, start) and \
                        (t.start < start or any(a <= start < b for a, b in rel)):
                    continue          # "X, which seized power in July 2023, has asked": not the request's time
                if t.end <= self.head:
                    if said is None and after_rise == s_end:
                        said = i
                    continue
                if main is None and timescope.before_reduced_relative(self.text, t, start, end):
                    main = i          # the main clause's time: the act's only if nothing else dates it
                    continue
                if not reported and (t.end <= start or t.start >= end) and timescope.saying_time(self.text, t):
                    if said is None:
                        said = i      # the statement's time: the act's only if nothing nearer is its own
                    continue
                if t.start >= end and attributive(self.text, t):
                    continue          # "was blamed for the December 2023 bombing": the bombing's time
                kind = timescope.foreign(self.text, end, t, reported)
                if kind is None:
                    best, dist = i, d
                elif kind == timescope.ADVERBIAL and linked is None:
                    linked = t
                    # "wounded when shells landed overnight on Sunday, ... said on Monday": the
                    # act happened with the clause's act, so the statement's time does not date it
                    at_once = timescope.simultaneous(self.text, end, t)
        if best is not None and after_rise < s_end and (self.times[best].basis or "").startswith(_OVERNIGHT):
            # "the toll from overnight shelling rose to three on Wednesday": the night is the one
            # before the rise's day, not before the report's (an "Updated" page a day later)
            best = next((j for j in range(best + 1, len(self.times)) if self.times[j].start >= after_rise
                         and self.times[j].start < s_end and self.times[j].granularity == "day"), best)
        if best is None and not at_once:
            best = said
        if best is None and linked is None:
            best = main
        return (None if best is None else timescope.first_of_group(self.text, self.times, best)), linked

    def _inferred(self, s_start: int, s_end: int, start: int, end: int, tense: str | None,
                  prev_time: TimeExpr | None, statement: bool = False) -> tuple[str | None, str | None, str | None]:
        """The date of an act its own clause does not date: the narrative context, a period, the report."""
        # a subheading (a live blog's "14:32 GMT - Army says ...") opens its section and retells
        # the acts below it, so it takes the section's time, never the time of the line above it
        if tense != "future" and (t := timescope.subheading(self.text, start, self.times, self.tstarts)) is not None:
            return self._value(t, "past", statement), t.text, CONTEXT   # the section's time
        if prev_time is not None and self._stale_across(prev_time, s_start):
            prev_time = None                  # "the escalation" after a background paragraph's old month
        if prev_time is not None:
            if not _entry_between(self.text, prev_time.end, s_start):
                return event_date(prev_time), prev_time.text, ANAPHORA
            prev_time = None                  # the entry above: another stretch of the story
        if not statement and tense != "future" and start < self.headline[0] and self.headline[1] is not None:
            t = self.headline[1]              # a headline's act is its lead's (``timescope.headline``)
            return self._value(t, "past"), t.text, CONTEXT
        if tense == "future":
            # "said it would respond at a time of its choosing": the threat is made in the report
            return (self._reported_on(), None, PUBLICATION) if statement and self.published else (None, None, None)
        p = nearest(self.periods, self.pstarts, s_start, s_end, start, end)
        if p is not None:
            if timescope.since_when(self.text, p, start):
                # "since 2018, when the rebels killed 19 workers": the act that opened the period
                v = p.value or ""
                return (v, p.text, STATED) if _DATE.match(v) else (None, p.text, YEAR)
            if timescope.long_since(p):
                # "has been under sanctions since October 2022": a state of many months, background
                # to the report's news; the month it began is the act's date (a coder dates the
                # state by its onset, never by the report), a bare year ("since 2020") none
                return _onset_month(p), p.text, BACKGROUND
            return _period_month(p), p.text, PERIOD
        if tense in _PAST_TENSES:
            # ("Days later," outranks the paragraph's last day: it says the act came after it)
            t = days_sequel_time(self.text, self.times, self.tstarts, s_start, self.published) \
                or self.context(s_start) or sequel_time(self.text, self.times, self.tstarts, s_start, self.published)
            if t is not None and not (statement and self.published and not timescope.saying_time(self.text, t)
                                      and (timescope.attributed_before(self.text, s_start, start)
                                           or in_reported_speech(self.text, t)
                                           or self.text.rfind("\n", t.end, s_start) >= 0)):
                # (a verbal act inside a speaker's words, "the spokesman said 18 soldiers were
                # killed and accused the rebels of ...", is made when the speaker spoke, not at
                # the time of the attack the paragraph dated: the report's news cycle; nor does
                # it take a time the paragraph told as reported speech, "who said the attack of
                # April 17 hit two posts. He said the act will not go unanswered"; nor, across a
                # line break, a time that dates no statement: in a wire's run of one-line paragraphs
                # "Vucic on Friday put the army on alert." then "Kurti blamed Serbia for the
                # violence." is Kurti's reaction in the report's news cycle, not Vucic's Friday)
                return self._value(t, tense, statement), t.text, CONTEXT
            if statement and t is None and \
                    (u := speaker_time(self.text, self.times, self.tstarts, s_start, start)) is not None:
                return event_date(u), u.text, CONTEXT     # the speaker's briefing, told in the paragraph above
            if self.published and (statement or timescope.told_as_present(self.text, s_start, s_end)
                                   or live_entry_of_the_day(self.text, self.times, s_start)):
                # (a live blog's "11:45 - the premier met the speaker": an entry of the blog's day)
                # "the army says it killed five gunmen": fresh news of the report's day
                return self._reported_on(), None, PUBLICATION
        elif tense in _ONGOING and self.published:
            if statement and (t := elaborated_day(self.text, self.times, self.tstarts, s_end, self.published)):
                return event_date(t), t.text, CONTEXT     # "has denied it. In a statement on Sunday, ..."
            # "has called for calm": a statement the report tells as holding now is the report's
            # news, of its day; an ongoing material act ("have attacked") only of its month
            return (self._reported_on() if statement else self.published[:7]), None, PUBLICATION
        return None, None, None

    def _reported_on(self) -> str:
        """The date of a statement the report tells with no time: the report's day (see
        ``STATEMENTS``). A review or monthly brief without a day of the past week still makes its
        undated statements in its own news cycle; its month would say less and claim no more."""
        return self.published[:10]   # type: ignore[index]

    def _value(self, t: TimeExpr, tense: str | None, verbal: bool = False,
               sentence: tuple[int, int] | None = None) -> str | None:
        """The date ``t`` gives an act of ``tense``. A bare weekday read as the report's own day
        ("stormed the base on Monday night", published on a Monday) is last week's in a past act of
        a text that tells its story as last week's ("last week's attack"): writers name the day
        of the report "today" or leave it out far more often than they tell a week-old act by
        its weekday without "last". Where the act's own ``sentence`` says so ("last week's battle
        began on Sunday", published on a Monday), a weekday read as yesterday or as a day of the
        report's own week is last week's too. A statement (``verbal``) on the report's weekday is
        the report's news: that day."""
        value = event_date(t)
        if value and tense == "past":
            value = lead.past_day(value, t.basis, self.published)
        if not self.earlier_week or verbal or value is None or tense not in _PAST_TENSES or t.basis != "weekday":
            return value
        day, pub = _day(value), _day(self.published or "")
        if day is None or pub is None:
            return value
        if day == pub and self.filed_today:
            return value
        if day == pub or (sentence is not None and last_week_in(self.times, self.tstarts, self.published, *sentence)
                          and (day >= pub - dt.timedelta(days=1) or day.isocalendar()[:2] == pub.isocalendar()[:2])):
            return (day - dt.timedelta(days=7)).isoformat()
        return value

    def _day_in_week(self, t: TimeExpr, s_start: int, s_end: int) -> str | None:
        """The one day the text states inside the week ``t`` names (``dating_week.day_in_week``)."""
        key = (id(t), s_start, s_end)
        if key not in self._week_days:
            # "earlier this week": a day before the report's, never the report's own
            before = _day(self.published) if self.published and "earlier" in (t.basis or "") else None
            self._week_days[key] = day_in_week(self.text, self.times, self.head, t, s_start, s_end,
                                               lambda u, shifted: self._value(u, "past") if shifted else event_date(u),
                                               before)
        return self._week_days[key]

    def _year(self, s_start: int, s_end: int, start: int, end: int) -> TimeExpr | None:
        """A year in the act's own clause ("was killed in custody in 2009") when nothing finer dates it."""
        if not self.years:
            return None
        t = nearest(self.years, self.ystarts, s_start, s_end, start, end)
        if t is None or timescope.since_bound(self.text, s_start, t):
            return None
        rel = timescope.relatives(self.text, s_start, s_end) + asides(self.text, s_start, s_end)
        if rel and timescope.split_by_relative(rel, t.start, start):
            return None               # "the group, founded in 2002, attacked": the founding's year
        if timescope.foreign(self.text, end, t, False) is not None:
            return None               # "struck a week after a truce agreed in 2019"
        if t.end <= start and timescope.saying_time(self.text, t):
            return None
        if in_said_clause(self.text, end, t.start):
            return None               # "condemned the killings and said ... atrocities of 2023"
        return t

    def context(self, s_start: int) -> TimeExpr | None:
        """The time the paragraph last stated before ``s_start``, if it is a time already past."""
        i = bisect.bisect_left(self.tstarts, s_start) - 1
        if i < 0:
            return None
        t = self.times[i]
        if self.text.rfind("\n", t.end, s_start) >= 0 and (not self._same_stretch(t.start, s_start)
                                                           or _entry_between(self.text, t.end, s_start)):
            return None                       # another paragraph (or live-blog entry): another stretch
        if timescope.since_bound(self.text, self.text.rfind("\n", 0, t.start) + 1, t):
            return None                       # when a state began, not the story's time
        if self._stale_across(t, s_start):
            return None
        value = event_date(t)
        if self.published and value and value[:len(self.published[:10])] > self.published[:len(value)]:
            return None                       # a time still to come does not date what happened
        return t

    def _stale_across(self, t: TimeExpr, s_start: int) -> bool:
        """"They seized the ship in November 2023." then a new paragraph: a month long past (see
        ``_stale_month``) is the background's time, not that of the next paragraph's acts."""
        value = event_date(t)
        return bool(value) and self.text.rfind("\n", t.end, s_start) >= 0 and _stale_month(value, self.published)

    def _same_stretch(self, a: int, b: int) -> bool:
        """A line break between ``a`` and ``b`` inside a run of one-sentence paragraphs of a page
        written that way (``timescope.paragraph_sentences``, worked out once, when first asked)."""
        if self._paras is None:
            self._paras = timescope.paragraph_sentences(self.text, self._sentences or split_sentences(self.text))
        if self.lead is not None and self.lead[0] <= a < self.lead[1] and lead.next_paragraph(self.text, self.lead, b):
            return True                       # the paragraph after a wire lead retells the lead's incident
        return self._paras[2] and timescope.flat_run(self._paras[0], self._paras[1], a, b)
