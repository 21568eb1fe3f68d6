"""Round 16 (fixquotes3): embedded social-media posts, Spanish-style dialogue cues, possessive
titles, "Its spokesman", figures a capital "puts", briefing answers, pull-quotes. Invented
texts only."""
from __future__ import annotations

import pytest

from sitrep.analysis import analyze_text, knowledge_base
from sitrep.quotes import find_quotes


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def _quotes(text: str, kb) -> list[tuple[str, str | None, str | None]]:
    da = analyze_text("t", text, "2025-03-05", None, kb)
    return [(text[q.start:q.end], q.speaker_name, q.cue) for q in da.quotes]


def _speaker_of(quotes, fragment: str) -> str | None:
    found = [sp for t, sp, _ in quotes if fragment in t]
    assert found, f"no quote holding {fragment!r}: {quotes}"
    return found[0]


POSTS = """Sahel leaders trade barbs online after Menaka raid

Mali's transitional leader and the head of the regional bloc traded accusations on social media on Tuesday after an overnight raid near Menaka.

Our soldiers repelled the terrorists at Menaka with courage. Mali will not accept lessons from those who abandoned us in our hour of need. pic.twitter.com/Ab12Cd34Ef
— Assimi Goita (@GoitaAssimi) March 4, 2025

Commission President Omar Touray answered within hours.

ECOWAS stands ready to support every member state facing terrorism, but we reject the false accusations made today by Bamako. https://t.co/Zx9Yy8Ww
— Omar Alieu Touray (@OmarTouray) 4 March 2025

The army said it had killed 12 militants in the clashes.
"""


def test_embedded_posts_are_quotes_of_the_signature(kb):
    qs = _quotes(POSTS, kb)
    assert len(qs) == 2
    assert "Goita" in _speaker_of(qs, "repelled the terrorists") or "Goïta" in _speaker_of(qs, "repelled the terrorists")
    assert "Touray" in _speaker_of(qs, "ECOWAS stands ready")


def test_embedded_post_text_leaves_out_link_and_signature(kb):
    for text, _, _ in _quotes(POSTS, kb):
        assert "pic.twitter" not in text and "t.co" not in text and "@" not in text
        assert text.endswith(".")


def test_signature_on_its_own_paragraph_takes_the_paragraph_above(kb):
    text = ("Rebels claim capture of hill town\n\n"
            "Our fighters have taken full control of the hill town and the road to the border crossing.\n\n"
            "— Ko Myo Thant (@KoMyoThant) 12 January 2025\n\n"
            "The military did not respond to requests for comment.\n")
    qs = _quotes(text, kb)
    assert len(qs) == 1 and qs[0][1] is not None and "Myo Thant" in qs[0][1]


def test_a_handle_in_a_sentence_is_no_signature(kb):
    text = ("Minister posts warning\n\n"
            "The minister, who posts as (@DefenceMin) on the platform, warned of more strikes on Sunday "
            "and asked residents to stay in shelters.\n")
    assert _quotes(text, kb) == []


SPANISH = """Bolivia and Chile agree to talks over Silala waters

The Bolivian chancellor, Celinda Sosa, and the Chilean chancellor, Alberto van Klaveren, met in Lima on Monday.

«Bolivia came to Lima with the hand extended, but we will not renounce a single litre of the Silala», —said Sosa to the journalists after the meeting—. «The ruling is not accepted by Bolivia».
The Chilean chancellor affirmed that his country maintains that the dispute was settled by the court. «We leave Lima with a commitment to dialogue, but Chile's position has not changed. The Court has decided», —said Van Klaveren.

«Chile respects the ruling and expects the same from La Paz» —dijo Van Klaveren.

The president Luis Arce celebrated the result. «Today the diplomacy of peace of Bolivia won», wrote the president in his social networks.
"""


def test_spanish_dialogue_dash_cue_after_the_closing_mark(kb):
    qs = _quotes(SPANISH, kb)
    assert "Sosa" in _speaker_of(qs, "hand extended")
    assert "Klaveren" in _speaker_of(qs, "commitment to dialogue")
    assert [c for t, _, c in qs if "commitment to dialogue" in t] == ["said"]


def test_spanish_verb_after_dialogue_dash(kb):
    qs = _quotes(SPANISH, kb)
    assert "Klaveren" in _speaker_of(qs, "expects the same")
    assert [c for t, _, c in qs if "expects the same" in t] == ["dijo"]


def test_inverted_wrote_with_a_role_resolves_to_the_named_holder(kb):
    assert _speaker_of(_quotes(SPANISH, kb), "diplomacy of peace") == "Luis Arce"


POSSESSIVE = """Niger appeals to AU over border build-up

Niger's President Dr Mahamadou Issoufou has written to the African Union Peace and Security Council asking it to "act without delay" on the build-up near Tillaberi.

The Multinational Joint Task Force said its patrols had seen the convoys. Its spokesman said the force was "in contact with both capitals".

Niamey puts the figure higher, at "more than 2,500 fighters".
"""


def test_country_possessive_title_gives_the_person(kb):
    assert _speaker_of(_quotes(POSSESSIVE, kb), "act without delay") == "Mahamadou Issoufou"


def test_its_spokesman_is_the_body_it_refers_to(kb):
    assert _speaker_of(_quotes(POSSESSIVE, kb), "in contact with both") == "Multinational Joint Task Force"


def test_a_capital_putting_a_figure_is_the_speaker(kb):
    assert _speaker_of(_quotes(POSSESSIVE, kb), "2,500 fighters") == "Niamey"


def test_its_spokesman_without_a_body_stays_unresolved_not_a_person(kb):
    text = ("Shelling resumes\n\nShelling resumed overnight near the river. Its spokesman said there was "
            "\"no ceasefire in place\".\n")
    sp = _speaker_of(_quotes(text, kb), "no ceasefire")
    assert sp is None or sp.lower().startswith("its")


BRIEFING = """Defence Ministry Spokesperson Nara Vettel's Answers to Press Questions on the Border Incident

2025-02-11 18:00

Q: Reports say that soldiers crossed the line of control near the lake on Monday. What is your comment?

A: The reports are false. Our soldiers stayed on our side of the line at all times and acted with restraint throughout the incident.
"""


def test_briefing_answers_are_the_titled_author_in_the_heading(kb):
    qs = _quotes(BRIEFING, kb)
    assert _speaker_of(qs, "The reports are false") == "Nara Vettel"


PULL = """Ukraine says grain convoy shelled near Izmail

Ukrainian officials said a Russian drone strike hit a grain convoy near the port of Izmail on Tuesday night, wounding three drivers.

"We will keep the corridor open whatever the cost. Our ships will sail."

Deputy Prime Minister Oleksandr Kubrakov told reporters in Odesa that the attack would not stop exports. "We will keep the corridor open whatever the cost. Our ships will sail," he said.
"""


def test_pull_quote_repeated_in_large_type_takes_the_speaker_of_the_quote_it_repeats(kb):
    qs = _quotes(PULL, kb)
    same = [q for q in qs if "keep the corridor open" in q[0]]
    assert len(same) == 2 and {q[1] for q in same} == {"Oleksandr Kubrakov"}


def test_pull_quote_of_a_quote_split_by_its_attribution_after_an_attributed_line(kb):
    text = ("Sudan army says it retook bridge\n\n"
            "General Yasir al-Atta visited the troops in Omdurman on Friday, the army said in a statement.\n"
            "\"The bridge is ours again. We will not give up one more metre of this city.\"\n"
            "\"The bridge is ours again,\" Atta told the soldiers. \"We will not give up one more metre of this city.\"\n")
    qs = _quotes(text, kb)
    pull = [q for q in qs if q[0].startswith("The bridge is ours again. We will")]
    assert len(pull) == 1 and pull[0][1] is not None and "Atta" in pull[0][1]


def test_a_bare_quote_said_once_stays(kb):
    text = PULL.replace('"We will keep the corridor open whatever the cost. Our ships will sail," he said.',
                        "He gave no details.")
    qs = _quotes(text, kb)
    assert len([q for q in qs if "keep the corridor open" in q[0]]) == 1


def test_briefing_answers_take_the_titled_author_of_a_title_cleaned_off_the_text(kb):
    body = BRIEFING.split("\n\n", 2)[2]          # the text as cleaning leaves it: turns only
    title = BRIEFING.split("\n", 1)[0]
    da = analyze_text("t", body, "2025-02-11", title, kb)
    qs = find_quotes(body, da.sentences, da.mentions, title=title)
    assert [q.speaker_name for q in qs if "reports are false" in q.text] == ["Nara Vettel"]
    assert [q.speaker_name for q in find_quotes(body, da.sentences, da.mentions)
            if "reports are false" in q.text] == [None]
