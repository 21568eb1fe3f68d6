"""An outlet's own report of an incident, of like length, is no rewrite of the wire: little of the
longer text retold AND figures of its own (``dedup.own_report``). Invented Lowland reports."""
from __future__ import annotations

from sitrep.dedup.own_report import own_report
from sitrep.dedup.sketch import sketch

WIRE = """ARDENVALE, May 4 (Wire) - Thirty-one people were killed and 107 injured in protests across Lowland on Monday, the national rights commission said on Tuesday.
The interior ministry said 532 people had been arrested across the country and that 52 police officers were injured in the clashes.
Demonstrations were reported in at least 17 of the country's 47 provinces, including Marrow, Tessel and Brint, the commission said.
Police fired tear gas and water cannon at protesters on the ring road and in the suburbs of Kelm and Dorrow, witnesses said.
The protests marked the anniversary of a 1990 uprising against one-party rule and followed the death of a blogger in police custody.
Opposition leaders accused the government of using excessive force and demanded that officers be prosecuted for the killings.
The blogger, 31, died in a cell at the central police station a day after he was arrested over posts criticising a police commander.
An autopsy found injuries consistent with assault, and several officers have since been charged with his murder by prosecutors.
"""

OWN = """The national rights commission has said 31 people were killed and 107 others injured during Monday's protests in Lowland.
Addressing the press in Ardenvale, commission chair Mira Doss said most of the deaths were caused by gunshot wounds fired by officers.
She said the victims included a 12-year-old boy who was shot in Kessin county, and urged the oversight authority to investigate every death.
The protests had been called to mark the 35th anniversary of the rally for multiparty democracy and to demand justice for the dead blogger.
Police mounted roadblocks on the ring road and four other highways, turning back some 260 buses and private cars headed for the city centre.
Running battles between police and youths were reported in Kelm, Varro and Githan 45, with traders counting losses after 140 shops were looted.
In Sesser, a group of protesters set fire to part of the police station before officers repulsed them with live fire, residents said.
The interior minister said 532 suspects had been arrested and would be charged once investigations are complete, his office said.
The police commander did not respond to the commission's call and had on Sunday promised that the protests would be policed professionally.
Opposition leaders accused the government of excessive force and of sponsoring gangs to infiltrate the protests in 17 counties.
"""

REWRITE = WIRE.replace("ARDENVALE, May 4 (Wire) - ", "") + """The government spokesman declined to comment on the toll when reached by telephone on Tuesday evening.
Shops in the capital reopened on Tuesday morning, though many traders kept their shutters half closed for fear of more clashes.
"""


def test_an_own_report_retelling_little_with_figures_of_its_own_is_no_rewrite() -> None:
    wire, own = sketch(WIRE), sketch(OWN)
    assert own_report(2, wire, own)
    assert own_report(2, own, wire)             # symmetric


def test_much_of_the_longer_text_retold_is_still_judged_a_rewrite() -> None:
    wire, own = sketch(WIRE), sketch(OWN)
    assert not own_report(own.usable // 2, wire, own)


def test_a_rewrite_keeping_every_figure_is_no_own_report_however_little_aligns() -> None:
    # a rewrite "with agencies" that adds its own paragraphs aligns a small part of the longer
    # text too; it keeps every figure of its source
    assert not own_report(2, sketch(WIRE), sketch(REWRITE))


def test_texts_with_few_figures_are_not_judged_by_their_figures() -> None:
    short = "Officials said 31 people were killed and 107 injured in the protests on Monday in the capital of Lowland."
    assert not own_report(0, sketch(short), sketch(OWN))
