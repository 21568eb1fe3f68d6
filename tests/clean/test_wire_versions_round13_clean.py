"""A wire flash and its updates filed as one text (invented Sahel wire): slugs, notes and the
flash's headline are chrome, and the title is the latest version's headline."""
from sitrep.clean.chrome import chrome_reason
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

FLASH_AND_UPDATES = """FLASH

Gunmen kill 4 soldiers near Mopti checkpoint - army

BAMAKO, March 3, 2026 (Sahel Wire Service) - Gunmen killed four soldiers at a checkpoint near Mopti in central Mali on Tuesday, the army said.

More details to follow.

---

UPDATE 1-Gunmen kill 9 soldiers in attack near Mopti, army says

BAMAKO, March 3, 2026 (Sahel Wire Service) - Gunmen on motorbikes killed nine soldiers at a checkpoint near Mopti on Tuesday, the army said, raising an earlier toll of four.

A local official said the attackers burned two army trucks before withdrawing towards the border.

(Updates with new toll, official's comment)

---

UPDATE 2-Al Qaeda affiliate claims attack that killed 9 Malian soldiers

BAMAKO, March 3, 2026 (Sahel Wire Service) - An al Qaeda affiliate claimed an attack that killed nine soldiers at a checkpoint near Mopti on Tuesday.

(Adds claim of responsibility, background)
"""


def _doc():
    docs = clean_raw_article(RawArticle(source="sahel.txt", text=FLASH_AND_UPDATES, fmt="txt"))
    assert len(docs) == 1
    return docs[0]


def test_latest_update_headline_is_the_title():
    assert _doc().title == "Al Qaeda affiliate claims attack that killed 9 Malian soldiers"


def test_slugs_notes_and_flash_headline_leave_the_text():
    doc = _doc()
    for gone in ("UPDATE 1-", "UPDATE 2-", "(Updates with", "(Adds claim", "More details to follow",
                 "Gunmen kill 4 soldiers near Mopti checkpoint", "FLASH"):
        assert gone not in doc.text
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["UPDATE 1-Gunmen kill 9 soldiers in attack near Mopti, army says"] == "wire update slug"
    assert reasons["(Adds claim of responsibility, background)"] == "wire update note"
    assert "(Updates with new toll, official's comment)" in reasons
    assert reasons["Gunmen kill 4 soldiers near Mopti checkpoint - army"] == "superseded headline (wire flash)"


def test_every_version_keeps_its_paragraphs():
    text = _doc().text
    for kept in ("Gunmen killed four soldiers at a checkpoint", "raising an earlier toll of four",
                 "burned two army trucks", "An al Qaeda affiliate claimed an attack"):
        assert kept in text


def test_single_update_story_keeps_its_printed_headline():
    # one version heading the page: its headline is the line as printed, slug and all
    text = ("REFILE-UPDATE 3-Drone strike hits fuel depot in Kherson region\n\n"
            "KYIV, May 4 (Dnipro News Agency) - A drone struck a fuel depot in the Kherson region overnight, officials said.\n")
    doc = clean_raw_article(RawArticle(source="k.txt", text=text, fmt="txt"))[0]
    assert doc.title == "REFILE-UPDATE 3-Drone strike hits fuel depot in Kherson region"
    assert doc.text.startswith("KYIV")


def test_plain_stories_are_not_versions():
    # a title-case "Update" heading and a sentence about an update are not wire slugs
    assert chrome_reason("Update 2 - what we know so far about the talks") is None or \
        chrome_reason("Update 2 - what we know so far about the talks")[0] != "wire update slug"
    assert chrome_reason("UPDATE 1-The ministry said the convoy was hit on the main road.") is None
    assert chrome_reason("(Additional reporting by Amina Diallo)") is None or \
        chrome_reason("(Additional reporting by Amina Diallo)")[0] != "wire update note"
    text = ("Army retakes border post\n\nBy Ines Koulibaly\n\nThe army retook a border post on Sunday, "
            "officials said. More to follow in the coming days, they added.\n")
    doc = clean_raw_article(RawArticle(source="p.txt", text=text, fmt="txt"))[0]
    assert doc.title == "Army retakes border post"
    assert "More to follow in the coming days" in doc.text


def test_flash_notes_are_chrome_but_prose_is_not():
    for line in ("More to follow.", "More to come...", "Developing story - please refresh for updates.",
                 "This story will be updated."):
        assert chrome_reason(line) == ("wire flash note", ""), line
    assert chrome_reason("This is a developing story.") is not None     # an older rule may name it
    assert chrome_reason("More to follow as the talks resume, the envoy said.") is None
