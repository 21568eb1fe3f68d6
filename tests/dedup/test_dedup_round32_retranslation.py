"""Round 32: a machine re-translation writes figures in words ("one hundred and twelve", "39
thousand 965") and respells names; it is still a rewrite of the wire story, while the desk's
report of another night (other place, other figures) stays apart. Invented Sudan texts."""
from __future__ import annotations

import pytest

from sitrep.dedup.compare import compare
from sitrep.dedup.sketch import _spelled_out, sketch, specific_figures


@pytest.mark.parametrize("words, expected", [
    ("killed twenty-seven and wounded one hundred and twelve", ["killed", "twenty-seven", "and", "wounded", "112"]),
    ("39 thousand 965 people", ["39965", "people"]),
    ("two thousand three hundred and forty-five", ["2345"]),
    ("one hundred six", ["106"]),
    ("a hundred and six", ["a", "106"]),
    ("three hundred", ["300"]),
    ("1.5 thousand troops", ["1500", "troops"]),
    ("one hundred and ten thousand people", ["110000", "people"]),
    # two figures side by side stay two
    ("between 300 and 400 people", ["between", "300", "and", "400", "people"]),
    ("killed two hundred and wounded 40", ["killed", "200", "and", "wounded", "40"]),
    ("in 2024 15 people", ["in", "2024", "15", "people"]),
    ("hundreds and thousands", ["hundreds", "and", "thousands"]),
])
def test_figures_in_several_words_are_one_figure(words: str, expected: list[str]) -> None:
    assert _spelled_out(words.split()) == expected


def test_a_figure_spelled_out_is_the_figure_in_digits() -> None:
    digits = sketch("The toll rose to 39,965 dead and 1,112 wounded, the ministry said on Monday.")
    words = sketch("The toll rose to 39 thousand 965 dead and one thousand one hundred and twelve "
                   "wounded, the ministry said on Monday.")
    assert set(specific_figures(digits).tolist()) == set(specific_figures(words).tolist())


WIRE = """EL OBEID, March 3 (Wire) - At least 41 people were killed and 112 wounded when artillery shells hit the central livestock market in El Obeid on Sunday, the North Kordofan health directorate said on Monday.

The shelling began shortly after noon as traders gathered for the weekly sale, according to two witnesses reached by phone. The Rapid Support Forces did not respond to a request for comment.

Heavy explosions were heard across the eastern districts of Al-Qubba and Karima, and residents said shells also fell near the main mosque. The city's airport suspended all relief flights and diverted them to Kosti, the airport authority said.

Late on Sunday, the local resistance committee said the wounded had been moved to the teaching hospital under an arrangement with the state governor Ahmed Osman Hamza, and that a pause in the fighting would follow.

"We agreed that the wounded will be evacuated to the teaching hospital and that both sides will hold their positions," the committee said in a statement posted online.

Governor Hamza, who heads the North Kordofan state government, visited the market after the shelling stopped, his office said. Both armed groups in the area claim to protect the city.

The U.N. humanitarian office said it was following the situation with alarm and urged all parties to "protect civilians and markets" and to settle their disputes through talks.

The attack was the deadliest in El Obeid since last June, when at least 33 people were killed in fighting between the army and the paramilitaries on the western edge of the city.

Sudan has had little peace since the war between the army and the Rapid Support Forces broke out in April 2023, and about 11,400,000 people have fled their homes. Efforts by the U.N. envoy Ramtane Lamamra to broker talks have stalled.
"""

RETRANSLATED = """El-Obeid - The health directorate of North Kordofan announced on Monday that the number of victims of the artillery shelling that struck the central cattle market in El-Obeid on Sunday reached forty-one dead and one hundred and twelve wounded.

The shelling started a little after noon while the merchants gathered for the weekly sale, according to two witnesses contacted by telephone, and the Rapid Support Forces did not answer a request for comment.

Strong explosions were heard in all the eastern neighborhoods, among them Al-Gubba and Kareema. Residents said that shells fell also near the big mosque, and the administration of the airport of the city announced the suspension of all relief flights and their diversion to Kusti.

In the late of Sunday, the Resistance Committee of the neighborhood announced the transfer of the injured to the teaching hospital according to an arrangement with the governor of the state Ahmad Othman Hamzeh, and that a pause in the fighting will follow it.

The committee said in a statement published on the internet: "We agreed that the injured are evacuated to the teaching hospital and that the two sides keep their positions".

Hamzeh, head of the government of North Kordofan state, visited the market after the stop of the shelling, according to his office. The two armed groups in the region claim to protect the city.

The humanitarian office of the United Nations expressed its alarm and called all parties to "protect the civilians and the markets" and to resolve their disputes by the talks.

This attack is the most bloody in El-Obeid since June of last year, when at least thirty-three persons were killed in fighting between the army and the paramilitaries in the west of the city.

Sudan has not known peace since the war between the army and the Rapid Support Forces in April 2023, and about eleven million four hundred thousand persons fled their homes. The efforts of the UN envoy Ramtan Lamamra to organise talks are stumbling.
"""

# the desk's report of another night: other town, other market, other figures, same template
TRAP = """KOSTI, March 11 (Wire) - At least 9 people were killed and 23 wounded when artillery shells hit the fish market in Kosti on Saturday, the White Nile health directorate said on Sunday.

The shelling began shortly after dawn as fishermen unloaded their catch, according to three witnesses reached by phone. The Rapid Support Forces did not respond to a request for comment.

Explosions were heard across the northern districts of Al-Jabalain road and the river port, and residents said shells also fell near the old bridge.

The U.N. humanitarian office said it was following the situation with alarm and urged all parties to "protect civilians and markets" and to settle their disputes through talks.

The attack was the deadliest in Kosti since the war began, the directorate said, when 4 people were killed in a drone strike on the power station in January.

Sudan has had little peace since the war between the army and the Rapid Support Forces broke out in April 2023, and about 11,400,000 people have fled their homes. Efforts by the U.N. envoy Ramtane Lamamra to broker talks have stalled.
"""


def test_machine_retranslation_with_figures_in_words_is_a_rewrite() -> None:
    verdict = compare(WIRE, RETRANSLATED)
    assert verdict.kind == "rewrite"


def test_same_template_other_night_stays_apart() -> None:
    assert compare(WIRE, TRAP).kind is None
    assert compare(RETRANSLATED, TRAP).kind is None


def test_thousands_set_apart_by_spaces_are_one_figure() -> None:
    spaced = sketch("Some 13 350 people fled Bakhmut and 1\u00a0200\u00a0000 were displaced, officials said.")
    commas = sketch("Some 13,350 people fled Bakhmut and 1,200,000 were displaced, officials said.")
    assert set(specific_figures(spaced).tolist()) == set(specific_figures(commas).tolist())
    # a year and a count side by side stay two figures
    apart = sketch("In 2024 300 people fled Bakhmut, officials said on Monday.")
    assert len(specific_figures(apart)) == 1        # 300 (the year is common)


def test_spaced_thousands_keep_sentence_offsets() -> None:
    text = "Some 13 350 people fled. Another 2 400 returned home on Monday."
    sk = sketch(text)
    assert [text[a:b] for a, b in zip(sk.starts.tolist(), sk.ends.tolist())] == [
        "Some 13 350 people fled.", "Another 2 400 returned home on Monday."]
