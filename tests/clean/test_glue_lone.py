"""A single glued pair in an otherwise clean page: split when its shape alone vouches for it."""
from sitrep.clean.glue import find_glue_edits
from sitrep.clean.lexicon import Lexicon

PAGE = """Gunmen attacked a police post near the border town late on Sunday, officials said.
The interior ministry said two officers were wounded and that the attackers fled on motorbikes.
Residents told reporters they heard gunfire for more than an hour before reinforcements arrived.
{line}
The government has deployed additional troops to the area and imposed a night curfew."""


def _fixed(line: str) -> str:
    lines = PAGE.format(line=line).split("\n")
    out = []
    for text, edits in zip(lines, find_glue_edits(lines, Lexicon.default())):
        for e in sorted(edits, key=lambda e: e.start, reverse=True):
            text = text[:e.start] + e.replacement + text[e.end:]
        out.append(text)
    return out[3]


def test_two_common_words_joined_once_are_split():
    assert _fixed("The attackers carried heavyweapons and explosives.") == \
        "The attackers carried heavy weapons and explosives."
    assert _fixed("Many inhabitantsmet the delegation at the gate.") == "Many inhabitants met the delegation at the gate."


def test_a_common_word_glued_to_a_capitalised_one_is_split():
    assert _fixed("The ethnicAlbanian officer died later in hospital.") == \
        "The ethnic Albanian officer died later in hospital."


def test_brands_handles_and_rare_parts_stay_whole():
    for line in ("He posted the video on his iPhone and eBay account.",
                 "The group wrote on @northernRegion that it was not involved.",
                 "Officials used earhooks and abstensions in the count.",
                 "The ministry called the raid a seasonlong campaign."):
        assert _fixed(line) == line, line


def test_a_place_glued_to_its_kind_is_split_where_the_name_stands_alone():
    line = "Gunmen struck Tarvali again. Houses in Tarvalidistrict burned."
    assert _fixed(line) == "Gunmen struck Tarvali again. Houses in Tarvali district burned."


def test_a_name_ending_like_a_place_word_stays_whole():
    # "town" and "city" end real names; "district", "province" end none (test_glue_name_splits)
    for line in ("Officials in Morrowtown said the road was closed.", "Crowds filled Kelvacity square."):
        assert _fixed(line) == line, line
