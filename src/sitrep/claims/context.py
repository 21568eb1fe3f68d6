"""A claim's context in its sentence: the period it covers and who claims it.

Period: the time expression next to the number ("31 in September"), else one just before it
("In October, 90 ..."), else the nearest one in the sentence; a month name right after the
number is resolved against the publication date when no time expression covers it.
Claimant: "according to X", "X said/reported/claimed", "said X", "X's figures show": the actor
mention nearest to the number that one of these constructions names.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from sitrep.claims.lexicon import FILE, Lexicon
from sitrep.knowledge import load
from sitrep.model import Mention, TimeExpr

CLAIMANT_TYPES = frozenset({"PERSON", "ORG", "MEDIA", "GPE", "NORP"})
_MONTH_NUM = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH_AFTER = re.compile(
    r"\s+(?:in|during|for|throughout|since|as of|by)\s+(?:(early|late|mid)[- ])?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(\d{4}))?\b")
# between a subject mention and its say-verb: "'s spokesman", " military", " health ministry"
_SUBJECT_GAP = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}\s+$|\s+$")
_AFTER_SAY = re.compile(r"\s+(?:(?:the|a|an)\s+)?$")
# who makes a claim: an outlet, organisation or person before a country or a people
_DIGIT = re.compile(r"\d")
_UNTIL = re.compile(r"\b(to|until|till)\b")
_RANK = {"MEDIA": 0, "ORG": 0, "PERSON": 0, "GPE": 1, "NORP": 2}


def format_period(t: TimeExpr) -> str | None:
    if t.value is None:
        return None
    if t.end_value and t.end_value != t.value:
        if t.text.lower().startswith(("since", "as of", "from")) and not _UNTIL.search(t.text.lower()):
            return f"since {t.value}"
        return f"{t.value}/{t.end_value}"
    if t.text.lower().startswith("since"):
        return f"since {t.value}"
    return t.value


def _month_period(text: str, pos: int, published: str | None) -> str | None:
    m = _MONTH_AFTER.match(text, pos)
    if m is None:
        return None
    month = _MONTH_NUM[m.group(2).lower()]
    if m.group(3):
        year = int(m.group(3))
    elif published and len(published) >= 7 and published[:4].isdigit():
        year = int(published[:4])
        if month > int(published[5:7]):
            year -= 1                      # a month after publication is last year's
    else:
        return None
    value = f"{year:04d}-{month:02d}"
    return f"since {value}" if m.group(0).lstrip().lower().startswith("since") else value


def sentence_timexes(timexes: list[TimeExpr], sent_starts: list[int],
                     sentences: list[tuple[int, int]]) -> dict[int, list[TimeExpr]]:
    """The valued time expressions of each sentence (by index), in text order: one pass per
    document instead of a scan of every expression for every claim."""
    out: dict[int, list[TimeExpr]] = {}
    for t in timexes:
        if not t.value:
            continue
        si = bisect.bisect_right(sent_starts, t.start) - 1
        if si >= 0 and t.end <= sentences[si][1]:
            out.setdefault(si, []).append(t)
    return out


def find_period(text: str, num_start: int, num_end: int, unit_end: int, inside: list[TimeExpr],
                published: str | None) -> str | None:
    """The period a count covers, from the valued time expressions ``inside`` its sentence."""
    best: TimeExpr | None = None
    for t in inside:                       # right after the number or its unit: "31 in September"
        if t.start >= num_end:
            lo = num_end if t.start < unit_end else unit_end
            gap = text[lo:t.start]
            if len(gap) <= 45 and not _DIGIT.search(gap) and ";" not in gap:
                # "300 people since the ceasefire came into force on November 27": a lower bound
                if _SINCE.search(gap) and t.value and not t.end_value and not t.text.lower().startswith("since"):
                    return f"since {t.value}"
                best = t
                break
    if best is None:
        for t in reversed(inside):         # just before: "In October, 90 attacks ..."
            if t.end <= num_start:
                gap = text[t.end:num_start]
                if len(gap) <= 20 and not _DIGIT.search(gap):
                    best = t
                break
    if best is None:
        fallback = _month_period(text, num_end, published) or _month_period(text, unit_end, published)
        if fallback:
            return fallback
    if best is None and inside:
        # a since-clause after the number, away from it, bounds something else ("the latest attack
        # since a ceasefire took hold in late November"), not the count's period
        near = [t for t in inside if t.end <= num_start or not since_clause(text, t)]
        if near:
            best = min(near, key=lambda t: min(abs(t.start - num_end), abs(num_start - t.end)))
    return format_period(best) if best else None


_SINCE = re.compile(r"(?i)\bsince\b")
# "since" opening the clause a time expression ends: "since a ceasefire took hold in"
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\b[^,;:.\d]{0,60}$")


def since_clause(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` dates the start of a since-clause: a lower bound of what the clause bounds."""
    return t.text[:5].lower() == "since" or _SINCE_CLAUSE.search(text, max(0, t.start - 70), t.start) is not None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:on|early|late|earlier|later)\s+)?$")
_WORD_AFTER = re.compile(r",?\s+([A-Za-z]+)")


@lru_cache(maxsize=1)
def _scope_data() -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """(regex of the "since the start of the month" phrases, phrase -> calendar unit, statement verbs)."""
    phrases: dict[str, str] = {}
    verbs: set[str] = set()
    for e in load(FILE):
        if e.get("kind") == "period_start":
            phrases.update({" ".join(k.lower().split()): v for k, v in e["phrases"].items()})
        elif e.get("kind") == "statement_verb":
            verbs.update(w.lower() for w in e["words"])
    rx = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split()))
                                         for p in sorted(phrases, key=len, reverse=True)) + r")\b", re.I) if phrases else None
    return rx, phrases, frozenset(verbs)


def _dates_statement(text: str, t: TimeExpr, s0: int, verbs: frozenset[str]) -> bool:
    """Whether ``t`` dates the act of saying ("said on Tuesday", "said last week", "on Friday
    announced"): that is when the figure was given, not the span it covers."""
    b = _WORD_BEFORE.search(text, max(s0, t.start - 30), t.start)
    if b is not None and b.group(1).lower() in verbs:
        return True
    a = _WORD_AFTER.match(text, t.end)
    return a is not None and a.group(1).lower() in verbs


def _span_start(text: str, sent: tuple[int, int], stated: list[TimeExpr], published: str | None) -> TimeExpr | None:
    """ "since the start of the month", "so far this year": a span from the first day of the
    statement's (else the report's) month, year or week until then, as a time expression."""
    rx, phrases, _ = _scope_data()
    if rx is None:
        return None
    m = rx.search(text, sent[0], sent[1])
    if m is None:
        return None
    ref = next((t.value for t in stated if t.value and len(t.value) == 10), None) or (published or "")[:10]
    try:
        day = date.fromisoformat(ref)
    except ValueError:
        return None
    unit = phrases[" ".join(m.group().lower().split())]
    first = (day.replace(day=1) if unit == "month" else day.replace(month=1, day=1) if unit == "year"
             else day - timedelta(days=day.weekday()))
    return TimeExpr(m.start(), m.end(), "since", first.isoformat(), "range", day.isoformat(), "span_start")


_OF_GAP = re.compile(r"\s+of\s+$")


def _without_part_years(text: str, inside: list[TimeExpr]) -> list[TimeExpr]:
    """"the first nine months of 2024": the year only says which year the part is of; the part
    is the period (the time finder keeps them apart, as TimeML does)."""
    if not any(t.basis == "year part" for t in inside):
        return inside
    out: list[TimeExpr] = []
    for t in inside:
        if out and out[-1].basis == "year part" and _OF_GAP.fullmatch(text, out[-1].end, t.start):
            continue
        out.append(t)
    return out


def statement_only(text: str, sent: tuple[int, int], inside: list[TimeExpr]) -> bool:
    """Whether every time expression of a sentence dates a statement ("Initial reports on
    Thursday had put the number of dead at five"): its figures then date no incident."""
    _, _, verbs = _scope_data()
    return bool(inside) and all(_dates_statement(text, t, sent[0], verbs) for t in inside)


def scoped_timexes(text: str, sent: tuple[int, int], inside: list[TimeExpr],
                   published: str | None) -> list[TimeExpr]:
    """The time expressions of a sentence that may give a count's period: a span phrase ("since the
    start of the month") and the others, without the dates of statements, unless only those are left."""
    _, _, verbs = _scope_data()
    inside = _without_part_years(text, inside)
    stated = [t for t in inside if _dates_statement(text, t, sent[0], verbs)]
    span = _span_start(text, sent, stated, published)
    if not stated and span is None:
        return inside
    ids = {id(t) for t in stated}
    rest = [t for t in inside if id(t) not in ids]
    if span is not None:
        rest.append(span)
        rest.sort(key=lambda t: t.start)
    return rest or inside


_WORDS = re.compile(r"[A-Za-z]+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NAME_AFTER = re.compile(r"[^,.;:()\"“”]{2,60}")
_CLAUSE_PUNCT = re.compile(r"[.;,]")


def cue_tokens(text: str, low: str, lex: Lexicon, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word (a run of ASCII letters) in ``text[lo:hi]`` that may open
    an attribution phrase or is a say-verb, in text order.

    An Aho-Corasick pass over the lower-cased sentence replaces a walk over all its words.
    Attribution phrases are found by a word of three letters or more ("a *tally* by"), and the
    start of the phrase is taken that many words back.
    """
    if len(low) != len(text):              # a rare letter whose lower case is longer
        return [(w.start(), w.end(), w.group().lower()) for w in _WORDS.finditer(text, lo, hi)
                if w.group().lower() in lex.attribution_first or w.group().lower() in lex.say]
    found: dict[int, tuple[int, int, str]] = {}
    n = len(text)
    for end, (word, back) in lex.cue_words.iter(low, lo, hi):
        s, e = end - len(word) + 1, end + 1
        if (s and text[s - 1] in _ASCII_LETTERS) or (e < n and text[e] in _ASCII_LETTERS) \
                or not text[s:e].isascii():
            continue
        for k in back:                     # k words before the anchor word
            if k == 0:
                found[s] = (s, e, word)
                continue
            ws = s
            for _ in range(k):
                j = ws
                while j and text[j - 1].isspace():
                    j -= 1
                if j == ws:
                    break
                i = j
                while i and text[i - 1] in _ASCII_LETTERS:
                    i -= 1
                if i == j:
                    break
                ws = i
            else:
                if ws not in found and ws >= lo:
                    j = ws
                    while j < n and text[j] in _ASCII_LETTERS:
                        j += 1
                    found[ws] = (ws, j, low[ws:j])
    return [found[k] for k in sorted(found)]


def _appositive_subject(text: str, s0: int, vs: int, ms: list[Mention]) -> Mention | None:
    """The subject of a say-verb behind an appositive: "Col. Ali, a spokesman for the army,
    said" (the mention before the appositive) or "a local leader, Jean Bahati, said" (the
    mention that is the appositive)."""
    j = vs
    while j > s0 and text[j - 1].isspace():
        j -= 1
    if j <= s0 or text[j - 1] != ",":
        return None
    c2 = j - 1
    c1 = text.rfind(",", max(s0, c2 - 90), c2)
    lo = c1 + 1 if c1 >= 0 else s0
    if _CLAUSE_END.search(text, lo, c2):
        return None
    for m in ms:
        if m.start >= lo and m.end <= c2 and not text[lo:m.start].strip() and not text[m.end:c2].strip():
            return m                        # the appositive is the name itself
    if c1 < 0:
        return None
    return next((m for m in ms if m.end <= c1 and not text[m.end:c1].strip()), None)


def _unnamed_subject(text: str, s0: int, s1: int, vs: int, ve: int,
                     lex: Lexicon) -> tuple[str, str, int] | None:
    """("police", role, start) for an unnamed source next to a say-verb: "police said", "said
    the army"."""
    m = lex.claimant_noun_before.search(text, max(s0, vs - 40), vs)
    if m is not None:
        phrase = text[m.start():vs].strip()
        words = " ".join(phrase.lower().split())
        for k in range(len(words.split()), 0, -1):   # without a trailing "also", "had"
            cand = " ".join(words.split()[:k])
            if cand in lex.claimant_nouns:
                return _bare(" ".join(phrase.split()[:k])), lex.claimant_nouns[cand], m.start()
    a = lex.claimant_noun_after.match(text, ve, s1)
    if a is not None:
        name = a.group("n")
        return _bare(name), lex.claimant_nouns[" ".join(name.lower().split())], a.start("n")
    return None


def _bare(name: str) -> str:
    """The source without its article: "The army" -> "army", as "according to the army" gives."""
    head, _, rest = name.partition(" ")
    return rest if rest and head.lower() in ("the", "a", "an") else name


_THAT = re.compile(r"\s+(?:that\s+)?")
_CLAUSE_END = re.compile(r"[.;:!?\"“”]")
# "an attack claimed by X": who did the attack, not who states a figure
_PARTICIPLE_BY = re.compile(r"(?i:claimed|announced|reported|documented|recorded|carried\s+out)\s+by\s")
_WORD_BACK = re.compile(r"([A-Za-z-]+)\s+$")


def claimants(text: str, low_text: str, sent: tuple[int, int], ms: list[Mention],
              lex: Lexicon, resolve_role=None) -> list[tuple[int, int | None, str]]:
    """Every (position, actor, name) a claim in this sentence could be attributed to.

    ``ms`` are the claimant-typed mentions inside the sentence, in text order; ``low_text`` is
    the text in lower case. ``resolve_role(role)`` gives the document's actor of a role ("the
    army" said it: the army the document names), or None.
    """
    s0, s1 = sent
    found: list[tuple[int, int | None, str]] = []
    named_end = -1                         # end of the last say-verb with a named subject
    for vs, ve, low in cue_tokens(text, low_text, lex, s0, s1):
        if low in lex.attribution_first:
            a = lex.attribution_re.match(text, vs, s1)
            if a is not None and _PARTICIPLE_BY.match(text, vs):
                w = _WORD_BACK.search(text, max(s0, vs - 30), vs)
                head = lex.heads.get(w.group(1).lower()) if w else None
                if head is not None and head.cls == "event":
                    continue
            if a is not None:
                lo = a.end()
                near = [m for m in ms if lo <= m.start <= lo + 40 and not _CLAUSE_PUNCT.search(text, lo, m.start)]
                if near:
                    m = min(near, key=lambda m: (_RANK.get(m.type, 3), m.start))
                    found.append((a.start(), m.local, m.text))
                else:
                    name = _NAME_AFTER.match(text[lo:s1])
                    if name and name.group().strip():
                        found.append((a.start(), None, name.group().strip()))
                continue
        if low in lex.say and ms:
            subj = None
            for m in ms:                   # the subject: the last mention closely before the verb
                if m.end > vs:
                    break
                if vs - m.end <= 40 and _SUBJECT_GAP.fullmatch(text, m.end, vs):
                    subj = m
            if subj is None:               # inverted: '..., said the Health Ministry'
                subj = next((m for m in ms if ve <= m.start <= ve + 8 and _AFTER_SAY.fullmatch(text, ve, m.start)), None)
            if subj is None:
                subj = _appositive_subject(text, s0, vs, ms)
            if subj is not None:
                found.append((vs, subj.local, subj.text))
                named_end = ve
                continue
        if low in lex.say:
            unnamed = _unnamed_subject(text, s0, s1, vs, ve, lex)
            # "Bahati said residents had counted 25": the residents are his, the figure too
            if unnamed is not None and not (named_end >= 0 and _THAT.fullmatch(text, named_end, unnamed[2])):
                actor = resolve_role(unnamed[1]) if resolve_role is not None else None
                found.append((vs, actor.local, actor.text) if actor is not None else (vs, None, unnamed[0]))
    return found


def role_resolver(mentions: list[Mention], lex: Lexicon):
    """``resolve(role)``: the document's actor of a role, by name parts ("army", "police") of
    its ORG mentions: the one named most often, the first named on a tie; None if it names none."""
    cache: dict[str, Mention | None] = {}

    def resolve(role: str) -> Mention | None:
        if role in cache:
            return cache[role]
        parts = lex.role_names.get(role)
        best = None
        if parts:
            counts: dict[int, list] = {}
            for m in mentions:
                if m.type != "ORG" or m.local < 0:
                    continue
                name = f"{m.text} {m.canonical or ''}".lower()
                if any(p in name for p in parts):
                    entry = counts.setdefault(m.local, [0, m])
                    entry[0] += 1
            if counts:
                best = max(counts.values(), key=lambda e: (e[0], -e[1].start))[1]
        cache[role] = best
        return best

    return resolve


def nearest_claimant(found: list[tuple[int, int | None, str]], pos: int) -> tuple[int | None, str | None]:
    if not found:
        return None, None
    _, local, name = min(found, key=lambda f: abs(f[0] - pos))
    return (local if local is not None and local >= 0 else None), name
