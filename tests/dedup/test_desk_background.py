"""One desk's standing background paragraphs in its reports of two happenings: no partial copy
(``dedup.desk_background``). Invented reports on an invented island territory."""
from __future__ import annotations

from sitrep.dedup import find_duplicates, verify
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

BACKGROUND = [
    "Veloria, a Marenese territory since 1871, rejected independence in two referendums held between 2016 and 2020.",
    "Independence leaders say the reform would dilute the vote of the native Toka people, who make up about 38% of the population.",
    "The last vote was boycotted by the independence parties, who called it illegitimate.",
]

EMERGENCY = [
    "PORT SALIS, June 4 (Coral Wire) - A state of emergency came into force in Veloria on Thursday after three nights "
    "of rioting that have left four people dead and hundreds injured, officials said.",
    "The emergency powers allow the authorities to ban gatherings, place people under house arrest and search homes.",
    "Rioters set fire to shops, cars and a school in the capital and its suburbs of Kavu and Resto overnight.",
    "Residents in several neighbourhoods formed self-defence groups and manned barricades of their own.",
    "The unrest erupted as lawmakers in the metropole debated a reform of the territory's voting rolls.",
    *BACKGROUND,
    "The high commissioner said 300 extra police officers would arrive from the metropole by the weekend.",
]

SHOOTING = [
    "PORT SALIS, June 13 (Coral Wire) - A police officer shot dead a man in the suburb of Resto on Friday after "
    "being attacked by a group of youths, prosecutors said, bringing the toll of the unrest to six.",
    "The officer and a colleague, both in plain clothes, were beaten by the group before he fired his weapon.",
    "An investigation for manslaughter was opened and the officer was taken into custody, the prosecutor said.",
    "The shooting came a day after the minister flew into the capital for talks with the island's leaders.",
    *BACKGROUND,
    "Barricades still blocked the road to the airport, which has been closed to commercial flights since May.",
]


def _doc(id_: str, sentences: list[str], outlet: str, published: str) -> Document:
    text = "\n\n".join(sentences)
    return Document(id=id_, source=f"{id_}.txt", fmt="txt", raw=text, text=text, outlet=outlet, published=published)


def test_one_desks_background_in_its_reports_of_two_happenings_is_no_partial_copy():
    a = _doc("a", EMERGENCY, "Coral Wire", "2026-06-04")
    b = _doc("b", SHOOTING, "Coral Wire", "2026-06-13")
    assert verify(a, b, sketch(a.text), sketch(b.text)) is None
    assert find_duplicates([a, b]) == []


def test_another_outlet_taking_the_same_paragraphs_is_still_a_partial_copy():
    a = _doc("a", EMERGENCY, "Coral Wire", "2026-06-04")
    # an analysis whose lead tells no day and no toll (``passage_leads_differ`` cannot set it apart)
    lifted = ["The island's leaders met in the capital to weigh the crisis, which has shaken the territory's economy.",
              *SHOOTING[3:4],
              "Tourism, the second employer after the nickel mines, has lost most of its bookings since the riots began.",
              "Exporters say the port has handled barely a third of its usual cargo, and two smelters have stopped work.",
              *BACKGROUND, "Hotels in the capital have reported cancellations for the whole season.",
              "Economists at the territory's central bank expect the crisis to cost several points of growth this year.",
              "Talks between the leaders are due to resume next month, the minister's office said."]
    b = _doc("b", lifted, "Island Daily", "2026-06-13")
    found = verify(a, b, sketch(a.text), sketch(b.text))
    assert found is not None and found.kind == "partial"


def test_a_report_set_in_with_its_lead_stays_linked_within_one_desk():
    a = _doc("a", EMERGENCY, "Coral Wire", "2026-06-04")
    later = SHOOTING[:4] + EMERGENCY[:3] + BACKGROUND
    b = _doc("b", later, "Coral Wire", "2026-06-13")
    assert verify(a, b, sketch(a.text), sketch(b.text)) is not None


def test_a_block_of_one_report_spread_over_two_paragraphs_of_the_other_is_judged_alike_both_ways():
    # the emergency report's background is one block of four; the shooting report splits it in two
    block = [*BACKGROUND, "Talks on the territory's future have been frozen since the last vote."]
    emergency = [*EMERGENCY[:5], *block, EMERGENCY[-1]]
    shooting = [*SHOOTING[:4], *block[:2], SHOOTING[-1], *block[2:],
                "Schools in the capital stayed shut for a second week, the education office said."]
    a = _doc("a", emergency, "Coral Wire", "2026-06-04")
    b = _doc("b", shooting, "Coral Wire", "2026-06-13")
    sa, sb = sketch(a.text), sketch(b.text)
    assert verify(a, b, sa, sb) is None
    assert verify(b, a, sb, sa) is None
