from sitrep.clean.lines import split_lines
from sitrep.clean.text import build_text, fix_mojibake, joins_next


def _check_map(raw, built):
    """Every copied stretch of the cleaned text maps to the same characters in the raw text."""
    om = built.offsets
    for k, start in enumerate(om.clean_starts):
        end = om.clean_starts[k + 1] if k + 1 < len(om.clean_starts) else len(built.text)
        if om.copied[k]:
            assert built.text[start:end] == raw[om.raw_starts[k]:om.raw_starts[k] + end - start]


def test_paragraphs_and_offsets():
    raw = "First paragraph here.\n\nSecond one, which was\nwrapped mid-sentence.\nThird."
    lines = [l for l in split_lines(raw) if l.text]
    built = build_text(lines)
    assert built.text == "First paragraph here.\n\nSecond one, which was wrapped mid-sentence.\n\nThird."
    _check_map(raw, built)
    i = built.text.index("Third")
    assert raw[built.offsets.to_raw(i):].startswith("Third")


def test_glued_words_repaired_with_offsets():
    raw = "The convoy crossed theborder at dawn, officials said on Monday in Karstovo."
    built = build_text([l for l in split_lines(raw) if l.text])
    assert "the border" in built.text
    assert built.repairs >= 1
    _check_map(raw, built)
    i = built.text.index("officials")
    assert raw[built.offsets.to_raw(i):].startswith("officials")


def test_mojibake_fixed_quotes_kept():
    assert fix_mojibake("the groupâ€™s â€œdefenceâ€\x9d line") == "the group’s “defence” line"
    assert fix_mojibake("Iraq’s “war”") == "Iraq’s “war”"


def test_join_rule():
    assert joins_next("the commander said that", "the front would hold")
    assert not joins_next("The front held.", "the next day")
    assert not joins_next("Headline without period", "The body starts")
