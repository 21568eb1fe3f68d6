"""Disjoint sets (union-find) over hashable keys: the grouping step of several reduces (stories,
independent sources of an event)."""
from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Keys join groups; ``find`` gives a group's representative (path halving keeps it flat)."""

    def __init__(self) -> None:
        self.parent: dict[K, K] = {}

    def find(self, x: K) -> K:
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        """Join a's group into b's."""
        self.parent[self.find(a)] = self.find(b)
