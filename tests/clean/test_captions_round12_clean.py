"""Credited captions keep their sentence; gallery counters and the page-title line are chrome."""
from sitrep.clean.captions import caption_split
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str, title: str | None = None, extracted: bool = False):
    raw = RawArticle(source="t.txt", text=text, fmt="txt", title=title, extracted=extracted)
    return clean_raw_article(raw)[0]


def test_caption_keeps_sentence_drops_labelled_credit() -> None:
    line = "Families wait for water at a camp near Kosti on Tuesday. Photo: A. Deng/Nile Picture Desk"
    cut = caption_split(line)
    assert cut is not None and line[:cut].endswith("Tuesday.")


def test_bare_credit_and_label_stay_chrome() -> None:
    assert caption_split("Refugees at Adre. Photo: Omar Idris") is None      # too short a head
    assert caption_split("Photo: Omar Idris/Sahel Lens") is None


def test_gallery_page_keeps_caption_facts() -> None:
    page = ("In pictures: Floods and fighting in Kosti | Nile Lens\n\n"
            "Home | Africa | Photography | Video\n\n"
            "In pictures: Floods and fighting in Kosti\n\n"
            "Aid workers describe the worst week of the year in White Nile state.\n\n"
            "1 of 8\n\n"
            "A boy wades through flood water in Kosti on Monday. More than 4,000 families have lost shelter, the Red Crescent says. Photo: Amna Yousif/Nile Lens\n\n"
            "2 of 8\n\n"
            "Medics treat a wounded man at Kosti Teaching Hospital. The RSF shelled the market on Sunday, killing 9 people. (Photo: Amna Yousif/Nile Lens)\n\n"
            "Image 3 of 8\n\n"
            "Smoke rises over the river port after the shelling. REUTERS/Mohamed Nureldin\n")
    doc = _doc(page, title="In pictures: Floods and fighting in Kosti", extracted=True)
    assert "More than 4,000 families have lost shelter" in doc.text
    assert "killing 9 people." in doc.text
    assert "Smoke rises over the river port after the shelling." in doc.text
    for gone in ("Photo:", "Amna Yousif", "REUTERS", "1 of 8", "Image 3 of 8", "| Nile Lens", "Home | Africa"):
        assert gone not in doc.text, gone
    reasons = {r.reason for r in doc.removed}
    assert {"photo credit", "gallery counter", "page title"} <= reasons
    # the kept caption maps back to its raw text
    at = doc.text.index("A boy wades")
    assert doc.raw[doc.offsets.to_raw(at):].startswith("A boy wades")


def test_single_caption_of_a_news_story_stays_chrome() -> None:
    # a story's one caption usually shows a file picture of an older event
    page = ("Drone strike hits fuel depot in Port Sudan\n\n"
            "The army said the attack on Tuesday set fire to three storage tanks near the southern harbour.\n\n"
            "Mourners attend the funeral of soldiers killed in an earlier drone strike in Omdurman, March 3, 2024. Photo: handout/Sudan Armed Forces\n\n"
            "No casualties were reported by the port authority on Tuesday evening, officials said.\n")
    doc = _doc(page)
    assert "Mourners attend" not in doc.text and "handout" not in doc.text
    assert "No casualties were reported" in doc.text
