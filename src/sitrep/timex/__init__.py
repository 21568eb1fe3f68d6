"""Time expressions: found in a text, resolved against its publication date.

``find_timexes(text, published)`` returns every expression with its exact span, value
("YYYY-MM-DD", "YYYY-Www", "YYYY-MM", "YYYY"), granularity (day, week, month, year, range),
end value for ranges and the basis of the resolution. ``infer_publication`` dates a document
that states no publication date from its story-mates and its own expressions. ``bounds`` turns a
value into its first and last day. ``prepare_timexes``/``date_timexes`` split
``find_timexes`` into its date-free part and its dating, for documents dated again.
"""
from __future__ import annotations

from .arith import bounds
from .find import date_timexes, find_timexes, prepare_timexes
from .infer import infer_publication

__all__ = ["bounds", "date_timexes", "find_timexes", "infer_publication", "prepare_timexes"]
