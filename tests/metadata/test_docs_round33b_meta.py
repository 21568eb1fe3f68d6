"""Round 33b: document metadata on new page shapes (a tagline above the headline of a syndicated
copy, a live blog's day label, "Place-AGENCY" and "Place - Agency:" datelines, a section label
over the headline, a logo's initials before the outlet's name, "World Report | Reuters")."""
from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.dates import stamp_date
from sitrep.metadata.masthead import reserved_outlet
from sitrep.metadata.pipes import pipe_byline
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    return clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt"))[0]


def test_tagline_under_masthead_is_no_headline_when_an_agency_credit_anchors_it():
    page = "\n".join([
        "CAUCASUS LEDGER", "Voices of the Mountains", "Menu",
        "Armenia | Azerbaijan | Georgia | Turkey | Podcasts", "",
        "Armenia",
        "Shelling hits border villages in Tavush as talks stall", "",
        "Reuters", "March 4, 2025", "",
        "YEREVAN, March 4 (Reuters) - Azerbaijani shelling hit two villages in Armenia's Tavush "
        "province on Tuesday, wounding three people, the Armenian defence ministry said.", "",
    ])
    doc = _doc(page)
    assert doc.title == "Shelling hits border villages in Tavush as talks stall"
    assert doc.dateline == "YEREVAN"
    assert "Podcasts" not in doc.text and not doc.text.startswith("Armenia")
    # the masthead heading the page names the outlet before the wire's credit line does
    assert doc.outlet == "Caucasus Ledger"


def test_live_blog_day_label_is_a_date_stamp():
    assert stamp_date("Liveblog March 3, 2025")[0].isoformat() == "2025-03-03"
    assert stamp_date("Live updates: 3 March 2025")[0].isoformat() == "2025-03-03"
    # after the site's name the label is part of its masthead line, no stamp
    assert stamp_date("The Baltic Herald | Live blog | Monday 3 March 2025") is None
    page = "\n".join([
        "THE KYIV COURIER", "Liveblog March 3, 2025",
        "Russian drones hit Odesa port overnight; two killed", "By Olena Marchenko", "09:15",
        "Russian drones struck the port of Odesa overnight, killing two workers, the regional "
        "governor said.", "",
    ])
    doc = _doc(page)
    assert doc.title == "Russian drones hit Odesa port overnight; two killed"
    assert doc.published == "2025-03-03"


def test_place_agency_datelines():
    found = find_dateline("Kherson - Ukrinform: Russian artillery shelled the city centre on Friday.")
    # the wire named there is the translation's source, not the page's outlet: no credit
    assert found is not None and found.place == "Kherson" and found.credit is None
    # an unknown credit is no dateline: "Update - Army:" reads the same
    assert find_dateline("Update - Army Command: The brigade withdrew from the village.") is None
    page = "\n".join([
        "Minister visits Marib after drone attack", "", "2025-02-10 14:05", "", "Sanaa-SABA", "",
        "The defence minister arrived in Marib on Monday after a drone attack on an army post, "
        "the ministry said.", "",
    ])
    doc = _doc(page)
    assert doc.dateline == "Sanaa"
    assert "Sanaa-SABA" not in doc.text


def test_section_label_repeating_a_menu_item_names_no_outlet():
    page = "\n".join([
        "The Gulf Observer", "News", "MENA", "World", "Business", "",
        "MENA", "",
        "Drone strike kills two in eastern Syria", "",
        "Karim Haddad", "Mar 12, 2025", "",
        "A drone strike killed two men in Deir ez-Zor province on Tuesday, local sources said, "
        "in the third such attack this month.", "",
        "© 2025 The Gulf Observer",
    ])
    assert _doc(page).outlet == "The Gulf Observer"


def test_logo_initials_before_the_outlet_name():
    page = "\n".join([
        "AA Anadolu Ajansı", "Türkiye | Politics | World", "",
        "Turkish troops repel attack on base in northern Syria", "",
        "Ayşe Demir |04.02.2025 - Update : 04.02.2025", "",
        "Turkish troops repelled an attack on a base near Azaz on Tuesday, the Turkish defence "
        "ministry said, adding that six attackers were killed.", "",
    ])
    assert _doc(page).outlet == "Anadolu Agency"


def test_rights_reserved_to_names_the_owner():
    assert reserved_outlet("All rights reserved to Sahel News Now 2025") == "Sahel News Now"
    assert reserved_outlet("All rights reserved.") is None
    page = "\n".join([
        "SAHEL NEWS NOW | Aggregated news from the regional press", "Home | Security | Politics", "",
        "Gunmen kill five in attack on village near Djibo", "",
        "Security | Posted on: 12 March 2025 - 20:35", "",
        "Gunmen killed five people in an attack on a village near Djibo on Tuesday, local sources "
        "said, the latest in a string of raids in the province.", "",
        "All rights reserved to Sahel News Now 2025",
    ])
    assert _doc(page).outlet == "Sahel News Now"


def test_section_label_in_a_pipe_line_is_no_author():
    found = pipe_byline("World Report | Reuters")
    assert found is not None and found.authors == () and found.outlet == "Reuters"
    assert pipe_byline("Amina Diallo | Reuters").authors == ("Amina Diallo",)
