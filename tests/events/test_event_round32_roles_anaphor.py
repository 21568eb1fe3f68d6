"""A definite description shortening a name to its head noun stands for that body, not for the
last subject (invented Sudan / Mozambique-style text)."""
from event_helpers import named_events

from sitrep.events.roles_headnoun import named_by_head
from sitrep.model import Mention


def _m(text: str, name: str, kind: str, local: int) -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), name, kind, "name:" + name.lower(), "test", local=local)


def test_the_coalition_is_the_named_coalition_not_the_last_mission() -> None:
    text = ("Fighters of the Tana River gang coalition raided Garsen on Monday. Troops of the African "
            "Union Transition Mission pushed them back. Members of the coalition denied losing any men.")
    doc = [_m(text, "Tana River gang coalition", "ORG", 0), _m(text, "African Union Transition Mission", "ORG", 1)]
    got = named_by_head(doc, text, "the coalition", text.index("the coalition denied"))
    assert got is not None and got.local == 0


def test_state_descriptors_are_left_to_their_own_rules() -> None:
    text = "The Cabo Delgado provincial government met donors. The government later said ..."
    doc = [_m(text, "Cabo Delgado provincial government", "ORG", 0)]
    assert named_by_head(doc, text, "the government", text.index("The government later")) is None


def test_a_bare_head_noun_names_nothing() -> None:
    text = "The coalition said on Monday it had retaken the town. The coalition denied it."
    doc = [_m(text, "coalition", "ORG", 0)]
    assert named_by_head(doc, text, "the coalition", text.index("The coalition denied")) is None


def test_an_appeal_the_militia_rejected_is_the_militias_rejection() -> None:
    text = ("The Ansar al-Sunna militia denied holding any hostages on Sunday. The Mozambique Human Rights "
            "Commission said on Monday that eleven villagers were missing. The governor of Cabo Delgado, "
            "Valige Tauabo, has called on Ansar al-Sunna to lay down its arms, an appeal the militia rejected.")
    rejects = [e for e in named_events(text, "2024-05-07") if e[0] == "REJECT" and e[3] == "rejected"]
    assert rejects and all(e[1] in ("Ansar al-Sunna militia", "Ansar al-Sunna") for e in rejects)


def test_a_name_several_paragraphs_back_is_out_of_reach() -> None:
    text = "The Tana River gang coalition raided Garsen. " + "Residents fled the area. " * 120 + "The coalition denied it."
    doc = [_m(text, "Tana River gang coalition", "ORG", 0)]
    assert named_by_head(doc, text, "the coalition", text.index("The coalition denied")) is None
