"""An event no report names an actor for keeps how the reports describe it ("Gunmen"), in the
export, the timeline and the situation report (invented reports of one raid by two outlets)."""
import json

import pytest
from click.testing import CliRunner

from sitrep.cli import cli

ARTICLES = {
    "wire.txt": """Gunmen kill six at Tamoro market
By Aïda Senou
May 18, 2025
TAMORO, May 18 (Reuters) - Gunmen attacked a market in Tamoro on Sunday, killing six people, local officials said.
Residents said the attackers arrived on motorbikes and fled into the bush.
""",
    "local.txt": """Six dead in Tamoro market raid
Sahel Courier
May 19, 2025
Six people were killed when gunmen attacked the weekly market in Tamoro on Sunday, the mayor said.
"They shot at everyone," a trader said.
""",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raid")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(folder / "raid.db")
    assert CliRunner().invoke(cli, ["ingest", str(folder), "--db", path, "--quiet"]).exit_code == 0
    return path


def _raid(db, tmp_path):
    out = tmp_path / "p.json"
    CliRunner().invoke(cli, ["export", "--db", db, "--format", "json", "-o", str(out)], catch_exceptions=False)
    picture = json.loads(out.read_text())
    # an act naming no party entity is exported apart, its description kept
    events = [e for e in picture["events"] + picture["unattributed_events"] if e["action"] == "ASSAULT" and e["fatalities"] == 6]
    assert len(events) == 1
    return events[0]


def test_the_export_keeps_the_description_of_an_unnamed_actor(db, tmp_path):
    raid = _raid(db, tmp_path)
    assert raid["actor"] is None and raid["actor_name"].lower() == "gunmen"


def test_the_timeline_shows_the_description(db):
    out = CliRunner().invoke(cli, ["timeline", "--db", db, "--csv", "-"], catch_exceptions=False).output
    rows = [line for line in out.splitlines() if ",ASSAULT," in line]
    assert rows and all("(gunmen)" in row.lower() for row in rows)


def test_the_report_says_who_did_it_as_the_reports_describe_them(db, tmp_path):
    out = tmp_path / "r.md"
    CliRunner().invoke(cli, ["report", "--db", db, "-o", str(out)], catch_exceptions=False)
    text = out.read_text()
    assert "Gunmen carried out an attack" in text and "An unnamed actor carried out an attack" not in text
