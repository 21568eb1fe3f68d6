"""A live blog of a day's happenings shares figures with every report of that day, one entry each:
no story link to a report it does not lead with (``dedup.live_blog``, ``dedup.same_story``).
Invented Caucasus texts."""
from __future__ import annotations

from sitrep.dedup.live_blog import live_blog


BLOG = ("Welcome to our live coverage of the war in Lorivale for Thursday. This page is updated throughout the day.\n\n"
        "19:40 – The health ministry said strikes killed 45 people over the past 24 hours.\n\n"
        "18:55 – The army said its troops fought around Akhtal.\n\n"
        "17:20 - Envoys met the prime minister in Vanadzor to discuss a truce.")
REPORT = ("STEPANAVAN (Reuters) - The Kesaran Front's new leader said on Wednesday the group would keep fighting.\n\n"
          "He spoke at 19:40 on Wednesday, his aides said.")


def test_time_stamped_entries_make_a_live_blog() -> None:
    assert live_blog(BLOG)
    assert not live_blog(REPORT)
    assert not live_blog(BLOG.replace("18:55 –", "Later,").replace("17:20 -", "Then"))
