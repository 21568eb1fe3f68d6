"""Bylines set in separate spans: the author is read, the role line is not glued to the name."""
from sitrep.ingest.html import read_html

BODY = ("<p>Sudanese army drones struck a fuel depot in Nyala on Monday night, starting a fire "
        "that burned until morning, residents said.</p>"
        "<p>The Rapid Support Forces said the strike killed five civilians and wounded a dozen "
        "more, a figure that could not be verified.</p>")


def _page(byline: str, extra: str = "") -> str:
    return ("<!DOCTYPE html><html><head><title>Drones hit Nyala fuel depot</title>"
            '<meta property="og:site_name" content="Nile Courier"></head><body><article>'
            f"<h1>Drones hit Nyala fuel depot</h1>{byline}{BODY}</article>{extra}</body></html>")


def test_span_byline_gives_author_and_a_separate_role_line():
    raw = read_html("nyala.html", _page('<div class="article-byline"><span>Amira Osman</span>'
                                        "<span>Sudan correspondent, reporting from Port Sudan</span></div>"))
    assert raw.authors == ["Amira Osman"]
    assert raw.hint_basis["authors"] == "html byline"
    assert "Amira Osman" in raw.dropped
    assert "Sudan correspondent, reporting from Port Sudan" in raw.dropped
    assert not any("OsmanSudan" in line for line in raw.dropped)


def test_byline_element_with_role_only_gives_no_author():
    raw = read_html("nyala2.html", _page('<div class="byline"><span>Staff correspondent</span></div>'))
    assert raw.authors == []


def test_comment_authors_are_not_article_authors():
    comments = ('<section id="comments"><div class="comment"><span class="comment-author">'
                "Peter Mwangi</span><p>Terrible news.</p></div></section>")
    raw = read_html("nyala3.html", _page("", comments))
    assert raw.authors == []


def test_glued_inline_words_in_one_sentence_are_not_split_into_lines():
    # lower case after lower case is an ordinary run of words, not two stacked spans
    raw = read_html("nyala4.html", _page("", "<footer><span>read</span><span>more</span> "
                                             "<span>Nile</span><span>Courier</span></footer>"))
    # a capital right after a lower-case letter at a span boundary starts a new line
    assert raw.dropped == ["readmore Nile", "Courier"]
