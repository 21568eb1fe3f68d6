"""Chrome lines of session 29: a logo's alternative text, a host's note over a wire copy, a share
prompt, an acknowledgement of country, an academic site's disclosure block and an author's post
under the byline; and sentences that look like them stay text."""
from sitrep.clean.chrome import chrome_reason


def test_chrome_lines():
    assert chrome_reason("KBC Logo")[0] == "site logo"
    assert chrome_reason("News provided by AFP. The Ledger's editors were not involved in producing the content below.")[0] \
        == "syndication note"
    assert chrome_reason("Share this with family and friends")[0] == "share bar"
    assert chrome_reason("KBC acknowledges the traditional owners of country throughout Australia.")[0] == "publisher notice"
    assert chrome_reason("Disclosure statement")[0] == "author disclaimer"
    assert chrome_reason("Jane Roe does not work for, consult, own shares in or receive funding from any company "
                         "or organisation that would benefit from this article.")[0] == "author disclaimer"
    assert chrome_reason("Partners")[0] == "author disclaimer"
    assert chrome_reason("Velmora University provides funding as a member of The Ledger Africa.")[0] == "author disclaimer"
    assert chrome_reason("Senior Lecturer in Political Science, Velmora University")[0] == "author role"


def test_sentences_that_look_like_chrome_stay_text():
    for line in ("The company logo was painted over by the protesters.",
                 "The new logo",
                 "The partners of the coalition met on Monday.",
                 "He shared the news with family and friends before the vote.",
                 "A senior lecturer at the university, who asked not to be named, said the campus was closed.",
                 "The minister said the elders acknowledge the traditional owners of the land."):
        assert chrome_reason(line) is None, line


def test_captions_closed_by_the_wire_and_a_sites_self_description():
    assert chrome_reason("Riot police stand outside the port in Port Vessel, Velmora, Monday, March 3, 2025. "
                         "The Associated Press")[0] == "photo caption"
    assert chrome_reason("Firefighters put out a blaze at a market in Aldmere on March 2, 2025. "
                         "( Stringer - Anadolu Agency )")[0] == "photo caption"
    assert chrome_reason("Velmora Today is an online newspaper registered in Port Vessel.")[0] == "publisher notice"
    for line in ("The ministry said 40 people died in 2024. The Associated Press reported the figure first.",
                 "The Daily Post is a newspaper based in Aldmere."):
        assert chrome_reason(line) is None, line


PAGE_WITH_TAGS = """The Harbour Review
Velmora
Ferry strike: what the islanders lose
The strike settled nothing. It showed how thin the supply line is.
Published 7 Mar 2025 06:00   By Jane Roe
The customs house in Port Vessel, where the crews gathered on Monday (Photo: John Doe/Flickr)
Velmora
Aldmere
Shipping
Labour
Print  Share  Tweet

The ferry crews went back to work on Thursday after nine days on strike, with a promise of back pay and little else.

The port authority said the fuel depots on the outer islands would be full again within a week.
"""


def test_topic_links_between_the_heads_chrome_are_chrome():
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    doc = clean_raw_article(RawArticle(source="tags.txt", text=PAGE_WITH_TAGS, fmt="txt"))[0]
    assert "Aldmere\n" not in doc.text and "Shipping" not in doc.text and "Labour" not in doc.text
    assert "The ferry crews went back to work" in doc.text


def test_a_sites_legal_links_in_its_foot():
    assert chrome_reason("KBC Network | Privacy Policy | Your State Privacy Rights | Terms of Use | Contact Us")[0] \
        == "footer links"
    assert chrome_reason("Privacy Policy | Terms of Use")[0] == "footer links"
    assert chrome_reason("The privacy policy of the app was changed, the regulator said.") is None


def test_buttons_and_labels_of_the_s29_page_bench():
    for line, reason in (("Share this via Facebook", "share bar"), ("Other ways to share", "share bar"),
                         ("Available In", "share bar"), ("Video PlayerClose", "ui word"), ("Topics:", "ui word"),
                         ("Add to your saved stories", "ui word"), ("View original", "ui word"),
                         ("(Jane Roe/AP)", "photo credit"),
                         ("FILE - Soldiers patrol near the town of Aldmere, Velmora, April 3, 2025.", "photo caption"),
                         ("This is AI generated summarization, which may have errors.", "host disclaimer"),
                         ("from UN Office for the Coordination of Humanitarian Affairs", "source line")):
        assert chrome_reason(line)[0] == reason, line
    for line in ("File - the case was closed.", "From the capital, troops moved north on Monday.",
                 "Send reinforcements, the mayor said."):
        assert chrome_reason(line) is None, line
