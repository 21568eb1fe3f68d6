"""Time expressions: found in a text, resolved against its publication date.

``find_timexes(text, published)`` returns every expression with its exact span, value
("YYYY-MM-DD", "YYYY-Www", "YYYY-MM", "YYYY"), granularity (day, week, month, year, range),
end value for ranges and the basis of the resolution. ``infer_publication`` dates a document
that states no publication date from its story-mates and its own expressions. ``bounds`` turns a
value into its first and last day.
"""
from __future__ import annotations

from .arith import bounds
from .find import find_timexes
from .infer import infer_publication

__all__ = ["bounds", "find_timexes", "infer_publication"]
