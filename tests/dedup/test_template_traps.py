"""One template, two events: sentences that differ only in a number, a date or a place CONFLICT and
never make two reports duplicates; partial copies are found however many look-alikes compete."""
from __future__ import annotations

import sys

import pytest

from sitrep.dedup import find_duplicates
from sitrep.dedup.compare import compare
from sitrep.dedup.linking import link, sketch_row
from sitrep.dedup.lsh import passage_keys
from sitrep.dedup.sketch import sentence_keys, sketch
from sitrep.model import Document, RawArticle
from sitrep.store import Store

_compare_module = sys.modules["sitrep.dedup.compare"]


def _first_sentences(a, b) -> tuple[float, bool]:
    """Dice of the two sketches' first sentences, and whether they conflict."""
    cells = [c for c in _compare_module._cells(a, b) if c[1:3] == (0, 0)]
    assert cells, "the first sentences do not even look alike"
    dice, _, _, shared, counts_a, counts_b = cells[0]
    return dice, _compare_module._conflict(shared, counts_a, counts_b)[0]


# Two nights of the same air-force bulletin: the spokesman, the wording and even some figures are
# the same; the number of drones, the regions and the days are not.
NIGHT_1 = """KYIV (Reuters) - Ukraine's air force said on Tuesday it had shot down all 29 drones that Russia launched overnight, spokesman Oleksandr Marchuk said.

The drones were aimed at the Poltava and Sumy regions, Oleksandr Marchuk told the national broadcaster.

In Poltava, falling debris damaged 14 houses and a school, regional governor Ivan Lystopad said.

Power was cut in Poltava for about 3,400 homes, the regional energy company Oblenergo said.

Mobile fire groups and electronic warfare units took part in repelling the attack over Poltava, Oleksandr Marchuk added."""

NIGHT_2 = """KYIV (Reuters) - Ukraine's air force said on Friday it had shot down 42 drones that Russia launched overnight, spokesman Oleksandr Marchuk said.

The drones were aimed at the Odesa and Mykolaiv regions, Oleksandr Marchuk told the national broadcaster.

In Odesa, falling debris damaged 14 houses and a school, regional governor Ivan Lystopad said.

Power was cut in Odesa for about 8,400 homes, the regional energy company Oblenergo said.

Mobile fire groups and electronic warfare units took part in repelling the attack over Odesa, Oleksandr Marchuk added."""

# Two Sahel attacks written from one desk template: same army, same spokesman, other towns.
SAHEL_1 = """OUAGADOUGOU (AFP) - Gunmen on motorbikes killed 12 civilians in an attack on a market in Djibo on Sunday, the army of Burkina Faso said.

The attackers set fire to shops in Djibo before fleeing towards the border with Mali, army spokesman Ismael Sawadogo said.

Residents of Djibo said the market had reopened only two weeks earlier after a curfew was lifted.

Sawadogo said soldiers had been deployed to Djibo and that an operation to track down the attackers was under way.

No group has claimed responsibility for the attack on Djibo, which bears the hallmarks of jihadist fighters active in the region.

The health centre in Djibo treated 20 wounded people, a nurse there said by telephone.

Aid deliveries to Djibo depend on army convoys because the roads around it are mined, the UN humanitarian office said.

Burkina Faso has been ruled by a military junta since 2022, which promised to restore security in areas such as Djibo."""

SAHEL_2 = """OUAGADOUGOU (AFP) - Gunmen on motorbikes killed 12 civilians in an attack on a market in Arbinda on Sunday, the army of Burkina Faso said.

The attackers set fire to shops in Arbinda before fleeing towards the border with Niger, army spokesman Ismael Sawadogo said.

Residents of Arbinda said the market had reopened only two weeks earlier after a curfew was lifted.

Sawadogo said soldiers had been deployed to Arbinda and that an operation to track down the attackers was under way.

No group has claimed responsibility for the attack on Arbinda, which bears the hallmarks of jihadist fighters active in the region.

The health centre in Arbinda treated 20 wounded people, a nurse there said by telephone.

Aid deliveries to Arbinda depend on army convoys because the roads around it are mined, the UN humanitarian office said.

Burkina Faso has been ruled by a military junta since 2022, which promised to restore security in areas such as Arbinda."""

# A new article about another event that embeds three paragraphs of SAHEL_1 as background.
PARTIAL = """BAMAKO (AFP) - Mali's transitional government announced on Wednesday a new curfew in the Mopti region after a week of clashes between the army and armed groups near Douentza.

Interior Minister Daoud Aly Mohammedine said the curfew would run from 8 p.m. to 6 a.m. for at least a month.

Humanitarian agencies said convoys of food and medicine were still waiting at the edge of the region for permission to travel.

The attackers set fire to shops in Djibo before fleeing towards the border with Mali, army spokesman Ismael Sawadogo said.

Residents of Djibo said the market had reopened only two weeks earlier after a curfew was lifted.

Sawadogo said soldiers had been deployed to Djibo and that an operation to track down the attackers was under way.

Mali's government has not said how many troops will enforce the curfew around Douentza and Mopti.

Traders in Mopti said the price of millet had doubled since the clashes began, and that boats on the Niger river had stopped running."""


def test_two_nights_of_one_bulletin_are_not_duplicates():
    verdict = compare(NIGHT_1, NIGHT_2)
    assert verdict.kind is None
    assert verdict.aligned == []        # no sentence of one night is shared content with the other


def test_two_attacks_from_one_template_in_different_towns_are_not_duplicates():
    assert compare(SAHEL_1, SAHEL_2).kind is None


def test_only_a_place_swapped_is_a_conflict_even_with_a_shared_speaker():
    a = sketch("In Poltava, falling debris damaged 14 houses and a school, regional governor Ivan Lystopad said.")
    b = sketch("In Odesa, falling debris damaged 14 houses and a school, regional governor Ivan Lystopad said.")
    dice, conflicting = _first_sentences(a, b)
    assert dice > 0.85              # worded alike ...
    assert conflicting              # ... but another place


def test_a_thousands_figure_sharing_its_last_digits_still_conflicts():
    a = sketch("Power was cut for about 3,400 homes in the region, the energy company said.")
    b = sketch("Power was cut for about 8,400 homes in the region, the energy company said.")
    assert _first_sentences(a, b)[1]


def test_a_name_added_or_moved_is_no_conflict():
    a = sketch("Soldiers had been deployed to Djibo and an operation was under way, spokesman Ismael Sawadogo said.")
    b = sketch("Soldiers had been deployed to Djibo and an operation was under way, Sawadogo said.")
    c = sketch("Sawadogo said soldiers had been deployed to Djibo and an operation was under way.")
    for x, y in ((a, b), (a, c), (b, c)):
        assert not _first_sentences(x, y)[1]


def test_a_copy_with_one_place_respelled_is_still_a_copy():
    respelled = SAHEL_1.replace("market in Djibo on Sunday", "market in Dibo on Sunday")
    assert compare(SAHEL_1, respelled).kind == "copy"


def test_an_embedded_passage_is_a_partial_copy_not_a_conflict():
    assert compare(SAHEL_1, PARTIAL).kind == "partial"
    assert compare(SAHEL_2, PARTIAL).kind is None       # the template's other town: no passage


def test_copied_sentences_share_passage_keys_and_swapped_ones_do_not():
    one, other, partial = (set(passage_keys(sentence_keys(sketch(t)))) for t in (SAHEL_1, SAHEL_2, PARTIAL))
    assert len(one & partial) >= 3
    assert not one & other


def _doc(name: str, text: str) -> Document:
    return Document(id=name, source=f"{name}.txt", text=text, raw=text, fmt="txt")


def _add(store: Store, name: str, text: str) -> str:
    raw = RawArticle(source=f"{name}.txt", text=text, fmt="txt")
    doc = Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt")
    assert store.add_article(raw, [doc], (), [sketch_row(doc.id, text)])
    return doc.id


@pytest.fixture
def one_candidate(monkeypatch):
    """A cap of one verified pair per document: the look-alikes compete with the partial copy."""
    monkeypatch.setattr("sitrep.dedup.MAX_CANDIDATES", 1)
    monkeypatch.setattr("sitrep.dedup.linking.MAX_CANDIDATES", 1)


def test_a_partial_copy_outranks_template_look_alikes_in_memory(one_candidate):
    docs = [_doc("s1", SAHEL_1), _doc("s2", SAHEL_2), _doc("p", PARTIAL)]
    found = {(d.a, d.b): d.kind for d in find_duplicates(docs)}
    assert found == {("p", "s1"): "partial"}


def test_a_partial_stored_before_its_source_is_linked_when_the_source_comes(tmp_path, one_candidate):
    with Store(tmp_path / "s.db") as store:
        partial = _add(store, "partial", PARTIAL)
        link(store)
        # the source arrives with a look-alike whose signatures are far closer to it than the
        # partial's: the source's one candidate must still be the partial
        source, look_alike = _add(store, "sahel1", SAHEL_1), _add(store, "sahel2", SAHEL_2)
        link(store)
        found = {frozenset((d.a, d.b)): d.kind for d in store.duplicates()}
    assert found == {frozenset((partial, source)): "partial"}
    assert look_alike not in {x for pair in found for x in pair}
