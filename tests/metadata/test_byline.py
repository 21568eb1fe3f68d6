import pytest

from sitrep.metadata.byline import byline_authors, credit_authors, names_in


@pytest.mark.parametrize("line, names", [
    ("By Mara Velkova and Tomas Rieger", ["Mara Velkova", "Tomas Rieger"]),
    ("By Mara Velkova, Tomas Rieger and Ilya Sorn", ["Mara Velkova", "Tomas Rieger", "Ilya Sorn"]),
    ("BY MARA VELKOVA", ["Mara Velkova"]),
    ("By Mara Velkova, Reuters", ["Mara Velkova"]),
    ("By Hassan al-Rawi | Karst Daily", ["Hassan al-Rawi"]),
    ("Written by: Lena van der Berg", ["Lena van der Berg"]),
    ("By the time the convoy arrived, the bridge was gone.", None),
    ("By Staff Reporter", None),
])
def test_bylines(line, names):
    assert byline_authors(line) == names


def test_credit_line_gives_reporters_and_writers_not_editors():
    line = "(Reporting by Mara Velkova in Karstovo; Writing by Tomas Rieger; Editing by Ann Dole)"
    assert credit_authors(line) == ["Mara Velkova", "Tomas Rieger"]


def test_credit_line_additional_reporting_counts_editing_does_not():
    line = "(Reporting by Mara Velkova; additional reporting by Ilya Sorn in Dalen; Editing by Ann Dole)"
    assert credit_authors(line) == ["Mara Velkova", "Ilya Sorn"]


def test_contributed_to_this_report():
    line = "Associated Press writer Nadia Ferran in Andrevo, Veloria, contributed to this report."
    assert credit_authors(line) == ["Nadia Ferran"]


def test_prose_in_brackets_is_not_a_credit_line():
    assert credit_authors("(The ministry did not respond to a request for comment.)") is None


def test_names_in_rejects_lists_with_non_names():
    assert names_in("Mara Velkova and the ministry") == []
    assert names_in("Abu Bakr al-Sadiq") == ["Abu Bakr al-Sadiq"]
