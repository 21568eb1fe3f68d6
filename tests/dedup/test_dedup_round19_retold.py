"""A wire story retold by another outlet in its own words ("... and news agencies") is a rewrite
when it keeps the wire's specific figures; another story of the same conflict, sharing names and
background but not those figures, is not. (Invented Sahel texts.)"""
from sitrep.dedup.compare import compare

WIRE = """Gunmen kill 73 in raid on Sahel market town, officials say

NIAMEY, March 3 (Reuters) - Gunmen killed at least 73 civilians in an attack on a market in the town of Tessarane in western Niger on Sunday, two local officials said.
The attackers arrived on about 60 motorcycles shortly after noon and opened fire on traders and buyers, a local councillor told Reuters.
Regional governor Idrissa Maikano said 38 of the wounded had been taken to the hospital in Tillaberi.
"They fired at everyone who was running," said Amadou Sanda, a trader who survived by hiding in a grain store.
No group claimed the attack, but Islamic State Sahel Province fighters are active in the area.
The army said it had sent reinforcements and killed 14 of the assailants in a pursuit near the Malian border.
The United Nations humanitarian office said more than 4,300 people had fled Tessarane for Tillaberi since the attack.
Niger's military government, which seized power in July 2023, has struggled to contain the insurgency.
Defence Minister Salifou Modi said on Monday the government would arm village self-defence groups.
The United States and France withdrew their troops from Niger last year at the junta's request.
Aid groups say about 370,000 people are displaced in the Tillaberi region.
(Reporting by Moussa Aksar; Editing by Jane Doe)
"""

RETOLD = """Niger: dozens dead after gunmen storm market

At least 73 people were killed when gunmen on motorbikes stormed the weekly market in Tessarane, in western Niger, local officials say.
Witnesses said dozens of attackers rode in on roughly 60 motorcycles around midday on Sunday and fired indiscriminately into the crowd.
The governor of the region, Idrissa Maikano, reported that 38 injured people were being treated in Tillaberi.
Survivor Amadou Sanda, a trader, described hiding inside a grain store while the gunmen fired at anyone who fled.
Soldiers chasing the attackers toward the border with Mali killed 14 of them, according to the army.
There was no immediate claim of responsibility, though fighters of the Islamic State Sahel Province operate nearby.
More than 4,300 residents have since fled to Tillaberi, the UN's humanitarian coordination office said.
Our correspondent in Niamey said anger was growing among residents of the border districts.
"We have been abandoned for years," a community leader told us by phone.
Aid agencies estimate 370,000 people have been driven from their homes in Tillaberi region.
Al Nahar and news agencies
"""

OTHER = """Niger junta arms village militias as Sahel attacks mount

NIAMEY, March 5 - Niger's military government will arm self-defence groups in 120 villages, Defence Minister Salifou Modi said on Tuesday, after a string of attacks in the Tillaberi region.
Modi told state television that 2,500 volunteers would receive training from the army over six weeks.
Islamic State Sahel Province fighters have killed hundreds of civilians in the region this year.
Local officials said 19 people were killed in an attack on the village of Kourfeye on Friday.
The United States and France withdrew their troops from Niger last year at the junta's request.
Rights groups warned that arming civilians could fuel ethnic reprisals, as happened in Burkina Faso.
"Giving guns to villagers is not a security policy," said Ibrahim Diallo, a researcher in Niamey.
The army said it had killed 31 militants in air strikes near the Malian border over the weekend.
Aid groups say about 370,000 people are displaced in the Tillaberi region, where the UN has appealed for $80 million.
"""

# the same desk template, another attack: other town, other toll, other day
TEMPLATE = WIRE.replace("73", "41").replace("Tessarane", "Banibangou").replace("Sunday", "Friday") \
    .replace("60 motorcycles", "40 motorcycles").replace("38 of the wounded", "22 of the wounded") \
    .replace("14 of the assailants", "9 of the assailants").replace("4,300", "1,800").replace("March 3", "March 8")


def test_retelling_with_the_same_figures_is_a_rewrite():
    verdict = compare(WIRE, RETOLD)
    assert verdict.kind == "rewrite"


def test_same_conflict_other_story_is_not_a_duplicate():
    assert compare(WIRE, OTHER).kind is None
    assert compare(RETOLD, OTHER).kind is None


def test_template_other_incident_is_not_a_rewrite_of_the_retelling():
    assert compare(TEMPLATE, RETOLD).kind is None
