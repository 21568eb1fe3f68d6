"""A cue match of ``Lexicon.cue_spans``, shaped like the parts of ``re.Match`` the coder reads."""
from __future__ import annotations


class Hit:
    """A cue match (the parts of ``re.Match`` the coder uses); a plain slotted class, built
    thousands of times per document (a frozen dataclass's __init__ costs several times more)."""

    __slots__ = ("text", "a", "b")

    def __init__(self, text: str, a: int, b: int) -> None:
        self.text, self.a, self.b = text, a, b

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hit) and (self.text, self.a, self.b) == (other.text, other.a, other.b)

    def __hash__(self) -> int:
        return hash((self.a, self.b))

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def group(self, _n: int = 0) -> str:
        return self.text[self.a:self.b]
