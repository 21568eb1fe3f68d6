"""``line_texts`` (the texts of ``split_lines`` without the lines) and the shared pattern parse."""
import re

from sitrep.clean.heads import rule_heads
from sitrep.clean.lines import line_texts, split_lines
from sitrep.clean.prefilter import max_width, parse_pattern, required_chars, rule_keywords

PAGE = ("Kassala Dispatch\n\n  \u00a0\n> Shelling resumed near the market at dawn.\n>> \n"
        "\u200bMENU\u200b\n\tBy Amna Idris | 4 March 2025\r\n>\n"
        "The governor said the road to Wad Madani stays closed.\n")


def test_line_texts_are_the_non_empty_line_texts_in_order():
    expected = [line.text for line in split_lines(PAGE) if line.text]
    assert line_texts(PAGE) == expected
    assert "Shelling resumed near the market at dawn." in expected
    assert "MENU" in expected


def test_line_texts_of_a_blank_page():
    assert line_texts("\n \n\u200b\n>") == []


def test_parse_pattern_is_parsed_once_and_gates_read_it_unchanged():
    pattern, flags = r"(?:close|menu|share on (?:telegram|x))\s*[:|]?", re.IGNORECASE
    assert parse_pattern(pattern, flags) is parse_pattern(pattern, flags)
    k, heads = rule_heads(pattern, flags)
    assert k == 4 and {"clos", "MENU", "shar"} <= heads and "the " not in heads
    # the shared tree still answers every gate (none of them changed it)
    assert rule_heads(pattern, flags) == (k, heads)
    assert max_width(pattern, flags) is None                 # \s* is unbounded
    assert max_width(r"(?:close|menu)[:|]?", flags) == 6
    keywords = rule_keywords(pattern, flags)
    # the literals before a branch joined to each alternative's opening: "share on x", not "share on "
    assert keywords.fold and sorted(keywords.words) == ["close", "menu", "share on telegram", "share on x"]
    assert required_chars(r"\(photo: [a-z]+\)", 0) == frozenset("():")
