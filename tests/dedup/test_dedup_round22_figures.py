"""Figures in duplicate search: thousands commas, figure-pair bucket keys, and story links between
independent reports of one happening (invented Sahel reports)."""
from __future__ import annotations

import numpy as np

from sitrep.dedup import FIGURE_KEYS_MIN
from sitrep.dedup.fingerprint import words
from sitrep.dedup.linking import _shared_buckets, link
from sitrep.dedup.lsh import FIGURE_SAMPLE, figure_keys, is_figure_key, is_passage_key
from sitrep.dedup.same_story import same_story
from sitrep.dedup.sketch import NUMBER, sketch, specific_figures
from sitrep.model import Document, RawArticle
from sitrep.store import Store

WIRE = """NIAMEY (Reuters) - Gunmen on motorbikes attacked the village of Tassia in Niger's Tillaberi region on Saturday, killing 37 civilians and wounding 14, the interior ministry said on Sunday.

The attackers also burned 26 houses and stole about 450 head of cattle before fleeing towards the border with Mali, the ministry said in a statement read on state television.

No group has claimed the attack. Fighters linked to Islamic State in the Sahel have carried out similar raids in Tillaberi this year.

Local officials said 1,870 people had fled Tassia for the town of Ouallam since the attack."""
OWN = """Residents of Tassia buried their dead on Sunday, a day after the deadliest raid the Tillaberi region has seen this year.

"They came at dawn on motorbikes and shot at everyone in the market," said Moussa Hamani, a farmer who lost two brothers.

The toll given by the interior ministry, 37 civilians killed, 14 wounded, 26 houses burned and some 450 cattle stolen, is likely to rise, local officials warned, adding that 1,870 people have now fled to Ouallam, where the mayor appealed for food and tents.

Niger's military government, which seized power in 2023, has promised to crush the jihadist groups operating near the borders with Mali and Burkina Faso, but attacks on villages have continued. No group has claimed the raid; fighters of Islamic State in the Sahel stage such attacks near the border with Mali."""
NEXT = (WIRE.replace("Tassia", "Mogodo").replace("37", "19").replace("14", "6").replace("26", "11")
        .replace("450", "120").replace("1,870", "940").replace("Saturday", "Tuesday").replace("Sunday", "Wednesday"))


def test_thousands_comma_keeps_the_figure_whole():
    assert words("Some 12,500 people fled and 3,000 troops arrived") == \
        ["some", "12,500", "people", "fled", "and", "3,000", "troops", "arrived"]
    # a list comma separates; a comma before one or two digits is a decimal comma (translations)
    assert words("in 2019, 2020 and 1,25") == ["in", "2019", "2020", "and", "1,25"]
    assert words("1,2,3") != ["1,2,3"]
    assert words("2,100,000 people") == ["2,100,000", "people"]


def test_round_thousands_are_not_shared_by_their_leading_digits():
    wire = "Militants killed 1,350 civilians, and 2,100,000 people need aid. About 4,800 soldiers were sent."
    retold = "Some 2,100,000 people need aid after 1,350 civilian deaths; 4,800 troops have been sent."
    other = "Militants killed 1,000 civilians, and 2,000,000 people need aid. About 4,000 soldiers were sent."
    fa, fb, fc = (specific_figures(sketch(t)) for t in (wire, retold, other))
    assert len(np.intersect1d(fa, fb)) == 3
    # split at the comma, all three would be "1", "2", "4" and "000": shared by chance
    assert len(np.intersect1d(fa, fc)) == 0
    assert (sketch(wire).word_kind == NUMBER).sum() >= 3


def test_texts_sharing_k_figures_share_k_choose_2_figure_keys():
    a, b = specific_figures(sketch(WIRE)), specific_figures(sketch(OWN))
    shared = len(np.intersect1d(a, b))
    keys_a, keys_b = set(figure_keys(a)), set(figure_keys(b))
    assert len(keys_a & keys_b) == shared * (shared - 1) // 2 >= FIGURE_KEYS_MIN
    assert all(is_figure_key(k) and not is_passage_key(k) for k in keys_a)
    # the template's next event: other figures, no shared key
    assert not keys_a & set(figure_keys(specific_figures(sketch(NEXT))))


def test_a_text_full_of_figures_keeps_a_bounded_sample_of_pairs():
    many = np.sort(np.array([np.uint64(1000 + 7919 * i) for i in range(40)], dtype=np.uint64))
    assert len(figure_keys(many)) == FIGURE_SAMPLE * (FIGURE_SAMPLE - 1) // 2
    assert figure_keys(many[:1]) == []


def test_enough_shared_figure_keys_rank_a_pair_with_the_passage_sharing_pairs():
    fig = [(np.uint64(k) << np.uint64(16) | np.uint64(0xF16E)).astype(np.int64) for k in range(1, 8)]
    band = np.int64(12345 << 16)
    # sketch 1 (new) shares 6 figure keys with sketch 2, one figure key with sketch 3, a band with 4
    buckets = np.array([*fig[:6], *fig[:6], fig[6], fig[6], band, band], dtype=np.int64)
    members = np.array([1] * 6 + [2] * 6 + [1, 3, 1, 4], dtype=np.int64)
    a, b, shares = _shared_buckets(buckets, members, np.array([1], dtype=np.int64))
    got = {(int(x), int(y)): bool(s) for x, y, s in zip(a, b, shares)}
    assert got == {(1, 2): FIGURE_KEYS_MIN <= 6, (1, 3): False, (1, 4): False}


def _doc(name: str, text: str, published: str | None = "2025-03-09") -> Document:
    return Document(id=name, source=name, text=text, raw=text, fmt="txt", published=published)


def test_an_independent_report_of_the_same_raid_is_the_same_story():
    link_ = same_story(_doc("w", WIRE), _doc("o", OWN), sketch(WIRE), sketch(OWN))
    assert link_ is not None and (link_.a, link_.b) == ("o", "w") and link_.figures == 5


def test_the_template_s_next_night_and_a_report_weeks_later_are_other_stories():
    assert same_story(_doc("w", WIRE), _doc("n", NEXT), sketch(WIRE), sketch(NEXT)) is None
    late = _doc("o", OWN, published="2025-04-20")
    assert same_story(_doc("w", WIRE), late, sketch(WIRE), sketch(OWN)) is None


def _add(store: Store, name: str, text: str, published: str) -> str:
    raw = RawArticle(source=f"{name}.txt", text=text, fmt="txt")
    doc = Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt", published=published)
    from sitrep.dedup.linking import sketch_row
    store.add_article(raw, [doc], sketches=[sketch_row(doc.id, text)])
    return doc.id


def test_story_links_join_a_story_without_counting_as_duplicates(tmp_path):
    with Store(tmp_path / "s.db") as store:
        wire = _add(store, "wire", WIRE, "2025-03-09")
        own = _add(store, "own", OWN, "2025-03-10")
        nxt = _add(store, "next", NEXT, "2025-03-12")
        pairs, stories = link(store)
        assert pairs == 0 and stories == 2
        assert [(x.a, x.b) for x in store.story_links()] == [tuple(sorted((wire, own)))]
        assert sorted(map(sorted, (s.documents for s in store.stories()))) == sorted([sorted([wire, own]), [nxt]])
        with store.atomic():
            store.db.execute("DELETE FROM documents WHERE id = ?", (own,))
        assert store.story_links() == []
