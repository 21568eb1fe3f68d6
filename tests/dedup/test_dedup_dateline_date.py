"""A dateline's date is the day the wire filed, no word of its report: a rewrite that drops the
wire's dated dateline is still a rewrite. (Invented Varno/Tesmania texts.)"""
from __future__ import annotations

import re

from sitrep.dedup.compare import compare
from sitrep.dedup.dateline_credit import without_credit

WIRE = """Gunmen kill police officer, besiege monastery in northern Tesmania

VARNO, Sept 24 (Northwire) - About 30 heavily armed gunmen killed a Tesmanian police officer in an ambush in the north of the country early on Sunday and then barricaded themselves inside an old monastery, where three of them were killed in a gunfight with police, officials said.

Police said a patrol was sent to the village of Orlesh, about 15 km from the border, at around 3 a.m. after reports that two trucks without plates were blocking a bridge at the entrance to the village.

Police sergeant Avel Dunaj was killed and another officer was wounded, police said. Investigators counted 220 spent cartridges on the bridge.

The attackers then drove an armoured vehicle through the gate of the 14th-century Orlesh monastery, where a group of pilgrims from the city of Kelmar was staying, the diocese of Orlesh said.

Special police units surrounded the monastery and exchanged fire with the gunmen for much of the day. By evening three attackers had been killed and two arrested, Interior Minister Teodor Sval told reporters. He said 120 officers had taken part and 46 residents had been evacuated.

Prime Minister Ilir Maxhun blamed the neighbouring government for the violence and said the attackers were professionals in military uniforms.

The president of the neighbouring state said in a televised address on Sunday night that his government had nothing to do with the attack.

The peacekeeping mission said its troops were monitoring the situation and were ready to respond if necessary.

Tension runs high in the north, where about 50,000 members of the minority live. Last May more than 90 peacekeepers were injured in clashes with protesters in the town of Zerak.
"""

# a regional site's rewrite "with reporting from Northwire": no dateline, every sentence reworded
REWRITE = """Police sergeant killed as gunmen besiege Orlesh monastery

A group of some 30 heavily armed men ambushed a Tesmanian Police patrol in the north of the country in the early hours of Sunday, killing one officer, before holing up in an old monastery where three of the attackers were later killed in an exchange of fire, officials said.

According to the police, the patrol had been sent to the village of Orlesh at around 3am after reports that two trucks with no plates had been parked across a bridge leading into the village.

Sergeant Avel Dunaj died of his wounds, while a second officer was injured. Some 220 spent cartridges were found on the bridge.

The armed group then rammed the gate of the 14th-century Orlesh monastery with an armoured vehicle. A group of pilgrims from Kelmar was inside at the time, according to the diocese of Orlesh.

Special units of the police encircled the monastery and fought the gunmen throughout the day. Interior Minister Teodor Sval said that by the evening three attackers had been killed and two taken into custody, in an operation involving 120 officers; 46 residents were moved out.

Prime Minister Ilir Maxhun pointed the finger at the neighbouring government, describing the attackers as professionals wearing military uniforms.

The president of the neighbouring state rejected any involvement in a televised address on Sunday night.

The peacekeeping mission said it was following events closely and stood ready to act.

The north, home to roughly 50,000 members of the minority, has been on edge for months. In May, more than 90 peacekeepers were injured in clashes with protesters in Zerak.

With reporting from Northwire.
"""

# a national site's own report of the same ambush: the same toll, places and officials in much the
# same order, worded its own way, with its own sources and figures (ages, pilgrims, hours, rifles),
# while the wire's count of officers and evacuated residents is not in it
def test_a_dateline_date_is_no_word_of_the_report() -> None:
    find = re.compile(r"\w+").findall
    text = "VARNO, Sept 24 (Northwire) - Gunmen killed an officer."
    assert without_credit(text, 0, len(text), find(text), find) == ["VARNO", "Gunmen", "killed", "an", "officer"]
    # an opening that is no dateline (lower-case words before the parenthesis) keeps its figures
    clock = "Shelling began at 3 a.m. (0100 GMT) - residents said."
    assert without_credit(clock, 0, len(clock), find(clock), find)[:6] == ["Shelling", "began", "at", "3", "a", "m"]


def test_a_rewrite_without_the_wires_dated_dateline_is_a_rewrite() -> None:
    # the wire's "Sept 24" is the day it filed, not a figure the rewrite's lead swapped
    assert compare(WIRE, REWRITE).kind == "rewrite"
