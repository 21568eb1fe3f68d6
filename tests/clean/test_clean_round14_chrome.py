"""Round 14: share bars (glued, French), multilingual read-more lines, editor credits, "Photo
credit:" captions, links under a "Related stories" header, a one-letter word after a glued period."""
import pytest

from sitrep.clean.chrome import chrome_reason, mark_chrome
from sitrep.clean.glue import find_glue_edits
from sitrep.clean.lines import split_lines
from sitrep.clean.zones import mark_trailer


@pytest.mark.parametrize("line", [
    "Share on FacebookShare on XShare via EmailCopy link",
    "FacebookTwitterWhatsAppLine",
    "Partager : Facebook Twitter WhatsApp",
    "Partager sur Facebook",
    "Share via Email",
    "Bagikan: Facebook | WhatsApp | Line",
])
def test_share_bars_are_chrome(line):
    assert chrome_reason(line)[0] in ("share bar", "ui word")


@pytest.mark.parametrize("line", [
    "Baca juga: Tentara kirim bantuan ke perbatasan utara",
    "Lire aussi : L'armée reprend le contrôle d'un village",
    "Leer más: Ataque deja tres muertos en la frontera",
    "Lesen Sie auch: Kämpfe im Norden dauern an",
    "Leia também: Exército reforça posições na fronteira",
])
def test_multilingual_read_more_lines(line):
    assert chrome_reason(line) == ("read-more link", "trailer")


def test_editor_credit_and_photo_credit_caption():
    assert chrome_reason("Editor: Musa Danladi")[0] == "editor credit"
    assert chrome_reason("Soldiers patrol the road to Baga in 2024. Photo credit: Lake Region Monitor/Ibrahim Sule")[0] \
        == "photo caption"


@pytest.mark.parametrize("line", [
    "The editor said the paper would keep reporting from Goma.",
    "Share prices in Khartoum fell after the army's statement on Monday.",
    "Facebook removed the militia's page on Tuesday, a spokesperson said.",
    "Photo exhibitions were cancelled in Mopti after the attack.",
])
def test_prose_lines_stay(line):
    assert chrome_reason(line) is None


def test_links_under_related_header_are_trailer():
    page = ("Drone hits market in northern town\n"
            "A drone struck a crowded market in the town of Kidal on Friday, residents said.\n"
            "Related stories\n"
            "Army retakes airstrip in the north\n"
            "Who are the rebels fighting in Kidal?\n")
    lines = split_lines(page)
    mark_chrome(lines)
    mark_trailer(lines)
    by_text = {line.text: line.reason for line in lines}
    assert by_text["Army retakes airstrip in the north"] == "related links"
    assert by_text["Who are the rebels fighting in Kidal?"] == "related links"
    assert by_text["A drone struck a crowded market in the town of Kidal on Friday, residents said."] in ("", None)


@pytest.mark.parametrize("text,fixed", [
    ("the army disputed the militia's account.A local chief said", True),
    ("they left at dawn.I saw them go", True),
    ("the U.S.A and its allies", False),
    ("in Section 3.A of the accord", False),
])
def test_one_letter_word_after_glued_period(text, fixed):
    assert bool(find_glue_edits([text])[0]) is fixed
