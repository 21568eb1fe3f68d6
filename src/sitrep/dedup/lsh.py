"""Candidate pairs by locality-sensitive hashing of MinHash signatures (banding).

Comparing every pair of a million documents is out of the question; documents whose signatures
agree on a whole band of rows land in one bucket, and only pairs sharing a bucket are verified.
With b bands of r rows, a pair of Jaccard similarity s becomes a candidate with probability
1 - (1 - s^r)^b. Wording (5-gram shingles) uses 32 bands of 2 rows: unrelated texts share almost
no 5-grams, so even an excerpt copied into a longer page (s = 0.3: 95%) is caught. Content words
use 21 bands of 3 rows: a rewrite shares about 0.4 of its content words (80%), an article on the
same topic about 0.25 (28%), so fewer topical neighbours reach the costly verification.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy as np

from sitrep.dedup.lead_facts import HEAD_CHARS, lead_facts

WORDING_BANDS = (32, 2)
CONTENT_BANDS = (21, 3)
MAX_BUCKET = 64        # a bucket this full holds a boilerplate band, not evidence of copying
# Passage keys: a partial copy (a few paragraphs of an older article inside a new one) shares
# too small a part of either text for the signatures to meet reliably, but it shares whole
# sentences. One sentence in PASSAGE_RATE (chosen by its hash, so the same ones in every text)
# becomes a key of its own: a passage of k copied sentences meets with probability
# 1 - (1 - 1/PASSAGE_RATE)^k (4 sentences: 94%). Their low 16 bits are PASSAGE_TAG, which tells
# them from band keys (a band key looks like one with probability 2^-16).
PASSAGE_RATE = 1
PASSAGE_TAG = 0x5E7A
_LOW = np.uint64(0xFFFF)


class LSHIndex:
    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self.buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)

    def add(self, key: str, signature: np.ndarray) -> None:
        for band in range(self.bands):
            chunk = signature[band * self.rows:(band + 1) * self.rows]
            self.buckets[(band, chunk.tobytes())].append(key)

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Each candidate pair once, as (a, b) with a < b."""
        seen: set[tuple[str, str]] = set()
        for members in self.buckets.values():
            if len(members) < 2 or len(members) > MAX_BUCKET:
                continue
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    pair = (a, b) if a < b else (b, a)
                    if a != b and pair not in seen:
                        seen.add(pair)
                        yield pair


def candidate_pairs(signatures: Iterable[tuple[str, np.ndarray, np.ndarray]],
                    passages: Iterable[tuple[str, list[int]]] = ()) -> set[tuple[str, str]]:
    """Pairs worth verifying: similar in wording (shingles) or in content words, or sharing a
    passage key (``passage_keys``)."""
    wording, content = LSHIndex(*WORDING_BANDS), LSHIndex(*CONTENT_BANDS)
    for key, shingle_sig, content_sig in signatures:
        wording.add(key, shingle_sig)
        content.add(key, content_sig)
    return set(wording.pairs()) | set(content.pairs()) | passage_pairs(passages)


def passage_pairs(passages: Iterable[tuple[str, list[int]]]) -> set[tuple[str, str]]:
    """Pairs of documents sharing a passage key (in a bucket not too full)."""
    return set(shared_keys(passages, MAX_BUCKET))


def shared_keys(keyed: Iterable[tuple[str, list[int]]], max_bucket: int) -> dict[tuple[str, str], int]:
    """How many keys each pair of documents shares, counting buckets of two to ``max_bucket``."""
    buckets: dict[int, list[str]] = defaultdict(list)
    for doc, keys in keyed:
        for k in keys:
            buckets[k].append(doc)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for members in buckets.values():
        if 1 < len(members) <= max_bucket:
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    if a != b:
                        shared[(a, b) if a < b else (b, a)] += 1
    return shared


# Figure keys: a rewrite in other words (sentences recomposed, attributions moved) shares too few
# shingles and too little of its wording for the bands to meet it reliably (a content similarity
# of 0.3 meets 44-60% of the time), but it reports the same tolls and counts. Each pair of a
# text's specific figures (``sketch.specific_figures``: no small counts, no years) is a key; two
# texts sharing k figures share k(k-1)/2 keys. A text keeps the pairs of its FIGURE_SAMPLE
# smallest figure hashes (a bottom-k sample: the same figures in every text that has them), so
# it has at most 66 keys. Low 16 bits FIGURE_TAG, as passage keys have theirs.
FIGURE_SAMPLE = 12
FIGURE_TAG = 0xF16E
FIGURE_BUCKET = 8


def figure_keys(figures: np.ndarray) -> list[int]:
    """The figure-pair keys of a text's sorted specific figures, as tagged signed 64-bit keys."""
    return figure_key_array(figures).tolist()


def figure_key_array(figures: np.ndarray) -> np.ndarray:
    """``figure_keys`` as an int64 array (a sketch row keeps its keys as one array)."""
    sample = figures[:FIGURE_SAMPLE]
    if len(sample) < 2:
        return _NO_KEYS
    i, j = np.triu_indices(len(sample), 1)
    keys = (sample[i] * _MIX) ^ sample[j]
    keys = (keys ^ (keys >> np.uint64(29))) * _MIX
    return ((keys & ~_LOW) | np.uint64(FIGURE_TAG)).view(np.int64)


def is_figure_key(key: int) -> bool:
    return key & 0xFFFF == FIGURE_TAG


def figure_pairs(figures: Iterable[tuple[str, list[int]]], min_shared: int) -> set[tuple[str, str]]:
    """Pairs of documents sharing at least ``min_shared`` figure keys (in buckets not too full)."""
    return {pair for pair, n in shared_keys(figures, FIGURE_BUCKET).items() if n >= min_shared}


# Lead keys: a rewrite or a re-translation that recasts every sentence and tells only small
# counts ("one killed", "five wounded": no specific figure) shares neither passages nor figure keys
# and meets its source by the content bands only by chance (a content similarity of 0.35: 60%).
# Its lead still tells the source's toll on the source's day: one key per day of the lead
# (``lead_facts``: a weekday or a month and day) with its toll. Such keys are ordinary band-like
# keys (no tag of their own): a pair sharing one is ranked by its signatures like any other, and
# a key common to many leads ("one killed on Thursday") fills its bucket past MAX_BUCKET and is
# left out, as a boilerplate band is.
LEAD_SALT = 0x1EAD


def lead_key_array(killed: int | None, wounded: int | None, weekdays: Iterable[int],
                   dates: Iterable[tuple[int, int]]) -> np.ndarray:
    """The lead keys of a lead's toll and days, as an int64 array (none without a toll or a day)."""
    if killed is None and wounded is None:
        return _NO_KEYS
    days = [d for d in weekdays] + [100 * m + d + 1000 for m, d in dates]
    if not days:
        return _NO_KEYS
    toll = (killed if killed is not None else -1) * 100_003 + (wounded if wounded is not None else -1)
    keys = (np.array(days, dtype=np.uint64) + np.uint64(LEAD_SALT)) * _MIX
    keys = (keys ^ np.uint64(toll & 0xFFFFFFFFFFFF)) * _MIX
    keys ^= keys >> np.uint64(29)
    # never a passage's or a figure's tag (a band key looks like one with probability 2^-16 too)
    keys[(keys & _LOW) == np.uint64(PASSAGE_TAG)] ^= np.uint64(1)
    keys[(keys & _LOW) == np.uint64(FIGURE_TAG)] ^= np.uint64(1)
    return np.unique(keys).view(np.int64)


def lead_keys(text: str) -> np.ndarray:
    """The lead keys of a text: its lead's toll and days (``lead_facts`` over its first
    HEAD_CHARS), as ``lead_key_array`` makes them."""
    lead = lead_facts(text[:HEAD_CHARS])
    return lead_key_array(lead.killed, lead.wounded, lead.weekdays, lead.dates)


def passage_keys(sentence_keys: np.ndarray) -> list[int]:
    """The sampled sentence keys (``sketch.sentence_keys``) as tagged signed 64-bit bucket keys."""
    return passage_key_array(sentence_keys).tolist()


def passage_key_array(sentence_keys: np.ndarray) -> np.ndarray:
    """``passage_keys`` as an int64 array."""
    keys = sentence_keys[(sentence_keys >> np.uint64(16)) % np.uint64(PASSAGE_RATE) == 0]
    return ((keys & ~_LOW) | np.uint64(PASSAGE_TAG)).view(np.int64)


def is_passage_key(key: int) -> bool:
    return key & 0xFFFF == PASSAGE_TAG


_MIX = np.uint64(0x9E3779B97F4A7C15)
_NO_KEYS = np.zeros(0, dtype=np.int64)
_NO_KEYS.flags.writeable = False     # shared by every text without two figures


def _band_hashes(signature: np.ndarray, bands: int, rows: int, tag: int) -> np.ndarray:
    values = signature[: bands * rows].reshape(bands, rows)
    key = (np.arange(bands, dtype=np.uint64) + np.uint64(tag)) * _MIX
    for r in range(rows):
        key = (key ^ values[:, r]) * _MIX
        key ^= key >> np.uint64(29)
    return key


def band_keys(shingle_sig: np.ndarray, content_sig: np.ndarray) -> list[int]:
    """The document's LSH buckets as signed 64-bit keys (SQLite integers): one per band of each
    signature; two documents share a key when they agree on a whole band (as in ``LSHIndex``)."""
    return band_key_array(shingle_sig, content_sig).tolist()


def band_key_array(shingle_sig: np.ndarray, content_sig: np.ndarray) -> np.ndarray:
    """``band_keys`` as an int64 array."""
    keys = np.concatenate([_band_hashes(shingle_sig, *WORDING_BANDS, tag=0),
                           _band_hashes(content_sig, *CONTENT_BANDS, tag=1000)])
    return keys.view(np.int64)
