"""Direct quotations and who said them.

    find_quotes(text, sentences, mentions) -> list[QuoteFact]

Stages: quote marks paired into pieces (``marks``); unmarked block quotes found (``blocks``);
each piece's attribution read before or after it (``attribution``); terms, names and titles in
marks set aside (``terms``); speaker phrases read (``speakers``), and pronouns and anaphoric
descriptions resolved by salience (``salience``); a fragment no cue attributes takes the
person its sentence opens with (``loose``). A quote split by an attribution gives one
QuoteFact per piece, all with the same speaker; so does a quote running over several paragraphs. The answers of a Q&A
interview are quotes of the interviewee (``interview``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sitrep.model import Mention, QuoteFact
from sitrep.quotes import attribution
from sitrep.quotes.attribution import Attribution
from sitrep.quotes.blocks import block_quotes, introduces
from sitrep.quotes.cues import cues
from sitrep.quotes.entries import entry_end, excerpted, heading_echo, heading_paras, heading_starts, own_speaker
from sitrep.quotes.interview import headline, interview_quotes
from sitrep.quotes.labels import relabel
from sitrep.quotes.loose import loose_subject
from sitrep.quotes.marks import Piece, find_pieces, paragraphs
from sitrep.quotes.posts import post_quotes
from sitrep.quotes.signature import introduced_after, signature
from sitrep.quotes.salience import Salience
from sitrep.quotes.reported import reported_attribution
from sitrep.quotes.speakers import GROUP_TYPES, MentionIndex, Speaker
from sitrep.quotes.terms import is_term, nickname

__all__ = ["find_quotes"]

_CLOSING = ",.!?…—–-;:"
# a contrasting clause with a subject of its own between two fragments: "X said “...”, while a
# second source gave “...”" (the second fragment is not X's)
_CONTRAST = re.compile(r"[,;]\s*(?:while|whereas)\s+(?:a|an|the|other|another|[A-Z])\w*\s")


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    open_at: int
    close_at: int | None
    group: int
    para: int
    fragment: bool
    att: Attribution | None = None
    own: bool = False           # the attribution stands next to this piece (not inherited)
    label: str | None = None    # an interview answer's label ("A:"): its speaker is never guessed


def find_quotes(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                title: str | None = None) -> list[QuoteFact]:
    """Every direct quotation of ``text`` with its speaker, in text order. ``title``: the
    document's title when cleaning took it off the text (it may name a briefing's answerer)."""
    c = cues()
    if not sentences:
        sentences = [(0, len(text))]      # no split given: the text is one sentence
    paras = paragraphs(text)
    pieces = find_pieces(text, paras)
    idx = MentionIndex(mentions)
    for p in pieces:
        idx.mark_quoted(p.start, p.end)
    para_starts = [a for a, _ in paras]
    sent_starts = [s for s, _ in sentences]

    def para_of(offset: int) -> int:
        return max(0, bisect.bisect_right(para_starts, offset) - 1)

    items: list[_Item] = []
    sent_att: tuple[int, Attribution] | None = None      # the last attribution, by sentence
    terms: set[int] = set()         # pieces set aside as terms
    for i, p in enumerate(pieces):
        pi = para_of(p.open_at)
        pstart, pend = paras[pi] if paras else (0, len(text))
        # a term set in marks before the quote ("X, alias “Y,” said ...") is part of the
        # sentence's words, not a quote that ends the stretch the attribution is read from
        prev = pieces[i - 1] if i and pieces[i - 1].close_at is not None \
            and para_of(pieces[i - 1].open_at) == pi and i - 1 not in terms else None
        nxt = _next_open(text, pieces, i, pi, pend, para_of, c)
        si = max(0, bisect.bisect_right(sent_starts, p.open_at) - 1)
        sent_start = max(sentences[si][0], pstart)
        head_start = max(sent_start, prev.close_at if prev else 0)
        if head_start > p.open_at:
            head_start = pstart
        item = _attribute(text, p, pi, head_start, sent_start, nxt, idx)
        if item.att is None and not item.fragment and nxt == pend and pi + 1 < len(paras):
            item.att = _carried_over(text, p, paras[pi + 1], pend, idx)
            item.own = item.att is not None
        if item.att is None and not item.fragment and not text[head_start:p.open_at].strip():
            item.att = _introduced(text, paras, pi, si, sentences, p.open_at, idx)
            if item.att is None:
                item.att = signature(text, paras, pi, p.close_at, idx)
        if item.att is None and item.fragment and sent_att is not None and sent_att[0] == si \
                and not _CONTRAST.search(text, head_start, p.open_at):
            # several fragments of one attributed sentence: "X asked for “...” against “...”"
            item.att = sent_att[1]
        by_group = item.att is not None and item.att.speaker.kind == "named" \
            and item.att.speaker.type in GROUP_TYPES
        if is_term(text, p.start, p.end, p.open_at, item.att is not None, item.fragment, c, by_group) \
                and not (item.att is None and p.close_at is not None
                         and not c.term_intro.search(text, max(0, p.open_at - 48), p.open_at)
                         and heading_echo(text, paras, pi, p.start, p.end,
                                          [(q.start, q.end) for q in pieces[i + 1:i + 40]])):
            # a heading's word in marks that the entry quotes again excerpts a quote, unless the
            # heading introduces it as a name ("operation dubbed ‘X’")
            terms.add(i)
            continue
        if item.att is not None:
            sent_att = (si, item.att)
        items.append(item)

    _translations(text, items)
    quoted_paras = {it.para for it in items}
    transcript = interview_quotes(text, paras, idx, title)
    for pi, a, b, att, label in transcript.answers:
        items.append(_Item(a, b, a, None, -1 - a, pi, False, att, att is not None, label))
        quoted_paras.add(pi)
    if transcript.interviewee is not None and transcript.first_turn > 0 and headline(text, paras[0]):
        sp = transcript.interviewee
        for it in items:
            if it.para == 0 and it.att is None:
                it.att = Attribution(sp, None, sp.start or 0, sp.end or 0)
                it.own = True       # the headline is the interviewee's, heading or not
    for pi, a, b, att in post_quotes(text, paras, quoted_paras, idx):
        items.append(_Item(a, b, a, None, -1 - a, pi, False, att, True))
        quoted_paras.add(pi)
    for a, b, att in block_quotes(text, paras, quoted_paras, idx, c):
        items.append(_Item(a, b, a, None, -1 - a, para_of(a), False, att, True))
    items.sort(key=lambda it: it.start)
    out = _resolve(text, sentences, idx, items, paras)
    relabel(text, out, idx)
    pulls = _pull_quotes(text, items, paras)
    if pulls:
        _repeat_speakers(out, pulls)
    return out


def _next_open(text: str, pieces: list[Piece], i: int, pi: int, pend: int, para_of, c) -> int:
    """Where the stretch after piece ``i`` ends: the next piece of its paragraph, or the
    paragraph's end. A nickname in marks is part of the words ('said Secretary Juan “Johnny”
    Cruz'), not a quote ending the attribution."""
    for q in pieces[i + 1:i + 4]:
        if para_of(q.open_at) != pi:
            break
        if q.close_at is None or not nickname(text, q.start, q.end, q.open_at, c):
            return q.open_at
    return pend


_NON_WORD = re.compile(r"[\W_]+")
_PULL_MIN_WORDS = 5


def _pull_quotes(text: str, items: list[_Item], paras: list[tuple[int, int]]) -> dict[int, list[int]]:
    """Pull-quotes: a quote set alone on its line with no attribution of its own (one read off
    an earlier line is a guess) whose words the text quotes again elsewhere, whole or split
    by an attribution, is the layout repeating that quote in large type. Its start -> the starts
    of the pieces it repeats, whose speaker it takes."""
    def key(it: _Item) -> str:
        return _NON_WORD.sub(" ", text[it.start:it.end]).strip().lower()

    def alone(it: _Item) -> bool:
        line_start = max(paras[it.para][0], text.rfind("\n", 0, it.open_at) + 1)
        line_end = text.find("\n", it.close_at)
        line_end = min(paras[it.para][1], len(text) if line_end == -1 else line_end)
        # an attribution read off an earlier line is not the quote's own
        own = it.own and it.att is not None and it.att.end > line_start
        return not own and not text[line_start:it.open_at].strip() \
            and len(text[it.close_at:line_end].strip()) <= 1

    bare = [it for it in items if it.close_at is not None and alone(it)
            and len(key(it).split()) >= _PULL_MIN_WORDS]
    if not bare:
        return {}
    # the other quotes' words in text order: a repeat may run over pieces that an attribution
    # splits ("“We will not ...,” X said. “We will ...”")
    spans: list[tuple[int, int, int]] = []     # (offset in joined, end, item start)
    parts: list[str] = []
    pos = 1
    bare_ids = {id(it) for it in bare}
    for it in items:
        if id(it) not in bare_ids:
            k = key(it)
            spans.append((pos, pos + len(k), it.start))
            parts.append(k)
            pos += len(k) + 1
    joined = f" {' '.join(parts)} "
    out = {}
    for it in bare:
        at = joined.find(f" {key(it)} ")
        if at != -1:
            end = at + len(key(it)) + 1
            out[it.start] = [s for a, b, s in spans if a < end and b > at + 1]
    return out


def _repeat_speakers(out: list[QuoteFact], pulls: dict[int, list[int]]) -> None:
    """Each pull-quote takes the speaker of the quote it repeats."""
    by_start = {q.start: q for q in out}
    for i, q in enumerate(out):
        starts = pulls.get(q.start)
        if not starts:
            continue
        src = next((by_start[s] for s in starts if s in by_start and by_start[s].speaker_name), None)
        if src is not None:
            out[i] = QuoteFact(q.start, q.end, q.text, speaker=src.speaker, speaker_name=src.speaker_name,
                               cue=src.cue, speaker_start=src.speaker_start, speaker_end=src.speaker_end)


def _attribute(text: str, p: Piece, pi: int, head_start: int, sent_start: int, nxt: int,
               idx: MentionIndex) -> _Item:
    """One piece with its own attribution: read before it (``text[head_start:p.open_at]``) and
    after it (up to ``nxt``, the next piece or the paragraph end)."""
    c = cues()
    head = text[head_start:p.open_at].strip()
    content = text[p.start:p.end].strip()
    starts_cap = content[:1].isupper() or content[:1].isdigit() or content[:1] in "“‘\"'…["
    ends_punct = content[-1:] in _CLOSING
    # a fragment sits inside its sentence ("asked for “immediate action” against ..."); a full
    # quote stands alone or right after "X said:" / "X said, “..."
    fragment = bool(head) and not head.endswith((":", "-", "—", "–")) \
        and not (starts_cap and ends_punct and head.endswith(","))
    item = _Item(p.start, p.end, p.open_at, p.close_at, p.group, pi, fragment)
    att_b, explicit = attribution.before(text, head_start, p.open_at, fragment, idx, c, sent_start)
    att_a = None
    if p.close_at is not None:
        tail = text[p.close_at:nxt].lstrip(" \t\u00a0")
        # a fragment whose words end their sentence ('branded it an “outlaw nation.” Russia
        # insisted ...') is over: the next sentence names its own speaker, not this one's
        closed = content[-1:] in ".!?" and tail[:1].isupper()
        loose = (fragment and not closed) or content[-1:] in ",!?…—–-" or tail[:1] in ",―—–" \
            or tail[:1].islower()
        att_a = attribution.after(text, p.close_at, nxt, fragment, idx, c, strict=not loose,
                                  sent_start=sent_start)
    item.att = att_b if att_b and (explicit or fragment) else (att_a or att_b)
    if item.att is None and fragment:
        item.att = attribution.quoted_verb(text, p.start, p.end, head_start, p.open_at, idx, c)
    item.own = item.att is not None
    return item


_BRACKET_OPEN = frozenset(("(", "["))


def _translations(text: str, items: list[_Item]) -> None:
    """A quote followed by its translation in brackets ('“Nous resterons” (“We will stay”), said
    X'): both are the words of whoever the pair's attribution names."""
    for a, b in zip(items, items[1:]):
        if a.att is None and a.close_at is not None and a.para == b.para \
                and text[a.close_at:b.open_at].strip() in _BRACKET_OPEN:
            a.group = b.group


def _carried_over(text: str, p: Piece, nxt: tuple[int, int], pend: int,
                  idx: MentionIndex) -> Attribution | None:
    """The attribution of a quote closing its paragraph on a comma ("“...,”"), its sentence
    unfinished: the next paragraph goes on with it ("said X, a nurse."). Scrapers break a
    paragraph where a link or a line break stood, and some layouts set the attribution apart."""
    if p.close_at is None:
        return None
    tail = text[p.close_at:pend].strip()
    if not (tail == "," or (not tail and text[p.start:p.end].rstrip()[-1:] == ",")):
        return None
    return attribution.after(text, nxt[0], nxt[1], False, idx, cues(), strict=False)


def _introduced(text: str, paras: list[tuple[int, int]], pi: int, si: int,
                sentences: list[tuple[int, int]], open_at: int, idx: MentionIndex) -> Attribution | None:
    """The attribution of a quote that opens its sentence with none of its own: a previous
    paragraph ending "X said:", or a previous sentence of reported speech ending ", X said."."""
    c = cues()
    if pi > 0 and _only_space(text, paras[pi][0], open_at) and text[paras[pi - 1][1] - 1] == ":":
        att = introduces(text, *paras[pi - 1], idx, c)
        if att is not None:
            return att
    if si > 0 and sentences[si - 1][1] <= open_at:
        a, b = sentences[si - 1]
        if a >= paras[max(0, pi - 1)][0]:
            found = reported_attribution(text, a, b, idx, c)
            if found is not None:
                sp, cue = found
                return Attribution(sp, cue, sp.start or a, sp.end or b)
    return None


def _only_space(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()


def _resolve(text: str, sentences: list[tuple[int, int]], idx: MentionIndex,
             items: list[_Item], paras: list[tuple[int, int]]) -> list[QuoteFact]:
    c = cues()
    sal = Salience(text, sentences, idx, c)
    heads = heading_paras(text, paras, {it.para for it in items if it.close_at is not None})
    sal.floors = heading_starts(text, paras)
    head_quotes: list[tuple[int, int, int]] = []     # (index in out, heading start, entry end)
    by_group: dict[int, Attribution] = {}
    for it in items:
        if it.att is not None and it.group not in by_group:
            by_group[it.group] = it.att
    out: list[QuoteFact] = []
    resolved: dict[int, tuple[Speaker | None, str | None]] = {}     # group -> speaker, cue
    last: tuple[_Item, Speaker | None, str | None] | None = None
    for it in items:
        att = it.att or by_group.get(it.group)
        sp: Speaker | None = None
        cue = None
        if it.para in heads and it.close_at is not None \
                and (not it.own or att is None or att.speaker.kind == "description"):
            # a heading opens an entry: its speaker is the one its own line names, found in
            # its entry, never the speaker of the entry above
            given = att.speaker if att is not None and it.own else None
            stop = entry_end(paras, heads, it.para, text)
            sp, cue = own_speaker(text, it.close_at, paras[it.para][1], stop, idx, given)
            if given is not None:
                cue = att.cue
            head_quotes.append((len(out), paras[it.para][0], stop))
        elif it.label is not None and att is None:
            cue = it.label          # an answer whose interviewee the text does not name
        elif it.group in resolved and not it.own:
            sp, cue = resolved[it.group]
        elif att is not None:
            sp, cue = att.speaker, att.cue
            if sp.kind == "pronoun":
                word = sp.name
                sp = sal.resolve(sp, att.start)
                if sp is None and c.pronouns.get((word or "").lower()) == "PERSON":
                    sp = introduced_after(text, paras, it.para, idx)
            elif sp.kind == "description":
                sp = sal.anaphor(sp)
            resolved[it.group] = (sp, cue)
        elif last is not None and not it.fragment and last[1] is not None \
                and it.para - last[0].para <= 1:
            # a quote standing alone right after an attributed one continues it, unless someone
            # else became the subject in between
            sp, cue = last[1], last[2]
            other = sal.new_subject(last[0].end, it.start)
            if other is not None and other.local != sp.local:
                sp, cue = other, None
        elif not it.fragment and it.att is None:
            # a quote paragraph right after a sentence about a person: "X argued that ...\n\n“...”"
            sp = sal.new_subject(-1, it.start, back=1)
        elif it.fragment and att is None and it.label is None:
            sp = _sentence_person(text, sentences, paras[it.para][0], it.open_at, idx, sal)
        if sp is not None and it.att is not None:
            sal.record(it.start, sp)
        out.append(_fact(text, it, sp, cue))
        if sp is not None:
            last = (it, sp, cue)
    if head_quotes:
        excerpted(out, head_quotes)
    return out


def _sentence_person(text: str, sentences: list[tuple[int, int]], pstart: int, open_at: int,
                     idx: MentionIndex, sal: Salience) -> Speaker | None:
    """The named person a fragment with no cue of its own belongs to: the one its sentence opens
    with ("He invited residents not to share images “which serve the enemy”")."""
    si = max(0, bisect.bisect_right([s for s, _ in sentences], open_at) - 1)
    sp = loose_subject(text, max(sentences[si][0], pstart), open_at, idx, cues())
    if sp is None:
        return None
    if sp.kind == "pronoun":
        sp = sal.resolve(sp, sp.start or open_at)
    elif sp.kind == "description":
        sp = sal.anaphor(sp)
    return sp if sp is not None and sp.kind == "named" and sp.type == "PERSON" else None


def _fact(text: str, it: _Item, sp: Speaker | None, cue: str | None) -> QuoteFact:
    if sp is None:
        return QuoteFact(it.start, it.end, text[it.start:it.end], cue=cue)
    local = sp.local if sp.local is not None and sp.local >= 0 else None
    return QuoteFact(it.start, it.end, text[it.start:it.end], speaker=local, speaker_name=sp.name,
                     cue=cue, speaker_start=sp.start, speaker_end=sp.end)
