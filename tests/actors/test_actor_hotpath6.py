"""Session-6 hot-path rewrites keep their answers: candidate selection order, the folded keys
memo, and the mention index of quotes."""
from sitrep.actors import fold
from sitrep.actors.fold import deep_word, fold_text, light
from sitrep.actors.match import Cand
from sitrep.actors.mentions import _select
from sitrep.model import Mention
from sitrep.quotes.speakers import MentionIndex


def test_select_longest_then_priority_then_earliest():
    cands = [Cand(0, 1, "GPE", "gazetteer", 20), Cand(0, 2, "ORG", "org-head", 40),
             Cand(3, 4, "PERSON", "person-cue", 20), Cand(3, 4, "GPE", "kb", 50),
             Cand(1, 3, "FAC", "fac-head", 35)]
    got = _select(cands, 6)
    assert [(c.i, c.j, c.type) for c in got] == [(0, 2, "ORG"), (3, 4, "GPE")]


def test_select_keeps_list_order_of_equal_keys():
    # same span, same priority: the first listed wins, as a stable sort by the key would give
    a, b = Cand(2, 4, "ORG", "group-cue", 22), Cand(2, 4, "GPE", "place-context", 22)
    assert _select([a, b], 5) == [a]
    assert _select([b, a], 5) == [b]


def test_fold_pairs_memo_agrees_with_the_folding_rules():
    word = "Zhytkovychi’s"            # an invented town with a possessive: not in the memo yet
    fold._PAIRS.pop("Zhytkovychi", None)
    for _ in range(2):                # a miss, then a hit
        f = fold_text(f"Shelling hit {word} outskirts near Dovhe-Brody.")
        k = f.words.index("Zhytkovychi")
        assert f.lights[k] == light("Zhytkovychi")
        assert f.deeps[k] == deep_word(light("Zhytkovychi"))
    f = fold_text("The UNMIK and KFOR convoy")
    # short all-caps words are acronyms and keep their letters in the deep key
    assert f.deeps[f.words.index("KFOR")] == "kfor"


def _m(start, typ="PERSON"):
    return Mention(start, start + 4, "Name", typ, f"name:{start}", "name-shape")


def test_mention_index_sorts_a_list_out_of_order():
    ms = [_m(30), _m(5), _m(12, "WEAPON"), _m(18)]
    idx = MentionIndex(ms)
    assert idx.starts == [5, 18, 30]               # weapons are no speakers
    assert [m.start for m in idx.within(0, 25)] == [5, 18]
    ordered = MentionIndex(sorted(ms, key=lambda m: m.start))
    assert ordered.starts == [5, 18, 30]
