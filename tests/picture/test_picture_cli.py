import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner

from sitrep.cli import cli


@pytest.fixture()
def db(picture_db, tmp_path):
    # each test edits its own copy: merge/split/kb add write decisions
    path = tmp_path / "cli.db"
    shutil.copy(picture_db, path)
    return str(path)


def run(*args):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def test_every_picture_command_has_help_with_an_example():
    for command in ("entities", "entity", "quotes", "merge", "split", "analyse", "timeline", "trends",
                    "report"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Example" in result.output, command
    assert "Example" in run("kb", "add", "--help").output


def test_entities_lists_and_filters(db):
    result = run("entities", "--db", db, "--json", "-n", "0")
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip().startswith("{")]
    assert any(r["name"] == "Petra Vold" for r in rows)
    people = run("entities", "--db", db, "--type", "PERSON", "--json", "-n", "0").output
    assert "Sable Hills Brigade" not in people


def test_entity_shows_aliases_mentions_and_quotes(db):
    result = run("entity", "vold", "--db", db)
    assert result.exit_code == 0
    assert "Petra Vold" in result.output and "mentions" in result.output and "war crime" in result.output


def test_unknown_entity_is_a_clear_error(db):
    result = CliRunner().invoke(cli, ["entity", "Nobody Atall", "--db", db])
    assert result.exit_code != 0 and "no entity named" in result.output


def test_quotes_by_speaker(db):
    result = run("quotes", "--db", db, "--speaker", "Arun Tavi")
    assert "military positions" in result.output and "war crime" not in result.output


def test_merge_and_split_are_decisions_that_survive_reanalysis(db):
    assert run("merge", "Petra Vold", "Arun Tavi", "--db", db).exit_code == 0
    merged = run("entity", "Arun Tavi", "--db", db).output
    assert "Petra Vold" in merged
    run("analyse", "--db", db)
    assert "Petra Vold" in run("entity", "Arun Tavi", "--db", db).output
    assert run("split", "Arun Tavi", "--db", db).exit_code == 0
    assert "Petra Vold" not in run("entity", "Arun Tavi", "--db", db).output.splitlines()[0]


def test_kb_add_makes_an_actor_reviewed(db):
    result = run("kb", "add", "Dorvan Herald", "--type", "MEDIA", "--alias", "the Herald", "--db", db)
    assert result.exit_code == 0
    rows = run("entities", "--db", db, "--unreviewed", "--json", "-n", "0").output
    assert "Sable Hills Brigade" in rows            # still unknown to any knowledge base
    assert run("entity", "Dorvan Herald", "--db", db).exit_code == 0


def test_timeline_and_trends_write_csv(db, tmp_path):
    out = tmp_path / "t.csv"
    assert run("timeline", "--db", db, "--csv", str(out)).exit_code == 0
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert rows and {"date", "action", "actor", "outlets"} <= set(rows[0])
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated)
    result = run("trends", "--db", db, "--csv", "-")
    table = list(csv.reader(io.StringIO(result.output)))
    assert len(table) > 1


def test_report_cites_every_development(db, tmp_path):
    out = tmp_path / "report.md"
    assert run("report", "--db", db, "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Situation report")
    for heading in ("## Key developments", "## Actors and their stances", "## What each side said",
                    "## The numbers", "## Sources"):
        assert heading in text
    bullets = [line for line in text.split("## Sources")[0].splitlines() if line.startswith("- ")]
    assert bullets and all("D" in line.rsplit("[", 1)[-1] for line in bullets)


def test_report_on_an_unknown_story_is_a_clear_error(db):
    result = CliRunner().invoke(cli, ["report", "--db", db, "--story", "nosuchstory"])
    assert result.exit_code != 0 and "no story" in result.output


def test_an_unavailable_or_unknown_nlp_backend_is_a_clear_error(db, corpus_dir):
    result = CliRunner().invoke(cli, ["analyse", "--db", db, "--nlp", "bogus"])
    assert result.exit_code != 0 and "unknown NLP backend" in result.output
    # the default pipeline never needs a model: plain ingest works without one
    assert CliRunner().invoke(cli, ["ingest", str(corpus_dir), "--db", db, "-q"]).exit_code == 0
