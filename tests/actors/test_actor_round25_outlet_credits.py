"""Round 25: outlets a page credits outside its text (publisher, photo credits, sign-offs,
copyright lines), read as MEDIA actors. Invented removed lines in several outlets' styles."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.outlet_credits import credited_outlets, same_outlet


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def test_publisher_first_then_agencies_in_credit_lines(kb: KnowledgeBase) -> None:
    removed = [("caption", "Displaced families queue for water near Tindouf. Photo: Karim Laaroussi/AFP"),
               ("trailer", "mk/jsi (Reuters, EFE)"),
               ("chrome", "Share on X Facebook WhatsApp")]
    got = credited_outlets("Deutsche Welle", removed, kb)
    assert got[0] == "DW" and sorted(got[1:]) == ["AFP", "EFE", "Reuters"]


def test_listed_name_not_the_surface_form(kb: KnowledgeBase) -> None:
    removed = [("caption", "A checkpoint outside Bamenda. REUTERS/Abel Tanyi"),
               ("trailer", "Copyright 2026 Thomson Reuters. All rights reserved.")]
    # the parent company names the same listed outlet; it is no alias of its own
    assert credited_outlets(None, removed, kb) == ["Reuters"]


def test_outlets_only_in_credit_shaped_lines(kb: KnowledgeBase) -> None:
    removed = [("related", "Read more: Reuters explains the Kivu talks"),
               ("chrome", "Follow us on Telegram")]
    assert credited_outlets(None, removed, kb) == []


def test_unlisted_publisher_kept_as_named(kb: KnowledgeBase) -> None:
    assert credited_outlets("Kivu Morning Ledger", [], kb) == ["Kivu Morning Ledger"]


def test_caps_photo_credit(kb: KnowledgeBase) -> None:
    removed = [("caption", "Smoke over the river port after the drone strike. PHOTO: AFP")]
    assert credited_outlets(None, removed, kb) == ["AFP"]


@pytest.mark.parametrize("outlet,name,same", [
    ("Institute for Security Studies", "ISS", True),
    ("Al Jazeera Media Network", "Al Jazeera", True),
    ("Radio Okapi", "Radio Okapi", True),
    ("Sudan Tribune", "ST", False),
    ("Institute for Security Studies", "IS", False),
    ("Radio Okapi", "Radio", False),
    ("The Kivu Times", "The", False),
])
def test_same_outlet(outlet: str, name: str, same: bool) -> None:
    assert same_outlet(outlet, name) is same


def test_fast_paths_find_what_the_patterns_find():
    # ASCII lines take the lower-cased pattern and the cue-word check; other lines the patterns
    from sitrep.actors.outlet_credits import _SOURCE_NOTE, _may_note
    for line in ["Source: Daily Star with Reuters", "ORIGINAL PUBLICATION: Kommersant", "No note here",
                 "Sourcé: Le Matin", "resources: none"]:
        if _may_note(line) is False:
            assert _SOURCE_NOTE.search(line) is None


def test_lowered_names_are_the_loose_patterns_spans(kb: KnowledgeBase) -> None:
    from sitrep.actors.outlet_credits import _outlets
    _exact, loose, _canon, lowered = _outlets(kb)
    assert lowered is not None
    for line in ["Photo: REUTERS/Stringer", "Reporting by A. Mirov; editing by the reuters desk (afp)",
                 "Credit: Agence France-Presse via Getty Images", "Copyright Al Jazeera Media Network"]:
        assert [m.span() for m in lowered.finditer(line.lower())] == [m.span() for m in loose.finditer(line)]


def test_a_dotless_i_name_is_found_in_an_ascii_line() -> None:
    from sitrep.actors.outlet_credits import _outlets
    kb = KnowledgeBase([{"id": "media-test-ajansi", "name": "Varnia Ajansı", "type": "MEDIA"}], places=False)
    _exact, loose, _canon, lowered = _outlets(kb)
    line = "Photo: VARNIA AJANSI / Stringer"
    assert [m.span() for m in lowered.finditer(line.lower())] == [m.span() for m in loose.finditer(line)] != []
