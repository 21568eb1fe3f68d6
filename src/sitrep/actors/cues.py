"""The cue words of ``actor_cues.json`` and ``given_names.json``, folded once per process.

Single words become sets of light keys; multi-word cues ("Prime Minister", "according to") become
tuples of light keys, grouped by length so a matcher tries the longest first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.clean.lexicon import zipf_frequency
from sitrep.knowledge import load

from .fold import WORD, deep_word, light


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(light(w) for w in WORD.findall(phrase))


@dataclass(slots=True, frozen=True)
class Phrases:
    """Multi-word cues: every phrase as a tuple of light keys, and the longest length."""

    phrases: frozenset[tuple[str, ...]]
    longest: int
    firsts: frozenset[str]
    lasts: frozenset[str]
    # first (last) word -> the lengths of the phrases it opens (closes), longest first: a matcher
    # builds and looks up only the slices that can be a phrase
    first_lens: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    last_lens: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, words: list[str]) -> "Phrases":
        ps = frozenset(k for k in (_keys(w) for w in words) if k)
        return cls(ps, max((len(p) for p in ps), default=0), frozenset(p[0] for p in ps),
                   frozenset(p[-1] for p in ps), _lengths(ps, 0), _lengths(ps, -1))

    def match_at(self, keys: list[str], i: int, limit: int | None = None) -> int:
        """Length of the longest phrase starting at ``keys[i]`` (0 if none)."""
        if i >= len(keys):
            return 0
        lens = self.first_lens.get(keys[i])
        if lens is None:
            return 0
        top = min(len(keys) - i, limit or self.longest)
        for n in lens:
            if n <= top and (n == 1 or tuple(keys[i:i + n]) in self.phrases):
                return n
        return 0

    def match_before(self, keys: list[str], j: int) -> int:
        """Length of the longest phrase ending just before ``keys[j]`` (0 if none)."""
        if j <= 0:
            return 0
        lens = self.last_lens.get(keys[j - 1])
        if lens is None:
            return 0
        for n in lens:
            if n <= j and (n == 1 or tuple(keys[j - n:j]) in self.phrases):
                return n
        return 0


def _lengths(phrases: frozenset[tuple[str, ...]], end: int) -> dict[str, tuple[int, ...]]:
    """Word at ``end`` of a phrase (0: first, -1: last) -> lengths of its phrases, longest first."""
    out: dict[str, set[int]] = {}
    for p in phrases:
        out.setdefault(p[end], set()).add(len(p))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in out.items()}


@dataclass(slots=True, frozen=True)
class Cues:
    titles: Phrases
    title_abbrevs: frozenset[str]        # titles written with a full stop: "gen", "lt", "dr"
    verbs_after: frozenset[str]
    adverbs: frozenset[str]
    verbs_before: Phrases
    roles: frozenset[str]
    org_heads: Phrases                   # matched at the end of a name
    org_prefix: frozenset[str]           # deep keys: "Kataib" and "Kataeb" alike
    media_heads: Phrases
    generic: frozenset[str]
    fac_heads: Phrases
    # fac_heads and the heads that name a site only in lower case after a name ("the X school"):
    # capitalised, "X Medical School" is an institution, which the org rules type
    site_heads: Phrases
    fac_prefix: Phrases
    loc_heads: Phrases
    loc_prefix: Phrases
    gpe_heads: frozenset[str]
    gpe_before: Phrases
    locative: frozenset[str]
    event_heads: Phrases
    event_prefix: Phrases
    law_heads: Phrases
    weapon_heads: frozenset[str]
    weapon_modifiers: frozenset[str]
    particles: frozenset[str]
    person_particles: frozenset[str]
    not_name: frozenset[str]             # as written (case matters: "May" the month, "may" the verb)
    given: frozenset[str]                # light keys
    place_before: Phrases                # "near X", "north of X": an unknown name there is a place
    region_heads: frozenset[str]         # "the X region": a region (LOC), not a town
    state_nouns: Phrases                 # "X's government", "X's army": X is a state
    state_nouns_bare: frozenset[str]     # "the X army"
    demonym_suffixes: tuple[str, ...]    # longest first
    stem_tails: tuple[str, ...]
    group_after: frozenset[str]          # "the X militia", "X rebels"
    group_before: Phrases                # "a faction called X"
    acronym_before: Phrases
    acronym_after: frozenset[str]
    acronym_skip: frozenset[str]         # as written: "GMT", "KM", "PDF"
    # every word of the head and prefix phrases that type a run by its own words: a run with
    # none of them (most names) skips those checks
    head_words: frozenset[str] = frozenset()
    # lowercase nouns before an unknown name that type it ("security firm X", "the vessel X"),
    # and the type each phrase gives
    descriptors: Phrases = Phrases.of([])
    descriptor_types: dict[tuple[str, ...], str] = field(default_factory=dict)
    # lowercase starts of CamelCase surnames ("McDonald", "DeSantis"): any other CamelCase word
    # that speaks ("TotalEnergies said") is a company, not a person
    camel_name_prefixes: frozenset[str] = frozenset()
    media_after: frozenset[str] = frozenset()    # "X radio": an outlet
    media_prefix: Phrases = Phrases.of([])       # "TV Pirveli", "Radio Okapi": an outlet
    media_words: frozenset[str] = frozenset()    # "state television RTB": an acronym is an outlet
    partitive: frozenset[str] = frozenset()      # "Units of the X Army": a part, not the name
    hyphen_links: frozenset[str] = frozenset()   # "Shahr-e-Naw": a link only between hyphens
    vessel_prefix: frozenset[str] = frozenset()  # as written: "MV", "USS" (M/V as "V" after "M/")
    # light keys of words that open a place name ("st", "fort") -> the light key the gazetteer
    # writes them as ("saint", "fort")
    place_prefixes: dict[str, str] = field(default_factory=dict)
    # light keys of everyday words that open a place's name as an article ("El Tarra", "Al Qaim")
    place_articles: frozenset[str] = frozenset()
    # "Mehsud elders", "the Barzani family": a surname before these names a tribe, clan or
    # family, not the person of that surname met in the text (group_after words count too)
    kin_after: frozenset[str] = frozenset()
    tribe_after: frozenset[str] = frozenset()    # of those, "Mehsud elders": the surname is a people


@lru_cache(maxsize=1)
def cues() -> Cues:
    by: dict[str, dict] = {}
    for e in load("actor_cues.json"):
        if e["kind"] in by:          # a user file extends a shipped kind
            by[e["kind"]] = {**by[e["kind"]], "words": by[e["kind"]]["words"] + e.get("words", [])}
        else:
            by[e["kind"]] = e
    w = {k: v.get("words", []) for k, v in by.items()}

    def lights(kind: str) -> frozenset[str]:
        return frozenset(light(x) for x in w[kind])

    given = frozenset(light(n) for e in load("given_names.json") for n in e.get("names", []))
    heads = [Phrases.of(w[k]) for k in ("org_head", "media_head", "fac_head", "fac_prefix", "loc_head",
                                         "loc_prefix", "event_head", "event_prefix", "law_head")]
    heads.append(Phrases.of(w.get("media_prefix", [])))
    return Cues(
        head_words=frozenset(x for h in heads for p in h.phrases for x in p),
        titles=Phrases.of(w["title"]),
        title_abbrevs=frozenset(light(x) for t in w["title"] for x in t.split() if x.endswith(".")),
        verbs_after=lights("verb_after"),
        adverbs=frozenset(light(x) for x in by["verb_after"].get("adverbs", [])),
        verbs_before=Phrases.of(w["verb_before"]),
        roles=lights("apposition_role"),
        org_heads=Phrases.of(w["org_head"]),
        org_prefix=frozenset(deep_word(light(x)) for x in w["org_prefix"]),
        media_heads=Phrases.of(w["media_head"]),
        generic=lights("generic"),
        fac_heads=Phrases.of(w["fac_head"]),
        site_heads=Phrases.of(w["fac_head"] + w.get("fac_head_lower", [])),
        fac_prefix=Phrases.of(w["fac_prefix"]),
        loc_heads=Phrases.of(w["loc_head"]),
        loc_prefix=Phrases.of(w["loc_prefix"]),
        gpe_heads=lights("gpe_head"),
        gpe_before=Phrases.of(w["gpe_before"]),
        locative=lights("locative"),
        event_heads=Phrases.of(w["event_head"]),
        event_prefix=Phrases.of(w["event_prefix"]),
        law_heads=Phrases.of(w["law_head"]),
        weapon_heads=lights("weapon_head"),
        weapon_modifiers=lights("weapon_modifier"),
        particles=lights("particle"),
        person_particles=lights("person_particle"),
        not_name=frozenset(w["not_name"]),
        given=given,
        place_before=Phrases.of(w.get("place_before", [])),
        region_heads=lights("region_head") if "region_head" in w else frozenset(),
        state_nouns=Phrases.of(w.get("state_noun", [])),
        state_nouns_bare=lights("state_noun_bare") if "state_noun_bare" in w else frozenset(),
        demonym_suffixes=tuple(sorted(w.get("demonym_suffix", []), key=len, reverse=True)),
        stem_tails=tuple(by.get("demonym_suffix", {}).get("stem_tails", [""])),
        group_after=lights("group_after") if "group_after" in w else frozenset(),
        kin_after=lights("kin_after") | lights("group_after") if "kin_after" in w else frozenset(),
        tribe_after=frozenset(light(x) for x in by.get("kin_after", {}).get("tribal", [])),
        group_before=Phrases.of(w.get("group_before", [])),
        acronym_before=Phrases.of(by.get("acronym_context", {}).get("before", [])),
        acronym_after=lights("acronym_context") if "acronym_context" in w else frozenset(),
        acronym_skip=frozenset(w.get("acronym_skip", [])),
        descriptors=Phrases.of([x for k in _DESCRIPTORS for x in w.get(k, [])]),
        descriptor_types={_keys(x): by[k].get("type", "ORG") for k in _DESCRIPTORS if k in by
                          for x in w[k]},
        media_after=lights("media_after") if "media_after" in w else frozenset(),
        media_prefix=Phrases.of(w.get("media_prefix", [])),
        camel_name_prefixes=lights("camel_name_prefix") if "camel_name_prefix" in w else frozenset(),
        media_words=lights("media_word") if "media_word" in w else frozenset(),
        partitive=frozenset(w.get("partitive", [])),
        hyphen_links=frozenset(w.get("hyphen_link", [])),
        vessel_prefix=frozenset(w.get("vessel_prefix", [])),
        place_prefixes={light(x): light(by["place_name_prefix"].get("expand", {}).get(x, x))
                        for x in w.get("place_name_prefix", [])},
        place_articles=lights("place_name_article") if "place_name_article" in w else frozenset(),
    )


_DESCRIPTORS = ("org_descriptor", "media_descriptor", "vessel_descriptor")


_COMMON: dict[str, float] = {}      # word -> Zipf frequency


def is_common_word(word: str, threshold: float = 3.6) -> bool:
    """Whether ``word`` lowercased is an everyday English word ("Police", "Mobile", "Reading").

    Asked lazily, word by word, and remembered."""
    zipf = _COMMON.get(word)
    if zipf is None:
        zipf = _zipf(word)
    return zipf >= threshold


def _zipf(word: str) -> float:
    # remember the frequency, not the verdict: callers ask with different thresholds. Keyed by
    # the word as written too, which spares the lowercasing on the next call.
    lw = word.lower()
    zipf = _COMMON.get(lw)
    if zipf is None:
        # wordfreq's value, read from the list the glue repair loads anyway; wordfreq itself (its
        # tokenizer costs ~0.2 s to import) only for words it would split or normalise
        zipf = zipf_frequency(lw)
        if zipf is None:
            from wordfreq import zipf_frequency as tokenized_zipf
            zipf = tokenized_zipf(lw, "en")
        if len(_COMMON) > 400_000:
            _COMMON.clear()
        _COMMON[lw] = zipf
    _COMMON[word] = zipf
    return zipf
