"""Copies, rewrites and stories across documents (a reduce step over the whole corpus).

1. ``fingerprint``: per document, MinHash signatures of wording and of content (the map side)
2. ``lsh``: candidate pairs from signature bands, so that not every pair is compared
3. ``compare``: each candidate verified by 5-gram containment and sentence alignment
4. here: which document is the original, and stories as groups of linked documents
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from sitrep.disjoint import DisjointSets
from sitrep.dedup.compare import Alignment, Verdict, compare, duplicate  # noqa: F401  (compare: public here)
from sitrep.dedup.fingerprint import jaccard_estimate
from sitrep.dedup.lsh import (MAX_BUCKET, candidate_pairs, figure_keys, figure_pairs, lead_keys, passage_keys,
                              passage_pairs, shared_keys)
from sitrep.dedup.sketch import Sketch, sentence_keys, sketch, specific_figures
from sitrep.model import Document, Duplicate, Span, Story, content_id
from sitrep.dedup.through_copies import with_implied
from sitrep.dedup.lead_facts import passage_leads_differ, texts_differ
from sitrep.dedup.respelled import respelled_rewrite
from sitrep.dedup.recap import RETELL_CONTENT, recap, retelling
from sitrep.dedup.loose import loose_count
from sitrep.dedup.desk_background import desk_background

# candidates whose signatures agree this little are not verified: neither wording nor content
# is shared enough for a copy or a rewrite
# (an agency's full rewrite of a wire story, every sentence recast, shares about a quarter of its
# content words: 0.3 left such a pair unverified; MAX_UNSHARED still bounds the pairs per document)
MIN_WORDING, MIN_CONTENT = 0.05, 0.25
# each document is verified against at most this many of its most similar candidates, so the
# cost stays linear in the corpus even where one template or wire story fills whole buckets
MAX_CANDIDATES = 10
# of which at most this many share no passage key. Copies and partial copies share whole
# sentences (a passage key); a pair that shares none can only be a rewrite, and a rewrite is
# among the few documents most like it by signature. Most such pairs are articles on the same
# topic (shared content words, other facts): verifying ten of them per document cost most of
# the linking time and, on the synthetic corpus, found no duplicate the passage keys missed.
MAX_UNSHARED = 2
# ... unless they share this many figure keys (``lsh.figure_keys``: 3 specific figures share 3
# keys, 4 share 6): a rewrite retells the same tolls and counts, a topical neighbour other ones.
# Such a pair ranks with the passage-sharing pairs.
FIGURE_KEYS_MIN = 6


def credits(doc: Document, other: Document) -> bool:
    """Whether ``doc`` names ``other``'s outlet as its source ("(Reuters)", "Anadolu Agency reports")."""
    name = other.outlet
    if not name or name == doc.outlet:
        return False
    head = doc.text[:600]
    pattern = rf"\(\s*{re.escape(name)}\s*\)|\b{re.escape(name)}\s+(?:reports?|reported|said|says)\b|" \
              rf"\b(?:according to|via|source:)\s+{re.escape(name)}\b"
    return re.search(pattern, head, re.I) is not None


# a wire's credit in a dateline: "SANAA (AFP) -", "KYIV, March 3 (Reuters) —"
_DATELINE_CREDIT = re.compile(r"\(([A-Z][\w.&' -]{0,30}?)\)\s*[-–—:]")


def _same_source(a: Document, b: Document) -> bool:
    """Whether two documents come from one outlet: the same outlet, or the same agency credited in
    their datelines (a wire's reports reposted by sites whose names differ)."""
    if a.outlet and a.outlet == b.outlet:
        return True
    credits_a = set(_DATELINE_CREDIT.findall(a.text[:600]))
    return bool(credits_a & set(_DATELINE_CREDIT.findall(b.text[:600])))


EMBEDDED_RUN = 4        # aligned sentences in one unbroken passage: an older report set in whole
# conflicting sentence pairs allowed: one per EMBEDDED_RUN sentences of that block. The later
# report's own lines on its own incident match the older report's look-alike lines (one desk, one
# template) and conflict; a long verbatim block outweighs a few (synthetic partial copies of one
# wire: blocks of 8-13 sentences with 2-3 such conflicts), while a desk's template shares runs of
# up to six sentences with two figures swapped elsewhere (``test_same_desk_partials``)


def _embedded_block(verdict: Verdict) -> bool:
    """Whether a partial copy is one long unbroken block of the other text with few swapped
    figures elsewhere (one per EMBEDDED_RUN sentences of the block, at least one): a report set
    into a later one as its background. A desk's template instead shares scattered sentences
    (short runs) whose figures and names conflict in several places."""
    run = _longest_run(verdict)
    return run >= EMBEDDED_RUN and verdict.conflicts <= max(1, run // EMBEDDED_RUN)


def _longest_run(verdict: Verdict) -> int:
    """The most aligned sentences in one unbroken shared passage."""
    starts = [al.a_start for al in verdict.aligned]
    return max((sum(1 for x in starts if x0 <= x < x1) for x0, x1, _, _ in verdict.passages()), default=0)


def _unbroken_run(verdict: Verdict) -> int:
    """The most aligned sentences in one shared passage unbroken in BOTH texts (``_longest_run``
    reads the runs in the first text's order only, so that a block of one text spread over two
    paragraphs of the other counted as one run or two depending on which came first)."""
    swapped = Verdict(verdict.kind, verdict.similarity, verdict.containment, verdict.coverage,
                      [Alignment(al.b_start, al.b_end, al.a_start, al.a_end, al.score) for al in verdict.aligned])
    return min(_longest_run(verdict), _longest_run(swapped))


def original_of(a: Document, b: Document) -> str | None:
    """The earlier document, or the one the other credits; None when nothing tells."""
    if a.published and b.published and a.published != b.published:
        return a.id if a.published < b.published else b.id
    if credits(b, a) and not credits(a, b):
        return a.id
    if credits(a, b) and not credits(b, a):
        return b.id
    return None


def find_duplicates(docs: Iterable[Document]) -> list[Duplicate]:
    """Every pair of documents that copy, rewrite or partly copy each other (in memory: for a
    stored corpus, ``sitrep.dedup.linking`` does the same incrementally)."""
    by_id: dict[str, Document] = {}
    sketches: dict[str, Sketch] = {}
    for doc in docs:
        by_id[doc.id] = doc
        sketches[doc.id] = sketch(doc.text)
    signatures = [(key, sk.wording, sk.content) for key, sk in sketches.items()]
    sigs = {key: (w, c) for key, w, c in signatures}
    passages = [(key, passage_keys(sentence_keys(sk))) for key, sk in sketches.items()]
    figures = [(key, figure_keys(specific_figures(sk))) for key, sk in sketches.items()]
    sharing = passage_pairs(passages) | figure_pairs(figures, FIGURE_KEYS_MIN)
    # leads telling one toll on one day (``lsh.lead_key_array``): candidates as the bands' are
    leads = [(key, lead_keys(by_id[key].text).tolist()) for key in sketches]
    candidates = candidate_pairs(signatures) | set(shared_keys(leads, MAX_BUCKET))
    found = []
    for a_id, b_id in _best_candidates(candidates, sigs, sharing):
        dup = verify(by_id[a_id], by_id[b_id], sketches[a_id], sketches[b_id])
        if dup is not None:
            found.append(dup)
    return with_implied(found, lambda a, b: original_of(by_id[a], by_id[b]))


def verify(a: Document, b: Document, sa: Sketch, sb: Sketch) -> Duplicate | None:
    """The link between two candidate documents, or None when they are neither copies nor
    rewrites (``a`` and ``b`` need only id, text head, outlet and date)."""
    verdict = duplicate(sa, sb)
    if verdict is None:
        # a re-translation or rewrite with respelled names, turned away as a template's other
        # event: its lead tells the same incident (``respelled``)
        verdict = respelled_rewrite(a.text, b.text, sa, sb)
        if verdict is None:
            return None
    # one outlet's reports of two incidents share its background paragraphs word for word (the
    # desk's template), while their incident sentences conflict: its own background, not a copy
    # (a report's lead reprinted as it is, with the sentence after it, is that report: ``reprint``)
    if (verdict.kind == "partial" and verdict.conflicts and not verdict.reprint and _same_source(a, b)
            and not _embedded_block(verdict)):
        return None
    # a desk template's report of another incident: its lead's day and toll both differ (the
    # sketches cannot tell "killing two ... late on Sunday" from "killing four ... on Tuesday"
    # when both numbers occur somewhere in the other text). A partial copy is a passage set into
    # an article about something else, whose lead tells its own incident by design.
    if verdict.kind != "partial" and texts_differ(a.text, b.text):
        return None
    # ... and scattered sentences shared by two leads of other days and tolls are the background a
    # desk re-uses (a group's history, a standing context paragraph: runs of one to three), no copy
    # of either incident; an older report set in as a block of EMBEDDED_RUN sentences or more stays
    # a partial copy, whatever look-alike lines around it conflict
    if (verdict.kind == "partial" and not verdict.reprint and _longest_run(verdict) < EMBEDDED_RUN
            and passage_leads_differ(a.text, b.text)):
        return None
    # ... and one source's own standing background (context paragraphs its desk repeats in every
    # report of a crisis) shared by its reports of two happenings, away from both leads, with
    # nothing swapped that the conflict tests could catch (``desk_background``)
    if (verdict.kind == "partial" and not verdict.reprint and _same_source(a, b)
            and desk_background(verdict.aligned, _unbroken_run(verdict), EMBEDDED_RUN, sa, sb)):
        return None
    # an analysis or explainer twice as long that recaps the story among its own reporting is the
    # same story, not a rewrite (``recap``): left to the story links
    if verdict.kind == "rewrite" and recap(len(verdict.aligned), sa.usable, sb.usable):
        return None
    # ... and so is one of like length that retells the wire's facts in its own words: it shares
    # little of the wire's vocabulary and aligns with little of the longer text (``recap.retelling``)
    if (verdict.kind == "rewrite" and jaccard_estimate(sa.content, sb.content) < RETELL_CONTENT
            and retelling(loose_count(sa, sb), sa.usable, sb.usable, jaccard_estimate(sa.content, sb.content))):
        return None
    passages = [(Span(a.id, x0, x1), Span(b.id, y0, y1)) for x0, x1, y0, y1 in verdict.passages()]
    return Duplicate(a.id, b.id, verdict.kind, verdict.similarity, original_of(a, b), passages)


def worth_verifying(wa: np.ndarray, ca: np.ndarray, wb: np.ndarray, cb: np.ndarray,
                    shares_passage: bool = False) -> float:
    """How alike two documents' signatures are, or 0.0 when too little to verify them. A pair
    that shares a passage key (a sentence copied as it is) ranks above every pair that does not:
    an embedded passage leaves the signatures of two long texts little alike, while one
    template's look-alikes (other events, same wording) fill the top ranks by signature."""
    wording, content = jaccard_estimate(wa, wb), jaccard_estimate(ca, cb)
    if shares_passage:
        return 1.0 + max(wording, content)
    return max(wording, content) if wording >= MIN_WORDING or content >= MIN_CONTENT else 0.0


def worth_verifying_many(wording: np.ndarray, content: np.ndarray, shares_passage: np.ndarray) -> np.ndarray:
    """``worth_verifying`` for many pairs at once, from their signature agreements (estimated
    Jaccard of wording and of content words) and whether they share a passage key."""
    best = np.maximum(wording, content)
    enough = (wording >= MIN_WORDING) | (content >= MIN_CONTENT)
    return np.where(shares_passage, 1.0 + best, np.where(enough, best, 0.0))


def _best_candidates(pairs: Iterable[tuple[str, str]], sigs: dict[str, tuple],
                     sharing: set[tuple[str, str]] = frozenset()) -> list[tuple[str, str]]:
    """Candidate pairs similar enough to verify, at most MAX_CANDIDATES per document (``sharing``:
    the pairs that share a passage key or FIGURE_KEYS_MIN figure keys, verified first)."""
    todo = sorted(set(pairs) | set(sharing))
    if not todo:
        return []
    row = {key: i for i, key in enumerate(sigs)}
    wording = np.stack([w for w, _ in sigs.values()])
    content = np.stack([c for _, c in sigs.values()])
    a_rows = np.fromiter((row[a] for a, _ in todo), dtype=np.intp, count=len(todo))
    b_rows = np.fromiter((row[b] for _, b in todo), dtype=np.intp, count=len(todo))
    scores = np.empty(len(todo))
    # signature agreements (``worth_verifying``) for all pairs at once, in slices that bound memory
    for lo in range(0, len(todo), 1 << 15):
        part = slice(lo, lo + (1 << 15))
        agree_w = np.count_nonzero(wording[a_rows[part]] == wording[b_rows[part]], axis=1) / wording.shape[1]
        agree_c = np.count_nonzero(content[a_rows[part]] == content[b_rows[part]], axis=1) / content.shape[1]
        shares = np.fromiter((pair in sharing for pair in todo[part]), dtype=bool, count=len(agree_w))
        scores[part] = worth_verifying_many(agree_w, agree_c, shares)
    scored = sorted(((score, a, b) for score, (a, b) in zip(scores.tolist(), todo) if score), reverse=True)
    taken: dict[str, int] = {}
    unshared: dict[str, int] = {}
    keep = []
    for score, a, b in scored:
        if score < 1.0:         # no passage key: within the smaller cap too
            if unshared.get(a, 0) >= MAX_UNSHARED and unshared.get(b, 0) >= MAX_UNSHARED:
                continue
        if taken.get(a, 0) < MAX_CANDIDATES or taken.get(b, 0) < MAX_CANDIDATES:
            if score < 1.0:
                unshared[a] = unshared.get(a, 0) + 1
                unshared[b] = unshared.get(b, 0) + 1
            taken[a] = taken.get(a, 0) + 1
            taken[b] = taken.get(b, 0) + 1
            keep.append((a, b))
    return sorted(keep)


def group_stories(docs: Iterable[Document], duplicates: Iterable[Duplicate]) -> list[Story]:
    """Stories as connected groups of documents linked by copying or rewriting."""
    sets: DisjointSets[str] = DisjointSets()
    order: list[Document] = []
    for doc in docs:
        sets.find(doc.id)
        order.append(doc)
    for d in duplicates:
        sets.union(d.a, d.b)
    groups: dict[str, list[Document]] = {}
    for doc in order:
        groups.setdefault(sets.find(doc.id), []).append(doc)
    stories = []
    for members in groups.values():
        members.sort(key=lambda d: (d.published or "9999", d.id))
        title = next((d.title for d in members if d.title), None)
        ids = [d.id for d in members]
        stories.append(Story(content_id(*sorted(ids)), title, ids))
    return stories
