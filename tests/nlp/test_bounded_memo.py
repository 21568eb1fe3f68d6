from sitrep.nlp.memo import MISSING, BoundedMemo


def test_computes_once_per_key_and_remembers_false_answers():
    calls = []
    memo = BoundedMemo(10)

    def compute(word):
        calls.append(word)
        return word.isupper()

    assert [memo.get_or(w, compute, w) for w in ("UN", "un", "UN", "un")] == [True, False, True, False]
    assert calls == ["UN", "un"]


def test_forgotten_wholesale_past_its_bound():
    memo = BoundedMemo(3)
    for i in range(3):
        memo.get_or(i, str, i)
    assert len(memo) == 3
    memo.get_or(99, str, 99)
    assert dict(memo) == {99: "99"}


def test_none_is_a_remembered_answer():
    # "no rule matched" is an answer too: the line memos of cleaning and metadata rely on it
    calls = []
    memo = BoundedMemo(10)

    def nothing(key):
        calls.append(key)
        return None

    assert memo.get_or("Share this", nothing, "Share this") is None
    assert memo.get_or("Share this", nothing, "Share this") is None
    assert calls == ["Share this"]
    assert memo.get("Share this", MISSING) is None and memo.get("other", MISSING) is MISSING
