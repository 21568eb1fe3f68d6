"""Golden checks on invented scraped pages in many outlets' styles (tests/fixtures/articles).

Metadata must match exactly per page; page chrome, must-contain text and glue repair are held to
pinned floors over the whole set, as trafilatura pins its extraction quality."""
import json
from pathlib import Path

import pytest

from sitrep.clean.lines import line_key
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

HERE = Path(__file__).parent / "fixtures" / "articles"
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
PAGES = sorted(name for name in EXPECTED if name.endswith(".txt"))

# pinned at the measured level. glue_fixed is low on purpose: these pages hold only a few glued
# pairs of two content words ("withoutfood"), which glue.py splits only in documents that show
# many certain glue sites, since in clean text such tokens are usually real compounds or names
FLOORS = {"chrome_removed": 0.95, "must_contain": 1.0, "must_not_contain": 0.95, "glue_fixed": 0.5}


def _clean(name):
    raw = RawArticle(source=name, text=(HERE / name).read_text(encoding="utf-8"), fmt="txt")
    return clean_raw_article(raw)


def _same(got, want):
    if isinstance(got, str) and isinstance(want, str):
        return got.casefold() == want.casefold()
    return (got or None) == (want or None)


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("field", ["title", "outlet", "published", "authors", "dateline"])
def test_metadata(name, field):
    doc = _clean(name)[0]
    want = EXPECTED[name].get(field)
    assert _same(getattr(doc, field), want), f"{name}: {field} = {getattr(doc, field)!r}, expected {want!r}"


@pytest.mark.parametrize("name", [n for n in PAGES if "sections" in EXPECTED[n]])
def test_multi_article_pages_are_split(name):
    assert len(_clean(name)) == EXPECTED[name]["sections"]


def test_cleaning_floors():
    hits = {k: 0 for k in FLOORS}
    totals = {k: 0 for k in FLOORS}
    misses = []
    for name in PAGES:
        docs = _clean(name)
        expected = EXPECTED[name]
        text = "\n".join(d.text for d in docs)
        kept_lines = {line_key(p) for p in text.split("\n")}
        for line in expected.get("boilerplate", []) + expected.get("metadata_lines", []):
            if line_key(line):
                totals["chrome_removed"] += 1
                ok = line_key(line) not in kept_lines
                hits["chrome_removed"] += ok
                if not ok:
                    misses.append(f"{name}: kept {line[:60]!r}")
        for phrase in expected.get("must_contain", []):
            totals["must_contain"] += 1
            hits["must_contain"] += phrase in text
            if phrase not in text:
                misses.append(f"{name}: lost {phrase[:60]!r}")
        for phrase in expected.get("must_not_contain", []):
            totals["must_not_contain"] += 1
            hits["must_not_contain"] += phrase not in text
        for glue in expected.get("glued", []):
            totals["glue_fixed"] += 1
            hits["glue_fixed"] += glue["fixed"] in text and glue["glued"] not in text
    for key, floor in FLOORS.items():
        assert totals[key], key
        assert hits[key] / totals[key] >= floor, (key, hits[key], totals[key], misses)
