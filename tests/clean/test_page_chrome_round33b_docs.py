"""Round 33b: page chrome seen on new outlets' pages (newsletter prompts, host disclaimers, share
lines with a prefix, captions credited after a dash or in brackets, house slogans, web misjoins).
Invented pages about other conflicts; each assertion fails without the rule it tests."""
from sitrep.clean.chrome import chrome_reason
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    return clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt"))[0]


PROSE = ("Rebels of the Northern Front shelled the outskirts of Keren on Sunday, killing four "
         "civilians, the regional governor said in a statement.")


def test_newsletter_prompts_and_consent_lines_are_chrome():
    for line in ("Sign up for Horn Ledger's weekly newsletter",
                 "Sign up to receive our morning newsletter",
                 "By signing up, you agree to our terms and privacy policy.",
                 "Get daily news and analysis on the Sahel with the newsletter Desert Notes. Sign up here."):
        assert chrome_reason(line) == ("newsletter prompt", "trailer"), line
    # a sentence about a newsletter is prose
    assert chrome_reason("The movement urged its followers to sign up for the party newsletter.") is None


def test_host_disclaimers_and_prefixed_share_lines_are_chrome():
    assert chrome_reason("Disclaimer: Caucasus Wire Digest is not responsible for the accuracy of "
                         "machine translation.")[0] == "host disclaimer"
    assert chrome_reason("Kivu Daily News Desk is not responsible for content supplied by news "
                         "agencies.")[0] == "host disclaimer"
    assert chrome_reason("The ministry said it is not responsible for the attack on the convoy.") is None
    assert chrome_reason("Share this story: Facebook | X | WhatsApp")[0] == "share bar"
    assert chrome_reason("Font size: A+ A-")[0] == "ui word"
    assert chrome_reason("In this article")[0] == "ui word"


def test_related_headlines_after_read_more_go_with_newsletter_footer():
    page = "\n".join([
        "Rebels shell outskirts of Keren", "", PROSE, "",
        "The governor said the army had sent reinforcements to the town and closed the main road.", "",
        "Read more",
        "Explainer: who are the Northern Front rebels",
        "Drought deepens hunger in the western lowlands",
        "Sign up to receive our daily newsletter",
        "Horn Ledger delivers independent coverage and analysis of the Horn of Africa.",
    ])
    text = _doc(page).text
    assert "reinforcements" in text
    assert "Explainer" not in text and "Drought deepens" not in text
    assert "newsletter" not in text and "delivers independent" not in text


def test_house_slogan_only_closing_the_page():
    # the same shape inside the article stays: it is followed by more prose
    page = "\n".join([
        "Rebels shell outskirts of Keren", "",
        "Radio Dalsan provides news coverage of the region in three languages, its director said.", "",
        PROSE,
    ])
    assert "Radio Dalsan provides" in _doc(page).text


def test_header_caption_credited_after_a_dash_or_in_brackets():
    page = "\n".join([
        "Ambush kills six soldiers near Kidal", "",
        "Soldiers guard a checkpoint on the road to Gao. - Reuters",
        "BAMAKO, Mali (Reuters): Six soldiers were killed on Monday when gunmen ambushed a convoy near "
        "Kidal, the army said.", "",
    ])
    assert "checkpoint on the road" not in _doc(page).text
    assert chrome_reason("The frontline has barely moved since the winter offensive [Getty/archive]")[0] == "photo caption"


def test_web_misjoins_are_split():
    page = "\n".join(["Shelling kills civilians in Keren", "",
                      "Shelling killed atleast 12 civilians in Keren on Sunday, and alot more were "
                      "wounded, the governor said.", ""])
    text = _doc(page).text
    assert "at least 12" in text and "a lot more" in text
