"""Round 31: counts of the dead as bodies recovered, and a toll revised with no figure of its own
taking the next sentence's count (invented Sahel / Caucasus / Kivu texts)."""
from sitrep.events.figures import casualties, toll_update


def test_bodies_recovered_is_a_toll():
    text = "Rescuers said 41 bodies had been recovered from the market in Mopti by nightfall."
    dead, _hurt = casualties(text, 0, len(text))
    assert dead is not None and dead.value == 41


def test_bodies_were_pulled_is_a_toll():
    text = "By Tuesday, 17 bodies were pulled from the rubble of the clinic."
    assert casualties(text, 0, len(text))[0].value == 17


def test_bodies_found_unidentified_is_no_toll():
    # a subset of the dead described, not a count of them
    text = "He said 9 bodies found at the scene had not yet been identified."
    assert casualties(text, 0, len(text))[0] is None


def test_figureless_revision_takes_next_sentence_count():
    text = ("The Kivu authorities have revised the death toll from Sunday's blast at the market outside Goma. "
            "A provincial spokesman said 54 bodies had been recovered and 30 people were missing. Aid arrived.")
    end = text.index("Goma.") + 5
    fig = toll_update(text, 0, end)
    assert fig is not None and fig.value == 54


def test_risen_sharply_takes_next_sentence_count():
    text = "The toll has since risen sharply. Medics said at least 26 people were killed in the shelling."
    fig = toll_update(text, 0, text.index("sharply.") + 8)
    assert fig is not None and fig.value == 26


def test_revision_with_its_own_figure_keeps_it():
    text = "Officials revised the death toll to 30. Earlier, 12 people were killed in a second strike."
    assert toll_update(text, 0, text.index("30.") + 3).value == 30


def test_revision_next_paragraph_is_not_taken():
    # a blank line ends the revision's paragraph: the next one is another item of the blog
    text = "The toll has since risen sharply.\n\nIn another town, 5 people were killed on Friday."
    assert toll_update(text, 0, text.index("sharply.") + 8) is None
