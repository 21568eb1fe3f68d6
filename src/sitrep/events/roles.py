"""Who did what to whom inside one sentence: subject, object, agent, location and modality.

No parser: word-order rules over the actor mentions of the sentence. The subject of a trigger is
the nearest actor mention to its left inside the clause that is no prepositional object; the object
is the first actor mention after it before the clause ends; a passive's agent follows "by". A
pronoun or "the group" closer to the trigger than any name refers back to the speaker of the
sentence or to the last subject of the document.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from sitrep.actors.forces import force_words
from sitrep.events import described, group_ref, place_actor, timescope
from sitrep.events.cuehit import Hit
from sitrep.events.lexicon import Lexicon, lexicon
from sitrep.events import roles_sayer, roles_adjunct, roles_aside, roles_bounds, roles_complement, roles_crowd, roles_demand, roles_described_body, roles_headnoun, roles_including, roles_passive_force, roles_proposal, roles_relative, roles_route, roles_titled
from sitrep.events.roles_place import _place_of, location
from sitrep.events.roles_np import PLACE_TYPES, conjuncts, led_body, counted_object, force_body, generic_subject, reporting_force
from sitrep.events.sentence import _NONE, NO_SPANS, Patterns, Sentence, patterns
from sitrep.events.target_people import group_subject
from sitrep.model import Mention

__all__ = ["ACTOR_TYPES", "PLACE_TYPES", "IGNORED_TYPES", "NO_SPANS", "Patterns", "Sentence", "Subjects",
           "patterns", "clause_start", "clause_end", "subject", "expletive", "resolve", "obj", "agent_after",
           "location", "sentence_subject", "force_body", "generic_subject", "reporting_force",
           "counted_object", "conjuncts"]

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
IGNORED_TYPES = frozenset({"MEDIA", "WEAPON", "LAW", "EVENT"})
_ASKED_TYPES = ACTOR_TYPES | {"NORP"}     # who may be asked to act in a "that" clause


class Subjects:
    """The document's subjects so far, for pronouns that reach back past their sentence.

    Each sentence either names its subject (a coded actor) or leaves it to ``sentence_subject``,
    which is worked out only when a pronoun asks: most sentences are never asked about.
    """

    __slots__ = ("history", "size", "cache", "make")

    def __init__(self, history: list, size: int, cache: dict, make):
        # history: Mention, or (start, end) of a sentence that ``make(start, end)`` builds
        self.history, self.size, self.cache, self.make = history, size, cache, make

    def get(self, person: bool) -> Mention | None:
        for k in range(self.size - 1, -1, -1):
            item = self.history[k]
            if isinstance(item, tuple):
                key = ("subject", item[0])
                if key not in self.cache:
                    self.cache[key] = sentence_subject(self.make(*item))
                item = self.cache[key]
            if item is not None and (item.type == "PERSON") == person:
                return item
        return None


def clause_start(s: Sentence, pos: int, lex: Lexicon) -> int:
    # s.last("clause_left", s.start, pos) on the raw spans: asked for nearly every trigger
    starts, ends = s.cue_spans.get("clause_left", _NONE)
    i = bisect_right(ends, pos) - 1
    return ends[i] if i >= 0 and starts[i] >= s.start else s.start


def clause_end(s: Sentence, pos: int, lex: Lexicon, stop: re.Pattern | None = None) -> int:
    hi = s.end
    starts, ends = s.cue_spans.get("clause_right", _NONE)
    i = bisect_left(starts, pos)
    if i < len(starts) and ends[i] <= hi:
        hi = starts[i]
    for a, b in s.relatives():
        if a <= pos < b:
            hi = min(hi, b)       # "which seized power in July, has asked Russia": Russia is not seized
            break
    if stop is not None:
        m = stop.search(s.text, pos, hi)
        if m:
            hi = m.start()
    return hi


def subject(s: Sentence, pos: int, lex: Lexicon, lo: int | None = None) -> tuple[Mention | None, Mention | None]:
    """The subject left of ``pos``, and the nearest prepositional object skipped on the way."""
    if (held := roles_crowd.convener(s, pos)) is not None:
        return held, None                  # "at a meeting of the Security Council": the Council met
    if (rel := roles_relative.restrictive_who(s, pos)) is not None:
        return rel[0], None                # "two men in X who were involved in providing ...": the men
    if lo is None and roles_adjunct.gerund_adjunct(s, pos) and (main := sentence_subject(s, pos)) is not None:
        return main, None                  # "X responded by firing the cabinet of Y, imposing ...": X
    if lo is None:
        lo = clause_start(s, pos, lex)
        if (opened := roles_adjunct.opener(s, lo, pos)) is not None:
            lo = clause_start(s, opened, lex)    # "searched X after the blast and arrested": one subject
    if not patterns().passive_before.search(s.text, max(s.start, pos - 40), pos):
        lo = max(lo, roles_bounds.lead_end(s))     # a dateline's place is never who acted
    lo = roles_bounds.new_clause_start(s, lo, pos)
    if (member := roles_including.group_member(s, lo, pos)) is not None:
        return member, None                # "rights groups including Amnesty called for": Amnesty
    rep = None                             # start of the last reporting verb that is no hearsay passive
    starts, ends = s.cue_spans.get("reporting", _NONE)
    said_to = patterns().said_to
    for i in range(bisect_left(starts, lo), len(starts)):
        if ends[i] > pos:
            break
        if not said_to.match(s.lower, ends[i], pos):
            rep = starts[i]
    closed = [(a, b) for a, b in s.relatives() if lo <= a and b <= pos]   # relative clauses left behind
    # "X, the adviser to President Y, rejected": an apposition's names describe X, they are no subject
    closed += [(a, b) for a, b in s.appositives() if lo <= a and b <= pos and b < pos - 1]
    asides = roles_aside.dash_asides(s, s.start, pos)   # "the PKK - listed by Turkey and the EU - has ..."
    if asides:
        closed += asides
        lo = min([lo] + [clause_start(s, a, lex) for a, b in asides if a < lo <= b])
    pron = s.last("pronoun", lo, pos)
    if pron is not None and closed and timescope.split_by_relative(closed, pron.start(), pos):
        pron = s.last("pronoun", lo, next(a for a, b in closed if a <= pron.start() < b))
    if pron is not None and (expletive(s, pron) or (rep is not None and pron.end() <= rep)):
        pron = None                        # "It said forces killed ...": the speaker, not the subject
    fallback = skipped = None
    for m in reversed(s.mentions):
        if m.end > pos or m.type in IGNORED_TYPES:
            continue
        if m.start < lo:
            break
        if _scare_quoted(s, m):
            continue                       # 'killed three "Wagner mercenaries" and withdrew': a label in an object
        if closed and timescope.split_by_relative(closed, m.start, pos):
            continue                       # "X, which took Y in May, attacked": Y is the clause's own
        if rep is not None and m.end <= rep:
            break                          # left of "said": the speaker, not the subject
        if roles_bounds.inverted_sayer(s, m):
            break                          # ", said spokesman X, and 40 were hurt": X spoke
        if pron is not None and m.end <= pron.start():
            break                          # a pronoun stands closer to the verb
        if s.prepositional(m) or roles_titled.after_titled_preposition(s, m):
            if patterns().member_before.search(s.text, max(s.start, m.start - 64), m.start):
                return m, skipped              # "fighters from X attacked": X is the actor
            if m.type in ACTOR_TYPES and _led_common_noun(s, lo, m):
                return m, skipped              # "a coalition led by X struck": X acts through what it leads
            skipped = skipped or m
            continue
        if s.modifier(m, leader_counts=True):
            if m.type in ACTOR_TYPES and patterns().member_after.match(s.text, m.end, min(s.end, m.end + 48)):
                return m, skipped              # "Islamic State-linked insurgents killed": its members acted
            continue
        if m.type in ACTOR_TYPES:
            return m, skipped
        if m.type == "NORP" and fallback is None:
            if group_subject(s.text, m.end, pos):
                return m, skipped          # "six Russian peacekeepers were killed": not the dateline's city
            fallback = m
    if fallback is not None:
        return fallback, skipped
    if pron is not None:
        got = resolve(s, pron)
        if got is not None and roles_bounds.prepositional_possessive(s, pron.start(), pron.end(), pron.group(0)) \
                and got.type == "PERSON" and roles_bounds.partitive(s, pron.start()):
            got = None                     # "one of his men was killed": his man (not "two of its soldiers")
        return got, skipped
    # "the commission called for": the body whose name the description shortens
    if (body := roles_described_body.described_body(s, lo, pos) or roles_described_body.authorities(s, lo, pos)) is not None:
        return body, skipped
    return None, skipped


_OPEN_QUOTES = frozenset('"“‘\'')
_CLOSE_QUOTES = frozenset('"”’\'')


def _scare_quoted(s: Sentence, m: Mention) -> bool:
    """A name set off in quotation marks of its own ('three "Wagner mercenaries"'): the writer's
    label for what was named, not a subject."""
    return m.start > s.start and m.end < s.end and s.text[m.start - 1] in _OPEN_QUOTES \
        and s.text[m.end] in _CLOSE_QUOTES


def expletive(s: Sentence, pron: Hit) -> bool:
    """An "it" that refers to nothing: "it is only two groups that attack", "it seems"."""
    return pron.group(0).lower() == "it" and bool(patterns().expletive.match(s.text, pron.end(), min(s.end, pron.end() + 12)))


def resolve(s: Sentence, pron: Hit) -> Mention | None:
    """The actor a pronoun or "the group" refers to."""
    word = pron.group(0).lower()
    if word in ("which", "who"):
        for m in reversed(s.mentions):
            if m.end <= pron.start() and m.type not in IGNORED_TYPES and m.type != "LOC":
                if pron.start() - m.end > 4 or (m.type in PLACE_TYPES and s.prepositional(m)):
                    return None            # "an attack on a post in Bamako, which killed three": the attack
                if word == "which" and m.type == "PERSON":
                    return led_body(s, m)  # "the Alliance, led by X, which has attacked": the Alliance
                return m
        return None
    if word == "we":
        # the speaker of a quotation: '"We hold X responsible," the party said' names it in the
        # sentence's own attribution; otherwise the quotes stage knows
        return roles_sayer.quote_sayer(s, pron.start())
    if s.doc and word in force_words():
        return force_body(s, word)         # "the rebels": the one rebel body named, never the last subject
    if word in ("its", "their") and (owner := group_ref.possessor(s.text, s.start, pron.start(), pron.end(), s.mentions)):
        return owner                       # "a spokesman of X said its fighters killed": X, not the last subject
    if s.doc and (named := roles_headnoun.named_by_head(s.doc, s.text, word, pron.start())) is not None:
        return named                       # "the militia" after "the Fano militia": that body, not the last subject
    person = word in ("he", "she", "his", "her")
    lead = roles_bounds.lead_end(s)        # a dateline's place is what no pronoun refers to
    got = next((m for m in reversed(s.mentions) if lead <= m.start and m.end <= pron.start() and m.type not in IGNORED_TYPES
                and (m.type == "PERSON") == person and (m.type in ACTOR_TYPES or m.type == "NORP")
                and not s.prepositional(m) and not s.modifier(m) and not _one_of_them(s, m)), None) \
        or s.prev_subject.get(person)
    if got is not None and word in _MEMBERS_OWNERS and (place_actor.plain_place(got) or (
            got.type in PLACE_TYPES and not got.kb_id)):
        # "Hundreds of its members have surrendered": no town has members, nor a town the knowledge
        # base does not know ("reached Ulang. A soldier said 28 of their colleagues were killed")
        return None
    if got is not None and group_ref.unfit_for_state(word, got):
        return None                        # "The government declared ...": never the armed group named last
    if got is not None and s.doc and group_ref.is_group_anaphor(word) and group_ref.official(got):
        return group_ref.armed_group(s.doc, pron.start())    # "the group" is never a state's or a mission
    return got


_MEMBERS_OWNERS = frozenset({"its", "their", "they"})

# "a coalition led by", "the force commanded by": a common noun the agent leads, no comma before
_LED_BY = re.compile(r"(?<![\w-])(?:an?|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?-i:[a-z][\w-]*)\s+"
                     r"(?:led|headed|commanded|spearheaded)\s+by\s+(?:the\s+)?$", re.I)


def _led_common_noun(s: Sentence, lo: int, m: Mention) -> bool:
    """Whether ``m`` leads the unnamed body that is the clause's subject ("a coalition led by X"):
    no party is named between the clause start and that body."""
    led = _LED_BY.search(s.text, max(lo, m.start - 60), m.start)
    return led is not None and not any(lo <= o.start and o.end <= led.start() and o.type in ACTOR_TYPES
                                       for o in s.mentions)


# "a Norwegian engineer", "an American journalist": a demonym describing one person, who is never
# what "they" or "the group" stands for ("fighters who are holding a Norwegian engineer say they ...")
_INDEFINITE_NORP = re.compile(r"(?<![\w-])an?\s+$", re.I)


def _one_of_them(s: Sentence, m: Mention) -> bool:
    return m.type == "NORP" and _INDEFINITE_NORP.search(s.text, max(s.start, m.start - 4), m.start) is not None


_TITLE_GAP = re.compile(r"(?:\s+(?:of\s+)?(?-i:[A-Z][\w.'’-]*)){1,4},?\s+")


def _title_of(s: Sentence, m: Mention, nxt: Mention | None) -> bool:
    """``m`` is part of a person's title: "U.S. Secretary of State Antony Blinken", "New Zealand
    pilot Marcus Ellery"."""
    return nxt is not None and nxt.type == "PERSON" and m.type in ("GPE", "ORG", "NORP") \
        and (_TITLE_GAP.fullmatch(s.text, m.end, nxt.start) is not None
             or described.names_person(s, m, nxt) or roles_titled.possessive_title(s, m, nxt))


def obj(s: Sentence, pos: int, hi: int, action: str) -> tuple[Mention | None, Mention | None]:
    """The object after ``pos`` (before ``hi``), and the first agent ("by X") met on the way."""
    fallback = agent = None
    where = -1                             # the end of the last place met as where
    sayer = -1                             # the end of the last sayer skipped: its bracketed abbreviation goes too
    hi = roles_bounds.coordinated_verb(s, pos, _before_tail(s, pos, hi))
    # a verb inside a quoted clause takes its object inside it: what follows the closing mark is the
    # attribution ('"We will never accept it," X told reporters'), the speaker and not the object; a
    # quoted phrase inside the writer's clause ('would "never back down" from Y') goes on past it
    hi = min([hi] + [b for a, b in s.quoted if a <= pos < b and s.text[b - 2:b - 1] in _CLAUSE_CLOSE])
    skip = roles_crowd.convener(s, pos, pos) if action == "CONSULT" else None   # the meeting's own body
    if skip is not None:
        return roles_crowd.guest(s, skip), None    # "a meeting of X with Y": only a "with" names whom X met
    if action in roles_proposal.ANSWERS and (by := roles_proposal.proposer(s, pos, hi, _ASKED_TYPES)) is not None:
        return by, None                    # "rejected calls by X": X's proposal is answered
    for k, m in enumerate(s.mentions):
        if m.start < pos:
            continue
        if m.end > hi:
            break
        if m.type in IGNORED_TYPES or s.quoted_after(m, pos) or s.modifier(m, leader_counts=True):
            continue
        if m is skip or _WHAT_BEFORE.search(s.text, max(s.start, m.start - 10), m.start):
            continue                       # "strikes on what the IDF calls terror sites": the labeller
        if s.agentive(m, pos):
            if agent is None:
                agent = _labelled(s, k, m, hi)
                skip = agent if agent is not m else skip
            continue
        if m.type in PLACE_TYPES and (s.locative(m, pos) or _place_of(s, m) or place_actor.premodifier(s, m)
                                      or (action == "PROTEST" and roles_route.route(s, m))
                                      or roles_route.widened_place(s, pos, where, m)
                                      or (where >= 0 and _APPOSED_PLACE.fullmatch(s.text, where, m.start))):
            where = m.end                  # "in Marte, Borno State": the state says where Marte is
            continue
        if _attribution(s, m, hi) or s.allied(m):
            sayer = m.end
            continue
        if sayer >= 0 and _BRACKET_OPEN.fullmatch(s.text, sayer, m.start):
            continue                       # "..., the media wing, Inter-Services Public Relations (ISPR), said"
        if m.type == "NORP" and _PLACE_HEAD.match(s.text, m.end, min(s.end, m.end + 14)):
            continue                       # "in the Somali capital": where, not whom
        if m.type in ACTOR_TYPES and not _title_of(s, m, s.mentions[k + 1] if k + 1 < len(s.mentions) else None):
            return m, agent
        if fallback is None and (m.type == "NORP" or (m.type in ("FAC", "LOC") and action in ("ASSAULT", "COERCE")
                                                      and not roles_route.crowd_place(s, pos, m))):
            fallback = m            # ("fired at protesters on X Avenue": the avenue is where)
    if action == "PROTEST" and (asked := roles_demand.demanded_of(s, pos, hi)) is not None:
        return asked, agent                # "... demanding his resignation": him, before any demonym
    if fallback is None and action == "REQUEST":
        # "demanded that the US cancel the sale": the clause's subject is asked
        fallback = roles_complement.complement_subject(s, pos, _ASKED_TYPES)
    return fallback, agent


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_CLAUSE_CLOSE = frozenset(",.!?")
_WHAT_BEFORE = re.compile(r"(?<![\w-])what\s+(?:the\s+)?$", re.I)     # a free relative's subject
# "in Marte, Borno State", "in Tsafe LGA, Zamfara": a place set after the one an act happened in
_APPOSED_PLACE = re.compile(r"(?:\s+(?:lga|district|county|province|region|governorate|municipality|"
                            r"area|sub-district|village|town|city))?\s*,\s*(?:the\s+)?", re.I)


def _labelled(s: Sentence, k: int, m: Mention, hi: int) -> Mention:
    """The agent ``m`` (the sentence's k-th mention) stands for: a demonym or label before a named
    group's head noun ("by the Islamist group al-Shabaab") leaves the agent to the name."""
    nxt = s.mentions[k + 1] if k + 1 < len(s.mentions) else None
    if m.type == "NORP" and nxt is not None and nxt.type in ACTOR_TYPES and nxt.end <= hi \
            and _LABEL_GAP.fullmatch(s.text, m.end, nxt.start):
        return nxt
    return m


# "..., Russian officials said", "..., Libya's Health Ministry said": the sayer's head after its name
# (an abbreviation in brackets and an appositive comma may close the name: ", the media wing, Inter-Services
# Public Relations (ISPR), said in a statement")
_ATTRIBUTION_GAP = re.compile(r"(?:['’]s)?(?:\s+(?-i:[a-z][\w-]*|(?-i:[A-Z][a-z]+))){0,3}(?:\s*\([^()]{1,25}\))?\s*,?\s*$")
# the sayer's title between the comma and the name: ", army spokesman Major General X said" (no verb
# in it: ", killing commander X, officials said" names a victim)
_SAYER_TITLE = re.compile(r",\s*(?:the\s+)?(?:(?![\w-]*(?:ing|ed)\b|and\b|or\b)[\w.'’-]+\s+){0,6}$", re.I)


def _attribution(s: Sentence, m: Mention, hi: int) -> bool:
    """``m`` opens an attribution: "..., Russian officials said" names the speaker, not the object
    (the clause ends at the reporting verb); so does one set off mid-sentence ("..., the army said,
    as ...")."""
    if s.text[max(s.start, m.start - 2):m.start].strip() != ",":
        before = s.text[max(s.start, m.start - 60):m.start]
        if not _SAYER_TITLE.search(before):
            return False
    end = m.end
    if hi < s.end and s.first("reporting", hi, hi + 12) is not None and _ATTRIBUTION_GAP.match(s.text, end, hi) is not None:
        return True
    verb = s.first("reporting", end, min(s.end, end + 30))
    return verb is not None and _ATTRIBUTION_GAP.match(s.text, end, verb.start()) is not None \
        and _ATTRIBUTION_END.match(s.text, verb.end(), min(s.end, verb.end() + 40)) is not None


# what closes a mid-sentence attribution: a comma, the sentence end, or its date ("said on Monday,")
_ATTRIBUTION_END = re.compile(r"(?:\s+(?:on|late|early|last|this)?\s*[\w ]{0,20}?)?\s*(?:[,.;]|$)")
# a demonym that modifies a place noun ("the Somali capital", "Iraqi territory") names a place
_PLACE_HEAD = re.compile(r"\s+(?:capital|city|town|village|province|region|territory|border|coast|waters|soil|side|"
                         r"countryside|frontier|airspace|mainland|interior)\b", re.I)
# a demonym or label before a named group's head ("the Islamist group al-Shabaab"): the name is the actor
_LABEL_GAP = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){1,2}$")


def _before_tail(s: Sentence, pos: int, hi: int) -> int:
    """``hi`` cut at the sentence's trailing attribution when the trigger stands before it."""
    tail = s.tail()
    return tail if pos < tail < hi else hi


def agent_after(s: Sentence, pos: int, hi: int) -> Mention | None:
    hi = _before_tail(s, pos, hi)
    asides = roles_aside.dash_asides(s, pos, hi)    # "its campaign, the PKK - listed by Turkey - ...": not its agent
    for k, m in enumerate(s.mentions):
        if pos <= m.start and m.end <= hi and m.type not in IGNORED_TYPES and s.agentive(m, pos) \
                and not any(a <= m.start < b for a, b in asides):
            return _labelled(s, k, m, hi)
    if (force := roles_passive_force.by_force(s, pos, hi)) is not None:
        return force                       # "a student who was shot by police": the police body
    if (force := roles_passive_force.own_force_agent(s, pos)) is not None:
        return force                       # "forty terrorists were neutralised": the state's forces
    # "an attack by the (paramilitary) group": the group the document last named as a subject
    by = _BY_ANAPHOR.search(s.lower, pos, min(hi, pos + 60))
    heads = _anaphor_heads()
    if by is not None and (by.group(2) in heads or (by.group(1) in heads and (by.group(2) is None or by.group(2) in _AFTER_NP))):
        return s.prev_subject.get(False)
    return None


# words that may follow the head noun ("by the group on Sunday"); any other word is the head
# ("by the militia groups": "militia" only modifies)
_AFTER_NP = frozenset({"on", "in", "at", "near", "of", "for", "from", "against", "and", "or", "which", "that", "who",
                       "had", "has", "have", "was", "were", "is", "are", "last", "this", "after", "before", "during"})
_BY_ANAPHOR = re.compile(r"\bby\s+the\s+([a-z-]+)(?:\s+([a-z]+))?\b")   # "the group", "the armed group"


@lru_cache(maxsize=1)
def _anaphor_heads() -> frozenset[str]:
    """The head nouns of "the group", "the militia", ...: a definite description of an actor."""
    return frozenset(w.split()[-1] for w in lexicon().words["anaphors"] if w.startswith("the ") and " " in w)


def sentence_subject(s: Sentence, before: int | None = None) -> Mention | None:
    """The first actor named in the sentence (left of ``before``)."""
    for m in s.mentions[:4]:
        if before is not None and m.end > before:
            break
        if m.type in ACTOR_TYPES and not s.prepositional(m) and not s.modifier(m) \
                and not _REL_OBJECT.search(s.text, max(s.start, m.start - 40), m.start):
            return m
    return None


# "A resident of X who reached Y told": Y is the relative clause's object, not the sentence's subject
_REL_OBJECT = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|has\s+|have\s+)?(?-i:[a-z]+ed|fled\s+to|reached|left|came\s+to|went\s+to)\s+(?:the\s+)?$", re.I)
