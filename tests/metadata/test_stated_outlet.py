from sitrep.clean.lines import split_lines
from sitrep.clean.chrome import mark_chrome
from sitrep.metadata.extract import extract_metadata, mark_metadata, stated_outlet
from sitrep.model import RawArticle


def _lines(text: str):
    lines = split_lines(text)
    mark_chrome(lines)
    mark_metadata(lines)
    return lines


def test_label_line_states_outlet_before_text_is_built():
    raw = RawArticle(source="a.txt", text="KIVU MORNING POST |\n\nShelling resumed near Goma on Friday.", fmt="txt")
    lines = _lines(raw.text)
    assert stated_outlet(raw, lines) == ("Kivu Morning Post", "outlet label")
    # the same answer the full metadata step gives
    meta = extract_metadata(raw, lines, ["Shelling resumed near Goma on Friday."], "Shelling resumed near Goma on Friday.")
    assert (meta.outlet, meta.outlet_basis) == ("Kivu Morning Post", "outlet label")


def test_structured_hint_wins():
    raw = RawArticle(source="a.json", text="KIVU MORNING POST |\n\nText.", fmt="json", outlet="Goma Wire")
    assert stated_outlet(raw, _lines(raw.text))[0] == "Goma Wire"


def test_outlet_from_address_is_not_stated():
    text = "Shelling resumed near Goma on Friday, a commander said."
    raw = RawArticle(source="a.txt", text=text, fmt="txt", url="https://www.aljazeera.com/news/2025/3/7/goma")
    lines = _lines(text)
    assert stated_outlet(raw, lines) is None
    assert extract_metadata(raw, lines, [text], text).outlet == "Al Jazeera"
