"""Helpers shared by the stage benchmarks (run as scripts, so this folder is on sys.path)."""
from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def gnu_time_stats(stats: Path, rss_key: str = "max_rss_mb") -> dict[str, float]:
    """User and system CPU seconds and peak RSS (MB, under ``rss_key``) from a `/usr/bin/time -v`
    output file."""
    text = stats.read_text()

    def grab(label: str) -> float:
        return float(re.search(rf"{re.escape(label)}: ([\d.]+)", text).group(1))
    return {"user_s": grab("User time (seconds)"), "sys_s": grab("System time (seconds)"),
            rss_key: round(grab("Maximum resident set size (kbytes)") / 1024, 1)}


# vocabulary of the synthetic news texts: invented people, groups and real places of several wars
FIRST = ["Amadou", "Oksana", "Min", "Fatima", "Dmitri", "Aung", "Hamza", "Leila", "Tomasz", "Ibrahim",
         "Nadia", "Kwame", "Yusuf", "Irina", "Samir", "Thandiwe", "Arman", "Layla", "Ousmane", "Vera"]
LAST = ["Traore", "Kovalenko", "Htun", "Haddad", "Sokolov", "Naing", "Barzani", "Mansour", "Nowak",
         "Diallo", "Petrenko", "Mensah", "Okafor", "Aliyev", "Khoury", "Dlamini", "Sargsyan", "Tahir"]
ORG_HEAD = ["Brigade", "Front", "Movement", "Council", "Forces", "Battalion", "Committee", "Alliance"]
ORG_WORD = ["Northern", "Liberation", "Unity", "Patriotic", "Revolutionary", "Popular", "Free",
           "Democratic", "Islamic", "National", "Azawad", "Kachin", "Volunteer", "Steppe"]
PLACES = ["Gao", "Kharkiv", "Mandalay", "El Fasher", "Mosul", "Tripoli", "Goma", "Aleppo", "Sanaa",
          "Donetsk", "Timbuktu", "Kidal", "Sittwe", "Nyala", "Kherson", "Idlib", "Benghazi", "Kirkuk"]


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
