"""Quoted text that is no quotation: names, terms and titles set in quote marks.

A stretch in marks is a term when the words before it introduce one ("the so-called",
"known as", "dubbed", "a book titled"), when it reads as a name (one to four capitalised words,
no verb, no closing punctuation: "Axis of Resistance") or as a title (a longer run in title case),
or when it is a short fragment no speaker is attributed (scare quotes: its “victory”).
"""
from __future__ import annotations

import re

from sitrep.clean.lexicon import zipf_frequency
from sitrep.quotes.cues import Cues

# words a name or a title may hold in lower case
# (Spanish and Portuguese articles too: 'working for “los Chapos”' is a name, not speech)
_CONNECTORS = frozenset(("of", "the", "and", "for", "al", "el", "al-", "de", "du", "des", "la", "le",
                         "in", "on", "at", "to", "a", "an", "bin", "ibn", "abu", "wa", "van", "von",
                         "der", "di", "da", "&", "-", "or", "with", "by", "from", "los", "las", "del",
                         "dos", "das", "do", "y", "les"))
_WORD = re.compile(r"[^\s]+")
_CLOSING = frozenset(",.!?;:…—–")
_NICK_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’'.-]*\s+$")
_NICK_AFTER = re.compile(r"[”’\"'»]\s+[A-Z][\w’'-]+")


def _name_like(words: list[str]) -> bool:
    caps = 0
    for w in words:
        core = w.strip("()[]'’\"")
        if not core:
            continue
        if core.lower() in _CONNECTORS or core.lower().startswith(("al-", "el-")):
            continue
        if core[0].isupper() or core[0].isdigit():
            caps += 1
            continue
        return False
    return caps > 0


def _title_case(words: list[str]) -> bool:
    major = [w for w in words if w.lower().strip("()'’\"") not in _CONNECTORS]
    if not major:
        return False
    caps = sum(1 for w in major if w[:1].isupper())
    return caps / len(major) >= 0.8


# words opening a predicate, not a title: 'said the operation “achieved its goal”'
_PREDICATE_STARTS = frozenset(("was", "is", "were", "are", "had", "has", "have", "will", "would", "could",
                               "can", "must", "did", "does", "should", "might", "may", "remains", "remained"))
_NAMING_VERB = re.compile(r"(?:titled|entitled|called),?\s+$", re.I)


def _work_title(lead: str, words: list[str], cues: Cues) -> bool:
    """Whether the quoted ``words`` after a work noun ("the book “...”", "the operation “...”")
    are its title. Lower-case words opening with a finite verb are the noun's predicate in the
    speaker's words ("the operation “achieved its goal”"), unless a naming verb introduces them."""
    m = cues.work_intro.search(lead)
    if m is None:
        return False
    first = words[0].strip("'’\"") if words else ""
    predicate = len(words) >= 2 and first[:1].islower() and (
        first in _PREDICATE_STARTS or (first.endswith("ed") and len(first) > 4))
    return not predicate or bool(_NAMING_VERB.search(lead))


# a determiner (and up to two modifiers) before the marks: the quoted words open a noun phrase
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her|this|these|those)(?:\s+[a-z][\w\-]*){0,2}\s+$",
                         re.I)
# the lower-case word right after the closing mark
_NEXT_WORD = re.compile(r"[”’\"'»]?[ \t\u00a0]+([a-z][a-z\-]*)\b")


def _premodifier(text: str, open_at: int, end: int, words: list[str], cues: Cues) -> bool:
    """Whether the quoted ``words`` premodify a label's head noun right after the marks, inside a
    noun phrase a determiner opens ('in an apparent “friendly fire” incident', 'the “security
    belt” project'): a label set in quotes, not speech. Only the nouns such labels qualify count
    (``label_head`` in quote_cues.json): a quote is often followed by a word that only looks like
    a noun ('stick to the “war plan” set with ...')."""
    if len(words) > 3 or not _plain_phrase(words, cues) or any(w.endswith("ed") and len(w) > 4 for w in words):
        return False      # 'the soldiers “held every position” overnight': a predicate, quoted
    if not _DETERMINED.search(text, max(0, open_at - 40), open_at):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in cues.label_heads


# below this Zipf frequency a word is no everyday English (wordfreq lists words down to ~1):
# a lower-case word that rare set in marks is a borrowed label ('eight “khawarij” were killed',
# 'the “sicarios” who'), set apart as the text's term whoever it is attributed to
_FOREIGN_Z = 2.0


# a stem this common makes its derivation English, however rare the whole word
_STEM_Z = 3.0


def _derived(word: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a rare ``word`` is a common English stem with a derivational suffix
    ("neighbourliness", "statehood"): English, not a borrowed word."""
    for suf in suffixes:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[:-len(suf)]
            for form in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem):
                z = zipf_frequency(form)
                if z is not None and z >= _STEM_Z:
                    return True
    return False


def _prefixed(word: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> bool:
    """Whether a rare ``word`` is an English prefix on a common English word ("narcoterrorists")."""
    for pre in prefixes:
        rest = word[len(pre):]
        if word.startswith(pre) and len(rest) >= 4:
            z = zipf_frequency(rest)
            if (z is not None and z >= _STEM_Z) or _derived(rest, suffixes):
                return True
    return False


def _borrowed_label(words: list[str], suffixes: tuple[str, ...] = (), prefixes: tuple[str, ...] = ()) -> bool:
    """Whether one or two lower-case quoted words hold a word English hardly uses."""
    if not 1 <= len(words) <= 2:
        return False
    rare = False
    for w in words:
        if not w[:1].islower():
            return False
        for part in w.strip("'’").split("-"):
            if not part.isalpha():
                return False
            z = zipf_frequency(part.lower())
            if z is not None and z < _FOREIGN_Z and len(part) > 3 and not _derived(part.lower(), suffixes) \
                    and not _prefixed(part.lower(), prefixes, suffixes):
                rare = True
    return rare


# "called “all the sides” to keep ...": "called" is an appeal to the quoted addressees, who are
# asked to do something, not a naming verb
_CALLED = re.compile(r"\bcalled\s+(?:on\s+|upon\s+)?$", re.I)
_APPEAL_TAIL = re.compile(r"[”’\"'»]?[ \t\u00a0]+to[ \t\u00a0]+[a-z]")


def _appeal(lead: str, text: str, end: int, words: list[str]) -> bool:
    """Whether lower-case quoted ``words`` after "called" are the addressees of an appeal."""
    return bool(_CALLED.search(lead)) and all(w[:1].islower() for w in words) \
        and _APPEAL_TAIL.match(text, end) is not None


_SELF_LABEL = re.compile(r"\b(?:its|their)\s+$", re.I)


def _plain_phrase(words: list[str], cues: Cues) -> bool:
    """Lower-case words holding no finite verb: a noun phrase, not a clause."""
    return all(w[:1].islower() and w not in _PREDICATE_STARTS and w.lower() not in cues.verb_forms
               for w in words)


def nickname(text: str, start: int, end: int, open_at: int, cues: Cues) -> bool:
    """Whether the quoted ``text[start:end]`` is a nickname set between a first name and a
    surname: Ahmed “the Fox” Haddad."""
    words = _WORD.findall(text, start, end)
    return 0 < len(words) <= 3 and text[end - 1:end] not in _CLOSING \
        and _NICK_BEFORE.search(text, max(0, open_at - 30), open_at) is not None \
        and _NICK_AFTER.match(text, end) is not None and not any(w.lower() in cues.verb_forms for w in words)


def is_term(text: str, start: int, end: int, open_at: int, attributed: bool, fragment: bool,
            cues: Cues, by_group: bool = False) -> bool:
    """Whether the quoted ``text[start:end]`` is a term, a name or a title rather than a quote.
    ``by_group``: the attributed speaker is a named group or state."""
    content = text[start:end].strip()
    if not content:
        return True
    words = _WORD.findall(content)
    punct_end = content[-1] in _CLOSING
    lead = text[max(0, open_at - 48):open_at]
    if attributed and cues.own_words_intro.search(lead):
        # "denounced what he called the “silence and inaction”": his words, unless a name
        bare = _WORD.findall(content.rstrip(",.")) if punct_end else words
        return not bare or (len(bare) <= 4 and _name_like(bare))
    if not punct_end and (len(words) <= 4 or (len(words) <= 12 and _title_case(words))) \
            and (cues.term_intro.search(lead) or _work_title(lead, words, cues)) \
            and not _appeal(lead, text, end, words):
        return True
    if not punct_end and len(words) <= 4 and _name_like(words):
        return True
    if fragment and not punct_end and (_borrowed_label(words, cues.native_suffixes, cues.native_prefixes)
                                       or _premodifier(text, open_at, end, words, cues)):
        return True
    if by_group and not punct_end and len(words) <= 4 and _SELF_LABEL.search(lead) and _plain_phrase(words, cues):
        # a body's own label for what it does, kept at a distance: Baku says its “local
        # anti-terrorist measures” ended; a term, not a quote. (A person attacking a body "for
        # its “phony polls”" is quoted: the label is his)
        return True
    if not punct_end and nickname(text, start, end, open_at, cues):
        return True
    if not punct_end and 5 <= len(words) <= 12 and fragment and _title_case(words):
        return True
    if fragment and not attributed and len(words) <= 3:
        return True
    # American style keeps the sentence's comma or full stop inside the marks: a name or a title
    # set in a sentence ("on CNN's “State of the Union.”") is still no quote
    if punct_end and content[-1] in ",." and (fragment or not attributed):
        bare = _WORD.findall(content[:-1])
        if bare and ((len(bare) <= 4 and _name_like(bare)) or (3 <= len(bare) <= 12 and _title_case(bare))):
            return True
    return False
