"""Crowded entities summarised in numpy (``resolve_groups``) give exactly the entities, counts and
(doc, local) -> entity map that the plain per-actor walk gives: most common KB id and type (the
first met among equals), name, aliases in the order of their first spans, counts."""
import random

import sitrep.actors.resolve_groups as resolve_groups
from sitrep.actors.resolve import resolve_rows

# invented spellings of a few Sahel figures and places, some with knowledge-base ids
FORMS = [("Amadou Kelbaro", "PERSON", None), ("Amadou Kelbarou", "PERSON", None), ("Kelbaro", "PERSON", None),
         ("Amadu Kelbaro", "ORG", None), ("Tessit", "GPE", "Q-tessit"), ("Tesit", "GPE", None), ("Tessit town", "LOC", "Q-tessit"),
         ("Tessit commune", "FAC", "Q-tessit"),
         ("Front de Libération du Kelbara", "ORG", None), ("FLK", "ORG", None), ("Gao", "GPE", None)]


def _corpus(seed: int) -> list[tuple[str, list[tuple]]]:
    rng = random.Random(seed)
    docs = []
    for d in range(60):
        rows, pos = [], 0
        for local in range(rng.randrange(1, 6)):
            text, typ, kb_id = rng.choice(FORMS)
            for _ in range(rng.randrange(1, 4)):
                # an actor is sometimes named another way later in its document
                form, ftyp, fkb = (text, typ, kb_id) if rng.random() < 0.7 else rng.choice(FORMS)
                pos += rng.randrange(1, 40)
                # a KB id is one key across types: the entity's type is then a count (and a tie)
                key = "kb:" + kb_id if kb_id else "name:" + form.lower()
                rows.append((pos, pos + len(form), form, typ, key, "rule", local, kb_id, text))
        rows.sort()
        docs.append((f"doc{rng.randrange(10 ** 6):06d}", rows))
    return docs


def _resolved(docs, kb, bulk: int, monkeypatch):
    monkeypatch.setattr(resolve_groups, "BULK", bulk)
    out = resolve_rows(iter(docs), kb)
    return ([(e.id, e.name, e.type, e.kb_id, e.aliases, e.reviewed) for e in out.entities], out.counts,
            sorted(out.entity_of.items()))


def test_bulk_summary_matches_the_plain_walk(small_kb, monkeypatch):
    for seed in range(12):
        docs = _corpus(seed)
        plain = _resolved(docs, small_kb, 10 ** 9, monkeypatch)
        bulk = _resolved(docs, small_kb, 1, monkeypatch)
        assert bulk == plain
        # the corpus does make crowded entities, named several ways
        assert max(len(e[4]) for e in plain[0]) >= 3


def test_groups_are_the_sets_of_the_parent_array():
    parents = [0, 0, 1, 3, 3, 2, 6]
    roots, order, starts = resolve_groups.groups(parents)
    bounds = [*starts.tolist(), len(order)]
    sets = {int(r): order[bounds[k]:bounds[k + 1]].tolist() for k, r in enumerate(roots.tolist())}
    assert sets == {0: [0, 1, 2, 5], 3: [3, 4], 6: [6]}
