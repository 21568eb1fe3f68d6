"""Per-process memo tables for per-word work (folding, name shapes): a hit is one dict lookup,
and a table is forgotten wholesale past its bound, so a large corpus of names never seen again
cannot grow it without end."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


class BoundedMemo(dict):
    """``memo.get_or(key, compute, *args)``: the remembered answer for ``key``, else
    ``compute(*args)``, remembered."""

    __slots__ = ("bound",)

    def __init__(self, bound: int) -> None:
        super().__init__()
        self.bound = bound

    def get_or(self, key: Hashable, compute: Callable[..., Any], *args: Any) -> Any:
        got = self.get(key)
        if got is None:
            if len(self) >= self.bound:
                self.clear()
            got = self[key] = compute(*args)
        return got
