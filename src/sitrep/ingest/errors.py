"""The one error type readers raise: its message is the reason shown to the user."""


class IngestError(Exception):
    """Input that cannot be turned into articles; ``str(err)`` says why, for a person."""
