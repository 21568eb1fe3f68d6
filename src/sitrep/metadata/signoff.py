"""The writer's sign-off closing an article: "Rachid OUÉDRAOGO" / "Lefaso.net" under the last
paragraph, as many African and French-language dailies sign their reports instead of a byline
under the headline.

A name alone after the text is as often a photo credit or a related story's author, so the
sign-off needs its outlet line (the writer's name, then the page's own outlet, as the first
lines after the last paragraph), or a strict personal name followed by nothing but the page's
closing chrome (a translation notice, share buttons, the copyright). Only a page without a
byline reads it.
"""
from __future__ import annotations

from collections.abc import Sequence

from sitrep.clean.lines import BLANK, BODY, CHROME, META, Line
from sitrep.clean.zones import is_prose
from sitrep.metadata.byline import names_in
from sitrep.metadata.outlet import outlet_key
from sitrep.metadata.split_bylines import person_like

SIGNOFF = "closing signature"
_NAME_MAX = 40
# what may follow a sign-off without the outlet's name: the page's closing chrome, never a list
# of related stories (whose first line may be another story's author)
_CLOSING_CHROME = frozenset({"translation disclaimer", "share bar", "copyright", "social prompt", "comment widget",
                             "ui word", "newsletter prompt"})


def closing_signature(lines: Sequence[Line], outlet: str | None) -> list[str] | None:
    """The writer's name signing the article above the outlet's name, marking its line; None when
    the page does not close so."""
    last = next((i for i in range(len(lines) - 1, -1, -1)
                 if lines[i].label == BODY and is_prose(lines[i].text)), None)
    if last is None:
        return None
    after = [line for line in lines[last + 1:] if line.label != BLANK and line.text.strip()][:2]
    if not after:
        return None
    text = after[0].text.strip()
    # a lone short line over the closing chrome may have been taken for a related link
    lone = after[0].label == BODY or after[0].label == CHROME and after[0].reason == "related links"
    if len(after) == 2 and outlet and outlet_key(after[1].text) == outlet_key(outlet):
        strict = False                      # "Rachid OUÉDRAOGO" / "Lefaso.net"
    elif lone and (len(after) == 1 or after[1].label == CHROME and after[1].reason in _CLOSING_CHROME):
        strict = True                       # "Tsiry Andriamanana" / "Share: Facebook Twitter"
    else:
        return None
    if len(text) > _NAME_MAX or not 2 <= len(text.split()) <= 4 or not person_like(text, strict=strict):
        return None
    names = names_in(text)
    if len(names) != 1 or names[0].casefold() != text.casefold():
        return None
    after[0].mark(META, SIGNOFF)
    return [text]
