"""Sketches: one-permutation MinHash, sentence entries, the stored format and its version."""
from __future__ import annotations

import numpy as np
import pytest

from sitrep.dedup.compare import compare
from sitrep.dedup.fingerprint import NUM_PERM, jaccard_estimate, sentences
from sitrep.dedup.minhash import mix, signature
from sitrep.dedup.sketch import (NAME, NUMBER, SKETCH_VERSION, VERSION_PREFIX, from_blob, is_current,
                                 sentence_keys, sketch, to_blob)

BULLETIN = """KHARTOUM (AFP) - Fighting between the army and the Rapid Support Forces killed at least 14 civilians in El Fasher on Saturday, a local aid group said.

The Emergency Response Room said shells hit a market and two shelters for displaced families in the west of the city.

"The wounded are being treated in a single clinic that has run out of gauze," volunteer Amna Osman told AFP.

The paramilitary force did not respond to a request for comment."""


def _hashes(n: int, seed: int) -> np.ndarray:
    return mix(np.arange(seed, seed + n, dtype=np.uint64))


def test_one_permutation_signature_estimates_jaccard():
    a, b = _hashes(1000, 0), _hashes(1000, 500)           # 500 shared of 1500: J = 1/3
    estimate = jaccard_estimate(signature(a), signature(b))
    assert 0.18 < estimate < 0.5
    assert jaccard_estimate(signature(a), signature(np.concatenate([a, a[:10]]))) == 1.0   # repeats
    assert jaccard_estimate(signature(a), signature(_hashes(1000, 10_000))) < 0.1


def test_short_sets_fill_every_bin_the_same_way():
    few = _hashes(3, 7)
    sig = signature(few)
    assert len(sig) == NUM_PERM and set(sig.tolist()) <= set(few.tolist())
    assert np.array_equal(signature(few[::-1]), sig)        # order does not matter
    assert jaccard_estimate(sig, signature(_hashes(3, 99))) == 0.0
    assert (signature(np.zeros(0, dtype=np.uint64)) == np.iinfo(np.uint64).max).all()


def test_sentence_entries_hold_numbers_and_names_but_not_a_sentence_opening_capital():
    sk = sketch("Aid convoys reached Kadugli on Monday. Twelve trucks carried food for 400 families.")
    assert sk.counts.shape == (2, 3)
    assert sk.counts[1, NUMBER] == 2                         # "Twelve" and "400"
    assert sk.counts[0, NAME] == 2 and sk.counts[1, NAME] == 0   # Kadugli, Monday; not "Twelve"
    assert np.all(np.diff(sk.words.astype(np.float64)) >= 0)      # sorted for the join


def test_sentence_spans_are_those_of_the_reference_splitter():
    sk = sketch(BULLETIN)
    assert list(zip(sk.starts.tolist(), sk.ends.tolist())) == [(s.start, s.end) for s in sentences(BULLETIN)]


def test_sentence_keys_survive_requoting_but_not_a_swapped_figure():
    requoted = BULLETIN.replace('"', "'")
    swapped = BULLETIN.replace("at least 14", "at least 41")
    keys = set(sentence_keys(sketch(BULLETIN)).tolist())
    assert set(sentence_keys(sketch(requoted)).tolist()) == keys
    assert len(keys - set(sentence_keys(sketch(swapped)).tolist())) == 1


def test_blob_round_trip_and_version():
    sk = sketch(BULLETIN)
    blob = to_blob(sk)
    assert is_current(blob) and blob.startswith(VERSION_PREFIX)
    back = from_blob(blob)
    for name in ("wording", "content", "shingles", "starts", "ends", "counts", "words", "word_sentence", "word_kind"):
        assert np.array_equal(getattr(back, name), getattr(sk, name)), name
    older = np.array([SKETCH_VERSION - 1], dtype=np.int32).tobytes() + blob[4:]
    assert not is_current(older)
    with pytest.raises(ValueError):
        from_blob(older)


def test_a_sentence_pair_at_exactly_the_rewrite_threshold_aligns():
    # 9 words shared by sentences of 25 and 15: Dice 18/40 = 0.45 exactly, on the threshold
    # (decided in integers, where floats could round either way)
    shared = " ".join(f"w{i:02d}" for i in range(9))
    a = shared + " " + " ".join(f"a{i:02d}" for i in range(16)) + "."
    b = shared + " " + " ".join(f"b{i:02d}" for i in range(6)) + "."
    aligned = compare(a, b).aligned
    assert len(aligned) == 1 and aligned[0].score == 0.45
    fewer = shared.rsplit(" ", 1)[0] + " b98 " + " ".join(f"b{i:02d}" for i in range(6)) + "."
    assert compare(a, fewer).aligned == []                  # 8 shared: 16/40
