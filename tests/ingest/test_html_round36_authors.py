"""An HTML page's author field filled with the site's own name, its host name or the author
page's link text names no person (or the person after the link text)."""
from sitrep.ingest.html import read_html, split_authors

_BODY = ("<p>Shelling hit the grain terminal at Osk overnight, the port authority said, and two "
         "silos burned until morning while crews waited for the firing to stop.</p>"
         "<p>About 40 dockworkers were evacuated, and the authority said exports would resume "
         "once the damage had been surveyed.</p>")


def _page(author: str, site: str = "Kestrel Post", byline: str = "") -> str:
    return ("<html><head><meta property='og:site_name' content='" + site + "'>"
            "<meta name='author' content='" + author + "'><title>Osk terminal burns</title></head>"
            "<body><article><h1>Osk terminal burns after night shelling</h1>" + byline + _BODY
            + "</article></body></html>")


def test_a_host_name_is_no_author():
    assert split_authors("Kestrelpost.com") == []
    assert split_authors("Lena Orvik, Kestrelpost.com") == ["Lena Orvik"]


def test_the_author_archive_link_text_keeps_the_name():
    assert split_authors("View all posts by Lena Orvik") == ["Lena Orvik"]


def test_the_site_name_in_the_author_field_yields_to_the_byline():
    raw = read_html("osk.html", _page("Kestrel Post", byline="<div class='byline'>Amani Okello</div>"))
    assert raw.authors == ["Amani Okello"]


def test_a_known_outlet_in_the_author_field_is_no_author():
    # a syndicated copy on another site: its author field names the wire's outlet
    raw = read_html("osk.html", _page("Radio Free Asia", site="Osk Daily"))
    assert raw.authors == []


def test_a_reporter_in_the_author_field_stays():
    raw = read_html("osk.html", _page("Lena Orvik"))
    assert raw.authors == ["Lena Orvik"]
