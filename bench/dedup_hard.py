"""The hard planted kinds of the synthetic duplicate corpus (generator v3), as real outlets make them:

positives (must be linked to their source):
- ``retrans``: a machine re-translation: every sentence reworded, names respelled ("Kharkiv" /
  "Kharkov"), numbers written otherwise ("1,200" / "1200" / "1.2 thousand", "five" / "5"), days
  re-expressed ("on Tuesday" / "on 12 March"), sentences split, merged and reordered
- ``heavy``: a heavy rewrite keeping the facts: every sentence paraphrased, a quarter dropped,
  several added, more reordering
- ``brief``: a 3-4 sentence brief cut from the long article, partly reworded
- ``liveblog``: a live blog whose entries are other events, one of them reprinting the wire's
  opening paragraphs
- ``withagencies`` (generator v8): a rewrite "with agencies" retelling every line of the source in
  order, each reworded twice over, with a third to a half again of its own paragraphs between them

traps (must NOT be linked):
- ``sameplace``: the template's next event in the same places: only dates and numbers differ
- ``followup``: the next day's story on the same place and actors (a new incident, its own figures),
  whose background paragraph repeats a few of the source's context sentences word for word
- ``deskbackground`` (generator v9): the source desk's own report of a later happening (3-10 days on,
  same outlet chrome and wire credit), which repeats up to six context lines of the source word for
  word as two background paragraphs of up to three, apart, after its own opening paragraphs; nothing
  in them conflicts. Must NOT be flagged (session 28: a desk's reports of a state of emergency and of
  a shooting nine days later shared their standing paragraphs and were taken for partial copies)

same story, no duplicate (must NOT be linked as a copy or rewrite; generator v4):
- ``recap``: an analysis or explainer 1-7 days later that opens by retelling the source's lead and
  1-2 of its event lines (reworded, same names and figures), then goes on for twice the source's
  length with its own reporting on the wider conflict (another incident's places and figures)
- ``dayapart``: a local outlet's own report (generator v5), opening as a recap does but dating the
  incident a day later than the source (a night attack: the wire's "on Tuesday", the local paper's
  "on Wednesday"), published a day or two after the incident, then its own reporting
- ``lateanalysis``: an analysis 10-25 days later (generator v5) whose opening names the incident's
  date ("on March 3") where the source named the weekday, then its own reporting
- ``explainer``: an explainer or analysis 1-5 days later (generator v7) of 1.2-1.7 times the
  source's length, shorter than a ``recap``: the source's lead and 4-6 of its event lines, in the
  source's order and each reworded twice over, spread through its own reporting (another
  incident's places and figures). It carries the source's toll and specific figures, so its
  retold lines align as a loose rewrite's would; they are a small part of its text. Must NOT be
  flagged as a copy or rewrite; it is the same story
- ``ownreport``: another outlet's own report of the incident (generator v6): the source's lead and
  event lines retold in the source's order, each reworded twice over, a fifth of them dropped; the lead's
  toll, places and day kept, but the outlet's own sources give three of its other counts
  otherwise (the attackers, the detained, the hours, the troops: ``own_counts``), and it adds its
  own background lines.
  Must NOT be flagged as a copy or rewrite (the figures of each are partly its own); it is the
  same story
- ``localreport`` (generator v8): a local outlet's own report of like length: the source's lead and
  three in five of its event lines in order, each reworded twice over in another phrasing, two of
  its counts its own (``LOCAL_COUNTS``), and as much again of its own reporting between them. Must
  NOT be flagged as a copy or rewrite; it is the same story
"""
from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

from dedup_vocab import CONTEXT

POSITIVE = ("retrans", "heavy", "brief", "liveblog", "withagencies")
TRAPS = ("sameplace", "followup", "recap", "dayapart", "lateanalysis", "ownreport", "explainer", "localreport",
         "deskbackground")
# traps for the duplicates that belong to the source's story
STORY_ONLY = ("recap", "dayapart", "lateanalysis", "ownreport", "explainer", "localreport")

# words a respelling leaves alone (the generic parts of group and place names)
_GENERIC = set("The Liberation Front Brigades Army Defence Forces Resistance Movement People's Militia "
               "Revolutionary Council Institute Centre Security Studies Conflict Monitor of for".split())
_GENERIC |= {"province", "region", "valley"}
_SMALL = "zero one two three four five six seven eight nine ten eleven twelve".split()
_RULES = ((r"^K(?!h)", "Kh"), (r"ov$", "ev"), (r"iv$", "ov"), (r"sk$", "ssk"), (r"ar", "er"), (r"u", "ou"),
          (r"i(?=[^aeiou]*$)", "y"), (r"sh", "sch"), (r"^Z", "S"), (r"c", "k"), (r"e(?=[^aeiou]*$)", "a"),
          (r"an$", "ane"), (r"a$", "ah"), (r"o", "oh"))


def respell_word(word: str, r: random.Random, cache: dict[str, str]) -> str:
    """One transliteration variant of a name, the same one throughout an article."""
    if word in _GENERIC or not word[:1].isupper() or len(word) < 4:
        return word
    if word not in cache:
        options = [(p, s) for p, s in _RULES if re.search(p, word)]
        new = word
        for p, s in r.sample(options, min(len(options), r.choice((1, 1, 2)))):
            new = re.sub(p, s, new, count=1)
        cache[word] = new
    return cache[word]


def respelled_event(r: random.Random, ev: dict[str, str]) -> dict[str, str]:
    """The event as a translator writes it: names respelled, days as dates."""
    cache: dict[str, str] = {}
    out = dict(ev)
    for key in ("P_PLACE", "P_PLACE2", "P_VILLAGE", "CAPITAL", "REGION", "SPK", "LEADER", "GOV", "ANALYST", "ATT",
                "ATT_CAP", "THINK"):
        out[key] = " ".join(respell_word(w, r, cache) for w in ev[key].split(" "))
    day = dt.date.fromisoformat(ev["D_ISO"])
    out["D_WEEKDAY"] = f"{day.day} {day:%B}"            # "on Tuesday" -> "on 12 March"
    out["D_DATE"] = f"{day.day} {out['D_DATE'].split()[0]}"
    out["_cache"] = cache  # type: ignore[assignment]
    return out


def renumbered(r: random.Random, text: str) -> str:
    """Numbers as another desk writes them: "1,200" / "1200" / "1.2 thousand", "5" / "five"."""
    def big(m: re.Match) -> str:
        value = int(m.group(0).replace(",", ""))
        if value % 1000 == 0 or (value % 100 == 0 and r.random() < 0.5):
            return f"{value / 1000:g} thousand"
        return str(value)

    def small(m: re.Match) -> str:
        value = int(m.group(0))
        return _SMALL[value] if value <= 12 and r.random() < 0.8 else m.group(0)
    text = re.sub(r"\b\d{1,3}(?:,\d{3})+\b", big, text)
    text = re.sub(r"(?<![\d:.,])\b\d{1,2}\b(?![\d:,])(?! (?:a\.m|p\.m))", small, text)
    return text.replace(" percent", " per cent" if r.random() < 0.5 else "%")


def _split_merge(r: random.Random, sents: list[str]) -> list[str]:
    """Sentences split at a clause and merged with the next, as a translation re-cuts them."""
    out: list[str] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        if i + 1 < len(sents) and r.random() < 0.2:        # merge with the next one
            nxt = sents[i + 1]
            out.append(s.rstrip(".") + "; " + nxt[0].lower() + nxt[1:])
            i += 2
            continue
        m = re.search(r", (and|with|after|saying) ", s)
        if m and r.random() < 0.4:                          # split at a clause
            rest = s[m.end():]
            lead = {"and": "", "with": "There were also ", "after": "This came after ", "saying": "It said "}[m.group(1)]
            out += [s[:m.start()] + ".", (lead + rest) if lead else rest[0].upper() + rest[1:]]
        else:
            out.append(s)
        i += 1
    return out


def retranslated(r: random.Random, sents: list[Any], ev: dict[str, str]) -> tuple[list[list[str]], dict[str, str]]:
    """A re-translation's paragraphs (rendered text) and the respelled event for its chrome."""
    spelled = respelled_event(r, ev)
    cache = spelled.pop("_cache")
    kept = [sents[0]] + [s for s in sents[1:] if r.random() > 0.1]
    for _ in range(len(kept) // 4):                          # reordered more than a desk rewrite
        i = r.randrange(1, max(2, len(kept) - 1))
        if i + 1 < len(kept):
            kept[i], kept[i + 1] = kept[i + 1], kept[i]
    texts = []
    for s in kept:
        t = s.paraphrased(r, ev).render(spelled) if r.random() < 0.9 else s.render(spelled)
        # names inside per-sentence slots (towns of context lines) respelled too
        t = re.sub(r"\b[A-Z][a-z]{3,}\b", lambda m: cache.get(m.group(0), m.group(0)), t)
        texts.append(renumbered(r, t))
    texts = _split_merge(r, texts)
    paras, i = [], 0
    while i < len(texts):
        k = 1 if not paras else r.randint(1, 3)
        paras.append(texts[i:i + k])
        i += k
    return paras, spelled


def heavy(r: random.Random, sents: list[Any], ev: dict[str, str], context: Any) -> list[Any]:
    """Every sentence paraphrased, a quarter dropped, 2-4 context lines added, more reordering."""
    rest = [s for s in sents[1:] if r.random() > 0.25]
    for _ in range(r.randint(2, 4)):
        rest.insert(r.randrange(len(rest) + 1), context())
    for _ in range(len(rest) // 3):
        i = r.randrange(max(1, len(rest) - 1))
        if i + 1 < len(rest):
            rest[i], rest[i + 1] = rest[i + 1], rest[i]
    return [s.paraphrased(r, ev) for s in [sents[0], *rest]]


def brief(r: random.Random, sents: list[Any], ev: dict[str, str]) -> list[Any]:
    """The lead and 2-3 of the article's next event lines, some reworded."""
    n = r.randint(2, 3)
    picked = [sents[0]] + sents[1:1 + n]
    return [s.paraphrased(r, ev) if r.random() < 0.5 else s for s in picked]


def liveblog_entries(r: random.Random, reprint: list[str], others: list[str], wire: str) -> list[list[str]]:
    """Live-blog entries (a time line and a paragraph each), one of them the reprinted wire text."""
    at = r.randrange(len(others) + 1)
    texts = others[:at] + [" ".join(reprint) + (f" ({wire})" if r.random() < 0.5 else "")] + others[at:]
    clock = r.randint(6 * 60, 20 * 60)
    out = []
    for text in texts:
        clock -= r.randint(7, 55)
        out.append([f"{clock // 60:02d}:{clock % 60:02d} GMT", text])
    return out


def recap_lines(r: random.Random, sents: list[Any], ev: dict[str, str]) -> list[Any]:
    """An analysis's opening: the source's lead and 1-2 of its next lines, each reworded twice over
    (its own words, not the wire's: the generator's single paraphrases stay close enough to count
    as copied sentences, and three of them would make a partial copy)."""
    return [s.paraphrased(r, ev).paraphrased(r, ev) for s in [sents[0], *sents[1:1 + r.randint(1, 2)]]]


def explainer_lines(r: random.Random, sents: list[Any], ev: dict[str, str]) -> list[Any]:
    """An explainer's retelling (``explainer``): the source's lead and 4-6 of its event lines, in
    order, each reworded twice over (its own words, as ``recap_lines``)."""
    events = [s for s in sents[1:] if getattr(s, "pool", None) is not CONTEXT]
    picked = sorted(r.sample(range(len(events)), min(len(events), r.randint(4, 6))))
    return [s.paraphrased(r, ev).paraphrased(r, ev) for s in [sents[0], *(events[i] for i in picked)]]


def context_lines(sents: list[Any]) -> list[Any]:
    """The source's background sentences (its context lines, not the incident's)."""
    return [s for s in sents if getattr(s, "pool", None) is CONTEXT]


def shifted(ev: dict[str, str], days: int) -> dict[str, str]:
    """The event told as of another day (``dayapart``): its weekday, date and ISO day moved."""
    day = dt.date.fromisoformat(ev["D_ISO"]) + dt.timedelta(days=days)
    return {**ev, "D_WEEKDAY": day.strftime("%A"), "D_DATE": f"{day:%B} {day.day}", "D_ISO": day.isoformat()}


def dated(ev: dict[str, str]) -> dict[str, str]:
    """The event told with its date where its weekday was (``lateanalysis``: "on March 3")."""
    return {**ev, "D_WEEKDAY": ev["D_DATE"]}


# the counts an outlet's own sources give otherwise; the lead's toll (killed, wounded) is the incident's
LEAD_COUNTS = ("N_KILLED", "N_WOUNDED")


OWN_COUNTS = 4          # counts an own report's sources give otherwise


def own_counts(r: random.Random, ev: dict[str, str], fresh: dict[str, str]) -> dict[str, str]:
    """The event as an outlet's own sources tell it (``ownreport``): the same places, day, actors and
    lead toll, OWN_COUNTS of its other counts redrawn (from ``fresh``, an unrelated event's draw)."""
    keys = sorted(k for k in fresh if k.startswith("N_") and k not in LEAD_COUNTS and k in ev)
    return {**ev, **{k: fresh[k] for k in r.sample(keys, min(OWN_COUNTS, len(keys)))}}


def own_report_lines(r: random.Random, sents: list[Any], ev: dict[str, str], own: dict[str, str]) -> list[str]:
    """An own report's retelling of the source's lead and event lines (context lines left out), in
    order, a fifth dropped, each reworded twice over (its own words, as ``recap_lines``) and told with
    the outlet's own counts."""
    event_lines = [s for s in sents[1:] if getattr(s, "pool", None) is not CONTEXT and r.random() > 0.5]
    return [s.paraphrased(r, ev).paraphrased(r, ev).render(own) for s in [sents[0], *event_lines]]


def agency_lines(r: random.Random, sents: list[Any], ev: dict[str, str]) -> list[Any]:
    """A rewrite "with agencies" (``withagencies``): every line of the source in its order, each
    reworded twice over, none dropped, so that every figure is kept; the outlet's own paragraphs
    are added by the page (``dedup_corpus``)."""
    return [s.paraphrased(r, ev).paraphrased(r, ev) for s in sents]


LOCAL_COUNTS = 2        # counts a local report's own sources give otherwise


def local_report_lines(r: random.Random, sents: list[Any], ev: dict[str, str], own: dict[str, str]) -> list[str]:
    """A local outlet's own report of the incident (``localreport``): the source's lead and most of
    its event lines in order (two in five dropped), each reworded twice over in another phrasing, told with LOCAL_COUNTS of
    its counts as its own sources give them; the page adds as much again of its own reporting."""
    event_lines = [s for s in sents[1:] if getattr(s, "pool", None) is not CONTEXT and r.random() > 0.4]
    return [_reworded(r, s, ev).render(own) for s in [sents[0], *event_lines]]


def _reworded(r: random.Random, sent: Any, ev: dict[str, str]) -> Any:
    """The sentence reworded twice over in another phrasing than the source's, where its family has
    another (two paraphrases may come back to the source's phrasing, near word for word)."""
    new = sent.paraphrased(r, ev).paraphrased(r, ev)
    for _ in range(5):
        if new.variant != sent.variant:
            break
        new = sent.paraphrased(r, ev).paraphrased(r, ev)
    return new
