"""The ``.{m,n}TAIL`` shortcut (``clean.tails``) answers exactly as the rule's regex does."""
import random
import re

import pytest

from sitrep.clean.chrome import _chrome_table
from sitrep.clean.tails import tail_rule

PROSE = ("Shelling resumed near the river crossing at dawn, residents of Tarsk said, "
         "and aid convoys waited at the checkpoint while officials argued over the route. ")
ENDINGS = ["Photo by Lina Marsh", "photo by lina marsh", "(File)", "/AFP", "/AFP via Getty Images",
           "Getty Images", "file photo", "/AP Photo", "AP Photo/Karim Odu", "REUTERS/Sami Veld",
           "AFP", "ANADOLU/Staff", "Image: Ministry of Defence", "Photos: Nadia Orr",
           "Credit: Telegram", "(Screengrab)", "(Photo: Omar Tal)", "(handout)", "(social media)",
           "This article was originally published by The Kessar Herald.",
           "This story is republished under a Creative Commons licence.",
           "To learn more about republishing, contact the desk.", "this is", "Photo", "(", "via getty",
           "republish this article", "Video: state TV", "EPA-EFE/Ola Brenn"]


def _lines(seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(400):
        head = PROSE * 6
        cut = rnd.choice([0, 1, 5, 9, 10, 11, 60, 195, 199, 200, 201, 390, 399, 400, 401, 420])
        ending = rnd.choice(ENDINGS)
        tail = rnd.choice(["", ".", " .", "  ", " x", "s"])
        out.append((head[:cut] + rnd.choice(["", " ", "—", "/"]) + ending + tail).strip())
    return out


@pytest.mark.parametrize("seed", range(5))
def test_shortcut_agrees_with_the_regex(seed):
    rules = [rule for rule in _chrome_table().rules if rule.tail is not None]
    assert len(rules) >= 3                      # the caption and notice rules take the shortcut
    matched = 0
    for text in _lines(seed):
        for rule in rules:
            expected = rule.regex.fullmatch(text) is not None
            assert rule.tail.fullmatch(text) is expected, (rule.reason, text)
            matched += expected
    assert matched                              # the fixtures reach the accepting side too


def test_shapes_without_a_literal_start_keep_the_regex():
    assert tail_rule(re.compile(r".{1,120},?\s+opens new tab", re.I)) is None
    assert tail_rule(re.compile(r".{0,80}\bsign up\b|.{0,80}\bnewsletter", re.I)) is None
    assert tail_rule(re.compile(r"(?:©|\(c\)|copyright\b).{0,160}", re.I)) is None


def test_word_boundary_sees_the_character_before_the_tail():
    rule = tail_rule(re.compile(r".{0,50}\b(?:afp|getty images)\s*", re.I))
    assert rule is not None
    assert rule.fullmatch("Smoke over the port. AFP") and not rule.fullmatch("Smoke over the portAFP")
    assert rule.fullmatch("AFP")
    # non-ASCII under IGNORECASE: the regex decides ("ſ" folds to "s")
    assert rule.fullmatch("Smoke — getty imageſ") is (rule.regex.fullmatch("Smoke — getty imageſ") is not None)


def test_prefix_bounds_are_kept():
    rule = tail_rule(re.compile(r".{10,20}\(photo\)"))
    assert rule is not None
    assert not rule.fullmatch("short (photo)")          # 6 characters before the tail
    assert rule.fullmatch("a bit longer (photo)")
    assert not rule.fullmatch("far far far too long here (photo)")


def test_lookalikes_are_every_non_ascii_match_of_an_ascii_character():
    import sys

    from sitrep.clean.prefilter import LOOKALIKES
    ascii_class = re.compile(r"[\x00-\x7f]", re.I)
    found = {chr(c) for c in range(128, sys.maxunicode + 1)
             if not 0xD800 <= c < 0xE000 and ascii_class.fullmatch(chr(c))}
    assert found == set(LOOKALIKES)


@pytest.mark.parametrize("text", [
    "“We left at night,” she said. Photo by Lina Marsh", "Rubble in Tarsk — AFP via Getty Images",
    "Rubble in Tarsk — AFP via Getty Imageſ", "İlçe merkezi, file photo", "Ruins (FİLE)", "Café /AFP",
])
def test_non_ascii_lines_agree_with_the_regex(text):
    for rule in (r for r in _chrome_table().rules if r.tail is not None):
        assert rule.tail.fullmatch(text) is (rule.regex.fullmatch(text) is not None), (rule.reason, text)


def test_keyword_gate_reads_non_ascii_lines():
    table = _chrome_table()
    gate = table.gate
    prose = "“We waited for the convoy for hours,” said Amira Tal, whose café in Tarsk was shelled."
    assert gate.mask(prose, gate.folding) == 0          # no keyword: no folding rule to try
    caption = "Smoke rises over the café district of Tarsk. Photo by Lina Marsh"
    assert gate.mask(caption, gate.folding)             # "photo by " found in the lowered line
    # "ſ" matches "s" under IGNORECASE, so the lowered line cannot be trusted: every rule stays
    assert gate.mask("Deſk note", gate.folding) == gate.folding


def test_non_ascii_caption_lines_are_still_chrome():
    from sitrep.clean.chrome import chrome_reason, mark_chrome
    from sitrep.clean.lines import split_lines
    text = "Gunfire in Tarsk\n\nSmoke over the café district — AFP via Getty Images\n\n“We fled,” she said."
    lines = split_lines(text)
    mark_chrome(lines)
    assert [line.label for line in lines if line.text] == ["body", "chrome", "body"]
    assert chrome_reason("Smoke over the café district — AFP via Getty Images") is not None
