"""A casualty figure told again inside a direct quotation: one claim, the attributed one.

News copy gives a toll with its source ("five soldiers were killed, security sources said") and
then quotes an unnamed officer or a post saying the same ('"Five of our men died on the spot,"
the officer said'; '"The strike resulted in 11 terrorists killed in action"'). The quote is the
evidence of the figure already attributed, not a second claim: whatever noun it uses, it counts
the same people in the same state. A quote whose speaker is named, by the claimant reader or by a
capitalised name right after the quote ('," Suleiman said'), stays a claim of its own (a mayor's
own count after "local officials said"), and so does a count of bodies recovered; but a named
spokesman speaks for the body the lead already cited ("..., police said" then '"One person was
killed," police spokesman Khalid Zadran said'): his quote restates its figure.
"""
from __future__ import annotations

import re

from sitrep.claims.restated import state_of
from sitrep.model import ClaimFact

# the end of a sentence between two figures: the restatement is in a later sentence
_SENTENCE_GAP = re.compile(r"[.!?][\"'”’)]?\s")
_OPEN, _CLOSE = "“‘", "”’"
# states whose figures a quote restates; "bodies" (found, recovered) is a count of its own
_CASUALTY_STATES = frozenset({"killed", "injured"})


def in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside double quotation marks opened on its own paragraph."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    if line.count('"') % 2 == 1:
        return True
    return line.count("“") > line.count("”")


# what follows a quotation's closing mark up to the end of its clause: the attribution
_AFTER_CLOSE = re.compile(r"[,.]?[ \t]*([^.;:!?\n\"“”]{0,60})")
_NAME = re.compile(r"\b[A-Z][a-z]")


def _named_speaker(text: str, pos: int) -> bool:
    """Whether the quotation around ``pos`` is attributed, right after it closes, to a speaker
    named by a capitalised name ('," Suleiman said'); "the officer said", "he wrote", "the
    statement read", or no attribution at all (a quoted fragment) name none."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    close = min((i for i in (text.find('"', pos, end), text.find("”", pos, end)) if i >= 0), default=-1)
    if close < 0:
        return False
    m = _AFTER_CLOSE.match(text, close + 1, end)
    tail = m.group(1) if m is not None else ""
    if not tail or (tail[0].isupper() and text[close - 1] != ","):
        return False                       # a new sentence: the quote was a fragment of the one before
    return _NAME.search(tail) is not None


# a speech verb leading into the quotation in its own sentence: 'the commission said it had
# recorded "31 deaths ..."' attributes the quote before it opens
_LEAD_IN = re.compile(r"\b(?:said|says|told|stated|announced|recorded|reported|wrote|added|declared|confirmed|"
                      r"counted|listed|documented)\b[^.!?\"“”]{0,60}$")


def _led_in(text: str, pos: int) -> bool:
    """Whether the quotation around ``pos`` opens after a speech verb of its own sentence."""
    start = text.rfind("\n", 0, pos) + 1
    opening = max(text.rfind('"', start, pos), text.rfind("“", start, pos))
    if opening < 0:
        return False
    before = text[max(start, opening - 120):opening]
    return _LEAD_IN.search(before) is not None


# a speaker who speaks for a body: the lead's "police said" is his word, quoted later
_SPOKES = re.compile(r"\bspokes(?:man|woman|person|people)\b", re.I)
# the attribution around a quotation: after its close (up to the clause end) or before its opening
_ATTRIBUTION_AFTER = re.compile(r"[,.]?[ \t]*([^.;!?\n\"“”]{0,90})")


def _spokesman_quote(text: str, pos: int) -> bool:
    """Whether the quotation around ``pos`` is attributed to a spokesman: right after it closes
    ('," Kabul police spokesman Khalid Zadran said') or in the words leading into it ("Zadran,
    spokesman for the police chief, confirmed the incident, saying that \"...")."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    close = min((i for i in (text.find('"', pos, end), text.find("”", pos, end)) if i >= 0), default=-1)
    if close >= 0:
        m = _ATTRIBUTION_AFTER.match(text, close + 1, end)
        if m is not None and _SPOKES.search(m.group(1)) is not None:
            return True
    start = text.rfind("\n", 0, pos) + 1
    opening = max(text.rfind('"', start, pos), text.rfind("“", start, pos))
    return opening >= 0 and _LEAD_IN.search(text, max(start, opening - 120), opening) is not None \
        and _SPOKES.search(text, max(start, opening - 120), opening) is not None


def drop_quoted_restatements(text: str, claims: list[ClaimFact]) -> list[ClaimFact]:
    """``claims`` without the figures an unattributed direct quote states again after an
    attributed statement of the same count in the same state (``claims`` in text order)."""
    keep: list[ClaimFact] = []
    for c in claims:
        if c.unit != "bodies" and not isinstance(c.quantity, str):
            st = state_of(c.unit)
            if st in _CASUALTY_STATES and in_quotation(text, c.start) and (
                    (c.claimant_name is None and not _named_speaker(text, c.end) and not _led_in(text, c.start))
                    or _spokesman_quote(text, c.start)) and any(
                    k.quantity == c.quantity and k.claimant_name is not None and k.end <= c.start
                    and state_of(k.unit) == st and k.unit != "bodies"
                    and not in_quotation(text, k.start)
                    and _SENTENCE_GAP.search(text, k.end, c.start) is not None for k in keep):
                continue
        keep.append(c)
    return keep
