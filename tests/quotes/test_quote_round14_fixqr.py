"""Round 14: rank abbreviations before a speaker's name, and "the company said" resolved within
its paragraph (invented Sulawesi / Red Sea texts)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _quotes(text: str) -> list[tuple[str, str | None]]:
    a = analyze_text("d", text, "2025-03-04", None, KnowledgeBase.default())
    names = {m.local: (m.canonical or m.text) for m in a.mentions}
    return [(q.text, names.get(q.speaker) if q.speaker is not None and q.speaker >= 0 else q.speaker_name)
            for q in a.quotes]


def test_speaker_after_police_rank_abbreviations() -> None:
    text = ("PALU, Indonesia - Security forces searched villages for the fighters holding Ellison.\n\n"
            "\"We are prioritising a peaceful approach,\" task force spokesman Sr. Comr. Bayu Wicaksono "
            "told reporters.\n\n"
            "\"The hostage is alive,\" said Sr. Comr. Bayu Wicaksono, the task force's spokesman.\n\n"
            "\"Our teams reached the village at dawn,\" Insp. Gen. Made Suarta said.\n")
    got = [s for _, s in _quotes(text)]
    assert got == ["Bayu Wicaksono", "Bayu Wicaksono", "Made Suarta"]


def test_the_company_is_the_one_company_of_the_paragraph() -> None:
    text = ("HODEIDAH, Yemen - A tanker was hit by a drone on Monday.\n\n"
            "The Norwegian owner of the tanker, Fjordline Tankers, said the crew of 21 were safe. "
            "\"All crew members are accounted for,\" the company said in a statement.\n")
    assert _quotes(text)[0][1] == "Fjordline Tankers"


def test_the_company_stays_unresolved_with_two_companies() -> None:
    text = ("HODEIDAH, Yemen - A tanker was hit by a drone on Monday.\n\n"
            "Fjordline Tankers, the owner, and Baltic Crest Shipping, the operator, said the crew were safe. "
            "\"All crew members are accounted for,\" the company said in a statement.\n")
    speaker = _quotes(text)[0][1]
    assert speaker not in ("Fjordline Tankers", "Baltic Crest Shipping")
