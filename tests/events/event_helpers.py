"""Mentions for invented test sentences: every listed name, longest first, one actor per name."""
from __future__ import annotations

import re

from sitrep.model import Mention


def mentions_from(text: str, actors: dict[str, str]) -> list[Mention]:
    found: list[Mention] = []
    numbers: dict[str, int] = {}
    for name, kind in sorted(actors.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            found.append(Mention(m.start(), m.end(), name, kind, "name:" + name.lower(), "test",
                                 local=numbers.setdefault(name, len(numbers))))
    return sorted(found, key=lambda m: m.start)


def coded_with_dates(text: str, actors: dict[str, str], published: str | None) -> list:
    """The events coded in ``text`` (mentions: ``actors``; times found against ``published``)."""
    from sitrep.events import find_events
    from sitrep.nlp.sentences import split_sentences
    from sitrep.timex import find_timexes
    return find_events(text, split_sentences(text), mentions_from(text, actors), find_timexes(text, published),
                       published)


def named_events(text: str, published: str = "2025-03-02") -> list[tuple]:
    """(action, actor name, target name, trigger) of each event the whole analysis codes in
    ``text``: roles by the text of the mention that first names each actor."""
    from sitrep.actors.kbcache import default
    from sitrep.analysis import analyze_text
    a = analyze_text("t", text, published, "T", default())
    names: dict[int, str] = {}
    for m in a.mentions:
        names.setdefault(m.local, m.text)
    return [(e.action, names.get(e.actor), names.get(e.target), e.trigger) for e in a.events]


def coded_roles(text: str, actors: dict[str, str], fields: tuple[str, ...] = ("actor", "target"),
                published: str = "2025-05-10") -> list[tuple]:
    """(action, then each field: the mention's text for actor/target/location, the attribute
    itself for any other, such as "actor_name") of each event ``find_events`` codes in ``text``."""
    from sitrep.events import find_events
    from sitrep.nlp.sentences import split_sentences
    ms = mentions_from(text, actors)
    name = {m.local: m.text for m in ms}
    facts = find_events(text, split_sentences(text), ms, [], published)
    return [(f.action, *(name.get(getattr(f, k)) if k in ("actor", "target", "location") else getattr(f, k)
                         for k in fields)) for f in facts]
