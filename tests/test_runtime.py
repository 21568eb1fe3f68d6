"""The batch collector settings are restored after a batch, even when it fails."""
import gc

import pytest

from sitrep.runtime import batch_collector


def test_thresholds_raised_inside_and_restored_after():
    before = gc.get_threshold()
    with batch_collector((50_000, 20, 30)):
        assert gc.get_threshold() == (50_000, 20, 30)
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_restored_when_the_batch_raises():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with batch_collector():
            raise RuntimeError("a stage failed")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_made_in_a_batch_are_still_collected():
    class Node:
        pass

    with batch_collector():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() >= 2
