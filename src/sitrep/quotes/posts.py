"""Embedded social-media posts as scraped: the post's words, then a signature line.

    Our soldiers repelled the attack. pic.twitter.com/Ab12Cd34
    — Assimi Goita (@GoitaAssimi) March 4, 2025

A scraped embed keeps no quote marks: the signature line ("— Name (@handle) date") is what makes
the text above it the named person's words. The trailing link to the post's media is not part of
what they said.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.quotes.attribution import Attribution
from sitrep.quotes.speakers import MentionIndex, Speaker, named_speaker

# the signature: a dash, the display name, the handle in brackets, then an optional date
_SIGNATURE = re.compile(r"^[ \t]*[—–―-]{1,2}[ \t]*(?P<name>[^\n()@]{2,80}?)[ \t]*\(@\w{1,40}\)"
                        r"[ \t]*(?:[^\n]{0,40})$", re.M)
_MIN_WORDS = 4


@lru_cache(maxsize=1)
def _link_tail() -> re.Pattern:
    hosts = [w for e in load("quote_cues.json") if e["kind"] == "post_link" for w in e["words"]]
    alt = "|".join(re.escape(h) for h in sorted(hosts, key=len, reverse=True))
    # links (and white space) ending the post: "... with Guyana. pic.twitter.com/Xq3L https://t.co/x"
    return re.compile(rf"(?:\s*(?:https?://)?(?:www\.)?(?:{alt})/\S*)+\s*$", re.I)


def post_quotes(text: str, paras: list[tuple[int, int]], quoted_paras: set[int],
                idx: MentionIndex) -> list[tuple[int, int, int, Attribution]]:
    """(paragraph index, start, end, attribution) of every post's words above a signature line."""
    if "(@" not in text:        # cheap: most articles embed no post
        return []
    out = []
    links = _link_tail()
    for i, (a, b) in enumerate(paras):
        for m in _SIGNATURE.finditer(text, a, b):
            # the post is the paragraph's text above the signature, or, when the signature
            # opens its paragraph, the paragraph before
            pi, start, end = i, a, m.start()
            if not text[a:m.start()].strip():
                if i == 0:
                    continue
                pi, (start, end) = i - 1, paras[i - 1]
            if pi in quoted_paras:
                continue
            prev_sig = None
            for prev_sig in _SIGNATURE.finditer(text, start, end):
                pass
            if prev_sig is not None:
                start = prev_sig.end()
            body = text[start:end]
            lead = len(body) - len(body.lstrip())
            lm = links.search(body)
            stop = lm.start() if lm else len(body.rstrip())
            body_a, body_b = start + lead, start + stop
            if len(text[body_a:body_b].split()) < _MIN_WORDS:
                continue
            sp = _speaker(text, m, idx)
            out.append((pi, body_a, body_b, Attribution(sp, None, m.start("name"), m.end("name"))))
    return out


def _speaker(text: str, m: re.Match, idx: MentionIndex) -> Speaker:
    """The person the signature names: their mention, else the display name as written."""
    a, b = m.start("name"), m.end("name")
    found = [x for x in idx.within(a, b) if x.end <= b]
    if found:
        best = max(found, key=lambda x: (x.type == "PERSON", x.end - x.start))
        return named_speaker(best)
    return Speaker(None, text[a:b].strip(), a, b, "label")   # kept as written, never resolved
