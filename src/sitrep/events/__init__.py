"""PLOVER-coded events: the per-document coder, the cross-document merge, trends and timelines.

``find_events`` codes one document; ``sitrep.events.merge.merge_events`` makes one Event per
happening across documents; ``sitrep.events.trends`` counts and orders them.
"""
from sitrep.events.coder import date_events, find_events, prepare_events

__all__ = ["date_events", "find_events", "prepare_events"]
