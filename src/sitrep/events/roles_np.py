"""Noun phrases the role rules read: a generic force word standing for the body the document names
("police" for the Haitian National Police), a counted object after a trigger ("killed 22 people"),
and the mentions coordinated with one ("Kharkiv and Odesa")."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.actors import forces
from sitrep.actors.forces import force_words
from sitrep.events import group_ref, roles_force_site
from sitrep.events.lexicon import lexicon
from sitrep.events.roles_national import counted_force, national_force
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@lru_cache(maxsize=1)
def _force_subject() -> re.Pattern:
    """A generic force word (``sitrep.actors.forces``) as a subject right before a verb."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in force_words()) or "(?!x)x"
    # "Police in Juba arrested", "Soldiers on Wednesday killed": a place or a day between the force
    # word and its verb still leaves the force the subject (a short "in/on" phrase, no comma)
    day = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+\w+|\w+\s+\d{1,2})"
    between = r"(?:(?:in|at)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?\s+|(?:on|late|early|last)\s+" + day + r"\s+)"
    return re.compile(r"(?<![\w'’-])(" + alt + r")\s+" + between + r"{0,2}(?:(?:\w+ly|also|then|later|have|has|had)\s+){0,2}$",
                      re.I)


@lru_cache(maxsize=1)
def _reporting_force() -> re.Pattern:
    """A generic force word reporting its own act through a pronoun right before the verb: "The army
    said on Monday that it killed", "Police say they arrested"."""
    lex = lexicon()
    words = force_words() or ("(?!x)x",)
    verbs = sorted(lex.words.get("attribution_verbs", ()) or ("said", "says"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    say = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return re.compile(r"(?:^|(?<=[\s\"“(]))(" + alt + r")\s+(?:\w+ly\s+)?(?:" + say + r")\b[^,;:.\"“”]{0,50}?\s"
                      r"(?:that\s+)?(?:it|they)\s+(?:(?:\w+ly|also|then|later|have|has|had)\s+){0,2}$", re.I)


def force_body(s: Sentence, word: str) -> Mention | None:
    """The body the document names that a generic ``word`` ("police", "the rebels") stands for
    (``sitrep.actors.forces``), or None."""
    body = forces.force_body(s.doc, word) if s.doc else None
    if body is not None and body.kb_id and forces.family(word) is forces.family("army") \
            and not group_ref.official(body):
        # "the army" is the state's: never a rebel "Liberation Army" named earlier, but the state's
        # own armed forces when the document names them (the one named most often)
        state = [(len(starts), -m.start, m) for m, starts in forces.named_bodies(s.doc, word) if group_ref.official(m)]
        return max(state, key=lambda t: t[:2])[2] if state else None
    if body is None and s.doc:
        # no such body named, but the text says whose they are ("Cameroonian soldiers"): that state
        body = national_force(s.text, s.doc, word, s.end)
    return body


def generic_subject(s: Sentence, lo: int, pos: int) -> tuple[Mention | None, str | None]:
    """A generic force word right before the verb at ``pos`` ("Police units killed ...") as the
    document's named body of that kind; with none named, the words themselves ("police units")
    describe the actor, as "gunmen" does."""
    m = _force_subject().search(s.lower, max(lo, pos - 40), pos)
    return (None, None) if m is None else _named_or_described(s, m.group(1))


def generic_word(s: Sentence, lo: int, pos: int) -> str | None:
    """The generic force words right before the verb at ``pos`` ("the soldiers"), or None."""
    m = _force_subject().search(s.lower, max(lo, pos - 40), pos)
    return None if m is None else " ".join(m.group(1).split())


def reporting_force(s: Sentence, pos: int) -> tuple[Mention | None, str | None] | None:
    """The speaker a pronoun before the verb at ``pos`` stands for when a generic force word reports
    its own act ("the army said it killed 11 militants": the army, never an earlier sentence's
    subject): (named body, None), (None, description), or None when the sentence is not so built."""
    m = _reporting_force().search(s.lower, max(s.start, pos - 110), pos)
    return None if m is None else _named_or_described(s, m.group(1))


@lru_cache(maxsize=1)
def _owned_by_force() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in force_words()) or "(?!x)x"
    return re.compile(r"\s+(?:the\s+)?(" + alt + r")['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+", re.I)


def owning_force(s: Sentence, end: int) -> tuple[Mention | None, str | None]:
    """The force a verb's object belongs to when only a common noun names it ("seized the army's
    barracks", "overran the militia's positions", "attacked an army post"): (the document's body of that kind, None), else
    (None, the words); (None, None) when the object is no force's."""
    m = _owned_by_force().match(s.text, end, s.end)
    if m is None:
        role = roles_force_site.site_role(s, end)       # "attacked an army post": the army was hit
        if role is None:
            role = counted_force(s.text, end, s.end)    # "killed two soldiers": the state they serve
            if role is not None and force_body(s, role) is None:
                return None, None                       # whose soldiers the text never says: no one's
        return (None, None) if role is None else _named_or_described(s, role)
    return _named_or_described(s, m.group(1))


def _named_or_described(s: Sentence, word: str) -> tuple[Mention | None, str | None]:
    """(the document's one body a generic force ``word`` stands for, None), else (None, the words)."""
    body = force_body(s, word) if s.doc else None
    return body, (None if body is not None else " ".join(word.split()))


# a counted object: "killed at least 19 civilians", "killed 22 people", "wounded dozens of residents"
_COUNTED = re.compile(r"\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|"
                      r"an\s+estimated|no\s+fewer\s+than)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|dozens|scores|"
                      r"hundreds|thousands)\b", re.I)
# where the counted noun phrase ends: a preposition, a clause word or punctuation
_NP_END = re.compile(r"\s+(?:in|on|at|near|during|when|as|after|before|while|from|since|with|across|inside|outside|"
                     r"around|and|who|which|that)\b|[,;:(]"
                     # "arrested two men suspected of helping the bombers reach X": X is in their description
                     r"|\s+(?:suspected|accused|believed|thought|alleged|identified|said)\s+(?:of|to|as)\b")


def counted_object(s: Sentence, end: int, hi: int) -> int | None:
    """Where the counted object right after a trigger ending at ``end`` ends ("killed 22 people| in
    an attack on X village"): the act's target stands inside it or nowhere; None without one."""
    m = _COUNTED.match(s.text, end, hi)
    if m is None:
        return None
    stop = _NP_END.search(s.text, m.end(), hi)
    return stop.start() if stop is not None else hi


_AND_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?(?:(?:city|town|province|region)\s+of\s+)?")


def conjuncts(s: Sentence, m: Mention | None) -> list[Mention]:
    """The mentions coordinated after ``m`` ("Kharkiv and Odesa", "Gaza, the West Bank and Lebanon"):
    of the same kind (places with places, actors of ``m``'s type), joined by commas and a final "and"."""
    if m is None:
        return []
    out: list[Mention] = []
    k = next((i for i, x in enumerate(s.mentions) if x is m), -1)
    if k < 0:
        return []
    last = m
    for x in s.mentions[k + 1:]:
        gap = _AND_GAP.fullmatch(s.text, last.end, x.start)
        if gap is None or not ((x.type in PLACE_TYPES and m.type in PLACE_TYPES) or x.type == m.type) \
                or s.modifier(x) or (x.key == m.key):
            break
        out.append(x)
        last = x
        if "and" in gap.group(0):
            break
    # a list that never closes with "and" ("Kharkiv, Russia said") is no coordination
    return out if out and "and" in s.text[m.end:out[-1].start] else []


# ", led by X," / ", headed by X,": an appositive naming a body's leader between the body and its relative
_LED_BY = re.compile(r"\s*,\s*(?:\w+ly\s+)?(?:led|headed|commanded|run|founded|controlled)\s+by\s+"
                     r"(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)


def led_body(s: Sentence, person: Mention) -> Mention | None:
    """What "which" after a person refers to: never the person; the body whose leader an appositive
    names ("the Alliance, led by X, which ..."), else nothing."""
    k = s.mentions.index(person)
    if k == 0:
        return None
    body = s.mentions[k - 1]
    if body.type not in ("ORG", "NORP") or not _LED_BY.fullmatch(s.text, body.end, person.start):
        return None
    return body


# "stormed positions held by the army", "shelled a checkpoint manned by X": the object belongs to
# the agent of its own participle, who is the one attacked
_HELD_BY = re.compile(r"\s+(?:(?:the|a|an|two|three|several|its|their)\s+)?(?:[\w'-]+\s+){0,3}?(?:held|manned|controlled|"
                      r"occupied|guarded|run|operated|used)\s+by\s+(?:the\s+)?", re.I)


def holder(s: Sentence, end: int, agent: Mention | None) -> bool:
    """Whether ``agent`` (an agent after a verb ending at ``end``) holds the verb's object ("stormed
    positions held by X"): then X is the act's target, not whoever did it."""
    return agent is not None and agent.start - end <= 60 and _HELD_BY.fullmatch(s.text, end, agent.start) is not None


# "the ministry, headed by X", "a town controlled by X": a "by" that says who leads or holds a
# noun's referent, never who did the act the sentence reports
_OWNER_BY = re.compile(r"(?<![\w-])(?:led|headed|commanded|chaired|directed|founded|owned|managed|run|controlled|held|"
                       r"occupied|manned|guarded|operated)\s+by\s+(?:the\s+)?$", re.I)


def owner_agent(s: Sentence, m: Mention) -> bool:
    """Whether the agent ``m`` stands after "headed by", "controlled by" and the like."""
    return _OWNER_BY.search(s.text, max(s.start, m.start - 24), m.start) is not None


_FIRST_WORD = re.compile(r"\S+")
_WORD = re.compile(r"[\w'’-]+")
_INDEFINITE = re.compile(r"(?<![\w-])an?\s+$", re.I)     # "filed a UN complaint": the name premodifies
# a preposition closing the phrase ("gave X until ...") follows an object, never a premodified noun
_FUNCTION_WORDS = frozenset({"until", "to", "for", "with", "of", "from", "over", "against", "on", "in", "at", "by",
                             "as", "into", "about", "after", "before", "within"})


@lru_cache(maxsize=1)
def _complements() -> frozenset[str]:
    from sitrep.knowledge import load
    return frozenset(t.lower() for e in load("role_words.json") if e.get("name") == "object_complements"
                     for t in e.get("terms", ()))


def enclosed_object(s: Sentence, start: int, end: int) -> Mention | None:
    """The party a phrase trigger encloses after its verb ("held X responsible", "holds the
    government fully responsible", "had given X soldiers until dawn to ..."): its object, as a verb's
    object follows the verb. A name after an indefinite article or before the phrase's one last word
    ("filed a UN complaint", "files UN complaint") premodifies a noun, unless that word is an object
    complement (``object_complements`` of ``role_words.json``: "held X responsible"); a name after a
    preposition is no object either."""
    first = _FIRST_WORD.match(s.text, start)
    lo = first.end() if first is not None else start
    for m in s.mentions:
        if m.start < lo:
            continue
        if m.end > end:
            break
        if m.type in ("PERSON", "ORG", "GPE") and not s.prepositional(m) and not s.modifier(m):
            rest = _WORD.findall(s.lower[m.end:end])
            premodifier = _INDEFINITE.search(s.text, max(s.start, m.start - 4), m.start) is not None or (
                len(rest) == 1 and rest[0] not in _complements() and rest[0] not in _FUNCTION_WORDS)
            return None if premodifier else m
    return None
