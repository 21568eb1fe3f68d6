import pytest

from sitrep.clean.lines import (BLANK, BODY, CHROME, chrome_reason, line_key, mark_chrome, mark_recurring,
                                mark_repeats, split_lines)


def test_split_lines_keeps_raw_offsets():
    raw = "Title here\r\n\n  Indented body line.  \n\u00a0\nLast"
    lines = split_lines(raw)
    for line in lines:
        assert raw[line.start:line.end] == line.text
    assert [l.label for l in lines] == [BODY, BLANK, BODY, BLANK, BODY]
    assert lines[3].reason == "blank (invisible characters)"
    assert lines[1].reason == "blank"


@pytest.mark.parametrize("line, reason", [
    ("close", "ui word"),
    ("Advertisement", "ui word"),
    ("Skip to content", "ui word"),
    ("READ FULL ARTICLE", "read full article"),
    ("Continue reading…", "read full article"),
    ("SOURCE: www.karstdaily.example", "source line"),
    ("RELATED: Veloria rejects ceasefire terms", "read-more link"),
    ("Read More: Envoy meets front commanders", "read-more link"),
    ("Also read: How the border war began", "read-more link"),
    ("Be the first to comment", "comment widget"),
    ("Leave a Reply", "comment widget"),
    ("12 Comments", "comment widget"),
    ("KARST DAILY |", "outlet label"),
    ("Soldiers carry a coffin in Karstovo, March 2, 2025. (AP Photo/Jane Doe)", "photo caption"),
    ("A fighter walks past a ruined depot. REUTERS/John Smith/File Photo", "photo caption"),
    ("The envoy, Lena Ostrova. (Photo: Archived/ Karst 24)", "photo caption"),
    ("Photo: AFP", "photo caption"),
    ("© 2025 Karst Daily. All rights reserved.", "copyright"),
    ("Sign up for our daily newsletter", "newsletter prompt"),
    ("5 min read", "reading time"),
    ("* * *", "separator"),
])
def test_chrome_lines(line, reason):
    found = chrome_reason(line)
    assert found is not None, line
    assert found[0] == reason


@pytest.mark.parametrize("line", [
    "The ministry said the strike killed two soldiers and wounded 24 others.",
    "Related to the talks, the envoy said nothing.",
    "Source of the drones remains unclear, officials said.",
    "“Close the border now,” the commander said.",
    "Share prices fell sharply in Karstovo on Monday.",
    "The photo showed the commander at the front (left) with aides.",
    "More than 20 people were injured.",
    "Iran-Backed Factions Escalate Attacks",
])
def test_body_lines_are_not_chrome(line):
    assert chrome_reason(line) is None


def test_repeats_after_first_are_chrome():
    lines = split_lines("Front calls truce\n\nFront calls truce\nBody text one.\nBody text one.")
    mark_chrome(lines)
    lines[0].label = "title"
    mark_repeats(lines)
    assert [l.reason for l in lines if l.label == CHROME] == ["repeated headline", "repeated line"]


def test_recurring_lines_from_the_corpus_are_chrome():
    lines = split_lines("Subscribe to our Telegram channel for updates\nThe front said it fired drones.")
    mark_chrome(lines)
    assert lines[0].label == BODY
    assert mark_recurring(lines, frozenset({line_key("Subscribe to our Telegram channel for updates")}))
    assert lines[0].label == CHROME and lines[1].label == BODY


def test_line_key_folds_quotes_case_and_spacing():
    assert line_key("Iraq’s  “war”") == line_key("iraq's \"war\"")


def test_page_keys_in_one_pass_equal_line_keys():
    from sitrep.clean.lines import line_keys
    ascii_page = ["Front calls TRUCE!", "Gao, 12 March -- 2025", "", "(AP Photo/Jane Doe)"]
    mixed_page = ["Iraq’s “war”", "ﬁre in Kharkiv", "Plain line"]
    for page in (ascii_page, mixed_page):
        assert line_keys(page) == [line_key(text) for text in page]
