"""Weekday and month names glued to the next word, and a space before a full stop."""
from sitrep.clean.glue import Lexicon, glue_sites
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _fixed(sentence: str) -> str:
    doc = clean_raw_article(RawArticle(source="a.txt", text=sentence, fmt="txt"))[0]
    return doc.text


def test_calendar_word_glued_to_function_word():
    assert "on Friday that they" in _fixed("Resistance forces said on Fridaythat they had seized the town.")
    assert "on Monday afternoon" in _fixed("Drones struck the depot on Mondayafternoon, the governor said.")
    assert "in January and" in _fixed("Fighting resumed in Januaryand has not stopped since, residents said.")
    assert "on Saturday in" in _fixed("The convoy was hit on Saturdayin the north, officials said.")


def test_real_words_and_names_stay_whole():
    lex = Lexicon.default()
    for sentence in ("The Mayor met Augustin Marchand and Mayall on Sunday.",
                     "Officials said Augustine and Junot were Mayan scholars.",
                     "Aprilia and Marchesi were named in the Octoberist report."):
        assert glue_sites(sentence, lex) == [], sentence


def test_space_before_full_stop_is_removed():
    text = _fixed("The junta did not respond to requests for comment .\nIt gave no figures , officials said.")
    assert "for comment." in text and "figures, officials" in text
    # an ellipsis and a decimal keep their space
    assert _fixed("He paused ... then spoke of .5 percent growth.") == "He paused ... then spoke of .5 percent growth."


def test_offsets_map_back_after_removed_space():
    raw = "The army did not respond to requests for comment .\nMedics said ten people died in the shelling on Friday."
    doc = clean_raw_article(RawArticle(source="a.txt", text=raw, fmt="txt"))[0]
    i = doc.text.index("Medics")
    assert raw[doc.offsets.to_raw(i):].startswith("Medics")
    j = doc.text.index("comment.")
    assert raw[doc.offsets.to_raw(j):].startswith("comment")
