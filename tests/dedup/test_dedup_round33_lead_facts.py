"""A desk template's report of another incident is neither a rewrite nor the same story: the lead's
day and toll (``lead_facts``) must agree. Invented Sahel reports (a wire, its re-translation, the
desk's report of a later ambush that recalls the first, a ministry's own report)."""
from __future__ import annotations

from sitrep.dedup import find_duplicates, verify
from sitrep.dedup.lead_facts import incidents_differ, lead_facts, texts_differ
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

BACKGROUND = (
    "\n\nThe convoy was hit while crossing a dry riverbed, an area that jihadist fighters have long used "
    "as a refuge, the sources said. One of them said a lieutenant commanded the escort.\n\n"
    "No group immediately claimed the attack, but it bore the hallmarks of the Islamic State Sahel "
    "Province, which still stages ambushes along the roads between Menaka, Ansongo and the Niger border.\n\n"
    "The army general staff confirmed the attack in a statement, saying \"several of our valiant soldiers\" "
    "had fallen to \"a device planted by terrorist remnants\", without giving a number.\n\n"
    "Jihadist groups took control of much of northern Mali in 2012 and were pushed back in 2013, but "
    "small units remain active in remote scrubland. A United Nations panel last year estimated the "
    "province still has between 2,000 and 4,000 fighters across the region.\n\n"
    "The attacks come as Bamako and its partners carry out a plan agreed in June to hand over the "
    "remaining bases to national forces by the end of the year.")

WIRE = ("MENAKA, Mali, June 4 (Reuters) - A roadside bomb struck a Malian army convoy east of Menaka late on "
        "Tuesday, killing five soldiers, including a lieutenant, and wounding six others, two security "
        "sources said." + BACKGROUND)

TWIN = ("BAMAKO, June 10 (Reuters) - A roadside bomb struck a vehicle carrying militia fighters in the "
        "Tessit district north of Ansongo late on Sunday, killing two fighters and wounding three others, "
        "two security sources said.\n\nLast week, five soldiers were killed when a roadside bomb hit an army "
        "convoy east of Menaka." + BACKGROUND)

RETRANSLATED = ("Menaka - Reuters: An explosive device targeted a convoy of the Malian army at the east of Menaka "
                "on the evening of Tuesday, 3 June, which led to the killing of five soldiers among them a "
                "lieutenant, and the injury of six others, according to what two security sources said.")

MINISTRY = ("Bamako-AMAP\n\nThe Minister of Defence arrived on Wednesday in Menaka region.\n\n"
            "The zone commander said that \"four heroes of the 5th Battalion, including a lieutenant, were "
            "martyred, and two others were wounded, when an explosive device exploded on their vehicle on "
            "Tuesday evening\".")


def _doc(doc_id: str, text: str, published: str) -> Document:
    return Document(id=doc_id, source=doc_id, text=text, raw=text, fmt="txt", outlet="Reuters", published=published)


def test_lead_facts_read_day_and_toll_in_active_and_passive_forms() -> None:
    wire = lead_facts(WIRE)
    assert (wire.weekdays, wire.killed, wire.wounded) == (frozenset({1}), 5, 6)
    assert not wire.dates                     # "June 4" is the dateline's filing day
    retold = lead_facts(RETRANSLATED)
    assert (retold.killed, retold.wounded, retold.dates) == (5, 6, frozenset({(6, 3)}))
    # the toll paragraph is found after a dateline line and a paragraph without one
    ministry = lead_facts(MINISTRY)
    assert (ministry.weekdays, ministry.killed, ministry.wounded) == (frozenset({1}), 4, 2)


def test_other_day_and_other_toll_is_another_incident() -> None:
    assert texts_differ(WIRE, TWIN)
    assert texts_differ(RETRANSLATED, TWIN)
    # a re-translation keeps the day and toll; a ministry revises the toll but not the day
    assert not texts_differ(WIRE, RETRANSLATED)
    assert not texts_differ(WIRE, MINISTRY)


def test_facts_missing_on_one_side_never_separate() -> None:
    wire = lead_facts(WIRE)
    no_day = lead_facts("Five soldiers were killed and six wounded in an ambush near Menaka, officials said.")
    assert no_day.killed == 5 and not no_day.weekdays
    assert not incidents_differ(wire, no_day)
    assert not texts_differ(WIRE, "Mali's junta extended the transition by five years on Tuesday.")


def test_template_twin_is_not_linked_to_the_wire_or_its_retranslation() -> None:
    wire, twin = _doc("w", WIRE, "2025-06-04"), _doc("t", TWIN, "2025-06-10")
    assert verify(wire, twin, sketch(WIRE), sketch(TWIN)) is None
    found = find_duplicates([wire, twin, _doc("r", RETRANSLATED + BACKGROUND, "2025-06-04")])
    assert all("t" not in (d.a, d.b) for d in found)
