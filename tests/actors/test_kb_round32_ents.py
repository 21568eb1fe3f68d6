"""Round 32: shipped knowledge of well-known actors, spelled the ways outlets spell them
(invented sentences)."""
from __future__ import annotations

import pytest

from sitrep.actors import find_mentions
from sitrep.actors.kbcache import default
from sitrep.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def kb():
    return default()


def _ids(text: str, kb) -> dict[str, str | None]:
    return {m.text: m.kb_id for m in find_mentions(text, split_sentences(text), kb)}


@pytest.mark.parametrize("name", ["Izz el-Deen al-Qassam Brigades", "Izzeddin al-Kassam Brigades",
                                  "Ezzedine al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades"])
def test_spellings_of_the_qassam_brigades(kb, name):
    assert _ids(f"The {name} said its fighters hit a tank near Jabalia.", kb)[name] == "qassam-brigades"


def test_iswap_written_out_and_in_lower_case(kb):
    got = _ids("Fighters of the Islamic State in West Africa (Iswap) raided a base near Monguno.", kb)
    assert got.get("Islamic State in West Africa") == "iswap" and got.get("Iswap") == "iswap"
    assert "Islamic State" not in got


def test_jas_is_a_faction_apart_from_boko_haram(kb):
    got = _ids("Boko Haram's JAS faction, Jama'atu Ahlis Sunna Lidda'awati wal-Jihad, attacked a village "
               "near Bama, a Boko Haram commander said.", kb)
    assert got["Boko Haram"] == "boko-haram"
    assert got["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"] == "jas"


def test_qaddafi_with_the_article(kb):
    assert _ids("Veterans of Muammar al-Qaddafi's army joined.", kb)["Muammar al-Qaddafi"] == "muammar-gaddafi"


def test_somalias_sufi_militia_is_not_mozambiques_insurgency(kb):
    so = _ids("Fighters of Ahlu Sunna Wal Jama'a, a Sufi militia allied to the government, retook "
              "Guriel from al-Shabaab, a Somali army officer in Mogadishu said.", kb)
    mz = _ids("Insurgents of Ahlu Sunnah Wal Jamaah raided Macomia in Cabo Delgado, Mozambique, "
              "police said.", kb)
    assert so["Ahlu Sunna Wal Jama'a"] == "aswj-somalia"
    assert mz["Ahlu Sunnah Wal Jamaah"] == "ansar-al-sunna-mozambique"
