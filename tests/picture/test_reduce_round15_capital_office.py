"""A national office a text ties to its capital (no country named: "the defence minister" in a
report datelined from the capital) belongs to the country the KB gives for that capital when the
corpus names the country too; a capital whose country the corpus never names keeps the relation
(invented Sahel reports)."""
from corpus_checks import picture_of_texts

CAPITAL_ONLY = """Minister vows to secure northern roads
Sahel Morning Post
Published April 8, 2026
NIAMEY, April 7 - Defence Minister Issoufou Garba said on Tuesday that new units would escort convoys on the northern roads.
Garba said the army would not let the roads be cut again.
"""
COUNTRY = """Gunmen attack army post in the west
Sahel Morning Post
Published April 9, 2026
Gunmen attacked an army post in western Niger on Wednesday, killing four soldiers, the army said.
Officials in Niger said reinforcements had been sent to the area.
"""



def _picture(tmp_path, texts: dict[str, str]) -> dict:
    return picture_of_texts(tmp_path, texts)


def _offices(data: dict) -> set[tuple[str, str]]:
    names = {e["id"]: e["name"] for e in data["entities"]}
    return {(names[r["subject"]], names[r["object"]])
            for r in data["relations"] if r["predicate"] == "holds_office"}


def test_office_of_a_capital_goes_to_the_named_country(tmp_path):
    offices = _offices(_picture(tmp_path, {"a.txt": CAPITAL_ONLY, "b.txt": COUNTRY}))
    assert ("Issoufou Garba", "Niger") in offices
    assert ("Issoufou Garba", "Niamey") not in offices


def test_office_of_a_capital_stays_when_the_country_is_never_named(tmp_path):
    offices = _offices(_picture(tmp_path, {"a.txt": CAPITAL_ONLY}))
    assert ("Issoufou Garba", "Niamey") in offices
