"""Two different attacks on one day in one region stay two events (invented Burkina Faso-style
wire and local-radio reports): one group, one day, one province, but two villages and two tolls.
Over-merging them would hide an attack from the picture, so the guard runs end to end (ingest,
reduce, export) as well as on the merge alone."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

WIRE = """Sahel Wire Service
Jihadists kill 14 in two attacks in Burkina's Est region
March 4, 2026
FADA N'GOURMA, March 4 (SWS) - Gunmen from the Islamic State Sahel Province attacked the village of Tambaga on Tuesday, killing nine civilians, local officials said.

In a separate attack on Tuesday, Islamic State Sahel Province fighters stormed Kantchari, about 90 km to the north, killing five volunteer defence fighters, a security source said.

The Est region borders Niger and Benin and has been hit by repeated raids since 2019.
"""

RADIO = """Radio Gourma
Est: nine civilians killed in Tambaga, five VDP fighters killed in Kantchari
4 March 2026
Islamic State Sahel Province gunmen attacked Tambaga on Tuesday, killing nine civilians, according to a municipal councillor.

On the same day, Islamic State Sahel Province fighters attacked Kantchari, killing five VDP fighters, residents said.
"""


def _export(run_cli, tmp_path: Path) -> dict:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "wire.txt").write_text(WIRE, encoding="utf-8")
    (raw / "radio.txt").write_text(RADIO, encoding="utf-8")
    db, out = tmp_path / "s.db", tmp_path / "export.json"
    assert run_cli("ingest", raw, "--db", db, "-q").exit_code in (0, 1)
    assert run_cli("export", "--db", db, "--format", "json", "-o", out).exit_code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_two_attacks_one_day_one_region_stay_two_events_end_to_end(run_cli, tmp_path: Path) -> None:
    data = _export(run_cli, tmp_path)
    text_of = {d["id"]: d["text"] for d in data["documents"]}
    attacks = [e for e in data["events"] if e["action"] == "ASSAULT"]

    def places(e: dict) -> set[str]:
        said = " ".join(text_of[r["doc"]][r["start"]:r["end"]] for r in e["evidence"])
        return {p for p in ("Tambaga", "Kantchari") if p in said}

    # no event may carry reports of both villages, and both villages keep an attack of their own
    assert all(len(places(e)) <= 1 for e in attacks), [(e["fatalities"], places(e)) for e in attacks]
    assert any(places(e) == {"Tambaga"} for e in attacks)
    assert any(places(e) == {"Kantchari"} for e in attacks)
    # the tolls stay with their own attack
    assert not any(places(e) == {"Tambaga"} and e["fatalities"] == 5 for e in attacks)
    assert not any(places(e) == {"Kantchari"} and e["fatalities"] == 9 for e in attacks)


DOCS = {"w": DocInfo("Sahel Wire Service", "2026-03-04"), "r": DocInfo("Radio Gourma", "2026-03-04")}
# 0 = the group, 1 = civilians, 2 = Tambaga, 3 = Kantchari, 4 = the Est region, 5 = volunteer fighters
ENTS = {(d, i): e for d in DOCS for i, e in enumerate(["e-issp", "e-civ", "e-tambaga", "e-kantchari", "e-est", "e-vdp"])}


def _fact(target: int | None, place: int, dead: int, start: int = 0) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 40, actor=0, target=target, location=place,
                     date="2026-03-03", date_text="on Tuesday", date_basis="stated", fatalities=dead)


def test_two_villages_two_tolls_same_day_same_group_are_two_happenings() -> None:
    facts = [("w", _fact(1, 2, 9)), ("w", _fact(5, 3, 5, start=200)),
             ("r", _fact(1, 2, 9)), ("r", _fact(5, 3, 5, start=200))]
    got = merge_events(facts, ENTS, DOCS, family_of=lambda _e: frozenset())
    assert sorted((e.location, e.fatalities, len(e.reports)) for e in got) == [
        ("e-kantchari", 5, 2), ("e-tambaga", 9, 2)]


def test_untargeted_reports_at_two_villages_do_not_join_on_the_group_alone() -> None:
    # neither report names whom it hit: the group and the day are all they share
    facts = [("w", _fact(None, 2, 9)), ("r", _fact(None, 3, 5))]
    got = merge_events(facts, ENTS, DOCS, family_of=lambda _e: frozenset())
    assert len(got) == 2
