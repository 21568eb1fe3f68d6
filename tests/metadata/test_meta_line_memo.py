"""The per-process memo of metadata lines answers a repeated line as the rules would."""
from sitrep.clean.lines import BODY, META, split_lines
from sitrep.clean.lines import MEMO_LINE_LEN as SEEN_LEN
from sitrep.metadata.extract import _line_reason, mark_metadata


def test_a_repeated_byline_is_labelled_on_every_page():
    page = "By Amira Kessel and Tomas Ortes\nShelling hit the market in Vardenia on Tuesday, officials said."
    for _ in range(2):
        lines = split_lines(page)
        mark_metadata(lines)
        assert lines[0].label == META and lines[0].reason == _line_reason(lines[0].text)
        assert lines[1].label == BODY


def test_prose_lines_are_not_remembered():
    from sitrep.metadata import extract
    text = "Officials in Port Kessel said the convoy would resume on Friday after the talks. " * 2
    assert len(text.strip()) > SEEN_LEN
    mark_metadata(split_lines(text))
    assert text.strip() not in extract._SEEN
