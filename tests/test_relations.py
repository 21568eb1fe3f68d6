"""Relations stated in text: one test per predicate and pattern, and the negatives.

Mentions are made by hand (every whole-word occurrence of a name), so the tests never depend on
the actor finder. The names are invented or well-known; the sentences are invented.
"""
from __future__ import annotations

import re

import pytest

from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.relations import find_relations

ACTORS = {
    "Sahel Liberation Front": "ORG", "Northern Coalition": "ORG", "Popular Defence Forces": "ORG",
    "Brigade 17": "ORG", "Wagner Group": "ORG", "Free Valley Army": "ORG", "Hezbollah": "ORG",
    "Hamas": "ORG", "Houthis": "ORG", "Amadou Keita": "PERSON", "Lena Varga": "PERSON",
    "Ivan Petrov": "PERSON", "Omar Diallo": "PERSON", "Iran": "GPE", "Russia": "GPE", "Qatar": "GPE",
    "Mali": "GPE", "Kestria": "GPE", "Malian": "NORP", "Kestrian": "NORP",
}


def mentions(text: str) -> list[Mention]:
    out, taken = [], []
    for local, (name, typ) in enumerate(ACTORS.items()):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Mention(m.start(), m.end(), m.group(), typ, "name:" + name.lower(), "test",
                               local, None, name))
    return sorted(out, key=lambda m: m.start)


NAME_OF = {i: name for i, name in enumerate(ACTORS)}


def rels(text: str) -> set[tuple]:
    out = set()
    for r in find_relations(text, split_sentences(text), mentions(text)):
        assert 0 <= r.start < r.end <= len(text)
        out.add((NAME_OF[r.subject], r.predicate, NAME_OF.get(r.object, r.object), r.office))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Amadou Keita, spokesperson for the Sahel Liberation Front, denied the raid.",
     ("Amadou Keita", "spokesperson_of", "Sahel Liberation Front", None)),
    ("Amadou Keita, a spokesman for the Sahel Liberation Front, denied the raid.",
     ("Amadou Keita", "spokesperson_of", "Sahel Liberation Front", None)),
    ("Sahel Liberation Front spokesman Amadou Keita denied the raid.",
     ("Amadou Keita", "spokesperson_of", "Sahel Liberation Front", None)),
    ("Hezbollah's spokeswoman, Lena Varga, spoke on Monday.",
     ("Lena Varga", "spokesperson_of", "Hezbollah", None)),
])
def test_spokesperson_of(text, expected):
    assert expected in rels(text)


@pytest.mark.parametrize("text, expected", [
    ("Omar Diallo, the leader of the Northern Coalition, arrived in Gao.",
     ("Omar Diallo", "leader_of", "Northern Coalition", None)),
    ("Northern Coalition leader Omar Diallo arrived in Gao.",
     ("Omar Diallo", "leader_of", "Northern Coalition", None)),
    ("Omar Diallo, who heads the Northern Coalition, arrived in Gao.",
     ("Omar Diallo", "leader_of", "Northern Coalition", None)),
    ("Omar Diallo, the Northern Coalition's commander, arrived in Gao.",
     ("Omar Diallo", "leader_of", "Northern Coalition", None)),
])
def test_leader_of(text, expected):
    assert expected in rels(text)


@pytest.mark.parametrize("text, expected", [
    ("The Russia-backed Wagner Group moved north.", ("Wagner Group", "backed_by", "Russia", None)),
    ("The Wagner Group, backed by Russia, moved north.", ("Wagner Group", "backed_by", "Russia", None)),
    ("The Free Valley Army, supported by Qatar, moved north.",
     ("Free Valley Army", "backed_by", "Qatar", None)),
    ("Hamas, an Iran-backed group, fired rockets.", ("Hamas", "backed_by", "Iran", None)),
])
def test_backed_by(text, expected):
    assert expected in rels(text)


def test_backed_by_a_list_of_backers():
    r = rels("Hamas, backed by Iran and Qatar, fired rockets.")
    assert {("Hamas", "backed_by", "Iran", None), ("Hamas", "backed_by", "Qatar", None)} <= r


def test_backed_groups_listed_after_such_as():
    r = rels("Iran-backed militias such as Hezbollah and the Houthis fired rockets.")
    assert {("Hezbollah", "backed_by", "Iran", None), ("Houthis", "backed_by", "Iran", None)} <= r


def test_part_of_both_objects():
    t = "Brigade 17, part of the Popular Defence Forces and the Northern Coalition, took the town."
    assert {("Brigade 17", "part_of", "Popular Defence Forces", None),
            ("Brigade 17", "part_of", "Northern Coalition", None)} <= rels(t)


@pytest.mark.parametrize("text, expected", [
    ("Brigade 17, which belongs to the Popular Defence Forces, took the town.",
     ("Brigade 17", "part_of", "Popular Defence Forces", None)),
    ("Ivan Petrov, a member of the Northern Coalition, was arrested.",
     ("Ivan Petrov", "member_of", "Northern Coalition", None)),
    ("Brigade 17, a faction of the Northern Coalition, took the town.",
     ("Brigade 17", "part_of", "Northern Coalition", None)),
])
def test_member_and_part_of(text, expected):
    assert expected in rels(text)


@pytest.mark.parametrize("text, expected", [
    ("The Houthis, allied with Iran, fired missiles.", ("Houthis", "allied_with", "Iran", None)),
    ("Hezbollah, a close ally of Iran, fired rockets.", ("Hezbollah", "allied_with", "Iran", None)),
    ("The Russia-aligned Wagner Group moved north.", ("Wagner Group", "allied_with", "Russia", None)),
])
def test_allied_with(text, expected):
    assert expected in rels(text)


@pytest.mark.parametrize("text, expected", [
    ("Malian Prime Minister Amadou Keita met the envoy.",
     ("Amadou Keita", "holds_office", "Malian", "Prime Minister")),
    ("Mali's Foreign Minister Amadou Keita met the envoy.",
     ("Amadou Keita", "holds_office", "Mali", "Foreign Minister")),
    ("Lena Varga, Kestria's foreign minister, met the envoy.",
     ("Lena Varga", "holds_office", "Kestria", "foreign minister")),
    ("Lena Varga, the Kestrian defence minister, met the envoy.",
     ("Lena Varga", "holds_office", "Kestrian", "defence minister")),
    ("Prime Minister Amadou Keita met the envoy.",
     ("Amadou Keita", "holds_office", -1, "Prime Minister")),
    ("Kestrian former President Ivan Petrov met the envoy.",
     ("Ivan Petrov", "holds_office", "Kestrian", "former President")),
])
def test_holds_office(text, expected):
    assert expected in rels(text)


def test_office_with_a_polity_is_not_also_reported_without():
    r = rels("Malian Prime Minister Amadou Keita met the envoy.")
    assert ("Amadou Keita", "holds_office", -1, "Prime Minister") not in r


@pytest.mark.parametrize("text", [
    "Amadou Keita met Omar Diallo in Bamako on Monday.",
    "Hamas and Hezbollah fired rockets at the same time.",
    "The Sahel Liberation Front attacked the Northern Coalition near Gao.",
    "Omar Diallo. The leader of the Northern Coalition arrived later.",
    "Iran condemned the strike, and the Houthis fired missiles.",
    "Amadou Keita, a spokesman, said the Sahel Liberation Front would not attend.",
])
def test_no_relation_where_none_is_stated(text):
    assert rels(text) == set()


def test_types_are_checked():
    # a country cannot be a spokesperson, so the pattern must not fire
    assert rels("Mali, spokesperson for the Northern Coalition, said no.") == set()


def test_evidence_span_covers_the_statement():
    t = "Officials said Brigade 17, part of the Popular Defence Forces, took the town."
    (r,) = find_relations(t, split_sentences(t), mentions(t))
    assert t[r.start:r.end] == "Brigade 17, part of the Popular Defence Forces"


def test_office_alone_keeps_its_qualifier_and_span():
    t = "Crowds cheered former Prime Minister Amadou Keita in Bamako."
    (r,) = find_relations(t, split_sentences(t), mentions(t))
    assert (r.predicate, r.object, r.office) == ("holds_office", -1, "former Prime Minister")
    assert t[r.start:r.end] == "former Prime Minister Amadou Keita"


def test_office_words_inside_other_words_are_no_title():
    assert rels("The Kingston delegation met Amadou Keita on Monday.") == set()


def test_part_of_past_hyphenated_modifiers_and_an_acronym():
    ACTORS_EXTRA = "Brigade 17, part of the state-funded but Iran-backed Popular Defence Forces (PDF) and the Northern Coalition, took the town."
    t = ACTORS_EXTRA.replace("(PDF)", "(Popular Defence Forces)")
    r = rels(t)
    assert ("Brigade 17", "part_of", "Popular Defence Forces", None) in r
    assert ("Brigade 17", "part_of", "Northern Coalition", None) in r
    assert ("Popular Defence Forces", "backed_by", "Iran", None) in r


def test_a_place_used_as_a_modifier_is_no_object():
    t = "Omar Diallo, president of the Mali-based Northern Coalition, spoke."
    r = rels(t)
    assert ("Omar Diallo", "leader_of", "Northern Coalition", None) in r
    assert not any(x[2] == "Mali" for x in r)


# ----------------------------------------------------------------------------- speed machinery

def test_first_chars_of_patterns():
    import re._parser as sre_parse

    from sitrep.relations import _SPACE, _first_chars
    first, nullable = _first_chars(sre_parse.parse(r"(?:['’]s)?\s+spokes(?:man|woman)", re.I))
    assert not nullable and first >= {"'", "’", _SPACE} and "," not in first and "s" not in first
    first, nullable = _first_chars(sre_parse.parse(r",?\s+(?:which|who)", re.I))
    assert not nullable and {",", _SPACE} <= first
    assert _first_chars(sre_parse.parse(r"(?:the\s+)?", re.I))[1]          # may match nothing
    assert _first_chars(sre_parse.parse(r".x", re.I))[0] is None            # any character


GAPS = [", a spokesman for the ", " spokesman ", "’s spokeswoman, ", "-backed ", ", part of the ",
        " and ", ", ", "", " said on Monday that the ", "'s Foreign Minister ", ", the former leader of ",
        "\u00a0Prime Minister ", "(", ") denied it, but ", ", which is backed by the ", "-allied "]


@pytest.mark.parametrize("gap", GAPS)
def test_screen_by_first_character_keeps_every_pattern_that_matches(gap):
    from sitrep.relations import _compiled, _screened, forget_seen_gaps
    comp = _compiled()
    matching = [p for p in comp.patterns if p.gap.fullmatch(gap)]
    for _ in range(2):                        # computed, then from the remembered verdict
        kept = _screened(comp, gap)
        assert all(p in kept for p in matching)
        assert bool(kept) == bool(matching)
        assert list(kept) == [p for p in comp.patterns if p in kept]   # pattern order kept
    forget_seen_gaps()
    assert not comp.verdicts


def test_office_trie_prefers_the_longest_title():
    text = "Kestria's Deputy Prime Minister Ivan Petrov visited Mali. Mali's Vice-President Lena Varga left."
    got = rels(text)
    assert ("Ivan Petrov", "holds_office", "Kestria", "Deputy Prime Minister") in got
    assert ("Lena Varga", "holds_office", "Mali", "Vice-President") in got
