"""Figures stated again: one claim per figure a document states.

A restated figure (the same quantity and unit, a headline and its lede, a later "23 bodies" after
"killed 23") is merged into its first statement by ``dedupe``. A definite re-mention of a count
already given ("the two deaths", "the four detainees" after "arrested four suspects") is no
figure of its own, and ``drop_re_mentions`` removes it before claimants and periods are read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep import knowledge
from sitrep.claims.lexicon import lexicon
from sitrep.claims.numbers import prev_word
from sitrep.model import ClaimFact

# the end of a sentence that closes as one: a stop, maybe a quote or bracket after it
_CLOSED = re.compile(r"[.?!:;][\"'”’)]?\s*$")
# the sentence mark of a heading or bullet in the body (``dedupe``: 0 is the headline, -1 a lead
# sentence, -2 a lead paragraph after a dateline)
HEADING = -3
# a live blog's entry opens with its time ("12:05 GMT - Death toll rises to 13"): its heading is a
# report of its own, which the entry's text may restate
_STAMPED = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")
# a heading or bullet states its figure again in the text below it; a longer line is prose
_HEADING_MAX = 160
# counts of the dead; the generic ones restate an earlier count of the same number
_DEAD = ("killed", "dead", "deaths", "bodies")
_RESTATED = frozenset({"bodies", "deaths", "dead"})


# a desk's label before a headline's first words, in capitals before a colon or dash as a
# dateline's place is ("UPDATE: Three attackers killed ..."): the line is a headline all the same
_LABEL = re.compile(r"([A-Za-z][A-Za-z' ]{1,28}?)[ \t]*(?::|[-–—][ \t])")


@lru_cache(maxsize=1)
def _desk_labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in knowledge.wordlist("editorial_labels.txt"))


def desk_label(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start`` opens with a desk label ("UPDATE:", "EXCLUSIVE -")."""
    m = _LABEL.match(text, start, end)
    return m is not None and m.group(1).casefold() in _desk_labels()


def other_source(a: ClaimFact, b: ClaimFact) -> bool:
    """Whether two figures are stated by two different named claimants."""
    return a.claimant_name is not None and b.claimant_name is not None and a.claimant != b.claimant


def headings_as_headline(text: str, sentences: list[tuple[int, int]], sent_of: list[int]) -> list[int]:
    """``sent_of`` with every sentence of the body that stands alone on its line and closes with
    no stop (a subheading "Residents put death toll at 32", a bullet "• Two soldiers wounded")
    marked ``HEADING``: like the headline's, its figure is the one the text below states again,
    even in other words (``dedupe``). The lines above the first closed sentence (a standfirst)
    are left as they are: a standfirst's figure is a summary's claim of its own."""
    out = list(sent_of)
    last = len(sentences) - 1
    seen: dict[int, bool] = {}
    prose = -1                             # the first sentence that closes with a stop
    for k, si in enumerate(sent_of):
        if si <= 0:
            continue
        if prose < 0:
            prose = next((i for i, (s, e) in enumerate(sentences)
                          if _CLOSED.search(text, max(s, e - 3), e) is not None), last + 1)
        if si <= prose:
            continue
        is_head = seen.get(si)
        if is_head is None:
            s, e = sentences[si]
            nxt = sentences[si + 1][0] if si < last else len(text)
            is_head = seen[si] = (e - s <= _HEADING_MAX and "\n" in text[sentences[si - 1][1]:s]
                                  and _STAMPED.match(text, s) is None
                                  and (si == last or "\n" in text[e:nxt])
                                  and _CLOSED.search(text, max(s, e - 3), e) is None)
        if is_head:
            out[k] = HEADING
    return out


def dedupe(out: list[ClaimFact], sent_of: list[int]) -> list[ClaimFact]:
    """One claim per figure: a restated figure, or a headline and its lede, state the same claim.

    Same quantity, unit and period is one claim; a headline figure (sentence 0, which has no
    period of its own) is also one with a later figure of the same quantity and unit. The
    first statement is kept, with the period and claimant a restatement adds.
    """
    seen: dict[tuple[str, str], list[tuple[ClaimFact, int]]] = {}
    kept: list[ClaimFact] = []
    dead: list[ClaimFact] = []                 # kept counts of the dead
    heads: list[ClaimFact] = []                # kept figures of headings and bullets
    for c, si in zip(out, sent_of):
        same = seen.setdefault((str(c.quantity), c.unit), [])
        # two sources stating the same figure are two claims ("the army said 40 ...; the governor
        # said 40 ..."); a headline's figure is the story's whoever its lede names
        # two equal counts in one sentence are two ("three were killed at the airport and three
        # at the port"); a restatement comes in another sentence
        # a sourced lead paragraph (-2) is restated only by its own source: "forced hundreds of
        # thousands from their homes, the rebels said" is not the later "sheltering hundreds of
        # thousands who had fled"
        first = next((f for f, fs in same if (f.period == c.period or fs in (0, -2, HEADING)) and fs != si
                      and (fs == 0 or not other_source(f, c))
                      and (fs != -2 or f.claimant_name is None or f.claimant == c.claimant)), None) if same else None
        if first is None and dead and c.unit in _RESTATED:
            # "killed at least 23 civilians ... 'We counted 23 bodies'": the same dead again
            # ... unless another named source states it ("'We counted 18 dead,' the agency head said")
            first = next((f for f in dead if f.quantity == c.quantity and not other_source(f, c)
                          and (c.period is None or f.period is None or f.period == c.period)), None)
        if first is None and heads and si != HEADING:
            # a headline's or a bullet's figure told again below in other words: "Residents put
            # death toll at 32" over "32 people have now died", "• Four suspects detained" over
            # "soldiers detained four people"
            first = next((f for f in heads if f.quantity == c.quantity and _paraphrase(f.unit, c.unit)
                          and not other_source(f, c)), None)
        if first is None:
            same.append((c, si))
            kept.append(c)
            if c.unit.endswith(_DEAD):
                dead.append(c)
            if si == HEADING:
                heads.append(c)
            continue
        if first.period is None:
            first.period = c.period
        if c.qualifier and c.qualifier != first.qualifier and any(f is first and fs <= 0 for f, fs in same):
            # "Nearly 300 wounded" over "almost 300 others were wounded": the body's words, also
            # over a standfirst's (the first sentence, -1 when it is no headline)
            first.qualifier = c.qualifier
        if first.claimant_name is None and c.claimant_name is not None:
            first.claimant, first.claimant_name = c.claimant, c.claimant_name
    return kept


def _paraphrase(a: str, b: str) -> bool:
    """Whether two units may count the same people or things in other words: one states what
    happened to them and the other states the same or nothing ("bodies", "men")."""
    sa, sb = state_of(a), state_of(b)
    return (sa is not None or sb is not None) and (sa is None or sb is None or sa == sb)


def state_of(unit: str) -> str | None:
    """The state a unit names ("soldiers killed" -> "killed", "deaths" -> "killed"), or None."""
    implied = _IMPLIED.get(unit)
    if implied is not None:
        return implied
    last = unit.rsplit(" ", 1)[-1]
    return last if last in _states() else None


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """The states the lexicon appends to a unit ("killed", "detained", "seized")."""
    lex = lexicon()
    return frozenset(v for forms in (lex.states_after, lex.states_before) for d in forms.values() for v in d.values())


# units that name people only by what happened to them: "the two deaths" re-mentions a count of
# two in no other state ("nine bodies, including the two civilians"); "the 42 victims" or "the
# two people" may count others and must repeat the noun
_IMPLIED = {"people killed": "killed", "deaths": "killed", "bodies": "killed",
            "people injured": "injured", "people detained": "detained", "detainees": "detained"}
# the determiners that refer back to a count already given
_DEFINITE = frozenset({"the", "these", "those"})


def drop_re_mentions(text: str, out: list[ClaimFact], units: list, starts: list[int],
                     sent_of: list[int], sent_starts: list[int]) -> list[int]:
    """The indexes of the claims to keep: all but definite re-mentions of a count stated in an
    earlier sentence ("arrested four suspects ... the four detainees belonged to a cell", "nine
    bodies, including the two civilians ... an investigation into the two deaths").

    A re-mention is an exact count after "the" (or "these", "those") that an earlier count of
    the same number matches: the same noun, or a noun that only names their state ("deaths",
    "detainees"), in no conflicting state. "The two soldiers were killed" with no earlier two is
    a claim, and so is "the four soldiers later died" after "four soldiers were wounded"."""
    keep: list[int] = []
    for i, c in enumerate(out):
        if c.qualifier is None and isinstance(c.quantity, int) and units[i].cls == "person" \
                and _BARE_AUX.match(text, starts[i] + len(c.text)) and prev_word(
                    text, max(sent_starts[sent_of[i]], starts[i] - 8), starts[i])[0].lower() in _DEFINITE:
            continue                       # "the five were released", "the two are allies": people named before
        if i and c.qualifier is None and isinstance(c.quantity, int) and units[i].cls == "person":
            s0 = sent_starts[sent_of[i]]
            word, at = prev_word(text, max(s0, starts[i] - 8), starts[i])
            # "four of the 13 injured persons": the whole a part is taken from is the count before
            whole = word.lower() == "the" and prev_word(text, max(s0, at - 8), at)[0].lower() == "of"
            # ... or the count alone, its verb right after it: "the three had been taken into custody"
            whole = whole or _BARE_VERB.match(text, starts[i] + len(c.text)) is not None
            if word.lower() in _DEFINITE and any(_same_count(out[j], units[j], c, units[i], whole)
                                                 for j in keep if sent_of[j] < sent_of[i]):
                continue
        keep.append(i)
    return keep


# an auxiliary right after a definite count: the count stands alone, no noun between
_BARE_VERB = re.compile(r"\s+(?:had|has|have|were|was|are|is)\s+been\b")
# (any auxiliary: "the three had been taken into custody", "the five were released", "the two are
# allies": a definite count with no noun refers to people the text has named or counted already)
_BARE_AUX = re.compile(r"\s+(?:had|has|have|were|was|are|is|will|would|remain|remained)\b")


def _same_count(a: ClaimFact, ua, b: ClaimFact, ub, whole: bool = False) -> bool:
    """Whether the later count ``b`` may refer back to the earlier ``a``; ``whole``: ``b`` is the
    whole a part is taken from ("four of the 13 injured persons") or stands alone ("the three had
    been taken into custody"), so it names no people of its own."""
    if a.quantity != b.quantity or ua.cls != "person":
        return False
    if ua.noun == ub.noun:                 # "the two civilians" again, in no new state
        return ua.state is None or ub.state is None or ua.state == ub.state
    if ua.noun and ua.noun.endswith(" " + ub.noun):
        # "the four officers" after "four police officers": the head again without its modifier
        return ua.state is None or ub.state is None or ua.state == ub.state
    if whole and ub.noun == "people" and ub.state is not None and ua.state == ub.state:
        return True                        # "four of the 13 injured persons" after "injured 13 others"
    implied = _IMPLIED.get(ub.noun or "")
    return implied is not None and (ua.state is None or ua.state == implied)
