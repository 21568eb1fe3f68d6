"""Chrome lines of session 28: a picture credit alone on its line, a comment count and a comment
policy, a "More in <section>" header over related links, a site's line about who runs it, "Read
later"; and sentences that look like them stay text."""
from sitrep.clean.chrome import chrome_reason
from sitrep.metadata.dates import stamp_date
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def test_chrome_lines():
    assert chrome_reason("(Pix by Jane Doe and John Roe)")[0] == "photo caption"
    assert chrome_reason("Photos: Jane Doe")[0] == "photo caption"
    assert chrome_reason("Pictures by Ali Hassan, Reuters")[0] == "photo caption"
    assert chrome_reason("Comments - 57")[0] == "comment widget"
    assert chrome_reason("Comments will be moderated and published at the discretion of the editors.")[0] == "comment widget"
    assert chrome_reason("More in Politics")[0] == "read-more link"
    assert chrome_reason("A branch of the Coastal Broadcasting Trust")[0] == "outlet tagline"
    assert chrome_reason("A publication of Harbour Newspapers Ltd.")[0] == "outlet tagline"
    assert chrome_reason("READ LATER")[0] == "ui word"
    assert chrome_reason("Stay Connected")[0] == "ui word"


def test_sentences_that_look_like_chrome_stay_text():
    for line in ("Photos by the army show the damage to the bridge.",
                 "A member of the Senate was killed in the attack.",
                 "A unit of the Republican Guard",
                 "A part of the city was flooded.",
                 "Comments by the minister angered the union."):
        assert chrome_reason(line) is None, line


def test_a_stamp_written_as_a_sentence():
    assert stamp_date("This content was published on 2025-03-14T17:05:00+02:00")[1] == "published"
    assert stamp_date("This article was last updated on 14 March 2025")[1] == "updated"
    assert stamp_date("The attack was reported on 14 March 2025") is None


PAGE = """Velmora port reopens after week-long blockade
By Mara Quell
March 21, 2025

The port of Velmora reopened on Friday after a week-long blockade by fishermen, the port authority said.

The fishermen's union called off its action after the ministry agreed to review the quotas adopted last month.

(Pix by Tomas Ferrand)

Comments - 12

Comments will be edited and authorized at the discretion of the Valdora Herald. The website also has the right not to publish selected comments.

More in Coast
Why the Velmora quotas matter?
Ferry operators count the cost of the blockade
"""


def test_the_foot_of_a_page_goes_and_the_story_stays():
    doc = clean_raw_article(RawArticle(source="t.txt", text=PAGE, fmt="txt"))[0]
    assert doc.text.endswith("review the quotas adopted last month.")
    assert "Pix" not in doc.text and "Comments" not in doc.text and "Why the Velmora" not in doc.text
