"""Two reports of one incident that share four of its specific figures are one story even when
they share a little less vocabulary than SAME_STORY_CONTENT asks (an explainer, another outlet's
own report: ``same_story.MANY_FIGURES``). Invented Lowland reports."""
from __future__ import annotations

from sitrep.dedup.fingerprint import jaccard_estimate
from sitrep.dedup.live_blog import live_blog
from sitrep.dedup.same_story import MANY_FIGURES_CONTENT, SAME_STORY_CONTENT, same_story
from sitrep.dedup.sketch import sketch
from sitrep.model import Document


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

# the own report, with two lines more of the incident in its own words
TOLD = OWN + """Witnesses said police fired tear gas and water cannon at protesters in the suburb of Dorrow.
Protests were also reported in Marrow, Tessel and Brint provinces, the commission said.
"""


def _doc(key: str, text: str, published: str) -> Document:
    return Document(id=key, source=f"{key}.txt", text=text, raw=text, fmt="txt", published=published)


def test_four_shared_figures_make_one_story_at_a_little_less_vocabulary() -> None:
    wire, own = sketch(WIRE), sketch(TOLD)
    assert MANY_FIGURES_CONTENT <= jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    link = same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", TOLD, "2025-05-06"), wire, own)
    assert link is not None and link.figures >= 4


def test_three_shared_figures_still_want_the_vocabulary() -> None:
    # the same own report without its arrest count: three figures in common
    told = TOLD.replace("532 suspects", "hundreds of suspects")
    wire, own = sketch(WIRE), sketch(told)
    assert jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    assert same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", told, "2025-05-06"), wire, own) is None


def test_reports_published_days_apart_stay_apart() -> None:
    wire, own = sketch(WIRE), sketch(TOLD)
    assert same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", TOLD, "2025-05-20"), wire, own) is None


def test_a_live_blog_gets_no_relief_for_its_figures() -> None:
    # a live page shares figures with every report of its day, one entry each
    lines = TOLD.strip().split("\n")
    blog = "\n\n".join(f"{9 + i // 4:02d}:{(i * 7) % 60:02d} - {line}" for i, line in enumerate(lines))
    assert live_blog(blog)
    wire, own = sketch(WIRE), sketch(blog)
    assert MANY_FIGURES_CONTENT <= jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    assert same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", blog, "2025-05-06"), wire, own) is None


def test_four_figures_among_many_of_its_own_make_no_story_at_little_vocabulary() -> None:
    # both recall the incident's four figures, each among many of its own (a follow-up and a
    # roundup that each recall a third report): 4 shared of the 7 of the text with fewer
    roundup = WIRE + "\n".join(f"In district {d}, officials counted {n} damaged homes after the clashes on Wednesday."
                                for d, n in (("Orr", 64), ("Pell", 83), ("Vane", 91), ("Cask", 77)))
    wire, own = sketch(roundup), sketch(TOLD)
    assert MANY_FIGURES_CONTENT <= jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    assert same_story(_doc("a", roundup, "2025-05-05"), _doc("b", TOLD, "2025-05-06"), wire, own) is None
