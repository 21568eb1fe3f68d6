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
