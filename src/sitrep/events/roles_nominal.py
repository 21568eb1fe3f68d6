"""The actor of a nominal trigger ("Russia's strikes", "JNIM attacks", "launched an attack"): its
possessor or adjacent modifier, or the subject of the light verb standing just before it, unless
that verb is an auxiliary or participle of another verb ("has condemned attacks", "amid renewed
attacks")."""
from __future__ import annotations

import re

from sitrep.events import roles, roles_crowd
from sitrep.events.lexicon import Lexicon
from sitrep.events.roles_np import PLACE_TYPES, force_body
from sitrep.events.sentence import Sentence, patterns
from sitrep.model import Mention

# "had repelled an attack": the light verb is an auxiliary of another verb, whose subject may be
# the attack's victim
_PERFECT_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?-i:[a-z]+ed)\s+(?:an?|the|its|their|his|her|this|that)\b", re.I)


# "has (repeatedly) condemned attacks": a perfect auxiliary right before another verb's participle
# and a bare plural object; the subject neither made the attacks nor stands for them
_AUX_PLAIN = re.compile(r"(?<=ha[sd]|ave)\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:ed|en|wn))\s+", re.I)


# "two of its members had been killed in the strike": "had" helps a passive, whose subject suffered
# the act the noun names and never made it
_PASSIVE_AUX_AFTER = re.compile(r"\s+(?:\w+ly\s+)?been\b", re.I)


# a preposition before a light verb makes it a participle modifying the noun ("amid renewed attacks")
_PREP_BEFORE = re.compile(r"(?<![\w-])(?:by|amid|with|despite|of|from|after|over|about|against|following|in|on)\s+$", re.I)


# "the toll from an M23 attack": an article before the name puts it inside the trigger's phrase
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])an?\s+$", re.I)


def noun_actor(s: Sentence, pos: int, lex: Lexicon) -> tuple[Mention | None, str]:
    """The actor of a nominal trigger: possessor, adjacent modifier, or the subject of a light verb
    ("launched an attack", "carried out strikes") standing just before it."""
    p = patterns()
    if (held := roles_crowd.convener(s, pos)) is not None:
        return held, "modifier"           # "a meeting of the Security Council": the Council met
    for m in reversed(s.mentions):
        if m.end > pos or m.type in roles.IGNORED_TYPES:
            continue
        gap = s.text[m.end:pos]
        if p.possessive_gap.match(gap) or (p.modifier_gap.match(gap) and (
                not s.prepositional(m) or (m.type not in PLACE_TYPES
                                           and _INDEFINITE_BEFORE.search(s.text, max(s.start, m.start - 4), m.start)))):
            return m, "modifier"          # "Russia's strikes", "JNIM attacks"; not "militias in Iraq halt strikes"
        break
    if s.doc and (body := _generic_modifier(s, pos)) is not None:
        return body, "modifier"           # "Government air strikes on X": the document's government
    light = s.last("light_verbs", max(s.start, pos - 70), pos)
    if light is None or s.first("clause_right", light.end(), pos) \
            or _PREP_BEFORE.search(s.text, max(s.start, light.start() - 12), light.start()):
        return None, ""                   # "concerned by continued shelling": a participle, no verb
    if _PASSIVE_AUX_AFTER.match(s.text, light.end(), pos):
        return None, ""                   # "had been martyred in the strike": a victim, no maker
    if _AUX_PLAIN.fullmatch(s.text, light.end(), pos):
        return None, ""                   # "has repeatedly condemned attacks": "has" helps another verb
    m, _ = roles.subject(s, light.start(), lex)
    if m is not None and _PERFECT_AFTER.match(s.text, light.end(), pos):
        return m, "aux"                   # the subject of the verb the noun depends on, not its actor
    return (m, "light") if m is not None else (None, "")


# a generic word for a side right before the act noun, opening its phrase: "Government air strikes",
# "army shelling", "rebel attacks" (not "the government's ally's strikes": a possessive is a mention's)
_GENERIC_BEFORE = re.compile(r"(?:^|[\s,;(\"“—-])(?:the\s+)?((?-i:[A-Za-z][a-z]+))\s+$")
_GENERIC_FORMS = ("the {}", "{}", "{}s", "the {}s")


def _generic_modifier(s: Sentence, pos: int) -> Mention | None:
    """The body the document names that a generic premodifier of the noun at ``pos`` stands for
    (``sitrep.actors.forces``: "government" -> the government named, "army" -> the state's army)."""
    m = _GENERIC_BEFORE.search(s.text, max(s.start, pos - 24), pos)
    if m is None:
        return None
    word = m.group(1).lower()
    if word not in _GENERIC_HEADS:
        return None
    for form in _GENERIC_FORMS:
        body = force_body(s, form.format(word))
        if body is not None:
            return body
    return None


# the generic words that may premodify an act noun ("government forces" is a mention's business)
_GENERIC_HEADS = frozenset({"government", "army", "military", "rebel", "police", "militia", "junta", "regime"})
