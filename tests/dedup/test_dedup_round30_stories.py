"""An outlet's own retelling of a wire story (respelled names, recast sentences, its own witness)
is a rewrite; the desk template's report of another night and a short independent brief are not
(invented reports from an invented Mozambique-like province)."""
from __future__ import annotations

import importlib

from sitrep.dedup.retold import RETOLD_MIN_SENTENCES, leads_share_figure, retold
from sitrep.dedup.sketch import sketch

compare_mod = importlib.import_module("sitrep.dedup.compare")

WIRE = """Insurgents kill dozens in raid on northern town, officials say

Pemba (AFP) - Islamist insurgents killed dozens of civilians in a raid on the town of Mucojo in Cabo Delgado province, local officials and aid workers said Tuesday.

The district administrator said the fighters killed 83 people and wounded 140 when they stormed the town's market and police post on Saturday night.

"They went from house to house and set fire to everything they could not carry," the administrator told reporters by telephone.

The attack came a week after Bonomade Machude, the provincial governor, announced that the army had retaken the nearby port of Quissanga.

Since then the insurgents have raided at least nine villages along the coast, including Naunde and Ulo, according to local radio, which said dozens of fishermen had been abducted.

The UN refugee agency said 23,700 people had fled their homes in Macomia district since the start of the month, most of them walking south to Pemba and Metuge.

The regional bishop, Antonio Juliasse, said he was deeply shocked and called on the government to protect civilians.

The insurgents denied killing civilians in a statement on their channel, saying they had attacked only soldiers and police.

President Filipe Nyusi promised on Monday that the killers of Mucojo would be hunted down.

The conflict has killed more than 5,900 people since 2017 and displaced nearly one million, according to monitors."""

RETOLD = """Macomia mourns as insurgents pursue their campaign on the coast

Insurgents have pressed on with a campaign of killing and burning along the Macomia coast, days after the army claimed to have retaken Kissanga. The deadliest attack struck Mucojo, where officials say 83 people were killed.

President Filipe Nyusi vowed on Monday to hunt down those responsible for the Mucojo killings, while Bishop Antonio Juliase condemned them and asked the government to protect civilians.

Families have fled by the thousand. The UN refugee agency reported that 23,700 people had left their homes in Macomia district this month, most of them for Pemba and Metuge.

According to the district administration, fighters in pick-up trucks surrounded Mucojo on Saturday night and opened fire in the market and at the police post. More than 140 people were injured.

The insurgents rejected the accusations, saying on their channel that only soldiers and police had been targeted.

A trader from Mucojo who reached Pemba told our reporter that the attackers "burned the market stalls and took the young men with them." He said his cousin was among the dead.

Local radio said the insurgents had since attacked Naunde, Ulo and several other villages and abducted fishermen, after governor Bonomade Matxude announced that Kissanga was back in army hands.

Our station has reported on the insurgency in Cabo Delgado since it began in 2017. The conflict has killed thousands and uprooted nearly one million people."""

# the desk's template on another night: other town, other toll, other counts
NEXT = (WIRE.replace("Mucojo", "Quiterajo").replace("83", "17").replace("140", "26")
        .replace("23,700", "8,400").replace("Saturday", "Wednesday").replace("Monday", "Thursday"))

# a short independent report: same toll, its own framing; a story link at most
BRIEF = """Residents of Mucojo buried their dead on Sunday after a raid that officials say killed 83 people.

"They came at night and burned the market," said a fisherman who lost two sons.

The toll of 83 dead and 140 wounded is likely to rise, aid workers warned, adding that 23,700 people have fled Macomia district this month.

The insurgents denied killing civilians."""


def test_an_outlet_s_own_retelling_is_a_rewrite():
    verdict = compare_mod.compare(WIRE, RETOLD)
    assert verdict.kind == "rewrite"
    assert compare_mod.compare(RETOLD, WIRE).kind == "rewrite"


def test_the_retelling_and_the_template_s_next_night_are_no_duplicates():
    # (WIRE and NEXT are one text with its figures edited: that is the copy tests' business)
    assert compare_mod.compare(RETOLD, NEXT).kind is None
    assert compare_mod.duplicate(sketch(RETOLD), sketch(NEXT)) is None


def test_a_short_independent_report_is_no_rewrite():
    assert sketch(BRIEF).usable < RETOLD_MIN_SENTENCES
    assert compare_mod.compare(WIRE, BRIEF).kind is None


def test_leads_must_share_a_specific_figure():
    lead = compare_mod._lead
    a, b, n = sketch(WIRE), sketch(RETOLD), sketch(NEXT)
    assert leads_share_figure(a, b, lead(a, 4), lead(b, 4))
    assert not leads_share_figure(n, b, lead(n, 4), lead(b, 4))
    assert not leads_share_figure(a, b, set(), lead(b, 4))


def _retold(a: str, b: str) -> bool:
    pa, pb = sketch(a), sketch(b)
    lead = compare_mod._lead
    return retold(pa, pb, compare_mod._same_figures(pa, pb), compare_mod._figures_apart(pa, pb),
                  lead(pa, 4), lead(pb, 4))


def test_the_retold_test_itself():
    # the retelling's words, figures and lead toll are the wire's; the template's next night
    # swaps the figures; the brief is too short for shared vocabulary to say anything
    assert _retold(WIRE, RETOLD) and _retold(RETOLD, WIRE)
    assert not _retold(RETOLD, NEXT)
    assert not _retold(WIRE, BRIEF)
