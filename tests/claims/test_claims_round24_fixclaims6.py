"""Round 24: lower-bound verbs ("exceeds", "tops", "has passed"), "displacement" as a toll noun,
and a place with a compass adjective between the counted noun and its state."""
from __future__ import annotations


def qqu(found):
    return [(c.quantity, c.qualifier, c.unit) for c in found]


def test_toll_exceeds_is_a_lower_bound(claims):
    found = claims("Medics in Bossangoa said the real death toll exceeds 60, as bodies lay in the fields.")
    assert qqu(found) == [(60, "more than", "deaths")]


def test_headline_displacement_tops(claims):
    found = claims("Displacement from Ituri tops 48,000")
    assert qqu(found) == [(48000, "more than", "people displaced")]


def test_displacement_has_passed(claims):
    found = claims("The agency says displacement from the Cabo Delgado region has passed 72,000 as fighting spreads.")
    assert qqu(found) == [(72000, "more than", "people displaced")]


def test_plain_passed_is_no_bound(claims):
    found = claims("The convoy passed 3 checkpoints before dawn.")
    assert all(c.qualifier is None for c in found)


def test_toll_topped_keeps_state(claims):
    found = claims("The toll of the ambush topped 40 soldiers, the ministry said.")
    assert qqu(found) == [(40, "more than", "soldiers killed")]


def test_compass_place_before_state(claims):
    found = claims("Some 7,500 villagers of eastern Chad remain displaced, aid groups said.")
    assert [(c.quantity, c.unit) for c in found] == [(7500, "civilians displaced")]
    found = claims("Nine soldiers in north-western Tigray were killed overnight.")
    assert [(c.quantity, c.unit) for c in found] == [(9, "soldiers killed")]


def test_displace_frame_across_a_place(claims):
    found = claims("Shelling has forced some 12,000 residents of southern Kordofan from their homes.")
    assert [(c.quantity, c.unit) for c in found] == [(12000, "civilians displaced")]
