"""Round 9: a contrasting second source in one sentence ("while an aid source put the toll at"),
a pronoun after a bare given name with an age, the person after a group's title ("Defence
Ministry spokesman X ..., calling it"), a participle after a rejected report, and a body described
after its group's name ("the United Nations human rights office"). All invented (a Sahel, a
Caucasus, a Sudan setting)."""
from __future__ import annotations


def test_second_source_putting_the_toll_is_its_own_speaker(quotes_of):
    text = ('A district official in Kidal said "at least 30 soldiers" had died, while an aid source '
            'put the toll at "nearly 45, including herders".')
    qs = quotes_of(text, {"Kidal": "GPE"})
    assert [q.speaker_name for q in qs] == ["A district official in Kidal", "an aid source"]
    assert qs[1].cue == "put the toll at"


def test_contrasting_clause_does_not_inherit_the_first_speaker(quotes_of):
    text = ('A district official said "at least 30 soldiers" had died, while an aid source gave a '
            'figure of "nearly 45, including herders".')
    qs = quotes_of(text, {})
    assert qs[0].speaker_name == "A district official"
    assert qs[1].speaker_name != "A district official"


def test_pronoun_after_a_bare_given_name_with_an_age(quotes_of):
    text = ('"We ran when the shooting started," said Fatima, 34, who fled to Gao with her children. '
            '"The captain told us, \'Nobody will protect the rebels again,\'" she recalled.')
    qs = quotes_of(text, {"Gao": "GPE"})
    assert [q.speaker_name for q in qs] == ["Fatima", "Fatima"]
    assert qs[1].cue == "recalled"


def test_bare_capitalised_word_without_introduction_is_not_a_person(quotes_of):
    text = ('"The road is closed," said Command. "We will reopen it," she added.')
    qs = quotes_of(text, {})
    assert qs[1].speaker_name != "Command"


def test_participle_takes_the_person_after_a_groups_title(quotes_of):
    text = ('Defence Ministry spokesman Levon Sargsyan said two soldiers were wounded and rejected '
            'Baku\'s account of the clash, calling it "pure fabrication".')
    qs = quotes_of(text, {"Defence Ministry": "ORG", "Levon Sargsyan": "PERSON", "Baku": "GPE"})
    assert qs[0].speaker_name == "Levon Sargsyan" and qs[0].cue == "calling"


def test_participle_after_a_rejected_report_is_the_rejecting_subject(quotes_of):
    text = ('The Ministry of Defence of Ruritania said its troops had returned fire. The ministry '
            'rejected reports in local media that Ruritanian units had opened fire first near Zalta, '
            'calling them "a baseless fabrication".')
    qs = quotes_of(text, {"Ministry of Defence of Ruritania": "ORG", "Zalta": "GPE"})
    assert qs[0].speaker == 0


def test_participle_after_a_rejected_report_never_names_the_clause(quotes_of):
    text = ('The ministry rejected reports in local media that army units had shelled the market '
            'first, calling them "a baseless fabrication".')
    qs = quotes_of(text, {})
    assert "market" not in (qs[0].speaker_name or "")
    assert qs[0].speaker_name == "The ministry"


def test_body_of_a_group_links_to_the_entity_the_document_names(quotes_of):
    text = ('The Office of the UN High Commissioner for Human Rights (OHCHR) has documented abuses in '
            'Darfur. The United Nations human rights office said it was "deeply alarmed" by the reports.')
    qs = quotes_of(text, {"Office of the UN High Commissioner for Human Rights": "ORG",
                          "OHCHR": "ORG", "United Nations": "ORG", "Darfur": "GPE"})
    assert qs[0].speaker == 0


def test_body_of_a_group_without_its_own_name_is_the_group(quotes_of):
    text = 'The United Nations human rights office said it was "deeply alarmed" by the reports.'
    qs = quotes_of(text, {"United Nations": "ORG"})
    assert qs[0].speaker == 0 and qs[0].speaker_name == "United Nations"


def test_a_ministry_run_by_a_group_is_not_the_group(quotes_of):
    text = 'The RSF-run health ministry said "dozens" were killed.'
    qs = quotes_of(text, {"RSF": "ORG"})
    assert qs[0].speaker is None
