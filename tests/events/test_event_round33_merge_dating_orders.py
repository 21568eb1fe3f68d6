"""An order told with no time of its own is dated as a statement, when it was given (the report's
news cycle), also when the act is coded on the directive verb itself ("ordered the deployment of",
"ordered the army to pursue ..."). Invented Sahel-style wire text."""
from __future__ import annotations

from sitrep.analysis import analyze_text
from sitrep.actors.kbcache import default

TEXT = """Gunmen killed seven gendarmes on Tuesday in an attack on a post near the border, the ministry said.

Interior Minister Issa Maiga condemned the attack. President Ibrahim Keita ordered the armed forces to hunt down the attackers, his office said in a statement.

The regional commander, Colonel Sidi Toure, ordered the deployment of three more companies to the district to cut off the fleeing gunmen.
"""


def _orders(published: str | None) -> list:
    a = analyze_text("sahel-1", TEXT, published, None, default())
    return [e for e in a.events if e.action == "MOBILIZE" and (e.trigger or "").lower().startswith("ordered")]


def test_orders_coded_on_the_verb_take_the_report_day():
    got = _orders("2026-04-15")
    assert got, "the orders are coded"
    assert {e.date for e in got} == {"2026-04-15"}
    assert {e.date_basis for e in got} == {"publication"}


def test_without_a_publication_day_they_stay_undated():
    assert all(e.date is None for e in _orders(None))
