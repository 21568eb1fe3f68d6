"""The page title less the site's name or section around it, when a part of it is the page's <h1>."""
import pytest

from sitrep.ingest.html import read_html

_BODY = ("<p>Rebel units shelled the airfield at Dorvan on Friday, the army said, damaging a cargo "
         "plane and the runway lights, and the airport was closed until further notice.</p>"
         "<p>The army said its air defences shot down two of the drones that followed the shelling.</p>")


def _page(title: str, h1: str) -> str:
    return ("<html><head><title>" + title + "</title><meta property='og:title' content='" + title + "'>"
            "</head><body><article>" + h1 + _BODY + "</article></body></html>")


@pytest.mark.parametrize("title, h1, expected", [
    ("Dorvan airfield shelled | Kestrel Post", "<h1>Dorvan airfield shelled</h1>", "Dorvan airfield shelled"),
    ("Opinion | Dorvan cannot be held forever", "<h1>Dorvan cannot be held forever</h1>",
     "Dorvan cannot be held forever"),
    # no <h1> to match, or one that is none of the parts: the title stays whole
    ("Dorvan airfield shelled - Kestrel Post", "<h2>Dorvan airfield shelled</h2>",
     "Dorvan airfield shelled - Kestrel Post"),
    ("Ceasefire talks - the view from Dorvan", "<h1>Why the talks failed</h1>",
     "Ceasefire talks - the view from Dorvan"),
])
def test_the_headline_part_of_the_title(title, h1, expected):
    assert read_html("dorvan.html", _page(title, h1)).title == expected
