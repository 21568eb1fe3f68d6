"""Round 24: caption credits in agency styles ("(Reuters)", "(Credit: AFP)", "... via AFP)", "PHOTO: AFP",
"/ Credit", "[File: AFP]"), UI words ("Share:", "Edit", "Gift this article", "Site Index"), a closed
live page banner, a multi-button share bar, exchange-quote disclaimers and funding footers; body
sentences that look similar stay body."""
import pytest

from sitrep.clean.chrome import chrome_reason


@pytest.mark.parametrize("line", [
    "Displaced families queue for water at a camp outside Goma, Congo, March 3, 2025. (Reuters)",
    "Fire burns at a fuel depot in Kherson after overnight shelling, May 2, 2025. (Credit: AFP)",
    "Rebel fighters parade through Bunia during a ceremony, May 1, 2025. (Rebel media office via AFP)",
    "Soldiers guard the bridge over the Nile near Kosti during fighting in June. PHOTO: AFP",
    "Villagers gather at the ruined market in Hpakant on Sunday morning. / Kachin News Group",
    "Ambulances wait at the crossing into Rafah during a lull in shelling [File: Reuters]",
])
def test_agency_caption_credits(line):
    assert chrome_reason(line)[0] == "photo caption"


@pytest.mark.parametrize("line,reason", [
    ("Share:", "ui word"),
    ("Edit", "ui word"),
    ("Gift this article", "ui word"),
    ("Site Index", "ui word"),
    ("This live page is now closed. You can read our latest coverage of the Goma fighting here.", "live blog note"),
    ("All quotes delayed a minimum of 15 minutes. See here for a list of exchanges.", "market data notice"),
    ("Development partners", "funding footer"),
    ("This article is funded by the Government of Norway and the Ford Foundation.", "funding footer"),
])
def test_ui_words_banners_and_footers(line, reason):
    assert chrome_reason(line)[0] == reason


def test_share_bar_with_buttons():
    assert chrome_reason("Share on Facebook   Share on X   Send by email")[0] in ("share bar", "ui word")


@pytest.mark.parametrize("line", [
    "The army said two soldiers were killed, a toll later confirmed by Reuters.",
    "Rebels seized the town on Monday, according to a local official who spoke to AFP (by phone).",
    "The editor said the article was funded by readers and would not be withdrawn.",
    "Market traders said prices delayed by the blockade had doubled since May.",
    "Residents said the live shelling went on until dawn.",
    "The aid group said 40 people were killed in the Reuters-verified strike on the market.",
])
def test_caption_like_body_sentences_stay(line):
    assert chrome_reason(line) is None or chrome_reason(line)[0] is None
