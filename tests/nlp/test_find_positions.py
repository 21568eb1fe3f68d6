from sitrep.nlp.find import positions


def test_every_start_of_every_needle_including_overlaps():
    text = "told AFP, then told reporters; retold"
    assert sorted(positions(text, ["told", "told reporters"])) == [0, 15, 15, 33]
    assert sorted(positions("aaa", ["aa"])) == [0, 1]          # overlapping starts count


def test_characters_of_a_string_are_needles_and_none_found_is_empty():
    assert sorted(positions("‘90s and ‘em", "‘“")) == [0, 9]
    assert positions("no quotes here", "“”") == []
