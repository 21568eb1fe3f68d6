"""The text fields of article objects as exporters deliver them: HTML under a text key, a body
given as a list of paragraphs, a text cut short with a truncation marker."""
from __future__ import annotations

import re
from typing import Any

# block-level tags: a "text" field holding them is a page's HTML, not plain text
MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|figure|article|section|span|a\s)[\s/>]", re.I)

# NewsAPI (and its clones) deliver "content" cut at ~200 characters and say so at the end:
# "... the governor sa… [+3127 chars]"; the marker is not article text
_TRUNCATION_MARK = re.compile(r"\s*\[\+\s?\d[\d,.]*\s*(?:chars?|characters)\]\s*\Z", re.I)


def untruncated(text: str) -> tuple[str, str | None]:
    """The text without a trailing truncation marker, and the marker if there was one."""
    match = _TRUNCATION_MARK.search(text, max(0, len(text) - 64))
    if not match:
        return text, None
    return text[:match.start()], match.group().strip()


def paragraphs(value: Any) -> Any:
    """A body given as a list of paragraph strings (news APIs, CMS exports) as one text."""
    if isinstance(value, list) and value and all(isinstance(p, str) for p in value):
        return "\n\n".join(p.strip() for p in value if p.strip())
    return value
