import pytest

# Three invented reports: two outlets independently report the same shelling (same day), a
# third, weeks later, recalls it as background. A wire copy of the first gives a duplicate.
ARTICLES = {
    "a_wire.txt": """Militia shells Dorvan market, killing four
By Lena Marsh
March 3, 2025 4:10 PM GMT
DORVAN, March 3 (Reuters) - The Sable Hills Brigade shelled the central market of Dorvan on Monday, killing four civilians and wounding 19 others, local officials said.
"We hold the Sable Hills Brigade responsible for this crime," Interior Minister Petra Vold told reporters in Dorvan.
Vold said the brigade had fired at least 30 rockets at the town since January.
The Sable Hills Brigade, which is backed by Kestria, denied targeting civilians.
"Our fighters only struck military positions," brigade spokesman Arun Tavi said in a statement.
Residents said the shelling lasted more than an hour and destroyed dozens of stalls.
(Reporting by Lena Marsh; Editing by Omar Quist)
""",
    "b_local.txt": """Four killed as rockets hit Dorvan market
Dorvan Herald
March 3, 2025
Rockets fired by the Sable Hills Brigade hit the crowded market in Dorvan on Monday, killing four people, the Interior Ministry said.
Interior Minister Petra Vold condemned the attack and called on the United Nations to act.
"This is a war crime," Vold said.
Hospital staff said 21 people were wounded in the attack.
The ministry said the group has launched more than 30 rocket attacks on the town this year.
""",
    "c_later.txt": """Talks on Dorvan ceasefire open in Geneva
By Ines Okoro
Published March 28, 2025
GENEVA - Envoys of the government and the Sable Hills Brigade met in Geneva on Friday for the first talks since the brigade shelled the Dorvan market on March 3.
"We came here to stop the killing," said Petra Vold, who leads the government delegation.
The United Nations hosted the talks, which diplomats said could last two weeks.
The Dorvan Herald first reported the meeting.
""",
}


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def picture_db(corpus_dir, tmp_path_factory):
    from sitrep.batch import ingest
    from sitrep.picture import update_picture
    from sitrep.store import Store
    path = tmp_path_factory.mktemp("db") / "picture.db"
    store = Store(path)
    ingest([str(corpus_dir)], store)
    update_picture(store)
    store.close()
    return path
