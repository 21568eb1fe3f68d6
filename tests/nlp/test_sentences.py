from sitrep.nlp.sentences import SentenceIndex, split_sentences
from sitrep.nlp.tokens import tokenize


def texts(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_final_punctuation_before_a_capital():
    assert texts("The convoy left. It reached Gao at noon! Was it safe? Nobody knew.") == [
        "The convoy left.", "It reached Gao at noon!", "Was it safe?", "Nobody knew."]


def test_abbreviations_and_initials_do_not_split():
    got = texts("Gen. Amadou Diallo met Lt. Col. Sy on Nov. 5 in the U.S. capital. George W. Bush was absent.")
    assert got == ["Gen. Amadou Diallo met Lt. Col. Sy on Nov. 5 in the U.S. capital.",
                   "George W. Bush was absent."]


def test_closing_quote_stays_with_its_sentence():
    assert texts("“We will not retreat.” The commander left.") == ["“We will not retreat.”", "The commander left."]


def test_paragraph_break_always_splits_and_spans_are_trimmed():
    text = "  Heading without stop\n\nBody starts here. more text"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Heading without stop", "Body starts here. more text"]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


def test_sentence_index_finds_the_sentence_of_an_offset():
    text = "One here. Two there. Three."
    idx = SentenceIndex(split_sentences(text))
    assert text[slice(*idx.span_of(text.index("there")))] == "Two there."
    assert idx.of(0) == 0


def test_tokens_keep_inner_apostrophes_hyphens_and_abbreviation_dots():
    text = "Kata'ib al-Sudani's U.S. 3.5 forces."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Kata'ib", "al-Sudani's", "U.S.", "3.5", "forces", "."]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_tokenize_a_window_gives_offsets_into_the_whole_text():
    text = "alpha beta gamma"
    toks = tokenize(text, 6, 10)
    assert [(t.text, t.start) for t in toks] == [("beta", 6)]


def test_boundary_falls_after_the_last_mark_and_closing_quotes():
    # the boundary pattern matches the final punctuation itself: runs of marks ("?!", "...") and
    # quotes or brackets closing after them stay with the sentence they end
    assert texts("Was the bridge hit?! Witnesses in Kharkiv... disagreed. “Why?” (He left.) Then silence.") == [
        "Was the bridge hit?!", "Witnesses in Kharkiv... disagreed.", "“Why?”", "(He left.)", "Then silence."]
    assert texts("They fled… Nobody returned.") == ["They fled…", "Nobody returned."]


def test_abbreviation_before_a_paragraph_break_still_ends_the_paragraph():
    text = "The delegation met Lt. Gen.\n\nTalks resumed in Juba on Sept. 3. Observers left."
    assert texts(text) == ["The delegation met Lt. Gen.", "Talks resumed in Juba on Sept. 3.", "Observers left."]
