"""Live blogs and threads stored as JSON: a record whose text is a list of timed posts.

``{"page": {"headline", "url", "site_name", "first_published", "byline"}, "posts": [{"posted",
"title", "body"}, ...]}`` is one story told in instalments, so it is read as one document: the
posts in time order (oldest first, as a reader of the finished story would want them, whatever
order the export uses), each post's own title heading its body. The page's fields are the
document's metadata; without a stated date, the first post's time is the publication date.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

# keys that hold the instalments of a live page, and the fields of one instalment
POST_LIST_KEYS = ("posts", "entries", "updates", "live_posts", "liveblog_posts", "blocks")
POST_TEXT_KEYS = ("body", "text", "content", "content_text", "message", "summary")
POST_HTML_KEYS = ("html", "body_html", "content_html")
POST_TIME_KEYS = ("posted", "published", "date", "time", "timestamp", "datetime", "created_at",
                  "date_published", "datePublished", "published_at", "updated")
POST_TITLE_KEYS = ("title", "headline")


def post_list(obj: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The list of post records the object holds, if it holds one (records with some text)."""
    for key in POST_LIST_KEYS:
        value = obj.get(key)
        if isinstance(value, list) and value and all(isinstance(p, dict) for p in value) and any(
                _post_text(p) for p in value):
            return value
    return None


def _post_text(post: dict[str, Any]) -> str:
    for key in POST_TEXT_KEYS:
        value = post.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for key in POST_HTML_KEYS:
        value = post.get(key)
        if isinstance(value, str) and value.strip():
            from sitrep.ingest.html_text import fragment_text
            return fragment_text(value).strip()
    return ""


def _post_time(post: dict[str, Any]) -> dt.datetime | None:
    for key in POST_TIME_KEYS:
        value = post.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 1e8:
            # epoch seconds (or milliseconds)
            seconds = value / 1000 if value > 1e11 else value
            try:
                return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
            except (OverflowError, OSError, ValueError):
                return None
        if isinstance(value, str) and value.strip():
            try:
                parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                return None
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
    return None


def _time_field(post: dict[str, Any]) -> str | None:
    for key in POST_TIME_KEYS:
        value = post.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def compose_posts(posts: list[dict[str, Any]]) -> tuple[str, str | None]:
    """(text, time of the first post) of a live page: the posts oldest first, a post's title
    as a line of its own above its body, posts apart by a blank line."""
    timed = [(_post_time(p), i, p) for i, p in enumerate(posts)]
    if all(t is not None for t, _, _ in timed):
        timed.sort(key=lambda x: (x[0], x[1]))
    elif len(timed) > 1:
        # without times, an export that lists newest first is the common case of live pages;
        # nothing says so here, so the order as given is kept
        pass
    parts: list[str] = []
    for _, _, post in timed:
        body = _post_text(post)
        if not body:
            continue
        title = next((post[k].strip() for k in POST_TITLE_KEYS
                      if isinstance(post.get(k), str) and post[k].strip()), None)
        if title and not body.startswith(title):
            parts.append(title)
        parts.append(body)
    first = next((_time_field(p) for _, _, p in timed if _time_field(p)), None)
    return "\n\n".join(parts), first
