"""The hard kinds real outlets produce: a brief re-filed under another agency's credit, a live
blog entry that reprints a wire's opening lines, a long block set into a later report of the same
desk; and the traps beside them (another night's brief from one template, two background lines
shared by two reports)."""
from __future__ import annotations

import sitrep.dedup as dedup
from sitrep.dedup.compare import Alignment, Verdict, compare
from sitrep.dedup.dateline_credit import without_credit
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

WIRE = ("ORVALA, Tesmania (Northwire) - A drone struck a fuel depot in Orvala on Tuesday, killing 14 people "
        "and wounding 38, the Tesmanian interior ministry said.\n\n"
        "Governor Mirek Halden declared three days of mourning in Orvala and ordered the depot sealed off.\n\n"
        "The Kastel Brigades claimed the strike, saying they had targeted a convoy of 60 fuel trucks at the depot.\n\n"
        "Firefighters fought the blaze for 11 hours before it was brought under control on Wednesday morning.\n\n"
        "Residents said the first explosion shook windows across the old town shortly after midnight.\n\n"
        "The depot supplied most of the diesel used by hospitals and bakeries in the southern province.\n\n"
        "Prices of fuel in the province have doubled since the fighting resumed in the spring.")


def _doc(id_: str, text: str, outlet: str, day: str = "2026-03-03") -> Document:
    return Document(id=id_, source=f"{id_}.txt", fmt="txt", raw=text, text=text, outlet=outlet, published=day)


def test_a_dateline_credit_is_no_word_of_the_report() -> None:
    text = "ORVALA, Tesmania (Northwire) - A drone struck a fuel depot."
    import re
    find = re.compile(r"\w+").findall
    words = find(text)
    assert without_credit(text, 0, len(text), words, find) == [w for w in words if w != "Northwire"]
    # a parenthesis that is no dateline credit stays
    plain = "The Kastel Brigades (KB) claimed the strike on Tuesday."
    assert without_credit(plain, 0, len(plain), find(plain), find) == find(plain)


def test_a_brief_refiled_under_another_credit_is_a_rewrite() -> None:
    brief = ("ORVALA, Tesmania (Southpress) - A drone hit a fuel depot in Orvala on Tuesday, killing 14 people "
             "and wounding 38, the interior ministry said.\n\n"
             "Three days of mourning were declared in Orvala by Governor Mirek Halden, who ordered the depot sealed off.\n\n"
             "The Kastel Brigades claimed the strike, saying they had targeted a convoy of 60 fuel trucks at the depot.")
    assert compare(WIRE, brief).kind in ("rewrite", "copy")


def test_another_nights_brief_from_one_template_is_no_rewrite() -> None:
    other = ("ORVALA, Tesmania (Southpress) - A drone hit a fuel depot in Orvala on Friday, killing 6 people "
             "and wounding 21, the interior ministry said.\n\n"
             "Three days of mourning were declared in Orvala by Governor Mirek Halden, who ordered the depot sealed off.\n\n"
             "The Kastel Brigades claimed the strike, saying they had targeted a convoy of 25 fuel trucks at the depot.")
    assert compare(WIRE, other).kind is None


LIVE = ("09:40 GMT\n\nThe Lorsk city council said water would be restored to 40,000 homes in Lorsk by Friday, "
        "after repairs to the main pumping station.\n\n"
        "09:12 GMT\n\nForeign ministers of Belmar and Astora will meet in Kessel on Thursday to discuss a 30-day "
        "truce along the northern border.\n\n"
        "08:55 GMT\n\n"
        "A drone struck a fuel depot in Orvala on Tuesday, killing 14 people and wounding 38, the Tesmanian "
        "interior ministry said. Governor Mirek Halden declared three days of mourning in Orvala and ordered the "
        "depot sealed off.\n\n"
        "08:30 GMT\n\nTwo lawmakers of the Venn party resigned in protest over a budget for 2027 that cuts "
        "teachers' pay by 12 percent in Astora.")


def test_a_live_blog_entry_reprinting_a_wire_lead_is_a_partial_copy() -> None:
    wire, live = _doc("w", WIRE, "Northwire"), _doc("l", LIVE, "Daily Lorsk")
    found = dedup.verify(wire, live, sketch(wire.text), sketch(live.text))
    assert found is not None and found.kind == "partial"


def test_two_shared_background_lines_are_no_partial_copy() -> None:
    # the same two background lines (not the report's lead) in a report about another incident
    other = ("KESSEL, Astora (Southpress) - Gunmen attacked a checkpoint near Kessel on Sunday, wounding "
             "five police officers, officials said.\n\n"
             "Police chief Anna Vorel said the attackers fled toward the hills east of the city.\n\n"
             "Residents said the first explosion shook windows across the old town shortly after midnight.\n\n"
             "The depot supplied most of the diesel used by hospitals and bakeries in the southern province.\n\n"
             "No group has claimed the attack, the third on a checkpoint in the province since January.")
    a, b = _doc("w", WIRE, "Northwire"), _doc("o", other, "Southpress")
    assert dedup.verify(a, b, sketch(a.text), sketch(b.text)) is None


def _sentences(first: int, count: int) -> list[Alignment]:
    return [Alignment(100 * i, 100 * i + 99, 100 * i, 100 * i + 99, 1.0) for i in range(first, first + count)]


def test_a_long_block_outweighs_a_few_conflicts_of_the_later_reports_own_lines(monkeypatch) -> None:
    a = _doc("a", "GAO, Mali (Sahel Wire) - Gunmen stormed an army post in Tessit on Sunday, killing 17 soldiers.",
             "Bamako Daily")
    b = _doc("b", "GAO, Mali (Sahel Wire) - Gunmen attacked a convoy near Boni on Thursday, killing nine soldiers.",
             "Niger Courier", day="2026-03-20")
    block = Verdict("partial", 0.3, 0.3, 0.3, _sentences(3, 12), conflicts=3)
    monkeypatch.setattr(dedup, "duplicate", lambda sa, sb: block)
    assert dedup.verify(a, b, None, None) is not None
    # ... while a short block with as many conflicts stays the desk's own background
    short = Verdict("partial", 0.3, 0.3, 0.3, _sentences(3, 4), conflicts=3)
    monkeypatch.setattr(dedup, "duplicate", lambda sa, sb: short)
    assert dedup.verify(a, b, None, None) is None
