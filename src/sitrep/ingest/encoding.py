"""Bytes to text for the input edge.

UTF-8 is tried first, always: pages saved by a scraper are re-encoded to UTF-8 far more often
than their ``<meta charset>`` is updated, so valid UTF-8 wins over a stale declaration. When
UTF-8 fails, the file's own declaration (HTML ``<meta charset>``, ``http-equiv`` content type,
XML ``encoding=``) is honoured; failing that, text that reads cleanly as Windows-1252 (the usual
encoding of Word and older Western newsroom systems) is decoded as such. Only what is neither
gets U+FFFD replacement, or is refused as binary.
"""
from __future__ import annotations

import codecs
import re
from contextvars import ContextVar

from sitrep.ingest.errors import IngestError

# the charset named by a page or an XML prolog within its first bytes
_DECLARED = re.compile(
    rb"""<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)
# WHATWG: browsers read these labels as windows-1252, and so do the pages that use them
_AS_CP1252 = {"latin_1", "iso8859-1", "ascii", "cp1252"}
# bytes that Windows-1252 leaves undefined: their presence rules the encoding out
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# Western accented letters; the Icelandic and rare ones (Ð Ý Þ ð ý þ ÿ) and × ÷ are left out,
# as they are what broken UTF-8 lead bytes or binary noise look like far more often
_CP1252_LETTERS = frozenset(set(range(0xC0, 0x100)) - {0xD0, 0xD7, 0xDD, 0xDE, 0xF0, 0xF7, 0xFD, 0xFE, 0xFF})
_ASCII_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# share of the undecodable bytes that must look like Windows-1252 text
_CP1252_PLAUSIBLE = 0.8

# control characters in the first 4 KB beyond which a file is binary, whatever its encoding
_MAX_CONTROLS = 64

_SPANS: ContextVar[list[tuple[int, int]]] = ContextVar("sitrep_ingest_bad_spans")


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: the bytes UTF-8 cannot decode, read as Windows-1252 (so a file that
    mixes UTF-8 with pasted Word quotes keeps both right); their places are recorded."""
    bad = err.object[err.start:err.end]
    _SPANS.get().append((err.start, err.end))
    return bytes(bad).decode("cp1252", errors="replace"), err.end


codecs.register_error("sitrep-cp1252", _cp1252_fallback)


def declared_charset(head: bytes) -> str | None:
    """The Python codec named by a page's charset or XML encoding declaration, if any is known."""
    match = _DECLARED.search(head)
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _plausible_cp1252(data: bytes, spans: list[tuple[int, int]]) -> bool:
    """Whether the bytes UTF-8 rejected look like Windows-1252 text: none undefined, and most of
    them punctuation (curly quotes, dashes, symbols) or accented letters beside a letter."""
    good = total = 0
    size = len(data)
    for start, end in spans:
        for i in range(start, end):
            byte = data[i]
            total += 1
            if byte in _CP1252_UNDEFINED:
                return False
            if byte < 0x80:
                continue
            if byte < 0xC0:
                good += 1
            elif byte in _CP1252_LETTERS:
                before = data[i - 1] if i else 0x20
                after = data[i + 1] if i + 1 < size else 0x20
                if any(b in _ASCII_LETTERS or b in _CP1252_LETTERS for b in (before, after)):
                    good += 1
    return total > 0 and good >= _CP1252_PLAUSIBLE * total


def _as_cp1252(data: bytes) -> str | None:
    """The text with UTF-8's undecodable bytes read as Windows-1252, if that reading is plausible."""
    token = _SPANS.set([])
    try:
        text = data.decode("utf-8-sig", errors="sitrep-cp1252")
        spans = _SPANS.get()
    finally:
        _SPANS.reset(token)
    offset = 3 if data.startswith(codecs.BOM_UTF8) else 0
    spans = [(s + offset, e + offset) for s, e in spans]
    return text if _plausible_cp1252(data, spans) else None


def _controls(text: str) -> int:
    return sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Bytes to text and warnings: UTF-8 (BOM dropped), else the declared charset, else
    Windows-1252 when the bytes read as such; otherwise undecodable bytes are replaced and said."""
    if not data.strip():
        raise IngestError("empty file")
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise IngestError("binary file (contains NUL bytes), not text")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as err:
            raise IngestError(f"binary file or broken UTF-16 (undecodable at byte {err.start})") from err
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        # utf-8-sig counts from after the byte order mark; say the byte's place in the file
        at = err.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
    declared = declared_charset(head[:4096])
    if declared and declared not in ("utf-8", "utf-8-sig"):
        try:
            return data.decode(declared), [f"invalid UTF-8 at byte {at}: decoded as {declared}, "
                                           "the encoding the file declares"]
        except (UnicodeDecodeError, LookupError):
            pass
    text = _as_cp1252(data)
    if text is not None and _controls(text) <= _MAX_CONTROLS:
        return text, [f"invalid UTF-8 at byte {at}: the text reads as Windows-1252 (cp1252) "
                      "and was decoded as such"]
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(16, len(text) // 10) or _controls(text) > _MAX_CONTROLS:
        raise IngestError(f"binary file or unknown encoding (invalid UTF-8 at byte {at})")
    return text, [f"invalid UTF-8 at byte {at}: {bad} undecodable byte(s) replaced with U+FFFD"]
