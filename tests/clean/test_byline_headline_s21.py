"""Session 21: the headline read up from the byline block when a long caption (or a headline of
two short sentences) stands before it, and the site's date of the day far above the headline
that dates the visit, not the article."""
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_PROSE = ("Gunmen killed seven villagers in an overnight raid on a hamlet near the border, local "
          "officials said on Tuesday, as the army sent reinforcements to the district.\n\n"
          "The district administrator said the attackers fled into the bush before troops arrived.\n")


def _doc(text: str):
    return clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt"))[0]


def test_headline_under_a_long_caption():
    page = ("Residents gather beside the burned market in the centre of the town on Monday. For weeks, "
            "traders have asked for protection, and none came.\n"
            "Photograph by Jane Roe\nNews\n"
            "What the raid on the market means for the district. Here is what we know.\n"
            "The attack was the deadliest in the district this year, and more are feared in the coming weeks.\n"
            "By Nadia Voss\nPublished March 4, 2025\n" + _PROSE)
    doc = _doc(page)
    assert doc.title == "What the raid on the market means for the district. Here is what we know."
    assert doc.authors == ["Nadia Voss"]


def test_site_date_of_the_day_above_the_menus_dates_nothing():
    menus = "\n".join(["News", "Crime", "Politics", "Metro", "Business", "Sports", "Health", "Education",
                       "Transport", "Environment", "Opinion", "Weather", "Obituaries", "Podcasts"])
    page = ("The Harbour Ledger\nSunday, December 24, 2023\n" + menus + "\n"
            "Seven villagers killed in overnight raid near the border\n" + _PROSE)
    doc = _doc(page)
    assert doc.published is None
    # a stamp right above the headline still dates the article
    doc = _doc("The Harbour Ledger\n" + menus + "\nMarch 4, 2025\nSeven villagers killed in overnight raid near the border\n" + _PROSE)
    assert doc.published == "2025-03-04"


def test_a_kicker_over_the_headline_is_no_headline():
    for kicker in ("Daily moment of zen —", "Culture , The Arts"):
        page = (f"{kicker}\nSeven villagers killed in an overnight raid near the northern border\n"
                "By Nadia Voss\nPublished March 4, 2025\n" + _PROSE)
        assert _doc(page).title == "Seven villagers killed in an overnight raid near the northern border"
    # a headline over its longer standfirst stays the headline
    page = ("Seven villagers killed in raid near border\n"
            "The attack was the deadliest in the district this year, residents and officials said\n"
            "By Nadia Voss\nPublished March 4, 2025\n" + _PROSE)
    assert _doc(page).title == "Seven villagers killed in raid near border"
