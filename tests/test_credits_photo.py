"""Photo and desk credits in the name-before-agency house styles (invented captions)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.credits import credited_people
from sitrep.credits_photo import photo_and_desk_credits, reads_as_person


def test_name_before_the_agency_in_many_styles():
    lines = [("photo caption", "Farmers flee the valley on Monday [Tomas Verrano/AFP]"),
             ("photo caption", "A checkpoint near the border. Image: Ilse Marwick/DW"),
             ("photo caption", "Soldiers at the market. © Kofi Adomako, AFP"),
             ("photo caption", "A convoy leaves the base. Lena Oduya/AFP via Getty Images")
             ]
    names = [n for n, _ in photo_and_desk_credits(lines)]
    assert names == ["Tomas Verrano", "Ilse Marwick", "Kofi Adomako", "Lena Oduya"]


def test_desk_labels_and_barred_bylines():
    lines = [("editor credit", "Edited by: Pia Sorensen"), ("editor credit", "Editor: Budi Santoso"),
             ("bare byline", "Jonas Frei | Amina Toure")]
    assert photo_and_desk_credits(lines) == [("Pia Sorensen", "editor"), ("Budi Santoso", "editor"),
                                             ("Jonas Frei", "author"), ("Amina Toure", "author")]


def test_copyright_lines_and_prose_credit_nobody():
    lines = [("copyright", "© 2025 AFP. All rights reserved."), ("copyright", "© Valley Times 2025"),
             ("photo caption", "Residents queue for water in the town on Friday.")]
    assert photo_and_desk_credits(lines) == []


def test_a_credited_body_is_no_person():
    kb = KnowledgeBase.default()
    assert reads_as_person("Tomas Verrano", kb)
    assert not reads_as_person("Kosovo Police", kb)
    people = dict(credited_people([("photo caption", "Image: Kosovo Police"),
                                   ("photo caption", "Image: Tomas Verrano/AFP")],
                                  is_person=lambda n: reads_as_person(n, kb)))
    assert "Tomas Verrano" in people and "Kosovo Police" not in people


def test_a_label_and_a_name_alone_is_no_photographer():
    # "Image: Satgas Damai Cartenz" credits a task force; with an agency the name is a person's
    assert photo_and_desk_credits([("photo caption", "The pilot after his release. Image: Satgas Damai Kelora")]) == []
