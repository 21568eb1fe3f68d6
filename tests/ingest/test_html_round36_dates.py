"""Which stated date an HTML page's publication is: a meta tag refreshed on each edit, and the
date printed in the strip under the headline (a BEM "headline__footer"), which is no site footer."""
from sitrep.ingest.html import read_html

_TEXT = ("<p>Militia fighters shelled the river port of Karvesh overnight, the provincial governor "
         "said, and two barges carrying grain were set on fire at the quay.</p>"
         "<p>Aid groups said about 300 families had left the port's eastern districts by morning "
         "and were sheltering in schools along the Tarim road.</p>")

_LD = ('<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
       '"headline": "Barges burn in Karvesh shelling", "datePublished": "{published}", '
       '"dateModified": "{modified}"}}</script>')


def _page(meta: str, published: str, modified: str) -> str:
    return ("<html><head><meta name='datePublished' content='" + meta + "'>"
            + _LD.format(published=published, modified=modified)
            + "</head><body><article><h1>Barges burn in Karvesh shelling</h1>" + _TEXT
            + "</article></body></html>")


def test_a_meta_tag_carrying_the_last_edit_yields_to_the_earlier_json_ld_publication():
    # the meta tag holds the modification instant, a day after the publication
    raw = read_html("karvesh.html", _page("2025-05-10T17:43:09Z", "2025-05-09T08:31:25Z", "2025-05-10T17:43:09Z"))
    assert raw.published == "2025-05-09"


def test_an_earlier_json_ld_stamp_without_a_zone_is_not_compared():
    raw = read_html("karvesh.html", _page("2025-05-10T17:43:09Z", "2025-05-09", "2025-05-10T17:43:09Z"))
    assert raw.published == "2025-05-10"


def test_a_later_json_ld_publication_leaves_the_meta_tag():
    raw = read_html("karvesh.html", _page("2025-05-09T08:31:25Z", "2025-05-12T10:00:00Z", "2025-05-12T10:00:00Z"))
    assert raw.published == "2025-05-09"


_STRIP_PAGE = ("<html><head><meta property='article:published_time' content='2025-02-07T01:30:00Z'>"
               "</head><body><nav class='site-menu'><a href='/'>World</a></nav><section class='layout'>"
               "<div class='headline'><h1>Checkpoint attack kills four near Sarovo</h1>"
               "<div class='{strip}'><div class='byline'>By Lena Orvik</div>"
               "<div class='timestamp'>Published 8:30 PM EST, Thu February 6, 2025</div></div></div>"
               "<div class='article-body'>" + _TEXT + "</div></section>"
               "<div class='site-footer'><span class='date'>February 9, 2025</span></div></body></html>")


def test_the_headline_footer_strip_prints_the_local_date_of_a_utc_stamp():
    # 01:30 UTC on the 7th is the evening of the 6th where the outlet printed it
    raw = read_html("sarovo.html", _STRIP_PAGE.format(strip="headline__footer"))
    assert raw.published == "2025-02-06"


def test_a_site_footer_date_is_still_chrome():
    # the same strip named as the site's footer: its printed date is not read, the UTC stamp stays
    raw = read_html("sarovo.html", _STRIP_PAGE.format(strip="page-footer"))
    assert raw.published == "2025-02-07"
