"""Document metadata on real news pages: title, authors and date, as a scraper's text and as HTML.

The scored sets are invented pages; this bench uses real ones. The NAEB sample in
``../shared/benchmarks/naeb-news-metadata`` holds 133 pages from as many sites with hand-checked
title, authors and publication date. Each page is ingested twice, in a fresh database each time:

- ``text``: the page as an article scraper saves it: the visible text of the ``<article>`` that
  holds the headline (else ``<main>``, else the body), one line per block, with its bylines,
  share buttons, captions and related links: the form sitrep's ``.txt`` input takes;
- ``page``: the same for the whole body, menus, footers and all (a crude scraper);
- ``html``: the page itself (``.html``), through trafilatura and the HTML metadata path.

Figures per route (over the pages whose gold has the field):
  title    the cleaned title equals the gold title (case, spacing and quote style aside), or
           one holds the other and covers at least 80% of its words (a site suffix, a kicker)
  authors  token F1 between the gold author names and ours (a page with no gold author is
           scored only for inventing none: ``authors_none``)
  date     the published date equals the gold day; ``date_null`` counts pages left undated
           (never a guess: a null is a miss, a wrong date is worse and counted as ``date_wrong``)

The pages are read from ../shared and written to a temporary folder: nothing is committed.

Example:
  /work/venv/bin/python bench/metadata_naeb.py
  /work/venv/bin/python bench/metadata_naeb.py --route text --show 20
  /work/venv/bin/python bench/metadata_naeb.py --route text --show 200 --misses authors
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import lxml.html

NAEB = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "naeb-news-metadata"
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "head", "form", "select", "button")
_BLOCKS = frozenset("address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
                    "h5 h6 header hr li main nav ol p pre section table td th tr ul time".split())
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_WORD = re.compile(r"\w+")


def _region(root: lxml.html.HtmlElement, whole: bool) -> lxml.html.HtmlElement:
    """What an article scraper keeps: the ``<article>`` that holds the headline, else ``<main>``,
    else the body (``whole``: always the body, menus and all)."""
    body = root.find("body")
    if body is None:
        body = root
    if whole:
        return body
    for tag in ("article", "main"):
        for el in body.iter(tag):
            if el.find(".//h1") is not None and len(el.text_content()) > 500:
                return el
    return body


def scraped_text(html: str, whole: bool = False) -> str:
    """The visible text of a page, one line per block, as a text scraper keeps it."""
    root = lxml.html.fromstring(html)
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP)):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    text = _region(root, whole).text_content()
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(s.lower().split())


def title_ok(gold: str, got: str | None) -> bool:
    g, s = _norm(gold), _norm(got)
    if not s:
        return False
    if g == s:
        return True
    gw, sw = _WORD.findall(g), _WORD.findall(s)
    if not gw or not sw:
        return False
    shorter, longer = (gw, sw) if len(gw) <= len(sw) else (sw, gw)
    joined_short, joined_long = " ".join(shorter), " ".join(longer)
    return joined_short in joined_long and len(shorter) >= 0.8 * len(longer)


def _tokens(names: list[str] | str) -> list[str]:
    if isinstance(names, str):
        names = [names]
    return [w for n in names for w in _WORD.findall(_norm(n))]


def authors_f1(gold: str, got: list[str]) -> float:
    g, s = _tokens(gold), _tokens(got)
    if not g and not s:
        return 1.0
    common = sum(min(g.count(w), s.count(w)) for w in set(g))
    if not common:
        return 0.0
    p, r = common / len(s), common / len(g)
    return 2 * p * r / (p + r)


def _ingest(folder: Path, db: Path) -> dict[str, dict]:
    exe = Path(sys.executable).with_name("sitrep")
    subprocess.run([str(exe), "ingest", str(folder), "--db", str(db), "-q", "--skip-analysis"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    rows = {Path(r["source"]).name.split(".")[0]: dict(r) for r in con.execute("SELECT * FROM documents")}
    con.close()
    return rows


def run(route: str, records: dict, show: int, field: str | None = None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for key, rec in records.items():
            html = gzip.decompress((NAEB / rec["html_file"]).read_bytes()).decode("utf-8", "replace")
            if route in ("text", "page"):
                (folder / f"{key}.txt").write_text(scraped_text(html, whole=route == "page"), encoding="utf-8")
            else:
                (folder / f"{key}.html").write_text(html, encoding="utf-8")
        rows = _ingest(folder, Path(tmp) / "naeb.db")
    n = len(records)
    title = authors = authors_n = none_ok = none_n = date_ok = date_null = date_wrong = 0.0
    misses: list[str] = []
    for key, rec in records.items():
        row = rows.get(key) or {}
        got_authors = json.loads(row.get("authors") or "[]")
        t_ok = title_ok(rec["title"], row.get("title"))
        title += t_ok
        if rec["authors"].strip():
            f = authors_f1(rec["authors"], got_authors)
            authors += f
            authors_n += 1
        else:
            f = 1.0 if not got_authors else 0.0
            none_ok += f
            none_n += 1
        got_date = (row.get("published") or "")[:10]
        date_ok += got_date == rec["date"]
        date_null += not got_date
        date_wrong += bool(got_date) and got_date != rec["date"]
        missed = {"title": not t_ok, "authors": f < 0.5, "date": got_date != rec["date"]}
        if len(misses) < show and (missed[field] if field else any(missed.values())):
            misses.append(f"{key} {rec['url'][:70]}\n   title {'ok ' if t_ok else 'BAD'} gold {rec['title'][:70]!r}"
                          f" got {(row.get('title') or '')[:70]!r}\n   authors {f:.2f} gold {rec['authors'][:60]!r}"
                          f" got {got_authors[:3]}\n   date gold {rec['date']} got {got_date or None}")
    for m in misses:
        print(m)
    return {"pages": n, "stored": len(rows), "title": title / n, "authors_f1": authors / max(authors_n, 1),
            "authors_none": none_ok / max(none_n, 1), "date": date_ok / n, "date_null": date_null / n,
            "date_wrong": date_wrong / n}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog=__doc__[__doc__.index("Example:"):],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--route", choices=("text", "page", "html", "all"), default="all")
    ap.add_argument("--show", type=int, default=0, help="print the first N pages with a miss")
    ap.add_argument("--misses", choices=("title", "authors", "date"),
                    help="with --show: only the pages that miss this field (one error class at a time)")
    ap.add_argument("--json", help="write the figures as JSON")
    args = ap.parse_args(argv)
    if not NAEB.is_dir():
        print(f"{NAEB} is missing: the bench needs ../shared beside the repository", file=sys.stderr)
        return 2
    records = {f"naeb{rec['id']:04d}": rec for rec in
               json.loads((NAEB / "articles-sample.json").read_text(encoding="utf-8")).values()}
    out = {}
    for route in (("text", "page", "html") if args.route == "all" else (args.route,)):
        out[route] = figures = run(route, records, args.show, args.misses)
        print(f"{route:5} pages {figures['pages']} stored {figures['stored']}  title {figures['title']:.3f}  "
              f"authors F1 {figures['authors_f1']:.3f} (none right {figures['authors_none']:.3f})  "
              f"date {figures['date']:.3f} (null {figures['date_null']:.3f}, wrong {figures['date_wrong']:.3f})")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
