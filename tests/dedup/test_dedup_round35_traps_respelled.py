"""A desk template's report of another incident and a machine re-translation of a wire story.

The template's report shares only background paragraphs (the insurgency's history, the junta's
politics) with the wire and its copy, word for word, while its lead tells another day, place and
toll: no partial copy of either, so no story with them. The re-translation respells nearly every
name ("Amadou Abdramane" / "Amadu Abderrahmane", "Tiani" / "Tchiani") and rewords every sentence:
the strict matching takes the respelled names for a template's swapped ones, yet its lead tells the
wire's incident (the same day and toll), and it aligns with the wire sentence by sentence: a
rewrite. The same re-translation moved to another town is no rewrite of the wire.
"""
from __future__ import annotations

from sitrep.dedup import find_duplicates, verify
from sitrep.dedup.compare import compare, duplicate
from sitrep.dedup.respelled import respelled_rewrite, same_lead, tolls_agree
from sitrep.dedup.lead_facts import LeadFacts
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

WIRE = """NIAMEY (Sahel Wire) - A roadside bomb killed four soldiers and wounded nine others near the town of Ouallam on Tuesday, Niger's defence ministry said.

The patrol was returning to its base in the Tillaberi region when the device exploded under the lead vehicle, a security source told Sahel Wire.

"Our men were hit by a cowardly explosive device planted on the road," defence ministry spokesman Colonel Amadou Abdramane said in a statement read on state television.

No group claimed the attack, but fighters linked to the Islamic State Sahel Province are active around Ouallam.

Army chief General Moussa Salaou Barmou visited the wounded at the military hospital in Niamey and promised to hunt down the attackers.

The bombing came three days after gunmen killed two gendarmes at a checkpoint near the border with Mali, according to local officials.

General Abdourahamane Tiani, who seized power in July 2023, expelled French troops and turned to Russia for security support.

The United Nations mission in the region condemned the attack and called on all parties to protect civilians."""

RETRANSLATED = """Menu  Search

According to Sahel Wire agency, on Tuesday an explosive device of the road killed four soldiers and injured nine other persons close to city of Ouallam, declared the ministry of defence of Niger.

The patrol returned to its base in region of Tillabery when the engine exploded below the first vehicle, told a source of security to the agency.

"Our men were struck by a coward explosive engine placed on the road," declared the spokesman of the ministry of defence, Colonel Amadu Abderrahmane, in a declaration read on the national television.

No group claimed the attack, but the combatants linked to Daech in the Sahel are active around Ouallam.

The chief of staff of the army, General Musa Salau Barmu, visited the injured persons in the military hospital of Niamey and promised to pursue the attackers.

The explosion happened three days after armed men killed two gendarmes in a control post close to the border with Mali, according to local officials.

General Abdurrahman Tchiani, who took the power in July 2023, expelled the French troops and turned toward Russia for support of security.

The mission of United Nations in the region condemned the attack and called all parties to protect the civilians."""

OTHER_TOWN = WIRE.replace("Ouallam", "Banibangou").replace("Tillaberi", "Tahoua")

COPY = """By Sahel Wire

Bomb kills four Nigerien soldiers near Ouallam

""" + WIRE.replace("NIAMEY (Sahel Wire) - ", "") + """

Share this article"""

BACKGROUND_1 = ("The three-border zone between Niger, Mali and Burkina Faso has been the epicentre of a jihadist "
                "insurgency since 2015. Thousands of soldiers and civilians have been killed there and more than "
                "two million people have fled their homes.")
BACKGROUND_2 = ("Niger's military junta, which seized power in July 2023, expelled French troops and turned to "
                "Russia for security support. Critics say attacks have grown deadlier since the coup, and "
                "humanitarian groups have warned of hunger in the camps around Tillaberi.")

DESK_A = f"""A roadside bomb killed four soldiers and wounded nine others near the town of Ouallam on Tuesday, Niger's defence ministry said.

The patrol was returning to its base when the device exploded under the lead vehicle, a security source said.

{BACKGROUND_1}

"Our men were hit by a cowardly explosive device," defence ministry spokesman Colonel Amadou Abdramane said.

Army chief General Moussa Salaou Barmou visited the wounded at the military hospital in Niamey. He promised that the attackers would be hunted down.

{BACKGROUND_2}

The bombing came three days after gunmen killed two gendarmes at a checkpoint near Mali, local officials said."""

DESK_COPY = "OUALLAM, Niger - " + DESK_A + "\n\nRead more: Sahel security"

DESK_OTHER = f"""Gunmen on motorcycles killed eleven traders at a weekly market in Banibangou on Saturday, local officials said.

The attackers opened fire on the crowd and set stalls ablaze before fleeing toward the Malian border, a councillor said.

{BACKGROUND_1}

"The market was full because it was the last one before the rains," a trader who escaped told reporters.

The regional governor ordered the market closed for a week and sent a team to count the damage. Families buried the dead on Sunday morning.

{BACKGROUND_2}

Aid workers said the wounded were taken by road to the hospital in Tahoua, five hours away."""


def _doc(id_: str, text: str, outlet: str, published: str | None) -> Document:
    return Document(id=id_, source=f"{id_}.txt", text=text, raw=text, fmt="txt", outlet=outlet, published=published)


def test_background_paragraphs_shared_with_another_incident_make_no_partial_copy():
    # the passage alone is a partial copy (what the scattered background shares) ...
    assert compare(DESK_COPY, DESK_OTHER).kind == "partial"
    docs = [_doc("a", DESK_A, "Sahel Wire", "2025-03-04"), _doc("b", DESK_COPY, "Niger Today", "2025-03-04"),
            _doc("e", DESK_OTHER, "Market Watch Africa", "2025-03-08")]
    # ... but the leads tell another day and toll: only the copy is linked
    assert {(d.a, d.b): d.kind for d in find_duplicates(docs)} == {("a", "b"): "copy"}


def test_a_re_translation_with_respelled_names_is_a_rewrite():
    wire, translated = sketch(WIRE), sketch(RETRANSLATED)
    assert duplicate(wire, translated) is None          # the strict matching alone turns it away
    found = verify(_doc("w", WIRE, "Sahel Wire", "2025-03-04"), _doc("t", RETRANSLATED, "Niger Digest", None),
                   wire, translated)
    assert found is not None and found.kind == "rewrite"


def test_the_re_translation_moved_to_another_town_is_no_rewrite():
    other = RETRANSLATED.replace("Ouallam", "Banibangou").replace("Tillabery", "Tahoua")
    assert not same_lead(WIRE, other)
    assert respelled_rewrite(WIRE, other, sketch(WIRE), sketch(other)) is None


def test_an_independent_report_of_the_incident_is_no_rewrite():
    own = ("Four soldiers were killed and nine wounded on Tuesday near Ouallam, a local official told our "
           "correspondent.\n\nResidents said they heard a loud blast at dawn and saw smoke over the road to "
           "the north. Shops stayed shut in the afternoon.\n\nA teacher in Ouallam said families of the "
           "soldiers gathered at the barracks, waiting for news. The town's mayor appealed for calm.")
    assert respelled_rewrite(WIRE, own, sketch(WIRE), sketch(own)) is None


def test_leads_agree_on_one_toll_and_no_other_day():
    tuesday_4 = LeadFacts(frozenset({1}), frozenset(), 4, None)
    assert tolls_agree(tuesday_4, LeadFacts(frozenset(), frozenset(), 4, 9))
    assert not tolls_agree(tuesday_4, LeadFacts(frozenset({1}), frozenset(), 5, None))
    assert not tolls_agree(tuesday_4, LeadFacts(frozenset({4}), frozenset(), 4, None))
    assert not tolls_agree(tuesday_4, LeadFacts(frozenset({1}), frozenset(), None, 4))     # no count of one kind


def _sentences(*runs: tuple[int, int]):
    """Aligned sentences of 100 characters each; a run (first, count) is unbroken in both texts."""
    from sitrep.dedup.compare import Alignment
    return [Alignment(100 * i, 100 * i + 99, 100 * i, 100 * i + 99, 1.0) for first, count in runs
            for i in range(first, first + count)]


LEAD_TUESDAY = "Gunmen killed 14 herders near Menaka on Tuesday, the governor said."
LEAD_FRIDAY = "A car bomb killed six soldiers at a checkpoint outside Gao on Friday, the army said."


def test_an_older_report_set_in_whole_stays_a_partial_copy_of_another_incident(monkeypatch):
    import sitrep.dedup as dedup
    from sitrep.dedup.compare import Verdict
    # a block of six sentences in a row, with look-alike lines around it that conflict
    monkeypatch.setattr(dedup, "duplicate", lambda sa, sb: Verdict("partial", 0.4, 0.4, 0.4, _sentences((3, 6)),
                                                                   conflicts=3))
    found = dedup.verify(_doc("a", LEAD_TUESDAY, "Sahel Wire", "2025-03-04"),
                         _doc("b", LEAD_FRIDAY, "Gao Courier", "2025-03-07"), None, None)
    assert found is not None and found.kind == "partial"


def test_scattered_shared_sentences_under_leads_of_other_incidents_are_no_partial_copy(monkeypatch):
    import sitrep.dedup as dedup
    from sitrep.dedup.compare import Verdict
    monkeypatch.setattr(dedup, "duplicate", lambda sa, sb: Verdict("partial", 0.3, 0.3, 0.3,
                                                                   _sentences((4, 1), (8, 3)), conflicts=0))
    a = _doc("a", LEAD_TUESDAY, "Sahel Wire", "2025-03-04")
    assert dedup.verify(a, _doc("b", LEAD_FRIDAY, "Gao Courier", "2025-03-07"), None, None) is None
    # the same passage under a lead of that very day and toll stays a partial copy
    same = _doc("c", "Fourteen herders were killed near Menaka on Tuesday, residents said.", "Gao Courier", "2025-03-05")
    assert dedup.verify(a, same, None, None).kind == "partial"


def test_leads_of_one_toll_and_day_share_a_bucket_key():
    from sitrep.dedup.lead_facts import lead_facts
    from sitrep.dedup.linking import sketch_row
    from sitrep.dedup.lsh import is_figure_key, is_passage_key, lead_key_array

    def keys(text: str) -> set[int]:
        lead = lead_facts(text)
        return set(lead_key_array(lead.killed, lead.wounded, lead.weekdays, lead.dates).tolist())

    wire, translated = keys(WIRE), keys(RETRANSLATED)
    assert wire and wire & translated                   # four killed, nine wounded, on Tuesday
    assert not wire & keys(DESK_OTHER)                  # eleven killed on Saturday
    assert not wire & keys(WIRE.replace("on Tuesday", "on Wednesday"))
    assert keys("Officials said the situation was calm on Tuesday.") == set()     # no toll
    assert not any(is_passage_key(k) or is_figure_key(k) for k in wire)
    # the stored sketch carries them among its bucket keys
    assert wire <= set(sketch_row("w", WIRE)[3])
