"""Datelines whose country or region is several words, some of them lower-case."""
import pytest

from sitrep.metadata.dateline import find_dateline


@pytest.mark.parametrize("para,place,credit", [
    ("GOMA, Democratic Republic of Congo, Feb 14 (Reuters) - M23 rebels advanced.", "GOMA", "Reuters"),
    ("GOMA, Democratic Republic of the Congo (AFP) — Rebels advanced.", "GOMA", "AFP"),
    ("GOMA, Congo, Feb 14 (Reuters) - M23 rebels advanced.", "GOMA", "Reuters"),
    ("KHARTOUM, Sudan (AP) — Shelling killed ten people.", "KHARTOUM", "AP"),
    ("PORT SUDAN, Sudan, March 3 (Reuters) - Shelling killed ten people.", "PORT SUDAN", "Reuters"),
    ("N'DJAMENA, Chad — Shelling killed ten people.", "N'DJAMENA", None),
    ("BANGUI, Central African Republic, May 2 (AFP) - Shelling killed ten.", "BANGUI", "AFP"),
    ("SARAJEVO, Bosnia and Herzegovina (AP) — Protesters gathered.", "SARAJEVO", "AP"),
    ("Goma, Democratic Republic of Congo (Reuters) - Rebels advanced.", "Goma", "Reuters"),
])
def test_multi_word_regions(para, place, credit):
    d = find_dateline(para)
    assert d is not None and (d.place, d.credit) == (place, credit)
    assert para[d.end:d.end + 1].isupper()


def test_prose_with_of_is_not_a_dateline():
    assert find_dateline("The Republic of Congo said on Friday it would talks.") is None
