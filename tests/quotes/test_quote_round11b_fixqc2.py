"""Round 11b (fixqc2): "he said" after a sentence whose subject is a person, named or not, stays
with that person: a possessor ("X's son, Y, rejected ...") is not the subject, a name the actor
finder missed still is, and "the self-styled Colonel X" is X. A heading line in quote marks is
not the previous entry's quote. All invented (Sudan, DR Congo, Myanmar settings)."""
from __future__ import annotations


def test_possessor_is_not_the_subject(quotes_of):
    text = ("The army said its jets killed Abdelrahim Tourabi, a Rapid Support Forces commander.\n\n"
            "Tourabi's cousin, Yasir Abdallah, rejected the army's account. \"My brother was visiting "
            "our mother when the jet came,\" he said.")
    qs = quotes_of(text, {"Abdelrahim Tourabi": "PERSON", "Yasir Abdallah": "PERSON"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Yasir Abdallah"


def test_unknown_named_subject_speaks_not_an_earlier_person(quotes_of):
    text = ("Police said Min Aung Thu, a local militia leader, died in the shelling.\n\n"
            "Thu's cousin, Khin Zaw Oo, disputed the police version. \"He was asleep at home,\" he "
            "said. \"Nobody warned us.\"")
    qs = quotes_of(text, {"Min Aung Thu": "PERSON"})
    assert [q.speaker_name for q in qs] == ["Khin Zaw Oo", "Khin Zaw Oo"]
    assert all(q.speaker is None for q in qs)


def test_unknown_name_with_particle_opens_the_sentence(quotes_of):
    text = ("Governor Jean-Marie Lukwebo blamed the militia for the raid.\n\n"
            "Samir el-Hadi rejected the governor's account. \"They were shepherds,\" he said.")
    qs = quotes_of(text, {"Jean-Marie Lukwebo": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Samir el-Hadi"


def test_self_styled_title_keeps_the_named_subject(quotes_of):
    text = ("Governor Jean-Marie Lukwebo said militiamen attacked Djugu overnight.\n\n"
            "In a voice recording, the self-styled Colonel Ngabu Kitenge denied the attack. "
            "\"Our men were far from Djugu,\" he said.")
    qs = quotes_of(text, {"Jean-Marie Lukwebo": "PERSON", "Ngabu Kitenge": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Ngabu Kitenge"


def test_known_subject_still_wins_over_a_capitalised_phrase(quotes_of):
    # a sentence opening with an organisation mention is not an unnamed person's
    text = ("Colonel Aung Myat said the convoy was ambushed.\n\n"
            "Arakan Army fighters denied it. \"We were not there,\" he said.")
    qs = quotes_of(text, {"Aung Myat": "PERSON", "Arakan Army": "ORG"})
    assert len(qs) == 1 and qs[0].speaker_name == "Aung Myat"
