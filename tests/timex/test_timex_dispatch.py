"""The narrowed grammar of sitrep.timex.dispatch matches exactly as the full grammar does."""
from sitrep.timex.dispatch import pattern_at
from sitrep.timex.grammar import groups, pattern

_TEXT = ("KHARTOUM, Sudan (Invented) — On Friday, Nov. 1, 2024, fighters of the Sahel Liberation Front "
         "shelled Nyala for the third time that week. Two days later, late Sunday night, the army said "
         "it had retaken the town; on the 4th of December the council met again. Between 2019 and 2021 "
         "more than 2000 troops were deployed. A week earlier, Col. Amadou Traore said talks would "
         "resume next month, or in early March next year. Yesterday morning 15/03/2024 and 2024-03-16 "
         "were cited; the past three weeks saw a few days of calm. MAY 5 THURSDAY, the day before. "
         "Ségou, 3 mai — the following day, overnight, in recent weeks.")


def test_narrowed_pattern_matches_like_the_full_one_everywhere():
    full = pattern()
    compared = 0
    for pos in range(len(_TEXT)):
        want = full.match(_TEXT, pos)
        narrowed = pattern_at(_TEXT, pos)
        got = narrowed.match(_TEXT, pos) if narrowed is not None else None
        assert (want is None) == (got is None), (pos, _TEXT[pos:pos + 20])
        if want is not None:
            compared += 1
            assert (got.span(), groups(got)) == (want.span(), groups(want)), _TEXT[pos:pos + 20]
    assert compared > 20


def test_characters_that_start_no_rule_get_no_pattern():
    # a quote mark or a bracket cannot start any time expression
    assert pattern_at("(Friday)", 0) is None
    assert pattern_at("\"Friday\"", 0) is None
    assert pattern_at("Friday", 0) is not None


def test_pattern_at_cache_agrees_with_the_rule_table():
    # the per-character cache must hand out the same narrowed grammar as the table, including
    # "no rule can start here" (None) and the full pattern for non-ASCII characters
    from sitrep.timex import dispatch
    from sitrep.timex.grammar import pattern
    text = "On 5 May, Friday’s strikes — é (last week) ago; x9"
    for pos in range(len(text) + 1):
        c = text[pos] if pos < len(text) else ""
        names = dispatch._table().get(c)
        want = pattern() if names is None else dispatch._compiled(names)
        assert dispatch.pattern_at(text, pos) is want
        assert dispatch.pattern_at(text, pos) is want      # served from the cache the second time
