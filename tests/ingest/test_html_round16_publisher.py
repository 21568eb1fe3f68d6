"""Round 16: the publisher a page names in microdata or its <title> suffix (invented pages)."""
from sitrep.ingest.html import read_html

_BODY = ("<p>Valdoran troops were placed on high alert on Tuesday after Kestrian officials said a border "
         "post near Orlec had come under mortar fire overnight, the defence ministry said.</p>"
         "<p>The ministry said two soldiers were wounded and that the shelling had stopped before dawn, "
         "while Kestria denied that its forces had fired across the frontier.</p>"
         "<p>Regional mediators called on both governments to show restraint and to reopen the hotline "
         "between their general staffs, which has been silent since the spring.</p>")


def _page(head: str, publisher: str = "") -> str:
    return (f"<html><head>{head}</head><body><article itemscope itemtype='https://schema.org/NewsArticle'>"
            f"<h1 itemprop='headline'>Valdora puts troops on alert after border shelling</h1>{publisher}"
            f"<div itemprop='articleBody'>{_BODY}</div></article></body></html>")


def test_microdata_publisher_is_the_outlet():
    raw = read_html("p.html", _page(
        "<title>Valdora puts troops on alert after border shelling</title>",
        "<span itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
        "<meta itemprop='name' content='Orlec Evening Review'></span>"))
    assert raw.outlet == "Orlec Evening Review"


def test_title_suffix_after_the_headline_is_the_outlet():
    raw = read_html("p.html", _page("<title>Valdora puts troops on alert after border shelling | Kestrel Gazette</title>"))
    assert raw.outlet == "Kestrel Gazette"


def test_title_suffix_of_another_text_is_not():
    raw = read_html("p.html", _page("<title>Live updates - Border news</title>"))
    assert raw.outlet != "Border news"
