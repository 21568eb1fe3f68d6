"""Where a quote's attribution stands: after it ("..., X said"), before it ("X said: ..."), or
around a fragment in its sentence ("X called for “immediate action”").

Each reader returns the speaker phrase resolved by ``speakers`` (still a pronoun, if the text
uses one) and the cue as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.quotes.cues import Cues
from sitrep.quotes.postposed import phrase_after
from sitrep.quotes.speakers import MentionIndex, Speaker, clause_subject, phrase_before, sentence_subject
from sitrep.quotes.subjects import ADVERBIAL

# sentence-final punctuation that ends the stretch after a quote
_END = re.compile(r"[.!?](?=[\s\"'”’]|$)|\n")
_MAX_SUBJECT_WORDS = 14
_MAX_STRICT_WORDS = 10
_PREPOSITION = re.compile(r"(?:in|on|at|during|to|with|after|before|from|while|when|as|outside|"
                          r"inside|near|via|through|about|late|early|earlier|later|last|this|"
                          r"yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)
_LEAD_SPACE = re.compile(r"[\s,]*")
_HEADLINE = re.compile(r"\s*[:\-–—|]\s*$")
# "“...” ― Amina Bello": a dash and a name after a quote, the epigraph and vox-pop layout
_DASH = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*(?=[A-Z])")
_WORD_BEFORE = re.compile(r"(\w+)$")
# the dash of Spanish-style dialogue, right before a lower-case reporting verb ("», —dijo X")
_DIALOGUE_DASH = re.compile(r"[―—–][ \t\u00a0]*(?=[a-zñáéíóú])")


@dataclass(slots=True)
class Attribution:
    speaker: Speaker
    cue: str | None
    start: int          # the attribution's stretch of text (speaker and cue)
    end: int


def _phrase(m: re.Match) -> str:
    """The cue phrase as a cue: "According to " gives "according to"."""
    return " ".join(m.group().split()).lower()


def _sentence_end(text: str, a: int, limit: int, known: frozenset[str]) -> int:
    """Where the sentence running from ``a`` ends: a full stop after an abbreviation ("Mr.",
    "Sen.") or an initial does not end it."""
    pos = a
    while True:
        m = _END.search(text, pos, limit)
        if not m:
            return limit
        if text[m.start()] == ".":
            w = _WORD_BEFORE.search(text, max(a, m.start() - 8), m.start())
            if w and (w.group(1) in known or (len(w.group(1)) == 1 and w.group(1).isupper())):
                pos = m.end()
                continue
        return m.start()


def after(text: str, close: int, limit: int, fragment: bool, idx: MentionIndex, cues: Cues,
          strict: bool = False, sent_start: int | None = None) -> Attribution | None:
    """An attribution following a quote that closes at ``close`` ("..., X said", "..., said X").

    ``strict``: the quote ended its own sentence, so what follows attributes it only when the
    attribution is the whole of the next sentence ("“We stay.” Ivan Petrov said.").
    ``sent_start``: where the quote's sentence starts, whose subject a participle takes
    ("X held Y responsible for “...”, saying ...")."""
    end = _sentence_end(text, close, limit, cues.abbreviations)
    i = close
    # a bracket closing round the quote ends nothing: '“Nous resterons” (“We will stay”), said X'
    while i < end and text[i] in " \t,\u00a0)]":
        i += 1
    if i >= end:
        return None
    sd = _DIALOGUE_DASH.match(text, i, end)
    if sd:
        i = sd.end()            # "«...», —said Todd.": the Spanish dialogue dash before its cue
    dm = _DASH.match(text, close, end)
    if dm:
        stop = end if end < limit and text[end] == "\n" else min(end + 1, limit)
        if len(text[dm.end():stop].split()) <= 8:
            sp = phrase_before(text, dm.end(), stop, idx, cues)
            return Attribution(sp, None, dm.end(), sp.end or stop) if sp else None
        return None
    am = cues.before_phrase.match(text, _LEAD_SPACE.match(text, close, end).end(), end)
    if am:                                   # "..., according to the ministry"
        sp = phrase_after(text, am.end(), end, idx, cues)
        return Attribution(sp, _phrase(am), i, end) if sp else None
    vm = cues.verb.match(text, i, end)
    if vm and vm.group().endswith("ing"):
        if strict or sent_start is None:
            return None
        sp = sentence_subject(text, sent_start, close, idx, cues)
        cue, cend = cues.cue_at(text, vm.start(), vm.end(), end)
        return Attribution(sp, cue, i, cend) if sp else None
    if vm:                                   # "..., said the minister"
        cue, cend = cues.cue_at(text, vm.start(), vm.end(), end)
        sp = phrase_after(text, vm.end(), end, idx, cues)
        if sp is None or (strict and not _rest_ok(text, max(cend, sp.end or cend), end)):
            return None
        return Attribution(sp, cue, i, max(cend, sp.end or cend))
    nested = _nested(text, i, end, idx, cues)
    if nested is not None and (not strict or _rest_ok(text, nested.end, end)):
        return nested
    for vm in cues.verb.finditer(text, i, end):
        if vm.group().endswith("ing") and not text[i:vm.start()].rstrip().endswith(","):
            # an -ing form right after a phrase is no finite reporting verb: in "“...”, the first
            # such warning for ..." it is a noun, and the phrase before it no speaker (a
            # participle after a comma, "X reports ..., noting", still takes the phrase before)
            continue
        subj_end, passive = _passive_report(text, i, vm, end, cues)
        subject = text[i:subj_end]
        counted = subject.split(",", 1)[0] if subject[:1].isupper() else subject
        if not fragment and len(counted.split()) > (_MAX_STRICT_WORDS if strict else _MAX_SUBJECT_WORDS):
            return None
        sp = phrase_before(text, i, subj_end, idx, cues)
        if sp is None or _SUMMARY.search(subject):
            # "“terrorists”, a charge Paris has always denied": the clause sums up the sentence
            # before it; its subject answers the words, never speaks them
            return None
        if passive is not None:
            cue, cend = " ".join(text[vm.start():passive.end()].split()), passive.end()
        else:
            cue, cend = cues.cue_at(text, vm.start(), vm.end(), end)
        if strict and not _rest_ok(text, cend, end):
            return None
        return Attribution(sp, cue, i, cend)
    if fragment:
        am = cues.before_phrase.search(text, i, end)
        if am:
            sp = phrase_after(text, am.end(), end, idx, cues)
            return Attribution(sp, _phrase(am), am.start(), end) if sp else None
    return None


# a noun summing up the clause before it, with a relative clause of its own: ", a charge X has denied"
_SUMMARY = re.compile(r"(?:^|,)\s*an?\s+[a-z]+\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s+"
                      r"(?:has|have|had|is|was|were|are|always|repeatedly|long)\b")
# "quoted as saying", "quoted by the ISPR as saying": a passive report whose subject is the speaker,
# and whose agent ("by the ISPR") only relays the words
_PASSIVE = re.compile(r"(?:quoted|cited|reported)(?:\s+by\s+[^,;:.!?\n\"“”]{1,60}?)?\s+as\s+", re.I)
_PASSIVE_BY = re.compile(r"by\s", re.I)
_AUX_TAIL = re.compile(r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s*$", re.I)


def _passive_report(text: str, a: int, vm: re.Match, b: int, cues: Cues) -> tuple[int, re.Match | None]:
    """Where the speaker phrase before the verb ``vm`` ends, and the reporting verb closing a
    passive report ("Munir was quoted as saying by the ISPR": the phrase ends before "was"; the
    verb is "saying"). Any other verb: its own start and None."""
    pm = _PASSIVE.match(text, vm.start(), b)
    aux = _AUX_TAIL.search(text, a, vm.start()) if pm else None
    nxt = cues.verb.match(text, pm.end(), b) if aux else None
    if nxt is None:
        return vm.start(), None
    return aux.start(), nxt


def _nested(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Attribution | None:
    """A nested attribution in ``text[a:b]``: "the official quoted the SSA leadership as saying"
    makes the quote the SSA leadership's, whoever relays it."""
    nm = cues.nested.search(text, a, b) if cues.nested is not None else None
    if nm is None or _PASSIVE_BY.match(text, nm.start("y")):
        # "the minister was quoted by Interfax as saying": a passive; the agent only relays
        return None
    sp = phrase_after(text, nm.start("y"), nm.end("y"), idx, cues)
    if sp is None:
        return None
    cue = f"{nm.group('verb')} {' '.join(nm.group('link').split())}"
    return Attribution(sp, cue, a, nm.end())


def _rest_ok(text: str, a: int, b: int) -> bool:
    """Whether what follows an attribution in its sentence leaves it an attribution only: nothing,
    an apposition, or a prepositional phrase ("... said in an interview with CNN")."""
    rest = text[a:b].strip(" \t\u00a0")
    return not rest or rest[0] == "," or bool(_PREPOSITION.match(rest))


def before(text: str, start: int, open_at: int, fragment: bool, idx: MentionIndex,
           cues: Cues, sent_start: int | None = None) -> tuple[Attribution | None, bool]:
    """An attribution in ``text[start:open_at]`` before a quote, and whether it introduces the
    quote outright ("X said: “", "X told Rudaw, “"). ``sent_start`` is where the sentence
    starts (before ``start`` when an earlier quote of the sentence stands between)."""
    sent_start = start if sent_start is None else sent_start
    head = text[start:open_at]
    stripped = head.rstrip()
    explicit = stripped.endswith((":", ",")) or stripped.lower().endswith(" that") or not stripped
    nested = _nested(text, start, open_at, idx, cues)
    if nested is not None and text[nested.end:open_at].strip(" \t,:\u00a0").lower() in ("", "that"):
        # "Reuters quoted a commander as saying: “...”"
        return nested, explicit
    verbs = [vm for vm in cues.verb.finditer(text, start, open_at)
             if fragment or vm.group().lower() not in cues.fragment_only]
    if len(verbs) > 1 and cues.weak_forms:
        strong = [vm for vm in verbs if vm.group().lower() not in cues.weak_forms]
        verbs = strong or verbs
    best = verbs[-1] if verbs else None
    am = None
    for m in cues.before_phrase.finditer(text, start, open_at):
        am = m
    if am and (best is None or am.start() > best.start()):
        sp = phrase_after(text, am.end(), open_at, idx, cues)
        if sp:
            return Attribution(sp, _phrase(am), am.start(), sp.end or open_at), explicit
    if best is None:
        if stripped.endswith(":"):
            # "Obama is rolling out a new message: “It's about me.”"
            att = _headline(text, start, open_at, idx, cues)
            if att is None:
                sp = sentence_subject(text, sent_start, open_at, idx, cues)
                att = Attribution(sp, None, sp.start or start, sp.end or open_at) if sp else None
            return att, True
        return _headline(text, start, open_at, idx, cues), True
    bm = _BY.match(text, best.end(), open_at)
    if bm:                      # "described by the authorities as a “violation”"
        sp = phrase_after(text, bm.end(), open_at, idx, cues)
        if sp is None:
            return None, False
        return Attribution(sp, " ".join(text[best.start():bm.end("by")].split()), best.start(),
                           sp.end or open_at), explicit
    cue, cend = cues.cue_at(text, best.start(), best.end(), open_at)
    tail = text[cend:open_at].strip(" \t,:\u00a0")
    if tail and tail.lower() not in ("that", "saying", "adding", "noting", "stating", "writing"):
        explicit = explicit and len(tail.split()) <= 6
    if best.group().endswith("ing"):
        wm = _WITH_SUBJECT.search(text, start, best.start()) or _OWNED_SUBJECT.search(text, start, best.start())
        sp = phrase_before(text, wm.start("np"), best.start(), idx, cues) if wm else None
        if sp is not None and sp.kind == "named" and (wm.re is _WITH_SUBJECT or sp.type == "PERSON"):
            # "..., with spokesman X condemning the “excessive force”", "Paris protested, its foreign
            # minister, X, calling ...": the participle of an absolute clause has its own subject,
            # never the sentence's
            return Attribution(sp, cue, sp.start if sp.start is not None else start, cend), explicit
        # a participle takes the sentence's subject: "X mocked the complaint, saying ..."
        sp = sentence_subject(text, sent_start, best.start(), idx, cues)
        if sp is not None:
            return Attribution(sp, cue, sp.start if sp.start is not None else start, cend), explicit
    # the last verb's subject, or, for coordinated verbs ("X said ... but called it “...”"),
    # the subject of an earlier one
    participle = best.group().endswith("ing")
    for k in range(len(verbs) - 1, -1, -1):
        vm = verbs[k]
        if participle and k and vm.group().endswith("ing") and text[start:vm.start()].rstrip().endswith(","):
            # a participle clause after a finite verb takes that verb's subject, never the phrase
            # right before it ("X rejected reports that units had opened fire, calling them ...");
            # alone, its subject stands before the comma ("Mr. Y, noting that ...")
            continue
        if not vm.group().endswith("ing") and _AUX_TAIL.search(text, start, vm.start()):
            # a passive ("X was charged with “...”", "police had been told ...") reports no words
            # of its subject's; a verb before it may
            continue
        sp = phrase_before(text, start, vm.start(), idx, cues)
        if sp is not None and participle and sp.kind == "description" \
                and not _whole_subject(text, start, vm.start(), sp):
            # "In August, several groups granted X an extension, saying ...", "X walked onto the
            # stage, chanting ...": the participle's subject opens the sentence; a phrase read off
            # an adverbial ("In August") or an object ("the stage") is no speaker
            am = ADVERBIAL.match(text, _LEAD_SPACE.match(text, start, vm.start()).end(), vm.start())
            sp = phrase_before(text, am.end(), vm.start(), idx, cues) if am else None
            if sp is None or not _whole_subject(text, am.end(), vm.start(), sp):
                return None, False
        if sp is not None and fragment and k == len(verbs) - 1 and k:
            outer = _reporter_of_clause(text, start, verbs[:k], vm, sp, idx, cues)
            if outer is not None:
                return outer, explicit
        if sp is not None:
            return Attribution(sp, cue, sp.start if sp.start is not None else start, cend), explicit
    # "Scott beamed and asked ...", "X sang before asking her, “...”": the clause's subject
    sp = clause_subject(text, start, best.start(), idx, cues)
    if sp is not None:
        return Attribution(sp, cue, sp.start if sp.start is not None else start, cend), explicit
    return None, False


def _reporter_of_clause(text: str, start: int, earlier: list[re.Match], vm: re.Match, sp: Speaker,
                        idx: MentionIndex, cues: Cues) -> Attribution | None:
    """The person whose reported clause holds the fragment's verb ``vm``: "X said Paris condemned
    the coup and followed events “with the greatest attention”". The words are X's when the
    clause's own subject speaks only through X: a country or a capital, "it"."""
    if not ((sp.kind == "named" and sp.type == "GPE") or (sp.kind == "pronoun" and (sp.name or "").lower() == "it")):
        return None
    for ov in reversed(earlier):
        if ov.group().lower() in cues.fragment_only or ov.group().endswith("ing"):
            continue
        if sp.start is not None and sp.start < ov.end():
            return None         # the subject stands before this verb, which reports no clause of its
        outer = phrase_before(text, start, ov.start(), idx, cues)
        if outer is None or outer.kind != "named" or outer.type != "PERSON":
            return None
        cue, cend = cues.cue_at(text, ov.start(), ov.end(), vm.start())
        return Attribution(outer, cue, outer.start if outer.start is not None else start, cend)
    return None


# an absolute clause's "with" before the participle's own subject: "..., with spokesman X condemning"
_WITH_SUBJECT = re.compile(r"(?:^|[\s,])with\s+(?P<np>)(?=[^,;:\"“”]{1,80}$)", re.I)
# an absolute clause opened by an owner's office after a comma: ", its foreign minister, X, calling"
_OWNED_SUBJECT = re.compile(r",\s+(?P<np>(?:its|their)\s+)(?=[^;:\"“”]{1,80}$)", re.I)
# a preposition right before a phrase makes it an object ("walked onto the stage")
_PREP_END = re.compile(r"\b(?:onto|into|on|in|at|through|to|from|of|with|for|by|over|under|across|"
                       r"toward|towards|near|past|along|around|about)\s+$", re.I)
# a describing subject longer than this before ", saying" holds a clause of its own ("several
# groups granted the ministry an extension on the deadline")
_MAX_PARTICIPLE_SUBJECT = 8


def _whole_subject(text: str, start: int, verb_at: int, sp: Speaker) -> bool:
    """Whether the describing phrase ``sp`` can be the subject of a participle at ``verb_at``:
    all that stands before it ("The spokesman of the armed forces, noting ..."), or the subject of
    the clause before the comma ("an account the army rejected, saying ..."); no preposition's
    object ("onto the stage"), no adverbial with a clause after it ("In August, ...")."""
    if sp.start is None or sp.end is None or sp.start < start:
        return False
    if len(text[sp.start:sp.end].split()) > _MAX_PARTICIPLE_SUBJECT:
        return False
    if _PREP_END.search(text, max(start, sp.start - 12), sp.start):
        return False
    # what stands between the phrase and the participle's comma is the phrase's own predicate,
    # never a further clause set off by a comma ("In August, several groups granted ...")
    return "," not in text[sp.end:verb_at].rstrip(" \t\u00a0,")


def _headline(text: str, start: int, open_at: int, idx: MentionIndex, cues: Cues) -> Attribution | None:
    """A headline's "Name: “...”": a mention right before a colon or dash introduces the quote."""
    h = _HEADLINE.search(text, start, open_at)
    if not h or not text[start:open_at].strip():
        return None
    ms = idx.within(start, h.start())
    if not ms or (text[ms[-1].end:h.start()].strip() and not _OWNED.fullmatch(text, ms[-1].end, h.start())):
        # "Al Jazeera's correspondent: “...”" is the correspondent's, a description (kept whole)
        return None
    sp = phrase_before(text, start, h.start(), idx, cues)
    return Attribution(sp, None, start, h.start()) if sp else None


# the owner's office after a name: "'s correspondent", "’s chief negotiator"
_OWNED = re.compile(r"(?:['’]s|(?<=s)['’])(?:[ \t]+[a-z][a-z\-]+){1,3}[ \t]*")
_BY = re.compile(r"\s+(?P<by>by)\s+(?:the\s+)?(?=\S)", re.I)


# the quoted words are the speaker's own verb: 'X “strongly condemns” the attack'
_QUOTED_VERB = re.compile(r"\s*(?:\w+ly\s+)?(\w+)\s*$")


def quoted_verb(text: str, start: int, end: int, head_start: int, open_at: int, idx: MentionIndex,
                cues: Cues) -> Attribution | None:
    """The subject right before a fragment that quotes its own reporting verb ('the envoy
    “strongly condemns” the killings, his spokesman said'): the verb is the cue, the phrase
    before the marks the speaker. A reporting verb of the head itself is the other readers' job."""
    m = _QUOTED_VERB.match(text, start, end)
    if not m or m.end() != end or m.group(1).lower() not in cues.verb_forms:
        return None
    if cues.verb.search(text, head_start, open_at):
        return None
    sp = phrase_before(text, head_start, open_at, idx, cues)
    if sp is None or (sp.kind == "pronoun" and sp.start is None):
        return None
    return Attribution(sp, m.group(1).lower(), sp.start if sp.start is not None else head_start, end)
