"""Hard-wrapped text (PDF, plain-text e-mail): cut words rejoined, sentences run on over the wrap."""
from sitrep.clean.glue import Lexicon
from sitrep.clean.lines import split_lines
from sitrep.clean.text import build_text
from sitrep.clean.wraps import JOINED, PARAGRAPH, SPACE, drops_hyphen, line_joins

LEX = Lexicon.default()

# an invented field report, wrapped at ~80 columns as a PDF extractor leaves it
REPORT = """\
Clashes in Kherson oblast

On 12/05/2024 at about 04:10 hrs, units of the 35th Marine Brigade came under mor-
tar fire near Krynky. Regional officials said the shelling hit a school and two
apartment blocks, and that residents of the village had been evacuated on Thurs-
day. The brigade said the fire came from Russian positions across the Dnipro, and
a spokesman for the Southern Defence Forces said Ukrainian troops had repelled
three assaults by Russian-
backed units over the past day. An official of the Kherson Regional Military
Administration told reporters that the evacuation convoy had reached Mykolaiv
on Friday without losses.

2. Humanitarian access
Aid agencies said access to the left bank of the river remains restricted.
"""


def _text(raw: str) -> str:
    lines = [line for line in split_lines(raw) if line.text]
    built = build_text(lines, LEX)
    # every copied character maps back to the same character of the raw text
    for k, copied in enumerate(built.offsets.copied):
        if copied:
            start = built.offsets.clean_starts[k]
            end = built.offsets.clean_starts[k + 1] if k + 1 < len(built.offsets.clean_starts) else len(built.text)
            raw_start = built.offsets.raw_starts[k]
            assert built.text[start:end] == raw[raw_start:raw_start + end - start]
    return built.text


def test_cut_words_lose_their_hyphen_compounds_keep_it():
    text = _text(REPORT)
    assert "mortar fire" in text and "mor- tar" not in text
    assert "on Thursday." in text
    assert "Russian-backed units" in text


def test_names_broken_over_the_margin_run_on_in_a_wrapped_text():
    text = _text(REPORT)
    assert "An official of the Kherson Regional Military Administration told" in text
    assert "reached Mykolaiv on Friday" in text


def test_headings_and_short_lines_keep_their_breaks():
    text = _text(REPORT)
    assert text.startswith("Clashes in Kherson oblast\n\nOn 12/05/2024")
    assert "on Friday without losses.\n\n2. Humanitarian access\n\nAid agencies" in text


def test_one_line_per_paragraph_text_never_runs_on_into_upper_case():
    raw = ("Residents flee as fighting spreads to the villages around Bakhmut\n"
           "Thousands of people left the town on Sunday after days of shelling, officials said.\n"
           "Humanitarian corridors remain closed to most civilian traffic in the region\n"
           "Aid groups said they could not reach the eastern districts.\n")
    assert _text(raw).count("\n\n") == 3


def test_drops_hyphen_asks_the_lexicon():
    assert drops_hyphen("Gov", "ernment", LEX)
    assert drops_hyphen("with", "drew", LEX)
    assert not drops_hyphen("Turkish", "backed", LEX)
    assert not drops_hyphen("short", "lived", LEX)
    assert not drops_hyphen("al", "Qaeda", LEX)          # an upper-case tail: the hyphen is real
    assert drops_hyphen("Zhyto", "myrivka", LEX)         # neither part a word: a cut name


def test_line_joins_kinds():
    seps, dropped = line_joins(["a long line of the report that ends with a cut hyphen-",
                                "ated word and goes on to the end of the wrapped line and",
                                "then to the end of another wrapped line of the report in",
                                "Sentence case on a long continuation line of the same paragraph.",
                                "Next paragraph."], LEX)
    assert seps[1:] == [JOINED, SPACE, SPACE, PARAGRAPH]
    assert dropped == [0]


def test_a_text_that_wraps_only_once_is_not_taken_for_a_wrapped_text():
    seps, _ = line_joins(["The minister said the talks would resume in Doha next week and",
                          "that a ceasefire could follow soon after the first round of talks",
                          "Hospitals in the region report shortages of fuel and medicine"], LEX)
    assert seps[2] == PARAGRAPH
