"""A slash form joining a coalition and its armed wing ("ULA/AA") names the fighting wing.

Why: events are about who fights, and a coalition/wing compound filed under the coalition merges two
actors into one entity (over-merge). The convention must hold for every such pair in the KB.
"""
from __future__ import annotations

import json
from pathlib import Path

import sitrep.knowledge as knowledge

_DIR = Path(knowledge.__file__).parent / "actors"


def _entries() -> list[dict]:
    out: list[dict] = []
    for f in sorted(_DIR.glob("*.json")):
        data = json.loads(f.read_text())
        if isinstance(data, dict):
            out.extend(e for e in data.get("entries", []) if isinstance(e, dict) and "id" in e)
    return out


def test_slash_compound_of_coalition_and_wing_belongs_to_wing() -> None:
    entries = _entries()
    by_alias: dict[str, set[str]] = {}
    for e in entries:
        for a in [e.get("name", "")] + list(e.get("aliases", [])):
            by_alias.setdefault(a, set()).add(e["id"])
    part_of = {(e["id"], r["object"]) for e in entries for r in e.get("relations", [])
               if r.get("predicate") == "part_of"}
    checked = 0
    for e in entries:
        for a in e.get("aliases", []):
            for sep in ("/", "-"):
                left, _, right = a.partition(sep)
                if not right:
                    continue
                ids_l, ids_r = by_alias.get(left, set()), by_alias.get(right, set())
                for wing in ids_l | ids_r:
                    for whole in ids_l | ids_r:
                        if (wing, whole) in part_of:
                            checked += 1
                            assert e["id"] == wing, f"{a!r} is filed under {e['id']}, not the wing {wing}"
    assert checked >= 2   # both real coalition/wing pairs (eastern DRC, Rakhine) are covered


def test_invented_dispatch_files_slash_form_under_the_wing() -> None:
    from sitrep.actors.kb import KnowledgeBase  # noqa: PLC0415 - heavy, only here
    from sitrep.analysis import analyze_text  # noqa: PLC0415
    text = ("SITTWE, June 3 - Fighters of the ULA/AA overran a navy outpost near Kyaukphyu on Monday, "
            "residents said. The United League of Arakan (ULA) said its forces held the town.")
    a = analyze_text("d", text, "2025-06-03", None, KnowledgeBase.default())
    keys = {m.text: m.key for m in a.mentions}
    assert keys.get("ULA/AA") == "kb:arakan-army"
    assert keys.get("United League of Arakan") != keys.get("ULA/AA")
