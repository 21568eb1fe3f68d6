"""Chrome of PDF reports, e-mail newsletters and wire copy: running headers, slugs, contact blocks."""
import pytest

from sitrep.clean.chrome import chrome_reason
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


@pytest.mark.parametrize("line", [
    "Page 3 of 7",
    "page 12",
    "Sudan Protection Cluster - Situation Report - Page 4 of 9",
    "Kachin Relief Forum | Weekly Brief | Page 2",
    "- 3 -",
    "RESTRICTED - FOR INTERNAL USE ONLY",
    "Confidential",
    "NOT FOR PUBLIC DISTRIBUTION",
    "TLP:AMBER",
    "View this email in your browser",
    "Read online",
    "Having trouble reading this email? View it in your browser.",
    "Good evening. Here's what you need to know tonight.",
    "Good morning. Here is your daily briefing.",
    "Good morning.",
    "That's all for this week. See you on Monday.",
    "Forward this newsletter to a friend who might like it.",
    "Was this email forwarded to you? Sign up here.",
    "You're receiving this newsletter because you signed up at darfurdesk.org.",
    "Unsubscribe | Manage preferences",
    "Manage your email preferences",
    "BC-EU--Georgia-Protests,2nd Ld-Writethru,0623",
    "AP-Myanmar-Fighting",
    "Eds: UPDATES with details of shelling, quotes from residents.",
    "Associated Press writer Yuras Karmanau contributed from Tallinn, Estonia.",
    "Reuters correspondent Amina Yusuf contributed reporting from Khartoum.",
    "For further information, please contact:",
    "For more information contact: Lena Hoffmann, Public Information Officer, lena.hoffmann@example.org",
    "Media contacts: press@reliefcluster.example.org, +41 22 000 00 00",
    "Tomas Ruiz, Head of Sub-Office, tomas.ruiz@example.org",
])
def test_report_chrome_lines(line):
    assert chrome_reason(line) is not None


@pytest.mark.parametrize("line", [
    "The page 3 of the report was redacted, officials said, and the rest was released on Monday.",
    "Fighters seized 3/4 of the town, the monitor said.",
    "The internal security forces said the confidential talks were held in Doha.",
    "Good morning, the commander told the troops before the assault on Bakhmut began.",
    "That's it for the ceasefire, the militia leader said.",
    "Local journalists and aid workers contributed in many ways to the relief effort.",
    "Villagers contributed from their own savings to rebuild the clinic in Mopti.",
    "For more information about the displaced, the UN said it had asked donors for $20 million.",
    "The militants wrote: \"send your demands to our address\" in a message seen by reporters.",
    "Eds say the paper will publish the list on Friday.",
    "BC, Canada",
    "Soldiers forwarded this message to reporters on Tuesday.",
])
def test_prose_lines_are_not_chrome(line):
    assert chrome_reason(line) is None


def test_newsletter_and_wire_chrome_leave_the_cleaned_text():
    raw = RawArticle(source="brief.txt", fmt="txt", text="""\
View this email in your browser

Good morning. Here is what you need to know today.

Clashes in Shan state

Fighters of an ethnic armed group seized a military post near Lashio on Sunday, residents said.

That's it for today. Forward this email to a colleague who might find it useful.

You are receiving this email because you subscribed to the Mekong Morning brief.
Unsubscribe | Update your preferences
""")
    [doc] = clean_raw_article(raw)
    assert "seized a military post near Lashio" in doc.text
    for gone in ("browser", "Good morning", "That's it", "receiving this email", "Unsubscribe"):
        assert gone not in doc.text


def test_pdf_report_running_headers_and_contact_block_leave_the_text():
    raw = RawArticle(source="sitrep.txt", fmt="txt", text="""\
STRICTLY CONFIDENTIAL - NOT FOR DISTRIBUTION
DARFUR FIELD SECURITY REPORT

Armed men attacked a water point near El Fasher on 02/06/2024, killing four civilians,
according to community leaders who spoke to field staff on the following day. The
attackers withdrew towards the east, residents said.

Darfur Field Security Network - Weekly Report - Page 1 of 2

Humanitarian movements on the El Fasher - Tawila road remain suspended.

For further information, please contact:
Omar Haddad, Field Coordinator, omar.haddad@example.org
""")
    [doc] = clean_raw_article(raw)
    assert "killing four civilians, according to community leaders" in doc.text
    for gone in ("CONFIDENTIAL", "Page 1 of 2", "further information", "omar.haddad"):
        assert gone not in doc.text
