"""One desk template, two incidents: the leads swap the toll and the place or day while the
background lines (the spokesman, the denial, the context) align as a rewrite's would. Such a pair
is no rewrite; a rewrite of the same incident, or a correction of its toll, still is."""
from __future__ import annotations

from sitrep.dedup import find_duplicates, group_stories
from sitrep.dedup.compare import compare
from sitrep.model import Document

# An invented AP-style Myanmar template: two airstrikes weeks apart, same spokespeople, same
# context lines, each retold a little differently.
STRIKE_1 = """BANGKOK (AP) — Myanmar's military killed 9 villagers in an airstrike on Hpa Lan village in the Sagaing region on Thursday, a spokesperson for a local resistance group said on Friday.

Khin Maung Lwin of the People's Defence Force said the dead included two monks sheltering in the monastery.

Military spokesperson Zaw Min Tun denied that the army had targeted civilians.

"The villagers had no warning," Khin Maung Lwin said.

The army seized power from the elected government of Aung San Suu Kyi in 2021."""

STRIKE_2 = """BANGKOK (AP) — Myanmar's military killed 17 villagers in an airstrike on Let Yet Kone village in the Magway region on Saturday, a spokesperson for a local resistance group said on Monday, the deadliest strike in the region this year.

Khin Maung Lwin of the People's Defence Force said the dead included six children who had been at the village school.

Military spokesperson Zaw Min Tun denied in a statement on state television that the army had targeted civilians, saying it had hit a weapons depot.

"The planes came twice," Khin Maung Lwin said.

Residents said they buried the dead in the forest the next morning for fear of more strikes.

The army, which seized power from the elected government of Aung San Suu Kyi in 2021, has increasingly relied on air power as it lost ground."""

# The first strike retold by another outlet: other words, the same village, day and toll.
STRIKE_1_REWRITE = """An airstrike by Myanmar's military on Thursday killed nine villagers in Hpa Lan, in the Sagaing region, according to a resistance group spokesperson.

Two monks who were sheltering in the village monastery were among those killed, Khin Maung Lwin of the People's Defence Force told reporters.

The junta's spokesperson, Zaw Min Tun, rejected accusations that troops had targeted civilians.

"Nobody in the village had any warning," Khin Maung Lwin said by telephone.

Myanmar's army took power from Aung San Suu Kyi's elected government in a 2021 coup."""

# The first strike again, its toll corrected in the lead and nothing else changed but the wording.
STRIKE_1_CORRECTED = STRIKE_1_REWRITE.replace("killed nine villagers", "killed eleven villagers")

# A next-day update: the lead swaps the toll and the reporting day, and says where both came from.
STRIKE_1_UPDATE = STRIKE_1_REWRITE.replace(
    "killed nine villagers in Hpa Lan, in the Sagaing region, according to a resistance group spokesperson.",
    "killed 12 villagers in Hpa Lan, in the Sagaing region, a resistance group spokesperson said on Saturday. "
    "The first count the group gave on Friday was 9.")


def test_one_template_two_incidents_is_no_rewrite():
    verdict = compare(STRIKE_1, STRIKE_2)
    assert len(verdict.aligned) >= 3        # the background lines align ...
    assert verdict.kind is None             # ... but the leads tell another strike


def test_a_rewrite_of_the_same_incident_is_still_a_rewrite():
    assert compare(STRIKE_1, STRIKE_1_REWRITE).kind == "rewrite"


def test_a_lead_with_only_its_toll_changed_is_still_a_rewrite():
    assert compare(STRIKE_1, STRIKE_1_CORRECTED).kind == "rewrite"


def test_template_look_alikes_make_separate_stories():
    docs = [Document(id=k, source=f"{k}.txt", text=t, raw=t, fmt="txt")
            for k, t in (("s1", STRIKE_1), ("s2", STRIKE_2), ("r1", STRIKE_1_REWRITE))]
    pairs = {frozenset((d.a, d.b)) for d in find_duplicates(docs)}
    assert frozenset(("s1", "r1")) in pairs
    assert not any("s2" in p for p in pairs)
    stories = {frozenset(s.documents) for s in group_stories(docs, find_duplicates(docs))}
    assert frozenset({"s2"}) in stories


def test_an_update_that_carries_the_first_toll_and_day_is_still_a_rewrite():
    assert compare(STRIKE_1, STRIKE_1_UPDATE).kind == "rewrite"
