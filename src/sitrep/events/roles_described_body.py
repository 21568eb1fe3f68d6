"""A definite description as the subject of a verb, shortening a body's name the document gave
earlier to its head noun: "the commission called for an inquiry" after "the Ethiopian Human Rights
Commission", "the union urged" after "the Zandorian Teachers' Union". No name stands before the
verb, so the word-order rules find no subject; the body is the latest one whose name ends in that
noun (``roles_headnoun.named_by_head``, which leaves a state's own words -- "the government", "the
army" -- to their own rules). Only right before the verb: a description elsewhere in the clause may
be an object or a place."""
from __future__ import annotations

import re

from sitrep.actors import forces
from sitrep.events.roles_headnoun import named_by_head
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# "the commission", "the rights commission", "the UN-backed commission on Monday also": lower-case
# words only (a capitalised name would be a mention), then the verb
_DESCRIPTION = re.compile(r"(?<![\w'’-])the\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?((?-i:[a-z]{4,}))\s+"
                          r"(?:(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\w+ly|also|then|later|"
                          r"has|have|had|was|were|is|are|has\s+also|had\s+also)\s+){0,2}$", re.I)


def described_body(s: Sentence, lo: int, pos: int) -> Mention | None:
    """The body a definite description right before the verb at ``pos`` (inside ``lo``..``pos``)
    stands for, or None."""
    if not s.doc:
        return None
    m = _DESCRIPTION.search(s.text, max(s.start, lo, pos - 60), pos)
    if m is None or any(m.start() < x.end and x.start < pos for x in s.mentions):
        return None
    if m.group(1).lower().endswith("s") and not m.group(1).lower().endswith(("ss", "us")):
        return None                        # "the dissidents": people described, left to the force words
    return named_by_head(s.doc, s.text, "the " + m.group(1).lower(), m.start())


# "authorities have detained", "the authorities imposed": the state's own word for its government
_AUTHORITIES = re.compile(r"(?<![\w'’-])(?:the\s+)?authorities\s+(?:(?:\w+ly|also|then|later|have|has|had)\s+){0,2}$", re.I)


def authorities(s: Sentence, lo: int, pos: int) -> Mention | None:
    """The government the document names that a bare "(the) authorities" right before the verb at
    ``pos`` stands for (``force_words.json``'s "the government": the one named, else the one named
    strictly most often before it), or None."""
    if not s.doc:
        return None
    m = _AUTHORITIES.search(s.text, max(s.start, lo, pos - 40), pos)
    if m is None or any(m.start() < x.end and x.start < pos for x in s.mentions):
        return None
    return forces.force_body(s.doc, "the government", at=m.start())
