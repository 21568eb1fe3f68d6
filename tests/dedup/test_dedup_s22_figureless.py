"""A rewrite of a story without tolls (a release) that respells names and re-expresses dates is
still a rewrite; a desk's report of another release in another town is not. AP-style dates and
titles ("Feb. 7", "Brig. Gen.") end no sentence; "Aug" is August. Invented Caucasus texts."""
from __future__ import annotations

from sitrep.dedup import verify
from sitrep.dedup.fingerprint import _SENTENCE
from sitrep.dedup.respelled import same_lead
from sitrep.dedup.sketch import sketch
from sitrep.dedup.vocab import fold
from sitrep.model import Document

WIRE = ("STEPANAVAN, March 4, 2025 (AFP) - Rebels of the Kesaran Front on Monday freed Belgian engineer Tomas "
        "Verlin, more than 14 months after they seized him at a dam site, officials said.\n\n"
        "Verlin, who worked for the Dzoraget Hydro company, was picked up by a joint police and army team in Akhtal "
        "and flown to the town of Vanadzor, said Ruben Asatryan, head of the Lorivale Task Force.\n\n"
        "\"We have received Mr Verlin in good health. Doctors in Vanadzor are examining him,\" Asatryan told reporters.\n\n"
        "Belgian Foreign Minister Hugo Claessen said Brussels was relieved and thanked the government for its patient work.\n\n"
        "Fighters of the Kesaran Front seized Verlin on January 9 last year at the Dzoraget dam and burned two trucks.\n\n"
        "The group first demanded the release of its jailed commanders and later threatened to kill the engineer.\n\n"
        "Front spokesman Levon Marukyan said the group had freed Verlin on humanitarian grounds and received no ransom.\n\n"
        "Rights groups say the army has detained dozens of villagers in Akhtal since the abduction last year.")
REWRITE = ("Vanadzor.\n\nArmed rebels in Lorivale released the Belgian engineer Thomas Verlin on Monday, ending a "
           "hostage ordeal that began more than 14 months ago at a dam site.\n\n"
           "Verlin, an engineer with the Dzoraget Hydro firm, was collected by a combined police and army team in "
           "Akhtal and then flown to Vanadzor, said Brig. Gen. Ruben Asatryan, who leads the Lorivale Task Force.\n\n"
           "\"We have received Mr Verlin in good health. Doctors in Vanadzor are examining him,\" Asatryansaid.\n\n"
           "In Brussels, Foreign Minister Hugo Claessen said Belgium was relieved and praised the government's patient work.\n\n"
           "The engineer was abducted on Jan. 9, 2024, when fighters of the Kesaran Front stormed the Dzoraget dam "
           "and set two trucks on fire.\n\n"
           "The Front first demanded that its jailed commanders be freed and later threatened to execute the engineer.\n\n"
           "Spokesman Levon Marukyan told reporters the release was made on humanitarian grounds, without any ransom.\n\n"
           "Rights groups say dozens of villagers in Akhtal have been detained by the army since the abduction in 2024.")
OTHER_TOWN = (WIRE.replace("Akhtal", "Sisian").replace("Vanadzor", "Goris").replace("Tomas Verlin", "Pieter Smets")
              .replace("Verlin", "Smets").replace("Dzoraget", "Vorotan"))


def _doc(id_: str, text: str, outlet: str, day: str | None) -> Document:
    return Document(id=id_, source=f"{id_}.txt", fmt="txt", raw=text, text=text, outlet=outlet, published=day)


def test_abbreviated_months_and_titles_end_no_sentence() -> None:
    text = "He was seized on Feb. 7, 2023, by rebels. Brig. Gen. Ruben Asatryan said so. The U.S. Army left. 5 died."
    assert _SENTENCE.split(text) == ["He was seized on Feb. 7, 2023, by rebels.", "Brig. Gen. Ruben Asatryan said so.",
                                     "The U.S. Army left.", "5 died."]
    assert fold("aug") == fold("august") == "august" and fold("sept") == "september"


def test_a_respelled_rewrite_of_a_release_is_a_rewrite() -> None:
    assert same_lead(WIRE, REWRITE)
    found = verify(_doc("w", WIRE, "AFP", "2025-03-04"), _doc("r", REWRITE, "Lorivale Globe", "2025-03-04"),
                   sketch(WIRE), sketch(REWRITE))
    assert found is not None and found.kind == "rewrite"


def test_the_desks_report_of_another_release_elsewhere_is_none() -> None:
    assert not same_lead(WIRE, OTHER_TOWN)
    found = verify(_doc("w", WIRE, "AFP", "2025-03-04"), _doc("o", OTHER_TOWN, "AFP", "2025-05-20"),
                   sketch(WIRE), sketch(OTHER_TOWN))
    assert found is None or found.kind == "partial"
