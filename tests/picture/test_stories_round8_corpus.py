"""Through ingest and the picture: four invented outlets on a Myanmar air strike whose reports event
merging keeps apart (one names the place, one the air force, one a week later names nobody), and a
rebel attack the same Sunday in another region that stays its own story."""
from __future__ import annotations

import pytest

ARTICLES = {
    "wire.txt": """Myanmar junta air strike on monastery kills 11 in Sagaing village

Published: 2025-04-14

YANGON (Reuters) - A military air strike hit a Buddhist monastery in the village of Lin Ta Lu in Sagaing region on Sunday, killing 11 civilians who had sheltered there, a local resistance group said.

The junta did not respond to calls seeking comment. Residents said two jets circled the village before the strike.
""",
    "local.txt": """Monastery bombing in Lin Ta Lu: villagers bury the dead

Published: 2025-04-15

MONYWA - Villagers in Lin Ta Lu on Monday buried the victims of Sunday's bombing. The Myanmar military bombed the monastery in Lin Ta Lu on Sunday, residents said, and a relief worker put the toll at 12.

Displaced families from nearby villages had been staying in the monastery compound since March.
""",
    "followup.txt": """A week after the Lin Ta Lu monastery strike, survivors ask why

Published: 2025-04-21

SAGAING - The air strike on the monastery in Lin Ta Lu on April 13 killed 11 people, according to the resistance group, most of them women and children.

Survivors interviewed by phone said no fighters were in the village at the time. Aid groups said access to the area remained blocked.
""",
    "other.txt": """Rebels seize border post near Myawaddy

Published: 2025-04-14

MAE SOT, Thailand - Karen rebels captured a military border post near Myawaddy on Sunday, a spokesman for the Karen National Union said.

Fighting continued on Monday around the town, residents said.
""",
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    from sitrep.batch import ingest
    from sitrep.picture import update_picture
    from sitrep.store import Store
    folder = tmp_path_factory.mktemp("myanmar")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(folder / "p.db")
    ingest([str(folder)], store)
    update_picture(store)
    names = {doc: source.rsplit("/", 1)[-1] for doc, source in store.db.execute("SELECT id, source FROM documents")}
    groups = sorted(sorted(names[d] for d in st.documents) for st in store.stories())
    store.close()
    return groups


def test_three_outlets_and_a_follow_up_on_one_strike_are_one_story(stories):
    assert ["followup.txt", "local.txt", "wire.txt"] in stories


def test_another_attack_the_same_sunday_elsewhere_stays_apart(stories):
    assert ["other.txt"] in stories
