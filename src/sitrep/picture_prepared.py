"""The date-free parts of undated documents' dated stages, kept between their analysis and their
re-dating in one run.

An undated document is analysed against no date; once its story dates it, its time expressions,
events and claims are found again (``analysis.redate``). Most of that work (triggers, roles,
figures, claimants) does not depend on the date: the stages store it in a ``prepared`` dict on the
first call and only resolve dates on the next. The dicts are kept here, pickled (a few KB per
document) and within a byte budget, so memory stays bounded however many documents are undated:
a document whose parts were dropped is simply analysed in full again. They never leave the
process (the store holds only plain rows), and the stages check that the parts were made from the
same text before they reuse them.
"""
from __future__ import annotations

import pickle
from collections import OrderedDict

BUDGET_BYTES = 64 * 2**20       # ~15,000 typical news articles' parts


class PreparedParts:
    """doc id -> the ``prepared`` dict its analysis filled, oldest dropped first past ``budget``."""

    def __init__(self, budget: int = BUDGET_BYTES) -> None:
        self.budget = budget
        self.size = 0
        self._parts: OrderedDict[str, bytes] = OrderedDict()

    def keep(self, doc_id: str, prepared: dict) -> None:
        if not prepared:
            return
        data = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
        old = self._parts.pop(doc_id, None)
        if old is not None:
            self.size -= len(old)
        self._parts[doc_id] = data
        self.size += len(data)
        while self.size > self.budget and self._parts:
            _, dropped = self._parts.popitem(last=False)
            self.size -= len(dropped)

    def get(self, doc_id: str) -> dict | None:
        """A fresh copy of the document's parts (the stages may replace entries), or None."""
        data = self._parts.get(doc_id)
        return None if data is None else pickle.loads(data)

    def __len__(self) -> int:
        return len(self._parts)
