"""The keyword gate must never hide a rule that matches: it only skips rules that cannot."""
import re
import unicodedata

from sitrep.clean.lines import _chrome_table, chrome_reason, line_key
from sitrep.clean.prefilter import KeywordGate, max_width, rule_keywords

LINES = [
    "A displaced family waits near Kidal, northern Mali. (Photo: Amadou Diallo/AFP)",
    "Smoke rises over the port of Sittwe on Tuesday. REUTERS/Aung Naing",
    "Rescuers search the rubble in Kharkiv, Ukraine. Oksana Petrenko/Getty Images",
    "Fighters of the Northern Front patrol near Nyala. File photo",
    "Get the latest headlines delivered straight to your inbox.",
    "This article was originally published by The Steppe Monitor.",
    "Sign up now for our weekly briefing on the Sahel",
    "© 2025 Caucasus Wire. All rights reserved.",
    "Read more: Ceasefire talks stall in Goma",
    "Share on Telegram",
    "The council said 40 families fled towards El Fasher after the shelling on Monday.",
    "Photo credit: Leila Haddad",
    "PHOTO CREDIT: LEILA HADDAD",
    "Image: Irina Sokolov",
    "Mandalay Times | World",
    "The photo shows a damaged bridge near Idlib, officials said in a statement.",
    # non-ASCII lines: case folding may pair "ſ" with "s" and "K" (Kelvin) with "k"
    "Geſhare this",
    "Read the full article on Sudan Tribune…",
    "Rescuers in Aleppo. (Photo: Nadia Khoury/ANADOLU)",
    "Ⓒ Tripoli Post",
    "Cookie ſettings",
]


def _naive(text):
    rules = _chrome_table().rules
    for rule in rules:
        if rule.regex.fullmatch(text):
            return rule.reason, rule.role
    return None


def test_gated_rules_give_the_same_answer_as_trying_every_rule():
    for line in LINES:
        assert chrome_reason(line) == _naive(line), line
    assert sum(chrome_reason(line) is not None for line in LINES) >= 10


def test_keywords_are_the_distinctive_literals_after_a_leading_dot_run():
    kw = rule_keywords(r".{0,400}\b(?:via getty images|/afp|photo by [A-Z]\w+)\s*\.?", re.IGNORECASE)
    assert kw is not None and kw.fold
    assert set(kw.words) == {"via getty images", "/afp", "photo by "}
    # an alternative without a required literal leaves the rule ungated
    assert rule_keywords(r"[a-z]+|photo", re.IGNORECASE) is None
    assert set(rule_keywords(r"menu|close", re.IGNORECASE).words) == {"menu", "close"}
    # case-sensitive rules keep their literals as written
    assert rule_keywords(r".{0,80}\b(?:REUTERS|AFP)/[A-Z].*", 0).words == ("AFP", "REUTERS")


def test_a_non_ascii_literal_that_folds_onto_ascii_gates_nothing():
    # "K" (Kelvin sign) matches "k" case-insensitively: a substring test on ASCII would miss it
    assert rule_keywords("\u212aidal bureau", re.IGNORECASE) is None
    assert rule_keywords("(?:©|copyright).{0,40}", re.IGNORECASE) is not None


def test_gate_keeps_every_rule_a_line_could_match():
    patterns = [(r".{0,50}\bstraight to your inbox", re.IGNORECASE), (r"[\w ]{3,40}", re.IGNORECASE),
                (r".{0,50}\bREUTERS/\w+", 0)]
    gate = KeywordGate([rule_keywords(p, f) for p, f in patterns])
    assert gate.candidates("News STRAIGHT TO YOUR INBOX") == [0, 1]
    assert gate.candidates("A quiet day in Gao") == [1]
    assert gate.candidates("Smoke over Gao. reuters/staff") == [1]        # case-sensitive rule
    assert gate.candidates("Neuigkeiten ſtraight to your inbox") == [0, 1]  # non-ASCII: folded rules stay


def test_max_width_bounds_only_bounded_patterns():
    assert max_width(r"\d{1,2}\s?min read", re.IGNORECASE) == 11
    assert max_width(r"read more.*", re.IGNORECASE) is None


def test_line_key_fast_path_equals_the_general_fold():
    def general(text):
        return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())
    for text in ["Front_calls  TRUCE!", "Gao, 12 March -- 2025", "Iraq’s “war”", "ﬁre in Kharkiv", "ǅemal"]:
        assert line_key(text) == general(text)


def test_scoped_ignorecase_group_gives_folded_keywords():
    # a case-sensitive rule whose required words sit in a scoped (?i:...) group
    kw = rule_keywords(r"(?:\S+\s+){2,}[-–—]\s*[A-Z]\w*\s+(?i:pic|foto)", 0)
    assert kw is not None and kw.fold and set(kw.words) == {"pic", "foto"}
    # a string required as written is still found in the lower-cased line
    kw = rule_keywords(r"Zarv(?i:x)", 0)
    assert kw is not None and kw.fold and all(w == w.lower() for w in kw.words)
    # other inline flag changes are not looked into
    assert rule_keywords(r"(?s:abc)", 0) is None


def test_scoped_ignorecase_gate_never_drops_a_match():
    import re as _re
    pattern = r"(?:\S+\s+){2,}\S*[.!?]\s*[-–—]\s*(?:[A-Z]\w*\s+){1,2}(?i:pic|photo)"
    kw = rule_keywords(pattern, 0)
    regex = _re.compile(pattern)
    for line in ["Rescuers search the rubble in Zarvo. - Lena Kord PHOTO", "Smoke rises over Karvel. — Tom Ash Pic",
                 "The ministry said talks would resume. - Ana Bel photo"]:
        assert regex.fullmatch(line)
        assert any(w in line.lower() for w in kw.words)


def test_literals_before_a_branch_join_each_alternatives_opening():
    kw = rule_keywords(r".{10,400}\[[^\]]{0,40}/(?:AFP|AP|Getty(?: Images)?)\]", re.IGNORECASE)
    assert kw is not None and set(kw.words) == {"/afp", "/ap", "/getty"}
    # an alternative opening with no literal: the joined strings are not required
    kw = rule_keywords(r"x/(?:AFP|\d+)", 0)
    assert kw is not None and "/AFP" not in kw.words
