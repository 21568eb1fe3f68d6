"""HTML to text: trafilatura's main text in our paragraph layout, or a page's whole visible text.

Paragraphs (block elements, headings included) are separated by a blank line; inside one,
source whitespace collapses to single spaces. trafilatura is imported lazily: plain-text
ingest must not pay for it.
"""
from __future__ import annotations

import re
from typing import Any

# Non-extensive search, original (not last-modified) date; we still ignore htmldate's
# answer (see ``html_dates.stated_date``), but these keep it cheap and the least speculative.
DATE_PARAMS = {"extensive_search": False, "original_date": True}

_TAGLIKE = re.compile(r"<\s*(?:!doctype|!--|html|head|body|meta|title|p|div|span|a|article|"
                      r"section|main|h[1-6]|br|table|ul|ol|li|img|script|link)\b", re.I)
_WS = re.compile(r"\s+")          # whitespace in source text is insignificant: one space
_BLANK = re.compile(r"\n[^\S\n]*\n\s*")

# Block elements of trafilatura's output tree (TEI-like) and of plain HTML.
_TRAF_BLOCKS = frozenset("p head list item quote table row code div fw note ab lg l".split())
_HTML_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr section article main "
    "header figure figcaption address hr center body html tbody thead tfoot caption".split())
_HTML_DROP = ("script", "style", "noscript", "template", "iframe", "form", "button", "svg",
              "nav", "aside", "footer", "select", "option", "head", "object", "embed")



# ---------------------------------------------------------------- text conversion

def _tree_paragraphs(root: Any, blocks: frozenset[str], breaks: tuple[str, ...],
                     cells: tuple[str, ...], skip: frozenset[str] = frozenset(),
                     split_glued: bool = False) -> list[str]:
    """Paragraphs of a tree: a block element starts and ends one; a line break stays a
    newline inside it (two in a row split it, as in pages built with <br><br>).

    ``split_glued``: an inline element whose text starts with a capital right after a lower-case
    letter of the one before starts a new line. Pages set such spans on lines of their own with
    CSS ("<span>Hugo Bachega</span><span>Middle East correspondent</span>"); read as text they
    would fuse into "Hugo BachegaMiddle East correspondent"."""
    paragraphs: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        for chunk in _BLANK.split("".join(buf)):
            lines = [" ".join(ln.split()) for ln in chunk.split("\n")]
            text = "\n".join(ln for ln in lines if ln)
            if text:
                paragraphs.append(text)
        buf.clear()

    def visit(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""   # comments, PIs: tail only
        if tag in skip:
            return
        if tag in breaks:
            buf.append("\n")
        elif tag in cells and buf and buf[-1].strip():
            buf.append(" | ")
        is_block = tag in blocks
        if is_block:
            flush()
        if tag and el.text:
            if split_glued and not is_block and buf and el.text[:1].isupper() and buf[-1][-1:].islower():
                buf.append("\n")
            buf.append(_WS.sub(" ", el.text))
        for child in el:
            visit(child)
            if child.tail:
                buf.append(_WS.sub(" ", child.tail))
        if is_block:
            flush()

    visit(root)
    flush()
    return paragraphs


def _body_text(body: Any) -> str:
    """trafilatura's output tree as our text: one paragraph per block, blank-line separated
    (its own txt output puts one newline between blocks and bullets before list items)."""
    return "\n\n".join(_tree_paragraphs(body, _TRAF_BLOCKS, ("lb",), ("cell",)))


def fragment_text(html: str) -> str:
    """Plain lxml conversion of HTML (a page or a fragment) to paragraphs, for when
    trafilatura finds no main text: keeps every visible paragraph except obvious chrome
    (nav, aside, footer, forms, scripts)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>" if "<html" not in html[:2000].lower()
                                    else html)
    except Exception:        # lxml raises several types on degenerate input
        return ""
    for el in root.xpath("|".join(f"//{t}" for t in _HTML_DROP)):
        el.drop_tree()
    return "\n\n".join(_tree_paragraphs(root, _HTML_BLOCKS, ("br",), ("td", "th")))


# never shown on the page: not text the extractor could have left out
_INVISIBLE = frozenset("script style noscript template head title meta link svg object embed iframe".split())
_SPACES = re.compile(r"\s+")
# the page's own chrome containers are blocks too (``fragment_text`` drops them instead)
_PAGE_BLOCKS = _HTML_BLOCKS | frozenset("nav aside footer header form button time".split())


def left_out(tree: Any, text: str, title: str | None = None) -> list[str]:
    """The page's visible lines that are not in the main ``text`` (navigation, banners, widgets,
    live-blog time stamps), in page order: what the extractor dropped, so that it can be listed
    among the removed lines. The headline (``title``) is not listed: it is the title."""
    kept = _SPACES.sub("", text)
    skip_key = _SPACES.sub("", title) if title else None
    out: list[str] = []
    body = tree.find(".//body")
    for paragraph in _tree_paragraphs(body if body is not None else tree, _PAGE_BLOCKS, ("br",),
                                      ("td", "th"), _INVISIBLE, split_glued=True):
        for line in paragraph.split("\n"):
            key = _SPACES.sub("", line)
            if key and key != skip_key and key not in kept:
                out.append(line)
    return out


def extract(page: Any, url: str | None, with_metadata: bool) -> tuple[Any, str, list[str]]:
    """trafilatura's document (or None), its main text in our layout, and warnings."""
    from trafilatura import bare_extraction   # lazy: plain-text ingest must not pay for it

    try:
        doc = bare_extraction(page, url=url, with_metadata=with_metadata,
                              include_comments=False, include_tables=True,
                              include_formatting=False, date_extraction_params=dict(DATE_PARAMS))
    except Exception as err:  # trafilatura bugs on odd markup must not lose the article
        return None, "", [f"trafilatura failed ({type(err).__name__}: {err})"]
    text = _body_text(doc.body) if doc is not None and doc.body is not None else ""
    return doc, text, []


def main_text(html: str, url: str | None = None) -> tuple[str, list[str]]:
    """Main text of an HTML page or fragment, and warnings: trafilatura first, then the
    plain conversion when it finds nothing (short feed fragments often give it nothing)."""
    _, text, warnings = extract(as_document(html), url, with_metadata=False)
    return text or fragment_text(html), warnings


def as_document(html: str) -> str:
    # trafilatura rejects a lone fragment as "not quite HTML"; a wrapper makes it a page,
    # and <article> (not <div>) keeps it from dropping a fragment's subheadings
    head = html[:2000].lower()
    if "<html" in head or "<body" in head:
        return html
    return f"<html><body><article>{html}</article></body></html>"
