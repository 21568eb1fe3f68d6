"""The chrome table's per-head mask agrees with ``head_passes`` rule by rule."""
from pathlib import Path

from sitrep.clean.chrome import _chrome_table
from sitrep.clean.heads import K, head_passes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def test_head_mask_is_head_passes_of_every_rule():
    table = _chrome_table()
    heads = {"", "a", "Th", "clo", "Menu", "SHAR", "ſhar", "👁 12", "(Pho", "© 20", "The ", "•  ", "Getty"[:K]}
    for path in sorted(FIXTURES.glob("*.txt")):
        heads |= {line.strip()[:K] for line in path.read_text(encoding="utf-8").splitlines()}
    for head in heads:
        expected = sum(1 << i for i, rule in enumerate(table.rules) if head_passes(rule.heads, head))
        assert table._head_mask(head) == expected, head
