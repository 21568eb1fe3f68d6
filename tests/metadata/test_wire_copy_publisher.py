"""A wire's story carried under another site's masthead: the page's publisher is the host (exported
as the document's outlet), while the wire stays the source that the duplicate, corroboration and
per-outlet steps read (``Document.outlet``)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.ingest import read_file
from sitrep.pipeline import clean_raw_article

PAGES = Path(__file__).parent.parent / "fixtures" / "s26_pages"


def _doc(name: str):
    return clean_raw_article(read_file(str(PAGES / name)).articles[0])[0]


def test_a_wire_copy_under_a_masthead_its_footer_confirms_names_the_host_as_publisher():
    doc = _doc("wire_copy_host.txt")
    assert doc.outlet == "Reuters"                 # the source that wrote it
    assert doc.publisher == "Kestrel Tribune"      # "KT" over the page, spelled out in the footer
    assert doc.contract_dict()["outlet"] == "Kestrel Tribune"
    assert doc.dateline == "VELMORA"


def test_a_menu_item_over_a_wire_copy_is_no_host():
    doc = _doc("wire_copy_menu_first.txt")
    assert doc.outlet == "AFP" and doc.publisher is None
    assert doc.contract_dict()["outlet"] == "AFP"


def test_the_publisher_is_stored_and_exported(tmp_path):
    db = tmp_path / "t.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(PAGES / "wire_copy_host.txt"), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.json"
    assert runner.invoke(cli, ["export", "--db", str(db), "--format", "json", "-o", str(out)]).exit_code == 0
    [doc] = json.loads(out.read_text())["documents"]
    assert doc["outlet"] == "Kestrel Tribune"
    csv_dir = tmp_path / "csv"
    assert runner.invoke(cli, ["export", "--db", str(db), "--format", "csv", "-o", str(csv_dir)]).exit_code == 0
    head, row = (csv_dir / "documents.csv").read_text().splitlines()[:2]
    assert "source_outlet" in head and "Kestrel Tribune" in row and "Reuters" in row
