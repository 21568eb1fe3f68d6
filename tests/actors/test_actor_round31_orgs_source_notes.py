"""Round 31: a translation or syndication note names its source outlet ("Original: ...",
"Source: ... with AFP"), even one the knowledge base does not list. Invented notes."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.outlet_credits import credited_outlets


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def test_translation_note_names_unlisted_source(kb: KnowledgeBase) -> None:
    removed = [("note", "[Machine-translated from Spanish. Original: El Heraldo del Sur (with AFP)]")]
    got = credited_outlets(None, removed, kb)
    assert "El Heraldo del Sur" in got


def test_original_publication_and_source_with_agency(kb: KnowledgeBase) -> None:
    removed = [("note", "Translated automatically from Georgian. Original publication: Tbilisi Courier"),
               ("note", "Source : Sahel Morning Post with Reuters")]
    got = credited_outlets("Caucasus Wire", removed, kb)
    assert got[0] == "Caucasus Wire"
    assert "Tbilisi Courier" in got and "Sahel Morning Post" in got


def test_source_of_figures_is_no_outlet(kb: KnowledgeBase) -> None:
    removed = [("caption", "Source: Ministry of Defence figures for the northern front")]
    assert credited_outlets(None, removed, kb) == []
