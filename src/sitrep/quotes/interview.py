"""Question-and-answer interviews: the answers are the interviewee's words, without quote marks.

Two transcript layouts:

  - role labels: "Q: Who was behind the attack?" / "A: The group claimed it." The answers are
    spoken by the interviewee, named where the introduction says who was interviewed ("We spoke
    to Dr X", "X talked to us") or, failing that, by the one person the introduction names;
  - name labels: "MARTINEZ: We lost the bridge." The label names the speaker (a person the text
    mentions); a label whose turns are mostly questions is the interviewer and is skipped.

Questions are the interviewer's and are not quotes. A quote in a headline opening the text with
no attribution of its own ('Interview: "..." - security analyst on ...') is the interviewee's. An unlabelled paragraph between an answer and
the next label continues the answer. An answer holding quote marks keeps those quotations (read
by the usual attribution) and gives only its words before them. A layout needs both roles (a
question and an answer label, or two name labels one of which asks), so a lone "UPDATE:" or
"Note:" paragraph is never a transcript.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sitrep.knowledge import load
from sitrep.model import Mention
from sitrep.nlp.phrases import phrase_regex
from sitrep.quotes.attribution import Attribution
from sitrep.quotes.cues import cues
from sitrep.quotes.speakers import MentionIndex, Speaker, named_speaker

# an opening single mark, not a closing one: "the districts' civilians" is a possessive
_MARKS = re.compile(r"[“”„\"«»]|(?<![\w])['‘](?=\w)")
# the words of a line before a colon that make it a label: "Q", "RANA", "Amir Rana"
_LABEL_HEAD = re.compile(r"[ \t]*[*_]{0,2}[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}[*_]{0,2}[ \t]*")
_LABEL_REACH = 40
# a capitalised label of up to four words before a colon: "RANA:", "Amir Rana:", "Q:"
_NAME_LABEL = re.compile(r"[*_]{0,2}([A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3})[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[A-Z\"'“‘(])")
# what may stand between "spoke to" and the interviewee's name: titles and describing words
# ("Dr", "the Pakistani security analyst"), not a preposition that makes the name someone else's
# ("a neighbour of X")
_GAP = re.compile(r"\s*(?:(?!(?:of|for|from|with|and|or|about|at|in|on|to|by|near|whose|who|where|than)\b)"
                  r"[\w'’\-]+\.?\s+){0,5}")
_STOP = re.compile(r"[.!?;:]\s")
_INTRO_REACH = 60          # characters after "spoke to" where the interviewee's name may start
_MIN_WORDS = 3
_HEADLINE_WORDS = 30


@dataclass(frozen=True, slots=True)
class _Knowledge:
    label: re.Pattern          # a role label opening a paragraph
    roles: dict[str, str]      # folded label -> "question" | "answer"
    intro: re.Pattern          # "spoke to", "interviewed", ...
    subject_phrases: frozenset[str]    # those whose subject may be the interviewee ("X spoke to us")


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    roles: dict[str, str] = {}
    intros: list[str] = []
    subject: set[str] = set()
    for e in load("quote_cues.json"):
        if e["kind"] == "interview_label":
            roles.update({w.casefold(): e["role"] for w in e["words"]})
        elif e["kind"] == "interview_intro":
            intros.extend(e["words"])
            if e.get("subject"):
                subject.update(w.casefold() for w in e["words"])
    words = "|".join(sorted(map(re.escape, roles), key=len, reverse=True)) or r"(?!)"
    label = re.compile(rf"[*_]{{0,2}}({words})[*_]{{0,2}}[ \t]*[:.][*_]{{0,2}}[ \t]+(?=\S)", re.I)
    intro = re.compile(rf"\b(?:{phrase_regex(intros)})\b" if intros else r"(?!)", re.I)
    return _Knowledge(label, roles, intro, frozenset(subject))


@dataclass(slots=True)
class _Turn:
    para: int
    body: int                  # where the words after the label start
    label: str                 # as written, with its colon: "A:", "RANA:"
    role: str                  # "question", "answer", or "name"
    key: str                   # folded label


class Transcript(NamedTuple):
    answers: list[tuple[int, int, int, Attribution | None, str]]   # paragraph, start, end, attribution, cue
    interviewee: Speaker | None      # who answers a Q/A transcript, when the text names them
    first_turn: int                  # the paragraph of the first label (the introduction ends there)


_NONE = Transcript([], None, 0)


def interview_quotes(text: str, paras: list[tuple[int, int]], idx: MentionIndex,
                     title: str | None = None) -> Transcript:
    """Every interview answer (paragraph, start, end, attribution, cue), the attribution None
    when the interviewee is not named; and the interviewee."""
    if not _may_be_transcript(text):
        return _NONE
    k = _knowledge()
    turns = _turns(text, paras, k)
    if not turns:
        return _NONE
    roles = {t.role for t in turns}
    interviewee = None
    if "question" in roles and "answer" in roles:
        turns = [t for t in turns if t.role != "name"]
        interviewee = _interviewee(text, paras, turns[0].para, idx, k, title)
        speakers = {"answer": interviewee}
        keep = {"answer"}
    elif "question" in roles:
        # a briefing: "QUESTION:" turns, answered under the answerer's name or role
        # ("SPOKESPERSON:", "MARTINEZ:")
        turns = [t for t in turns if t.role != "answer"]
        speakers, keep = _labelled_answers(text, paras, turns, idx)
    else:
        speakers, keep = _name_speakers(text, paras, turns, idx)
        if not keep:
            return _NONE
    out = []
    for i, t in enumerate(turns):
        key = t.role if t.role != "name" else t.key
        if key not in keep:
            continue
        last = turns[i + 1].para if i + 1 < len(turns) else t.para + 1
        sp = speakers.get(key)
        label_start = paras[t.para][0]
        att = Attribution(sp, t.label, label_start, label_start + len(t.label)) if sp is not None else None
        for pi in range(t.para, last):
            a = t.body if pi == t.para else paras[pi][0]
            b = _answer_end(text, a, paras[pi][1])
            if b is not None and len(text[a:b].split()) >= _MIN_WORDS:
                out.append((pi, a, b, att, t.label))
    return Transcript(out, interviewee, turns[0].para)


def headline(text: str, para: tuple[int, int]) -> bool:
    """Whether a paragraph reads as a headline: short, and not ending a sentence with a full stop
    ('Interview: "..." - security analyst on the bombing')."""
    a, b = para
    body = text[a:b].rstrip()
    return "\n" not in body and len(body.split()) <= _HEADLINE_WORDS and not body.endswith(".")


def _may_be_transcript(text: str) -> bool:
    """Whether two lines open with a label: a cheap test (news text has few colons) that spares
    most documents the paragraph scan."""
    if "\nQ. " in text or text.startswith("Q. "):
        return True
    found = 0
    i = text.find(":")
    while i != -1:
        line = text.rfind("\n", 0, i) + 1
        if i - line <= _LABEL_REACH and _LABEL_HEAD.fullmatch(text, line, i):
            found += 1
            if found == 2:
                return True
        i = text.find(":", i + 1)
    return False


def _turns(text: str, paras: list[tuple[int, int]], k: _Knowledge) -> list[_Turn]:
    """Every labelled paragraph, in order; empty unless the labels make a transcript."""
    turns: list[_Turn] = []
    for pi, (a, b) in enumerate(paras):
        if text.find(":", a, min(b, a + _LABEL_REACH + 8)) == -1 and text.find(".", a, a + 14) == -1:
            continue           # no label: the test costs less than the two matches
        m = k.label.match(text, a, b)
        if m:
            turns.append(_Turn(pi, m.end(), text[a:m.end()].strip(" \t*_"), k.roles[m.group(1).casefold()],
                               m.group(1).casefold()))
            continue
        m = _NAME_LABEL.match(text, a, b)
        if m and text[m.end(1):m.end()].lstrip(" \t*_").startswith(":"):
            turns.append(_Turn(pi, m.end(), text[a:m.end()].strip(" \t*_"), "name", m.group(1).casefold()))
    if len(turns) < 2:
        return []
    return turns


def _answer_end(text: str, a: int, b: int) -> int | None:
    """The end of an answer's own words in ``text[a:b]``: the paragraph, or its sentences before
    the first one holding quote marks (those quotations are attributed on their own)."""
    while b > a and text[b - 1].isspace():
        b -= 1
    mark = _MARKS.search(text, a, b)
    if mark is None:
        return b
    end = None
    for m in _SENTENCE_END.finditer(text, a, min(b, mark.start() + 2)):   # the look-ahead sees the mark
        end = m.end()
    return end


def _interviewee(text: str, paras: list[tuple[int, int]], first_turn: int, idx: MentionIndex,
                 k: _Knowledge, title: str | None = None):
    """The person the introduction says was interviewed; when it has no interview phrase, the one
    person it names."""
    a = paras[0][0] if paras else 0
    b = paras[first_turn][0] if first_turn < len(paras) else len(text)
    introduced = False
    for m in k.intro.finditer(text, a, b):
        introduced = True
        after = [p for p in idx.within(m.end(), min(b, m.end() + _INTRO_REACH)) if p.type == "PERSON"]
        if after and _GAP.fullmatch(text, m.end(), after[0].start) is not None:
            return named_speaker(after[0])
        if m.group().casefold() not in k.subject_phrases:
            continue
        # "Rana spoke to Dawn": the subject before the phrase, in its sentence
        before = [p for p in idx.within(max(a, m.start() - _INTRO_REACH), m.start()) if p.type == "PERSON"]
        if before and not _STOP.search(text, before[-1].end, m.start()):
            return named_speaker(before[-1])
    if introduced:
        return None            # the introduction names the interviewee, by no name we know
    people = {p.local: p for p in idx.within(a, b) if p.type == "PERSON"}
    if len(people) == 1:
        return named_speaker(next(iter(people.values())))
    if not people:
        # "Foreign Ministry Spokesperson X's Response to a Media Query": the titled name the
        # introduction holds, as written, when the actor finder did not name it
        tm = _titled_name().search(text, a, b)
        if tm is not None:
            return Speaker(None, tm.group("name"), tm.start("name"), tm.end("name"), "label")
        tm = _titled_name().search(title) if title else None
        if tm is not None:      # the heading was taken off the text as its title
            return Speaker(None, tm.group("name"), None, None, "label")
    return None


@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern:
    """A person's name after a capitalised title of a person ("Spokesperson", "Minister"),
    closed by a possessive: the author of a briefing's answers, named in its heading."""
    titles = sorted(cues().person_nouns | set(cues().office_titles), key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"\b(?i:{alt})[ \t]+(?P<name>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){{1,2}})(?=['’]s\b)")


def _name_speakers(text: str, paras: list[tuple[int, int]], turns: list[_Turn], idx: MentionIndex):
    """Speakers of name labels that answer: labels naming a mentioned person, not the asker."""
    persons = [m for m in idx.items if m.type == "PERSON"]
    by_key: dict[str, list[_Turn]] = {}
    for t in turns:
        if t.role == "name":
            by_key.setdefault(t.key, []).append(t)
    if len(by_key) < 2 or sum(map(len, by_key.values())) < 3:
        return {}, set()
    askers = {key for key, ts in by_key.items()
              if sum(text[_para_end(text, paras[t.para]) - 1] == "?" for t in ts) * 2 > len(ts)}
    if not askers:
        return {}, set()
    speakers = {}
    for key in by_key.keys() - askers:
        m = _person_for(key, persons)
        if m is not None:
            speakers[key] = named_speaker(m)
    return speakers, set(speakers)


def _labelled_answers(text: str, paras: list[tuple[int, int]], turns: list[_Turn], idx: MentionIndex):
    """Speakers of the name labels of a transcript whose questions carry a question label: every
    name label but an asker's answers, spoken by the person it names, else by the person the
    introduction names with the role it gives ("SPOKESPERSON:" after "... by the Spokesperson,
    Jane Doe"), else by the label itself as the speaker's name."""
    persons = [m for m in idx.items if m.type == "PERSON"]
    by_key: dict[str, list[_Turn]] = {}
    for t in turns:
        if t.role == "name":
            by_key.setdefault(t.key, []).append(t)
    intro_end = paras[turns[0].para][0]
    speakers = {}
    for key, ts in by_key.items():
        if sum(text[_para_end(text, paras[t.para]) - 1] == "?" for t in ts) * 2 > len(ts):
            continue                # the asker's turns
        m = _person_for(key, persons) or _role_person(text, key, intro_end, persons)
        if m is not None:
            speakers[key] = named_speaker(m)
        else:
            label = ts[0].label.rstrip(" \t:*_.")
            name = label.title() if label.isupper() else label
            speakers[key] = Speaker(None, name, paras[ts[0].para][0], paras[ts[0].para][0] + len(label), "label")
    return speakers, set(speakers)


def _role_person(text: str, role: str, intro_end: int, persons: list[Mention]) -> Mention | None:
    """The person the text before ``intro_end`` names with ``role``: in apposition after it
    ("the Spokesperson for the Secretary-General, Jane Doe"; "Spokesperson Jane Doe") or before
    it ("Jane Doe, Spokesperson for ...")."""
    folded = text[:intro_end].lower()
    if len(folded) != intro_end:
        return None             # lower-casing moved the offsets (rare letters): no match
    at = folded.find(role)
    while at != -1:
        end = at + len(role)
        if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
            for p in persons:
                if p.start >= end and p.start - end <= _INTRO_REACH + 20:
                    if _ROLE_GAP.fullmatch(text, end, p.start):
                        return p
                elif p.end <= at and _ROLE_BEFORE.fullmatch(text, p.end, at):
                    return p
        at = folded.find(role, end)
    return None


# between a role and the name in apposition after it: spaces, or a complement then a comma, and
# maybe a rank or title ("the army spokesperson, Colonel Jane Doe")
_ROLE_GAP = re.compile(r"(?:[ \t]+|[^.;:!?\n]{0,80},[ \t]*)(?:[A-Z][a-z]*\.?[ \t]+){0,3}")
_ROLE_BEFORE = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?", re.I)


def _para_end(text: str, para: tuple[int, int]) -> int:
    b = para[1]
    while b > para[0] and text[b - 1].isspace():
        b -= 1
    return b


def _person_for(key: str, persons: list[Mention]) -> Mention | None:
    """The person a label names: its words are the mention's, or its last word the surname."""
    last = key.split()[-1]
    found = None
    for m in persons:
        name = (m.canonical or m.text).casefold()
        if name == key or m.text.casefold() == key:
            return m
        if found is None and name.split()[-1:] == [last]:
            found = m
    return found
