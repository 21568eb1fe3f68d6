"""Glue repair on invented text: lost line breaks and lost spaces, and what must stay whole."""
from __future__ import annotations

import pytest

from sitrep.clean.glue import Lexicon, find_glue_edits

# An invented report whose line breaks were lost: every glue kind at least once.
GLUED = [
    "Vostria finds itselfat a crossroads, with Prime Minister Oleg Drumowicz grapplingto keep "
    "the country out of the war in theKorvany valley.",
    "The Tarsk Brigades expanded their attacks since October 2023,citing support for the "
    "Korvany resistance.However, officials said the attacks weredeclining.",
    "The group claims its actions are retaliation for “crimes committed bythe occupation "
    "forces,”including strikes on the NorthernHeights and USforces near the border.",
    "Commanderal-Rashidi told reporters that Vostria'sgovernment would respond, and the "
    "ministrydescribed the step as a “violation of sovereignty.”",
    "Rashidi said the brigades haveweapons capable of reaching the capital, while "
    "analystsremain cautious about an immediatethreat.",
]
FIXED = [
    "Vostria finds itself at a crossroads, with Prime Minister Oleg Drumowicz grappling to keep "
    "the country out of the war in the Korvany valley.",
    "The Tarsk Brigades expanded their attacks since October 2023, citing support for the "
    "Korvany resistance. However, officials said the attacks were declining.",
    "The group claims its actions are retaliation for “crimes committed by the occupation "
    "forces,” including strikes on the Northern Heights and US forces near the border.",
    "Commander al-Rashidi told reporters that Vostria's government would respond, and the "
    "ministry described the step as a “violation of sovereignty.”",
    "Rashidi said the brigades have weapons capable of reaching the capital, while "
    "analysts remain cautious about an immediate threat.",
]
# Real words, names, numbers, abbreviations and addresses that no rule may touch.
UNTOUCHABLE = [
    "Netanyahu, Hezbollah and Zelenskyy spoke as McDonald's and YouTube posted on iPhone apps.",
    "The therapist said al-Sudani met U.S. and U.N. envoys about 1,000 troops and a 3.5 percent rise.",
    "Kh-59 and Qasef-2K missiles were listed in an e-mail, see www.reuters.com or info@example.org.",
    "DeSantis, MacArthur and LinkedIn came up, e.g. when Mr. Smith spoke at 5 p.m. on Jan. 3.",
    "The 1990s-era 5km route cost $2.5 billion, up 12% from 2,500,000 in the mid-1980s.",
    "Officials in Nepal-India talks said nothing; Abdel-Fattah al-Burhan's aides were absent.",
    "BlackRock and SoftBank invested, HarperCollins published, and she called on FaceTime.",
    "O’Malley and Mu’tasim didn’t know; it’s rock‘n’roll, y’all, and the IDF’s Kfir unit left.",
]


def repair(lines: list[str], lexicon: Lexicon | None = None) -> list[str]:
    out = []
    for line, edits in zip(lines, find_glue_edits(lines, lexicon)):
        for e in sorted(edits, key=lambda e: e.start, reverse=True):
            line = line[:e.start] + e.replacement + line[e.end:]
        out.append(line)
    return out


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


def test_glued_report_is_repaired(lexicon: Lexicon) -> None:
    assert repair(GLUED, lexicon) == FIXED


@pytest.mark.parametrize("line", UNTOUCHABLE)
def test_clean_text_is_untouched(lexicon: Lexicon, line: str) -> None:
    assert find_glue_edits([line], lexicon) == [[]]


def test_untouchables_survive_in_a_glued_document(lexicon: Lexicon) -> None:
    # In a glued document the weak (content-word) splits are switched on: names still stay whole.
    lines = GLUED + UNTOUCHABLE
    assert repair(lines, lexicon)[len(GLUED):] == UNTOUCHABLE


def test_real_words_are_not_split(lexicon: Lexicon) -> None:
    text = ["The therapist and the notebook are therein; nowhere else could one forgo a byline, "
            "whereas the infirm atoned onside and someplace."]
    assert find_glue_edits(text, lexicon) == [[]]


def test_line_wrap_glue_with_function_words(lexicon: Lexicon) -> None:
    assert repair(["Officials saidthat the convoy wasattacked tothe north."], lexicon) == \
        ["Officials said that the convoy was attacked to the north."]


def test_camel_case_glue(lexicon: Lexicon) -> None:
    assert repair(["Troops moved intothe town and fromKorvany toTarsk."], lexicon) == \
        ["Troops moved into the town and from Korvany to Tarsk."]
    # a brand written in camel case is a whole word
    assert find_glue_edits(["He posted on YouTube and LinkedIn from his iPhone."], lexicon) == [[]]


def test_punctuation_and_quote_glue(lexicon: Lexicon) -> None:
    lines = ["The talks failed.Officials left,saying “nothing changed,”before dawn.",
             "He said“we will stay” and walked out."]
    assert repair(lines, lexicon) == ["The talks failed. Officials left, saying “nothing changed,” before dawn.",
                                      "He said “we will stay” and walked out."]


def test_hyphenated_al_names(lexicon: Lexicon) -> None:
    lines = ["General Rashidi met Ministeral-Karimi and Commanderal-Sayegh on Tuesday."]
    assert repair(lines, lexicon) == ["General Rashidi met Minister al-Karimi and Commander al-Sayegh on Tuesday."]


def test_digit_glue(lexicon: Lexicon) -> None:
    assert repair(["The attacks began in2019 and 12soldiers died before the 2020election."], lexicon) == \
        ["The attacks began in 2019 and 12 soldiers died before the 2020 election."]


def test_document_evidence_names(lexicon: Lexicon) -> None:
    # "Drumowicz" stands alone elsewhere, so in a glued document "Drumowiczsaid" is a name + said.
    lines = GLUED + ["Minister Drumowicz spoke later; his deputy Drumowiczsaid nothing."]
    assert repair(lines, lexicon)[-1] == "Minister Drumowicz spoke later; his deputy Drumowicz said nothing."


def test_with_names_protects_a_known_name(lexicon: Lexicon) -> None:
    lines = GLUED + ["The NovaLink network carried the report."]
    assert repair(lines, lexicon)[-1] == "The Nova Link network carried the report."
    named = lexicon.with_names(["NovaLink", "Oleg Drumowicz"])
    assert named.is_word("novalink") and named.is_word("Drumowicz") and not lexicon.is_word("novalink")
    assert repair(lines, named)[-1] == "The NovaLink network carried the report."


def test_edits_are_insertions_per_line_sorted(lexicon: Lexicon) -> None:
    edits = find_glue_edits(GLUED, lexicon)
    assert len(edits) == len(GLUED)
    for line, line_edits in zip(GLUED, edits):
        starts = [e.start for e in line_edits]
        assert starts == sorted(set(starts))
        for e in line_edits:
            assert e.start == e.end and e.replacement == " " and e.reason == "glued words"
            assert 0 < e.start < len(line) and not line[e.start - 1].isspace() and not line[e.start].isspace()


def test_text_in_another_language_is_left_alone(lexicon: Lexicon) -> None:
    # English word frequencies cannot judge Portuguese: "materiais" is not "materia is".
    text = ("O governo da Vostria anunciou ontem que os materiais enviados para a fronteira "
            "chegaram ao destino, mas os moradores da cidade dizem que nada mudou desde o início "
            "do conflito. Segundo o ministro, isso não é verdade: as tropas estão preparadas e a "
            "população recebe comida, remédios e água todos os dias. Os jornalistas que visitaram "
            "a região contam outra história, com casas destruídas, escolas fechadas e famílias "
            "inteiras vivendo em abrigos improvisados perto do rio. A oposição pediu uma "
            "investigação independente sobre os ataques, enquanto organizações humanitárias "
            "alertam para a falta de medicamentos básicos nos hospitais, onde médicos trabalham "
            "sem descanso há semanas e pacientes esperam horas por atendimento. Ninguém discute "
            "isso, pois todos sabem que a situação piora cada vez mais rapidamente no norte.")
    assert find_glue_edits([text], lexicon) == [[]]


def test_empty_input(lexicon: Lexicon) -> None:
    assert find_glue_edits([], lexicon) == []
    assert find_glue_edits([""], lexicon) == [[]]
