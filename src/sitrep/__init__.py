"""sitrep: turn a stream of conflict news articles into a sourced situation picture."""
__version__ = "0.1.0"
