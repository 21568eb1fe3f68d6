"""Per-process memo tables for per-word work (folding, name shapes): a hit is one dict lookup,
and a table is forgotten wholesale past its bound, so a large corpus of names never seen again
cannot grow it without end."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


# ``BoundedMemo.get(key, MISSING)``: no answer remembered (None is an answer: "no rule matched")
MISSING: Any = object()


class BoundedMemo(dict):
    """``memo.get_or(key, compute, *args)``: the remembered answer for ``key``, else
    ``compute(*args)``, remembered."""

    __slots__ = ("bound",)

    def __init__(self, bound: int) -> None:
        super().__init__()
        self.bound = bound

    def get_or(self, key: Hashable, compute: Callable[..., Any], *args: Any) -> Any:
        got = self.get(key, MISSING)
        if got is MISSING:
            got = self.remember(key, compute(*args))
        return got

    def remember(self, key: Hashable, answer: Any) -> Any:
        """Keep ``answer`` for ``key`` (forgetting everything first when the table is full)."""
        if len(self) >= self.bound:
            self.clear()
        self[key] = answer
        return answer
