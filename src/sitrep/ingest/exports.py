"""JSON exports of publishing and messaging systems, read as article objects.

Two shapes are common enough in scraped collections to be read as they come:

- the WordPress REST API (``/wp-json/wp/v2/posts``): a list of posts whose ``title``,
  ``content`` and ``excerpt`` are objects ``{"rendered": "<p>...</p>"}``, the date in the site's
  own time (``date``, what the page shows) and in UTC (``date_gmt``), the address in ``link``
  and, with ``?_embed``, the authors under ``_embedded.author``;
- a Telegram Desktop channel export (``result.json``): ``{"name", "type": "public_channel",
  "messages": [...]}`` where a message's ``text`` is a string or a list of plain strings and
  formatted pieces (``{"type": "bold", "text": ...}``); each message is a post of the channel.
"""
from __future__ import annotations

import html
from typing import Any

# the channel types of a Telegram Desktop export (chats of people are not news sources, but a
# group's export has the same shape and is read the same way)
_TELEGRAM_TYPES = {"public_channel", "private_channel", "public_supergroup", "private_supergroup",
                   "channel", "supergroup", "private_group", "public_group"}
# formatted pieces that are no prose: a bare address, a hashtag or cashtag, a bot command
_TELEGRAM_SKIPPED = {"link", "hashtag", "cashtag", "bot_command", "email", "phone"}


def is_wordpress_post(obj: Any) -> bool:
    """A WordPress REST post: its content (or title) is a ``{"rendered": ...}`` object."""
    return isinstance(obj, dict) and any(
        isinstance(obj.get(k), dict) and isinstance(obj[k].get("rendered"), str)
        for k in ("content", "title"))


def wordpress_record(post: dict[str, Any]) -> dict[str, Any]:
    """A WordPress REST post as a plain article object (``html``, ``title``, ``published``, ``url``,
    ``authors``), other fields kept."""
    out = {k: v for k, v in post.items() if not isinstance(v, dict) or "rendered" not in v}
    content = (post.get("content") or {}).get("rendered") if isinstance(post.get("content"), dict) else None
    if isinstance(content, str) and content.strip():
        out["html"] = content
    out.pop("content", None)
    title = post.get("title")
    if isinstance(title, dict) and isinstance(title.get("rendered"), str):
        # a rendered title holds entities ("&#8211;") and sometimes tags
        out["title"] = html.unescape(title["rendered"]).strip()
    # the site's own time is the date the page shows its readers; UTC can be the day before
    date = post.get("date") or post.get("date_gmt")
    if isinstance(date, str) and date.strip():
        out["published"] = date
    out.pop("date", None)
    out.pop("author", None)             # a numeric user id, never a name
    embedded = post.get("_embedded")
    if isinstance(embedded, dict) and isinstance(embedded.get("author"), list):
        names = [a.get("name") for a in embedded["author"] if isinstance(a, dict)]
        names = [n for n in names if isinstance(n, str) and n.strip()]
        if names:
            out["authors"] = names
    out.pop("_embedded", None)
    return out


def is_telegram_export(data: Any) -> bool:
    """A Telegram Desktop export of one channel or group."""
    return (isinstance(data, dict) and isinstance(data.get("messages"), list)
            and data.get("type") in _TELEGRAM_TYPES)


def telegram_text(value: Any) -> str:
    """The prose of a message's ``text``: plain strings and formatted pieces joined; bare links,
    hashtags and commands left out."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts = []
    for piece in value:
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
            if piece.get("type") not in _TELEGRAM_SKIPPED:
                parts.append(piece["text"])
    return "".join(parts)


def telegram_records(data: dict[str, Any]) -> list[dict[str, Any] | None]:
    """One article object per message of the export, in order; ``None`` for a service message
    or one without text (kept so that ``#n`` always names the same message)."""
    channel = data.get("name") if isinstance(data.get("name"), str) else None
    records: list[dict[str, Any] | None] = []
    for message in data["messages"]:
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            records.append(None)
            continue
        text = telegram_text(message.get("text")).strip()
        if not text:
            records.append(None)
            continue
        record: dict[str, Any] = {"text": text}
        if isinstance(message.get("date"), str):
            record["published"] = message["date"]
        outlet = channel or message.get("from")
        if isinstance(outlet, str) and outlet.strip():
            record["outlet"] = outlet.strip()
        if isinstance(message.get("id"), int) and isinstance(data.get("id"), int | str):
            record["message_id"] = message["id"]
        records.append(record)
    return records
