"""A done act told in the source's quoted words inside the reporter's sentence (invented text)."""
from event_helpers import coded_with_dates, mentions_from


def _events(text: str, names: list[str]) -> list[tuple]:
    ments = {m.local: m.text for m in mentions_from(text, {n: "ORG" for n in names})}
    return [(e.action, ments.get(e.actor), ments.get(e.target))
            for e in coded_with_dates(text, {n: "ORG" for n in names}, "2024-06-03")]


def test_scare_quoted_past_verb_is_an_act() -> None:
    got = _events('Zambezi Guard troops "neutralised four gunmen" near Tete on Sunday, a spokesman said.',
                  ["Zambezi Guard"])
    assert ("ASSAULT", "Zambezi Guard", None) in got


def test_scare_quoted_phrase_keeps_its_object() -> None:
    got = _events("The Lakeland Defence Force said it had “put out of action” more than 90 Red Hill fighters.",
                  ["Lakeland Defence Force", "Red Hill"])
    assert any(a == "ASSAULT" and actor == "Lakeland Defence Force" for a, actor, _ in got)


def test_lone_passive_label_stays_the_claimants() -> None:
    got = _events("The Lakeland army said several Red Hill attackers had been “neutralised” overnight.",
                  ["Lakeland army", "Red Hill"])
    assert all(a != "ASSAULT" for a, _, _ in got)


def test_word_mentioned_is_no_act() -> None:
    got = _events('Lakeland officials use the word "neutralised" to mean killed or captured Red Hill fighters.',
                  ["Lakeland", "Red Hill"])
    assert all(a != "ASSAULT" for a, _, _ in got)


def test_quoted_promise_stays_no_act() -> None:
    got = _events('The Lakeland minister said the army "will neutralise the Red Hill gunmen" soon.',
                  ["Lakeland", "Red Hill"])
    assert all(a != "ASSAULT" for a, _, _ in got)


def test_quoted_first_person_stays_no_act() -> None:
    got = _events('“We neutralised them all,” the Zambezi Guard commander told reporters.', ["Zambezi Guard"])
    assert all(a != "ASSAULT" for a, _, _ in got)


def test_long_quotation_stays_the_speaker_words() -> None:
    got = _events('The Zambezi Guard said its men "stormed the camp at dawn and killed every one of the '
                  'fighters inside it" before withdrawing.', ["Zambezi Guard"])
    assert all(a != "ASSAULT" for a, _, _ in got)


def test_scare_quoted_act_of_no_one_stays_out() -> None:
    got = _events('Two guards died, he said, adding that 11 assailants had been "neutralised" and six captured.', [])
    assert ("ASSAULT", None, None) not in got
