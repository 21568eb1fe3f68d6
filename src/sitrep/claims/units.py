"""What a number counts: the unit phrase after it, a casualty state, or a unit it inherits.

A count is a claim only when it counts something the lexicon knows (a head noun: "drone
attacks", "troops"), money, a share or an area, or when a casualty state makes it one whatever
the noun ("12 villagers were killed", "killing 3", "the death toll rose to 45"). Bare numbers
in a series ("from six in August to 31 in September") inherit the noun that governs the series.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.claims.elliptic import ELLIPSIS_AFTER as _ELLIPSIS_AFTER
from sitrep.claims.elliptic import ELLIPSIS_GAP as _ELLIPSIS_GAP
from sitrep.claims.elliptic import more_of_previous, one_more_part, severe_part
from sitrep.claims.lexicon import Lexicon
from sitrep.claims.repeats import repeated_act
from sitrep.claims.noun_phrase import WORD, Scan, scan_noun_phrase, state_after
from sitrep.claims.numbers import Number, prev_word, tail_phrase
from sitrep.claims.series import FROM_TO, governing_noun, nearest_head, series_gap
from sitrep.claims.tolls import fronted_part, implied_state, number_of, postposed_toll
from sitrep.claims.unit_checks import pick as _pick
from sitrep.claims.unit_checks import plural_acronym, state_after_clause
from sitrep.claims.unit_checks import crowd_after as _crowd_after
from sitrep.claims.unit_checks import enumerated as _enumerated
from sitrep.claims.unit_checks import is_source as _is_source
from sitrep.claims.unit_checks import long_plural as _long_plural
from sitrep.claims.unit_checks import measure_of as _measure_of
from sitrep.claims.unit_checks import verb_after as _verb_after
from sitrep.claims.tolls import toll as count_toll

# "three among them were in critical state" (translated copy) is "three of them"
# ("22 of its own members", "six of Tavaro's aides": a side's own people, or a named one's)
_OF = re.compile(r"\s+of\s+(?:(the|these|those|its|their|his|her|our|all|[A-Z][\w-]*(?:['’]s|s['’]))\s+(?:own\s+)?"
                 r"|(them|whom|those)\b)?"
                 r"|\s+among\s+(?=them\b)()(them)\b")
# the gap after a part ("seven| of them serving with X and |two with Y") and what follows the next
_PART_GAP = re.compile(r"\s+of\s+(?:them|whom)\b[^.;:\d]{0,80}?,?\s+and\s+")
_PART_AFTER = re.compile(r"\s+(?:with|in|from|serving|among)\s")
# (a short place or time phrase may close the toll first: "were killed in these clashes, among them")
_PART_OPEN = re.compile(r"(?:\s+(?:in|at|near|during|on|across)\s+[^,.;:\d()]{1,40}?)?\s*,?\s*"
                        r"(?:including|among\s+them|among\s+whom|of\s+whom)\s+")
# a part of the count before, its noun left out: "177 schools and shelters since October, including| 17 in ..."
_PART_TAIL = re.compile(r"[^.;:()\d]{0,60}?,?\s*(?:including|among\s+them)\s+")
# "about 400 officers, far short of the 2,500 originally pledged": a target figure set against the
# count before it counts the same noun
_SHORT_OF_GAP = re.compile(r"[^.;:()\d]{0,60}?\b(?:short\s+of|below|compared\s+(?:with|to)|out\s+of|instead\s+of)"
                           r"\s+(?:the\s+)?")
_TARGET_AFTER = re.compile(r"\s+(?:(?:originally|initially|first|once)\s+)?(?:pledged|promised|planned|expected"
                           r"|authori[sz]ed|envisaged|requested|mandated)\b")
# a rival figure for the same count, set against it: "nine dead, far fewer than the 17 claimed by
# the army", "against the 40 reported by the governor"
_RIVAL_GAP = re.compile(r"[^.;:()\d]{0,40}?\b(?:(?:fewer|less|more|higher|lower)\s+than|against|compared\s+(?:with|to)"
                        r"|instead\s+of|contradicting|contrary\s+to)\s+the\s+")
_RIVAL_AFTER = re.compile(r"\s+(?:claimed|reported|announced|given|cited|put\s+forward|quoted|stated)\s+by\b")
# a figure quoted on its own ("spoke of ‘several thousand’ dead") counts the noun after the quote
_OPEN_QUOTES = frozenset("'\"‘“")
_CLOSE_QUOTES = frozenset("'\"’”")
# a counted noun in quotes, a side's label for the counted ('eight "khawarij" were killed'): read
# as if unquoted, offsets unchanged
_NOUN_QUOTES = frozenset('"“‘')
_QUOTED_NOUN = re.compile(r" ([\"“‘])[A-Za-z][\w’-]*(?: [A-Za-z][\w’-]*){0,2}([\"”’])(?=[\s,.;:])")
# an apposition between a counted person and its state: "one civilian|, a 70-year-old man,| was killed",
# "one policeman|, identified as Ali Musa,| was wounded"
_APPOSITION = re.compile(r",[ \t]+(?:a|an|identified[ \t]+as|named[ \t]+as|later[ \t]+named[ \t]+as)[ \t]+[^,.;:()\n]{1,40}?,(?=[ \t])")
# the plural of a model designation: "F-16s", "MiG-29s", "Su-25s", "T-72s"
_DESIGNATION = re.compile(r"[ \t]+([A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,2}s)\b")
_DEFINITE = frozenset(("the", "these", "those", "both"))
# a lower-case word right after a definite count is its own noun: "in the four neighbouring states" is no series
_NOUN_NEXT = re.compile(r"[ \t]+(?!(?:in|on|at|to|of|and|or|from|since|for|by|with)\b)[a-z]{3,}")
# (or a possessive before the whole: "17 of Kenya's 47 counties", "12 of its 30 districts")
_OF_NUMBER = re.compile(r"\s+of\s+(?:(?:the|its|their|our)\s+|(?:the\s+)?[A-Za-z][\w-]*(?:['’]s|s['’])\s+)?"
                        r"\d[\d,]*(?:\.\d+)?(?=\s)")


@dataclass(slots=True)
class Unit:
    """What a number counts; ``noun`` is the unit without its state, for later inheritance."""

    unit: str
    end: int                                  # end of the unit phrase (evidence end)
    noun: str | None = None
    cls: str | None = None                    # head class, "money", "percent", "area"
    state: str | None = None
    start: int | None = None                  # an active verb before the number starts the evidence


# a name (after at most two lower-case words) after "members of": "of the outlawed Kurdistan ..."
_NAMED_BODY = re.compile(r"(?:[a-z][a-z-]*\s+){0,2}[A-Z]")
_NAME_GOES_ON = re.compile(r"['’]?\s+[A-Z]")


# "its": "still hold its 25 crew members" (a body's own people; personal possessives stay out: "her three children")
_FILLERS = frozenset("a an the another further total of estimated some additional its".split())


def _state_before(text: str, n: Number, sent_start: int, lex: Lexicon,
                  bare: bool = False) -> tuple[dict[str, str], int] | None:
    """An active verb taking the count as object ("killing 3", "shot down 22") and its start;
    ``bare``: no noun follows the count, so a verb that kills only with its victims named
    ("shot down seven gunmen") keeps its sense for things alone."""
    pos = n.qstart
    if pos > sent_start and text[pos - 1] in _OPEN_QUOTES:
        pos -= 1                           # a figure quoted after its verb: 'had killed "hundreds"'
    found = tail_phrase(text, max(sent_start, pos - 48), pos, lex.states_before,
                        lex.before_max, lex.before_last, _FILLERS)
    if found is None:
        return None
    states = lex.states_before[found[1]]
    if bare and found[1] in lex.noun_only_before:
        states = {k: v for k, v in states.items() if k != "person"}
        if not states:
            return None
    return states, found[0]


def _state_noun(text: str, pos: int, lex: Lexicon) -> Unit | None:
    """"the dead", "the wounded" at ``pos``: people in that state, as a noun."""
    wm = WORD.match(text, pos)
    word = wm.group(1).lower() if wm is not None and wm.group(1) else None
    if word is None or word not in lex.states_after:
        return None
    picked = _pick((lex.states_after[word], wm.start()), "person")
    if picked is None or picked[1] != "person":
        return None
    return Unit(f"people {picked[0]}", wm.end(), "people", "person", picked[0])


def read_unit(text: str, n: Number, sent_start: int, lex: Lexicon,
              previous: list[Unit], in_timex) -> Unit | None:
    """The unit ``n`` counts, or None when it counts nothing a claim is about."""
    pos = n.end
    if pos < len(text) and text[pos] in _CLOSE_QUOTES and n.qstart > 0 and \
            (text[n.qstart - 1] in _OPEN_QUOTES or text[n.start - 1] in _OPEN_QUOTES):
        pos += 1                           # "spoke of 'several thousand' dead": a figure in quotes
    if text.startswith(" ", pos) and text[pos + 1:pos + 2] in _NOUN_QUOTES:
        q = _QUOTED_NOUN.match(text, pos)
        if q is not None:                  # 'eight "khawarij" were killed': the label counts
            a, b = q.start(1), q.start(2)
            text = f"{text[:a]} {text[a + 1:b]} {text[b + 1:]}"
    wm = WORD.match(text, pos)
    w1 = wm.group(1).lower() if wm is not None and wm.group(1) else None
    # set look-ups on the next word first: the long alternations only run when they may match
    # ("51.2 %": translated copy may set a space before the sign)
    pm = lex.percent_re.match(text, pos) if w1 in lex.percent_first or text.startswith(("%", " %"), pos) else None
    if pm:
        unit, end = "percent", pm.end()
        of = _measure_of(text, end, lex)
        if of:
            unit, end = f"percent of {of[0]}", of[1]
        return Unit(unit, end, unit, "percent")
    if n.length:                           # "the 970-km border": its length
        return Unit(n.length, n.end, n.length, "area")
    am = lex.area_re.match(text, pos) if w1 in lex.area_first else None
    if am:
        unit = lex.area_units[" ".join(am.group(1).lower().split())]
        return Unit(unit, am.end(), unit, "area")
    money = n.money
    if w1 is not None and w1 in lex.currency_first:
        w2 = WORD.match(text, wm.end())
        pair = f"{w1} {w2.group(1).lower()}" if w2 and w2.group(1) else None
        if pair and pair in lex.currency_words:
            return Unit(lex.currency_words[pair], w2.end(), lex.currency_words[pair], "money")
        if w1 in lex.currency_words and not (w1 == "pounds" and money):
            return Unit(lex.currency_words[w1], wm.end(), lex.currency_words[w1], "money")
    if money:
        return Unit(money, pos, money, "money")

    dm = _DESIGNATION.match(text, pos)
    if dm is not None:                     # "six F-16s had taken off": a model's plural counts machines
        return Unit(dm.group(1), dm.end(), dm.group(1), "weapon")
    acronym = plural_acronym(text, pos, lex)
    if acronym is not None:                # "four SLRs", "six MLAs": the acronym's plural counts
        return Unit(acronym[0], acronym[1], acronym[0], "object")
    anaphoric = False
    of_num = _OF_NUMBER.match(text, pos)
    if of_num:
        pos = of_num.end()                 # "shot down 102 of 127 missiles": counts missiles too
    of = None if of_num else _OF.match(text, pos)
    if of is None and of_num is None and w1 in lex.repeat_words:
        act = repeated_act(text, n.qstart, sent_start, lex, wm.end())
        if act is not None:                # "attacked more than 40 times since May"
            return Unit(act, wm.end(), act, "event")
    if of is None and of_num is None and w1 in lex.blocked and w1 not in lex.heads:
        return None                        # "43 times", "within 104 days": what _scan would say
    members_sc = None
    if of is None and of_num is None and w1 in lex.partitive:
        part = _OF.match(text, wm.end())   # "125 members of the security forces": counts forces
        if part is not None and not part.group(2):
            inner = scan_noun_phrase(text, part.end(), lex)
            if inner.head is not None and _NAME_GOES_ON.match(text, inner.head_end) \
                    and text[inner.head_start].isupper():
                # "members of the Kurdistan Workers' Party": the counted word is inside a name
                members_sc = inner._replace(head=lex.heads["fighters"], noun="members",
                                            head_start=wm.start(), head_end=wm.end())
            elif inner.head is not None and inner.head.cls == "person" and not inner.blocked:
                pos = part.end()
            elif inner.head is not None and inner.head.cls == "group" and not inner.blocked:
                # a group's members are people: of an armed group, fighters ("neutralised 21
                # members of the PKK" are no "21 armed groups")
                form = text[inner.head_start:inner.head_end].lower()
                noun = "fighters" if form in lex.partitive_armed else "members"
                members = lex.heads.get(noun) or lex.heads["fighters"]
                members_sc = inner._replace(head=members, noun=noun, head_start=wm.start(), head_end=wm.end())
            elif inner.head is None and not inner.blocked and _NAMED_BODY.match(text, part.end()):
                # "21 members of the outlawed Kurdistan Workers' Party": members of a named body
                members_sc = inner._replace(head=lex.heads["fighters"], noun="members",
                                            head_start=wm.start(), head_end=wm.end())
    if of:
        if of.group(2):
            anaphoric = True               # "12 of them were killed"
        pos = of.end()
    sc = scan_noun_phrase(text, pos, lex) if not anaphoric else Scan(None, 0, 0, pos, None, None, False, [])
    if members_sc is not None:
        sc = members_sc
    if sc.blocked:
        return None
    head = sc.head
    if head is None and of is not None and of.group(1) == "the":
        dead = _state_noun(text, pos, lex)   # "127 of the dead were elderly": a part of a toll
        if dead is not None:
            return dead
    if n.yearlike and (head is None or sc.head_start != pos + 1):
        return None                        # a year, unless a counted noun follows at once
    if head is not None and head.anaphoric:
        anaphoric, head = True, None
    # a state form may mean one thing for people and another for things ("neutralised")
    want = None if head is None else ("person" if head.cls == "person" else "object")
    after = _pick(state_after(text, sc.np_end, lex), want)
    if after is None and head is not None and head.cls == "person":
        appo = _APPOSITION.match(text, sc.np_end)
        if appo is not None:               # "one civilian, a 70-year-old man, was killed"
            after = _pick(state_after(text, appo.end(), lex), want)
        else:
            after = state_after_clause(text, sc.np_end, lex, want)
    if after is None and head is None and not anaphoric and sc.candidate is not None:
        longer = _long_plural(text, pos, lex)
        if longer is not None:             # "five peace deal signatories have been killed"
            after = _pick(state_after(text, longer[1], lex), "person")
            if after is not None:
                sc = sc._replace(candidate=longer[0], np_end=longer[1])
    before = _pick(_state_before(text, n, sent_start, lex, head is None and sc.candidate is None), want)
    state = after or before
    if after is not None and after[0] == "displaced" and sc.adjective is not None and head is not None \
            and head.cls == "person":
        # "the four wounded soldiers were evacuated": a casualty taken to care, not displaced
        hurt = _pick((lex.states_after[sc.adjective], sc.head_start), "person")
        if hurt is not None:
            state = hurt
    if state is None and sc.adjective is not None and head is not None and head.cls == "person":
        state = _pick((lex.states_after[sc.adjective], sc.head_start), "person")   # "evacuated 12 wounded soldiers"
    if state is None and head is None and not anaphoric and sc.candidate is not None and any(
            lw == sc.candidate and text[ws].isupper() for ws, _, lw in sc.words):
        # "forced 700,000 Rohingya from their homes": a named people in a displacement (or toll)
        # frame is counted like "people" would be
        state = implied_state(text, n, sent_start, sc.np_end, lex)
    if state is None and head is None and not anaphoric and sc.candidate is None and not n.money and not n.vague:
        # "forced more than 2 million from their homes": the frame alone makes the bare count
        # one of displaced people (a vague "forced thousands to flee" is background, no figure)
        implied = implied_state(text, n, sent_start, sc.np_end, lex)
        if implied is not None and implied[0] == "displaced":
            state = implied
    start = before[2] if before and not after else None
    end = after[2] if after else sc.np_end
    if n.words and n.value == 1 and of is not None and of.group(1) and (
            head is None or head.cls != "person" or state is None or state[1] != "person"):
        return None                        # "one of its soldiers died" counts; "one of its drones", "one of our men" do not

    if head is not None:
        if head.measure:
            of_what = _measure_of(text, sc.head_end, lex)
            surface = text[sc.head_start:sc.head_end].lower()
            if of_what:
                return Unit(f"{surface} of {of_what[0]}", of_what[1], surface, head.cls)
            return Unit(surface, sc.head_end, surface, head.cls)
        if head.cls in ("person", "group"):
            if state is None and head.cls == "person":
                state, start, end = implied_state(text, n, sent_start, sc.np_end, lex), None, end
            if state and state[1] == "person" and head.cls == "person":
                return Unit(f"{sc.noun} {state[0]}", end, sc.noun, "person", state[0], start)
            if (head.cls == "group" or (state is None and text[sc.head_start:sc.head_end].lower() in lex.side_bodies)) \
                    and isinstance(n.value, int) and n.value < 3 and (
                    prev_word(text, max(sent_start, n.qstart - 16), n.qstart)[0].lower() in lex.sides
                    or (state is None and _verb_after(text, sc.head_end, lex.side_verbs, lex))):
                return None                # "between the two factions", "two factions clashed": the sides of a conflict
            if _is_source(text, sc.head_end, lex):
                return None                # "two officials said", "people familiar with"
            if state is None and lex.attribution_tail.search(text, max(sent_start, n.qstart - 30), n.qstart):
                return None                # "according to two military officers": a source, not a count
            if head.cls == "person" and prev_word(text, max(sent_start, n.qstart - 8), n.qstart)[0].lower() in lex.household:
                return None                # "with her four remaining children": a family, no claim
            crowd = text[sc.head_start:sc.head_end].lower() in lex.crowd_nouns
            if ((head.unit == "people" or crowd) and _crowd_after(text, sc.head_end, lex)) or (
                    crowd and n.vague and state is None and prev_word(text, max(sent_start, n.qstart - 6), n.qstart)[0] != "by"):
                return None                # "hundreds of people had gathered", "thousands of protesters marched": a crowd
                                           # (not an act's agent: "attacked by hundreds of demonstrators")
            if head.exact and n.vague and state is None:
                return None                # "thousands of Armenians": a people in the background, no count
            return Unit(sc.noun, sc.head_end, sc.noun, head.cls, None, start)
        if state and state[1] == "object":
            return Unit(f"{sc.noun} {state[0]}", end, sc.noun, head.cls, state[0], start)
        if head.cls == "place" and state is None and n.words and \
                prev_word(text, max(sent_start, n.qstart - 12), n.qstart)[0].lower() in _DEFINITE:
            return None                    # "within the two regions": places already known, no count
        return Unit(sc.noun, sc.head_end, sc.noun, head.cls, None, start)

    if not anaphoric and (not state or state[1] != "person"):
        enum = _enumerated(text, sc, n, sent_start, lex)
        if enum is not None:               # "seven key areas", "captured three main roads"
            if state:
                return Unit(f"{enum} {state[0]}", end, enum, "object", state[0], start)
            return Unit(enum, sc.np_end, enum, "object", None, start)
    if n.words and n.value == 1 and sc.candidate is None and not (anaphoric and of is not None and state and state[1] == "person") \
            and not (anaphoric and of is not None and severe_part(text, of.end(), previous)) \
            and not count_toll(text, n, sent_start, lex) and not one_more_part(text, n.qstart, n.end, previous):
        return None                        # "one that killed ...": a pronoun, not a count ("put the toll at one" is;
                                           # so is "one of them was wounded")
    if n.strong:
        return Unit(n.sized or "troops", sc.np_end, n.sized or "troops", "person")
    if state:
        wanted = "person" if state[1] == "person" else None
        noun = None
        if sc.candidate and not anaphoric and state[1] == "person":
            noun = sc.candidate
        if noun is None and wanted == "person" and sc.candidate is None and \
                prev_word(text, max(sent_start, n.qstart - 8), n.qstart)[0].lower() == "the":
            noun = "people"                # "a speedy recovery to the 31 wounded": all of them, no earlier noun
        for u in reversed(previous):
            if noun is None and u.noun and ((u.cls == "person") == (wanted == "person")):
                noun = u.noun
        if noun is None:
            if state[1] != "person":
                return None
            noun = "people"
        return Unit(f"{noun} {state[0]}", end, noun, wanted or "object", state[0], start)
    if state is None and previous and previous[-1].noun and previous[-1].state and (
            anaphoric or (sc.candidate is None and _PART_GAP.fullmatch(text, previous[-1].end, n.qstart)
                          and _PART_AFTER.match(text, n.end))):
        # "13 soldiers were killed, seven of them serving with X and two with Y": parts of a count
        last = previous[-1]
        return Unit(last.unit, n.end, last.noun, last.cls, last.state)
    if state is None and not anaphoric and sc.candidate is not None and previous and previous[-1].state \
            and previous[-1].cls == "person" and _PART_OPEN.fullmatch(text, previous[-1].end, n.qstart) \
            and sc.candidate.endswith("s") and not sc.candidate.endswith("ss") and text[sc.np_end - 1].isalpha():
        # "killed 12 people, including four novice monks": a part of a toll, in its state,
        # whatever the noun
        last = previous[-1]
        return Unit(f"{sc.candidate} {last.state}", sc.np_end, sc.candidate, "person", last.state)
    if state is None and not anaphoric and sc.candidate is None and previous and previous[-1].noun \
            and previous[-1].cls not in ("money", "area") and _ELLIPSIS_AFTER.match(text, n.end) \
            and (_ELLIPSIS_GAP.fullmatch(text, previous[-1].end, n.qstart)
                 or _PART_TAIL.fullmatch(text, previous[-1].end, n.qstart)):
        # "... killed at the airport and three at the port", "bombed 177 schools, including 17
        # in the past month": the same count again, or a part of it, with the noun left out
        last = previous[-1]                # "... killed at the airport and three at the port": the same count again
        return Unit(last.unit, n.end, last.noun, last.cls, last.state)
    if state is None and not anaphoric and previous and previous[-1].noun and previous[-1].state is None \
            and previous[-1].cls == "person" and _TARGET_AFTER.match(text, n.end) \
            and _SHORT_OF_GAP.fullmatch(text, previous[-1].end, n.qstart):
        last = previous[-1]
        return Unit(last.unit, n.end, last.noun, last.cls)
    if state is None and not anaphoric and sc.candidate is None and previous and previous[-1].noun \
            and previous[-1].cls == "person" and _RIVAL_AFTER.match(text, n.end) \
            and _RIVAL_GAP.fullmatch(text, previous[-1].end, n.qstart):
        last = previous[-1]                # "lost four fighters, far fewer than the 17 claimed by the army"
        return Unit(last.unit, n.end, last.noun, last.cls, last.state)
    if previous and previous[-1].state and lex.figure_update.search(text, max(sent_start, n.qstart - 50), n.qstart):
        last = previous[-1]                # "(neutralised 21 fighters) and raised that figure to 27"
        return Unit(last.unit, n.end, last.noun, last.cls, last.state)
    more = more_of_previous(text, n.end, previous) if (anaphoric or sc.candidate is None) and of is None and state is None else None
    if more is not None:                   # "deployed 3,000 troops and recruited 5,000 more"
        return Unit(more[0], more[1], more[2], more[3])
    toll = count_toll(text, n, sent_start, lex) or number_of(text, n, sent_start, lex) or postposed_toll(text, n, lex) \
        or fronted_part(text, n, sent_start)
    if toll:
        return Unit(toll, n.end, toll, "person")
    if (sc.candidate is None or anaphoric) and not (_NOUN_NEXT.match(text, n.end) and
                                                    prev_word(text, max(sent_start, n.qstart - 8), n.qstart)[0].lower() in _DEFINITE):
        gov = governing_noun(text, sent_start, n.qstart, lex, in_timex)
        if gov is None and previous and previous[-1].noun and previous[-1].state is None and \
                series_gap(text, previous[-1].end, n.qstart, lex, in_timex):
            gov = previous[-1].noun, previous[-1].cls or ""      # "..., and 90 in October"
        opens_series = text[max(sent_start, n.qstart - 5):n.qstart].lower() == "from "
        if gov is None and opens_series and FROM_TO.match(text, n.end):
            gov = nearest_head(text, max(sent_start, n.qstart - 120), n.qstart, lex)
        if gov:
            return Unit(gov[0], n.end, gov[0], gov[1])
        if lex.population_re.search(text, max(sent_start, n.qstart - 30), n.qstart):
            return Unit("people", n.end, "people", "person")   # "a population of 120,000": its people
    return None
