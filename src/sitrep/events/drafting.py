"""Coding one trigger hit into a draft event: the reading (verb or noun, active or passive), the
actor and target among the sentence's mentions (``roles``), and what the text does not assert.

Negated, modal, conditional, habitual or embedded acts ("denied attacking", "urged it to withdraw",
"a possible attack") are dropped. Threats and intents survive as THREATEN and AGREE when an explicit
cue says so ("threatened to strike" is THREATEN, not ASSAULT). ``merge_drafts`` folds reports of the
same category with compatible roles in one sentence into one.
"""
from __future__ import annotations

import re

from sitrep.events.described import described_attacker, described_held, individual_of
from sitrep.events import aggregates, roles_complement, coding_directive, drafting_cues, drafting_modality, instrument, nonacts, nonreports, roles, roles_affiliate, roles_host, roles_including, roles_nominal, roles_mobilized, roles_np, roles_object_pronoun, roles_officers, roles_coord_force, roles_coord_subject, roles_deployed, roles_passive_sayer, roles_reduced, roles_relative, roles_route, roles_said_coord, roles_sayer
from sitrep.events.draft import COOPERATIVE, CRITICAL, HOSTILE, MATERIAL, Draft
from sitrep.events.draft_fold import allowed, merge_drafts
from sitrep.events.headline_verbs import headline_verb
from sitrep.events.lexicon import Lexicon, Spec

# Approvals whose reduced passive still tells the act: "the mission, authorized by the Council in 2023"
_REDUCED_ACTS = frozenset({"authorize", "authorise", "approve", "endorse"})

__all__ = ["COOPERATIVE", "CRITICAL", "HOSTILE", "MATERIAL", "Draft", "allowed", "code", "merge_drafts"]

# the modifier may be set in quotation marks ("condemned the 'heinous' attack") or be two adjectives
# joined ("«this cowardly and barbaric attack»"): still a noun, never the condemner's own attack
_DETERMINER = re.compile(r"(?:^|\W)(?:a|an|the|this|that|its|their|his|her|our|new|latest|any|no|one|['’]s)\s+"
                         r"(?:[\"“‘'«]?[\w-]+(?:,?\s+and\s+[\w-]+)?[\"”’'»]?\s+)?$", re.I)
# a day's possessive right before the word ("condemned Tuesday's attack", "last week's raid"): a
# noun in fact, whatever reading the lexicon gives it, so the clause's subject did not do it
_DAY_POSSESSOR = re.compile(r"(?:(?<![\w-])(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|(?<![\w-])(?:week|weekend|month|"
                            r"year|night|morning|evening))['’]s\s+$", re.I)
_NOUN_NEXT = re.compile(r"^\s+(?:on|against|by|of|in|at|near|that|which|was|were|has|had|is|are|killed|wounded|came|comes|targeted|hit)\b", re.I)
# after a preposition and at most one lower-case modifier the word is a noun: "harm from explosive
# attacks" (not "militias in Iraq attack": a name before the word may be its subject)
_PREP_NOUN = re.compile(r"(?<![\w-])(?:from|against|about|amid|despite)\s+(?:(?-i:[a-z][\w-]*)\s+)?$", re.I)
_TO_BEFORE = re.compile(r"(?:^|\W)to\s+(?:\w+ly\s+)?$", re.I)
_ADJUNCT = re.compile(r"(?:,|\band)\s*(?:\w+ly\s+|also\s+)?$")
# "seized the town in 2012 before withdrawing": a gerund after a time word shares the main clause's
# subject, never the main verb's object (the town)
_TIME_GERUND = re.compile(r"(?<![\w-])(?:before|after|while|without|upon|since)\s+(?:\w+ly\s+)?$", re.I)
# "X killed Y and wounded ...", also with Y's head noun in between ("two Israeli soldiers and wounded")
_COORD = re.compile(r"^(?:\s+(?-i:[a-z][\w-]*)){0,2}\s*,?\s*(?:and|then)\s+(?:also\s+|later\s+|then\s+)?$", re.I)
_PREP_END = re.compile(r"\s(?:on|against|with|between|of|to|into|for|by|from)$")
_BARE_OBJECT = re.compile(r"\s+(?:on|against|with|between|targeting|at|into|by)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?$")
_GOVERNED = re.compile(r"[^,;:()\"“”]*$")
_BY_NEXT = re.compile(r"\s+by\b")
_OWNER_OF = re.compile(r"(?<![\w-])of\s+(?:the\s+|its\s+|their\s+)?$", re.I)   # "a patrol of the army"
_AGENT_REACH = 30                 # characters from a nominal trigger to an agent that outranks a light verb's subject
# "the first/last/biggest ... since": an act measured against the past, not one reported
_COMPARED = re.compile(r"(?<![\w-])(?:first|last|only|biggest|largest|deadliest|worst|heaviest|most\s+\w+|major)\s+"
                       r"(?:[\w-]+\s+){0,3}$", re.I)
_SINCE = re.compile(r"[^,;.]*?\bsince\b", re.I)
_ABDUCTIONS = frozenset({"abduct", "kidnap", "hijack"})   # ASSAULT in PLOVER, but on a person, as holding is
_RELEASES = frozenset({"free", "release"})    # a holder's release of prisoners is CONCEDE; attackers' is not
# a reduced passive: "(among) five people killed in an attack", "two soldiers wounded by a mine"
_REDUCED_BEFORE = re.compile(r"(?:\d|\b(?:people|persons|children|men|women|[a-z]{2,}s|those|others))\s+$")
_REDUCED_HOSTILE = frozenset({"ASSAULT", "COERCE"})   # "Nine Palestinians killed as ...": a headline passive
_REDUCED_AFTER = re.compile(r"\s+(?:in|during|by)\s+(?:an?|the)\s+")
# "Tuesday's bombing", "the group's shelling": a gerund with a possessor is a noun, whose actor is
# never the subject of the verb it depends on ("whom he described as the planner of Tuesday's bombing")
_POSSESSED = re.compile(r"\w['’]s\s+(?:(?-i:[a-z][\w-]*)\s+)?$")
_AND_VERB = re.compile(r"(?<![\w-])and\s+(?:then\s+|later\s+|also\s+)?$", re.I)   # a verb sharing the last one's subject
# a complement clause's subject before "that" ("demanded that the council ...")
_THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$", re.I)
# that clause's verb is bare or modal (subjunctive), then "and" + a past verb: "step down and threatened"
_COMPLEMENT_COORD = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:must|should|immediately|not)\s+)?(?!(?:was|were|is|are|had|has|did|does|"
                               r"would|will|could|can|may|might)\b)(?-i:[a-z]+)(?<![^s]s)(?<!ed)\b[^;:\"“”]*?"
                               r"\band\s+(?:also\s+|then\s+)?(?-i:[a-z]+ed)\b", re.I)
# "X said the group had betrayed them and asked ...": a backshifted report ("had" + verb) then "and" +
# a simple past verb: the past verb keeps the tense of "said", so it goes with the sayer
_SAID_BEFORE = re.compile(r"\b(?:said|stated|alleged|claimed)\s+(?:that\s+)?(?:the\s+)?$", re.I)
_PERFECT_COORD = re.compile(r"(?:\s+(?-i:[a-z]+)){0,2}?\s+had\s+(?!been\b)[^;:]*?\band\s+(?:also\s+|then\s+)?$", re.I)
_GERUND_EMBED = re.compile(r"(?:^|\W)(?:of|for|from|about|over)\s+(?:\w+ly\s+)?$", re.I)


# a passive participle, its complement, then "and" right before the trigger: "was flown to the U.S. and
# (later) arrested" (both participles share the passive subject)
_PASSIVE_COORD = re.compile(r"(?<![\w-])(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:ed|en|wn|ught|ken))\b"
                            r"[^,;:\"“”]{0,40}?\s+and\s+(?:then\s+|later\s+|subsequently\s+)?$", re.I)
# what follows a passive participle: an adjunct or the clause's end ("and arrested in Texas"), never an
# object or the preposition of an active verb ("and retaliated against X")
_PASSIVE_NEXT = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:by|in|on|at|near|after|before|during|and|while|when|last|this|"
                           r"yesterday|early|late|overnight|shortly)\b", re.I)


def _released(action: str, spec: Spec) -> bool:
    return action == "CONCEDE" and spec.lemma in _RELEASES


def _choose(specs: tuple[Spec, ...], s: roles.Sentence, start: int, end: int) -> Spec | None:
    ok = []
    shaped = None                     # whether the word stands as a headline's verb, asked once
    for sp in specs:
        if sp.headline:
            if shaped is None:
                shaped = headline_verb(s.text, s.start, s.end, s.mentions, start, end, sp.form)
            if not shaped:
                continue              # "the shells", "Israeli strikes": a noun, never this verb form
        if sp.excludes_before is not None and sp.excludes_before.search(s.text[max(s.start, start - sp.window):start]):
            continue                  # "election campaign in": the word before says what kind it is
        if sp.requires is not None or sp.excludes is not None:
            after = s.text[end:min(s.end, end + sp.window)]
            if sp.requires is not None and not sp.requires.search(after):
                continue
            if sp.excludes is not None and sp.excludes.search(after):
                continue
        ok.append(sp)
    if len(ok) <= 1:
        return ok[0] if ok else None
    if shaped and any(sp.headline for sp in ok):
        return next(sp for sp in ok if sp.headline)   # the shape outranks a noun reading
    nouns = [sp for sp in ok if sp.kind == "noun"]
    verbs = [sp for sp in ok if sp.kind != "noun"]
    if nouns and verbs:
        nounish = _DETERMINER.search(s.before(start, 30)) or _NOUN_NEXT.match(s.text[end:end + 20]) \
            or _PREP_NOUN.search(s.text, max(s.start, start - 30), start)
        return nouns[0] if nounish else verbs[0]
    return ok[0]


def code(lex: Lexicon, s: roles.Sentence, hit, drafts: list[Draft], prev_end: int,
          next_other: int, next_hit: int | None = None) -> Draft | None:
    """Code one trigger hit; ``next_other`` is where the next hostile trigger starts when this one
    blames or refuses (that act's arguments are not this one's: "complained about the strikes on X");
    ``next_hit`` where the next trigger of another kind starts: a nominal act's object comes before it
    ("concerned by the attack on a base in X, by threats against Y": Y is threatened, not attacked)."""
    start, end, key, specs = hit
    spec = _choose(specs, s, start, end)
    if spec is None or drafting_cues.in_name(s, start, end):
        return None
    d = _code(lex, s, hit, spec, drafts, prev_end, next_other, next_hit)
    if d is not None:
        roles_mobilized.mobilized_side(d)     # "deployed the Border Guard": the force deployed mobilizes
    if d is not None and d.verbal and spec.kind == "verb" and _DAY_POSSESSOR.search(s.text, max(s.start, start - 30), start):
        d.actor, d.actor_name = None, None    # "UNAMA condemned Tuesday's attack": not UNAMA's attack
    if d is not None and d.verbal:
        # the tense of the act dates it when the sentence does not (``sitrep.events.tense``)
        d.form = "past" if spec.kind == "instrument" else spec.form if spec.kind == "verb" else ""
        if d.form == "base" and d.action in coding_directive.DIRECTED:
            d.form = coding_directive.order_form(s, start) or d.form   # dated as the order is
    return d


def _code(lex: Lexicon, s: roles.Sentence, hit, spec: Spec, drafts: list[Draft], prev_end: int,
          next_other: int, next_hit: int | None = None) -> Draft | None:
    start, end, key, _ = hit
    if spec.kind == "instrument":
        return _code_instrument(lex, s, start, spec)
    p = roles.patterns()
    action = spec.action
    clause_hi = roles.clause_end(s, end, lex, spec.stop)
    hi = min(clause_hi, next_other)
    if action == "CONSULT" and (drafting_cues.to_press(s, end, hi) or nonreports.visits_no_party(s, key, end)
                                or nonreports.places_meet(s, key, start)):
        return None                   # "speaking to Reuters", "visited the injured", "where X and Y meet": no party met
    before = s.before(start, 40)
    nominal = spec.kind == "noun" or (spec.form == "base" and _DETERMINER.search(s.before(start, 30))) \
        or (spec.form == "ing" and _POSSESSED.search(s.before(start, 30)))
    if action in MATERIAL and nominal and s.has("inquiry_topics", max(s.start, start - 40), start):
        return None                   # "opened a criminal case into hostage-taking and an attack on officers": its topic
    if action in COOPERATIVE and nonacts.unasserted(s, start, spec.form, bool(nominal)):
        return None                   # "Ethiopia needs talks", "Talk to Kabul", "We spoke to Dr X"
    if action == "AGREE" and nonacts.conditioned(s, start):
        return None                   # "would free X only after the government agreed to talks": a condition
    if not nominal and spec.form == "ing" and _DETERMINER.search(s.before(start, 30)) and \
            s.has("noun_irrealis", max(s.start, start - 30), start):
        return None                   # "a planned meeting between X and Y": an ing noun, never realised
    if nominal:
        if spec.kind == "verb" and " " in key:
            return None                   # "a phone call on Monday": "call on" read as a noun is no request
        if s.has("noun_irrealis", max(s.start, start - 30), start) or \
                s.has("negation", max(s.start, start - 12), start) or \
                s.has("conditional", s.start, start):
            return None
        if action in MATERIAL and (s.has("embedding", max(s.start, start - 40), start) or drafting_cues.requested(s, start)):
            return None
        if action in MATERIAL and (aggregates.nominal_aggregate(s, start, end) or nonreports.forecast(s, end, hi)):
            return None                   # "has seen nearly 200 attacks", "has stepped up attacks": a statistic
        if _COMPARED.search(s.text, max(s.start, start - 50), start) and _SINCE.match(s.text, end, min(s.end, end + 80)):
            return None                   # "the first Houthi attack on shipping since late last year": a comparison
        if action not in MATERIAL and 0 <= start - prev_end <= 30 and _GOVERNED.match(s.text, prev_end, start):
            return None                   # "rejected calls for talks": the object of another act
        between = end if key.endswith(" between") else drafting_cues.between(s, action, end, hi)
        if between is not None:
            first, _ = roles.obj(s, between, hi, action)
            second = None
            if first is not None:
                second, _ = roles.obj(s, first.end, hi, action)
            return Draft(action, start, end, s.text[start:end], first, second, False)
        actor, how = roles_nominal.noun_actor(s, start, lex)
        target, agent = roles.obj(s, end, hi if next_hit is None else min(hi, max(next_hit, end)), action)
        if target is not None and not _PREP_END.search(key) and not _BARE_OBJECT.match(s.text, end, target.start):
            target = None                 # "after the talks, Russia ...": a bare noun takes no far object
        if how in ("light", "aux"):
            # the verb the noun depends on: "had repelled an attack", "has rejected ... attacks"
            changed = drafting_modality.modality(lex, s, action, actor.end if actor.end <= start else s.start, start, False)
            if changed is None:
                return None
            action = changed
            if how == "aux":
                actor = None              # who repelled an attack did not make it
        repelled = action == "ASSAULT" and drafting_cues.repelled(s, start)
        if repelled and how == "light":
            actor = None                  # "the army had launched ... repelled an attack": the army defended
        if actor is None or how == "light":
            # "an attack (on Y) by X" names its actor; a light verb's subject yields only to a "by"
            # close to the trigger ("in protest against violations by X": X did not protest)
            by = agent or roles.agent_after(s, end, hi)
            if by is not None and (how == "" or by.start - end <= _AGENT_REACH) and not roles_np.owner_agent(s, by):
                actor = by                # (not "an attack at the ministry, headed by X": X heads it)
        passive_by = drafting_cues.passive_maker(s, start, lex) if action in MATERIAL and target is None else None
        if passive_by is not None:
            actor, target = passive_by    # "X has been weakened by Taliban raids": the Taliban hit X
        if target is None and action == "ASSAULT" and _PREP_END.search(key):
            target = drafting_cues.owner_target(s, end, hi) or roles_np.owning_force(s, end)[0]
            if target is not None and actor is target:
                actor = None              # "MSF said an attack on one of its clinics": MSF was hit, not the attacker
        d = Draft(action, start, end, s.text[start:end], actor, target, False)
        if (how == "aux" or repelled) and action == "ASSAULT" and actor is None and target is None:
            d.bare = instrument.instrument_bare(s, start)   # "troops repelled a drone attack": an attack by someone
        elif action == "ASSAULT" and actor is None and target is None:
            d.bare = instrument.dated_bare(s, start) or int(nonreports.headline_site(s, start, end))
        return d

    if spec.lemma in instrument.TOLL_LEMMAS and spec.form in ("participle", "pastpart", "past") and (
            nonreports.counted_participle(s, start) or nonreports.persons_participle(s, start, end)):
        return None                   # "the number of civilians killed", "visited the injured": no act
    if spec.form in ("participle", "pastpart") and nonreports.state_participle(s, start):
        return None                   # "X remains detained": a state that goes on, no new act
    if action == "COERCE" and spec.form in ("participle", "pastpart") and nonreports.attributive_participle(s, start, end):
        return None                   # "the banned X", "jailed drug lord X": a status, no arrest or ban
    if action == "COERCE" and spec.form in ("participle", "pastpart") and nonreports.held_since(s, start, end):
        return None                   # "has been held since 1999": a state that began long ago
    with_aux = spec.form in ("participle", "pastpart") and (p.passive_before.search(before) or (
        spec.lemma in instrument.TOLL_LEMMAS and _REDUCED_BEFORE.search(before)
        and _REDUCED_AFTER.match(s.text, end, min(s.end, end + 12)) and not drafting_cues.mention_ends_at(s, start))
        or (action in _REDUCED_HOSTILE and roles_reduced.counted_reduced_passive(s.text, s.start, start, end, s.end)))
    if not with_aux and spec.form in ("participle", "pastpart") and _PASSIVE_COORD.search(before) \
            and _PASSIVE_NEXT.match(s.text, end, s.end):
        with_aux = True               # "Zambada was flown to the U.S. and arrested": the passive goes on
    passive = with_aux or (spec.form in ("participle", "pastpart") and _BY_NEXT.match(s.text, end, end + 5))
    if spec.voice == "passive":
        with_aux = passive = True     # "the convoy came under fire": the subject underwent the act
    if passive and not with_aux and action not in MATERIAL and spec.lemma not in _REDUCED_ACTS:
        return None                   # "militias backed by Iran": a description, not an act
    if passive:
        target, skipped = roles.subject(s, start, lex)
        if target is None and spec.voice == "passive" and skipped is not None and skipped.type in roles.ACTOR_TYPES:
            target = skipped          # "a truck of the aid agency came under fire": the agency's
        elif target is None and with_aux and action == "ASSAULT" and skipped is not None and skipped.type == "ORG" \
                and skipped.end <= start and _OWNER_OF.search(s.text, max(s.start, skipped.start - 12), skipped.start):
            target = skipped          # "a patrol of the Malian army was hit by a bomb": the army was
        actor = roles.agent_after(s, end, clause_hi)
        if actor is None and action == "AID" and spec.voice == "passive":
            actor = roles_host.host_place(s, end)     # "had been received in Chad": Chad took them in
            if actor is None:
                return None               # "was received in hospital", "in Geneva": no host named, no act
        if actor is None and spec.voice == "passive" and spec.kind == "phrase":
            # "has been under UN Security Council sanctions": the body named inside the trigger imposed them
            actor = next((m for m in s.mentions if start < m.start and m.end <= end and m.type in roles.ACTOR_TYPES), None)
        if actor is None and spec.lemma in instrument.TOLL_LEMMAS:
            actor = drafting_cues.attack_maker(s, end) or drafting_cues.fought_party(s, end)
        sayer = None
        if actor is None and action == "COERCE" and roles_passive_sayer.custody(spec.lemma) \
                and not _BY_NEXT.match(s.text, end, end + 5):
            said = roles_passive_sayer.detaining_sayer(s, start)    # "police said 98 were detained"
            if said is not None:
                actor, sayer = said
        lo = target.end if target is not None and target.end <= start else roles.clause_start(s, start, lex)
        changed = drafting_modality.modality(lex, s, action, lo, start, False)
        if changed is None:
            return None
        held = individual_of(s, target) if target is not None and (changed == "COERCE" or spec.lemma in _ABDUCTIONS) else None
        if held is not None:
            target = None                 # "the New Zealand pilot was seized": the pilot, not the country
        d = Draft(changed, start, end, s.text[start:end], actor, target, target_name=held,
                  actor_name=sayer if actor is None else None)
        if target is None and held is None and (changed == "COERCE" or (
                changed == "ASSAULT" and spec.lemma not in instrument.TOLL_LEMMAS)):
            # "The three activists were detained in Khartoum", "two journalists who were abducted":
            # the held or hit, described, with no one named (a toll's dead are counted by ``figures``)
            d.target_name = described_held(s, lo, start)
        if actor is None and target is None and changed == "ASSAULT" and spec.lemma in instrument.TOLL_LEMMAS:
            d.bare = instrument.toll_bare(s)      # "two soldiers were killed when a drone hit ..."
        elif actor is None and target is None and changed == "ASSAULT" and (
                spec.lemma in instrument.KILLING_LEMMAS or spec.voice == "passive"):
            d.bare = instrument.BARE_FRESH
        elif actor is None and target is None and changed == "ASSAULT":
            d.bare = instrument.weapon_bare(s, end)      # "was struck by an unknown projectile"
        return d

    if _released(action, spec) and any(d.action == "ASSAULT" for d in drafts):
        return None                   # "stormed the town, freeing 500 inmates": a jailbreak is part of the assault
    skipped = described = None
    clause_from = -1                  # where the modality cues of a coordinated verb start looking
    if spec.form == "ing" and _GERUND_EMBED.search(before):
        if not s.has("realis_embedding", max(s.start, start - 40), start):
            return None
        actor, skipped = roles.subject(s, start, lex, lo=s.start)
    elif spec.form == "ing" and (_ADJUNCT.search(before) or _TIME_GERUND.search(before)) and any(d.verbal for d in drafts):
        actor = [d for d in drafts if d.verbal][-1].actor    # ", killing two": the main clause's subject
    else:
        actor, skipped = roles.subject(s, start, lex)
        prev = drafts[-1] if drafts else None
        if prev is not None and actor is not None and actor is prev.target and _COORD.match(s.text[actor.end:start]):
            actor = prev.actor            # "X praised Y and backed ...": X backed
        elif prev is not None and actor is not None and prev.verbal and (prev.end <= actor.start or (
                prev.actor is not None and prev.start < actor.start and actor.end <= prev.end)) \
                and _AND_VERB.search(before):
            # "killed 11 Y soldiers and three Z fighters and withdrew": X withdrew; "ordered 100
            # soldiers of the Z force to Enga and imposed a lockdown": Z is inside the order, X imposed
            actor = prev.actor
        elif actor is not None and _COMPLEMENT_COORD.match(s.text, actor.end, start) \
                and (that := _THAT_BEFORE.search(s.text, max(s.start, actor.start - 12), actor.start)) is not None:
            # "X demanded that Y step down and threatened to ...": Y's verb is a bare subjunctive, so
            # the past verb after "and" goes with the main clause, whose subject is X
            clause_from, actor = actor.end, roles.subject(s, that.start(), lex)[0]
        elif actor is not None and spec.form in ("past", "pastpart") and _PERFECT_COORD.fullmatch(s.text, actor.end, start) \
                and (said := _SAID_BEFORE.search(s.text, max(s.start, actor.start - 24), actor.start)) is not None:
            clause_from, actor = actor.end, roles.subject(s, said.start(), lex)[0]
        elif actor is None and spec.form in ("past", "pastpart") and action not in HOSTILE:
            actor = roles_said_coord.sayer_of_coordinated(s, start, lex, action not in MATERIAL)  # "said 40 had been killed and urged"
            if actor is None and action not in MATERIAL:
                actor = nonacts.coordinated_speaker(s, start, drafts)   # 'condemned the raid as "..." and called on'
        elif actor is not None and 0 <= actor.start - prev_end <= 25 and _COORD.match(s.text[actor.end:start]) \
                and not roles.ACTOR_TYPES & {actor.type}:
            # "one that killed two Israeli soldiers and wounded 20": the previous verb's object
            # (even one that verb's coding dropped) is not this verb's subject
            actor = prev.actor if prev is not None and prev.end == prev_end else None
        if actor is None and spec.form == "ing" and roles_relative.restrictive_who(s, start) is None:
            actor = roles.sentence_subject(s, start)
            if actor is not None and any(actor.end <= a <= start < b for a, b in s.quoted):
                actor = None          # 'X told Y that the gunmen "went ..., asking": the speaker did not ask
        # "the army said it killed ...": the reporting force, never an earlier subject
        said = roles.reporting_force(s, start) if actor is None or actor.end <= start - 2 else None
        if said is not None:
            actor, described = said
        elif actor is None:
            # "Police units killed ...": the document's one named police body, else "police units"
            lo = roles.clause_start(s, start, lex)
            actor, described = roles.generic_subject(s, lo, start)
            if actor is not None and drafting_cues.speaker_of(s, actor, start) \
                    and drafting_cues.definite_force(s, lo, start):
                # "the rebels said the soldiers had killed three civilians": the sayer's "soldiers"
                # are someone else's force, never the sayer
                actor = None
                described = roles_np.generic_word(s, lo, start) or described
            if actor is None and described is None:
                actor = roles_officers.officers_subject(s, lo, start)   # "officers arrested": the police
            if actor is None and described is None:
                # "Soldiers sealed off X after the blast and arrested 20": the opening force word
                actor, described = roles_coord_force.coordinated_force(s, start)
            if actor is None and described is None and (action in HOSTILE or _released(action, spec)):
                # "Gunmen attacked a market"; "kidnappers freed 20 passengers": hostages go free by
                # their captors' act, however unnamed
                described = described_attacker(s, lo, start)
    if action in HOSTILE and (actor is None or actor.local < 0):
        # "JNIM said that a unit of fighters had destroyed ...": the group's own men
        own = roles_sayer.own_members_group(s, start, actor.text if actor is not None else described)
        actor = own if own is not None else actor
    actor = roles_affiliate.affiliate_for(s, actor)    # "the al Qaeda affiliate said": the affiliate
    if actor is None and action == "MOBILIZE" and spec.kind == "phrase":
        actor = roles_deployed.deploying_side(s, start)  # "Kenyan troops were deployed to": Kenya's
    victims = roles.counted_object(s, end, hi)
    target, agent = roles.obj(s, end, victims or hi, action)
    if target is None and spec.kind == "phrase":
        target = roles_np.enclosed_object(s, start, end)   # "held X responsible": the party the phrase encloses
    grouped = False
    if target is None and victims is not None:
        target = roles_including.member_object(s, victims, s.end)   # "arrested 51 people, including X": X
        grouped = target is not None
    if action == "REJECT" and ((spec.lemma == "deny" and roles_complement.denied_clause_subject(s, end, target))
                               or roles_complement.rejected_claim_subject(s, end, target)):
        target = None                     # "denied that Cambodia had laid mines", "rejected claims that X was ...": not answered
    if target is None and skipped is not None and p.object_pronoun.match(s.text[end:end + 8]):
        target = skipped                  # "sent a letter to X urging it to ...": X is asked
    if target is None and action in HOSTILE:
        target = roles_object_pronoun.referent(s, end, start)   # "X were escorting ... when gunmen fired on them"
    if target is None and action in HOSTILE and roles_np.holder(s, end, agent):
        target = agent                    # "stormed positions held by the army": the army was attacked
    if target is None and roles_coord_subject.joint(action, spec.lemma) and \
            (pair := roles_coord_subject.split_pair(s, actor, roles.clause_start(s, start, lex))) is not None:
        actor, target = pair              # "Kenya and Somalia held talks": the first named, with the second
    lo = clause_from if clause_from >= 0 else actor.end if actor is not None and actor.end <= start \
        else roles.clause_start(s, start, lex)
    infinitive = spec.form == "base" and bool(_TO_BEFORE.search(before))
    changed = drafting_modality.modality(lex, s, action, lo, start, infinitive)
    if changed is None and infinitive and action in coding_directive.DIRECTED:
        # "directed the agencies to beef up security": the order is the act, its giver the actor
        ordered_by = coding_directive.director(s, start, lex)
        if ordered_by is not None and not s.has("negation", max(s.start, start - 100), start):
            changed, actor = action, ordered_by
    if changed is None:
        return None
    named = nonreports.identified_person(s, end, target) if changed == "COERCE" else None
    if named is None and target is not None and (changed == "COERCE" or spec.lemma in _ABDUCTIONS):
        named = individual_of(s, target)  # "seized a Norwegian engineer": the engineer, not Norway
    if named is not None:
        target = None                     # "arrested a man identified as X, chief of Y": X is held, not Y
    elif target is None and changed in ("ASSAULT", "COERCE"):
        target, named = roles_np.owning_force(s, end)    # "seized the army's barracks": the army was hit
    d = Draft(changed, start, end, s.text[start:end], actor, target, victims=-1 if victims is None else victims,
              target_name=named, grouped=grouped and target is not None)
    if changed == "PROTEST" and target is None:
        d.place = roles_route.route_place(s, end, victims or hi)   # "marched through Kidal": where
    if actor is None and (changed in HOSTILE or _released(changed, spec)):
        d.actor_name = described          # "troops killed 11 militants": a described actor
    if actor is None and target is None and changed == "ASSAULT":
        # "Militants killed five people", "an attack on a post in X, which killed three", "a drone
        # fired on the market": an act the sentence speaks of as an attack, by no one named
        d.bare = instrument.subject_bare(s, start)
    return d


def _code_instrument(lex: Lexicon, s: roles.Sentence, start: int, spec: Spec) -> Draft | None:
    """A weapon as the subject: "rockets fired by X hit the market" (``sitrep.events.instrument``)."""
    m = instrument.parse(s, start, spec)
    if m is None:
        return None
    actor, target, described = instrument.roles_of(lex, s, m, roles.clause_end(s, m.end("verb"), lex))
    action = drafting_modality.modality(lex, s, spec.action, roles.clause_start(s, start, lex), start, False)
    if action is None:
        return None
    return Draft(action, start, m.end(), s.text[m.start("verb"):m.end("verb")].lstrip(" ,"), actor, target,
                  bare=instrument.instrument_bare(s, start), actor_name=described)
