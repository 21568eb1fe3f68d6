"""Reporting cues as compiled patterns, built once per process from ``quote_cues.json``.

A cue is a reporting verb ("said", "told", "wrote"), optionally with its addressee ("told
Rudaw", "told reporters") and a modifier naming the channel ("said in a statement", "wrote in a
post on X"). ``Cues.cue_at`` reads the whole cue that starts at a verb, so the QuoteFact can keep
the phrase as the text gives it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.nlp.phrases import phrase_regex
from sitrep.nlp.sentences import abbreviations

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# time phrases that may stand between a verb and its modifier: "said on Monday in a statement"
TIME_PHRASE = (rf"(?:(?:late|early)\s+)?(?:on\s+)?(?:{_WEEKDAY}|(?:last|this)\s+(?:week|month|year|night)|"
         rf"yesterday|today|earlier|later|overnight)(?:\s+(?:night|morning|evening|afternoon))?")
# an outlet or person addressed by "told": a run of capitalised words ("The Associated Press")
_PROPER = r"(?:(?:The|the)\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|al-\w+|de))*"


# the lowercase word after a "told" addressee, and those that end the addressee (the rest of
# the sentence goes on): any other lowercase word continues it
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_NAMED_AFTER = re.compile(r"(?:[ \t]+[a-z]+){1,2}(?:[ \t]+(?:[A-Z][\w&'’\-]*|de|del|la|el))+")
_AFTER_OBJECT = frozenset(("that", "on", "in", "at", "by", "for", "from", "during", "after", "before",
                           "when", "while", "as", "and", "but", "or", "last", "this", "earlier",
                           "late", "early", "yesterday", "today", "about", "of", "via", "with",
                           "over", "late", "overnight", "later", "it", "he", "she", "they", "we",
                           "the", "a", "an", "its", "his", "her", "their", "how", "why", "what",
                           "not", "to", "is", "was", "had", "has", "would", "will"))



def _patterns(entries: list[dict]) -> str:
    """The regexes of ``patterns`` entries as one alternation (one that never matches if none)."""
    pats = [p for e in entries for p in e.get("patterns", ())]
    return "|".join(f"(?:{p})" for p in pats) or "(?!)"


def _alt(words) -> str:
    """A regex matching any of the literal phrases, white space flexible."""
    return phrase_regex(words)


@dataclass(frozen=True, slots=True)
class Cues:
    verb: re.Pattern            # any reporting verb, whole word
    verb_forms: frozenset[str]
    object_forms: frozenset[str]     # verbs taking an addressee ("told")
    fragment_only: frozenset[str]    # verbs that attribute only short fragments ("called")
    before_phrase: re.Pattern   # "according to", ... (the speaker follows)
    after_verb: re.Pattern      # time phrase and modifier right after a verb
    after_object: re.Pattern    # the same after a verb taking an addressee ("told Rudaw")
    filler_tail: re.Pattern     # fillers between a speaker and the verb, at the end of a stretch
    speaker_nouns: frozenset[str]    # every head noun of a describing speaker phrase
    person_nouns: frozenset[str]     # those naming people ("official"), not institutions
    pronouns: dict[str, str]
    term_intro: re.Pattern      # matched at the end of the text before a quoted stretch
    work_intro: re.Pattern
    own_words_intro: re.Pattern     # "what he called": a speaker's own words follow, unless a name
    title_words: frozenset[str]
    title_abbreviations: dict[str, str] = field(default_factory=dict)   # "fm" -> "foreign minister"
    office_titles: tuple[str, ...] = ()     # longest first
    office_title_set: frozenset[str] = frozenset()
    # every name of an office, by each of its names: "premier" -> ("premier", "prime minister")
    office_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # nouns a label in marks premodifies: 'an apparent “friendly fire” incident'
    label_heads: frozenset[str] = frozenset()
    # "X quoted Y as saying": the group ``y`` is the speaker, not X
    nested: re.Pattern | None = None
    # words whose full stop ends neither a speaker phrase nor an attribution's sentence: the
    # shared abbreviations and the rank abbreviations of police and armed forces ("Sr. Comr.")
    abbreviations: frozenset[str] = frozenset()
    possessives: dict[str, str] = field(default_factory=dict)    # "its" -> "it"
    # verbs that attribute only when no other reporting verb stands before the quote ("ordered"):
    # "X said he had ordered Y to “...”" is X's saying, cued by "said"
    weak_forms: frozenset[str] = frozenset()
    voice_nouns: frozenset[str] = frozenset()   # "statement", "spokesperson": a body speaks through them
    # an addressee opening the words after an inverted verb: "“...”, declared to AFP X" (translated
    # from "a déclaré à l'AFP X"): the speaker follows it
    addressee_lead: re.Pattern | None = None
    # manner adverbs between a speaker and the verb ("X cynically dismissed"): their suffix, and
    # the words with it that are no adverbs ("family", "daily")
    adverb_suffix: str = "ly"
    not_adverbs: frozenset[str] = frozenset()
    # English derivational suffixes: a rare word made of a common stem and one of them is English
    # ("neighbourliness"), not a borrowed label
    native_suffixes: tuple[str, ...] = ()
    native_prefixes: tuple[str, ...] = ()

    def cue_at(self, text: str, vstart: int, vend: int, limit: int) -> tuple[str, int]:
        """The whole cue starting at the verb ``text[vstart:vend]``, and where it ends (past any
        time phrase: "said on Monday in a statement" gives "said in a statement")."""
        verb = " ".join(text[vstart:vend].split())
        takes_object = verb.lower() in self.object_forms
        m = (self.after_object if takes_object else self.after_verb).match(text, vend, limit)
        if not m or m.end() == vend:
            return verb, vend
        parts = [verb]
        if takes_object and m.group("obj"):
            nxt = _NEXT_WORD.match(text, m.end("obj"))
            if nxt and nxt.group(1) not in _AFTER_OBJECT:
                # the capitalised words only premodify the addressee: "told the Bogotá daily El
                # Tiempo", "told Colombian broadcaster Caracol": the cue is the verb alone, and it
                # reaches past the addressee's name
                named = _NAMED_AFTER.match(text, m.end("obj"), limit)
                end = named.end() if named else m.end("obj")
                rest = self.after_verb.match(text, end, limit)
                if rest and rest.group("mod"):
                    return verb + " " + " ".join(rest.group("mod").split()), rest.end()
                return verb, rest.end() if rest else end
            parts.append(" ".join(m.group("obj").split()))
        if m.group("mod"):
            parts.append(" ".join(m.group("mod").split()))
        return " ".join(parts), m.end()


@lru_cache(maxsize=1)
def cues() -> Cues:
    entries = load("quote_cues.json")
    by_kind: dict[str, list[dict]] = {}
    for e in entries:
        by_kind.setdefault(e["kind"], []).append(e)
    forms = [f for e in by_kind.get("verb", []) for f in e["forms"]]
    obj_forms = {f.lower() for e in by_kind.get("verb", []) if e.get("object") for f in e["forms"]}
    frag = {f.lower() for e in by_kind.get("verb", []) if e.get("fragment_only") for f in e["forms"]}
    phrases = [e["text"] for e in by_kind.get("phrase", [])]
    modifiers = [e["text"] for e in by_kind.get("modifier", [])]
    addressees = [e["text"] for e in by_kind.get("addressee", [])]
    words = lambda kind: [w for e in by_kind.get(kind, []) for w in e["words"]]   # noqa: E731
    pronouns = {w.lower(): e["refers"] for e in by_kind.get("pronoun", []) for w in e["words"]}
    tail = rf"(?:,?\s+{TIME_PHRASE})?(?:,?\s+(?P<mod>{_alt(modifiers)})\b)?(?:,?\s+{TIME_PHRASE})?"
    after = re.compile(tail)
    after_object = re.compile(rf"(?:\s+(?P<obj>{_alt(addressees)}|{_PROPER}))?" + tail)
    synonyms: dict[str, tuple[str, ...]] = {}
    for e in by_kind.get("office_synonym", []):
        for group in e["groups"]:
            names = tuple(" ".join(g.lower().split()) for g in group)
            for n in names:
                synonyms[n] = tuple(dict.fromkeys(synonyms.get(n, ()) + names))
    titles = {w.lower() for w in words("office_title")} | set(synonyms)
    nested = [e for e in by_kind.get("nested_cue", [])]
    nested_rx = re.compile(
        rf"\b(?P<verb>{_alt([v for e in nested for v in e['verbs']])})\s+(?P<y>[^,;:.!?\"“”\n]{{1,80}}?)\s+"
        rf"(?P<link>{_alt([w for e in nested for w in e['links']])})\b") if nested else None
    return Cues(
        nested=nested_rx,
        # no verb inside a hyphenated compound: "so-called", "self-declared" premodify a noun
        verb=re.compile(rf"(?<![\w\-])(?:{_alt(forms)})\b(?!-\w)"),
        verb_forms=frozenset(f.lower() for f in forms),
        object_forms=frozenset(obj_forms),
        fragment_only=frozenset(frag),
        before_phrase=re.compile(rf"\b(?:{_alt(phrases)})\s+", re.I),
        after_verb=after,
        after_object=after_object,
        filler_tail=re.compile(rf"(?:\s+(?:{_alt(words('filler'))}|{_patterns(by_kind.get('filler_pattern', []))}))+\s*$",
                               re.I),
        speaker_nouns=frozenset(w.lower() for w in words("speaker_noun")),
        person_nouns=frozenset(w.lower() for e in by_kind.get("speaker_noun", [])
                               if e.get("refers", "PERSON") == "PERSON" for w in e["words"]),
        pronouns=pronouns,
        term_intro=re.compile(rf"(?:^|\W)(?:{_alt(words('term_intro'))})[\s,:]*"
                              r"(?:(?:the|a|an|its|their|his|her)\s+)?$", re.I),
        work_intro=re.compile(rf"\b(?:{_alt(words('work_noun'))}),?\s+(?:(?:titled|entitled|called)\s+)?$",
                              re.I),
        own_words_intro=re.compile(rf"\b(?:{_alt(words('own_words_intro'))})\s+"
                                   r"(?:(?:the|a|an|its|their|his|her)\s+)?$", re.I),
        title_words=frozenset(w.lower() for w in words("title_word")),
        title_abbreviations={k.lower(): v for e in by_kind.get("title_abbreviation", [])
                             for k, v in e.get("expansions", {}).items()},
        office_titles=tuple(sorted(titles, key=len, reverse=True)),
        office_title_set=frozenset(titles),
        office_synonyms=synonyms,
        label_heads=frozenset(w.lower() for w in words("label_head")),
        abbreviations=abbreviations() | frozenset(words("rank_abbreviation")),
        possessives={k.lower(): v for e in by_kind.get("possessive_pronoun", []) for k, v in e["forms"].items()},
        weak_forms=frozenset(f.lower() for e in by_kind.get("verb", []) if e.get("weak") for f in e["forms"]),
        voice_nouns=frozenset(w.lower() for w in words("voice_noun")),
        addressee_lead=re.compile(rf"to\s+(?:{_alt(addressees)}|[A-Z]{{2,6}}\b)[ \t\u00a0]+(?=\S)"),
        adverb_suffix=next((e["suffix"] for e in by_kind.get("manner_adverb", [])), "ly"),
        not_adverbs=frozenset(w.lower() for e in by_kind.get("manner_adverb", []) for w in e["not"]),
        native_suffixes=tuple(sorted((w.lower() for w in words("native_suffix")), key=len, reverse=True)),
        native_prefixes=tuple(sorted((w.lower() for w in words("native_prefix")), key=len, reverse=True)),
    )
