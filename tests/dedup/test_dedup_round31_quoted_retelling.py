"""An outlet's own report of a leader's speech is a rewrite of the wire story on it even though
each adds its own background figures (so few figures are shared): its sentences retell the wire's
in order, the leads meet, the speech's quote is taken over word for word and no matched sentence
swaps a figure. The same desk's report of another speech, with the same quote recalled but another
toll in its lead, stays apart. (Invented Caucasus/Black Sea texts.)"""
from sitrep.dedup.compare import compare

WIRE = """Separatist leader says ready for talks, but not at any price

Tiraslav (AFP) - The leader of the breakaway region of Dorvania, Marek Ostapov, said Thursday his movement would accept a ceasefire with government forces if the army pulled back from the river crossings.
"If the government wants to stop the shelling, we say we accept, but only under conditions that protect our people and our land," Ostapov said in a televised address.
He spoke two days after government artillery struck the market in Pelinka, killing 17 people according to local officials.
Ostapov was chosen to lead the movement last month after his predecessor, Ilya Grosev, died in a drone strike near Tiraslav.
On Wednesday the army spokesman Colonel Vadim Rusu ordered residents of the old town of Kemeri to leave ahead of strikes on what he called militant depots.
Rusu said the movement stored rockets in homes and schools, which the separatists deny.
Mediator Anna Lindqvist, who met both sides in Vienna, said she was hopeful a truce could be reached within days.
The government says its campaign aims to push the fighters back so that 45,000 displaced villagers can return home.
The separatists say more than 900 of their fighters and civilians have been killed since the offensive began in March.
Parliament speaker Tomas Varga, who has led talks with the mediator, has insisted on a truce monitored by observers.
The region of about 380,000 people declared independence in 1991 but is recognised by no United Nations member.
Its economy depends on remittances and on a steel plant that has stood idle since the spring.
Government officials accuse neighbouring states of letting volunteers and weapons cross into the region.
The European Union has offered to send monitors once a ceasefire is agreed, diplomats said.
Previous truces collapsed within weeks in 2015 and again in 2019, each side blaming the other.
"""

RETOLD = """Dorvania's Ostapov sets terms for a ceasefire

Marek Ostapov, the head of the Dorvanian separatist movement, said on Thursday that the group would agree to a ceasefire if government troops withdrew from the river crossings.
"If the government wants to stop the shelling, we say we accept, but only under conditions that protect our people and our land," Ostapov said in a televised address.
Ostapov, 58, took over the movement last month when Ilya Grosev was killed by a drone near Tiraslav, and vowed to keep the front lines manned.
Hours before the address, army spokesman Vadim Rusu issued an evacuation order for the old town of Kemeri, saying militant depots there would be struck.
The army accuses the separatists of hiding rockets in houses and schools, a claim the movement rejects.
Mediator Anna Lindqvist said after meeting both sides in Vienna that she was hopeful of a truce within days.
The government says the offensive is meant to let some 45,000 villagers go back to their homes near the border.
Varga, the parliament speaker tasked with the talks, insists on a truce under international observers.
Local media reported that 12 schools in the region had closed and about 3,200 families had sought shelter in Tiraslav.
The regional hospital said it had received 64 wounded since the start of the month.
The separatists put their dead, fighters and civilians, at more than 900 since the March offensive began.
Residents of Pelinka said queues for bread stretched for hours and the last pharmacy had closed on Tuesday.
The separatist council in Tiraslav met behind closed doors for a third consecutive evening, members said.
Fuel prices in the regional capital have tripled since the front line moved toward the river, traders complained.
A convoy of 14 trucks from the Red Cross reached the outskirts of Tiraslav carrying flour and insulin.
Church leaders appealed to both sides to open a corridor for the elderly and for the sick.
Teachers in the region have not been paid for 5 months, the local union said in a statement.
"""

# the same desk's report of another day: the quote recalled, its lead tells another strike and toll
OTHER_DAY = """Separatist leader says ready for talks after new strike

Tiraslav (AFP) - The leader of the breakaway region of Dorvania, Marek Ostapov, said Monday his movement would accept a ceasefire with government forces after artillery struck the town of Velika, killing 29 people.
"If the government wants to stop the shelling, we say we accept, but only under conditions that protect our people and our land," Ostapov said in a televised address.
He spoke a day after government artillery struck the bus station in Velika, killing 29 people according to local officials.
Ostapov was chosen to lead the movement in spring after his predecessor, Ilya Grosev, died in a drone strike near Tiraslav.
On Sunday the army spokesman Colonel Vadim Rusu ordered residents of the new quarter of Velika to leave ahead of strikes on what he called militant depots.
Rusu said the movement stored rockets in homes and schools, which the separatists deny.
Mediator Anna Lindqvist, who met both sides in Geneva, said she was hopeful a truce could be reached within weeks.
The government says its campaign aims to push the fighters back so that 61,000 displaced villagers can return home.
The separatists say more than 1,400 of their fighters and civilians have been killed since the offensive began in March.
Parliament speaker Tomas Varga, who has led talks with the mediator, has insisted on a truce monitored by observers.
"""


def test_outlets_own_report_of_a_speech_is_a_rewrite() -> None:
    assert compare(WIRE, RETOLD).kind == "rewrite"
    assert compare(RETOLD, WIRE).kind == "rewrite"


# the outlet's own report of that other day, worded as RETOLD: the quote and background lines
# match, the lead and counts tell another strike
OTHER_RETOLD = (RETOLD.replace("said on Thursday", "said on Monday, after artillery killed 29 people in Velika,")
                .replace("45,000", "61,000").replace("12 schools", "19 schools").replace("3,200", "4,700")
                .replace("64 wounded", "81 wounded").replace("Kemeri", "Velika"))


def test_same_desks_report_of_another_day_stays_apart() -> None:
    assert compare(RETOLD, OTHER_DAY).kind is None
    assert compare(WIRE, OTHER_RETOLD).kind is None
    assert compare(RETOLD, OTHER_RETOLD).kind != "rewrite" or compare(RETOLD, OTHER_RETOLD).containment >= 0.6


def test_a_retelling_sharing_no_figure_is_no_rewrite() -> None:
    # the same wording with no specific figure in common: nothing ties the two to one statement
    # but wording a desk template also gives
    wire = WIRE.replace("45,000", "thousands of").replace("900", "hundreds")
    assert compare(wire, RETOLD).kind is None
