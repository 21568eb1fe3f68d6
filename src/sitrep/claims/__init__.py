"""Numeric claims: quantities of conflict facts with their unit, period and claimant.

``find_claims`` is pure and per document: it reads the cleaned text, the sentence spans and the
actor mentions and time expressions other stages found, and returns ``ClaimFact`` records.
"""
from sitrep.claims.find import date_claims, find_claims, prepare_claims

__all__ = ["date_claims", "find_claims", "prepare_claims"]
