"""A corpus of real news texts for the speed benches, built from the public benchmarks in ../shared.

The synthetic corpus of ``ingest_speed`` is a worst case: every sentence carries names, figures,
quotes and dates. Real reporting is sparser, so its figures say less about what a user sees. This
script writes the article bodies of the PolNeAR, GeoWebNews/TR-News/LGL, Zyte, NAEB and Fundus
benchmarks as plain-text files (one article per file; bodies under 2,500 bytes dropped, longer
ones cut at a paragraph break near 6,000 characters, so the mean is about 4.4 KB), for
``pipeline_speed.py --corpus`` and ``ingest_speed.py --corpus``. The texts are read from
../shared and written outside the repository: nothing of them is committed.

    /work/venv/bin/python bench/real_corpus.py -o /tmp/bench/realnews
    /work/venv/bin/python bench/pipeline_speed.py --corpus /tmp/bench/realnews -n 600 --runs 3
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
MIN_BYTES = 2500
CUT_CHARS = 6000


def _polnear(root: Path) -> Iterator[str]:
    for path in sorted(root.glob("polnear/data/*/text/*.txt")):
        yield path.read_text(encoding="utf-8")


def _geoparsing(root: Path) -> Iterator[str]:
    for path in sorted(root.glob("geoparsing-gwn-trnews-lgl/*.xml")):
        for article in ET.parse(path).getroot().iter("article"):
            yield article.findtext("text") or ""


def _json_bodies(root: Path) -> Iterator[str]:
    for name, field in (("zyte-article-body/ground-truth.json", "articleBody"),
                        ("naeb-news-metadata/articles-sample.json", "articleBody"),
                        ("fundus-news-body/ground_truth.json", "body")):
        path = root / name
        if not path.exists():
            continue
        for item in json.loads(path.read_text(encoding="utf-8")).values():
            body = item.get(field)
            if isinstance(body, str) and body.startswith("["):
                # Fundus stores a body as the repr of its paragraph list
                try:
                    body = ast.literal_eval(body)
                except (ValueError, SyntaxError):
                    pass
            if isinstance(body, list):
                body = "\n\n".join(map(str, body))
            if isinstance(body, str):
                yield body


def articles(root: Path = SHARED) -> Iterator[str]:
    """Every usable body, cut near ``CUT_CHARS`` at a line break."""
    for source in (_polnear, _geoparsing, _json_bodies):
        for text in source(root):
            if len(text.encode("utf-8")) < MIN_BYTES:
                continue
            if len(text) > CUT_CHARS:
                cut = text.rfind("\n", 0, CUT_CHARS)
                text = text[:cut if cut > CUT_CHARS // 2 else CUT_CHARS]
            yield text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--out", type=Path, default=Path("/tmp/bench/realnews"))
    parser.add_argument("--shared", type=Path, default=SHARED, help="the benchmarks folder")
    args = parser.parse_args(argv)
    if not args.shared.exists():
        print(f"no benchmarks at {args.shared}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    n = size = 0
    for n, text in enumerate(articles(args.shared), 1):
        data = text.encode("utf-8")
        size += len(data)
        (args.out / f"{n:05d}.txt").write_bytes(data)
    print(f"{n} articles, mean {size / max(n, 1) / 1000:.1f} KB, in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
