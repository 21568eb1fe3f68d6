"""The per-document event coder: PLOVER events from trigger hits, one sentence at a time.

For each trigger the lexicon finds, the coder picks the reading (verb or noun, active or passive),
finds the actor and target among the sentence's mentions (``roles``), and drops what the text does
not assert: negated, modal, conditional, habitual or embedded acts ("denied attacking", "urged it
to withdraw", "a possible attack"). Threats and intents survive as THREATEN and AGREE when an
explicit cue says so ("threatened to strike" is THREATEN, not ASSAULT). Reports of the same
category with compatible roles in one sentence become one fact.

Dates: the nearest usable time expression of the sentence (day or month precision); failing that,
the previous sentence's when the sentence refers back ("the attack", "it"). Otherwise the date is
left empty rather than guessed from the publication date: merging uses the publication date to
line up undated reports, and the timeline shows them as undated.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sitrep.events import instrument, roles
from sitrep.events.dating import event_date as _event_date
from sitrep.events.dating import nearest as _date
from sitrep.events.dating import nearest_to as _nearest_time
from sitrep.events.dating import usable as _usable
from sitrep.events.figures import casualties
from sitrep.events.lexicon import Lexicon, Spec, lexicon
from sitrep.events.quoted import code_quotes
from sitrep.model import EventFact, Mention, QuoteFact, TimeExpr

HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})
MATERIAL = HOSTILE | frozenset({"RETREAT", "AID", "COOPERATE", "THREATEN"})
CRITICAL = frozenset({"ACCUSE", "REJECT", "PROTEST"})    # acts whose object may be another act
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
_DETERMINER = re.compile(r"(?:^|\W)(?:a|an|the|this|that|its|their|his|her|our|new|latest|any|no|one|['’]s)\s+(?:[\w-]+\s+)?$", re.I)
_NOUN_NEXT = re.compile(r"^\s+(?:on|against|by|of|in|at|near|that|which|was|were|has|had|is|are|killed|wounded|came|comes|targeted|hit)\b", re.I)
_TO_BEFORE = re.compile(r"(?:^|\W)to\s+(?:\w+ly\s+)?$", re.I)
_ADJUNCT = re.compile(r"(?:,|\band)\s*(?:\w+ly\s+|also\s+)?$")
# "X killed Y and wounded ...", also with Y's head noun in between ("two Israeli soldiers and wounded")
_COORD = re.compile(r"^(?:\s+(?-i:[a-z][\w-]*)){0,2}\s*,?\s*(?:and|then)\s+(?:also\s+|later\s+|then\s+)?$", re.I)
# a capitalised trigger inside a name or title: "Finance Minister", "the Defence Committee"
_TITLE_NEXT = re.compile(r"[ \t]+(?-i:[A-Z][a-z])")
_PREP_END = re.compile(r"\s(?:on|against|with|between|of|to|into|for|by|from)$")
_BARE_OBJECT = re.compile(r"\s+(?:on|against|with|between|targeting|at|into|by)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?$")
_QUOTE = re.compile(r"“[^”]{1,800}”|\"[^\"\n]{1,800}\"")
_GOVERNED = re.compile(r"[^,;:()\"“”]*$")
_GERUND_EMBED = re.compile(r"(?:^|\W)(?:of|for|from|about|over)\s+(?:\w+ly\s+)?$", re.I)


@dataclass(slots=True)
class _Draft:
    action: str
    start: int                     # trigger span
    end: int
    trigger: str
    actor: Mention | None
    target: Mention | None
    verbal: bool = True            # coded from a verb (not a nominalisation)
    bare: int = instrument.BARE_NO  # may stand with neither actor nor target (a weapon's act, a toll)
    actor_name: str | None = None  # a description of an unnamed actor ("gunmen")


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _choose(specs: tuple[Spec, ...], s: roles.Sentence, start: int, end: int) -> Spec | None:
    ok = []
    for sp in specs:
        if sp.requires is not None or sp.excludes is not None:
            after = s.text[end:min(s.end, end + sp.window)]
            if sp.requires is not None and not sp.requires.search(after):
                continue
            if sp.excludes is not None and sp.excludes.search(after):
                continue
        ok.append(sp)
    if len(ok) <= 1:
        return ok[0] if ok else None
    nouns = [sp for sp in ok if sp.kind == "noun"]
    verbs = [sp for sp in ok if sp.kind != "noun"]
    if nouns and verbs:
        nounish = _DETERMINER.search(s.before(start, 30)) or _NOUN_NEXT.match(s.text[end:end + 20])
        return nouns[0] if nounish else verbs[0]
    return ok[0]


def _cue(lex: Lexicon, name: str, s: roles.Sentence, lo: int, hi: int) -> bool:
    return lo < hi and s.first(name, lo, hi) is not None


def _modality(lex: Lexicon, s: roles.Sentence, action: str, lo: int, start: int,
              infinitive: bool) -> str | None:
    """The category the trigger codes after negation and modality, or None when nothing happened."""
    near = max(lo, start - 80)
    if _cue(lex, "negation", s, max(near, start - 45), start):
        return None
    if _cue(lex, "habitual", s, near, start):
        return None
    if _cue(lex, "conditional", s, s.start, start):
        return None
    if action in MATERIAL and _cue(lex, "embedding", s, near, start):
        return None
    if action in HOSTILE and _cue(lex, "threat", s, near, start):
        return "THREATEN"             # "threatened to strike", "vowed to retaliate"
    modal_cue = _cue(lex, "modal", s, near, start)
    if not (infinitive or modal_cue):
        return action
    if infinitive and not modal_cue and _cue(lex, "infinitive_realis", s, max(near, start - 30), start):
        return action                 # "went on to attack", "used drones to strike"
    if action in COOPERATIVE and _cue(lex, "intent", s, near, start):
        return "AGREE"
    return None


def _in_name(s: roles.Sentence, start: int, end: int) -> bool:
    """A capitalised trigger followed by a capitalised word, not at the sentence start, belongs to a
    name or a title ("Deputy Prime Minister and Finance Minister", "Attack Helicopter Regiment")."""
    return start > s.start and s.text[start].isupper() and not s.text[s.start:start].strip(" \"“‘'(").endswith((".", ":")) \
        and bool(_TITLE_NEXT.match(s.text, end, min(s.end, end + 4)))


def _to_press(s: roles.Sentence, end: int, hi: int) -> bool:
    """The first thing after the trigger is a news outlet: "speaking to Reuters" is an interview."""
    for m in s.mentions:
        if m.start < end:
            continue
        return m.end <= hi and m.type == "MEDIA" and re.match(r"^\s+(?:the\s+)?$", s.text[end:m.start]) is not None
    return False


_BETWEEN = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ,]{1,30}?)?\s+between\b", re.I)


def _between(s: roles.Sentence, action: str, end: int, hi: int) -> int | None:
    """Where "between" follows a meeting noun, past a date: "a phone call on May 5 between A and B"."""
    if action != "CONSULT":
        return None
    m = _BETWEEN.match(s.text, end, hi)
    return m.end() if m else None


def _code(lex: Lexicon, s: roles.Sentence, hit, drafts: list[_Draft], prev_end: int,
          next_other: int) -> _Draft | None:
    """Code one trigger hit; ``next_other`` is where the next hostile trigger starts when this one
    blames or refuses (that act's arguments are not this one's: "complained about the strikes on X")."""
    start, end, key, specs = hit
    spec = _choose(specs, s, start, end)
    if spec is None or _in_name(s, start, end):
        return None
    if spec.kind == "instrument":
        return _code_instrument(lex, s, start, spec)
    p = roles.patterns()
    action = spec.action
    clause_hi = roles.clause_end(s, end, lex, spec.stop)
    hi = min(clause_hi, next_other)
    if action == "CONSULT" and _to_press(s, end, hi):
        return None
    before = s.before(start, 40)
    nominal = spec.kind == "noun" or (spec.form == "base" and _DETERMINER.search(s.before(start, 30)))
    if nominal:
        if spec.kind == "verb" and " " in key:
            return None                   # "a phone call on Monday": "call on" read as a noun is no request
        if _cue(lex, "noun_irrealis", s, max(s.start, start - 30), start) or \
                _cue(lex, "negation", s, max(s.start, start - 12), start) or \
                _cue(lex, "conditional", s, s.start, start):
            return None
        if action in MATERIAL and _cue(lex, "embedding", s, max(s.start, start - 40), start):
            return None
        if action not in MATERIAL and 0 <= start - prev_end <= 30 and _GOVERNED.match(s.text, prev_end, start):
            return None                   # "rejected calls for talks": the object of another act
        between = end if key.endswith(" between") else _between(s, action, end, hi)
        if between is not None:
            first, _ = roles.obj(s, between, hi, action)
            second = None
            if first is not None:
                second, _ = roles.obj(s, first.end, hi, action)
            return _Draft(action, start, end, s.text[start:end], first, second, False)
        actor, how = roles.noun_actor(s, start, lex)
        target, agent = roles.obj(s, end, hi, action)
        if target is not None and not _PREP_END.search(key) and not _BARE_OBJECT.match(s.text, end, target.start):
            target = None                 # "after the talks, Russia ...": a bare noun takes no far object
        if actor is None:
            actor = agent or roles.agent_after(s, end, hi)
        elif how == "light":
            changed = _modality(lex, s, action, actor.end if actor.end <= start else s.start, start, False)
            if changed is None:
                return None
            action = changed
        return _Draft(action, start, end, s.text[start:end], actor, target, False)

    with_aux = spec.form in ("participle", "pastpart") and p.passive_before.search(before)
    passive = with_aux or (spec.form in ("participle", "pastpart") and re.match(r"\s+by\b", s.text[end:end + 5]))
    if passive and not with_aux and action not in MATERIAL:
        return None                   # "militias backed by Iran": a description, not an act
    if passive:
        target, _ = roles.subject(s, start, lex)
        actor = roles.agent_after(s, end, clause_hi)
        lo = target.end if target is not None and target.end <= start else roles.clause_start(s, start, lex)
        changed = _modality(lex, s, action, lo, start, False)
        if changed is None:
            return None
        d = _Draft(changed, start, end, s.text[start:end], actor, target)
        if actor is None and target is None and changed == "ASSAULT" and spec.lemma in instrument.TOLL_LEMMAS:
            d.bare = instrument.toll_bare(s)      # "two soldiers were killed when a drone hit ..."
        return d

    skipped = None
    if spec.form == "ing" and _GERUND_EMBED.search(before):
        if not _cue(lex, "realis_embedding", s, max(s.start, start - 40), start):
            return None
        actor, skipped = roles.subject(s, start, lex, lo=s.start)
    elif spec.form == "ing" and _ADJUNCT.search(before) and any(d.verbal for d in drafts):
        actor = [d for d in drafts if d.verbal][-1].actor    # ", killing two": the main clause's subject
    else:
        actor, skipped = roles.subject(s, start, lex)
        prev = drafts[-1] if drafts else None
        if prev is not None and actor is not None and actor is prev.target and _COORD.match(s.text[actor.end:start]):
            actor = prev.actor            # "X praised Y and backed ...": X backed
        elif actor is not None and 0 <= actor.start - prev_end <= 25 and _COORD.match(s.text[actor.end:start]) \
                and not roles.ACTOR_TYPES & {actor.type}:
            # "one that killed two Israeli soldiers and wounded 20": the previous verb's object
            # (even one that verb's coding dropped) is not this verb's subject
            actor = prev.actor if prev is not None and prev.end == prev_end else None
        if actor is None and spec.form == "ing":
            actor = roles.sentence_subject(s, start)
    target, agent = roles.obj(s, end, hi, action)
    if target is None and skipped is not None and p.object_pronoun.match(s.text[end:end + 8]):
        target = skipped                  # "sent a letter to X urging it to ...": X is asked
    lo = actor.end if actor is not None and actor.end <= start else roles.clause_start(s, start, lex)
    infinitive = spec.form == "base" and bool(_TO_BEFORE.search(before))
    changed = _modality(lex, s, action, lo, start, infinitive)
    if changed is None:
        return None
    return _Draft(changed, start, end, s.text[start:end], actor, target)


def _code_instrument(lex: Lexicon, s: roles.Sentence, start: int, spec: Spec) -> _Draft | None:
    """A weapon as the subject: "rockets fired by X hit the market" (``sitrep.events.instrument``)."""
    m = instrument.parse(s, start, spec)
    if m is None:
        return None
    actor, target, described = instrument.roles_of(lex, s, m, roles.clause_end(s, m.end("verb"), lex))
    action = _modality(lex, s, spec.action, roles.clause_start(s, start, lex), start, False)
    if action is None:
        return None
    return _Draft(action, start, m.end(), s.text[m.start("verb"):m.end("verb")].lstrip(" ,"), actor, target,
                  bare=instrument.instrument_bare(s, start), actor_name=described)


def _allowed(d: _Draft, hit) -> bool:
    kinds = {sp.actor_types for sp in hit[3] if sp.actor_types}
    return not kinds or (d.actor is not None and any(d.actor.type in k for k in kinds))


def _same(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None:
        return False
    return a is b or (a.local >= 0 and a.local == b.local) or (a.local < 0 and a.key == b.key)


def _compatible(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or _same(a, b)


def _merge_drafts(drafts: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
    for d in drafts:
        if _same(d.actor, d.target):
            d.target = None
        if d.actor is None and d.target is None and not d.bare:
            continue
        for o in out:
            if o.action == d.action and _compatible(o.actor, d.actor) and _compatible(o.target, d.target):
                o.actor = o.actor or d.actor
                o.target = o.target or d.target
                o.actor_name = o.actor_name or d.actor_name
                break
        else:
            out.append(d)
    return out


def _mode(lex: Lexicon, s: roles.Sentence, action: str, start: int, end: int) -> str | None:
    allowed = lex.pairs.get("mode_actions", {})
    modes = lex.pairs.get("modes", {})
    best, dist = None, 1 << 30
    for m in s.all("modes", max(s.start, start - 80), min(s.end, end + 80)):
        mode = modes.get(re.sub(r"\s+", " ", m.group(0).lower()))
        if mode is None or action not in allowed.get(mode, "").split():
            continue
        d = 0 if m.start() < end and start < m.end() else min(abs(m.start() - end), abs(start - m.end()))
        if d < dist:
            best, dist = mode, d
    return best


def find_events(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                timexes: list[TimeExpr], published: str | None,
                quotes: list[QuoteFact] | None = None) -> list[EventFact]:
    """Every PLOVER event the document asserts, one fact per (sentence, category, actor, target).

    ``quotes`` (the quotes stage's direct quotations) adds what speakers threaten, reject, demand
    and blame in their own words (``sitrep.events.quoted``)."""
    lex = lexicon()
    lower = _lower(text)
    hits = lex.find(lower)
    if not hits and not quotes:
        return []
    sentences = sentences or [(0, len(text))]
    n = len(text)
    ments = [m for m in mentions if 0 <= m.start < m.end <= n]
    mstarts = [m.start for m in ments]
    if any(mstarts[k] > mstarts[k + 1] for k in range(len(mstarts) - 1)):
        ments.sort(key=lambda m: m.start)
        mstarts = [m.start for m in ments]
    sstarts = [a for a, _ in sentences]
    times = sorted((t for t in timexes if _usable(t)), key=lambda t: t.start)
    tstarts = [t.start for t in times]
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)] if ('"' in text or "“" in text) else []
    qstarts = [a for a, _ in quoted]
    per_sentence: dict[int, list] = {}
    for h in hits:
        q = bisect.bisect_right(qstarts, h[0]) - 1
        if q >= 0 and h[1] <= quoted[q][1] and all(sp.action in MATERIAL and sp.action != "THREATEN" for sp in h[3]):
            continue                      # "we will strike them": words in a quotation, not a reported act
        i = bisect.bisect_right(sstarts, h[0]) - 1
        if i >= 0 and h[1] <= sentences[i][1]:
            per_sentence.setdefault(i, []).append(h)
    cues = lex.cue_spans(lower, [sentences[i] for i in sorted(per_sentence)])   # only where triggers are
    facts: list[EventFact] = []
    subjects: list = []               # each sentence's subject: a Mention, or the (start, end) to ask
    prev_time: TimeExpr | None = None
    recent: list[tuple[int, EventFact]] = []
    memo: dict = {}

    def sentence(a: int, b: int) -> roles.Sentence:
        q0 = bisect.bisect_left(qstarts, a)
        return roles.Sentence(text, lower, a, b, ments[bisect.bisect_left(mstarts, a):bisect.bisect_left(mstarts, b)],
                              roles.Subjects(subjects, len(subjects), memo, sentence),
                              quoted[q0:bisect.bisect_left(qstarts, b, q0)], cues, memo)

    for i, (a, b) in enumerate(sentences):
        own_time = _date(times, tstarts, a, b, a, a)
        if i in per_sentence and not text[a:b].rstrip("”\"’' )").endswith("?"):
            s = sentence(a, b)
            drafts: list[_Draft] = []
            prev_end = -1000
            hs = per_sentence[i]
            tried: list[_Draft] = []      # every coded trigger, allowed or not: coordination looks back at it
            for k, hit in enumerate(hs):
                # blame or refusal of a material act: the material act's arguments are its own
                nxt = b if not all(sp.action in CRITICAL for sp in hit[3]) else next(
                    (h[0] for h in hs[k + 1:] if all(sp.action in HOSTILE for sp in h[3])), b)
                d = _code(lex, s, hit, tried, prev_end, nxt)
                if d is not None:
                    tried.append(d)
                    if _allowed(d, hit):
                        drafts.append(d)
                prev_end = hit[1]
            retold = any(d.bare == instrument.BARE_ANAPHORIC for d in drafts) and \
                any(f.action == "ASSAULT" and i - j <= 2 for j, f in recent)
            if retold:
                # "three were killed in the attack", "the rockets hit a school": the attack reported
                # just before, not a new one; its toll goes to that report
                drafts = [d for d in drafts if d.bare != instrument.BARE_ANAPHORIC]
            new = _facts(lex, s, _merge_drafts(drafts), times, tstarts, prev_time)
            _casualties(lex, s, new, recent, i, retold)
            facts.extend(new)
            recent.extend((i, f) for f in new)
            for d in drafts:
                if d.actor is not None and d.actor.type in roles.ACTOR_TYPES:
                    subjects.append(d.actor)
                    break
            else:
                subjects.append((a, b))
        else:
            subjects.append((a, b))           # a sentence to ask only if a pronoun reaches back to it
        prev_time = own_time if own_time is not None else None
    if quotes:
        facts.extend(_quote_facts(text, lower, sentences, ments, mstarts, quotes, times, tstarts, facts))
    return facts


def _quote_facts(text: str, lower: str, sentences, ments: list[Mention], mstarts: list[int],
                 quotes: list[QuoteFact], times: list[TimeExpr], tstarts: list[int],
                 facts: list[EventFact]) -> list[EventFact]:
    """Facts for what quotations state, unless the sentence already codes that act by that speaker."""
    out: list[EventFact] = []
    for act in code_quotes(text, lower, sentences, ments, mstarts, quotes):
        twin = next((f for f in facts + out if f.action == act.action and f.start < act.end and act.start < f.end
                     and (f.actor is None or f.actor == act.actor)), None)
        if twin is not None:
            if twin.actor is None:
                twin.actor = act.actor        # "they warned: '...'" the quote knows who spoke
            continue
        t = _nearest_time(times, tstarts, act.start, act.end, act.anchor)
        out.append(EventFact(
            action=act.action, start=act.start, end=act.end, actor=act.actor, target=_local(act.target),
            date=_event_date(t) if t else None, date_text=t.text if t else None, trigger=act.cue,
            target_name=act.target.text if act.target is not None and act.target.local < 0 else None))
    return out


def _facts(lex: Lexicon, s: roles.Sentence, drafts: list[_Draft], times, tstarts,
           prev_time: TimeExpr | None) -> list[EventFact]:
    out = []
    back = s.first("event_anaphors", s.start, min(s.end, s.start + 40))
    refers_back = back is not None and not roles.expletive(s, back)
    for d in drafts:
        t = _date(times, tstarts, s.start, s.end, d.start, d.end)
        if t is None and refers_back:
            t = prev_time
        taken = {id(m) for m in (d.actor, d.target) if m is not None}
        place = roles.location(s, d.start, d.end, taken)
        out.append(EventFact(
            action=d.action, start=s.start, end=s.end,
            actor=_local(d.actor), target=_local(d.target), location=_local(place),
            date=_event_date(t) if t else None, date_text=t.text if t else None,
            mode=_mode(lex, s, d.action, d.start, d.end), trigger=d.trigger,
            actor_name=d.actor.text if d.actor is not None and d.actor.local < 0 else d.actor_name if d.actor is None else None,
            target_name=d.target.text if d.target is not None and d.target.local < 0 else None))
    return out


def _local(m: Mention | None) -> int | None:
    return m.local if m is not None and m.local >= 0 else None


def _casualties(lex: Lexicon, s: roles.Sentence, new: list[EventFact],
                recent: list[tuple[int, EventFact]], index: int, retold: bool = False) -> None:
    assaults = [f for f in new if f.action == "ASSAULT"]
    if not assaults:
        # "Two soldiers were killed in the attack." after the sentence that reported it
        if not retold and not s.any("event_anaphors"):
            return
        assaults = [f for i, f in reversed(recent) if f.action == "ASSAULT" and index - i <= 2
                    and f.fatalities is None and f.injuries is None][:1]
        if not assaults:
            return
    dead, hurt = casualties(s.text, s.start, s.end)
    target = assaults[0]
    if dead is not None and target.fatalities is None:
        target.fatalities, target.fatalities_bound = dead.value, dead.bound
    if hurt is not None and target.injuries is None:
        target.injuries, target.injuries_bound = hurt.value, hurt.bound
