"""An office held of a demonym ("Malian Prime Minister ...") belongs to the country the KB gives
for that demonym when the corpus names the country too; a lone demonym keeps the relation as is."""
from corpus_checks import picture_of_texts

# invented: one report names only the demonym, the other names the country
DEMONYM_ONLY = """Sahel leaders meet on border security
Niger River Courier
Published March 4, 2026
Malian Prime Minister Abdoulaye Tessougue met regional envoys in the capital on Tuesday to discuss attacks on border posts.
Tessougue said the talks would continue next week.
"""
COUNTRY = """Gunmen attack army post in central region
Niger River Courier
Published March 5, 2026
Gunmen attacked an army post in central Mali on Wednesday, killing three soldiers, the army said.
Officials in Mali said reinforcements had been sent to the area.
"""



def _picture(tmp_path, texts: dict[str, str]) -> dict:
    return picture_of_texts(tmp_path, texts)


def _offices(data: dict) -> set[tuple[str, str, str]]:
    names = {e["id"]: (e["name"], e["type"]) for e in data["entities"]}
    return {(names[r["subject"]][0], names[r["object"]][0], names[r["object"]][1])
            for r in data["relations"] if r["predicate"] == "holds_office"}


def test_office_of_a_demonym_goes_to_the_named_country(tmp_path):
    offices = _offices(_picture(tmp_path, {"a.txt": DEMONYM_ONLY, "b.txt": COUNTRY}))
    assert ("Abdoulaye Tessougue", "Mali", "GPE") in offices
    assert not any(o[2] == "NORP" for o in offices)


def test_office_of_a_lone_demonym_stays(tmp_path):
    offices = _offices(_picture(tmp_path, {"a.txt": DEMONYM_ONLY}))
    assert ("Abdoulaye Tessougue", "Malian", "NORP") in offices
