"""Known names a word only sounds like: "Khatib" folds like the Kataeb Party, but in a text that
names "Samer el-Khatib" it is his surname."""
from __future__ import annotations

from .fold import Folded, fold_text
from .kb import KnowledgeBase
from .match import Cand


def sounds_like(kb: KnowledgeBase, f: Folded, c: Cand) -> bool:
    """A known body's name the word only sounds like ("Khatib" for Kataeb): when it is the
    surname of someone named in the text, it is that person."""
    if c.source != "kb" or not c.kb_id:
        return False
    return f.light_span(c.i, c.j) not in _entry_lights(kb, c.kb_id)


def _entry_lights(kb: KnowledgeBase, kb_id: str) -> frozenset[str]:
    got = _LIGHTS.get((id(kb), kb_id))
    if got is None:
        e = kb.entry(kb_id) or {}
        got = _LIGHTS[(id(kb), kb_id)] = frozenset(
            fold_text(n).light_text.strip() for n in [e.get("name") or "", *(e.get("aliases") or ())])
    return got


_LIGHTS: dict[tuple[int, str], frozenset[str]] = {}
