"""Helpers shared by the stage benchmarks (run as scripts, so this folder is on sys.path)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def cleaned_documents(folder: Path) -> list[dict]:
    """Every document of ``folder`` as `sitrep ingest --skip-analysis` cleans it (a row dict)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        exe = Path(sys.executable).with_name("sitrep")
        subprocess.run([str(exe), "ingest", str(folder), "--db", db, "-q", "--skip-analysis"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        con = sqlite3.connect(db)
        con.row_factory = sqlite3.Row
        rows = [dict(r) for r in con.execute("SELECT * FROM documents ORDER BY rowid")]
        con.close()
    return [r for r in rows if r.get("text")]
