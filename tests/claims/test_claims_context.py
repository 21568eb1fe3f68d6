"""A claim's period (from time expressions) and claimant (from attribution in its sentence)."""
from __future__ import annotations


def test_according_to_media_and_since_range(claims):
    text = ("Israel has tracked 65 drone attacks originating from Iraq since early November, "
            "according to the newspaper Maariv.")
    found = claims(text, mentions=[("Israel", "GPE", 1), ("Iraq", "GPE", 2), ("Maariv", "MEDIA", 3)],
                   timexes=[("since early November", "2024-11-01", "range", "2024-11-20")])
    (c,) = found
    assert (c.quantity, c.unit, c.period) == (65, "drone attacks", "since 2024-11-01")
    assert (c.claimant, c.claimant_name) == (3, "Maariv")


def test_subject_said(claims):
    text = "The Sudanese Doctors Network said 21 people were killed in shelling on El Obeid on Monday."
    found = claims(text, mentions=[("Sudanese Doctors Network", "ORG", 4), ("El Obeid", "GPE", 5)],
                   timexes=[("on Monday", "2024-11-18", "day")])
    (c,) = found
    assert (c.unit, c.claimant, c.claimant_name, c.period) == ("people killed", 4, "Sudanese Doctors Network", "2024-11-18")


def test_inverted_said(claims):
    text = "Nineteen soldiers were killed in the ambush near Diapaga, said the army."
    (c,) = claims(text, mentions=[("Diapaga", "GPE", 1), ("army", "ORG", 2)])
    assert (c.quantity, c.claimant, c.claimant_name) == (19, 2, "army")


def test_possessive_figures_show(claims):
    text = "UNHCR's figures show 180,000 refugees have crossed into Chad since April."
    (c,) = claims(text, mentions=[("UNHCR", "ORG", 7), ("Chad", "GPE", 8)],
                  timexes=[("since April", "2024-04", "range", "2024-11-20")])
    assert (c.quantity, c.unit, c.claimant, c.period) == (180000, "refugees", 7, "since 2024-04")


def test_media_reported(claims):
    text = "Ukrainska Pravda reported 11 explosions in Belgorod overnight."
    (c,) = claims(text, mentions=[("Ukrainska Pravda", "MEDIA", 2), ("Belgorod", "GPE", 3)])
    assert (c.quantity, c.unit, c.claimant) == (11, "explosions", 2)


def test_disputed_figures_keep_their_claimants(claims):
    text = ("The Gaza health ministry said 48 people were killed in the strike. "
            "The Israeli military said 12 militants were killed.")
    found = claims(text, mentions=[("Gaza health ministry", "ORG", 1), ("Israeli military", "ORG", 2)])
    assert [(c.quantity, c.unit, c.claimant) for c in found] == [
        (48, "people killed", 1), (12, "fighters killed", 2)]


def test_unnamed_source_is_a_name_without_actor(claims):
    text = "At least 30 civilians were killed, according to local activists."
    (c,) = claims(text)
    assert c.claimant is None and c.claimant_name == "local activists"


def test_no_attribution(claims):
    (c,) = claims("Gunmen burned 40 homes in the village.", mentions=[])
    assert c.claimant is None and c.claimant_name is None


def test_claimant_is_in_the_same_sentence_only(claims):
    text = "The army said the raid went well. Rebels destroyed 4 tanks."
    (c,) = claims(text, mentions=[("army", "ORG", 1), ("Rebels", "ORG", 2)])
    assert c.claimant is None


def test_period_before_the_number(claims):
    text = "In October, 90 rockets were fired at Haifa."
    (c,) = claims(text, timexes=[("In October", "2024-10")])
    assert c.period == "2024-10"


def test_period_from_month_name_and_publication_year(claims):
    """No time expression covers "in September": the month is resolved against publication."""
    (c,) = claims("Jihadists carried out 31 attacks in September.", published="2024-11-20")
    assert c.period == "2024-09"
    (c,) = claims("Jihadists carried out 31 attacks in December.", published="2025-02-03")
    assert c.period == "2024-12"


def test_period_absent(claims):
    (c,) = claims("Jihadists carried out 31 attacks.")
    assert c.period is None


def test_series_periods_from_month_names_alone(claims):
    found = claims("Shelling incidents rose from 12 in June to 40 in July.", published="2024-11-20")
    assert [(c.quantity, c.period) for c in found] == [(12, "2024-06"), (40, "2024-07")]


def test_sentence_level_time_expression(claims):
    text = "On October 4, a drone attack killed two soldiers and wounded 24 others at a base."
    found = claims(text, timexes=[("On October 4", "2024-10-04", "day")])
    assert [(c.quantity, c.unit, c.period) for c in found] == [
        (2, "soldiers killed", "2024-10-04"), (24, "soldiers injured", "2024-10-04")]


def test_explicit_range_period(claims):
    text = "Between January and March, 1,400 people were detained in Tigray."
    (c,) = claims(text, timexes=[("Between January and March", "2024-01", "range", "2024-03")])
    assert c.period == "2024-01/2024-03"
