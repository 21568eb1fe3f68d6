"""Actors: mentions of people, organisations, places and more in one document, and (in
``resolve``) one entity per actor across the corpus."""
from .mentions import find_mentions

__all__ = ["find_mentions"]
