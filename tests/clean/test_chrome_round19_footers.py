"""Round 19: footer, widget, tag and caption lines of invented pages are chrome; prose stays."""
from sitrep.clean.captions import mark_credited_captions
from sitrep.clean.chrome import chrome_reason, mark_chrome
from sitrep.clean.lines import BODY, CHROME, split_lines

CHROME_LINES = [
    "Our Standards: The Baltic Wire Editorial Principles.",
    "Baltic Wire, the news division of Nordmedia Group, is the world's largest multimedia news provider.",
    "Sahel Watch is a think tank dedicated to the study of armed groups in West Africa.",
    "Published by Kestrel Media and distributed with the Weekly Ledger every Friday.",
    "Meridian is grateful for support from the members of its donor council.",
    "We welcome your comments. Please stay on topic.",
    "Would you like to comment on this article?",
    "Register (it's free) or sign in now.",
    "Please read our Comment Policy before commenting.",
    "Listen to this article | 4 mins",
    "Follow Caucasus Today:",
    "Support The Tbilisi Ledger",
    "Independent reporting from the Caucasus. Become a member today.",
    "Subscribe to Sahel Brief",
    "Get the latest news and analysis on the war in Sudan.",
    "Suggested Topics:",
    "Read Next",
    "Link",
    "Short URL",
    "Email | Print | Share",
    "Tags: Darfur, RSF, El Fasher, famine",
    "Topics: Myanmar, Arakan Army, Rakhine",
    "https://p.example.com/p/9xQ2",
    "World / Asia",
    "Home › Africa › Sahel",
    "Fighters patrol a street in Kidal, Mali [Souleymane Ag/AFP]",
    "Displaced families wait for aid at a camp near Sittwe, Myanmar. - File",
]

BODY_LINES = [
    "The group is an independent think tank, its director said, and receives no state funding.",
    "Rebels said they would follow the ceasefire: no attacks on the town were reported.",
    "Tags were found on the drones, officials said.",
    "Residents said they would support the new council.",
    "A Shifting Front Line",
    "The army said 12 soldiers were killed in Kidal on Sunday.",
]


def test_footer_widget_and_tag_lines_are_chrome() -> None:
    missed = [line for line in CHROME_LINES if chrome_reason(line) is None]
    assert missed == []


def test_prose_and_subheadings_are_not_chrome() -> None:
    wrong = [line for line in BODY_LINES if chrome_reason(line) is not None]
    assert wrong == []


def test_caption_above_a_bare_credit_line_is_chrome() -> None:
    lines = split_lines(
        "Soldiers inspect a destroyed bridge outside Kramatorsk on Monday\n"
        "Image: Oleh Petrenko/AFP\n"
        "The bridge was hit by a missile overnight, the regional governor said.\n"
        "Photo: Maria Ivanova/Reuters\n")
    mark_chrome(lines)
    mark_credited_captions(lines)
    labels = [(line.label, line.text[:20]) for line in lines if line.text]
    assert labels[0][0] == CHROME and labels[1][0] == CHROME
    # a sentence above a credit stays body
    assert labels[2][0] == BODY
