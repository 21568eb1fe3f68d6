"""Markdown exports of articles (``.md``): front matter as metadata, the body as plain text.

Static-site generators and note tools export an article as a front-matter block (``---``,
``key: value`` lines, ``---``) followed by Markdown. The front matter names the title, date,
authors and outlet as a JSON article object would; the body keeps its paragraphs and lines
while the markup goes: ``#`` headings, ``**bold**``/``*italic*``, ``[text](url)`` links (their
text kept), images, list bullets, ``>`` block-quote marks, rules and HTML comments.
"""
from __future__ import annotations

import re
from typing import Any

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")
_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*)$")

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HEADING = re.compile(r"^\s{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M)
_SETEXT = re.compile(r"^(\S[^\n]*)\n[ \t]*(?:=+|-+)[ \t]*$", re.M)
_RULE = re.compile(r"^\s{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
_QUOTE_MARK = re.compile(r"^\s{0,3}>[ \t]?", re.M)
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# single * or _ emphasis: not inside words ("snake_case", "2*3"), never across lines
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~).*$", re.M)
_HARD_BREAK = re.compile(r"(?:[ \t]{2,}|\\)$", re.M)


def looks_like_markdown(text: str) -> bool:
    """A text file that is a Markdown export: front matter, or a heading on its first lines."""
    head = text.lstrip("\ufeff")[:400]
    return bool(_FRONT.match(text[:4096])) or bool(re.match(r"#{1,3} \S", head))


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter's simple ``key: value`` pairs (lists as ``[a, b]`` or ``- a`` lines) and
    the body after it. Nested YAML is not read: a news export needs its flat fields only."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    fields: dict[str, Any] = {}
    key = None
    for line in match.group(1).splitlines():
        item = _ITEM.match(line)
        if item and key:
            value = fields.get(key)
            fields[key] = (value if isinstance(value, list) else []) + [_unquote(item.group(1))]
            continue
        kv = _KEY.match(line)
        if not kv:
            continue
        key, value = kv.group(1), kv.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            fields[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            fields[key] = _unquote(value) if value else []
    return fields, text[match.end():]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def markdown_text(body: str) -> str:
    """The body's text without its markup, paragraph and line breaks kept."""
    text = _COMMENT.sub("", body)
    text = _FENCE.sub("", text)
    text = _REF_DEF.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _SETEXT.sub(r"\1", text)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE_MARK.sub("", text)
    text = _BULLET.sub(r"\1", text)
    for _ in range(2):                    # "***both***" is strong around emphasis
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(r"\2", text)
    text = _CODE.sub(r"\1", text)
    text = _HARD_BREAK.sub("", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)   # backslash escapes
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def markdown_record(text: str) -> dict[str, Any]:
    """A Markdown export as an article object: front-matter fields, and the body as ``text``."""
    fields, body = split_front_matter(text)
    record = {k: v for k, v in fields.items() if v not in ("", [])}
    record["text"] = markdown_text(body)
    return record
