"""The README cannot drift from the code: every knowledge file and every module it names exist,
and every shipped knowledge file is described."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
KNOWLEDGE = ROOT / "src" / "sitrep" / "knowledge"


def test_every_shipped_knowledge_file_is_described():
    shipped = {p.name for p in KNOWLEDGE.iterdir() if p.suffix in (".json", ".txt")}
    missing = {name for name in shipped if f"`{name}`" not in README}
    assert not missing, f"knowledge files the README does not describe: {sorted(missing)}"


def test_every_module_the_readme_names_exists():
    named = set(re.findall(r"`(sitrep/[\w/]+\.py)`", README))
    assert named, "the README names no module"
    absent = {m for m in named if not (ROOT / "src" / m).is_file()}
    assert not absent, f"the README names modules that do not exist: {sorted(absent)}"
