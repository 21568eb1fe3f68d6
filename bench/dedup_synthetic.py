"""Duplicate detection at scale on a synthetic corpus with planted relations: time, memory,
precision and recall (issue 3).

A seeded generator writes N invented news pages (~5 KB .txt, scraped-page style) about many distinct
invented events, and plants, with their ground truth (``truth.json``):

- copies (~10%): wire syndication; the same body under another outlet's chrome, headline and byline,
  sometimes trimmed by a paragraph or with a few words edited
- rewrites (~10%): the same facts (names, numbers, places), sentences reordered locally, 30-60% of
  them paraphrased (another wording, synonyms, attribution moved), some dropped, some added
- partials (~5%): a new article about another event that embeds 3-6 consecutive paragraphs of an
  older one as background
- hard negatives (~15%): another event told from the same template: same actors and spokespeople,
  same sentence wording, different places, numbers and dates; must NOT be flagged. Every sentence
  template holds a place, a number or a date, so no sentence of a hard negative is a true copy.
- the rest (~60%): unrelated articles (each a distinct event), some of them sources of the above

Then, per size, a fresh database is filled by the ``sitrep ingest`` CLI in a subprocess under
``/usr/bin/time -v`` (whole process: wall time, CPU, peak RSS; the CLI runs the per-document
pipeline, the duplicate search and, when installed, the analysis stage; the stage times are taken
inside that process by wrapping ``sitrep.batch.ingest``, ``sitrep.dedup.linking.link`` and
``sitrep.picture.update_picture`` when they exist). A second subprocess times duplicate search alone
(``sitrep.dedup.find_duplicates`` on the stored cleaned texts, in memory), if its signature is the
expected one. The pairs stored by ingest (``Store.duplicates()``) are scored:

- recall per planted kind: planted (child, source) pairs found, under any kind / under the right kind
- precision: found pairs that are planted or implied by the planted groups (two copies of one
  source, a rewrite and a copy of one source ...; implied pairs count neither for nor against recall)
- hard-negative FP rate: hard-negative pairs (a hard negative vs its template source's group, and
  two hard negatives of one source) that were flagged; "unrelated FP": flagged pairs of unrelated
  articles
- original: of the found planted pairs with an ``original``, the share naming the planted source

Run (from the repo root):
    /work/venv/bin/python bench/dedup_synthetic.py --articles 1000 10000 --jobs 1 --runs 1 --json /tmp/dedup.json
    /work/venv/bin/python bench/dedup_synthetic.py --articles 100000 --keep /tmp/dedup-keep --no-dedup-only

Corpora are cached under /tmp/sitrep-dedup-synth/ by size, seed and generator version.
"""
from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

GEN_VERSION = 2
CACHE = Path(tempfile.gettempdir()) / "sitrep-dedup-synth"
SITREP = str(Path(sys.executable).with_name("sitrep"))
GNU_TIME = "/usr/bin/time"
SHARES = {"copy": 0.10, "rewrite": 0.10, "partial": 0.05, "hardneg": 0.15}
KINDS = ("copy", "rewrite", "partial")

# ----------------------------------------------------------------------------- vocabulary
# Everything is invented: names and places are built from syllables, so that 100k events never run
# out of distinct actors; the sentence wording comes from families of equivalent phrasings.
SYL = ("kar sto vel ma ra dun rek ash pol mi ro dan tes ka la or vin bal sen ku lir nau zhel tre bin dol se nik "
       "ha zan tor em bu qar fel id os ur gha mer sul tam ve bre lo").split()
GIVEN = ("Jane John Amira Yusuf Olena Dmitri Sara Tomas Leila Karim Maria Pavel Nadia Omar Ines Viktor Lidia "
         "Aleksa Hassan Fatima Ibrahim Mariam Ahmed Zainab Tariq Noor Elena Goran Ana Marko Aung Thida Kyaw Mya "
         "Samuel Grace Musa Aisha Kofi Abena Ruslan Tamar Giorgi Nino Arman Lusine Salim Huda").split()
PLACE_END = ("", "", "", "abad", "ovo", "grad", "pur", "iye", "ka", "an", "ville", "sk")
GROUP_FORMS = ("the {N} Liberation Front", "the {N} Brigades", "the Army of {N}", "the {N} Defence Forces",
               "the {N} Resistance Movement", "the {N} People's Militia", "the {N} Revolutionary Council")
GOV_FORMS = ("government forces", "the {C} army", "the {C} military", "security forces", "the national guard")
ORGS = ("the defence ministry", "the interior ministry", "the health ministry", "the general staff",
        "the emergency service", "the governor's office", "the police", "the border guard")
AGENCIES = ("the UN refugee agency", "the Red Crescent", "the World Food Programme", "UNICEF", "the Red Cross",
            "the {N} Relief Council", "Doctors Without Borders")
THINGS = ("ceasefire truce corridor evacuation convoy checkpoint curfew blackout offensive withdrawal prisoner-swap "
          "sanctions reconstruction pipeline reservoir airspace blockade mediation inquiry amnesty harvest "
          "demining election census referendum").split()
WEAPONS = ("a drone", "a guided bomb", "artillery fire", "a ballistic missile", "rocket fire", "a cruise missile",
           "a car bomb", "mortar fire")
TARGETS = ("power station", "grain depot", "railway bridge", "school", "hospital", "fuel depot", "dam", "airfield",
           "market", "port", "water plant", "mosque", "church", "bus station", "police station", "army base")
ROLES = ("spokesperson", "spokesman", "spokeswoman")
SYN = {k: tuple(v.split("|")) for k, v in {
    "killed": "were killed|died|lost their lives|were confirmed dead", "wounded": "wounded|injured|hurt",
    "attack": "attack|strike|assault|raid", "fighters": "fighters|militants|gunmen|combatants",
    "said": "said|told reporters|said in a statement|confirmed|stated", "residents": "residents|locals|inhabitants",
    "fled": "fled|left|escaped", "damaged": "destroyed|damaged|badly damaged|razed", "fired": "launched|fired|sent",
    "downed": "shot down|intercepted|downed|destroyed", "began": "began|started|erupted", "near": "near|close to|"
    "outside|on the outskirts of", "about": "about|around|nearly|some", "officials": "officials|authorities",
    "condemned": "condemned|denounced|criticised|deplored", "talks": "talks|negotiations|discussions",
    "aid": "aid|relief supplies|humanitarian assistance|food and medicine", "heavy": "heavy|intense|fierce|fresh",
    "fighting": "fighting|clashes|combat|hostilities", "warned": "warned|cautioned", "demanded": "demanded|"
    "called for|urged", "hospital": "hospital|clinic|medical centre", "troops": "troops|soldiers|units",
    "claimed": "claimed|took responsibility for|said it carried out", "denied": "denied|rejected|dismissed",
    "seized": "seized|captured|taken|overrun", "closed": "closed|shut|sealed off",
    "blamed": "blamed|faulted", "tonnes": "tonnes|metric tons", "week": "week|seven days",
}.items()}

# Event-level slots: UPPER names, fixed per event. P_, N_ and D_ ones (places, numbers, dates) are
# what a hard negative changes; the others (actors, people, weapon, target) it keeps. Per-sentence
# slots: lower names, drawn when a sentence is first built (s_ ones are wording: a rewrite redraws them).
EVENT = [
    "{WEAPON} hit a {TARGET} in {P_PLACE} on {D_WEEKDAY}, killing {N_KILLED} people and wounding {N_WOUNDED}|"
    "{N_KILLED} people {s_killed} and {N_WOUNDED} were {s_wounded} when {WEAPON} hit a {TARGET} in {P_PLACE} on {D_WEEKDAY}|"
    "on {D_WEEKDAY}, {N_KILLED} people {s_killed} in {P_PLACE} after {WEAPON} struck a {TARGET}, with {N_WOUNDED} more {s_wounded}",
    "{ATT} {s_claimed} the {s_attack} on {P_PLACE}, saying it had targeted {N_TROOPS} {s_troops} there|"
    "in a statement, {ATT} said its {s_fighters} had targeted {N_TROOPS} {s_troops} in {P_PLACE}, and {s_claimed} the {s_attack}",
    "{N_CHILD} of the dead were children, according to staff at the {s_hospital} in {P_PLACE2}|"
    "staff at the {s_hospital} in {P_PLACE2} said {N_CHILD} children were among the dead",
    "{N_DRONES} drones were {s_fired} at {P_PLACE} overnight, and {N_SHOT} of them were {s_downed}|"
    "air defences {s_downed} {N_SHOT} of the {N_DRONES} drones {s_fired} at {P_PLACE} overnight",
    "at least {N_HOUSES} houses in {P_VILLAGE} were {s_damaged} and the water supply was cut|"
    "the {s_attack} {s_damaged} at least {N_HOUSES} homes in {P_VILLAGE} and cut the water supply",
    "{s_residents} said the first explosion was heard at about {D_TIME}, followed by {N_BLASTS} more blasts|"
    "the first blast came at around {D_TIME}, {s_residents} said, and was followed by {N_BLASTS} more",
    "{s_fighting} between {DEF} and {ATT} {s_began} {s_near} {P_PLACE2} on {D_DATE} and lasted {N_HOURS} hours|"
    "for {N_HOURS} hours from {D_DATE}, {DEF} and {ATT} exchanged fire {s_near} {P_PLACE2}",
    "{DEF} said they had {s_seized} {N_POSTS} positions {s_near} {P_VILLAGE} and detained {N_DETAINED} {s_fighters}|"
    "{N_DETAINED} {s_fighters} were detained and {N_POSTS} positions {s_near} {P_VILLAGE} were {s_seized} by {DEF}",
    "{SPK}, a {SPK_ROLE} for {SPK_ORG}, said the toll in {P_PLACE} could rise above {N_TOLL}|"
    "the toll in {P_PLACE} could rise above {N_TOLL}, {SPK_ORG} {SPK_ROLE} {SPK} warned",
    "{GOV}, the governor of {REGION}, declared {N_MOURN} days of mourning in {P_PLACE}|"
    "{N_MOURN} days of mourning were declared in {P_PLACE} by {REGION} governor {GOV}",
    "about {N_DISP} people have {s_fled} {P_PLACE} and nearby villages since {D_DATE}, {AGENCY} said|"
    "{AGENCY} said some {N_DISP} people had {s_fled} {P_PLACE} and the villages around it since {D_DATE}",
    "{AGENCY} sent {N_TRUCKS} trucks carrying {N_TONNES} {s_tonnes} of {s_aid} toward {P_PLACE} on {D_WEEKDAY}|"
    "on {D_WEEKDAY}, {N_TRUCKS} trucks with {N_TONNES} {s_tonnes} of {s_aid} from {AGENCY} set off for {P_PLACE}",
    "the road from {P_PLACE} to {CAPITAL} was {s_closed} for {N_CLOSED} hours after the {s_attack}|"
    "after the {s_attack}, the road linking {P_PLACE} and {CAPITAL} stayed {s_closed} for {N_CLOSED} hours",
    "{LEADER}, who leads {ATT}, {s_warned} of more {s_attack}s on {REGION} before {D_MONTH2}|"
    "more {s_attack}s on {REGION} would follow before {D_MONTH2}, {ATT} leader {LEADER} {s_warned}",
    "{MEDIATOR} {s_condemned} the {s_attack} on {P_PLACE} and {s_demanded} a pause of {N_PAUSE} days|"
    "a pause of {N_PAUSE} days was {s_demanded} by {MEDIATOR}, which {s_condemned} the {s_attack} on {P_PLACE}",
    "{ATT} {s_denied} that {N_CIV} civilians had been {s_killed_p} in {P_VILLAGE}, calling the reports false|"
    "reports that {N_CIV} civilians had been {s_killed_p} in {P_VILLAGE} were {s_denied} by {ATT} as false",
    "it was the {N_ORD} {s_attack} on {P_PLACE} since {D_SINCE}, according to a tally by {THINK}|"
    "{THINK} counts {N_ORD_PLAIN} {s_attack}s on {P_PLACE} since {D_SINCE}, this one included",
    "{ANALYST} of {THINK} said control of {P_PLACE} would decide who holds the {TARGET}s of {REGION} by {D_MONTH2}|"
    "whoever holds {P_PLACE} by {D_MONTH2} will control the {TARGET}s of {REGION}, said {ANALYST} of {THINK}",
    "{DEF} {s_blamed} {ATT} for shelling the {TARGET} in {P_PLACE2}, where {N_STAFF} workers were trapped|"
    "{N_STAFF} workers were trapped at the {TARGET} in {P_PLACE2} after shelling that {DEF} blamed on {ATT}",
    "the {THING} agreed for {REGION} in {D_SINCE} had held for {N_WEEKS} weeks before the {s_attack} on {P_PLACE}|"
    "before the {s_attack} on {P_PLACE}, the {THING} agreed for {REGION} in {D_SINCE} had lasted {N_WEEKS} weeks",
    "electricity in {P_PLACE} was cut for {N_HOURS2} hours and {N_PCT} percent of homes were still dark on {D_WEEKDAY}|"
    "{N_PCT} percent of homes in {P_PLACE} were still without power on {D_WEEKDAY}, after a cut of {N_HOURS2} hours",
]
CONTEXT = [
    "the {s_fighting} in {REGION} has displaced {s_about} {n_big} people since {d_month} {n_year}|"
    "since {d_month} {n_year}, {s_about} {n_big} people have been displaced by the {s_fighting} in {REGION}",
    "{n_pct} percent of {s_residents} in {p_town} have no access to clean water|"
    "in {p_town}, {n_pct} percent of {s_residents} lack clean water",
    "a {thing} brokered by {MEDIATOR} in {d_month} {n_year} collapsed after {n_small} weeks|"
    "the {thing} that {MEDIATOR} brokered in {d_month} {n_year} lasted only {n_small} weeks",
    "the road between {p_town} and {p_town2} has been {s_closed} for {n_small} days|"
    "for {n_small} days the road linking {p_town} and {p_town2} has stayed {s_closed}",
    "{org} said {n_mid} {s_troops} had been sent to {p_town} in {d_month}|"
    "in {d_month}, {n_mid} {s_troops} were sent to {p_town}, {org} said",
    "schools in {p_town} reopened on {d_month} {n_day} after being {s_closed} for {n_small} months|"
    "after {n_small} months, schools in {p_town} reopened on {d_month} {n_day}",
    "prices of bread and fuel in {p_town} have risen by {n_pct} percent since {d_month}|"
    "since {d_month}, bread and fuel in {p_town} cost {n_pct} percent more",
    "{AGENCY} has registered {n_big} refugees from {REGION} in camps around {p_town}|"
    "camps around {p_town} hold {n_big} refugees from {REGION}, according to {AGENCY}",
    "{n_mid} {s_fighters} surrendered to {DEF} in {p_town} during {d_month}|"
    "during {d_month}, {n_mid} {s_fighters} gave themselves up to {DEF} in {p_town}",
    "a {thing} for {p_town} is due to be discussed in {CAPITAL} on {d_month} {n_day}|"
    "on {d_month} {n_day}, {CAPITAL} is to discuss a {thing} for {p_town}",
    "the {TARGET} in {p_town} was hit {n_small} times last year, {s_officials} {s_said}|"
    "{s_officials} {s_said} the {TARGET} in {p_town} had been hit {n_small} times last year",
    "{s_talks} on the {thing} in {p_town} are expected to resume within {n_small} days|"
    "within {n_small} days, {s_talks} on the {thing} in {p_town} should resume",
    "{n_mid} prisoners were exchanged at {p_town} in {d_month} {n_year}|"
    "in {d_month} {n_year}, {n_mid} prisoners changed hands at {p_town}",
    "the {s_hospital} in {p_town} treats {s_about} {n_mid} patients a day with {n_small} doctors|"
    "with {n_small} doctors, the {s_hospital} in {p_town} sees {s_about} {n_mid} patients a day",
]
HEADLINES = ["{WEAPON_CAP} kills {N_KILLED} in {P_PLACE} as {ATT_CAP} claims attack",
             "{N_KILLED} dead, {N_WOUNDED} hurt in {P_PLACE} {s_attack} on {TARGET}",
             "{REGION}: {s_attack} on {P_PLACE} {TARGET} leaves {N_KILLED} dead",
             "{ATT_CAP} strikes {P_PLACE}, {N_KILLED} killed, officials say"]
# attribution: where a sentence names who says it; moving it is a rewrite, never a new fact
SOURCES = ("{SPK_ORG}", "{SPK}, the {SPK_ROLE} for {SPK_ORG},", "{s_officials} in {REGION}", "{GOV}")
FORMS = ("{Clause}.", "{Clause}.", "{Clause}.", "{Clause}, {src} {s_said}.", "{Src} {s_said} that {clause}.",
         "According to {src_bare}, {clause}.")
_ATTRIBUTED = re.compile(r"\b(?:said|says|according to|warned|s_said|s_warned|s_officials)\b")


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


def sibling_event(r: random.Random, ev: dict[str, str]) -> dict[str, str]:
    """The hard negative's event: same actors, weapon and target; other places, numbers and dates."""
    day = dt.date.fromisoformat(ev["D_ISO"]) + dt.timedelta(days=r.choice((-1, 1)) * r.randint(3, 90))
    new = make_event(r, day)
    new.update({k: v for k, v in ev.items() if not k.startswith(("P_", "N_", "D_"))})
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

    def resampled(self, r: random.Random) -> "Sent":
        """The same wording about another event: its own places, numbers and dates redrawn."""
        new = self._clone()
        for key in new.slots:
            if key.startswith(("p_", "n_", "d_")):
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
    body = [" ".join(s.render(ev) for s in p) for p in paras]
    body[0] = f"{ev['P_PLACE'].upper()}, {ev['COUNTRY']}{f' ({wire})' if wire else ''} - {body[0]}"
    stamp = r.choice((f"Published {published:%B} {published.day}, {published.year}",
                      f"{published.day} {published:%B} {published.year} | {r.randint(6, 22)}:{r.randint(0, 59):02d} GMT"))
    head = [*outlet["head"], "", headline, ""] + ([byline, ""] if byline else []) + [stamp, ""]
    return "\n".join(head + ["\n\n".join(body), "", *outlet["tail"]]) + "\n"


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


def build_corpus(folder: Path, n: int, seed: int) -> dict[str, Any]:
    """Write n pages and truth.json into ``folder`` (unless it is complete); returns the truth."""
    truth_path = folder / "truth.json"
    if truth_path.exists():
        return json.loads(truth_path.read_text())
    _check_templates()
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "corpus").mkdir(parents=True)
    r = random.Random(seed)
    shops = outlets(r, max(8, min(400, n // 40)))
    counts = {k: round(n * v) for k, v in SHARES.items()}
    n_base = n - sum(counts.values())
    start = dt.date(2022, 1, 1)
    arts: list[dict[str, Any]] = []     # each: kind, source, event, paras, published, outlet, text

    def add(kind: str, source: int | None, ev: dict, paras: list, published: dt.date, head: str, wire: str,
            outlet: dict, byline: str | None, edit: bool = False) -> None:
        text = page(r, outlet, head, ev, paras, published, wire, byline)
        arts.append({"kind": kind, "source": source, "ev": ev, "paras": paras, "published": published,
                     "head": head, "wire": wire, "text": _edited(r, text) if edit else text})

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
    for i, a in enumerate(arts):
        (folder / "corpus" / name[i]).write_text(a["text"], encoding="utf-8")
    truth = {"generator": GEN_VERSION, "seed": seed, "articles": len(arts),
             "shares": {k: c / n for k, c in Counter(a["kind"] for a in arts).items()},
             "docs": {name[i]: {"kind": a["kind"], "source": None if a["source"] is None else name[a["source"]],
                                "published": a["published"].isoformat()} for i, a in enumerate(arts)}}
    truth_path.write_text(json.dumps(truth))
    return truth


class _Fixed:
    """An already rendered sentence (a partial copy's embedded passage keeps its source's facts)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, ev: dict[str, str]) -> str:
        return self.text


# ----------------------------------------------------------------------------- measuring
# Runs the real CLI (``sitrep ingest``) in this wrapper, with timers around the stages it calls, so
# that one process gives both the whole-process figures and where the time went. A stage that is
# not installed is reported as such (the analysis stage is being added while this bench is written).
_CLI_WRAPPER = r"""
import atexit, importlib, json, sys, time
t0, out, stages = time.perf_counter(), sys.argv[1], {}
def wrap(module, attr, label):
    try:
        mod = importlib.import_module(module)
        fn = getattr(mod, attr)
    except Exception as err:
        stages[label] = f"not available: {err!r}"
        return
    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            prev = stages.get(label)
            stages[label] = (prev if isinstance(prev, float) else 0.0) + time.perf_counter() - t
    setattr(mod, attr, timed)
    stages.setdefault(label, "not called")
wrap("sitrep.dedup.linking", "link", "linking")      # first: modules importing it bind the timed one
wrap("sitrep.batch", "ingest", "ingest")
wrap("sitrep.picture", "update_picture", "analysis")
from sitrep.cli import main
imported = time.perf_counter() - t0
atexit.register(lambda: json.dump({"stages": stages, "startup_s": imported,
                                   "process_s": time.perf_counter() - t0}, open(out, "w")))
sys.argv = ["sitrep", *sys.argv[2:]]
main()
"""


def _gnu_time(stats: Path) -> dict[str, float]:
    text = stats.read_text()
    grab = lambda label: float(re.search(rf"{re.escape(label)}: ([\d.]+)", text).group(1))  # noqa: E731
    return {"user_s": grab("User time (seconds)"), "sys_s": grab("System time (seconds)"),
            "max_rss_mb": round(grab("Maximum resident set size (kbytes)") / 1024, 1)}


def timed_run(cmd: list[str], stats: Path, timeout: float) -> dict[str, Any]:
    """``cmd`` under GNU time (or without it: wall time only); wall, CPU, peak RSS, exit status."""
    wrap = [GNU_TIME, "-v", "-o", str(stats)] if os.access(GNU_TIME, os.X_OK) else []
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(wrap + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              timeout=timeout)
        res: dict[str, Any] = {"rc": proc.returncode, "timed_out": False, "stderr": proc.stderr[-800:]}
    except subprocess.TimeoutExpired:
        res = {"rc": None, "timed_out": True, "stderr": ""}
    res["wall_s"] = round(time.perf_counter() - t0, 3)
    if wrap and stats.exists() and not res["timed_out"]:
        res.update(_gnu_time(stats))
        res["cpu_pct"] = round(100 * (res["user_s"] + res["sys_s"]) / res["wall_s"], 1)
    return res


def ingest_run(corpus: Path, db: Path, jobs: int, timeout: float, with_analysis: bool = False) -> dict[str, Any]:
    """One `sitrep ingest` of the corpus into a fresh database."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    stage_file = db.with_suffix(".stages.json")
    stage_file.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", _CLI_WRAPPER, str(stage_file), "ingest", str(corpus), "--db", str(db), "--quiet",
           "--jobs", str(jobs)] + ([] if with_analysis else ["--skip-analysis"])
    res = timed_run(cmd, db.with_suffix(".time"), timeout)
    if stage_file.exists():
        res.update(json.loads(stage_file.read_text()))
    return res


def dedup_only_run(db: Path, timeout: float) -> dict[str, Any]:
    """``sitrep.dedup.find_duplicates`` alone on the stored cleaned texts, in a process of its own."""
    out = db.with_suffix(".dedup.json")
    out.unlink(missing_ok=True)
    res = timed_run([sys.executable, __file__, "--dedup-only", str(db), str(out)], db.with_suffix(".dtime"), timeout)
    if out.exists():
        res.update(json.loads(out.read_text()))
    elif not res.get("error"):
        res["error"] = f"no result (exit {res['rc']}): {res['stderr'][-300:]}"
    return res


def dedup_only(db: str, out: str) -> None:
    """The child side of ``dedup_only_run``: loads documents, calls find_duplicates, writes JSON."""
    from sitrep import dedup
    from sitrep.store import Store
    result: dict[str, Any] = {}
    fn = getattr(dedup, "find_duplicates", None)
    params = [] if fn is None else [p for p in inspect.signature(fn).parameters.values()
                                    if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if fn is None or len(params) != 1:
        result["error"] = ("sitrep.dedup.find_duplicates is gone" if fn is None else
                           f"find_duplicates{inspect.signature(fn)} no longer takes just the documents: skipped")
        Path(out).write_text(json.dumps(result))
        return
    store = Store(db)
    t0 = time.perf_counter()
    docs = list(store.light_documents() if hasattr(store, "light_documents") else store.documents())
    t1 = time.perf_counter()
    found = fn(docs)
    t2 = time.perf_counter()
    result.update(signature=f"find_duplicates{inspect.signature(fn)}", load_s=round(t1 - t0, 3),
                  find_s=round(t2 - t1, 3), pairs=[[d.a, d.b, d.kind, d.original] for d in found])
    Path(out).write_text(json.dumps(result))


# ----------------------------------------------------------------------------- scoring
def stored(db: Path) -> tuple[dict[str, str], list[list], int]:
    """Document id -> file name, the duplicate pairs stored by ingest, and the stories of more than one
    document (public Store API)."""
    from sitrep.store import Store
    store = Store(str(db))
    try:
        files = {row[0]: Path(row[1].split("#")[0]).name for row in store.db.execute("SELECT id, source FROM documents")}
        pairs = [[d.a, d.b, d.kind, d.original] for d in store.duplicates()]
        stories = sum(1 for s in store.stories() if len(s.documents) > 1)
    finally:
        store.close()
    return files, pairs, stories


def score(truth: dict[str, Any], files: dict[str, str], pairs: list[list]) -> dict[str, Any]:
    """Found pairs against the planted ones (see the module docstring for each figure)."""
    docs = truth["docs"]
    root = {f: (f if d["kind"] == "base" else d["source"]) for f, d in docs.items() if d["kind"] != "hardneg"}
    planted = {frozenset((f, d["source"])): d["kind"] for f, d in docs.items() if d["kind"] in KINDS}
    groups: dict[str, set[str]] = {}
    for f, r in root.items():
        groups.setdefault(r, set()).add(f)
    negs: dict[str, list[str]] = {}
    for f, d in docs.items():
        if d["kind"] == "hardneg":
            negs.setdefault(d["source"], []).append(f)
    n_hard = sum(len(h) * len(groups[s]) + len(h) * (len(h) - 1) // 2 for s, h in negs.items())

    def hard(a: str, b: str) -> bool:
        da, db_ = docs[a], docs[b]
        if da["kind"] == "hardneg" and db_["kind"] == "hardneg":
            return da["source"] == db_["source"]
        if db_["kind"] == "hardneg":
            a, b, da, db_ = b, a, db_, da
        return da["kind"] == "hardneg" and root.get(b) == da["source"]

    found: dict[frozenset, tuple[str, str | None]] = {}
    for a, b, kind, original in pairs:
        fa, fb = files.get(a), files.get(b)
        if fa and fb and fa != fb:
            found.setdefault(frozenset((fa, fb)), (kind, files.get(original)))
    confusion = {k: Counter() for k in KINDS}
    fp_kinds: dict[str, Counter] = {"hardneg": Counter(), "unrelated": Counter()}
    examples: dict[str, list] = {"hardneg": [], "unrelated": [], "missed": []}
    original_ok = original_given = 0
    for pair, kind in planted.items():
        got = found.get(pair)
        confusion[kind][got[0] if got else "missed"] += 1
        if not got and len(examples["missed"]) < 8:
            examples["missed"].append([*sorted(pair), kind])
        if got and got[1]:
            original_given += 1
            child = next(f for f in pair if docs[f]["kind"] == kind)
            original_ok += got[1] == docs[child]["source"]
    tp = fp_hard = fp_other = implied = 0
    by_kind = {k: Counter() for k in KINDS}
    for pair, (kind, _) in found.items():
        a, b = sorted(pair)
        related = a in root and b in root and root[a] == root[b]
        tp += related
        implied += related and pair not in planted
        if not related:
            what = "hardneg" if hard(a, b) else "unrelated"
            fp_hard, fp_other = fp_hard + (what == "hardneg"), fp_other + (what == "unrelated")
            fp_kinds[what][kind] += 1
            if len(examples[what]) < 8:
                examples[what].append([a, b, kind, docs[a]["kind"], docs[b]["kind"]])
        by_kind.setdefault(kind, Counter())["tp" if related else "fp"] += 1
    n_planted = len(planted)
    recall_any = sum(sum(c.values()) - c["missed"] for c in confusion.values())
    return {
        "planted_pairs": n_planted, "found_pairs": len(found),
        "precision": round(tp / len(found), 4) if found else None,
        "recall": round(recall_any / n_planted, 4) if n_planted else None,
        "recall_by_kind": {k: round((sum(c.values()) - c["missed"]) / max(1, sum(c.values())), 4) for k, c in confusion.items()},
        "recall_right_kind": {k: round(c[k] / max(1, sum(c.values())), 4) for k, c in confusion.items()},
        "precision_by_found_kind": {k: round(c["tp"] / max(1, c["tp"] + c["fp"]), 4) for k, c in by_kind.items()},
        "confusion": {k: dict(c) for k, c in confusion.items()},
        "implied_pairs_found": implied, "hardneg_pairs": n_hard, "hardneg_fp": fp_hard,
        "hardneg_fp_rate": round(fp_hard / n_hard, 4) if n_hard else None, "unrelated_fp": fp_other,
        "original_right": round(original_ok / original_given, 4) if original_given else None,
        "original_given": original_given, "fp_kinds": {k: dict(c) for k, c in fp_kinds.items()}, "examples": examples,
    }


# ----------------------------------------------------------------------------- the runner
def run_size(n: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    folder = CACHE / f"n{n}-s{args.seed}-v{GEN_VERSION}"
    t0 = time.perf_counter()
    truth = build_corpus(folder, n, args.seed)
    print(f"[{n}] corpus {folder} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr, flush=True)
    db = work / f"n{n}.db"
    runs = []
    for i in range(args.runs):
        runs.append(ingest_run(folder / "corpus", db, args.jobs, args.timeout, args.with_analysis))
        print(f"[{n}] ingest run {i + 1}/{args.runs}: {runs[-1]['wall_s']:.1f} s", file=sys.stderr, flush=True)
    run = sorted(runs, key=lambda x: x["wall_s"])[len(runs) // 2]
    res: dict[str, Any] = {"articles": n, "corpus": str(folder), "ingest": run, "ingest_runs": [r["wall_s"] for r in runs]}
    if run["timed_out"]:
        return res
    res["articles_per_s"] = round(n / run["wall_s"], 1)
    files, pairs, stories = stored(db)
    planted_groups = len({d["source"] for d in truth["docs"].values() if d["kind"] in KINDS})
    res.update(documents=len(files), stories=stories, planted_stories=planted_groups,
               quality=score(truth, files, pairs))
    if not args.no_dedup_only:
        only = dedup_only_run(db, args.timeout)
        if "pairs" in only:
            only["quality"] = score(truth, files, only.pop("pairs"))
        res["dedup_only"] = only
        print(f"[{n}] dedup only: {only.get('find_s', only.get('error'))}", file=sys.stderr, flush=True)
    return res


def _stage(run: dict[str, Any], label: str) -> str:
    value = run.get("stages", {}).get(label)
    return f"{value:.1f}" if isinstance(value, float) else "-"


def report(results: list[dict[str, Any]], jobs: int) -> None:
    from rich.console import Console
    from rich.table import Table
    out = Console(width=max(Console().width, 140))
    t = Table(title=f"sitrep ingest of the synthetic corpus (jobs {jobs}; whole process under GNU time)")
    for col in ("articles", "docs", "wall s", "art/s", "CPU s", "art/CPU s", "CPU %", "peak RSS MB", "ingest s", "linking s", "analysis s",
                "dedup-only s", "dedup-only RSS MB"):
        t.add_column(col, justify="right")
    for r in results:
        i, d = r["ingest"], r.get("dedup_only", {})
        if i["timed_out"]:
            t.add_row(str(r["articles"]), "-", f">{i['wall_s']:.0f} (timeout)", *["-"] * 10)
            continue
        cpu = i.get("user_s", 0) + i.get("sys_s", 0)
        t.add_row(str(r["articles"]), str(r["documents"]), f"{i['wall_s']:.1f}" + ("!" if i.get("rc") else ""),
                  f"{r['articles_per_s']:.0f}",
                  f"{cpu:.1f}", f"{r['articles'] / cpu:.0f}" if cpu else "-",
                  f"{i.get('cpu_pct', 0):.0f}", f"{i.get('max_rss_mb', 0):.0f}", _stage(i, "ingest"), _stage(i, "linking"),
                  _stage(i, "analysis"), f"{d['find_s']:.1f}" if "find_s" in d else "-",
                  f"{d.get('max_rss_mb', 0):.0f}" if "find_s" in d else "-")
    out.print(t)
    q = Table(title="duplicates found vs planted (P: precision, R: recall found under any kind / right kind)")
    for col in ("articles", "by", "found", "P", "R", "R copy", "R rewrite", "R partial", "hard-neg FP rate",
                "unrelated FP", "original right", "stories (planted)"):
        q.add_column(col, justify="right")
    for r in results:
        for label, qual in (("ingest", r.get("quality")), ("dedup only", r.get("dedup_only", {}).get("quality"))):
            if not qual:
                continue
            rk = lambda k: f"{qual['recall_by_kind'][k]:.3f} / {qual['recall_right_kind'][k]:.3f}"  # noqa: E731
            q.add_row(str(r["articles"]), label, str(qual["found_pairs"]), f"{qual['precision']:.3f}" if qual["precision"] is not None else "-",
                      f"{qual['recall']:.3f}", rk("copy"), rk("rewrite"), rk("partial"),
                      f"{qual['hardneg_fp_rate']:.4f} ({qual['hardneg_fp']}/{qual['hardneg_pairs']})",
                      str(qual["unrelated_fp"]), f"{qual['original_right']:.3f}" if qual["original_right"] is not None else "-",
                      f"{r['stories']} ({r['planted_stories']})" if label == "ingest" else "")
    out.print(q)
    for r in results:
        if r.get("quality"):
            out.print(f"[{r['articles']}] planted kind -> kind found: {r['quality']['confusion']}", highlight=False)
        stages = r["ingest"].get("stages", {})
        missing = {k: v for k, v in stages.items() if not isinstance(v, float)}
        if missing:
            out.print(f"[{r['articles']}] stages not timed: {missing}", highlight=False)
        if "error" in r.get("dedup_only", {}):
            out.print(f"[{r['articles']}] dedup only: {r['dedup_only']['error']}", highlight=False)
        if r["ingest"].get("rc"):
            out.print(f"[{r['articles']}] sitrep ingest exited {r['ingest']['rc']}: {r['ingest']['stderr'][-300:]}")
    if any(r["ingest"].get("rc") for r in results):
        out.print("! sitrep ingest exited non-zero (see above): stages after the failure are missing from the wall time")
    _projection(out, [r for r in results if not r["ingest"]["timed_out"]])


def _projection(out: Any, done: list[dict[str, Any]], n: int = 100_000) -> None:
    """The cost of n articles from the two largest runs: per stage, wall ~ articles^k."""
    if len(done) < 2 or done[-1]["articles"] >= n:
        return
    a, b = done[-2], done[-1]
    for label in ("ingest", "linking"):
        ta, tb = a["ingest"].get("stages", {}).get(label), b["ingest"].get("stages", {}).get(label)
        if isinstance(ta, float) and isinstance(tb, float) and ta > 0:
            k = math.log(tb / ta) / math.log(b["articles"] / a["articles"])
            out.print(f"{label} stage {a['articles']} -> {b['articles']}: ~ n^{k:.2f}; projected {n}: "
                      f"~{tb * (n / b['articles']) ** k / 60:.0f} min (linear: {tb * n / b['articles'] / 60:.0f} min)",
                      highlight=False)
    rates = [r["articles"] / r["ingest"]["stages"]["analysis"] for r in done
             if isinstance(r["ingest"].get("stages", {}).get("analysis"), float) and not r["ingest"].get("rc")]
    if rates:
        out.print(f"analysis stage: {rates[-1]:.0f} articles/s; projected {n}: ~{n / rates[-1] / 60:.0f} min more",
                  highlight=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add = parser.add_argument
    add("--articles", type=int, nargs="+", default=[1000, 10_000], help="corpus sizes (default 1000 10000)")
    add("--jobs", type=int, default=1, help="sitrep ingest --jobs (default 1)")
    add("--runs", type=int, default=1, help="ingest runs per size, fresh db each; the median is reported")
    add("--seed", type=int, default=20250301, help="generator seed")
    add("--timeout", type=float, default=3600, help="kill a run after this many seconds")
    add("--no-dedup-only", action="store_true", help="skip the find_duplicates-only timing")
    add("--with-analysis", action="store_true",
        help="time the whole `sitrep ingest` (entities, events...); default: --skip-analysis, the duplicate side only")
    add("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    add("--keep", type=Path, metavar="DIR", help="keep the databases in DIR (default: a temporary folder)")
    add("--dedup-only", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dedup_only:
        dedup_only(*args.dedup_only)
        return
    if not os.access(GNU_TIME, os.X_OK):
        print(f"{GNU_TIME} missing (apt-get install -y time): wall time only, no CPU or peak RSS", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="sitrep-dedup-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = [run_size(n, args, work) for n in args.articles]
    report(results, args.jobs)
    if args.json:
        git = subprocess.run(["git", "-C", str(Path(__file__).resolve().parent.parent), "describe", "--always", "--dirty"],
                             capture_output=True, text=True).stdout.strip()
        args.json.write_text(json.dumps({"git": git, "jobs": args.jobs, "seed": args.seed, "generator": GEN_VERSION,
                                         "results": results}, indent=2))
        print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
