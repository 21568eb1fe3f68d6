"""Who claims a figure (its period is ``claims.periods``).

Claimant: "according to X", "X said/reported/claimed", "said X", "X's figures show": the actor
mention nearest to the number that one of these constructions names.
"""
from __future__ import annotations

import re

from sitrep.actors.forces import force_body
from sitrep.claims.lexicon import Lexicon
from sitrep.model import Mention

CLAIMANT_TYPES = frozenset({"PERSON", "ORG", "MEDIA", "GPE", "NORP"})
_SUBJECT_GAP = re.compile(r"(?:\)|\s*\([^()\n]{1,30}\))?(?:,\s*(?:however|though|meanwhile|in turn|for its part),)?"
                          r"(?:(?:['’]s?)?(?:\s+[\w-]+){0,3}\s+$|\s+$)")
_AFTER_SAY = re.compile(r"\s+(?:(?:the|a|an)\s+)?$")
_RANK = {"MEDIA": 0, "ORG": 0, "PERSON": 0, "GPE": 1, "NORP": 2}
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
        if m.start >= lo and m.end <= c2 and _TITLE_GAP.fullmatch(text, lo, m.start) and not text[m.end:c2].strip():
            return m                        # the appositive is the name itself ("Maître Agbor Ngu")
    if c1 < 0:
        return None
    m = next((m for m in ms if m.end <= c1 and not text[m.end:c1].strip()), None)
    if m is not None and m.type == "GPE" and _PLACE_PREP.search(text, max(s0, m.start - 12), m.start):
        return None                         # "a lawyer in Buea, ..., said": where the speaker is
    return m


def _unnamed_subject(text: str, s0: int, s1: int, vs: int, ve: int,
                     lex: Lexicon) -> tuple[str, str, int] | None:
    """("police", role, start) for an unnamed source next to a say-verb: "police said", "said
    the army"."""
    m = lex.claimant_noun_before.search(text, max(s0, vs - 40), vs)
    if m is not None:
        # "two health workers and a resident told ...": the first of the sources names them
        j = _AND_BACK.search(text, max(s0, m.start() - 8), m.start())
        first = lex.claimant_noun_before.search(text, max(s0, j.start() - 40), j.start() + 1) if j else None
        if first is not None:
            m, vs = first, j.start() + 1
        # the words only: "The army (SEDENA)", "The army, however,"
        parts = _TOKEN.findall(text, m.start(), vs)
        for k in range(len(parts), 0, -1):   # without a trailing "also", "had"
            cand = " ".join(parts[:k]).lower()
            if cand in lex.claimant_nouns:
                return _bare(" ".join(parts[:k])), lex.claimant_nouns[cand], m.start()
    a = lex.claimant_noun_after.match(text, ve, s1)
    if a is not None:
        name = a.group("n")
        return _bare(name), lex.claimant_nouns[" ".join(name.lower().split())], a.start("n")
    return None


def _bare(name: str) -> str:
    """The source without its article: "The army" -> "army", as "according to the army" gives."""
    head, _, rest = name.partition(" ")
    return rest if rest and head.lower() in ("the", "a", "an") else name


_AND_BACK = re.compile(r"\s+and\s+$")
# blanks, or one capitalised title word, between an appositive's comma and the name
_TITLE_GAP = re.compile(r"\s*(?:[A-Z][\w.’'-]*\.?\s+)?")
# a place named after one of these is where the speakers are, not a speaker
_PLACE_PREP = re.compile(r"(?i)\b(?:near|in|at|outside|around|from|inside|across)\s+(?:the\s+)?$")
_TOKEN = re.compile(r"[\w'’-]+")
_THAT = re.compile(r"\s+(?:that\s+)?")
_CLAUSE_END = re.compile(r"[.;:!?\"“”]")
# "an attack claimed by X": who did the attack, not who states a figure
_PARTICIPLE_BY = re.compile(r"(?i:claimed|announced|reported|documented|recorded|carried\s+out)\s+by\s")
# an outlet passing on another's figure: "security sources quoted by AFP" are the claimant
_RELAY = re.compile(r"(?i:quoted|cited|relayed)\s+by\s")
_WORD_BACK = re.compile(r"([A-Za-z-]+),?\s+$")     # "The attack, claimed by X,"


def claimants(text: str, low_text: str, sent: tuple[int, int], ms: list[Mention],
              lex: Lexicon, resolve_role=None, unit_ends: tuple[int, ...] = ()) -> list[tuple[int, int | None, str]]:
    """Every (position, actor, name) a claim in this sentence could be attributed to.

    ``ms`` are the claimant-typed mentions inside the sentence, in text order; ``low_text`` is
    the text in lower case. ``resolve_role(role)`` gives the document's actor of a role ("the
    army" said it: the army the document names), or None. ``unit_ends``: where the counted
    units of the sentence's figures end ("seven fighters| of the ADF").
    """
    s0, s1 = sent
    found: list[tuple[int, int | None, str]] = []
    named_end = -1                         # end of the last say-verb with a named subject
    for vs, ve, low in cue_tokens(text, low_text, lex, s0, s1):
        if low in lex.responsibility_verbs and _claims_an_act(text, s0, s1, vs, ve, lex, unit_ends):
            continue
        if low in lex.attribution_first:
            a = lex.attribution_re.match(text, vs, s1)
            if a is not None and _PARTICIPLE_BY.match(text, vs):
                w = _WORD_BACK.search(text, max(s0, vs - 30), vs)
                head = lex.heads.get(w.group(1).lower()) if w else None
                if head is not None and head.cls == "event":
                    continue
            if a is not None and found and _RELAY.match(text, vs) and a.start() - found[-1][0] <= 80 \
                    and not _CLAUSE_PUNCT.search(text, found[-1][0], a.start()):
                continue                   # "according to security sources quoted by AFP": the sources
            if a is not None:
                lo = a.end()
                relay = _RELAY.search(text, lo, min(s1, lo + 40))
                near = [m for m in ms if lo <= m.start <= lo + 40 and not _CLAUSE_PUNCT.search(text, lo, m.start)
                        and (relay is None or m.start < relay.start())]
                if near:
                    m = min(near, key=lambda m: (_RANK.get(m.type, 3), m.start))
                    people = _people_of(text, m, lex) if m.type in ("NORP", "GPE") else None
                    found.append((a.start(), None, people) if people else (a.start(), m.local, m.text))
                else:
                    name = _NAME_AFTER.match(text[lo:relay.start() if relay is not None else s1])
                    if name and name.group().strip():
                        appo = _apposition(text, lo + name.end(), ms)
                        found.append((a.start(), *appo) if appo is not None
                                     else (a.start(), None, name.group().strip()))
                continue
        if low in lex.say and ms:
            subj = None
            for m in ms:                   # the subject: the last mention closely before the verb
                if m.end > vs:
                    break
                if vs - m.end <= 40 and _SUBJECT_GAP.fullmatch(text, m.end, vs):
                    subj = m
            if subj is not None and subj.type == "GPE" and _PLACE_PREP.search(text, max(s0, subj.start - 12), subj.start):
                subj = None                # "residents of a village near Djibo say": a place, not who says
            if subj is not None:
                subj = _outside_relative(text, s0, subj, ms)
                if isinstance(subj, str):  # "Separatist fighters ... who are holding X say"
                    found.append((vs, None, subj))
                    named_end = ve
                    continue
            if subj is None and low not in lex.say_object:   # inverted: '..., said the Health Ministry'
                subj = next((m for m in ms if ve <= m.start <= ve + 8 and _AFTER_SAY.fullmatch(text, ve, m.start)), None)
            if subj is None:
                subj = _appositive_subject(text, s0, vs, ms)
            if subj is None and _PARTICIPLE_CUE.search(text, max(s0, vs - 4), vs) and low.endswith("ing"):
                # "X replied that ..., insisting that only 300 had moved": the participle's
                # subject is the sentence's, already found or the name opening the sentence
                prior = [f for f in found if f[0] < vs]
                if prior:
                    found.append((vs, prior[-1][1], prior[-1][2]))
                    named_end = ve
                    continue
                subj = _main_subject(text, s0, vs, ms)
            people = _people_of(text, subj, lex) if subj is not None and subj.type in ("NORP", "GPE") else None
            if people:
                found.append((vs, None, people))
                named_end = ve
                continue
            if subj is not None:
                found.append((vs, subj.local, subj.text))
                named_end = ve
                continue
        if low in lex.say:
            unnamed = _unnamed_subject(text, s0, s1, vs, ve, lex)
            # "Bahati said residents had counted 25": the residents are his, the figure too
            if unnamed is not None and not (named_end >= 0 and _THAT.fullmatch(text, named_end, unnamed[2])):
                actor = resolve_role(unnamed[1]) if resolve_role is not None else None
                if actor is not None and _counted_group(text, ms, actor, unit_ends):
                    actor = None
                found.append((vs, actor.local, actor.text) if actor is not None else (vs, None, unnamed[0]))
    return found


# "the bombing, which Islamic State claimed.": the relative pronoun before the verb is its object
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+[^,;:.()\"“”]{0,50}$")


_PARTICIPLE_CUE = re.compile(r",\s*$")
_FIRST_LOWER = re.compile(r"(?<![\w'’-])[a-z]")


def _main_subject(text: str, s0: int, vs: int, ms: list[Mention]) -> Mention | None:
    """The name that opens a sentence as its subject ("Serbian Defence Minister Bratislav Gasic
    replied ..."): the last mention before the sentence's first lower-case word, right before it."""
    w = _FIRST_LOWER.search(text, s0, vs)
    if w is None:
        return None
    subj = None
    for m in ms:
        if m.end > w.start():
            break
        if not text[m.end:w.start()].strip():
            subj = m
    return subj


def _claims_an_act(text: str, s0: int, s1: int, vs: int, ve: int, lex: Lexicon,
                   unit_ends: tuple[int, ...]) -> bool:
    """Whether a claim-verb claims an act or responsibility, not a figure ("Islamic State claims
    attack", "which the group claimed"); "claimed two attacks" counts acts and stays a claim."""
    m = lex.responsibility_re.match(text, ve, s1) if lex.responsibility_re is not None else None
    if m is None or any(ve < e <= m.end() for e in unit_ends):
        return False
    return m.group("end") is None or _RELATIVE_BEFORE.search(text, s0, vs) is not None


_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?")
# a relative clause open before a mention: "fighters who are holding a New Zealand pilot say"
_RELATIVE_OPEN = re.compile(r"(?i)\b(?:who|whom|which)\s[^,;:.()\"“”]*$")
# the head of a clause's subject: words up to its first preposition ("Separatist fighters| in ...")
_HEAD_NP = re.compile(r"\s*((?:[\w'’-]+\s+){0,2}?[A-Za-z'’-]+s)(?=\s+(?:in|of|from|near|at|on|who|which|whom)\b)")
_BEFORE_RELATIVE = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*$")


def _outside_relative(text: str, s0: int, subj: Mention, ms: list[Mention]) -> Mention | str | None:
    """The subject of a say-verb, not a name inside a relative clause before it ("separatist
    fighters who are holding a New Zealand pilot say": not New Zealand): the named body the
    clause is about, else the head noun phrase as written ("Separatist fighters"), else None."""
    rel = _RELATIVE_OPEN.search(text, max(s0, subj.start - 60), subj.start)
    if rel is None:
        return subj
    head = None
    for m in ms:
        if m.end > rel.start():
            break
        if m.type != "GPE" and _BEFORE_RELATIVE.fullmatch(text, m.end, rel.start()):
            head = m
    if head is None:
        lo = max(s0, text.rfind(",", s0, rel.start()) + 1, text.rfind("\n", s0, rel.start()) + 1)
        np = _HEAD_NP.match(text, lo, rel.start())
        return np.group(1) if np is not None else None
    return head


def _counted_group(text: str, ms: list[Mention], actor: Mention, unit_ends: tuple[int, ...]) -> bool:
    """"seven fighters of the Ambazonia Defence Forces, the military said": the body the
    sentence counts the dead of is not the military that gives the count."""
    key = actor.local if actor.local >= 0 else actor.key
    for m in ms:
        if (m.local if m.local >= 0 else m.key) != key:
            continue
        for e in unit_ends:
            g = _OF_GROUP.match(text, e)
            if g is not None and g.end() == m.start:
                return True
    return False


_APPOSITION = re.compile(r",\s+")
_CAPS_NAME = re.compile(r"([A-Z][\w'’-]+(?:\s+(?:de\s+|del\s+|al-|van\s+)?[A-Z][\w'’-]+){1,4})\s*(?=[.,;)]|$)")
_NOUN_AFTER = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)")


def _apposition(text: str, pos: int, ms: list[Mention]) -> tuple[int | None, str] | None:
    """"according to the municipal secretary of public security, Ana Ruiz": the person the
    description before the comma names (actor, name); a capitalised name the actor finder
    did not take is still the claimant's name."""
    c = _APPOSITION.match(text, pos)
    if c is None:
        return None
    m = next((m for m in ms if m.start == c.end() and m.type == "PERSON"), None)
    if m is not None:
        return (m.local if m.local >= 0 else None), m.text
    n = _CAPS_NAME.match(text, c.end())
    return (None, n.group(1)) if n is not None else None


def _people_of(text: str, m: Mention, lex: Lexicon) -> str | None:
    """"Pakistani officials": an unnamed source of a people or country, named as written (the
    people is not the source); None when no claimant noun follows the mention."""
    a = _NOUN_AFTER.match(text, m.end)
    if a is None:
        return _institution_of(text, m, lex)
    words = a.group(1).split()
    for k in (2, 1):
        if len(words) < k:
            continue
        phrase = " ".join(words[:k])
        # any source noun: "Palestinian health ministry" names the ministry ("the health ministry")
        if phrase in lex.claimant_nouns or (k == 2 and "the " + phrase in lex.claimant_nouns):
            return f"{m.text} {phrase}"
    return None


# "Libya's Health Ministry said": the institution of the country speaks, not the country
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


def _institution_of(text: str, m: Mention, lex: Lexicon) -> str | None:
    """The unnamed institution a country's possessive introduces ("Sudan's health ministry"),
    as written; a single lowercase word ("Lebanon's government") leaves the country the source."""
    a = _POSSESSIVE_AFTER.match(text, m.end)
    if a is None:
        return None
    for k in (2, 1):
        words = [w for w in a.groups()[:k] if w]
        if len(words) < k:
            continue
        phrase = " ".join(words).lower()
        role = lex.claimant_nouns.get(phrase) or lex.claimant_nouns.get("the " + phrase)
        # a force ("Mali's defence ministry", "Mali's military") speaks for itself; a single
        # lowercase "other" word ("Lebanon's government") leaves the country the source
        if role is not None and (k == 2 or role != "other" or words[0][0].isupper()):
            return text[m.start:a.end(k)]
    return None


def role_resolver(mentions: list[Mention], lex: Lexicon | None = None):
    """``resolve(role)``: the document's actor of a claimant role ("army", "police", "defence
    ministry": the names of ``force_words.json`` entries), by ``sitrep.actors.forces``' rule;
    None if the role is none of them or the document names no such body (or several equally).
    "monitor": the one monitoring group the document names ("the Britain-based monitor")."""
    def resolve(role: str) -> Mention | None:
        if role == "monitor":
            return _monitor(mentions, lex.monitor_names if lex is not None else ())
        return force_body(mentions, role)

    return resolve


def _monitor(mentions: list[Mention], names: tuple[str, ...]) -> Mention | None:
    found = [m for m in mentions if m.type in ("ORG", "MEDIA") and any(w in m.text.lower() for w in names)]
    keys = {m.local if m.local >= 0 else m.key for m in found}
    return found[0] if len(keys) == 1 else None


# "X said after the talks, which came four days after a police officer was killed": a relative
# clause on the occasion of the saying is the writer's, not X's ("X said the attack, which
# killed 12" stays X's: the clause is inside what X said)
_RELATIVE_CLAUSE = re.compile(r"[A-Za-z]+\s+(?:after|before|during|following|at|ahead\s+of)\s"
                              r"[^,;:\"“”]{1,60},\s+which\s")


def nearest_claimant(found: list[tuple[int, int | None, str]], pos: int,
                     text: str | None = None) -> tuple[int | None, str | None]:
    if found and text is not None:
        found = [f for f in found if f[0] > pos or _RELATIVE_CLAUSE.match(text, f[0], pos) is None]
    if not found:
        return None, None
    _, local, name = min(found, key=lambda f: abs(f[0] - pos))
    return (local if local is not None and local >= 0 else None), name
