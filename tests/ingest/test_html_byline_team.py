"""The byline element names more authors than the page's author field: all of them are kept."""
from sitrep.ingest.html import read_html

PAGE = """<html><head><title>Floods cut road to Malakal</title>
<meta name="author" content="Deng Garang">
<meta property="og:site_name" content="Nile Courier"></head><body><article>
<h1>Floods cut road to Malakal</h1>
<div class="byline">By <a href="/a/dg">Deng Garang</a>, Juba correspondent, and <a href="/a/ml">Mary Lado</a>, regional editor</div>
<p>Floodwater cut the only road to Malakal on Monday, stranding aid convoys for a third day, officials in Upper Nile state said.</p>
<p>The UN said more than 40 trucks were waiting at Renk and that food stocks in the town would last about two weeks.</p>
<p>Local authorities said they were working to open a detour through higher ground north of the river.</p>
</article></body></html>"""


def test_byline_element_adds_the_second_author():
    raw = read_html("p.html", PAGE)
    assert raw.authors == ["Deng Garang", "Mary Lado"]


def test_field_author_alone_when_byline_names_no_one_more():
    raw = read_html("p.html", PAGE.replace(", and <a href=\"/a/ml\">Mary Lado</a>, regional editor", ""))
    assert raw.authors == ["Deng Garang"]
