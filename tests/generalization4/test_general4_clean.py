"""Generalisation round 4: cleaning and document metadata on formats rounds 1-3 do not cover: a
Reuters-style wire ("By X and Y | Reuters", "2:32 PM GMT" stamp, "(Reporting by ...; Editing by
...)" credit), a saved .htm page with a cookie wall, a "Related topics" list and a local-time
byline, a Q&A interview, a numbered "what we know" roundup stamped "14:32 GMT" and an op-ed with an
author's bio line. Invented articles on Pakistan (TTP, North Waziristan) and Ethiopia (Amhara,
Fano). Only behaviour that works today is pinned; failures are in the tester's report (nested
JSONL objects are rejected, the interview's title is lost, the op-ed's bio stays in the text)."""
from pathlib import Path

from corpus_checks import cleaned_metadata_test, cleaned_text_keeps_test, cleaned_text_lacks_test, one_document

FIXTURES = Path(__file__).parent / "fixtures"


METADATA = [
    ("pakistan_wire.txt", "title", "Suicide bomber kills 13 Pakistani soldiers in North Waziristan, military says"),
    ("pakistan_wire.txt", "outlet", "Reuters"),
    ("pakistan_wire.txt", "published", "2025-06-01"),
    ("pakistan_wire.txt", "dateline", "ISLAMABAD"),
    ("pakistan_dawn.htm", "title", "Mir Ali attack: death toll rises to 16 as wounded soldiers succumb"),
    ("pakistan_dawn.htm", "outlet", "Frontier Daily"),
    ("pakistan_dawn.htm", "authors", ["Zahid Gishkori"]),
    ("pakistan_dawn.htm", "dateline", "PESHAWAR"),
    ("pakistan_interview.txt", "published", "2025-06-03"),
    ("pakistan_interview.txt", "authors", ["Hina Baloch"]),
    ("ethiopia_wire.txt", "title", "Drone strike on Ethiopian market kills at least 23, health workers say"),
    ("ethiopia_wire.txt", "outlet", "Reuters"),
    ("ethiopia_wire.txt", "published", "2025-07-13"),
    ("ethiopia_wire.txt", "authors", ["Dawit Endeshaw"]),
    ("ethiopia_wire.txt", "dateline", "ADDIS ABABA"),
    ("ethiopia_roundup.txt", "title", "Amhara drone strike: what we know so far"),
    ("ethiopia_roundup.txt", "outlet", "Horn Observer"),
    ("ethiopia_roundup.txt", "published", "2025-07-14"),
    ("ethiopia_roundup.txt", "authors", ["Selam Girma"]),
    ("ethiopia_oped.txt", "title", "Opinion: Wegel Tena shows Ethiopia's drone war has no military logic"),
    ("ethiopia_oped.txt", "published", "2025-07-16"),
    ("ethiopia_oped.txt", "authors", ["Mulugeta Gebrehiwot"]),
]


test_metadata_on_new_outlets = cleaned_metadata_test(FIXTURES, METADATA)


def test_wire_writers_are_authors():
    # "By A and B | Reuters": both names, the outlet not an author
    authors = one_document(FIXTURES / "pakistan_wire.txt").authors
    assert authors[:2] == ["Imran Qadir", "Sarah Whitfield"] and "Reuters" not in authors


def test_local_time_byline_dates_the_page():
    # meta says 19:30 UTC on June 1; the byline's "June 2, 2025 00:30 PKT" is the local day: either
    # reading is defensible, but it must be one of the two, never another day
    assert one_document(FIXTURES / "pakistan_dawn.htm").published in ("2025-06-01", "2025-06-02")


test_chrome_and_credits_removed = cleaned_text_lacks_test(FIXTURES, [
    ("pakistan_wire.txt", "Reporting by"),
    ("pakistan_wire.txt", "Editing by Gareth Jones"),
    ("pakistan_wire.txt", "| Reuters"),
    ("pakistan_wire.txt", "2:32 PM GMT"),
    ("ethiopia_wire.txt", "Editing by Alexandra Hudson"),
    ("pakistan_dawn.htm", "We value your privacy"),
    ("pakistan_dawn.htm", "Accept all"),
    ("pakistan_dawn.htm", "Related topics"),
    ("pakistan_dawn.htm", "Cookie settings"),
    ("pakistan_dawn.htm", "Published June 2"),
    ("pakistan_interview.txt", "Published: 3 June"),
    ("ethiopia_roundup.txt", "Last updated"),
    ("ethiopia_roundup.txt", "Horn Observer"),
])


test_body_kept = cleaned_text_keeps_test(FIXTURES, [
    ("pakistan_wire.txt", "ISLAMABAD, June 1 (Reuters) - A suicide bomber rammed"),
    ("pakistan_wire.txt", "a charge the Afghan Taliban deny."),
    ("pakistan_dawn.htm", "PESHAWAR: The death toll from Sunday's suicide attack"),
    ("pakistan_dawn.htm", "closed the main road to Miranshah on Sunday evening."),
    ("pakistan_interview.txt", "Q: Who was behind Sunday's attack?"),
    ("pakistan_interview.txt", "A: Talk to Kabul"),
    ("ethiopia_roundup.txt", "1. The toll has risen to 31 dead."),
    ("ethiopia_roundup.txt", "In a statement issued at 09:10 GMT on Sunday"),
    ("ethiopia_oped.txt", "Last Saturday, a drone fired on the weekly market in Wegel Tena."),
])
