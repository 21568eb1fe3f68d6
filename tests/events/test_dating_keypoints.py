"""Key points above a story are each their own news; a lone subheading still takes the time of the
section below it (invented pages)."""
from sitrep.events.dating import Clock
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

_PUB = "2024-02-21"
_KEYPOINTS = ("Tribal fighters kill dozens in highlands ambush\n\n"
              "By a staff reporter in Port Lorne\n\n"
              "The bodies of 40 men were recovered after Sunday's ambush near Kesa village\n\n"
              "Police say they are outgunned by fighters using automatic weapons\n\n"
              "The security council has approved sending more soldiers to the province\n\n"
              "When police reached the road outside Kesa on Sunday morning, they found the bodies of "
              "men gunned down by rival fighters.\n")
_SUBHEAD = ("Tribal fighters kill dozens in highlands ambush\n\n"
            "Police reached the road outside Kesa village after the shooting stopped.\n\n"
            "Council sends soldiers to the province\n\n"
            "The security council met on Monday and approved the deployment of 100 soldiers.\n")


def _date(text: str, phrase: str, tense: str):
    sents = split_sentences(text)
    st = text.index(phrase)
    a, b = next((a, b) for a, b in sents if a <= st < b)
    clock = Clock(text, find_timexes(text, _PUB), _PUB, sents)
    return clock.date(a, b, st, st + len(phrase), tense)


def test_a_key_point_is_not_dated_by_the_lead_below_the_list() -> None:
    date, _text, basis = _date(_KEYPOINTS, "has approved", "perfect")
    assert date != "2024-02-18" and basis != "context"


def test_a_lone_subheading_takes_its_sections_time() -> None:
    assert _date(_SUBHEAD, "sends", "present")[0] == "2024-02-19"
