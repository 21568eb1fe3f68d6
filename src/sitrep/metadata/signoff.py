"""The writer's sign-off closing an article: "Rachid OUÉDRAOGO" / "Lefaso.net" under the last
paragraph, as many African and French-language dailies sign their reports instead of a byline
under the headline.

A name alone after the text is as often a photo credit or a related story's author, so the
sign-off needs its outlet line: the writer's name, then the page's own outlet, as the first
lines after the last paragraph. Only a page without a byline reads it.
"""
from __future__ import annotations

from collections.abc import Sequence

from sitrep.clean.lines import BLANK, BODY, META, Line
from sitrep.clean.zones import is_prose
from sitrep.metadata.byline import names_in
from sitrep.metadata.outlet import outlet_key
from sitrep.metadata.split_bylines import person_like

SIGNOFF = "closing signature"
_NAME_MAX = 40


def closing_signature(lines: Sequence[Line], outlet: str | None) -> list[str] | None:
    """The writer's name signing the article above the outlet's name, marking its line; None when
    the page does not close so."""
    if not outlet:
        return None
    last = next((i for i in range(len(lines) - 1, -1, -1)
                 if lines[i].label == BODY and is_prose(lines[i].text)), None)
    if last is None:
        return None
    after = [line for line in lines[last + 1:] if line.label != BLANK and line.text.strip()][:2]
    if len(after) != 2 or outlet_key(after[1].text) != outlet_key(outlet):
        return None
    text = after[0].text.strip()
    if len(text) > _NAME_MAX or not 2 <= len(text.split()) <= 4 or not person_like(text):
        return None
    names = names_in(text)
    if len(names) != 1 or names[0].casefold() != text.casefold():
        return None
    after[0].mark(META, SIGNOFF)
    return [text]
