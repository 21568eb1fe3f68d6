from sitrep.metadata import outlet
from sitrep.metadata.outlet import outlet_index


def test_known_outlets_resolve_from_label_forms_and_domains():
    index = outlet_index()
    assert index.lookup("REUTERS") == "Reuters"
    assert index.lookup("reuters") == "Reuters"
    assert index.from_domain("https://www.reuters.com/world/some-story") == "Reuters"
    assert index.from_domain("edition.cnn.com") == index.lookup("CNN")
    assert index.lookup("Karst Daily") is None


def test_label_stamp_source_and_prefix():
    assert outlet.from_label("REUTERS |") == "Reuters"
    assert outlet.from_label("KARST DAILY |") == "Karst Daily"          # unknown outlets keep their label
    assert outlet.from_stamp("2025-03-04 08:12:51 - From: Karst Daily") == "Karst Daily"
    assert outlet.from_source_line("SOURCE: www.reuters.com") == "Reuters"
    assert outlet.from_source_line("SOURCE: www.karstdaily.example") == "karstdaily.example"
    assert outlet.from_prefix("Reuters/ The front said on Monday ...") == "Reuters"
    assert outlet.from_prefix("Karstovo/ The front said ...") is None


def test_photo_credit_and_interviews():
    assert outlet.from_photo_credit("The envoy. (Photo: Archived/ Reuters)") == "Reuters"
    assert outlet.from_photo_credit("The envoy. (Photo: Jane Doe)") is None
    told = outlet.told_outlets("“We will hold,” the commander told Reuters. A spokesman told the BBC on Monday.")
    assert told == ["Reuters", outlet_index().lookup("BBC")]


def test_self_references_are_found_for_every_negation():
    text = ("Shelling resumed near Kidal. Reuters could not independently verify the toll. "
            "The BBC cannot confirm it either, while Rudaw was unable to observe the front. "
            "Officials did not comment.")
    assert outlet.self_references(text) == ["Reuters", "BBC", "Rudaw"]
    assert outlet.self_references("Officials confirmed the toll; nobody could not say more.") == []


def test_told_matches_equal_a_full_scan():
    text = ("A commander told Reuters that the convoy left. Another official said to the BBC "
            "nothing; residents told told AFP and, speaking to Rudaw, a medic in an interview "
            "with Al Jazeera agreed. They toldReuters nothing.")
    assert [m.span() for m in outlet._told_matches(text)] == [m.span() for m in outlet._TOLD.finditer(text)]
    assert outlet.told_outlets(text)[:2] == ["Reuters", "BBC"]
