"""Round 30: a body named after a demonym in both word orders ("Velorian Commission of Human
Rights" / "Velorian Human Rights Commission") is one actor (invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve_inverted import inverted_key
from sitrep.actors import find_mentions
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


def test_demonym_stays_in_front_of_the_inverted_key() -> None:
    assert inverted_key("Zembarian Commission of Human Rights") == inverted_key(
        "Zembarian Commission of Human Rights")
    from sitrep.actors.fold import name_key
    assert inverted_key("Zembarian Commission of Human Rights") == tuple(
        name_key("Zembarian Human Rights Commission").split())


def test_generic_domain_without_a_demonym_still_never_inverts() -> None:
    # "Ministry of Health" names no state: joining it to some "Health Ministry" would merge states
    assert inverted_key("Ministry of Health") is None
    assert inverted_key("National Commission of Human Rights") is None


def test_both_orders_across_outlets_are_one_actor() -> None:
    kb = KnowledgeBase.default()
    docs = {"a": "The Zembarian Human Rights Commission said on Tuesday that 14 civilians died in the "
                 "shelling of Karvo market.",
            "b": "In a later statement, the Zembarian Commission of Human Rights urged both sides to open "
                 "a corridor, the agency reported."}
    ents, _ = resolve_entities([(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)
    hit = [e for e in ents if "Zembarian Commission of Human Rights" in e.aliases]
    assert len(hit) == 1 and "Zembarian Human Rights Commission" in hit[0].aliases


def test_two_states_health_ministries_stay_apart() -> None:
    kb = KnowledgeBase.default()
    docs = {"a": "The Zembarian Ministry of Health said 30 wounded reached Karvo hospital.",
            "b": "The Velorian Health Ministry said the convoy had been turned back at the border."}
    ents, _ = resolve_entities([(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)
    hit = [e for e in ents if "Zembarian Ministry of Health" in e.aliases]
    assert hit and "Velorian Health Ministry" not in hit[0].aliases
