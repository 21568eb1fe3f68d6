"""The claim lexicon: ``claim_units.json`` compiled once per process into dicts and regexes.

Everything the claim finder knows about words (number words, what can be counted, casualty
states, sourcing cues, say-verbs) is data; this module only turns it into fast lookups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick
from functools import lru_cache

from sitrep.knowledge import load, wordlist
from sitrep.nlp.phrases import phrase_regex

FILE = "claim_units.json"


@dataclass(slots=True, frozen=True)
class Head:
    """A countable noun: its normalised unit and class (person, event, weapon, object, place)."""

    unit: str
    cls: str
    anaphoric: bool = False        # "others", "more": the unit comes from the noun counted before
    measure: bool = False          # "tonnes": the unit continues with "of <what>"
    exact: bool = False            # "Colombians": counts only with a figure or a casualty state, not "thousands of Armenians"


@dataclass(slots=True, frozen=True)
class Lexicon:
    number_words: dict[str, int]
    multipliers: dict[str, tuple[int, bool, bool]]      # word -> (value, glued, money only)
    vague: frozenset[str]
    qualifiers: dict[str, str | None]
    heads: dict[str, Head]                               # lower-case form (one or two words)
    keep_modifiers: frozenset[str]
    skip_modifiers: frozenset[str]
    states_after: dict[str, dict[str, str]]              # form -> {applies: state}
    states_before: dict[str, dict[str, str]]             # ("neutralised": person killed, object intercepted)
    aux: frozenset[str]
    tolls: dict[str, str]
    toll_units: frozenset[str]                           # the units toll phrases give
    trend: frozenset[str]
    currency_signs: dict[str, str]
    currency_words: dict[str, str]
    blocked: frozenset[str]
    designations: frozenset[str]
    say: frozenset[str]
    stop: frozenset[str]
    # compiled
    number_re: re.Pattern[str]
    percent_re: re.Pattern[str]
    area_re: re.Pattern[str]
    area_units: dict[str, str]
    state_after_re: re.Pattern[str]
    sourcing: frozenset[str]                         # cues (one or two words) after a source
    percent_first: frozenset[str]                    # first words of the percent, area and
    area_first: frozenset[str]                       # currency forms: quick rejects
    currency_first: frozenset[str]
    toll_re: re.Pattern[str]
    attribution_first: frozenset[str]                # first words of attribution phrases
    attribution_re: re.Pattern[str]                  # anchored: matched where a first word stands
    word_starts: ahocorasick.Automaton               # lower-case number words and vague counts
    sign_back_re: re.Pattern[str]                    # a currency sign right before digits
    before_max: int                                  # longest active-verb phrase, in words
    qualifier_max: int
    before_last: frozenset[str]                      # last words of those phrases: a quick reject
    state_openers: frozenset[str]                    # words that can open a state after a noun
    toll_words: tuple[str, ...]                      # first words of toll phrases: a quick reject
    qualifier_last: frozenset[str]
    enumerating: frozenset[str]                      # "seven *key* areas": counts of abstract units
    rank: frozenset[str]                             # "the *top* three": a rank, not a count
    cue_words: ahocorasick.Automaton                 # say-verbs and attribution anchor words ->
                                                     # (word, how many words back the cue starts)
    claimant_nouns: dict[str, str]                   # "the army" -> role: unnamed sources
    claimant_noun_before: re.Pattern[str]            # one of them ending right before a say-verb
    claimant_noun_after: re.Pattern[str]             # one of them right after it ("said police")
    crowd: frozenset[str]                            # "(hundreds of people) had gathered": a crowd
    say_object: frozenset[str]                       # "told": the name after it is the addressee
    range_open: frozenset[str]                       # "between" before the first number of a range
    range_join: re.Pattern[str] | None               # " and " between its two numbers
    partitive: frozenset[str]                        # "125 *members* of the security forces"
    displace_before: frozenset[str]                  # "*forced* 2,000 people from their homes"
    displace_after: re.Pattern[str]                  # anchored after the counted noun
    skip_line: re.Pattern[str] | None                # "Eds: UPDATES with ...": no claims there
    monitor_names: tuple[str, ...]                   # words in a monitoring group's name
    population_re: re.Pattern[str]                   # "a town of" / "home to" ending right before a count
    sides: frozenset[str]                            # "between the *two* factions": conflict sides
    side_verbs: frozenset[str]                       # "two factions *clashed*": conflict sides
    household: frozenset[str]                        # "her four children": a family's size
    bare_roles: frozenset[str]                       # person nouns whose count needs a state
    attribution_tail: re.Pattern[str]                # "according to" ending right before a count
    partitive_armed: frozenset[str]                  # "21 members of the *group*": fighters
    figure_update: re.Pattern[str]                   # "raised that figure to" ending right before a count
    shelter: dict[str, str] = field(default_factory=dict)   # "sheltering" after "the number of villagers"
    # a claim-verb whose object is an act or "responsibility": it names no claimant of a count
    responsibility_verbs: frozenset[str] = frozenset()
    responsibility_re: re.Pattern[str] | None = None
    kin_of: frozenset[str] = frozenset()             # "a mother of four": her children, no count
    size_compounds: dict[str, str] = field(default_factory=dict)   # "-strong": troops, "-member": members
    length_compounds: dict[str, str] = field(default_factory=dict)  # "-km": km ("the 970-km border")
    repeat_verbs: dict[str, str] = field(default_factory=dict)    # "attacked ... 40 times": attacks
    repeat_words: frozenset[str] = frozenset()                     # "times", "occasions"
    name_heads: frozenset[str] = frozenset()         # "the 444 *Brigade*": a number inside a name
    side_bodies: frozenset[str] = frozenset()        # "the two *forces*": sides, when below three
    # active forms that state a person's death only with the victims named after the count
    # ("shot down seven gunmen"); a bare count after them is of things ("shot down 12 overnight")
    noun_only_before: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()        # "(hundreds of) protesters gathered": a crowd too
    # words before "X to Y" that make it a range though they may start a change elsewhere:
    # "put its strength at 1,500 to 3,000 fighters"
    range_open_to: frozenset[str] = frozenset()
    # verbs whose particle "over" is no bound on the count after it: "turning over 10 rifles"
    over_particle: frozenset[str] = frozenset()
    companions: frozenset[str] = frozenset()        # "killed a commander and his *driver*": one more
    # people right after a glued "m"/"k" without a currency sign: "1.5m people", "2m displaced
    # Sudanese" count millions; elsewhere "500m" is a distance
    glued_count_re: re.Pattern[str] | None = None


# a place after a counted noun: "of northern Israel", "in the Central Highlands"
_PLACE_PP = (r"\s+(?:in|at|near|across|on|from|among|inside|of)\s+(?:the\s+)?"
             r"(?:(?i:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+)?"
             r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


def _alt(phrases) -> str:
    """A regex for any of the phrases, as a character trie: the engine shares their prefixes
    instead of trying each branch at every position; a longer phrase is still tried before its
    prefix ("at least" before "at"), and blanks match any blank run."""
    return phrase_regex(phrases)


def _entries(kind: str) -> list[dict]:
    return [e for e in load(FILE) if e.get("kind") == kind]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    number_words = {e["word"].lower(): int(e["value"]) for e in _entries("number")}
    multipliers = {e["word"].lower(): (int(e["value"]), bool(e.get("glued")), bool(e.get("money_only")))
                   for e in _entries("multiplier")}
    vague = frozenset(e["phrase"].lower() for e in _entries("vague"))
    qualifiers = {e["phrase"].lower(): e.get("norm") for e in _entries("qualifier")}
    heads: dict[str, Head] = {}
    for e in _entries("head"):
        head = Head(e["unit"], e["class"], bool(e.get("anaphoric")), bool(e.get("measure")), bool(e.get("exact")))
        for form in e["forms"]:
            heads.setdefault(form.lower(), head)
    keep = frozenset(w.lower() for e in _entries("modifier") if e.get("keep") for w in e["words"])
    skip = frozenset(w.lower() for e in _entries("modifier") if not e.get("keep") for w in e["words"])
    states_after: dict[str, dict[str, str]] = {}
    states_before: dict[str, dict[str, str]] = {}
    for e in _entries("state"):
        applies = e.get("applies", "person")
        for form in e.get("after", []):
            states_after.setdefault(form.lower(), {}).setdefault(applies, e["unit"])
        for form in e.get("before", []):
            states_before.setdefault(form.lower(), {}).setdefault(applies, e["unit"])
    aux = frozenset(w.lower() for e in _entries("aux") for w in e["words"])
    tolls = {e["phrase"].lower(): e["unit"] for e in _entries("toll")}
    trend = frozenset(w.lower() for e in _entries("trend") for w in e["words"])
    signs: dict[str, str] = {}
    cwords: dict[str, str] = {}
    for e in _entries("currency"):
        for s in e.get("signs", []):
            signs[s] = e["unit"]
        for w in e.get("words", []):
            cwords[w.lower()] = e["unit"]
    percent = [f for e in _entries("percent") for f in e["forms"]]
    area_units = {f.lower(): e["unit"] for e in _entries("area") for f in e["forms"]}
    blocked = frozenset(w.lower() for e in _entries("blocked") for w in e["words"])
    designations = frozenset(w.lower() for e in _entries("designation") for w in e["words"])
    say = frozenset(w.lower() for e in _entries("say") for w in e["words"] if " " not in w)
    sourcing = [c for e in _entries("sourcing") for c in e["cues"]]
    attribution = [p for e in _entries("attribution") for p in e["phrases"]]
    stop = wordlist("stopwords.txt") | {w.lower() for e in _entries("function") for w in e["words"]}

    word_nums = [w for w in number_words if " " not in w]
    phrase_nums = [w for w in number_words if " " in w]
    word_mults = [w for w, (_, glued, _) in multipliers.items() if not glued]
    glued_mults = [w for w, (_, glued, _) in multipliers.items() if glued]
    sign_alt = _alt(signs)
    w = f"(?:{_alt(word_nums)})"
    number_re = re.compile(
        rf"(?:(?P<sign>{sign_alt})\s?)?"
        # "2 800", "500 000": a blank (or no-break space) before groups of exactly three digits is a
        # thousands separator in South African, French and ISS copy
        r"(?:(?P<dig>(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)|(?<![\w.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|"
        r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|"
        # "11,5 million": a decimal comma (European and translated copy), only before a multiplier,
        # so a list "1,2" or a stray "3,45" is no number
        rf"(?<![\w.,])\d{{1,3}},\d{{1,2}}(?=\s?(?i:{_alt(word_mults)})\b)|"
        r"(?<![\w.,])\d+(?:\.\d+)?(?![\d.,]\d))"
        r"(?P<range>[-–]\d[\d,]*(?:\.\d+)?(?!\d))?"
        rf"(?:\s?(?P<mult>(?i:{_alt(word_mults)}))\b|(?P<gmult>(?i:{_alt(glued_mults)}))\b)?"
        rf"|(?<![\w-])(?P<vague>(?i:{_alt(vague)}))\b(?!-)"
        rf"|(?<![\w-])(?P<words>(?i:{_alt(phrase_nums)})|(?i:(?:{w}[ -])*(?:hundred|thousand)\s+and\s+{w}(?:-{w})?)"
        rf"|(?i:{w}(?:[ -]{w})*))\b"
        rf"(?:\s(?P<wmult>(?i:{_alt(word_mults)}))\b)?)")
    percent_re = re.compile(rf"(?i)\s?(?:{_alt(percent)})(?!\w)")
    area_re = re.compile(rf"(?i)\s?({_alt(area_units)})(?!\w)")
    aux_alt = _alt(aux)
    # a counted noun, maybe a place ("in Gaza"), maybe auxiliaries, then its state
    state_after_re = re.compile(
        # a compass adjective may open the place: "residents of northern Israel remain displaced"
        rf"(?:{_PLACE_PP}"
        r"|\s+(?:from|on|among|in)\s+(?:both|all|either|each|the)\s+(?:sides?|parties|camps)"
        r"|\s+of\s+(?:the\s+|one\s+|a\s+|their\s+|its\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?"
        # a unit's name after an adjective or an ordinal, its acronym in commas: "five soldiers of the
        # elite Rapid Intervention Battalion, BIR, lost their lives", "three heroes of the 8th
        # Infantry Division were martyred"
        r"|\s+of\s+the\s+(?:[a-z]+\s+|\d+(?:st|nd|rd|th)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:,\s+[A-Z]{2,6},)?"
        # "five civilians, including a mother and her baby, were killed"; "a peacekeeper with the
        # UN mission in the Central African Republic was killed": no figure, no clause break inside
        # "33 people, most of them children, were killed": a share of them between, no figure either
        r"|,\s+(?:including|among\s+them|(?:most|many|all|some)\s+of\s+(?:them|whom)|mostly|mainly)\s+[A-Za-z'’ -]{1,60},"
        r"|\s+(?:with|from|serving\s+with|attached\s+to)\s+(?:the\s+)?[A-Z][A-Za-z'’-]*(?:\s+(?!and\b)[A-Za-z'’-]+){0,8}?"
        # one more person joined without a figure: "four workers and an Israeli farmer were
        # killed"; the single one is no count of its own, but the state is the first count's too
        r"|\s+and\s+(?:a|an|his|her|their)\s+(?:[A-Za-z'’-]+\s+){0,2}?[a-z][\w'’-]*)?"
        # the part after a place: "41 citizens of Tajikistan, including women and children, were killed"
        r"(?:,\s+(?:including|among\s+them|(?:most|many|all|some)\s+of\s+(?:them|whom)|mostly|mainly)\s+[A-Za-z'’ -]{1,60},)?"
        # a bound written after the noun, as translated copy does: "Sixteen people at least were killed"
        r"(?:\s+at\s+least)?"
        rf"(?:,?\s+(?i:{aux_alt})\b){{0,4}}\s+(?P<state>(?i:{_alt(states_after)}))\b")
    first = lambda forms: frozenset(f.lower().split()[0].rstrip(".") for f in forms if f[:1].isalpha())  # noqa: E731
    toll_re = re.compile(rf"(?i)\b({_alt(tolls)})\b")
    attribution_re = re.compile(rf"(?i)({_alt(attribution)})\s+")
    attribution_first = frozenset(p.split()[0].lower() for p in attribution)
    starts = ahocorasick.Automaton()
    for phrase in [*number_words, *vague]:
        starts.add_word(phrase, len(phrase))
    starts.make_automaton()
    sign_back_re = re.compile(rf"(?:{sign_alt})\s?$")
    before_max = max((len(f.split()) for f in states_before), default=1)
    qualifier_max = max((len(f.split()) for f in qualifiers), default=1)
    before_last = frozenset(f.split()[-1] for f in states_before)
    qualifier_last = frozenset(f.split()[-1] for f in qualifiers)
    state_openers = frozenset({"in", "at", "near", "across", "on", "from", "of", "among", "inside", "with",
                               "serving", "attached", "and"} | aux
                              | {f.split()[0] for f in states_after})
    toll_words = tuple(sorted({p.split()[0] for p in tolls}))
    cue_words = _cue_automaton(say, attribution)
    claimant_nouns: dict[str, str] = {}
    for e in _entries("claimant_noun"):
        for p in e["phrases"]:
            claimant_nouns.setdefault(" ".join(p.lower().split()), e["role"])
    monitor_names = tuple(w.lower() for e in _entries("claimant_noun") for w in e.get("names", ()))
    noun_alt = _alt(claimant_nouns) if claimant_nouns else "(?!)"
    claimant_noun_before = re.compile(rf"(?<![\w-])(?i:{noun_alt})(?:\s*\([^()\n]{{1,30}}\))?"
                                      rf"(?:,\s*(?:however|though|meanwhile|in turn|for its part),)?"
                                      rf"(?:\s+(?:also|again|earlier|later|had|have|has|is|was))?\s+$")
    claimant_noun_after = re.compile(rf"\s+(?P<n>(?i:{noun_alt}))\b(?=\s*(?:[,.;:)]|$))")
    ranges = _entries("range")
    range_open = frozenset(w.lower() for e in ranges for w in e["open"])
    joins = [w for e in ranges for w in e["join"]]
    range_join = re.compile(rf"\s+(?i:{_alt(joins)})\s+") if joins else None
    frames = _entries("displace_frame")
    # "forced some 60,000 residents of northern Israel from their homes": a place may come between
    # "drove 700,000 people into Bangladesh": a crossing into a named place (or "neighbouring" one) too
    into = [p for e in frames for p in e.get("into_place", ())] or ["(?!)"]
    displace_after = re.compile(rf"(?:{_PLACE_PP})?\s+(?:(?i:{_alt([p for e in frames for p in e['after']] or ['(?!)'])})\b"
                                rf"|(?i:{_alt(into)})\s+(?:(?i:neighbou?ring)\s+)?[A-Z])")
    skips = [p for e in _entries("skip_line") for p in e["prefixes"]]
    pop = _entries("population")
    places = [w for e in pop for w in e.get("places", ())]
    phrases = [p for e in pop for p in e.get("phrases", ())]
    pop_alts = ([f"(?:{_alt(places)})\\s+of"] if places else []) + ([_alt(phrases)] if phrases else [])
    population_re = re.compile(rf"(?i)\b(?:{'|'.join(pop_alts) or '(?!)'})\s+$")
    attribution_tail = re.compile(rf"(?i)(?<![\w-])(?:{_alt(attribution)})\s+$")
    skip_line = re.compile(rf"(?m)^[ \t]*(?:{'|'.join(map(re.escape, skips))})") if skips else None
    upd = _entries("figure_update")
    upd_verbs = [w for e in upd for w in e["verbs"]] or ["(?!)"]
    upd_nouns = [w for e in upd for w in e["nouns"]] or ["(?!)"]
    # (a few words may qualify the figure, "bringing the total since November 28 to"; "the number
    # of troops ... to" names another count)
    figure_update = re.compile(rf"(?i)\b(?:{_alt(upd_verbs)})\s+(?:that|the|this|its|their)\s+"
                               rf"(?:{_alt(upd_nouns)})(?:\s+(?!of\b)[^\s.;:]+){{0,4}}?\s+to\s+$")
    resp = _entries("responsibility")
    return Lexicon(
        number_words=number_words, multipliers=multipliers, vague=vague, qualifiers=qualifiers,
        heads=heads, keep_modifiers=keep, skip_modifiers=skip, states_after=states_after,
        states_before=states_before, aux=aux, tolls=tolls, trend=trend, currency_signs=signs,
        currency_words=cwords, blocked=blocked, designations=designations, say=say, stop=stop,
        number_re=number_re, percent_re=percent_re, area_re=area_re, area_units=area_units,
        state_after_re=state_after_re,
        sourcing=frozenset(c.lower() for c in sourcing if len(c.split()) <= 2),
        percent_first=first(percent), area_first=first(area_units), currency_first=first(cwords),
        toll_re=toll_re, attribution_first=attribution_first, attribution_re=attribution_re,
        word_starts=starts, sign_back_re=sign_back_re, before_max=before_max,
        qualifier_max=qualifier_max, before_last=before_last, state_openers=state_openers,
        toll_words=toll_words, qualifier_last=qualifier_last, cue_words=cue_words,
        claimant_nouns=claimant_nouns, claimant_noun_before=claimant_noun_before,
        claimant_noun_after=claimant_noun_after,
        range_open=range_open, range_join=range_join, toll_units=frozenset(tolls.values()),
        crowd=frozenset(w.lower() for e in _entries("crowd_verb") for w in e["words"] if " " not in w),
        crowd_nouns=frozenset(w.lower() for e in _entries("crowd_verb") for w in e.get("nouns", ())),
        say_object=frozenset(w.lower() for e in _entries("say_object") for w in e["words"]),
        enumerating=frozenset(w.lower() for e in _entries("enumerating") for w in e["words"]),
        rank=frozenset(w.lower() for e in _entries("rank") for w in e["words"]),
        partitive=frozenset(w.lower() for e in _entries("partitive") for w in e["words"]),
        displace_before=frozenset(w.lower() for e in frames for w in e["before"]),
        displace_after=displace_after, skip_line=skip_line, monitor_names=monitor_names,
        population_re=population_re, attribution_tail=attribution_tail, figure_update=figure_update,
        partitive_armed=frozenset(w.lower() for e in _entries("partitive") for w in e.get("armed", ())),
        sides=frozenset(w.lower() for e in _entries("sides") for w in e["words"]),
        side_verbs=frozenset(w.lower() for e in _entries("sides") for w in e.get("verbs", ())),
        household=frozenset(w.lower() for e in _entries("household") for w in e["words"]),
        kin_of=frozenset(w.lower() for e in _entries("kin_of") for w in e["words"]),
        size_compounds={w.lower(): u for e in _entries("size_compound") for w, u in e["words"].items()},
        length_compounds={w.lower(): u for e in _entries("length_compound") for w, u in e["words"].items()},
        repeat_verbs={w.lower(): u for e in _entries("repeat_act") for w, u in e["verbs"].items()},
        repeat_words=frozenset(w.lower() for e in _entries("repeat_act") for w in e["words"]),
        name_heads=frozenset(w.lower() for e in _entries("name_head") for w in e["words"]),
        side_bodies=frozenset(w.lower() for e in _entries("sides") for w in e.get("bodies", ())),
        bare_roles=frozenset(w.lower() for e in _entries("bare_role") for w in e["words"]),
        shelter={" ".join(w.lower().split()): e["unit"] for e in _entries("shelter_state") for w in e["words"]},
        responsibility_verbs=frozenset(w.lower() for e in resp for w in e["verbs"]),
        responsibility_re=_responsibility_re(resp, heads),
        noun_only_before=frozenset(f.lower() for e in _entries("state") for f in e.get("noun_only", ())),
        range_open_to=frozenset(w.lower() for e in ranges for w in e.get("open_to", ())),
        over_particle=frozenset(w.lower() for e in _entries("over_particle") for w in e["words"]),
        companions=frozenset(w.lower() for e in _entries("companion") for w in e["words"]),
        glued_count_re=_glued_count_re(heads))


def _glued_count_re(heads: dict[str, Head]) -> re.Pattern[str]:
    """A person head, maybe after one word ("displaced"), right after a glued multiplier."""
    people = [w for w, h in heads.items() if h.cls == "person" and not h.anaphoric and " " not in w]
    return re.compile(rf"[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+)?(?i:{_alt(people)})\b")


def _responsibility_re(resp: list[dict], heads: dict[str, Head]) -> re.Pattern[str]:
    """After a claim-verb: its object is an act ("claims attack", "claimed the bombing"),
    responsibility or credit, or nothing ("the bombing, which Islamic State claimed.")."""
    acts = [w for w, h in heads.items() if h.cls == "event"]
    objects = [w for e in resp for w in e["objects"]] + acts
    return re.compile(rf"(?i)(?P<end>\s*(?:[.,;:)]|$))|\s+(?:(?:the|this|that|these|those|its|their|an?|last|yesterday['’]s|\w+day['’]s)\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{_alt(objects)})\b")


def _cue_automaton(say: frozenset[str], attribution: list[str]) -> ahocorasick.Automaton:
    """Say-verbs, and for each attribution phrase a word to find it by: its first word of three
    letters or more, since a short one ("a tally by", "as reported by") matches inside most words
    of a text and would flood the scan with hits."""
    back: dict[str, set[int]] = {w: {0} for w in say}
    for phrase in attribution:
        words = phrase.lower().split()
        k = next((i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha() and w.isascii()), 0)
        back.setdefault(words[k], set()).add(k)
    auto = ahocorasick.Automaton()
    for word, ks in back.items():
        auto.add_word(word, (word, tuple(sorted(ks))))
    auto.make_automaton()
    return auto
