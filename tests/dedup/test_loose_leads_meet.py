"""An explainer days later that retells a wire report's later lines with its figures, but never its
lead, is the same story and no rewrite: the loose figures path asks that the two leads meet (an
aligned pair with a lead sentence of each). Invented reports on an invented country."""
from __future__ import annotations

from sitrep.dedup import verify
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

WIRE = [
    "TARVOSA, July 8 (Coastline Wire) - Police in Veldania shot dead at least 27 people on Monday as protesters "
    "marched on the capital to mark the anniversary of an uprising, the national rights commission said.",
    "The commission said 96 people were wounded and 412 were arrested across 17 of the country's districts.",
    "Officers fired live rounds and tear gas at crowds who tried to reach the presidency in central Tarvosa.",
    "Interior minister Oskar Lemmatt said the protests had been hijacked by criminals bent on looting.",
    "Shops were burnt in the towns of Rivka and Sallow, where crowds set fire to two police stations.",
    "The protests began last month after blogger Ansel Vorn died in police custody, which set off weeks of anger.",
    "Six officers were charged over his death, and a deputy police chief was suspended, prosecutors said.",
    "Rights groups say 63 people have now been killed in protests since the start of June.",
    "The government blocked live coverage by 3 television stations, a ban a court lifted on Tuesday.",
    "President Haldor Breck has not commented on the killings, his office said.",
    "Opposition leader Mira Sand called for a national day of mourning and an independent inquiry.",
    "The Union of Northern States called on all sides to show restraint.",
    "Witnesses in the port city of Gannet said soldiers patrolled the streets after nightfall.",
    "Hospitals in the capital appealed for blood donors as the wounded arrived through the evening.",
    "Mobile internet was slowed across the country for several hours, a monitoring group said.",
    "Lawyers for detained protesters said they had been refused access to their clients.",
    "Schools in the capital were told to stay closed on Tuesday as a precaution.",
    "The ruling party said it would hold a rally of its own supporters at the weekend.",
]

EXPLAINER = [
    "For months, Veldania's young protesters have said that the state answers their grievances with bullets.",
    "Their movement grew out of anger at taxes, joblessness and the cost of living, and it has no leader.",
    "It was the death of blogger Ansel Vorn in a police cell last month that turned the anger into weeks of marches.",
    "Prosecutors have since charged six police officers over Vorn's death and suspended a deputy chief of police.",
    "Analysts say the government has struggled to answer a generation that organises on social media.",
    "Many of the marchers were not born when the uprising whose anniversary they mark took place.",
    "On Monday, police fired live rounds at marchers in 17 districts, killing at least 27 people and wounding 96.",
    "The rights commission said 412 people were detained as officers tried to keep crowds from the presidency.",
    "The marches were taken over by looters, according to Oskar Lemmatt, who runs the interior ministry.",
    "Two police stations went up in flames in Rivka and Sallow, where businesses were torched too.",
    "Since June began, the death toll of the unrest has reached 63, campaigners count.",
    "Judges overturned an order that had taken 3 broadcasters' live pictures off the air.",
    "Mira Sand, the opposition leader, has demanded an independent inquiry and a day of mourning.",
    "Haldor Breck, the head of state, has kept silent about the deaths.",
    "Economists warn that the unrest is scaring off the investors the government is courting.",
    "The budget, which raised taxes on fuel and mobile money, passed parliament in June.",
    "Several donors have delayed payments until the government accounts for the killings.",
    "Church leaders have offered to mediate between the government and the protesters.",
]


def _doc(id_: str, sentences: list[str], outlet: str, published: str) -> Document:
    text = "\n\n".join(sentences)
    return Document(id=id_, source=f"{id_}.txt", fmt="txt", raw=text, text=text, outlet=outlet, published=published)


def test_an_explainer_retelling_a_wires_later_lines_is_no_rewrite():
    wire = _doc("a", WIRE, "Coastline Wire", "2031-07-08")
    explainer = _doc("b", EXPLAINER, "Global View", "2031-07-10")
    assert verify(wire, explainer, sketch(wire.text), sketch(explainer.text)) is None
