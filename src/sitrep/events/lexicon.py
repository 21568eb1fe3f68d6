"""The event lexicon: triggers and cue words loaded from knowledge files, compiled once per process.

``event_patterns.json`` lists triggers per PLOVER category (verbs with their inflections,
nominalisations, fixed phrases, a few regular expressions tried only where their anchor words occur); ``event_cues.json`` lists the cue
words for negation, modality, clause boundaries and the like; ``event_figures.json`` the casualty
patterns. All matching of triggers goes through one Aho-Corasick automaton over the lower-cased
text, so a document costs one C-speed pass plus a little work per hit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from sitrep.knowledge import load

FORMS = ("base", "3sg", "past", "participle", "ing")


@dataclass(slots=True, frozen=True)
class Spec:
    """One way a trigger string can code an event."""

    action: str
    kind: str                       # verb, noun, phrase, instrument
    form: str                       # base, 3sg, past, participle, pastpart (past = participle), ing, noun, phrase
    lemma: str
    requires: re.Pattern | None = None
    excludes: re.Pattern | None = None
    stop: re.Pattern | None = None
    mode: str | None = None
    window: int = 60
    actor_types: frozenset[str] | None = None      # the actor must be one of these mention types
    excludes_before: re.Pattern | None = None      # must not match the text right before the trigger (window chars)
    voice: str = "active"                          # "passive": the subject underwent the act ("came under fire")
    headline: bool = False                         # a base/-s form kept only in a headline's verb shape


def inflect(lemma: str) -> dict[str, str]:
    """The five forms of a regular English verb (the irregular ones are spelled out in the data)."""
    w = lemma
    vowels = "aeiou"
    if w.endswith("e") and not w.endswith("ee"):
        s3, past, ing = w + "s", w + "d", w[:-1] + "ing"
    elif w.endswith("ee"):
        s3, past, ing = w + "s", w + "d", w + "ing"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in vowels:
        s3, past, ing = w[:-1] + "ies", w[:-1] + "ied", w + "ing"
    else:
        s3 = w + "es" if w.endswith(("s", "x", "z", "ch", "sh")) else w + "s"
        # a short consonant-vowel-consonant verb doubles its last letter: ban -> banned
        if (len(w) <= 4 and len(w) >= 3 and w[-1] not in vowels + "wxy" and w[-2] in vowels
                and w[-3] not in vowels):
            past, ing = w + w[-1] + "ed", w + w[-1] + "ing"
        else:
            past, ing = w + "ed", w + "ing"
    return {"base": w, "3sg": s3, "past": past, "participle": past, "ing": ing}


def verb_forms(term: str) -> dict[str, str]:
    """Forms of a verb phrase.

    "call on" -> its first word inflected ("called on"); "hold|holds|held|held|holding talks" ->
    five spelled forms of the first word, the words after the last form shared; "strike a
    deal|strikes a deal|..." -> five whole phrases.
    """
    if "|" not in term:
        head, _, tail = term.partition(" ")
        return {k: (v + " " + tail if tail else v) for k, v in inflect(head).items()}
    parts = term.split("|")
    if len(parts) != len(FORMS):
        raise ValueError(f"verb forms need {len(FORMS)} parts: {term!r}")
    if " " in parts[0]:
        return dict(zip(FORMS, parts))
    last, _, tail = parts[-1].partition(" ")
    heads = parts[:-1] + [last]
    return {k: (v + " " + tail if tail else v) for k, v in zip(FORMS, heads)}


def _rx(pattern: str | None) -> re.Pattern | None:
    return re.compile(pattern) if pattern else None


def _specs(entry: dict[str, Any]) -> list[tuple[str, Spec]]:
    out: list[tuple[str, Spec]] = []
    action, kind = entry["action"], entry["kind"]
    common = dict(stop=_rx(entry.get("stop")), mode=entry.get("mode"), window=int(entry.get("window", 60)),
                  actor_types=frozenset(entry["actor_types"]) if entry.get("actor_types") else None,
                  excludes_before=_rx(entry.get("excludes_before")), voice=entry.get("voice", "active"))
    for term in entry["terms"]:
        req = _rx(entry.get("requires_of", {}).get(term) or entry.get("requires"))
        exc = _rx(entry.get("excludes_of", {}).get(term) or entry.get("excludes"))
        if kind == "verb":
            forms = verb_forms(term)
            allowed = entry.get("forms_of", {}).get(term) or entry.get("forms") or list(FORMS)
            lemma = forms["base"]
            for name in FORMS:
                # a base or -s form left out because it is also a plural noun ("shells", "strikes")
                # stays a trigger in a headline's verb shape ("RSF shells El Fasher", ``headline_verbs``)
                headline = name not in allowed and name in ("base", "3sg") and entry.get("headline", True) \
                    and " " not in forms[name]
                if name not in allowed and not headline:
                    continue
                text = forms[name]
                form = name
                if name in ("past", "participle") and forms["past"] == forms["participle"]:
                    form = "pastpart"
                out.append((text.lower(), Spec(action, kind, form, lemma, req, exc, headline=headline, **common)))
        else:
            form = "noun" if kind == "noun" else kind
            out.append((term.lower(), Spec(action, kind, form, term, req, exc, **common)))
    return out


class Lexicon:
    """Compiled triggers and cues."""

    def __init__(self, pattern_entries: tuple[dict[str, Any], ...], cue_entries: tuple[dict[str, Any], ...]):
        table: dict[str, list[Spec]] = {}
        anchored: dict[str, list[tuple[re.Pattern, Spec]]] = {}
        for entry in pattern_entries:
            if entry["kind"] == "regex":
                # role "instrument": the match is a weapon doing the act (sitrep.events.instrument)
                kind = "instrument" if entry.get("role") == "instrument" else "phrase"
                for term in entry["terms"]:
                    rx = re.compile(term)
                    spec = Spec(entry["action"], kind, kind, term, _rx(entry.get("requires")), _rx(entry.get("excludes")),
                                stop=_rx(entry.get("stop")), voice=entry.get("voice", "active"),
                                excludes_before=_rx(entry.get("excludes_before")), window=int(entry.get("window", 60)))
                    for word in entry["anchors"]:
                        anchored.setdefault(word.lower(), []).append((rx, spec))
                continue
            for key, spec in _specs(entry):
                bucket = table.setdefault(key, [])
                if spec not in bucket:
                    bucket.append(spec)
        self.table = table
        self.anchored = anchored
        self.automaton = ahocorasick.Automaton()
        for key in set(table) | set(anchored):
            rxs = tuple(anchored.get(key, ()))
            self.automaton.add_word(key, (key, tuple(table.get(key, ())), len(key), rxs, _any_of(rxs)))
        self.automaton.make_automaton()
        self.cues: dict[str, re.Pattern] = {}
        self.pairs: dict[str, dict[str, str]] = {}
        self.words: dict[str, frozenset[str]] = {}
        for entry in cue_entries:
            name = entry["name"]
            if "pairs" in entry:
                self.pairs.setdefault(name, {}).update({a.lower(): b for a, b in entry["pairs"]})
                continue
            terms = list(entry["terms"])
            self.words[name] = self.words.get(name, frozenset()) | frozenset(t.lower() for t in terms)
        for name, terms in self.words.items():
            self.cues[name] = cue_regex(terms)
        self.cues["modes"] = cue_regex(self.pairs.get("modes", {}).keys())
        self.words["modes"] = frozenset(self.pairs.get("modes", {}))
        self.words["pronoun"] = self.words.get("pronouns", frozenset()) | self.words.get("anaphors", frozenset())
        # every cue term of every set in one automaton: a document's cues cost one C-speed pass
        self.cue_automaton = ahocorasick.Automaton()
        owners: dict[str, list[str]] = {}
        for name, terms in self.words.items():
            if name in _NOT_SCANNED or name.startswith("quote_"):
                continue          # quote_* sets are matched inside quotations only (sitrep.events.quoted)
            for t in terms:
                owners.setdefault(" ".join(t.split()), []).append(name)
        for term, names in owners.items():
            self.cue_automaton.add_word(term, (len(term), term[:1].isalnum(), term[-1:].isalnum(), tuple(names)))
        self.cue_automaton.make_automaton()

    def cue_spans(self, lower: str, ranges: list[tuple[int, int]]) -> dict[str, tuple[list[int], list[int]]]:
        """Whole-word matches of every cue set in the ``ranges`` (sorted, disjoint) of ``lower``:
        name -> (starts, ends), sorted, with matches nested in a longer match of the same set
        dropped (as a longest-first regex would)."""
        found: dict[str, list[tuple[int, int]]] = {}
        n = len(lower)
        matches = self.cue_automaton.iter
        for lo, hi in ranges:
            for end, (size, left, right, names) in matches(lower, lo, hi):
                start = end - size + 1
                if left and start > 0:
                    c = lower[start - 1]
                    if c.isalnum() or c == "_" or c == "-":
                        continue
                stop = end + 1
                if right and stop < n:
                    c = lower[stop]
                    if c.isalnum() or c == "_" or c == "-":
                        continue
                span = (start, -stop)               # sorts by start, the longer match first
                for name in names:
                    got = found.get(name)
                    if got is None:
                        found[name] = [span]
                    else:
                        got.append(span)
        out: dict[str, tuple[list[int], list[int]]] = {}
        for name, spans in found.items():
            spans.sort()
            starts: list[int] = []
            ends: list[int] = []
            for a, b in spans:
                b = -b
                if ends and b <= ends[-1]:
                    continue                  # inside the previous (longer) match
                if ends and a < ends[-1]:
                    continue                  # overlaps it: the earlier match wins
                starts.append(a)
                ends.append(b)
            out[name] = (starts, ends)
        for name in _CLAUSE_SETS:
            if name in out:
                out[name] = _drop_adverbial_since(lower, *out[name])
        return out

    def find(self, lower: str) -> list[tuple[int, int, str, tuple[Spec, ...]]]:
        """Trigger hits in ``lower`` (the lower-cased text): whole words, longest match wins."""
        hits = []
        n = len(lower)
        for end, (key, specs, size, anchored, any_anchored) in self.automaton.iter(lower):
            start = end - size + 1
            pre = 0                                          # "re-imposed": the act done again is the act
            if start > 0:
                c = lower[start - 1]
                if c == "-" and _re_prefixed(lower, start):
                    pre = 3
                elif c.isalnum() or c in "-_'’":
                    continue
            if anchored and (any_anchored is None or any_anchored.match(lower, start)):
                for rx, spec in anchored:
                    m = rx.match(lower, start)
                    if m:
                        hits.append((start - pre, m.end(), m.group(0), (spec,)))
            if not specs:
                continue
            stop = end + 1
            if stop < n:
                c = lower[stop]
                if c.isalnum() or c == "-":
                    continue
            hits.append((start - pre, stop, key, specs))
        if len(hits) < 2:
            return hits
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        if all(hits[k][1] <= hits[k + 1][0] for k in range(len(hits) - 1)):
            return hits                                      # nothing overlaps: the usual case
        # a regex and a fixed trigger over the very same words: one hit with both readings, the
        # regex's first, so a reading the context rules out ("gunmen blocked the road" is no
        # protest) leaves the other rather than nothing
        same: dict[tuple[int, int], int] = {}
        merged = []
        for h in hits:
            k = same.get((h[0], h[1]))
            if k is None:
                same[(h[0], h[1])] = len(merged)
                merged.append(h)
            else:
                old = merged[k]
                merged[k] = (old[0], old[1], old[2], old[3] + tuple(sp for sp in h[3] if sp not in old[3]))
        hits = merged
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))         # longest first
        taken = bytearray(n + 1)
        kept = []
        for h in hits:
            if any(taken[h[0]:h[1]]):
                continue
            taken[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
            kept.append(h)
        kept.sort(key=lambda h: h[0])
        return kept


def _re_prefixed(lower: str, start: int) -> bool:
    """Whether the word at ``start`` carries a hyphenated "re-" of its own ("re-imposed", "re-arrested")."""
    return start >= 3 and lower[start - 3:start] == "re-" and (
        start == 3 or not (lower[start - 4].isalnum() or lower[start - 4] in "-_'’"))


# cue sets the coder reads through regexes of their own (roles.patterns), not through cue_spans
_NOT_SCANNED = frozenset({"custody_lemmas", "headline_subjects", "statement_retelling", "people_nouns", "prepositions", "location_prepositions", "pronouns", "anaphors", "modifier_suffixes",
                          "modifier_prefixes", "expletive_after_it", "origin_verbs", "group_descriptors",
                          "facility_heads", "frontier_heads", "unnamed_attackers", "unnamed_attacker_modifiers", "protest_crowds",
                          "incident_intervals", "group_anaphors", "intergovernmental_bodies"})


def _any_of(anchored) -> re.Pattern | None:
    """One regex matching where any of an anchor word's several regexes matches: most anchor words
    ("said", "warned") start no phrase, and one failed match costs less than one per regex.
    None when there is at most one regex or they do not combine (group names or references)."""
    if len(anchored) < 2 or any(re.search(r"\\[1-9]|\(\?P[<=]|\(\?[aiLmsux]+\)", rx.pattern) for rx, _ in anchored):
        return None
    flags = {rx.flags for rx, _ in anchored}
    if len(flags) != 1:
        return None
    try:
        return re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in anchored), flags.pop())
    except re.error:
        return None


def cue_regex(terms) -> re.Pattern:
    """One regex matching any of ``terms`` as whole words, longest first; match it on lower-cased text.

    The word-boundary checks sit outside one alternation so the regex engine can skip quickly over
    text that starts no term.
    """
    groups: dict[tuple[bool, bool], list[str]] = {}
    for t in sorted({t.lower() for t in terms}, key=len, reverse=True):
        groups.setdefault((t[:1].isalnum(), t[-1:].isalnum()), []).append(re.escape(t).replace(r"\ ", r"\s+"))
    parts = []
    for (left, right), alts in groups.items():
        parts.append((r"(?<![\w-])" if left else "") + "(?:" + "|".join(alts) + ")" + (r"(?![\w-])" if right else ""))
    return re.compile("|".join(parts) or r"(?!x)x")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(load("event_patterns.json"), load("event_cues.json"))


_CLAUSE_SETS = ("clause_left", "clause_right")
# "authorities have since detained scores": after a perfect auxiliary "since" is the adverb
# ("later on"), no subordinator opening a new clause, so the subject before it still acts
_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:has|have|had|having|'ve|’ve)\s+(?:(?:not|also|only|all|largely|mostly)\s+)?$")


def _drop_adverbial_since(lower: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    keep = [k for k in range(len(starts)) if not (
        lower.startswith("since", starts[k]) and ends[k] - starts[k] == 5
        and _PERFECT_BEFORE.search(lower, max(0, starts[k] - 24), starts[k]) is not None)]
    if len(keep) == len(starts):
        return starts, ends
    return [starts[k] for k in keep], [ends[k] for k in keep]
