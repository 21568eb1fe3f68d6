"""Everyday plurals opening a sentence ("Pamphlets signed by the group ...", "Leaflets dropped
over the town ..."): capitalised only by their place, and followed by a verb, they look like a
lone surname that acts; they are common nouns."""
from __future__ import annotations

from collections.abc import Container

from .cues import is_common_word

# what may stand right before a sentence-initial word (a mid-sentence capital is a name's)
_OPENERS = frozenset(".!?\"“”'‘’([:;-–—•*#")


def plural_noun(text: str, word: str, given: Container[str]) -> bool:
    """Whether ``word``, met opening a sentence, is an everyday plural noun written nowhere in
    ``text`` capitalised mid-sentence (where a surname such as "Burns" shows it is a name)."""
    lw = word.lower()
    if len(word) < 4 or lw[-1] != "s" or lw[-2] in "su" or lw in given:
        return False
    stem = lw[:-2] if lw.endswith("es") and lw[-3] in "sxz" else lw[:-1]
    # both forms common: "Burns"/"burn" passes this, hence the mid-sentence check below
    if stem in given or not is_common_word(stem, 3.0) or not is_common_word(lw, 3.0):
        return False
    at = text.find(word)
    while at >= 0:
        before = text[max(0, at - 2):at].strip()
        if before and before[-1] not in _OPENERS:
            return False
        at = text.find(word, at + len(word))
    return True
