"""Round 15: wounded people who later died are no count of the injured (invented text)."""
from sitrep.events.figures import casualties


def _cas(text: str):
    f, i = casualties(text, 0, len(text))
    return (f.value if f else None), (i.value if i else None)


def test_wounded_who_died_are_no_injuries():
    assert _cas("The toll from the ambush near Gao rose overnight after four wounded soldiers died in hospital.")[1] is None
    assert _cas("Two injured civilians later succumbed to their wounds.")[1] is None


def test_wounded_still_count():
    assert _cas("The blast killed six and 14 wounded were taken to the district hospital.") == (6, 14)
    assert _cas("Five people were killed and 19 wounded in the shelling.") == (5, 19)
