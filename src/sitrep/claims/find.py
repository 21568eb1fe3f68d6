"""Numeric claims of one document: numbers, what they count, over which period, and who says so."""
from __future__ import annotations

import bisect
import re
from dataclasses import fields
from itertools import accumulate
from operator import attrgetter

from sitrep.claims.context import CLAIMANT_TYPES, claimants, nearest_claimant, role_resolver
from sitrep.claims.restated import dedupe, desk_label, drop_re_mentions, headings_as_headline
from sitrep.claims.periods import (days_after_shift, find_period, scoped_timexes, sentence_timexes,
                                   statement_only, toll_incident_period)
from sitrep.claims.conjuncts import add_pairs, pending_pair
from sitrep.claims.denials import article_counts, denied_owner, is_denied
from sitrep.claims.echo import join_echo
from sitrep.claims.postposed import read_after
from sitrep.claims.quoted import drop_quoted_restatements
from sitrep.claims.lexicon import lexicon
from sitrep.claims.narrative import context_periods
from sitrep.claims.number_joins import attach_qualifier, join_mixed, join_range, range_bounds
from sitrep.claims.numbers import candidates, is_no_count, read_number
from sitrep.claims.unit_checks import kin_of_name
from sitrep.claims.units import Unit, read_unit
from sitrep.claims.extra_rows import add_extra
from sitrep.claims.riders import own_figures
from sitrep.claims.votes import vote_claims
from sitrep.claims.zero import zero_claims
from sitrep.model import ClaimFact, Mention, TimeExpr
from sitrep.timex.fingerprint import text_key

# "12 soldiers and 3 civilians were killed": the first count shares the second one's state
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|as well as|plus|including|along with|together with"
                   r"|(?:of|among)\s+(?:them|whom))?\s*$")
# joins that add the next count to the state of the one before it, whatever states that
# ("left 14 dead, of them three civilians")
_ADDS = re.compile(r"including|along with|together with|as well as|(?:of|among)\s+(?:them|whom)")
# a part after a place or time phrase that closes the toll: "12 were killed in the attack, including four children"
_PART_AFTER_PLACE = re.compile(r"\s+(?:in|at|near|during|on|across)\s+[^,.;:\d()]{1,40}?\s*,\s*"
                               r"(?:including|among\s+(?:them|whom)|of\s+whom)\s*$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# "over" right after a counted noun is a preposition: "destroyed 31 drones over four provinces"
_SPATIAL_OVER = re.compile(r"\s+over\s+", re.I)
# (or a named place: "a Palestinian man| in the West Bank was killed")
_OWN_BODY = re.compile(r"\s(?:with|from|serving\s+with|attached\s+to|in|near|at)\s+(?:the\s+)?(?=[A-Z])")


# a sentence's last characters when it ends as a sentence does: ".", "?", "!", a quote after them
_SENTENCE_END = re.compile(r"[.?!][\"'”’)]?\s*$")
# a wire dateline opening a lead: "MAIDUGURI (Nigeria) (AFP) -", "GOMA, Congo, May 3 (Reuters) -"
# (or "PORT SUDAN:"): the city may be written in capitals or not
_DATELINE_OPEN = re.compile(r"[A-Z][A-Za-z.'’/ -]{2,40}?(?:,[^\n:–—]{1,40}?)?(?:\s*\([^()\n]{1,30}\))+\s*[-–—]\s"
                            r"|[A-Z][A-Z.'’/ -]{2,30}:\s")
_START = attrgetter("start")
_ROW = attrgetter(*(f.name for f in fields(ClaimFact)))
# units that count casualties: their date is the incident's, not a statement's
_CASUALTY = ("killed", "injured", "dead", "deaths", "casualties", "bodies")
# one of these in no state is no claim: "one soldier stood guard", "One CCG ship then struck",
# "near one village"
_BARE_ONE = frozenset({"person", "weapon", "object", "place"})
# the state a toll's part shares: "the death toll rose to 14, including 13 civilians" (killed)
_TOLL_STATE = {"deaths": "killed", "people killed": "killed", "people injured": "injured"}


class _Spans:
    """Whether an offset is inside any of a list of spans (bisect over the starts, with the
    running maximum of the ends, as spans may nest or overlap)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.maxend = list(accumulate((e for _, e in spans), max))

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.maxend[i] > pos


def find_claims(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                timexes: list[TimeExpr], published: str | None,
                prepared: dict | None = None) -> list[ClaimFact]:
    """Every numeric claim in ``text``: a quantity, its unit, period and claimant, with evidence.

    ``prepared``: a dict kept by the caller for this text, its sentences and mentions; the
    date-free part (figures, units, claimants) is stored in it on the first call and reused when
    the document is dated again, as long as the time expressions cover the same spans."""
    if not sentences:
        sentences = [(0, len(text))]
    spans = [(t.start, t.end) for t in timexes]
    if prepared is None:
        part = prepare_claims(text, sentences, mentions, spans)
    else:
        part = prepared.get("claims")
        key = text_key(text)
        if part is None or part[0] != spans or prepared.get("claims_key") != key:
            part = prepare_claims(text, sentences, mentions, spans)
            prepared["claims"], prepared["claims_key"] = part, key
    return date_claims(text, sentences, timexes, published, part)


# the date-free claims of a document: the time-expression spans they were read against, the
# claims as rows of ClaimFact field values (claimant set, no period), where each figure starts,
# and each one's sentence
Prepared = tuple[list[tuple[int, int]], list[tuple], list[int], list[int]]


def prepare_claims(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                   timex_spans: list[tuple[int, int]]) -> Prepared:
    """Figures, units and claimants: everything but the periods, which depend on the date."""
    lex = lexicon()
    if not sentences:
        sentences = [(0, len(text))]
    sent_starts = [s for s, _ in sentences]
    low = text.lower()
    # a bisect per number candidate: cheaper than a byte mask over the whole text, as a
    # document has far fewer candidates than characters
    in_timex_any = _Spans(list(timex_spans)).covers
    in_mention = _Spans([(m.start, m.end) for m in mentions]).covers

    out: list[ClaimFact] = []
    units: list[Unit] = []
    sent_of: list[int] = []
    starts: list[int] = []
    cur_sent = -1
    skipped = False
    # line starts of editors' notes: one pass; most texts have none
    skip_lines = frozenset(m.start() for m in lex.skip_line.finditer(text)) if lex.skip_line else frozenset()
    previous: list[Unit] = []
    carried: Unit | None = None            # the first person count of the sentence before
    si, n_sents = 0, len(sentences)
    skip_to = -1                           # the second number of a range read with the first
    owned: dict[int, tuple[int, int, str]] = {}   # figure start -> owner of the denied claim it is in
    pairs: list = []                       # first counts of shared-noun pairs (``conjuncts``)
    for ms, me, m, n in _numbers(text, lex, low):
        if ms < skip_to or in_timex_any(ms) or in_mention(ms) or (me - 1 > ms and in_mention(me - 1)):
            continue
        if n is None:
            n = read_number(m, lex)
            if n is None:
                continue
        article = m is None
        while si + 1 < n_sents and sent_starts[si + 1] <= ms:      # candidates come in order
            si += 1
        s0 = sentences[si][0]
        if si != cur_sent:
            carried = next((u for u in previous if u.cls == "person"), None)   # for "it raised the figure to"
            cur_sent, previous = si, []
            skipped = bool(skip_lines) and _editors_line(text, s0, skip_lines)
        if skipped:
            continue
        if join_echo(text, n, lex):
            skip_to = n.end                # "seven (7) soldiers": the digits echo the words
        if join_range(text, n, s0, lex) or (m is not None and join_mixed(text, n, m, lex)):
            skip_to = n.end
        attach_qualifier(text, n, s0, lex)
        if n.qualifier and previous and _SPATIAL_OVER.fullmatch(text, previous[-1].end, n.start):
            n.qualifier, n.qstart = None, n.start   # "31 drones over four provinces": a place, no "more than"
        if is_no_count(text, n, s0, lex) or is_denied(text, s0, n.start, n.end, sentences[si][1]):
            continue
        unit = read_unit(text, n, s0, lex, previous, in_timex_any)
        if unit is None and not previous and carried is not None and lex.figure_update.search(text, max(s0, n.qstart - 60), n.qstart):
            unit = Unit(carried.unit, n.end, carried.noun, carried.cls, carried.state)   # "... at 64. It raised the figure to 121"
        if unit is None and not article:
            second = pending_pair(text, n, lex.heads)
            if second is not None:         # "three Israeli and two Palestinian civilians"
                pairs.append((n, si, second))
        if unit is None or (article and not _one_person(text, n.end, unit)) or (n.yearlike and unit.cls == "event") \
                or (unit.state is None and kin_of_name(text, n.end)):
            continue                       # ("the deadly 2024 demonstrations", "two sons of Magomed Omarov")
        read_after(text, n, unit, article, lex)    # "nine Palestinians at least", "a commander and his driver"
        previous.append(unit)
        owner = denied_owner(text, s0, n.start)
        if owner is not None:
            owned[n.start] = owner
        start = unit.start if unit.start is not None else n.start
        for value, written in range_bounds(n) or ((n.value, n.text),):
            out.append(ClaimFact(value, unit.unit, min(start, n.start), max(unit.end, n.end), None, None,
                                 None, written, n.qualifier))
            units.append(unit)
            sent_of.append(si)
            starts.append(n.start)
    if pairs:
        add_pairs(pairs, out, units, starts, sent_of)
    zeros = zero_claims(text, low)
    if zeros:
        out, units, starts, sent_of = _add_zeros(text, zeros, out, units, starts, sent_of, sent_starts)
    votes = vote_claims(text)
    if votes:                              # "by 351 votes to 153": the number reader sees no noun
        out, units, starts, sent_of = add_extra(votes, "vote", out, units, starts, sent_of, sent_starts)
    if out:
        _share_states(text, out, units, sent_of)
        own = own_figures(text, out, units, starts, sent_of)   # "17 died and dozens were injured": one figure
        keep = [i for i in drop_re_mentions(text, out, units, starts, sent_of, sent_starts) if i in own]
        if len(keep) < len(out):
            out, units, starts, sent_of = ([out[i] for i in keep], [units[i] for i in keep],
                                           [starts[i] for i in keep], [sent_of[i] for i in keep])
        if any(u.state is None and u.cls in _BARE_ONE for u in units):
            out, units, starts, sent_of = _drop_bare_people(text, out, units, starts, sent_of, lex)
    if out:
        _attach_claimants(text, low, out, starts, sent_of, sentences, mentions)
        if owned:
            _attach_owners(out, starts, owned, mentions)
        if zeros:                          # "no one was hurt" is a figure only as someone's word
            keep = [i for i, c in enumerate(out) if c.quantity != 0 or c.claimant_name is not None]
            out, starts, sent_of = [out[i] for i in keep], [starts[i] for i in keep], [sent_of[i] for i in keep]
    # plain rows, not records: a prepared reading is pickled with the analysis
    return timex_spans, [_ROW(c) for c in out], starts, sent_of


def _drop_bare_people(text: str, out: list[ClaimFact], units: list[Unit], starts: list[int],
                      sent_of: list[int], lex) -> tuple[list, list, list, list]:
    """A count of people in no state ("released its five passengers", "dozens of pilots fly
    into the highlands", "one soldier stood guard") is no claim when it counts one person or
    people in a civilian role, nor is one ship or vehicle in no state; force sizes ("keeps
    2,500 troops in Iraq") stay claims."""
    keep = [i for i, (c, u) in enumerate(zip(out, units))
            if not (u.state is None and u.unit == u.noun and not u.unit.endswith(_CASUALTY)
                    and ((u.cls == "person" and _last_word(text, u.end) in lex.bare_roles)
                         or (u.cls in _BARE_ONE and c.quantity == 1)))]
    if len(keep) == len(units):
        return out, units, starts, sent_of
    return ([out[i] for i in keep], [units[i] for i in keep], [starts[i] for i in keep],
            [sent_of[i] for i in keep])


def _last_word(text: str, end: int) -> str:
    return text[max(0, end - 30):end].rsplit(None, 1)[-1].lower() if end else ""


def _one_person(text: str, end: int, unit: Unit) -> bool:
    """'a crew member' after 'killing': a person noun right after the article, in a casualty state."""
    phrase = _OWN_BODY.split(text[end:unit.end], 1)[0]   # "a peacekeeper| with the UN mission ..."
    words = phrase.split()
    return unit.cls == "person" and unit.state is not None and len(words) <= 5 \
        and "'" not in phrase and "’" not in phrase and "of" not in words \
        and not text.startswith(" of ", unit.end)         # "a number of", "a group of": no count


def _numbers(text: str, lex, low: str):
    """(start, end, match, None) for every number expression, merged in order with (start, end,
    None, Number) for the articles counting one ("killing a crew member")."""
    extra = article_counts(text) if "a" in low else []
    if not extra:
        for m in candidates(text, lex, low):
            yield m.start(), m.end(), m, None
        return
    it = iter(extra)
    nxt = next(it, None)
    for m in candidates(text, lex, low):
        while nxt is not None and nxt.start < m.start():
            yield nxt.start, nxt.end, None, nxt
            nxt = next(it, None)
        yield m.start(), m.end(), m, None
        while nxt is not None and nxt.start < m.end():     # "a dozen": the number reader's
            nxt = next(it, None)
    while nxt is not None:
        yield nxt.start, nxt.end, None, nxt
        nxt = next(it, None)


def _add_zeros(text: str, zeros, out: list[ClaimFact], units: list[Unit], starts: list[int],
               sent_of: list[int], sent_starts: list[int]):
    """The counts of none merged into the figures, in text order."""
    rows = list(zip(out, units, starts, sent_of))
    for a, b, unit, noun, state in zeros:
        si = max(0, bisect.bisect_right(sent_starts, a) - 1)
        rows.append((ClaimFact(0, unit, a, b, None, None, None, text[a:a + 2]),
                     Unit(unit, b, noun, "person", state, a), a, si))
    rows.sort(key=lambda r: r[2])
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows]


def _editors_line(text: str, s0: int, skip_lines: frozenset[int]) -> bool:
    """Whether the line a sentence starts on addresses editors ("Eds: UPDATES with ...")."""
    return text.rfind("\n", 0, s0) + 1 in skip_lines


def date_claims(text: str, sentences: list[tuple[int, int]], timexes: list[TimeExpr],
                published: str | None, prepared: Prepared) -> list[ClaimFact]:
    """The claims of ``prepare_claims`` with their periods against ``published``: fresh records,
    the prepared ones are left as they are."""
    _, found, starts, sent_of = prepared
    if not found:
        return []
    if not sentences:
        sentences = [(0, len(text))]
    out = [ClaimFact(*row) for row in found]
    sent_starts = [s for s, _ in sentences]
    by_sent = sentence_timexes(timexes, sent_starts, sentences)
    stated = _attach_periods(text, out, starts, sent_of, sentences, by_sent, published)
    context_periods(text, out, starts, sent_of, sentences, by_sent, published, stated)
    for i, period in stated.items():       # no incident date found: the statement's, as before
        if out[i].period is None:
            out[i].period = period
    s0_end = sentences[0][1]
    # a first sentence on its own line is the headline (0). When a dateline opens it, it is a
    # lead paragraph of one sentence ("GOMA (AFP) - ..."), marked -2: its figures are the story's
    # as a headline's are, but a named source quoted later on the same figure states another
    # claim. Without a dateline, a full stop ends a lead (or standfirst) sentence: an ordinary one
    first = -1
    if len(sentences) > 1 and text[s0_end:sentences[1][0]].count("\n") > 0:
        if _DATELINE_OPEN.match(text, sentences[0][0], s0_end) and not desk_label(text, sentences[0][0], s0_end):
            first = -2
        elif not _SENTENCE_END.search(text, max(0, s0_end - 3), s0_end):
            first = 0
    kept = dedupe(out, [si if si else first for si in headings_as_headline(text, sentences, sent_of)])
    return drop_quoted_restatements(text, kept) if len(kept) > 1 else kept


def _share_states(text: str, out: list[ClaimFact], units: list[Unit], sent_of: list[int]) -> None:
    lex = lexicon()
    for i in range(len(out) - 2, -1, -1):
        a, b, ub = out[i], out[i + 1], units[i + 1]
        ua = units[i]
        if (sent_of[i] == sent_of[i + 1] and ua.state is None and ub.state and ub.start is None
                and ua.noun and ua.cls not in ("money", "percent", "area")
                and (ua.cls == "person") == (ub.cls == "person")
                and _JOIN.fullmatch(text, a.end, b.start)):
            ua.state = ub.state
            a.unit = f"{ua.noun} {ub.state}"
    # forward: "wounding 24 people, including six children", "killing 13 soldiers and four
    # civilians": the verb before the first count governs the next; a state after the first
    # ("12 soldiers were killed and 300 troops ...") only reaches a part of it ("including")
    shared: set[int] = set()
    for i in range(len(out) - 1):
        a, b, ua, ub = out[i], out[i + 1], units[i], units[i + 1]
        state = ua.state or _TOLL_STATE.get(ua.unit)
        if (sent_of[i] == sent_of[i + 1] and state and ub.state is None and ub.noun
                and ub.cls == "person" and ua.cls == "person" and b.start > a.end):
            j = _JOIN.fullmatch(text, a.end, b.start) or _PART_AFTER_PLACE.fullmatch(text, a.end, b.start)
            nxt = _NEXT_WORD.match(text, b.end)
            if nxt is not None and nxt.group(1).lower() in lex.aux:
                continue                   # "..., and 30 police were deployed": its own clause
            adds = _ADDS.search(text, a.end, b.start)
            if ua.state is None and not adds:
                continue                   # a toll reaches only a part of it: "the toll rose to 14, including 13 civilians"
            if j is not None and (ua.start is not None or i in shared or adds):
                ub.state = state
                b.unit = f"{ub.noun} {state}"
                shared.add(i + 1)          # "..., along with 125 police and 148 fighters"


def _attach_claimants(text: str, low: str, out: list[ClaimFact], starts: list[int], sent_of: list[int],
                      sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    lex = lexicon()
    cache: dict[int, list] = {}
    ms = [m for m in mentions if m.type in CLAIMANT_TYPES]
    ms.sort(key=_START)
    ms_starts = [m.start for m in ms]
    resolve_role = role_resolver(mentions, lex)
    unit_ends: dict[int, tuple[int, ...]] = {}
    for c, si in zip(out, sent_of):
        unit_ends[si] = unit_ends.get(si, ()) + (c.end,)
    for c, num_start, si in zip(out, starts, sent_of):
        sent = sentences[si]
        found = cache.get(si)
        if found is None:
            lo, hi = bisect.bisect_left(ms_starts, sent[0]), bisect.bisect_left(ms_starts, sent[1])
            inside = [m for m in ms[lo:hi] if m.end <= sent[1]]
            found = cache[si] = claimants(text, low, sent, inside, lex, resolve_role, unit_ends[si])
        c.claimant, c.claimant_name = nearest_claimant(found, num_start, text)


def _attach_owners(out: list[ClaimFact], starts: list[int], owned: dict[int, tuple[int, int, str]],
                   mentions: list[Mention]) -> None:
    """A figure inside a denied claim with an owner is the owner's, not the denier's: the
    owner's mention if the owner phrase holds one, else its name as written."""
    for c, n_start in zip(out, starts):
        if n_start not in owned:
            continue
        a, b, name = owned[n_start]
        m = next((m for m in mentions if m.type in CLAIMANT_TYPES and m.start < b and m.end > a), None)
        if m is not None:
            c.claimant, c.claimant_name = (m.local if m.local >= 0 else None), m.text
        else:
            c.claimant, c.claimant_name = None, name


def _attach_periods(text: str, out: list[ClaimFact], starts: list[int], sent_of: list[int],
                    sentences: list[tuple[int, int]], by_sent: dict[int, list[TimeExpr]],
                    published: str | None) -> dict[int, str]:
    """Each claim's period from its own sentence. A casualty count in a sentence that only dates
    statements is left undated, to take the incident's date from the story; the statement's
    date is returned for it (claim index -> period) as the fallback."""
    scoped: dict[int, list[TimeExpr]] = {}
    only_stated: dict[int, bool] = {}
    fallback: dict[int, str] = {}
    toll_units = lexicon().toll_units
    for i, (c, num_start, si) in enumerate(zip(out, starts, sent_of)):
        sent = sentences[si]
        inside = scoped.get(si)
        if inside is None:
            inside = scoped[si] = scoped_timexes(text, sent, by_sent.get(si, []), published)
        c.period = days_after_shift(text, sent[0], num_start,
                                    find_period(text, num_start, num_start + len(c.text), c.end, inside, published),
                                    inside)
        if c.period is not None and c.unit.endswith(_CASUALTY):
            if c.unit in toll_units:
                c.period = toll_incident_period(text, sent, num_start, inside) or c.period
            stated = only_stated.get(si)
            if stated is None:
                stated = only_stated[si] = statement_only(text, sent, by_sent.get(si, []))
            if stated:
                fallback[i], c.period = c.period, None
    return fallback
