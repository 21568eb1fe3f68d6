"""An operation named by its title in one report and by its code name alone in another:
"Operation Mirador" / "Mirador" (``op_short`` types the code name an EVENT where the text says it
is an operation: "the soldiers of the operation Mirador", "Since Mirador began" after the title).

Both are EVENT names; the code name joins the titled name with the same words, when exactly one
operation has them. A code name is never joined to anything that is not an EVENT, so a town the
operation is named after stays a town.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import name_key

# the names' words are folded deep ("operation" is "oparatan"): compare with the folded word
_OPERATION = name_key("operation")


def join_operation_titles(records: Iterable[tuple[int, str, tuple[str, ...]]], find: Callable[[int], int],
                          union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, folded words) per distinct name."""
    titled: dict[tuple[str, ...], list[int]] = defaultdict(list)
    bare: list[tuple[int, tuple[str, ...]]] = []
    for i, typ, toks in records:
        if typ != "EVENT" or not toks:
            continue
        if toks[0] == _OPERATION and len(toks) >= 2:
            titled[toks[1:]].append(i)
        else:
            bare.append((i, toks))
    if not titled:
        return
    for i, toks in bare:
        roots = {find(j) for j in titled.get(toks, ())}
        if len(roots) == 1:
            union(i, roots.pop())
