"""A staff role written before the reporters' names, as broadcasters print bylines ("By Pacific
affairs reporter A and B in X"): the names are the authors, the role and the place are not."""
from __future__ import annotations

import pytest

from sitrep.metadata.byline import byline_authors


@pytest.mark.parametrize("line, names", [
    ("By Pacific affairs reporter Liora Menck and Tavi Oruma in Port Vessel", ["Liora Menck", "Tavi Oruma"]),
    ("By political editor Dunstan Krale", ["Dunstan Krale"]),
    ("By Middle East correspondent Ansel Quibb in Varnhold", ["Ansel Quibb"]),
    ("By defence reporter Mirela Todd", ["Mirela Todd"]),
])
def test_a_role_before_the_names_is_dropped(line, names):
    assert byline_authors(line) == names


@pytest.mark.parametrize("line", ["By staff reporter", "By the editors", "By our correspondent"])
def test_a_role_with_no_name_after_it_credits_no_one(line):
    assert byline_authors(line) is None
