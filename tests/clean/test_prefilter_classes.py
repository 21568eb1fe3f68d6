"""Keyword gates derived from case-sensitive groups, classes of rare characters and repeated
literals (``clean.prefilter``): each is a necessary condition, so the rule's answer never changes."""
import re

from sitrep.clean.prefilter import KeywordGate, rule_keywords


def test_a_case_sensitive_group_inside_a_case_insensitive_rule_gives_keywords():
    pattern = r"\S.{10,80}?\s+(?:(?-i:Photo|Video)\s*/\s*(?-i:[A-Z])\w+|[-–]\s+(?:©|(?-i:Copyright))\s+\w+)"
    keywords = rule_keywords(pattern, re.IGNORECASE)
    assert keywords is not None and keywords.fold
    assert set(keywords.words) == {"photo", "video", "©", "copyright"}


def test_a_class_of_rare_characters_and_a_repeated_space_give_keywords():
    pattern = r"[A-Z]\w*(?:(?: {2,}|\t+| ?[|·] ?)[A-Z]\w*){3,6}"
    keywords = rule_keywords(pattern, 0)
    assert keywords is not None and set(keywords.words) == {"  ", "\t", "|", "·"}


def test_a_class_of_prose_punctuation_gives_no_keywords():
    assert rule_keywords(r"\d{1,2}[.:]\d{2}", 0) is None
    assert rule_keywords(r"[-–—]\s*\d{1,3}\s*[-–—]", 0) is None


def test_the_gate_lets_every_matching_line_through():
    rules = [(r"\S.{10,80}?\s+(?:(?-i:Photo|Video)\s*/\s*(?-i:[A-Z])\w+|[-–]\s+(?:©|(?-i:Copyright))\s+\w+)",
              re.IGNORECASE), (r"[A-Z]\w*(?:(?: {2,}|\t+| ?[|·] ?)[A-Z]\w*){3,6}", 0)]
    gate = KeywordGate([rule_keywords(p, f) for p, f in rules])
    lines = ["Rubble on the road to Tarsk after the strike Photo / Lina", "Home | World | Sport | Culture",
             "Home  World  Sport  Culture", "Smoke over the hills near Varn - © Mira", "Home · World · Sport · Ideas",
             "The convoy left Tarsk at dawn, officials said."]
    for line in lines:
        mask = gate.mask(line)
        for i, (pattern, flags) in enumerate(rules):
            if re.fullmatch(pattern, line, flags):
                assert mask >> i & 1, (pattern, line)
    assert gate.mask(lines[-1]) == 0
