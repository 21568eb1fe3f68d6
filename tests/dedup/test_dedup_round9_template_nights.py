"""One local desk's template filled in on two nights: the lead swaps the count AND the night, the
quote, the hospital line and the boilerplate stay word for word. Such pages are neither copies,
rewrites nor partial copies, and never one story; an update of the same night's incident (its
toll risen) still links to the first report."""
from __future__ import annotations

from sitrep.dedup import find_duplicates, group_stories
from sitrep.dedup.compare import compare
from sitrep.model import Document

# Invented Kashmir Line-of-Control template: two nights, other villages, other counts.
NIGHT_TUE = """POONCH - Pakistani mortar rounds fell on two hamlets of Mendhar tehsil in Poonch district overnight on Tuesday, injuring four civilians, deputy commissioner Farooq Lone said on Wednesday.

The firing began at about 9 pm and continued for nearly three hours. Rounds hit Balnoi and Gohlad, damaging a cattle shed and several homes, he said.

"Most families had already gone down to the community bunkers, otherwise the toll would have been higher," Lone said.

The injured were shifted to the sub-district hospital in Mendhar. The army said its troops retaliated effectively against the posts from which the firing came.

The Valley Ledger will update this story as more details emerge."""

NIGHT_WED = """POONCH - Pakistani mortar rounds fell on three hamlets of Mendhar tehsil in Poonch district overnight on Wednesday, injuring seven civilians, deputy commissioner Farooq Lone said on Thursday.

The firing began at about 11 pm and continued for nearly four hours. Rounds hit Kalsian, Saujian and Dharati, damaging a primary school and several homes, he said.

"Most families had already gone down to the community bunkers, otherwise the toll would have been higher," Lone said.

The injured were shifted to the sub-district hospital in Mendhar. The army said its troops retaliated effectively against the posts from which the firing came.

The Valley Ledger will update this story as more details emerge."""

# The Tuesday night again, with the second paragraph kept as it was: the template shares even
# more, yet the lead still tells another night and count.
NIGHT_WED_CLOSE = NIGHT_WED.replace(
    "The firing began at about 11 pm and continued for nearly four hours. Rounds hit Kalsian, Saujian and Dharati, "
    "damaging a primary school and several homes, he said.",
    "The firing began at about 9 pm and continued for nearly three hours. Rounds hit Balnoi and Gohlad, "
    "damaging a cattle shed and several homes, he said.")

# A wire update of the Tuesday night, the same day: the toll rose, nothing else was told anew.
UPDATE_SAME_DAY = NIGHT_TUE.replace(
    "injuring four civilians, deputy commissioner Farooq Lone said on Wednesday.",
    "injuring six civilians, deputy commissioner Farooq Lone said on Wednesday, raising an earlier count.")


# Invented Sudan template (another desk, another style): two drone strikes on El Obeid, other days.
DRONE_FRI = """EL OBEID, Sudan (Nile Wire) - A drone attack on a fuel depot in El Obeid on Friday killed 5 people, the North Kordofan health office said on Saturday.

The attack started a fire that burned for several hours before civil defence teams put it out, the office said.

The army blamed the paramilitary Rapid Support Forces, which did not respond to a request for comment.

El Obeid, the state capital, has been under intermittent RSF attack since the group lost ground around Khartoum."""

DRONE_SUN = """EL OBEID, Sudan (Nile Wire) - A drone attack on a power station in El Obeid on Sunday killed 8 people, the North Kordofan health office said on Monday.

The attack started a fire that burned for several hours before civil defence teams put it out, the office said.

The army blamed the paramilitary Rapid Support Forces, which did not respond to a request for comment.

El Obeid, the state capital, has been under intermittent RSF attack since the group lost ground around Khartoum."""

# The Friday strike rewritten by the wire as its toll rose later on Saturday: same day words.
DRONE_FRI_UPDATE = DRONE_FRI.replace(
    "on Friday killed 5 people, the North Kordofan health office said on Saturday.",
    "on Friday killed 7 people, up from an earlier count, the North Kordofan health office said on Saturday.")


def _docs(**texts: str) -> list[Document]:
    return [Document(id=k, source=f"{k}.txt", text=t, raw=t, fmt="txt") for k, t in texts.items()]


def test_two_nights_of_one_template_are_no_duplicates():
    verdict = compare(NIGHT_TUE, NIGHT_WED)
    assert len(verdict.aligned) >= 3        # quote, hospital line and boilerplate are shared ...
    assert verdict.kind is None             # ... but the lead tells another night


def test_more_shared_template_lines_still_make_no_copy():
    verdict = compare(NIGHT_TUE, NIGHT_WED_CLOSE)
    assert len(verdict.aligned) >= 4
    assert verdict.kind is None


def test_two_nights_make_two_stories():
    docs = _docs(tue=NIGHT_TUE, wed=NIGHT_WED, close=NIGHT_WED_CLOSE)
    dups = find_duplicates(docs)
    assert not any("tue" in (d.a, d.b) for d in dups)
    stories = {frozenset(s.documents) for s in group_stories(docs, dups)}
    assert frozenset({"tue"}) in stories


def test_a_same_day_update_with_a_higher_toll_still_links():
    assert compare(NIGHT_TUE, UPDATE_SAME_DAY).kind is not None
    docs = _docs(tue=NIGHT_TUE, upd=UPDATE_SAME_DAY, wed=NIGHT_WED)
    stories = {frozenset(s.documents) for s in group_stories(docs, find_duplicates(docs))}
    assert frozenset({"tue", "upd"}) in stories
    assert frozenset({"wed"}) in stories


def test_another_conflicts_template_strikes_are_no_duplicates_but_its_update_is():
    assert compare(DRONE_FRI, DRONE_SUN).kind is None
    assert compare(DRONE_FRI, DRONE_FRI_UPDATE).kind is not None


def test_an_exact_copy_is_still_a_copy():
    assert compare(NIGHT_TUE, NIGHT_TUE).kind == "copy"
