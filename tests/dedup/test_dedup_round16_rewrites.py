"""Paraphrased rewrites (same facts in the same order, sentences reworded) found as rewrites, while
one template's next night, told in the same words or reworded, stays apart (invented Mali reports)."""
from sitrep.dedup import compare
from sitrep.dedup.vocab import fold

SRC = """\
Militants attack army post in Mopti region; Bamako blames foreign backers. The UN mission says it is sending more peacekeepers to Douentza.

Amadou Keita, Sophie Laurent

A Malian soldier was killed and three others were wounded early on Tuesday when about 40 armed militants stormed an army checkpoint near the village of Boni, in the central district of Douentza.

The attackers then withdrew into the Hombori hills, where they were pursued by Malian special forces for most of the day. The army said on Tuesday evening that the operation had ended, that six militants had been killed and that the others had fled towards the border with Burkina Faso. The dead soldier was named as Corporal Ibrahim Traore, 29.

Defence Minister Sadio Camara accused foreign sponsors of arming the group. "These are mercenaries paid and equipped from abroad to destroy our state," Camara told reporters in Bamako.

The militant group denied any role on Tuesday night in a statement posted online, calling the checkpoint "a legitimate target".

The UN mission said on Wednesday that it would send additional peacekeepers to its base in Douentza. Mission commander General Erik Lindqvist said about 150 soldiers from Senegal and Ghana would arrive "within the week".

The African Union's commission chief Moussa Faki condemned the attack "without reservation" and called on Bamako to "protect civilians" in the operation.
"""

REW2 = """\
Douentza - Gunmen on motorbikes overran a Malian checkpoint before dawn on Tuesday, leaving one soldier dead and three hurt, before vanishing into the Hombori hills, officers said.

Between 40 and 50 fighters took part in the raid on the post outside Boni, local officials said. Corporal Ibrahim Traore did not survive his injuries.

Special forces hunted the raiders through the hills until nightfall. Six assailants were dead by evening and the survivors escaped towards Burkina Faso, according to an army spokesman.

Sadio Camara, the defence minister, pointed the finger at foreign sponsors, saying the fighters were "paid and equipped from abroad".

On Wednesday the UN mission promised around 150 extra blue helmets from Senegal and Ghana for Douentza. "We are reinforcing our presence to protect civilians," General Erik Lindqvist, who leads the mission, said.

Moussa Faki of the African Union, who condemned the raid, urged Bamako to keep civilians safe during the operation.
"""

NIGHT2 = """\
Militants attack army post in Segou region; Bamako blames foreign backers. The UN mission says it is sending more peacekeepers to Niono.

Amadou Keita, Sophie Laurent

Two Malian soldiers were killed and five others were wounded late on Friday when about 60 armed militants stormed an army checkpoint near the village of Dogofry, in the central district of Niono.

The attackers then withdrew into the Macina forest, where they were pursued by Malian special forces for most of the night. The army said on Saturday morning that the operation had ended, that nine militants had been killed and that the others had fled towards the border with Mauritania. The dead soldiers were named as Sergeant Oumar Diallo, 34, and Private Seydou Kone, 22.

Defence Minister Sadio Camara accused foreign sponsors of arming the group. "These are mercenaries paid and equipped from abroad to destroy our state," Camara told reporters in Bamako.

The militant group denied any role on Saturday in a statement posted online, calling the checkpoint "a legitimate target".

The UN mission said on Saturday that it would send additional peacekeepers to its base in Niono. Mission commander General Erik Lindqvist said about 80 soldiers from Senegal and Ghana would arrive "within the week".

The African Union's commission chief Moussa Faki condemned the attack "without reservation" and called on Bamako to "protect civilians" in the operation.
"""

NIGHT2REW = """\
Niono - Gunmen on motorbikes overran a Malian checkpoint late on Friday, leaving two soldiers dead and five hurt, before vanishing into the Macina forest, officers said.

Around 60 fighters took part in the raid on the post outside Dogofry, local officials said. Sergeant Oumar Diallo and Private Seydou Kone did not survive their injuries.

Special forces hunted the raiders through the forest overnight. Nine assailants were dead by morning and the survivors escaped towards Mauritania, according to an army spokesman.

Sadio Camara, the defence minister, pointed the finger at foreign sponsors, saying the fighters were "paid and equipped from abroad".

On Saturday the UN mission promised around 80 extra blue helmets from Senegal and Ghana for Niono. "We are reinforcing our presence to protect civilians," General Erik Lindqvist, who leads the mission, said.

Moussa Faki of the African Union, who condemned the raid, urged Bamako to keep civilians safe during the operation.
"""



def test_a_paraphrase_that_keeps_names_and_figures_in_order_is_a_rewrite():
    verdict = compare(SRC, REW2)
    assert verdict.kind == "rewrite"
    assert verdict.coverage >= 0.5


def test_the_next_nights_paraphrase_is_a_rewrite_of_its_own_report():
    assert compare(NIGHT2, NIGHT2REW).kind == "rewrite"


def test_one_template_two_nights_stay_apart_as_written_and_reworded():
    for a, b in ((SRC, NIGHT2), (SRC, NIGHT2REW), (REW2, NIGHT2), (REW2, NIGHT2REW)):
        assert compare(a, b).kind is None


def test_a_brief_that_sums_up_the_incident_among_others_is_no_rewrite():
    brief = ("Morning brief: what you need to know today. "
             "Mali: gunmen killed a soldier and wounded three near Boni on Tuesday before fleeing into the Hombori hills. "
             "Defence Minister Sadio Camara blamed foreign sponsors for arming the group. "
             "The UN mission will send 150 more peacekeepers from Senegal and Ghana to Douentza. "
             "Niger: the junta reopened the border crossing at Gaya to trucks after three weeks. "
             "Officials in Niamey said traders had lost millions of francs during the closure. "
             "Chad: floods displaced 12,000 people in the south, the Red Cross said on Monday. "
             "Aid agencies warned that cholera cases were rising in the camps near Sarh. "
             "Burkina Faso: the government extended the curfew in the east by another month.")
    assert compare(SRC, brief).kind is None
    assert compare(REW2, brief).kind is None


def test_folding_drops_possessives_and_diacritics_only_for_alignment():
    assert fold("vučić's") == fold("vucic") == "vucic"
    assert fold("zvečan") == "zvecan"
    assert fold("its") == "its" and fold("kosovo") == "kosovo"
