"""Round 37 (claim classes that transfer to unseen sets): a bare count in a displacement frame
("forced more than 2 million from their homes"), a lower bound stated by a verb after a modal
("the toll could exceed 400") (invented text: Mali, Niger, Chad, Haiti settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact, Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-03-02", mentions=()) -> list[ClaimFact]:
    ms = [Mention(text.index(s), text.index(s) + len(s), s, typ, f"name:{s.lower()}", "test", local)
          for s, typ, local in mentions]
    return find_claims(text, split_sentences(text), ms, find_timexes(text, published), published)


def _qu(text: str) -> list[tuple]:
    return [(c.quantity, c.qualifier, c.unit) for c in _claims(text)]


# a displacement frame makes a bare count one of displaced people

def test_bare_count_in_a_displacement_frame():
    assert _qu("The insurgency has forced more than 350,000 from their homes in central Mali.") == \
        [(350000, "more than", "people displaced")]
    assert _qu("Gang raids drove 12,000 from the city in a week.") == [(12000, None, "people displaced")]


def test_bare_count_with_no_frame_is_no_displacement():
    assert all(u != "people displaced" for _, _, u in _qu("The army forced 3,000 back across the river."))
    # money is never displaced people
    assert all(u != "people displaced" for _, _, u in _qu("Donors pushed $40 million to the area."))


def test_a_modal_verb_bound():
    assert _qu("A councillor in Tillaberi said the toll could exceed 70.") == [(70, "more than", "deaths")]
    assert _qu("Officials fear the toll will surpass 120 once the wells are searched.") == \
        [(120, "more than", "deaths")]


# an unattributed quote restating an attributed toll is the same claim

def test_unnamed_quote_restating_an_attributed_toll_is_one_claim():
    text = ("Six gendarmes were killed when their patrol hit a mine near Kidal, military sources said.\n\n"
            "\"The charge was buried under the track. Six of our men died at once,\" one officer said.")
    found = _qu(text)
    assert [q for q, _, _ in found] == [6]
    assert found[0][2] == "soldiers killed"


def test_a_post_quoted_after_its_author_named_is_one_claim():
    text = ("Admiral Jean Dorval said on Monday the navy had sunk a smuggling boat off Cap-Haitien, killing four people.\n\n"
            "\"The strike left 4 traffickers killed in action,\" the post read.")
    found = _claims(text, mentions=[("Admiral Jean Dorval", "PERSON", 0)])
    assert [c.quantity for c in found] == [4] and found[0].claimant_name == "Admiral Jean Dorval"


def test_quote_with_another_count_or_state_stays():
    text = ("Six gendarmes were killed near Kidal, military sources said.\n\n"
            "\"Six of our men were wounded and two are missing,\" one officer said.")
    found = _qu(text)
    assert (6, None, "soldiers killed") in found and any(q == 6 and u.endswith("injured") for q, _, u in found)


def test_unattributed_first_figure_stays():
    # no claimant on the first statement: the quote may be the only attributed one
    text = ("Six gendarmes were killed near Kidal.\n\n\"Six of our men died,\" an officer said.")
    assert [q for q, _, _ in _qu(text)].count(6) == 2


# translated Portuguese/Spanish copy: a day number after a weekday, a toll after its figure

def test_day_number_after_a_weekday_is_no_count():
    found = _qu("The operation, carried out on Tuesday (28) by the state police in Recife, left nine dead.")
    assert all(q != 28 for q, _, _ in found)


def test_toll_named_after_its_figure():
    found = _qu("The state government raised on Thursday to 47 the number of deaths in the operation.")
    assert found == [(47, None, "deaths")]
    # a plain "to" and a noun that names no toll stay no claim
    assert all(u != "deaths" for _, _, u in _qu("The mayor sent buses to 12 the villages."))


def test_quote_of_a_speaker_named_after_it_stays():
    # a mayor's own count after "local officials said" is a second statement
    text = ("A drone strike killed four people near Amadiya on Sunday, local officials said.\n\n"
            "\"Four men were killed instantly. They were farmers,\" Hassan said.")
    assert [q for q, _, _ in _qu(text)].count(4) == 2


def test_forced_thousands_to_flee_is_no_figure():
    assert all(u != "people displaced" for _, _, u in _qu("The raids forced thousands to flee, residents said."))


def test_part_after_a_place_between_count_and_state():
    found = _qu("The regional administration said 23 residents of Vorukh, including women and children, were killed.")
    assert found == [(23, None, "civilians killed")]



def test_quote_led_in_by_its_speaker_is_attributed():
    # the commission's own words, quoted after "said it had recorded": no unattributed restatement
    from sitrep.claims.quoted import _led_in
    text = 'In its statement, the commission said it had recorded "12 deaths, 40 injuries and two abductions".'
    assert _led_in(text, text.index("12 deaths"))
    text = '"The charge was buried under the track. Six of our men died at once," one officer said.'
    assert not _led_in(text, text.index("Six of"))
