"""Round 31 (quotes): attribution shapes of outlets the visible sets lack. A speaker named in
apposition after a description that follows the cue ("said the district commissioner, X",
"asked his neighbour, Y"), an age closing a name the mentions missed ("Abdi Hassan, 34, ..."),
and golden cases for South Asian, East African, Lusophone, Ukrainian and Syrian press styles.
All invented."""
from __future__ import annotations

import pytest


def _pairs(qs):
    return [(q.text, q.speaker_name) for q in qs]


def test_name_in_apposition_after_a_title_behind_the_cue(quotes_of):
    text = ('"We have asked the government to deploy more troops," said the district commissioner, '
            'Mohamed Yusuf Ali.')
    qs = quotes_of(text, {"Mohamed Yusuf Ali": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Mohamed Yusuf Ali"


def test_two_speakers_in_turn_the_second_named_after_a_relation(quotes_of):
    text = '"We are not leaving," said Amade Issufo. "Where would we go?" asked his neighbour, Rosa Cossa.'
    qs = quotes_of(text, {"Amade Issufo": "PERSON", "Rosa Cossa": "PERSON"})
    assert _pairs(qs) == [("We are not leaving,", "Amade Issufo"), ("Where would we go?", "Rosa Cossa")]


def test_age_after_an_unrecognised_name_is_no_part_of_the_speaker(quotes_of):
    # the actor finder takes the surname alone for a place (as it does in the pipeline), so the
    # sentence's subject is read as a description that must stop before the age
    text = ('Abdi Hassan, 34, a fisherman from Kismayo who lost his brother in the attack, said: '
            '"Nobody came to help us."')
    qs = quotes_of(text, {"Hassan": "GPE"})
    assert len(qs) == 1 and qs[0].speaker_name == "Abdi Hassan"


@pytest.mark.parametrize("text,names,speaker", [
    ('The district commissioner of Kupwara, Ayaz Bhat, visited the site on Monday. "The situation is '
     'under control," he said while talking to reporters.', {"Ayaz Bhat": "PERSON", "Kupwara": "GPE"}, "Ayaz Bhat"),
    ('Police chief Riyaz Mir said the militants fled. "We have recovered two rifles," Mir told this scribe.',
     {"Riyaz Mir": "PERSON"}, "Riyaz Mir"),
    ('"The curfew will be relaxed from 8 am," the spokesman said in a statement issued here, adding '
     'that shops would remain closed.', {}, "the spokesman"),
    ('"Russian troops shelled Kherson overnight," Volodymyr Zelensky wrote on Telegram.',
     {"Volodymyr Zelensky": "PERSON", "Kherson": "GPE"}, "Volodymyr Zelensky"),
    ('Ukraine\'s commander-in-chief, General Oleksandr Syrskyi, who took over in February after months '
     'of tension with the president, said: "The situation on the front is difficult."',
     {"Oleksandr Syrskyi": "PERSON", "Ukraine": "GPE"}, "Oleksandr Syrskyi"),
    ('Mohamed Abdi Farah, who heads the Banadir regional security committee, said: "Al-Shabaab '
     'fighters attacked the base at dawn."', {"Mohamed Abdi Farah": "PERSON"}, "Mohamed Abdi Farah"),
    ('"The insurgents burned 40 houses in Macomia," said Joaquim Mapote, a local administrator who '
     'fled to Pemba last month.', {"Joaquim Mapote": "PERSON", "Macomia": "GPE", "Pemba": "GPE"},
     "Joaquim Mapote"),
    ('Hassan Sheikh Mohamud, the President of the Federal Republic of Somalia, told parliament on '
     'Saturday: "We will defeat the militants this year."', {"Hassan Sheikh Mohamud": "PERSON"},
     "Hassan Sheikh Mohamud"),
])
def test_press_styles_golden(quotes_of, text, names, speaker):
    qs = quotes_of(text, names)
    assert len(qs) == 1 and qs[0].speaker_name == speaker


def test_pronoun_and_went_on_keep_the_speaker_across_sentences(quotes_of):
    text = ('"The army has secured the road," Colonel Amina Yusuf said. "Civilians can return," Yusuf '
            'went on. Police spokesperson Resila Onyango said officers were deployed. "We urge residents '
            'to remain calm," she said, adding that the suspects had been arrested.')
    qs = quotes_of(text, {"Amina Yusuf": "PERSON", "Resila Onyango": "PERSON"})
    assert [q.speaker_name for q in qs] == ["Amina Yusuf", "Amina Yusuf", "Resila Onyango"]
