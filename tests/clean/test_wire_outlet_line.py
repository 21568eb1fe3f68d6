"""A wire's name between its byline and its date stamp is its outlet line, not a photo credit."""
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

STORY = ("Militants attack army post in northern Burkina Faso\n\n"
         "By KALIDOU SOW\n\n"
         "{agency}\n\n"
         "June 3, 2025\n\n"
         "DAKAR, Senegal (AP) — Militants attacked an army post near Djibo on Monday, killing at "
         "least ten soldiers, two security sources said.\n\n"
         "The junta did not comment on the attack.\n")


def test_agency_line_under_the_byline_is_an_outlet_line():
    (doc,) = clean_raw_article(RawArticle(source="djibo.txt", text=STORY.format(agency="Associated Press"),
                                          fmt="txt"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Associated Press"] == "outlet line"
    assert doc.outlet == "Associated Press"
    assert doc.authors == ["Kalidou Sow"]


def test_agency_line_over_a_caption_is_still_a_photo_credit():
    text = ("Militants attack army post in northern Burkina Faso\n\n"
            "Reuters\n\n"
            "Soldiers patrol a road outside Djibo\n\n"
            "Militants attacked an army post near Djibo on Monday, killing at least ten soldiers, "
            "two security sources said.\n\n"
            "The junta did not comment on the attack.\n")
    (doc,) = clean_raw_article(RawArticle(source="djibo2.txt", text=text, fmt="txt"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons.get("Reuters") == "photo credit"
