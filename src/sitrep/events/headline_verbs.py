"""Headline present tense: "RSF shells El Fasher market", "Gunmen kill 20 in Zamfara", "US sanctions
militia leader", "Protesters storm parliament".

Headlines and wire leads tell a past act in the simple present and drop articles. Many trigger verbs
have a base or -s form that is also a plural noun ("strikes", "shells", "bombs", "sanctions", "kill",
"fire"), so the lexicon leaves those forms out ("the shells", "Russian strikes"). This module lets them
back in only in the verb's own shape: a subject ends right before the word (a named actor, or a
described group: "gunmen", "Nigerian troops"), the subject opens its clause (no determiner or
preposition before it, which would make it a modifier: "under Houthi fire", "the Russian shells"),
the form agrees with the subject (an adjective of nationality is never a subject: "Israeli strikes
kill"), and an object follows (a name, a number, a noun), not a verb or a preposition ("Gaza
strikes kill 40", "sanctions on Iran"). The lexicon marks these forms ``Spec.headline``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.model import Mention

_SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# what may stand before the subject: the sentence's start, a headline separator, or a clause opener
_OPENS = re.compile(r"(?:^|[,:;|—–(\"“]|\s-|(?<![\w-])(?:and|as|after|while|when|because|since|where|then)\s*)\s*$", re.I)
# a head noun of a described group after its modifiers ("Nigerian troops", "armed men")
_WORD = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
# words that cannot be the object's first word: prepositions, auxiliaries, conjunctions, pronouns
_NOT_OBJECT = frozenset("""on in at of by to for from with against into onto over near after before during amid as
that which who whom whose was were is are be been being has have had will would could should may might
can must do does did and or but not no nor so than then there here it its they them he she we you i
said says say told tells""".split())
_NEXT = re.compile(r"\s+([\w'’-]+)")


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """Plural (and a few collective) nouns that make a described subject: the cue sets of unnamed
    attackers, crowds, armed-group words and held groups, and the ``headline_subjects`` set."""
    words = lexicon().words
    out: set[str] = set()
    for name in ("unnamed_attackers", "protest_crowds", "group_descriptors", "coerced_groups", "headline_subjects"):
        out |= {w.split()[-1] for w in words.get(name, ())}
    return frozenset(out)


def _plural(word: str) -> bool:
    w = word.lower().rstrip("'’")
    return w.endswith("s") and not w.endswith("ss") or w.endswith("men") or w in ("police", "people")


def _subject(text: str, lo_s: int, mentions: list[Mention], start: int) -> tuple[int, bool] | None:
    """Where the subject right before ``start`` begins and whether it is plural, or None."""
    if start <= lo_s or not text[start - 1].isspace():
        return None
    prev = [m for m in mentions if start - 3 <= m.end < start and text[m.end:start].isspace()]
    if prev:
        m = prev[-1]
        if m.type not in _SUBJECT_TYPES:
            return None
        if m.type == "NORP" and not _plural(m.text):
            return None                     # "Israeli strikes", "Russian shells": an adjective
        lo = m.start
        # "Azerbaijan, Armenia sign": a coordinated subject is plural
        first = [o for o in mentions if o.end <= lo and re.fullmatch(r"\s*(?:,|and|&)\s*", text[o.end:lo] or "x")]
        plural = bool(first) or _plural(m.text) and m.type in ("NORP", "ORG")
        if first:
            lo = first[-1].start
        return (lo, plural) if m.type != "NORP" else (lo, True)
    w = _WORD.search(text, max(lo_s, start - 30), start)
    if w is None or w.group(1).lower() not in _group_nouns():
        return None
    lo = w.start(1)
    # modifiers of the described group: a nationality or name ("Nigerian troops"), or lower-case
    # words ("armed men", "suspected jihadists"); a determiner makes a noun phrase no headline has
    mods = [m for m in mentions if m.end <= lo and text[m.end:lo].isspace()]
    if mods:
        lo = mods[-1].start
    else:
        while True:
            p = _WORD.search(text, max(lo_s, lo - 20), lo)
            if p is None or p.group(1)[0].isupper() or p.group(1).lower() in _NOT_OBJECT \
                    or p.group(1).lower() in ("the", "a", "an", "this", "these", "those", "their", "its"):
                break
            lo = p.start(1)
    return lo, _plural(w.group(1))


def headline_verb(text: str, lo_s: int, hi_s: int, mentions: list[Mention], start: int, end: int,
                  form: str) -> bool:
    """Whether the base or -s form at ``start:end`` of the sentence ``text[lo_s:hi_s]`` (whose
    mentions, in order, are ``mentions``) is a headline's verb (see the module doc)."""
    subj = _subject(text, lo_s, mentions, start)
    if subj is None:
        return False
    lo, plural = subj
    if plural != (form == "base"):
        return False                        # "troops kill", "the junta bombs": number agreement
    if not _OPENS.search(text, max(lo_s, lo - 12), lo) and lo != lo_s:
        return False                        # "under Houthi fire", "the army's shells": a modifier
    nxt = _NEXT.match(text, end, min(hi_s, end + 40))
    if nxt is None:
        return False
    word = nxt.group(1)
    low = word.lower()
    if low in _NOT_OBJECT:
        return False                        # "sanctions on Iran", "strikes that killed"
    # a name may look like a verb ("March"): a word some mention starts with is the object
    named = any(m.start == nxt.start(1) for m in mentions)
    if not named and low.endswith("ed"):
        return False                        # "Gaza strikes killed", title case "Gaza Strikes Killed"
    hit = lexicon().table.get(low)
    if not named and hit and any(sp.kind == "verb" for sp in hit):
        return False                        # "Israeli strikes kill 12", "Gaza Strikes Kill 12": the verb comes next
    return True


def drop_stray_forms(text: str, sentences: list[tuple[int, int]], ments: list[Mention], mstarts: list[int],
                     per_sentence: dict[int, list]) -> None:
    """Remove, in place, the hits of ``per_sentence`` (sentence index -> trigger hits) whose every
    reading is a headline form that is no verb where it stands ("at a jail", "the shells"): such a
    stray hit would change how its neighbours are coded. Sentences left without hits are dropped."""
    for i in [i for i, hs in per_sentence.items() if any(all(sp.headline for sp in h[3]) for h in hs)]:
        a, b = sentences[i]
        near = ments[bisect_left(mstarts, a):bisect_left(mstarts, b)]
        hs = [h for h in per_sentence[i] if not all(sp.headline for sp in h[3])
              or headline_verb(text, a, b, near, h[0], h[1], h[3][0].form)]
        if hs:
            per_sentence[i] = hs
        else:
            del per_sentence[i]
