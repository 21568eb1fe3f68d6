"""Round 14 metadata: stamp lines with a place or a 24-hour clock, glued accessible dates,
"Name (Outlet)" bylines, share bars and desk credits, French/Spanish bylines, copyright footers
and mastheads as the outlet, wire codes, press departments in letterheads (invented pages)."""
import datetime as dt

from sitrep.metadata.byline import bracketed_outlet_byline, byline_authors, names_in
from sitrep.metadata.dates import stamp_date
from sitrep.metadata.masthead import copyright_outlet
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    return clean_raw_article(RawArticle(source="p.txt", text=text, fmt="txt"))[0]


def test_place_before_stamp():
    assert stamp_date("Goma ● Fri, March 7, 2025") == (dt.date(2025, 3, 7), "published")
    assert stamp_date("Mogadishu | Saturday, 8 March 2025")[0] == dt.date(2025, 3, 8)
    assert stamp_date("Port-au-Prince - 9 April 2025 14:10")[0] == dt.date(2025, 4, 9)
    # prose with a place in front stays prose
    assert stamp_date("Goma - fighting resumed on 7 March 2025 near the airport") is None


def test_military_clock_and_capital_month():
    assert stamp_date("Issued: 04 MAR 2025 0930 UTC")[0] == dt.date(2025, 3, 4)
    assert stamp_date("Released 17 JUN 2025 1400Z")[0] == dt.date(2025, 6, 17)
    assert stamp_date("Issued: 04 MAR 2025 2461 people") is None


def test_glued_accessible_duplicate_date():
    line = "Posted Sat 8 MarSaturday 8 March 2025 at 7:20pm, updated Sat 8 MarSaturday 8 March 2025 at 9:02pm"
    assert stamp_date(line) == (dt.date(2025, 3, 8), "published")


def test_name_with_bracketed_outlet_is_a_byline():
    assert bracketed_outlet_byline("Lindiwe Moyo (The Limpopo Herald)") == (["Lindiwe Moyo"], "The Limpopo Herald")
    assert bracketed_outlet_byline("By Tomas Vidal (Andes Daily)") == (["Tomas Vidal"], "Andes Daily")
    assert bracketed_outlet_byline("Lindiwe Moyo (Photo)") is None
    assert bracketed_outlet_byline("Port Moresby (Highlands Courier)") is None


def test_share_bar_is_no_name_and_french_spanish_bylines():
    assert names_in("Tweet Share Email Print") == []
    assert names_in("Share  Facebook  WhatsApp") == []
    assert byline_authors("Par Hélène Kabila-Mutombo") == ["Hélène Kabila-Mutombo"]
    assert byline_authors("Por Marisol Quintero") == ["Marisol Quintero"]


def test_copyright_owner():
    assert copyright_outlet("© 2025 Kivu Morning Post. All rights reserved.") == "Kivu Morning Post"
    assert copyright_outlet("Sahel Courier © 2025") == "Sahel Courier"
    assert copyright_outlet("© Le Soir de Goma 2025 - Tous droits réservés") == "Le Soir de Goma"
    assert copyright_outlet("Photo: © Reuters/Jane Roe") is None
    assert copyright_outlet("© 2025 All rights reserved.") is None


PAGE_BYLINE = """KIVU MORNING POST
Home  News  Region  Opinion

Rebels shell Sake as M23 advance stalls

Lindiwe Moyo (Kivu Morning Post)
Goma ● Fri, March 7, 2025

Shells fell on the market town of Sake on Thursday, killing four civilians, local officials said.

The army said it had pushed the rebels back from the town's western hills.

Copyright 2025 Kivu Morning Post. All rights reserved.
"""


def test_bracketed_byline_and_placed_stamp_on_a_page():
    doc = _doc(PAGE_BYLINE)
    assert doc.authors == ["Lindiwe Moyo"]
    assert doc.published == "2025-03-07"
    assert doc.outlet == "Kivu Morning Post"
    assert doc.dateline is None or doc.dateline.place != "Lindiwe Moyo"


PAGE_FOOTER = """Skip to main content
Horn Maritime Wire
HomeShippingRegionOpinion

Tanker reports blast off Berbera

Posted Mon 3 MarMonday 3 March 2025 at 10:05pm

A tanker reported an explosion in the water near its hull off Berbera on Monday, a maritime security firm said.

No damage or injuries were reported, the firm said.

© 2025 Horn Maritime Wire. All rights reserved.
"""


def test_masthead_and_copyright_give_the_outlet_and_glued_stamp_the_date():
    doc = _doc(PAGE_FOOTER)
    assert doc.outlet == "Horn Maritime Wire"
    assert doc.published == "2025-03-03"


PAGE_CODE = """ANDES FRONTIER WIRE
Latest | Colombia | Peru | Wires

Guerrillas kill three soldiers in Cauca ambush

By Marisol Quintero
Share Tweet Email

POPAYAN, Colombia (AFRW) — Guerrillas killed three soldiers in an ambush in Cauca on Sunday, the army said.

The army said it had sent reinforcements to the area.

Copyright 2025 Andes Frontier Wire. All rights reserved.
"""


def test_wire_code_yields_to_the_name_the_page_spells_out_and_share_bar_is_no_author():
    doc = _doc(PAGE_CODE)
    assert doc.outlet == "Andes Frontier Wire"
    assert doc.authors == ["Marisol Quintero"]


PAGE_CAPS_CREDIT = """Sahel Evening Post | Mali | Niger

Menu

Jihadists attack convoy near Gao

Gao (SAHEL EVENING POST) - Jihadist fighters attacked a supply convoy near Gao on Tuesday, killing two drivers, officials said.

The army said it repelled the attack.
"""


def test_shouted_dateline_credit_takes_the_masthead_spelling():
    assert _doc(PAGE_CAPS_CREDIT).outlet == "Sahel Evening Post"


PAGE_DESK = """Lake Chad Post
Boko Haram fighters raid Monguno camp

By Staff Reporter | 12.05.2025

Fighters raided a camp for displaced people in Monguno on Sunday night, residents said.

Troops arrived hours later, the residents said.
"""


def test_staff_credit_before_a_stamp_is_no_author():
    doc = _doc(PAGE_DESK)
    assert doc.authors == []
    assert doc.published == "2025-05-12"


PAGE_RELEASE = """ALLIED MARITIME COMMAND
PUBLIC AFFAIRS

FOR IMMEDIATE RELEASE
Release No. 25-104
March 4, 2025

Allied Forces Intercept Drone Over Gulf of Aden

NAPLES, Italy -- Allied warships shot down a drone over the Gulf of Aden on March 3, the command said.

No ships were damaged.
"""


def test_press_department_under_the_letterhead_is_not_the_outlet():
    assert _doc(PAGE_RELEASE).outlet == "Allied Maritime Command"
