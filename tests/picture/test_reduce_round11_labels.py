"""How a dispute note names a document with no outlet (invented titles and files)."""
from __future__ import annotations

from sitrep.picture_reduce import _label


def test_a_document_without_outlet_is_named_by_its_title_then_its_file():
    assert _label("  Correction:  raid toll\nrevised ", "/data/in/x.txt") == "Correction: raid toll revised"
    assert _label(None, "/data/in/kivu_update.txt") == "kivu_update.txt"
    assert _label("", "C:\\feeds\\wire.html") == "wire.html"
    assert _label(None, None) is None
