"""The per-document event coder: PLOVER events from trigger hits, one sentence at a time.

For each trigger the lexicon finds, ``drafting.code`` picks the reading, the actor and the target and
drops what the text does not assert; reports of the same category with compatible roles in one
sentence become one fact. Dates come from ``dating`` (the sentence's own time expression, the
narrative context, a period, or the publication date for ongoing reports, each with its basis).
"""
from __future__ import annotations

import bisect
import re

from sitrep.events import aggregates, background, instrument, nonreports, place_actor, roles, roles_coord_subject
from sitrep.events import clash, coding_roleless, condemnation_appeal, deontic_speech, coding_shapes, protest_demands, suspected, threat_speech
from sitrep.events.dating import STATEMENTS, Clock, dateline_end
from sitrep.events.tense import tense
from sitrep.events.drafting import CRITICAL, HOSTILE, MATERIAL, Draft, allowed, code, merge_drafts
from sitrep.events.claimed import fold_claims
from sitrep.events.headline_verbs import drop_stray_forms
from sitrep.events.figures import casualties, toll_rise, toll_update
from sitrep.events.incidents import split_incidents
from sitrep.events.lexicon import Lexicon, lexicon
from sitrep.events.quoted import code_quotes, code_reported
from sitrep.events.quote_facts import quote_facts, quote_rows
from sitrep.events.scare_quotes import narrated, unnamed
from sitrep.events.tolls import assign_casualties, bare_toll, raise_main_toll, restated
from sitrep.model import EventFact, Mention, QuoteFact, TimeExpr
from sitrep.timex.fingerprint import text_key

_QUOTE = re.compile(r"“[^”]{1,800}”|\"[^\"\n]{1,800}\"")


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)



_SPACES = re.compile(r"\s+")


def _mode(lex: Lexicon, s: roles.Sentence, action: str, start: int, end: int) -> str | None:
    fits = lex.pairs.get("mode_actions", {})
    modes = lex.pairs.get("modes", {})
    best, dist = None, 1 << 30
    # s.all("modes", lo, hi) on the raw spans
    starts, ends = s.cue_spans.get("modes", roles.NO_SPANS)
    hi = min(s.end, end + 80)
    for i in range(bisect.bisect_left(starts, max(s.start, start - 80)), len(starts)):
        a, z = starts[i], ends[i]
        if z > hi:
            break
        mode = modes.get(_SPACES.sub(" ", s.lower[a:z].lower()))
        if mode is None or action not in fits.get(mode, "").split():
            continue
        d = 0 if a < end and start < z else min(abs(a - end), abs(start - z))
        if d < dist:
            best, dist = mode, d
    return best


_OBJECT_GAP = re.compile(r"\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+)?")


def _names_a_war(s: roles.Sentence, end: int) -> bool:
    """Whether the trigger's object is the name of a war or another event ("rejects the war in Gaza")."""
    obj = next((m for m in s.mentions if m.start >= end), None)
    return obj is not None and obj.type == "EVENT" and _OBJECT_GAP.fullmatch(s.text, end, obj.start) is not None


def _until_taken(conjuncts: list[Mention], taken: set[int]) -> list[Mention]:
    """A coordination, or nothing when it reaches a mention that already fills a role."""
    return [] if any(id(m) in taken for m in conjuncts) else conjuncts


class Prepared:
    """The date-free reading of one document, in plain tuples so it pickles small: per sentence
    with triggers the fact rows its drafts give (roles, mode, tense, casualties), and the acts
    its quotations state. ``date_events`` only dates them."""

    __slots__ = ("key", "steps", "acts")

    def __init__(self, key: tuple[int, int], steps: list, acts: list):
        self.key, self.steps, self.acts = key, steps, acts

    def __getstate__(self):
        return self.key, self.steps, self.acts

    def __setstate__(self, state):
        self.key, self.steps, self.acts = state


def find_events(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                timexes: list[TimeExpr], published: str | None,
                quotes: list[QuoteFact] | None = None, prepared: dict | None = None) -> list[EventFact]:
    """Every PLOVER event the document asserts, one fact per (sentence, category, actor, target).

    ``quotes`` (the quotes stage's direct quotations) adds what speakers threaten, reject, demand
    and blame in their own words (``sitrep.events.quoted``). ``prepared``: a dict kept by the
    caller for this text, sentences, mentions and quotes; the date-free part (triggers, roles,
    drafts) is stored in it on the first call and reused when the document is dated again."""
    split = sentences
    # "kidnapped nine on Sunday, hours after a raid killed seven": two incidents, coded apart
    sentences = split_incidents(text, sentences or [(0, len(text))])
    if prepared is None:
        part = prepare_events(text, sentences, mentions, quotes)
    else:
        part = prepared.get("events")
        if part is None or part.key != text_key(text):
            part = prepared["events"] = prepare_events(text, sentences, mentions, quotes)
    return date_events(text, sentences, timexes, published, part, split=split)


def prepare_events(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                   quotes: list[QuoteFact] | None = None) -> Prepared:
    """Triggers, roles and drafts of every sentence: all of ``find_events`` but the dates."""
    lex = lexicon()
    lower = _lower(text)
    hits = lex.find(lower)
    if not hits and not quotes and "toll" not in lower and "death" not in lower \
            and not threat_speech.find(lower, 0, len(lower)) \
            and not deontic_speech.has_cue(lower):              # nor a threat or demand reported ("said X would pay")
        return Prepared(text_key(text), [], [])     # no trigger, and no toll reported bare (``tolls.bare_toll``)
    sentences = sentences or [(0, len(text))]
    n = len(text)
    # the dateline ("MANDALAY — ", "KADUGLI (AP) -") says where the report was filed, not who acted
    lo = dateline_end(text)
    ments = [m for m in mentions if lo <= m.start < m.end <= n]
    mstarts = [m.start for m in ments]
    if any(mstarts[k] > mstarts[k + 1] for k in range(len(mstarts) - 1)):
        ments.sort(key=lambda m: m.start)
        mstarts = [m.start for m in ments]
    sstarts = [a for a, _ in sentences]
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)] if ('"' in text or "“" in text) else []
    qstarts = [a for a, _ in quoted]
    per_sentence: dict[int, list] = {}
    for h in hits:
        q = bisect.bisect_right(qstarts, h[0]) - 1
        i = bisect.bisect_right(sstarts, h[0]) - 1
        if q >= 0 and h[1] <= quoted[q][1] and all(sp.action in MATERIAL and sp.action != "THREATEN" for sp in h[3]) \
                and not narrated(text, quoted[q], sentences[i][0] if i >= 0 else 0, h[3]):
            continue                      # "we will strike them": words in a quotation, not a reported act
        if i >= 0 and h[1] <= sentences[i][1]:
            per_sentence.setdefault(i, []).append(h)
    # a base/-s form that is a trigger only as a headline's verb and is no verb here is no hit
    drop_stray_forms(text, sentences, ments, mstarts, per_sentence)
    cues = lex.cue_spans(lower, [sentences[i] for i in sorted(per_sentence)])   # only where triggers are
    subjects: list = []               # each sentence's subject: a Mention, or the (start, end) to ask
    memo: dict = {}
    # (sentence index, toll line?, whether it refers back to the sentence before, its fact rows or
    # None when it codes nothing, its casualty figures or None)
    steps: list[tuple] = []
    assaults: list[int] = []          # sentences whose merged drafts include an assault

    def sentence(a: int, b: int) -> roles.Sentence:
        q0 = bisect.bisect_left(qstarts, a)
        return roles.Sentence(text, lower, a, b, ments[bisect.bisect_left(mstarts, a):bisect.bisect_left(mstarts, b)],
                              roles.Subjects(subjects, len(subjects), memo, sentence),
                              quoted[q0:bisect.bisect_left(qstarts, b, q0)], cues, memo, ments)

    # a bare toll (``tolls.bare_toll``) needs "toll" or "death" in its sentence: most have neither
    deaths = "death" in lower
    for i, (a, b) in enumerate(sentences):
        # "the number of civilians killed ... has risen to four" is a toll line without the word
        toll = lower.find("toll", a, b) >= 0 or (lower.find("number of", a, b) >= 0 and toll_rise(text, a, b) is not None)
        tolled = toll or (deaths and lower.find("death", a, b) >= 0)
        if i in per_sentence and not text[a:b].rstrip("”\"’' )").endswith("?"):
            s = sentence(a, b)
            drafts: list[Draft] = []
            prev_end = -1000
            hs = per_sentence[i]
            tried: list[Draft] = []      # every coded trigger, allowed or not: coordination looks back at it
            # each hit's categories, worked out once: every hit looks ahead at the ones after it
            kinds_of = [{sp.action for sp in h[3]} for h in hs]
            for k, hit in enumerate(hs):
                if _inside(cues.get("anonymity_formulas"), hit[0], hit[1]):
                    continue          # "who asked not to be named": how a source is kept anonymous
                kinds = kinds_of[k]
                # blame or refusal of a material act: the material act's arguments are its own
                nxt = b if not kinds <= CRITICAL else next(
                    (hs[j][0] for j in range(k + 1, len(hs)) if kinds_of[j] <= HOSTILE), b)
                # where the next act of another kind starts: a nominal act's object comes before it
                d = code(lex, s, hit, tried, prev_end, nxt,
                         next((hs[j][0] for j in range(k + 1, len(hs))
                               if hs[j][0] >= hit[1] and not kinds & kinds_of[j]), b))
                if d is not None and d.actor is None and d.target is None:
                    coding_roleless.fill(s, d)    # "said the claim is a lie", "told X in a phone call"
                if d is not None and unnamed(quoted, hit, d):
                    d = None          # '11 assailants had been "neutralised"': a quoted act told of no one
                if d is not None and d.action == "REJECT":
                    coding_roleless.refused_party(s, d)   # "would not negotiate with the kidnappers"
                if d is not None and d.action == "ASSAULT" and \
                        nonreports.natural_hazard(s, d.start, d.end, d.actor, d.actor_name):
                    d = None          # "an earthquake killed 300": a disaster, no party attacked
                if d is not None:
                    # "the Tibú attack": a town is where, never who; "Karst separatists": the group
                    place_actor.settle(d, s, HOSTILE)
                    coding_shapes.compound_place(s, d)     # "Makeen attack: ...": where, not who
                    coding_shapes.raid_reading(s, d)       # "raided a post, killing 16": an assault
                    coding_shapes.claimant(s, d)           # "X, the wing of Y, claimed responsibility": X
                if d is not None:
                    tried.append(d)
                    if allowed(d, hit):
                        drafts.append(d)
                prev_end = hit[1]
            # facts are made for every merged draft (each has a date, if only the report's), so
            # whether an assault was coded just before is known without dating
            retold = any(d.bare == instrument.BARE_ANAPHORIC for d in drafts) and \
                any(i - j <= 2 for j in assaults)
            if retold:
                # "three were killed in the attack", "the rockets hit a school": the attack reported
                # just before, not a new one; its toll goes to that report
                drafts = [d for d in drafts if d.bare != instrument.BARE_ANAPHORIC]
            merged = merge_drafts(clash.mutual(s, drafts))   # "fighting between A and B": one A -> B
            suspected.attach(text, sentences, i, ments, mstarts, merged)   # "... bore the hallmarks of X"
            if any(d.action == "ASSAULT" for d in merged):
                assaults.append(i)
            refers_back, rows = _rows(lex, s, merged)
            # the casualty figures of the sentence, where an assault (its own, or one just reported)
            # may take them
            cas = casualties(s.text, s.start, s.end) if any(d.action == "ASSAULT" for d in merged) or retold \
                or s.any("event_anaphors") else None
            if toll and cas is not None and cas[0] is None:
                # "the death toll from an attack on X rose to nine": the attack's toll is the risen one
                risen = toll_update(text, a, b)
                if risen is not None:
                    cas = (risen, cas[1], True)     # a later count: it supersedes lower ones
            if tolled and not retold and not any(d.action == "ASSAULT" for d in merged):
                bare = bare_toll(text, lower, a, b, toll, ments, mstarts)
                if bare is not None:
                    rows, cas = rows + [bare[0]], bare[1]
            steps.append((i, toll, refers_back, rows, cas, _places(ments, mstarts, a, b) if cas is not None else ()))
            for d in drafts:
                if d.actor is not None and d.actor.type in roles.ACTOR_TYPES:
                    subjects.append(d.actor)
                    break
            else:
                subjects.append((a, b))
        else:
            bare = bare_toll(text, lower, a, b, toll, ments, mstarts) if tolled else None
            if bare is not None:
                steps.append((i, toll, False, [bare[0]], bare[1], _places(ments, mstarts, a, b)))
            elif toll:
                steps.append((i, toll, False, None, None, _places(ments, mstarts, a, b)))
            subjects.append((a, b))           # a sentence to ask only if a pronoun reaches back to it
    acts = quote_rows(lex, (code_quotes(text, lower, sentences, ments, mstarts, quotes) if quotes else []) +
                       code_reported(text, lower, sentences, ments, mstarts, quotes, lo))
    return Prepared(text_key(text), steps, acts)


def date_events(text: str, sentences: list[tuple[int, int]], timexes: list[TimeExpr],
                published: str | None, prepared: Prepared,
                split: list[tuple[int, int]] | None = None) -> list[EventFact]:
    """The events of ``prepare_events`` dated against ``timexes`` and ``published``.

    ``split``: the document's own sentence split (``split_sentences`` of ``text``, before
    ``split_incidents``), so the clock need not split the text again to find its paragraphs."""
    if not prepared.steps and not prepared.acts:
        return []
    sentences = sentences or [(0, len(text))]
    clock = Clock(text, timexes, published, split)
    facts: list[EventFact] = []
    recent: list[tuple[int, EventFact]] = []
    for i, toll, refers_back, rows, cas, where in prepared.steps:
        a, b = sentences[i]
        bare = cas is not None and cas[2:] == ("bare",)
        # where the sentence's own attack is: a toll of a strike elsewhere is no other attack's
        own = [arg[2] for r in rows or () if r[0] == "ASSAULT" for arg in r[4][:1]]
        if toll and not bare:
            raise_main_toll(text, a, b, facts, own)
        if bare and restated(cas, facts, recent, i, where):
            rows = rows[:-1]              # the toll of an attack already reported: no act of its own
            cas = None
        if rows is None:
            continue
        # the previous sentence's own time, for an act that refers back to it ("the attack")
        prev_time = clock.previous(*sentences[i - 1]) if refers_back and i > 0 else None
        new = _facts(a, b, rows, clock, prev_time)
        if cas is not None:
            assign_casualties(cas, new, recent, i, where)
        facts.extend(new)
        recent.extend((i, f) for f in new)
    if prepared.acts:
        facts.extend(quote_facts(prepared.acts, clock, facts))
    return fold_claims(text, facts)


def _places(ments: list[Mention], mstarts: list[int], a: int, b: int) -> tuple[int, ...]:
    """The places a sentence names (local numbers): a toll or casualty line naming another place
    than an attack's is about another incident."""
    return tuple(m.local for m in ments[bisect.bisect_left(mstarts, a):bisect.bisect_left(mstarts, b)]
                 if m.type in roles.PLACE_TYPES and m.local >= 0)


def _rows(lex: Lexicon, s: roles.Sentence, drafts: list[Draft]) -> tuple[bool, list[tuple]]:
    """Whether the sentence refers back to the one before, and per draft the date-free part of
    its facts: (action, start, end, tense, [(actor, target, location, mode, trigger, actor name,
    target name)]), one row per coordinated target or place."""
    out = []
    back = s.first("event_anaphors", s.start, min(s.end, s.start + 40))
    refers_back = back is not None and not roles.expletive(s, back)
    for d in drafts:
        if d.target is None and d.action not in MATERIAL and _names_a_war(s, d.end):
            continue            # "Baghdad, which rejects the war in Gaza": a stance on a war, no act
        if _background(s, d):
            continue            # a speech's venue, a denied report, a label (``sitrep.events.background``)
        if d.action == "REQUEST" and protest_demands.voices_a_protest(s.text, d, drafts):
            continue            # "gathered ... demanding his resignation": the protest's own demand
        if d.action == "REQUEST" and condemnation_appeal.closes_a_condemnation(s.text, d, drafts):
            continue            # "condemned the attack and called for ...": one condemnation
        when = tense(s, d.start, d.end, d.form, roles.clause_start(s, d.start, lex))
        if aggregates.running_total(s, d.action, d.start, d.end) or (
                d.action in MATERIAL and nonreports.repeated(s, d.start, d.end)) or nonreports.figure_since(s, d.action) \
                or (d.action in MATERIAL and nonreports.round_count(s, d.start, d.end)):
            continue            # "strikes have killed nearly 300 people since the truce": a running total
        taken = {id(m) for m in (d.actor, d.target) if m is not None}
        place = d.place or roles.location(s, d.start, d.end, taken)
        mode = _mode(lex, s, d.action, d.start, d.end)
        # "shelled Kharkiv and Odesa", "campaigns in Gaza and Lebanon": one act per coordinated
        # target (or place), same actor, date and evidence
        roles_of = [(d.target, place)]
        if d.target is not None and not d.grouped:      # a group's named members are one act's target
            roles_of += [(t, place) for t in _until_taken(roles.conjuncts(s, d.target), taken) if t is not place]
        elif place is not None:
            # "inside Iraq, and Baghdad, which rejects ...": a list reaching the act's own actor is
            # two clauses, not two places
            roles_of += [(None, p) for p in _until_taken(roles.conjuncts(s, place), taken)]
        # "The Union and the Community condemned ...": one act per party coordinated as the subject
        actors = [a for a in roles_coord_subject.co_subjects(s, d.actor, roles.clause_start(s, d.start, lex), d.start)
                  if id(a) not in taken] + [d.actor] \
            if d.actor is not None and d.verbal and d.actor.end <= d.start and d.action not in roles_coord_subject.JOINT_ACTS \
            else [d.actor]
        out.append((d.action, d.start, d.end, when, [
            (_local(actor), _local(target), _local(where), mode, d.trigger,
             actor.text if actor is not None and actor.local < 0 else d.actor_name if actor is None else None,
             target.text if target is not None and target.local < 0 else d.target_name if target is None else None)
            for actor in actors for target, where in roles_of]))
    return refers_back, out


def _background(s: roles.Sentence, d: Draft) -> bool:
    if d.action == "CONSULT" and (not d.verbal or d.form == "ing"):
        return background.venue(s, d.start, d.end, d.target)
    if d.action == "ACCUSE" and d.verbal:
        return background.label(s, d.start, d.end, d.form)
    if d.action == "ASSAULT" and d.verbal and background.retold(s, d.start, d.end, d.form):
        return True
    return d.action in MATERIAL and background.denied(s, d.start)


def _facts(start: int, end: int, rows: list[tuple], clock: Clock,
           prev_time: TimeExpr | None) -> list[EventFact]:
    out = []
    for action, d_start, d_end, when, facts in rows:
        dates = clock.dates(start, end, d_start, d_end, when, prev_time, action in _REPORTED, action in STATEMENTS)
        # "struck Israel in April and October": one act per date; a statement is made once
        for date, date_text, basis in dates if action in MATERIAL else dates[:1]:
            for actor, target, where, mode, trigger, actor_name, target_name in facts:
                out.append(EventFact(
                    action=action, start=start, end=end, actor=actor, target=target, location=where,
                    date=date, date_text=date_text, date_basis=basis, mode=mode, trigger=trigger,
                    actor_name=actor_name, target_name=target_name, date_week=clock.week(date_text, date)))
    return out


# acts whose complement clause states another act: its time expression dates that act
_REPORTED = CRITICAL | frozenset({"REQUEST", "THREATEN"})


def _inside(spans: tuple[list[int], list[int]] | None, start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the cue ``spans``."""
    if not spans:
        return False
    starts, ends = spans
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and end <= ends[i]


def _local(m: Mention | None) -> int | None:
    return m.local if m is not None and m.local >= 0 else None
