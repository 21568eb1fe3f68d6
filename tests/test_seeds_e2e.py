"""End to end on the shared dev set: ingest ../shared/seeds, export, run the shared scorer, and
hold the quality floors the foundation promises. Skipped when ../shared is not beside the repo."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS, GOLD, SCORER = SHARED / "seeds", SHARED / "seeds-gold" / "gold.json", SHARED / "tools" / "score.py"

FLOORS = {
    "doc.title": 0.95, "doc.published": 0.95, "doc.authors": 0.95, "doc.dateline": 0.95,
    "doc.outlet": 0.95, "clean.boilerplate_removed": 0.95, "clean.body_kept": 0.99,
    "clean.glue_fixed": 0.97,
    "dup.recall": 0.99, "dup.precision": 0.99,
    # actors and quotes (issue 4); pinned a little under what is measured, so a regression fails
    "ent.recall": 0.95, "ent.precision": 0.90, "ent.alias_merge": 0.95, "ent.type": 0.90,
    "quote.recall": 0.95, "quote.precision": 0.90, "quote.speaker": 0.90, "spans.valid": 1.0,
    # events and claims (issue 5): the targets where met; floors below the target where not
    # yet (event.date 0.90, event.merged 0.90)
    "event.recall": 0.80, "event.precision": 0.80, "event.date": 0.80, "event.merged": 0.70,
    "claim.recall": 0.90, "claim.precision": 0.80,
}

pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and GOLD.is_file() and SCORER.is_file()),
                                reason=f"the shared dev set is not at {SHARED}")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds")
    db, export, figures = tmp / "s.db", tmp / "export.json", tmp / "scores.json"
    cli = [sys.executable, "-m", "sitrep.cli"]
    ingest = subprocess.run([*cli, "ingest", str(SEEDS), "--db", str(db), "--quiet"], capture_output=True, text=True)
    assert ingest.returncode == 0, ingest.stderr
    done = subprocess.run([*cli, "export", "--db", str(db), "--format", "json", "-o", str(export)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    scored = subprocess.run([sys.executable, str(SCORER), str(export), str(GOLD), "--raw", str(SEEDS),
                             "--json", str(figures)], capture_output=True, text=True)
    assert scored.returncode == 0, scored.stderr
    return json.loads(figures.read_text())


@pytest.mark.parametrize("figure, floor", sorted(FLOORS.items()))
def test_dev_set_floor(scores, figure, floor):
    assert scores[figure] is not None and scores[figure] >= floor, f"{figure} = {scores[figure]}"


def test_every_document_present(scores):
    assert scores["doc.present"] == 1.0


def test_no_entity_merges_two_actors(scores):
    assert scores["ent.over_merged"] == 0
