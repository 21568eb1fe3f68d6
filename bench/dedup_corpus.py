"""The synthetic duplicate corpus (see ``dedup_synthetic``'s docstring for what is planted): seeded
and deterministic; ``generate`` builds it in memory, ``build_corpus`` writes it as .txt pages with
``truth.json``."""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import dedup_hard as hard
from dedup_vocab import (AGENCIES, CONTEXT, EVENT, FORMS, GIVEN, GOV_FORMS, GROUP_FORMS, HEADLINES, ORGS, PLACE_END,
                         ROLES, SOURCES, SYL, SYN, TARGETS, THINGS, WEAPONS, _ATTRIBUTED)

GEN_VERSION = 9
# v8 adds the ``withagencies`` positive (a rewrite retelling every line, with its own paragraphs
# added) and the ``localreport`` story kind (a local outlet's own report of like length, most of the
# source's lines retold, two counts and as much again of its own reporting)
# v7 adds the ``explainer`` story kind (``dedup_hard``): an explainer retelling the source's facts
# among its own reporting, 1.2-1.7 times the source's length
# v9 adds the ``deskbackground`` trap (``dedup_hard``): the source desk's report of a later happening
# that repeats all the source's context lines as one block of its own background
# v6 adds the ``ownreport`` story kind (``dedup_hard``): another outlet's own report of the incident
# v5 adds the ``dayapart`` and ``lateanalysis`` story kinds (``dedup_hard``)
# v4 adds the ``recap`` trap (an analysis retelling the source's opening among its own reporting)
# v3 adds the hard kinds of ``dedup_hard`` (re-translations, heavy rewrites, briefs, live blogs; and
# the same-place and follow-up traps) beside v2's, whose shares shrink to make room
SHARES = {"copy": 0.10, "rewrite": 0.08, "partial": 0.04, "hardneg": 0.12, "retrans": 0.04, "heavy": 0.04,
          "brief": 0.03, "liveblog": 0.03, "sameplace": 0.04, "followup": 0.04,
          "recap": 0.03, "dayapart": 0.02, "lateanalysis": 0.02, "ownreport": 0.03, "explainer": 0.03,
          "withagencies": 0.03, "localreport": 0.03, "deskbackground": 0.03}
KINDS = ("copy", "rewrite", "partial") + hard.POSITIVE       # planted relations to find
NEGATIVES = ("hardneg",) + hard.TRAPS                        # planted look-alikes never to link


def _name(r: random.Random, n: tuple[int, int] = (2, 3)) -> str:
    return "".join(r.choice(SYL) for _ in range(r.randint(*n))).capitalize()


def _person(r: random.Random) -> str:
    return f"{r.choice(GIVEN)} {_name(r)}{r.choice(('', '', 'ov', 'enko', 'ic', 'i', 'ani'))}"


def _place(r: random.Random) -> str:
    return _name(r, (1, 2)) + r.choice(PLACE_END) if r.random() < 0.7 else _name(r)


def _number(key: str, r: random.Random) -> str:
    """Numbers by slot: each kind in a plausible range (thousands written with a comma)."""
    lo, hi = {"N_KILLED": (2, 90), "N_WOUNDED": (3, 250), "N_CHILD": (1, 30), "N_DRONES": (6, 80), "N_HOUSES": (4, 300),
              "N_BLASTS": (2, 9), "N_HOURS": (3, 30), "N_HOURS2": (4, 72), "N_POSTS": (2, 15), "N_DETAINED": (3, 120),
              "N_TOLL": (10, 200), "N_MOURN": (2, 7), "N_TRUCKS": (5, 90), "N_TONNES": (20, 900), "N_CLOSED": (6, 96),
              "N_PAUSE": (3, 30), "N_CIV": (3, 60), "N_ORD_PLAIN": (3, 40), "N_STAFF": (4, 140), "N_WEEKS": (2, 40),
              "N_PCT": (10, 95), "N_TROOPS": (20, 600), "n_pct": (5, 95), "n_small": (2, 40), "n_mid": (30, 950),
              "n_year": (2012, 2021), "n_day": (1, 28)}.get(key, (2, 99))
    if key in ("N_DISP", "n_big"):
        return f"{r.randint(2, 240)},{r.randint(0, 9) * 100:03d}"
    return str(r.randint(lo, hi))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def make_event(r: random.Random, day: dt.date) -> dict[str, str]:
    """One invented event: its actors, places, numbers and dates (the slots every sentence uses)."""
    country = _name(r, (2, 3)) + r.choice(("ia", "a", "stan", "ar"))
    ev = {"COUNTRY": country, "REGION": _name(r) + r.choice(("", " province", " region", " valley")),
          "CAPITAL": _place(r), "ATT": r.choice(GROUP_FORMS).format(N=_name(r)), "LEADER": _person(r),
          "DEF": r.choice(GOV_FORMS).format(C=country), "SPK": _person(r), "SPK_ROLE": r.choice(ROLES),
          "SPK_ORG": r.choice(ORGS), "GOV": _person(r), "ANALYST": _person(r),
          "THINK": f"the {_name(r)} {r.choice(('Institute', 'Centre for Security Studies', 'Conflict Monitor'))}",
          "AGENCY": r.choice(AGENCIES).format(N=_name(r)), "MEDIATOR": _name(r) + r.choice(("ia", "a", "land")),
          "WEAPON": r.choice(WEAPONS), "TARGET": r.choice(TARGETS), "THING": r.choice(THINGS)}
    ev.update({k: _place(r) for k in ("P_PLACE", "P_PLACE2", "P_VILLAGE")})
    for key in re.findall(r"\{(N_\w+)\}", "".join(EVENT + HEADLINES)):
        ev.setdefault(key, _number(key, r))
    ev["N_SHOT"] = str(r.randint(1, int(ev["N_DRONES"])))
    ev["N_ORD"] = _ordinal(int(ev["N_ORD_PLAIN"]))
    since = day - dt.timedelta(days=r.randint(40, 700))
    ev.update(D_WEEKDAY=day.strftime("%A"), D_DATE=f"{day:%B} {day.day}", D_SINCE=f"{since:%B} {since.year}",
              D_TIME=f"{r.randint(1, 11)}:{r.randint(0, 59):02d} {r.choice(('a.m.', 'p.m.'))}",
              D_MONTH2=(day + dt.timedelta(days=r.randint(30, 200))).strftime("%B"), D_ISO=day.isoformat())
    ev["ATT_CAP"], ev["WEAPON_CAP"] = ev["ATT"][0].upper() + ev["ATT"][1:], ev["WEAPON"][0].upper() + ev["WEAPON"][1:]
    return ev


def sibling_event(r: random.Random, ev: dict[str, str], same_places: bool = False,
                  day: dt.date | None = None) -> dict[str, str]:
    """The hard negative's event: same actors, weapon and target; other places (unless
    ``same_places``), numbers and dates."""
    day = day or dt.date.fromisoformat(ev["D_ISO"]) + dt.timedelta(days=r.choice((-1, 1)) * r.randint(3, 90))
    new = make_event(r, day)
    kept = ("N_", "D_") if same_places else ("P_", "N_", "D_")
    new.update({k: v for k, v in ev.items() if not k.startswith(kept)})
    return new


def _local(key: str, r: random.Random) -> str:
    """A per-sentence slot value."""
    base = key.rstrip("0123456789")
    if base.startswith("s_"):
        return r.choice(SYN[base[2:]] if base != "s_killed_p" else ("killed", "shot dead", "hurt"))
    if base.startswith("n_"):
        return _number(base, r)
    if base == "p_town":
        return _place(r)
    if base == "d_month":
        return r.choice(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"))
    return {"thing": lambda: r.choice(THINGS), "org": lambda: r.choice(ORGS), "src": lambda: r.choice(SOURCES),
            "form": lambda: str(r.randrange(len(FORMS)))}[base]()


class Sent:
    """A sentence as its family, phrasing and slots, so that a copy keeps it, a rewrite re-phrases
    it and a hard negative re-renders it with the sibling event's facts."""

    __slots__ = ("pool", "family", "variant", "slots")

    def __init__(self, r: random.Random, pool: list[str], family: int) -> None:
        self.pool, self.family = pool, family
        self.variant = r.randrange(len(pool[family].split("|")))
        keys = set(re.findall(r"\{([a-z]\w*)\}", pool[family] + "".join(SOURCES))) | {"src", "form", "s_said"}
        self.slots = {key: _local(key, r) for key in sorted(keys)}

    def render(self, ev: dict[str, str]) -> str:
        values = {**ev, **self.slots}
        clause = self.pool[self.family].split("|")[self.variant].format_map(values)
        src = self.slots["src"].format_map(values)
        phrasing = self.pool[self.family].split("|")[self.variant]
        form = FORMS[0] if _ATTRIBUTED.search(phrasing) else FORMS[int(self.slots["form"])]
        text = form.format(clause=clause, Clause=clause[0].upper() + clause[1:], src=src, Src=src[0].upper() + src[1:],
                           src_bare=src.rstrip(","), s_said=values["s_said"])
        return re.sub(r"\b([Aa]) (?=[aeiou])", r"\1n ", text.replace(",,", ","))

    def _clone(self) -> "Sent":
        new = object.__new__(Sent)
        new.pool, new.family, new.variant, new.slots = self.pool, self.family, self.variant, dict(self.slots)
        return new

    def resampled(self, r: random.Random, same_places: bool = False) -> "Sent":
        """The same wording about another event: its own places (unless ``same_places``), numbers
        and dates redrawn."""
        new = self._clone()
        for key in new.slots:
            if key.startswith(("n_", "d_") if same_places else ("p_", "n_", "d_")):
                new.slots[key] = _local(key, r)
        return new

    def paraphrased(self, r: random.Random, ev: dict[str, str], depth: int = 0) -> "Sent":
        """Same facts, other words: another phrasing, new synonyms, attribution moved."""
        new = self._clone()
        n_variants = len(self.pool[self.family].split("|"))
        if n_variants > 1 and r.random() < 0.7:
            new.variant = r.choice([v for v in range(n_variants) if v != self.variant])
        for key in [k for k in new.slots if k.startswith("s_")]:
            if r.random() < 0.6:
                new.slots[key] = _local(key, r)
        if r.random() < 0.5:
            new.slots["form"] = _local("form", r)
        # a paraphrase that came out word for word is no paraphrase: try again
        return new if new.render(ev) != self.render(ev) or depth > 5 else self.paraphrased(r, ev, depth + 1)


def _check_templates() -> None:
    """The hard negatives are only fair if every sentence states a place, a number or a date."""
    for t in EVENT + CONTEXT:
        for v in t.split("|"):
            assert re.search(r"\{(?:[PND]_|[pnd]_)\w*\}", v), v


# ----------------------------------------------------------------------------- pages
def outlets(r: random.Random, n: int) -> list[dict[str, Any]]:
    """Invented outlets, each with the chrome lines that recur on its pages."""
    out = []
    for _ in range(n):
        name = f"The {_name(r)} {r.choice(('Times', 'Post', 'Herald', 'Observer', 'Daily', 'Tribune', 'Monitor'))}"
        domain = "www." + re.sub(r"\W", "", name.lower().removeprefix("the ")) + r.choice((".com", ".net", ".org"))
        head = [f"{name.upper()} |", " | ".join(r.sample(("Home", "World", "Africa", "Asia", "Middle East", "Europe",
                                                          "Politics", "Opinion", "Video"), 5)), "Subscribe"]
        tail = [f"© {name}. All rights reserved.", f"SOURCE: {domain}",
                r.choice(("Share this article", "Related coverage", "Most read", "Sign up for our newsletter"))]
        out.append({"name": name, "head": head, "tail": tail})
    return out


WIRES = ("Reuters", "AP", "AFP")


def page(r: random.Random, outlet: dict, headline: str, ev: dict[str, str], paras: list[list[Sent]],
         published: dt.date, wire: str, byline: str | None) -> str:
    """A scraped page: outlet chrome, headline, byline, date, dateline lead, paragraphs, chrome."""
    body = body_text(ev, paras, wire)
    stamp = r.choice((f"Published {published:%B} {published.day}, {published.year}",
                      f"{published.day} {published:%B} {published.year} | {r.randint(6, 22)}:{r.randint(0, 59):02d} GMT"))
    head = [*outlet["head"], "", headline, ""] + ([byline, ""] if byline else []) + [stamp, ""]
    return "\n".join(head + [body, "", *outlet["tail"]]) + "\n"


def body_text(ev: dict[str, str], paras: list[list[Sent]], wire: str) -> str:
    """The article's paragraphs, the first after a dateline."""
    body = [" ".join(s.render(ev) for s in p) for p in paras]
    body[0] = f"{ev['P_PLACE'].upper()}, {ev['COUNTRY']}{f' ({wire})' if wire else ''} - {body[0]}"
    return "\n\n".join(body)


def fresh_body(r: random.Random, ev: dict[str, str], budget: int = 4300) -> list[list[Sent]]:
    """Paragraphs of 1-3 sentences, event facts first and context mixed in, ~``budget`` characters."""
    events = r.sample(range(len(EVENT)), len(EVENT))
    sents: list[Sent] = [Sent(r, EVENT, events.pop(0))]    # the lead: what happened
    size = len(sents[0].render(ev))
    while size < budget:
        pool = CONTEXT if (r.random() < 0.35 or not events) else EVENT
        sents.append(Sent(r, pool, r.randrange(len(CONTEXT)) if pool is CONTEXT else events.pop(0)))
        size += len(sents[-1].render(ev)) + 1
    return _paragraphs(r, sents)


def _paragraphs(r: random.Random, sents: list[Sent]) -> list[list[Sent]]:
    out, i = [[sents[0]]], 1
    while i < len(sents):
        k = r.randint(1, 3)
        out.append(sents[i:i + k])
        i += k
    return out


def rewritten(r: random.Random, paras: list[list[Sent]], ev: dict[str, str]) -> list[list[Sent]]:
    """Same facts: some sentences dropped, a few added, neighbours swapped, 30-60% paraphrased."""
    sents = [s for p in paras for s in p]
    lead, rest = sents[0], [s for s in sents[1:] if r.random() > 0.15]
    for _ in range(r.randint(1, 3)):
        rest.insert(r.randrange(len(rest) + 1), Sent(r, CONTEXT, r.randrange(len(CONTEXT))))
    for _ in range(len(rest) // 6):
        i = r.randrange(len(rest) - 1)
        rest[i], rest[i + 1] = rest[i + 1], rest[i]
    share = r.uniform(0.3, 0.6)
    out = [s.paraphrased(r, ev) if r.random() < share else s for s in [lead, *rest]]
    return _paragraphs(r, out)


def _edited(r: random.Random, text: str) -> str:
    """A syndicating desk's small edits: spelling, tense of the attribution, an editor's line."""
    for a, b in r.sample([("defence", "defense"), (" said ", " says "), ("percent", "per cent"),
                          ("centre", "center"), ("criticised", "criticized")], 2):
        text = text.replace(a, b, 1)
    return text


def generate(n: int, seed: int, bodies: bool = False) -> tuple[dict[str, str], dict[str, Any]]:
    """n pages by file name (in shuffled order: planted copies may come before their sources),
    and the truth. ``bodies``: each page's cleaned text instead (headline and paragraphs, no
    chrome), for benches that skip cleaning."""
    _check_templates()
    r = random.Random(seed)
    shops = outlets(r, max(8, min(400, n // 40)))
    counts = {k: round(n * v) for k, v in SHARES.items()}
    n_base = n - sum(counts.values())
    start = dt.date(2022, 1, 1)
    arts: list[dict[str, Any]] = []     # each: kind, source, event, paras, published, outlet, text

    def add(kind: str, source: int | None, ev: dict, paras: list, published: dt.date, head: str, wire: str,
            outlet: dict, byline: str | None, edit: bool = False) -> None:
        text = page(r, outlet, head, ev, paras, published, wire, byline)
        if bodies:      # what cleaning leaves of the page (the same random draws either way)
            text = body_text(ev, paras, wire)
        if edit:
            text = _edited(r, text)
        arts.append({"kind": kind, "source": source, "ev": ev, "paras": paras, "published": published,
                     "head": head, "wire": wire, "outlet": outlet, "text": text})

    def headline(ev: dict[str, str]) -> str:
        return r.choice(HEADLINES).format_map({**ev, "s_attack": r.choice(SYN["attack"])})

    for _ in range(n_base):
        day = start + dt.timedelta(days=r.randint(0, 1300))
        ev = make_event(r, day)
        paras = fresh_body(r, ev)
        by = r.choice((None, f"By {_person(r)}", f"By {_person(r)} and {_person(r)}"))
        add("base", None, ev, paras, day + dt.timedelta(days=r.randint(0, 1)), headline(ev),
            r.choice(WIRES) if r.random() < 0.4 else "", r.choice(shops), by)
    # sources of the planted relations: a third of the unrelated articles, some picked several times
    popular = list(range(0, n_base, 3))
    plan = [k for k, c in counts.items() for _ in range(c)]
    r.shuffle(plan)
    for kind in plan:
        s = r.choice(popular)
        src = arts[s]
        ev, paras, pub = src["ev"], src["paras"], src["published"]
        shop, later = r.choice(shops), pub + dt.timedelta(days=r.randint(0, 1))
        if kind == "copy":
            keep = paras[:len(paras) - r.choice((0, 0, 1, 2))]
            head = headline(ev) if r.random() < 0.5 else src["head"]
            wire = src["wire"] or r.choice(WIRES)
            add(kind, s, ev, keep, later, head, wire, shop, r.choice((None, f"{wire} staff")), r.random() < 0.6)
        elif kind == "rewrite":
            add(kind, s, ev, rewritten(r, paras, ev), later, headline(ev), r.choice(("",) + WIRES), shop, f"By {_person(r)}")
        elif kind == "partial":
            day = pub + dt.timedelta(days=r.randint(1, 30))
            own_ev, k = make_event(r, day), r.randint(3, 6)
            at = r.randrange(1, max(2, len(paras) - k))
            taken = [[_Fixed(x.render(ev)) for x in p] for p in paras[at:at + k]]
            size = sum(len(x.text) + 1 for p in taken for x in p)
            # at most ~45% of the new article is the embedded passage: more would make it a copy
            own = fresh_body(r, own_ev, budget=max(1800, int(1.25 * size)))
            body = own[:len(own) // 2] + taken + own[len(own) // 2:]
            add(kind, s, own_ev, body, day, headline(own_ev), r.choice(("",) + WIRES), shop, f"By {_person(r)}")
        elif kind in hard.POSITIVE:
            sents = [x for p in paras for x in p]
            wire = r.choice(("",) + WIRES)
            if kind == "retrans":
                texts, spelled = hard.retranslated(r, sents, ev)
                add(kind, s, spelled, [[_Fixed(t) for t in p] for p in texts], later, headline(spelled), wire, shop,
                    r.choice((None, f"By {_person(r)}")))
            elif kind == "heavy":
                new = hard.heavy(r, sents, ev, lambda: Sent(r, CONTEXT, r.randrange(len(CONTEXT))))
                add(kind, s, ev, _paragraphs(r, new), later, headline(ev), wire, shop, f"By {_person(r)}")
            elif kind == "withagencies":
                # its own paragraphs (reactions, background with its own figures) add half again
                own_ev = make_event(r, later)
                told = [_Fixed(x.render(ev)) for x in hard.agency_lines(r, sents, ev)]
                size = sum(len(x.text) + 1 for x in told)
                own = [[_Fixed(x.render(own_ev)) for x in p] for p in fresh_body(r, own_ev, budget=int(size * r.uniform(0.3, 0.5)))][1:]
                body = _paragraphs(r, told)
                for p in own:
                    body.insert(r.randrange(1, len(body) + 1), p)
                add(kind, s, ev, body, later, headline(ev), "", shop, f"By {_person(r)}")
            elif kind == "brief":
                add(kind, s, ev, _paragraphs(r, hard.brief(r, sents, ev)), later, headline(ev), wire, shop, None)
            else:
                reprint = body_text(ev, paras[:2], src["wire"] or r.choice(WIRES)).split("\n\n")
                others = []
                for _ in range(r.randint(3, 5)):
                    oev = make_event(r, later)
                    others.append(" ".join(x.render(oev) for p in fresh_body(r, oev, budget=300)[:2] for x in p))
                own_ev = make_event(r, later)
                entries = hard.liveblog_entries(r, reprint, others, src["wire"])
                add(kind, s, own_ev, [[_Fixed(t)] for e in entries for t in e], later,
                    f"LIVE: {own_ev['COUNTRY']} latest", "", shop, None)
        elif kind == "sameplace":
            sib = sibling_event(r, ev, same_places=True)
            head = src["head"]
            for key in ("N_KILLED", "N_WOUNDED"):
                head = head.replace(ev[key], sib[key])
            add(kind, s, sib, [[x.resampled(r, same_places=True) for x in p] for p in paras],
                dt.date.fromisoformat(sib["D_ISO"]), head, src["wire"], shop, f"By {_person(r)}")
        elif kind in ("recap", "dayapart", "lateanalysis"):
            sents = [x for p in paras for x in p]
            told = hard.shifted(ev, 1) if kind == "dayapart" else hard.dated(ev) if kind == "lateanalysis" else ev
            opening = _paragraphs(r, hard.recap_lines(r, sents, told))
            size = sum(len(x.render(ev)) + 1 for p in paras for x in p)
            # its own reporting: other sources, other places and figures (no line of the source's),
            # rendered with its own facts (the page renders the rest with the source's event)
            own_ev = make_event(r, pub)
            wider = [[_Fixed(x.render(own_ev)) for x in p] for p in fresh_body(r, own_ev, budget=2 * size)]
            if kind == "dayapart":
                day = dt.date.fromisoformat(ev["D_ISO"]) + dt.timedelta(days=1 + r.randint(0, 1))
            else:
                day = pub + dt.timedelta(days=r.randint(10, 25) if kind == "lateanalysis" else r.randint(1, 7))
            add(kind, s, told, opening + wider[1:], day, headline(ev), "", shop, f"By {_person(r)}")
        elif kind == "explainer":
            sents = [x for p in paras for x in p]
            retold = hard.explainer_lines(r, sents, ev)
            size = sum(len(x.render(ev)) + 1 for p in paras for x in p)
            # its own reporting (other sources, places and figures), the retold lines spread through
            # it in the source's order, the lead first
            own_ev = make_event(r, pub)
            own = [[_Fixed(x.render(own_ev)) for x in p]
                   for p in fresh_body(r, own_ev, budget=int(size * r.uniform(1.0, 1.6)))][1:]
            body: list[list[Any]] = [[retold[0]]]
            spots = sorted(r.sample(range(len(own) + 1), min(len(own) + 1, len(retold) - 1)))
            rest, at = iter(retold[1:]), 0
            for i, p in enumerate(own):
                while at < len(spots) and spots[at] == i:
                    body.append([next(rest)])
                    at += 1
                body.append(p)
            body += [[x] for x in rest]
            add(kind, s, ev, body, pub + dt.timedelta(days=r.randint(1, 5)), headline(ev), "", shop,
                f"By {_person(r)}")
        elif kind == "ownreport":
            sents = [x for p in paras for x in p]
            own = hard.own_counts(r, ev, make_event(r, pub))
            told = [_Fixed(t) for t in hard.own_report_lines(r, sents, ev, own)]
            # and its own background: context lines with their own figures
            told += [_Fixed(Sent(r, CONTEXT, r.randrange(len(CONTEXT))).render(own)) for _ in range(r.randint(2, 4))]
            add(kind, s, ev, _paragraphs(r, told), later, headline(ev), "", shop, f"By {_person(r)}")
        elif kind == "localreport":
            sents = [x for p in paras for x in p]
            mine = hard.own_counts(r, ev, make_event(r, pub))
            keys = [k for k in mine if mine[k] != ev[k]]
            own = {**ev, **{k: mine[k] for k in keys[:hard.LOCAL_COUNTS]}}
            told = [_Fixed(t) for t in hard.local_report_lines(r, sents, ev, own)]
            size = sum(len(x.text) + 1 for x in told)
            # as much again of its own reporting: its officials, witnesses and places, spread through it
            own_ev = make_event(r, pub)
            extra = [[_Fixed(x.render(own_ev)) for x in p] for p in fresh_body(r, own_ev, budget=int(size * r.uniform(0.8, 1.1)))][1:]
            body = _paragraphs(r, told)
            for p in extra:
                body.insert(r.randrange(1, len(body) + 1), p)
            add(kind, s, ev, body, later, headline(ev), "", shop, f"By {_person(r)}")
        elif kind == "followup":
            day = dt.date.fromisoformat(ev["D_ISO"]) + dt.timedelta(days=1)
            fev = sibling_event(r, ev, same_places=True, day=day)
            own = fresh_body(r, fev)
            background = [_Fixed(x.render(ev)) for x in hard.context_lines([x for p in paras for x in p])[:3]]
            body = own[:len(own) // 2] + ([background] if background else []) + own[len(own) // 2:]
            add(kind, s, fev, body, day, headline(fev), r.choice(("",) + WIRES), shop, f"By {_person(r)}")
        elif kind == "deskbackground":
            # the source desk's report of a later happening (3-10 days on, half the time in the same
            # places) under its own chrome and wire credit, with up to six context lines of the source
            # as two background paragraphs of up to three, apart, after its own opening paragraphs:
            # no figure of them swapped
            day = dt.date.fromisoformat(ev["D_ISO"]) + dt.timedelta(days=r.randint(3, 10))
            fev = sibling_event(r, ev, same_places=r.random() < 0.5, day=day)
            own = fresh_body(r, fev)
            background = [_Fixed(x.render(ev)) for x in hard.context_lines([x for p in paras for x in p])[:6]]
            at = min(len(own), 2 + len(own) // 3)
            body = own[:at] + ([background[:3]] if background else []) + own[at:]
            if background[3:]:
                body.insert(len(body) - 1, background[3:])
            add(kind, s, fev, body, day, headline(fev), src["wire"] or r.choice(WIRES), src["outlet"],
                f"By {_person(r)}")
        else:
            sib = sibling_event(r, ev)
            head = src["head"]
            for key in ("P_PLACE", "N_KILLED", "N_WOUNDED"):
                head = head.replace(ev[key], sib[key])
            add(kind, s, sib, [[x.resampled(r) for x in p] for p in paras], dt.date.fromisoformat(sib["D_ISO"]),
                head, src["wire"], shop, f"By {_person(r)}")
    order = list(range(len(arts)))
    r.shuffle(order)            # planted copies may be ingested before their sources
    name = {i: f"{pos:06d}.txt" for pos, i in enumerate(order)}
    truth = {"generator": GEN_VERSION, "seed": seed, "articles": len(arts),
             "shares": {k: c / n for k, c in Counter(a["kind"] for a in arts).items()},
             "docs": {name[i]: {"kind": a["kind"], "source": None if a["source"] is None else name[a["source"]],
                                "published": a["published"].isoformat()} for i, a in enumerate(arts)}}
    return {name[i]: a["text"] for i, a in enumerate(arts)}, truth


def build_corpus(folder: Path, n: int, seed: int) -> dict[str, Any]:
    """Write n pages and truth.json into ``folder`` (unless it is complete); returns the truth."""
    truth_path = folder / "truth.json"
    if truth_path.exists():
        return json.loads(truth_path.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "corpus").mkdir(parents=True)
    pages, truth = generate(n, seed)
    for name, text in pages.items():
        (folder / "corpus" / name).write_text(text, encoding="utf-8")
    truth_path.write_text(json.dumps(truth))
    return truth


class _Fixed:
    """An already rendered sentence (a partial copy's embedded passage keeps its source's facts)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, ev: dict[str, str]) -> str:
        return self.text
