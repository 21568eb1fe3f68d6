"""The fast modal scan of lower-cased ASCII texts finds what the case-insensitive pattern finds."""
from __future__ import annotations

import pytest

from sitrep.events.deontic_speech import _CUE, _cue_starts, has_cue

TEXTS = [
    "the council said varnia must hand over the suspects and should stop the raids.",
    "mustard gas; the shoulder; a must-win match; xmust; _should; has  to; had to go",
    "officials have\tto leave, the army needs to withdraw and the rebels need to talk; it ought to end.",
    "The Minister SAID Ostrel MUST withdraw.",             # not lower-cased: the pattern decides
    "le ministre a dit que varnia must partir à l'aube",   # not ASCII: the pattern decides
    "nothing of the kind here",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cue_starts_are_the_patterns_matches(text):
    for lo in (0, 5, len(text) // 2):
        assert list(_cue_starts(text, lo)) == [m.start() for m in _CUE.finditer(text, lo)]
    assert has_cue(text) == (_CUE.search(text) is not None)
