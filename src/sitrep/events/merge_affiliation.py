"""The corpus's own affiliations as event-merge family (``sitrep.events.merge``).

Outlets credit one act at different granularity: "the Arakan Army denied ..." in one report,
"AA spokesman Khine Thu Kha denied ..." in another; "Venezuela deployed troops" and "Defence
Minister Vladimir Padrino deployed troops". The knowledge base knows few spokesmen and ministers,
but the documents state the tie themselves (``RelationFact``: spokesperson_of, holds_office,
leader_of, member_of). A person tied so to an organisation or state belongs to its family, so the
two reports fit as "related" roles, which the merge trusts only on firm evidence (the same day,
or an agreeing toll at a time that allows one happening).

Only the organisation and its non-state ancestors are added, never its "state:" marker: two
officials of one state, or two spokesmen of one group, stay two actors (``merge_roles.related``).
"""
from __future__ import annotations

from typing import Callable, Iterable, Mapping

from sitrep.events.family import kb_family

Family = Callable[[str], frozenset[str]]

# relations that make the subject speak or act for the object
AFFILIATIONS = frozenset({"spokesperson_of", "holds_office", "leader_of", "member_of", "commander_of"})

__all__ = ["AFFILIATIONS", "AffiliatedFamily", "affiliated_family"]


class AffiliatedFamily:
    """``base`` (the knowledge base's family) widened by the corpus's stated affiliations."""

    __slots__ = ("base", "_extra")

    def __init__(self, base: Family, extra: Mapping[str, frozenset[str]]) -> None:
        self.base = base
        self._extra = extra

    def __call__(self, entity_id: str) -> frozenset[str]:
        own = self.base(entity_id)
        more = self._extra.get(entity_id)
        return own | more if more else own


def affiliated_family(links: Iterable[tuple[str, int, int]], entity_of: Mapping[tuple[str, int], str],
                      base: Family = kb_family,
                      government_of: Callable[[str], str | None] | None = None) -> Family:
    """``base`` widened by ``links`` ((doc, subject local actor, object local actor) of an
    affiliation relation): the subject entity belongs to the object entity and the object's own
    non-state family. A state's office holder ("Kyrgyz President Sadyr Japarov") also belongs to
    the state's government (``government_of``), which the merge puts for the state wherever it
    acts ("Rahmon met the Kyrgyz government"), as the knowledge base's own officials do
    (``family.kb_family``). Returns ``base`` itself when the corpus states no affiliation."""
    extra: dict[str, set[str]] = {}
    for doc, subject, obj in links:
        s, o = entity_of.get((doc, subject)), entity_of.get((doc, obj))
        if not s or not o or s == o:
            continue
        # an organisation tied to its own member would make each belong to the other
        if s in base(o):
            continue
        got = extra.setdefault(s, set())
        got.add(o)
        got.update(x for x in base(o) if not x.startswith("state:"))
        gov = government_of(o) if government_of is not None else None
        if gov and gov != s and s not in base(gov):
            got.add(gov)
    if not extra:
        return base
    # a stated tie that runs both ways (errors of the relation finder) is no affiliation
    kept = {s: frozenset(o for o in v if s not in extra.get(o, ())) for s, v in extra.items()}
    return AffiliatedFamily(base, {s: v for s, v in kept.items() if v})


def base_of(family_of: Family | None) -> Family | None:
    """The knowledge-base family behind ``family_of`` (itself when not widened)."""
    return family_of.base if isinstance(family_of, AffiliatedFamily) else family_of
