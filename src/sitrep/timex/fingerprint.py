"""A cheap fingerprint of a text: the dated stages (time expressions, events, claims) keep their
date-free reading of a document in a caller's ``prepared`` dict, and check with it that the
reading is of the same text before reusing it."""
from __future__ import annotations

import zlib


def text_key(text: str) -> tuple[int, int]:
    """Length and CRC-32 of ``text``: stable across processes, so it survives pickling."""
    return len(text), zlib.crc32(text.encode("utf-8", "surrogatepass"))
