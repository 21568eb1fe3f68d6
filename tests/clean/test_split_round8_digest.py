"""Round 8: press-review digests, release letterheads and syndication notes (invented text)."""
from sitrep.clean.chrome import chrome_reason
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

DIGEST = """Caucasus Morning Digest
Friday, 7 March 2025

Border flare-up: how the papers covered it

Selected by our editors. Each excerpt links to the outlet that published it.

THE ARAGAT HERALD
Shelling resumes near Tavush villages after two quiet weeks
Mortar fire hit the outskirts of two villages in Tavush overnight, the regional governor said, wounding a farmer and damaging a school.
Full story: aragatherald.example.am/news/tavush-shelling

KURA VALLEY TIMES
Baku denies opening fire, accuses rival of provocation
The defence ministry in Baku said its units had not fired first and had only responded to sniper fire from the other side of the line.
Full article: kuravalleytimes.example.az/2025/03/06/denial

The digest is sent every weekday morning."""

RELEASE = """REPUBLIC OF SOUTH KORDOFAN
MINISTRY OF HEALTH
Press and Information Unit

FOR IMMEDIATE RELEASE

Kadugli, Monday 3 March 2025

Update on the cholera response in displacement camps

1. The Ministry of Health informs the public that 42 new cases were recorded in the Kadugli camps last week.

2. Mobile clinics will visit the eastern camps from Wednesday.

- END -"""


def _docs(text):
    return clean_raw_article(RawArticle(source="t.txt", text=text, fmt="txt"))


def test_full_article_url_line_is_a_terminator():
    assert chrome_reason("Full article: kuravalleytimes.example.az/2025/03/06/denial") == ("read full article", "terminator")
    assert chrome_reason("Full report at: https://www.example.org/a?id=3") == ("read full article", "terminator")
    assert chrome_reason("Full article: the minister said he would resign.") is None


def test_digest_splits_into_excerpts_with_outlet_title_and_date():
    docs = _docs(DIGEST)
    assert len(docs) == 2
    first, second = docs
    assert first.title == "Shelling resumes near Tavush villages after two quiet weeks"
    assert first.outlet == "The Aragat Herald"
    assert second.title == "Baku denies opening fire, accuses rival of provocation"
    assert second.outlet == "Kura Valley Times"
    assert second.published == first.published and first.published is not None
    for doc in docs:
        assert "Full" not in doc.text and "ARAGAT" not in doc.text and "KURA" not in doc.text
        assert "Selected by our editors" not in doc.text
    assert first.text.startswith("Mortar fire hit")


def test_aggregator_without_headings_keeps_its_first_excerpt_text():
    text = ("Rebels take hill near Dalen\n\nThe front said it took a hill near Dalen on Sunday.\n\n"
            "READ FULL ARTICLE\n\nArmy sends reinforcements north\n\n"
            "The army said it sent two battalions north on Monday.\n\nREAD FULL ARTICLE")
    docs = _docs(text)
    assert len(docs) == 2
    assert "took a hill" in docs[0].text


def test_release_letterhead_gives_issuer_title_and_no_authors():
    doc = _docs(RELEASE)[0]
    assert doc.title == "Update on the cholera response in displacement camps"
    assert doc.outlet == "Ministry of Health"
    assert doc.authors == []
    assert "MINISTRY" not in doc.text and "REPUBLIC" not in doc.text and "IMMEDIATE" not in doc.text
    assert doc.text.startswith("1. The Ministry of Health")


def test_release_notice_is_chrome_never_a_name():
    for line in ("FOR IMMEDIATE RELEASE", "Press Release", "EMBARGOED UNTIL 00:01 GMT 4 March"):
        assert chrome_reason(line) is not None, line


def test_syndication_notes_are_chrome():
    for line in ("This article was supplied by Horn Wire Service. The Addis Gazette has not edited the text.",
                 "Sahel Monitor will update this story.",
                 "The Gazette will update this story as more information becomes available."):
        assert chrome_reason(line) is not None, line
    assert chrome_reason("The army said it would not update its figures until Friday.") is None
