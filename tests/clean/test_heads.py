"""Head gates: a line a rule fullmatches always passes the rule's head gate."""
import re

from sitrep.clean.chrome import _chrome_table
from sitrep.clean.heads import head_passes, rule_heads

LINES = [
    "Share on Telegram", "SHARE THIS", "share", "Menu", "ad", "X", "×", "Close menu",
    "Advertisement · Scroll to continue", "Read more: Ceasefire talks stall in Goma",
    "READ FULL ARTICLE", "Continue reading…", "12 Comments", "5 min read", "* * *", "  ",
    "Photo: AFP", "© 2025 Caucasus Wire. All rights reserved.", "Sign up for our daily newsletter",
    "09:45 GMT", "Updated 9.45am", "#Sudan #Darfur", "Forwarded from Sahel Monitor", "KARST DAILY |",
    "reuters/staff", "Cookie ſettings", "ſhare", "Subſcribe now", "\u212aey events",
    "According to the ministry, the convoy reached Kidal on Monday.",
    "The council said 40 families fled towards El Fasher after the shelling.",
]


def test_a_fullmatching_line_always_passes_the_head_gate():
    rules = _chrome_table().rules
    variants = {v for line in LINES for v in (line, line.upper(), line.lower(), line.title())}
    matched = 0
    for rule in rules:
        for line in variants:
            if rule.regex.fullmatch(line):
                matched += 1
                assert head_passes(rule.heads, line[:4]), (rule.reason, line)
    assert matched >= 20


def test_heads_are_listed_exactly_for_a_small_pattern():
    k, heads = rule_heads(r"(?:menu|close|x)", re.IGNORECASE)
    assert k == 3 or k == 4
    assert "men" in {h[:3] for h in heads} and "MEN" in {h[:3] for h in heads} and "x" in heads and "X" in heads
    assert not head_passes((k, heads), "The ministry"[:k])
    # the long s matches "s" when case is folded: its head is listed, not lost
    k, heads = rule_heads(r"share", re.IGNORECASE)
    assert head_passes((k, heads), "ſhare"[:k])


def test_unlistable_heads_leave_the_rule_ungated():
    assert rule_heads(r".{0,400}\bgetty images", re.IGNORECASE) is None
    assert head_passes(None, "anything")
    # a character outside the worked-out alphabet passes every gate
    k, heads = rule_heads(r"(?:👁|🔁)\s*\d+", 0)
    assert head_passes((k, heads), "👁 12")
