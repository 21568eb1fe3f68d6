"""Round 16: saint-prefixed places, "X of the Y" names of known bodies, a bare name that is only
the tail of a gazetteer place, presidential "State House" (invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _ents(text: str) -> list[tuple[str, str, str]]:
    a = analyze_text("d", text, "2025-06-03", None, KnowledgeBase.default())
    return [(m.text, m.type, m.key) for m in a.mentions]


def test_saint_prefix_belongs_to_the_place_name():
    got = _ents("Envoys flew to St Vincent on Monday, and a second round opened in St. Petersburg.")
    texts = {t for t, _, _ in got}
    assert "Vincent" not in texts and "Petersburg" not in texts
    assert "St Vincent" in texts and "St. Petersburg" in texts


def test_unknown_saint_place_is_no_town_named_by_its_tail():
    texts = {t for t, _, _ in _ents("Fishermen from St Barnaby Cove said the patrol boat left.")}
    assert "Barnaby" not in texts


def test_of_the_form_of_a_known_body_is_that_body():
    got = _ents("Quito wrote to the Security Council of the United Nations. The UN Security Council "
                "did not reply.")
    keys = {k for t, _, k in got if "Security Council" in t}
    assert len(keys) == 1


def test_state_house_is_no_us_house():
    got = _ents("Officials at State House in Lusaka said the president would speak.")
    assert not any(k == "kb:us-house-of-representatives" for _, _, k in got)


def test_bare_state_name_is_not_the_city_it_ends():
    got = _ents("Troops were moved to Bolívar near the border, the Venezuelan army said.")
    assert not any(t == "Bolívar" and k.startswith("kb:geo-") for t, _, k in got)
