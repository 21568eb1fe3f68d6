"""An outlet named only because a source spoke to it ("told Rudaw") is the page's publisher only
when the page keeps saying so: twice over with no other outlet told, or in its own chrome."""
from __future__ import annotations

from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_HEAD = "Floodwater cuts the Velmora coast road\n"
_ONCE = ("Floodwater cut the coast road north of Velmora on Sunday, stranding dozens of lorries. "
         "A driver reached by phone told Rudaw that the water had risen in less than an hour.\n")
_AGAIN = "A port official told Rudaw the ferries would stay docked until Tuesday.\n"
_OTHER = "A second official told Reuters the damage would take weeks to repair.\n"


def _outlet(text: str) -> str | None:
    return clean_raw_article(RawArticle(source="velmora.txt", text=_HEAD + text, fmt="txt"))[0].outlet


def test_an_outlet_told_once_is_no_publisher():
    assert _outlet(_ONCE) is None


def test_an_outlet_told_twice_is_the_page_own_interviews():
    assert _outlet(_ONCE + _AGAIN) == "Rudaw"


def test_two_outlets_told_leave_the_publisher_unknown():
    assert _outlet(_ONCE + _AGAIN + _OTHER) is None


def test_an_outlet_told_once_and_named_by_the_page_chrome_is_the_publisher():
    assert _outlet(_ONCE + "Sign up to the Rudaw newsletter\n") == "Rudaw"
