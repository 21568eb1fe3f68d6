"""The site that carries a wire's story under its own masthead: "Yahoo News" over the copy whose
byline or dateline names only "Reuters". The wire wrote the story; the page is the host's, and a
reader who cites it cites the host (the wire is the story's source, kept by the dedup step).
"""
from __future__ import annotations

from collections.abc import Sequence

from sitrep.clean.lines import META, Line
from sitrep.clean.zones import last_prose_line
from sitrep.clean.masthead_menu import menu_masthead
from sitrep.metadata.masthead import _masthead, page_outlet
from sitrep.metadata.outlet import outlet_index, outlet_key

_NAME_MIN = 3       # "DH": a logo's letters, not the name the footer spells out


def _agree(a: str | None, b: str | None) -> bool:
    """One name is the other, or the other's start ("Yahoo" in the footer of "Yahoo News")."""
    if not a or not b:
        return False
    ka, kb = outlet_key(a), outlet_key(b)
    short, long = sorted((ka, kb), key=len)
    return ka == kb or len(short) >= _NAME_MIN + 1 and long.startswith(short)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()


_FOOT = 15     # lines under the article's last paragraph, where its footer names the site again


def _named_in_foot(lines: Sequence[Line], head: str) -> bool:
    """Whether a line of the page's foot opens with the masthead's name: the site's own line
    ("SWI swissinfo.ch - a branch of ..."), which a wire's copy never carries."""
    last = last_prose_line(lines)
    if last is None:
        return False
    key = head.casefold()
    return any(t.casefold().startswith(key) and (len(t) == len(key) or not t[len(key)].isalnum())
               for t in (line.text.strip() for line in lines[last + 1:last + 1 + _FOOT]))


def host_of_wire_copy(lines: Sequence[Line], found: str) -> str | None:
    """The page's own publisher when ``found`` (the outlet a byline, outlet line or dateline
    credit names) is a news agency's wire and the page's masthead names another publisher that
    the page confirms (a known outlet, its copyright footer, its menu) ; else None. A masthead
    alone may be a menu's first item ("Markets", "Mail") and names no publisher."""
    index = outlet_index()
    if index.lookup(found) not in index.wires:
        return None
    if any(line.label == META and line.reason == "agency byline" for line in lines):
        return None         # "By Reuters - Thomson Reuters Foundation": the page credits the wire itself
    head = _masthead(lines)
    if not head:
        return None
    own = page_outlet(lines)
    host: str | None = None
    if _agree(head, own):
        # the fuller of the two names, spelled as the footer spells a shouted masthead
        host = own if len(outlet_key(own or "")) >= len(outlet_key(head)) or head.isupper() else head
    elif len(head) >= _NAME_MIN and (index.lookup(head) or _agree(head, menu_masthead(lines))):
        host = head
    elif own and head.isupper() and _initials(own) == head:
        host = own          # "DH" over the page, "Deccan Herald" in its footer
    elif len(outlet_key(head)) >= _NAME_MIN + 1 and _named_in_foot(lines, head):
        host = head         # "SWI swissinfo.ch" over the page and again in its footer
    if host is None:
        return None
    known = index.lookup(host)
    if known in index.wires or outlet_key(host) == outlet_key(found):
        return None
    return known or host
