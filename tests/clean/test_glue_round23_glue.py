"""Round 23: a document glued mostly between content words is judged glued; hyphenated name tails stay."""
from __future__ import annotations

from sitrep.clean.glue import Lexicon, find_glue_edits, glue_sites


def _fix(text: str) -> str:
    lines = text.split("\n")
    out = []
    for line, edits in zip(lines, find_glue_edits(lines, Lexicon.default())):
        for e in sorted(edits, key=lambda e: e.start, reverse=True):
            line = line[:e.start] + e.replacement + line[e.end:]
        out.append(line)
    return "\n".join(out)


# An invented analysis piece on a Caucasus ceasefire whose spaces were lost mostly between
# content words: only a few glued words hold a function word.
GLUED = """Analysis: The ceasefire along the Line of Contact looks thinner every week
The ceasefire signed in March was meant to end months of shelling along the Line of Contact. Instead, \
commanders on both sides have used the lull to dig in, and villagers say the artillery never fully stopped. \
Monitors from the regional mission counted dozens of violations in the first fortnight alone, most of them \
small-arms fire at night, but several involved heavy mortars and mortarshells aimed at farms on the plain.
Local officials describe a steadyexodus from the frontline districts. Families load what they can onto \
trucks and leave before the harvest, because insurance companies refuse to cover fields within range of \
the guns. Schools in three towns closed in April after teachers stopped coming, and the one clinic still \
open relies on volunteer doctors who travel in from the capital once a week with whatever medicine they \
can carry.
The government has answered with harshpenalties for draft evasion and a campaign of billboards, \
punitiveraids on villages that \
promise land to veterans. Critics say the policy punishes the poor, who cannot pay the exemption fee that \
wealthier families quietly settle with recruitment offices in the cities.
Diplomats in the region privately admit that talks have stalled. A senior envoy who spoke on condition of \
anonymity said both capitals had lost interest in the format, which was designed for a conflict that no \
longer exists in the same shape. Neighbouring states have offered to host a new round, but neither side \
has accepted, and the envoy saidthe mediators were running out of ideas.
Meanwhile, the militarybudget keeps rising. Parliament approved a sharpincrease in procurement last \
month, most of it for drones and air defence systems bought abroad. Opposition deputies who asked for \
a public accounting of the spending were told that the figures were classified for reasons of national \
security, and a motion to publish them was defeated by a wide margin.
Analysts warn thatthe current quiet rests on exhaustion rather than agreement. Both armies are short of \
trained soldiers, and both rely on conscripts with a few weeks of instruction. When the weather turns, \
they say, the temptation to test the other side's lines will return, and with it the risk of a wider war \
that neither capital can afford.
The mission's last report notes a quiet but steadyrise in incidents near the northern reservoir, where \
water rights were never settled by the treaty, andthe farmers there have begun arming themselves.
"""


def test_content_word_glue_is_repaired_in_a_glued_document():
    fixed = _fix(GLUED)
    # "mortar shells", "punitive raids": two plain words, less likely than the floor for listed
    # tokens, but wordfreq does not list the glued token at all
    for want in ("mortar shells", "punitive raids", "steady exodus", "harsh penalties", "military budget",
                 "sharp increase", "steady rise",
                 "said the", "that the", "and the"):
        assert want in fixed, want


def _clean_but(token: str) -> str:
    text = GLUED.replace("saidthe", "said the").replace("thatthe", "that the").replace("andthe", "and the")
    text = text.replace("steadyexodus", "steady exodus").replace("harshpenalties", "harsh penalties")
    text = text.replace("mortarshells", "mortar shells").replace("punitiveraids", "punitive raids")
    text = text.replace("militarybudget", "military budget").replace("sharpincrease", "sharp increase")
    return text.replace("steadyrise", token)


def test_one_unlisted_pair_of_common_words_is_split_in_a_clean_document():
    # no other glue in the document: two common words that wordfreq never saw joined are glue
    text = _clean_but("steadyrise")
    assert [(text[p - 6:p], text[p:p + 4]) for p in glue_sites(text, Lexicon.default())] == [("steady", "rise")]


def test_recurring_or_affixed_compounds_stay_whole_in_a_clean_document():
    # a token the text writes twice is a word it uses; -long, -mania, psycho- build coinages
    for token in ("monthslong", "logomania", "psychodramas", "stuntwomen"):
        assert glue_sites(_clean_but(token), Lexicon.default()) == [], token
    twice = _clean_but("breadvans").replace("the envoy", "the breadvans envoy")
    assert twice.count("breadvans") == 2
    assert glue_sites(twice, Lexicon.default()) == []


def test_hyphenated_name_tail_is_not_split_into_a_function_word():
    # "Muslimin" after "wal-" ends like "in": a name, even in a glued document
    text = GLUED.replace("Local officials", "Fighters of Jama'at Ansar wal-Muslimin joined them. Local officials")
    fixed = _fix(text)
    assert "wal-Muslimin" in fixed
    assert "steady exodus" in fixed


def test_camel_glue_with_a_two_letter_first_piece_is_split_when_the_text_writes_it_apart():
    # invented dispatch: "Al Obeid" written apart once, glued twice
    text = ("Fighting around Al Obeid intensified on Tuesday, residents said.\n"
            "Shelling hit the market in AlObeid overnight and the army said it held AlObeid airport.")
    fixed = _fix(text)
    assert "AlObeid" not in fixed and fixed.count("Al Obeid") == 3


def test_camel_name_with_a_two_letter_first_piece_stays_whole_otherwise():
    text = ("The senator met LaGuardia officials on Monday.\n"
            "A spokesman for DeSantis said the talks at LaGuardia would continue.")
    assert _fix(text) == text
