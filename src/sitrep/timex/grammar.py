"""The surface grammar of time expressions: one compiled regex of named rules.

Each rule is one form ("Oct. 4, 2024", "late Thursday", "two days ago", ...). The rules are
joined into a single alternation, so one left-to-right scan finds every candidate; at a given
position the more specific rule comes first ("Friday, Nov. 1" before "Friday"). Group names are
written plainly in the templates below and prefixed with the rule name when compiled, since
Python does not allow a group name twice in one pattern.

Month and weekday names are matched Capitalised or UPPER-CASE only (the modal "may", the verb
"march" stay out); the other words case-insensitively. Which words exist is data
(``time_words.json``, via :mod:`sitrep.timex.words`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .words import Lexicon, alternation, lexicon

# (rule, template). Fragments in <ANGLE> brackets are filled from the lexicon.
RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"(?<![\d-])(?P<y><YEAR>)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    # "6.3.2025", "Sunday 11.05.2025", "03/04/2025" (which of a and b is the day: resolve)
    ("numeric", r"(?:(?P<wd><WDANY>),?\s+)?(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})"
                r"(?P=sep)(?P<y><YEAR>)"),
    # "the first three months of the year", "the second half of 2024", "the first quarter"
    ("part", r"(?i:the)\s+(?P<o>(?i:first|second|third|fourth|last|final))\s+"
             r"(?:(?P<n><NUM>|\d{1,2})\s+(?P<u>(?i:months|weeks))\b(?=\s+(?i:of)\s+<PARTYEAR>)"
             r"|(?P<q><YPART>)\b(?:\s+(?i:of)\s+<PARTYEARB>|(?!\s+(?i:of)\b|-)))"),
    ("mdy", r"(?:(?P<wd><WDANY>),?\s+)?(?P<mon><MON>)\s+(?P<d><DAY>)"
            r"(?:\s*(?:-|–|(?i:to|and|through))\s*(?P<d2><DAY>))?(?:,?\s+(?P<y><YEAR>)|<YREL>)?"),
    ("dmy", r"(?:(?P<wd><WDANY>),?\s+)?(?:(?i:the)\s+)?(?<![\d.,])(?P<d><DAY>)"
            r"(?:\s*(?:-|–|(?i:to|and))\s*(?P<d2><DAY>))?\s+(?:(?i:of)\s+)?(?P<mon><MON>)"
            r"(?:,?\s+(?P<y><YEAR>)|<YREL>)?"),
    ("ordmon", r"(?:(?i:the)\s+)?(?P<o><ORDW>)\s+(?i:of)\s+(?P<mon><MON>)(?:,?\s+(?P<y><YEAR>))?"),
    ("monyear", r"(?:(?P<pos><POS>))?(?P<mon><MON>),?\s+(?:(?i:of)\s+)?(?P<y><YEAR>)"),
    ("posmon", r"(?P<pos><POS>)?(?P<mon><MON>)<YREL>"),
    ("posmon2", r"(?P<pos><POS>)(?P<mon><MON>)"),
    ("posyear", r"(?P<pos><POS>)(?P<y><YEAR>)"),
    ("relmon", r"(?P<rel><REL>)\s+(?P<mon><MON>)"),
    ("anaph", r"(?P<the>(?i:the|that|this))\s+(?P<a><ANA>)\s+(?P<u>(?i:day|morning|afternoon|evening"
              r"|night|week|month|year))\b"),
    ("that", r"(?:(?P<pre>(?i:later|earlier|early|late))\s+(?:(?i:in|on)\s+)?)?(?i:that)\s+"
             r"(?P<u>(?i:day|night|morning|afternoon|evening))\b"),
    # "earlier in the week", "later in the month": the unit of the narrative's time (else the
    # publication's), like "that day"
    ("inthe", r"(?P<pre>(?i:later|earlier|early|late))\s+(?i:in)\s+(?i:the)\s+"
              r"(?P<u>(?i:week|month|year))\b"),
    ("daybefore", r"(?i:the\s+day\s+)(?P<dir>(?i:before|after))\b"),
    ("relunit", r"(?:(?P<pos>(?i:early|late|mid|earlier|later))(?:\s+|-)(?:(?i:in|on)\s+)?)?"
                r"(?P<rel><REL>)\s+(?P<u>(?i:week|month|year|weekend))\b"),
    ("span", r"(?:(?i:the)\s+)?(?P<rel>(?i:past|last|previous|coming|next))\s+(?:(?P<n><NUM>|\d{1,3})\s+)?"
             r"(?P<u><UNITW>|<SPANU>)\b"),
    ("wkend", r"(?i:the|this\s+past)\s+(?i:weekend)\b"),
    # "Tuesday 13th", "Sunday the 11th": a weekday with its day of the month (no month: "Tuesday
    # 13th May" is dmy above)
    ("wddom", r"(?P<wd><WDFULL>),?\s+(?:(?i:the)\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"),
    ("wd", r"(?:(?P<pp>(?i:early|late|overnight)(?:\s+(?i:on))?|(?i:the\s+early\s+hours\s+of))\s+)?"
           r"(?:(?P<rel><REL>)\s+)?(?P<wd><WDFULL>)(?:\s+(?P<pod><POD>)(?![a-z]))?"),
    ("overnight", r"(?i:overnight)\b"),
    ("mon", r"(?P<mon><MON>)"),
    ("yrange", r"(?P<y><YEAR>)\s*(?:-|–|(?i:to|and|until|through))\s*(?P<y2><YEAR>)"),
    ("year", r"(?<![\d,.$£€#/-])(?P<y><YEAR>)(?!\s*%|-\d|/\d|\s*(?i:GMT|UTC|hours|hrs)\b)"),
    ("deictic", r"(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<dx><DEIX>)(?:\s+(?P<pod><POD>)"
                r"(?![a-z]))?"),
    ("podrel", r"(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<rel>(?i:this|last))\s+"
               r"(?P<pod>(?i:morning|afternoon|evening|night))\b"),
    ("ago", r"(?P<n><NUM>|\d{1,3})\s+(?P<u><UNITW>)\s+(?P<dir><DIR>)\b"),
    ("dom", r"(?<=\bon\s)(?i:the)\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"),
    ("recent", r"(?i:recent)\s+(?P<u>(?i:days|weeks|months|years))\b"),
)


def _fragments(lex: Lexicon) -> dict[str, str]:
    full_months = [w for w in lex.months if w not in lex.month_abbr]
    mon = (f"(?:{alternation(full_months, cased=True)}(?![A-Za-z])"
           f"|{alternation(lex.month_abbr, cased=True)}(?![A-Za-z])\\.?)")
    full_wd = [w for w in lex.weekdays if w not in lex.weekday_abbr]
    wdfull = f"{alternation(full_wd, cased=True)}(?![A-Za-z])"
    wdany = f"(?:{wdfull}|{alternation(lex.weekday_abbr, cased=True)}(?![A-Za-z])\\.?)"
    positions = [w for w, v in lex.positions.items() if v in ("start", "middle", "end")]
    deictic = [w for w in lex.deictic if w != "overnight"]
    return {
        "YEAR": r"(?:19|20)\d{2}(?![\d]|[.,]\d)",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|:\d|[.,]\d)",
        "MON": mon, "WDFULL": wdfull, "WDANY": wdany,
        "ORDW": alternation(lex.ordinals),
        "POS": f"{alternation(positions)}(?:\\s*-\\s*|\\s+)",
        "REL": alternation(lex.relative),
        "ANA": alternation(lex.anaphoric),
        "NUM": alternation(list(lex.numbers) + list(lex.vague)),
        "UNITW": alternation(lex.units),
        "SPANU": alternation(lex.span_units) if lex.span_units else "(?!)",
        "YPART": alternation(lex.year_parts) if lex.year_parts else "(?!)",
        # the year of a part: "of 2025", "of the year", "of last year" (twice: group names differ)
        "PARTYEAR": r"(?:(?P<y>(?:19|20)\d{2}(?![\d]|[.,]\d))|(?P<yrel>(?i:the|this|last|next|the\s+current|the\s+previous))\s+(?i:year)\b)",
        "PARTYEARB": r"(?:(?P<y2>(?:19|20)\d{2}(?![\d]|[.,]\d))|(?P<yrel2>(?i:the|this|last|next|the\s+current|the\s+previous))\s+(?i:year)\b)",
        "POD": alternation(lex.parts_of_day),
        "DEIX": alternation(deictic) + r"\b",
        "DIR": alternation(lex.directions),
        # "Nov. 5 last year", "April next year", "early October this year"
        "YREL": r"\s+(?P<yrel>(?i:this|last|next))\s+(?i:year)\b",
    }


_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


@lru_cache(maxsize=1)
def rule_bodies() -> dict[str, str]:
    """Each rule's regex with its groups prefixed by the rule name, in rule order."""
    frags = _fragments(lexicon())
    out = {}
    for name, template in RULES:
        body = re.sub(r"<([A-Z]+)>", lambda m: frags[m.group(1)], template)
        body = _GROUP.sub(lambda m: f"(?P<{name}_{m.group(1)}>", body)
        out[name] = _BACKREF.sub(lambda m: f"(?P={name}_{m.group(1)})", body)
    return out


@lru_cache(maxsize=None)
def pattern(names: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """The combined pattern: each rule is the outer group ``R_<rule>``, its inner groups
    ``<rule>_<name>``; ``match.lastgroup`` names the rule that matched. ``names``: only these
    rules (kept in rule order), see :mod:`sitrep.timex.dispatch`."""
    bodies = rule_bodies()
    keep = bodies if names is None else [n for n in bodies if n in names]
    return re.compile(r"\b(?:" + "|".join(f"(?P<R_{n}>{bodies[n]})" for n in keep) + ")")


@lru_cache(maxsize=1)
def _group_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    # per rule: its plain group names and their prefixed names in the combined pattern
    out = {}
    frags = _fragments(lexicon())
    for name, template in RULES:
        body = re.sub(r"<([A-Z]+)>", lambda m: frags[m.group(1)], template)
        plain = tuple(dict.fromkeys(_GROUP.findall(body)))
        out[name] = (plain, tuple(f"{name}_{p}" for p in plain))
    return out


def groups(m: re.Match[str]) -> tuple[str, dict[str, str | None]]:
    """The rule that matched and its groups by plain name."""
    rule = (m.lastgroup or "R_")[2:]
    plain, full = _group_names()[rule]
    if not full:
        return rule, {}
    values = m.group(*full) if len(full) > 1 else (m.group(full[0]),)
    return rule, dict(zip(plain, values))
