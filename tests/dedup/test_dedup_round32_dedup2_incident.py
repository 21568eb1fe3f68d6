"""One desk template, two incidents: a wire's report of a second attack, written on the first
one's template (same background paragraphs, same anonymous-officials line, same statement frame,
even a line recalling the first attack), aligns with the first report as a rewrite would. Its lead
tells another place, day, toll and officials, nowhere in the first text: no rewrite, and no story
with it. A re-translation and a next-day rewrite of the first report keep its lead facts
(respelled, written out) and still link."""
from __future__ import annotations

from sitrep.dedup import find_duplicates
from sitrep.dedup.compare import compare
from sitrep.dedup.incident import other_incident
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

# invented: a Mindanao insurgency, one wire desk, two attacks a week apart
WIRE = """DAVAO, March 9 (Reuters) - Rebels ambushed an army patrol in the Philippines' Agusan del Sur province before dawn on Sunday, killing 11 soldiers, the military said, in one of the deadliest attacks on troops this year.

About 40 fighters opened fire on the patrol near the village of Loreto from two hillsides, the army's Eastern Mindanao Command said in a statement, adding that six of the attackers were killed in the firefight.

The New People's Army (NPA), the armed wing of the outlawed Communist Party of the Philippines, claimed responsibility, saying the ambush avenged the killing of its leaders in recent military operations in the region.

Two army officers, who spoke on condition of anonymity because they were not authorised to talk to the media, said the attackers also seized rifles and radios from the patrol.

"The nation honours the soldiers who gave their lives for peace in Mindanao," President Ramon Villareal said in a statement, vowing that the rebels behind the attack would be brought to justice.

The army says its operations have killed 212 rebels and captured 96 camps since January.

More than 1,350 people, including nearly 480 members of the security forces, have been killed in insurgent violence in the country this year, according to the Manila-based Institute for Peace and Security Analysis.

The NPA, which has fought the government since 1969, has stepped up attacks on police and soldiers since peace talks collapsed in August 2021.

(Reporting by Lia Santos; Editing by Mark Hale)"""

# the same desk's report of ANOTHER attack, a week later, on the same template
TRAP = """CAGAYAN DE ORO, March 16 (Reuters) - Rebels stormed a police outpost in the Philippines' Bukidnon province late on Saturday, killing five policemen, police said, in the latest of a string of attacks on security forces.

About 25 fighters attacked the outpost in the town of Talakag from several directions, provincial police director Arnel Baculio said in a statement, adding that two of the attackers were killed in the gunfight.

The New People's Army (NPA), the armed wing of the outlawed Communist Party of the Philippines, claimed responsibility, saying the raid avenged the killing of its fighters in recent police operations in the province.

Two police officials, who spoke on condition of anonymity because they were not authorised to talk to the media, said the attackers also burned two police vehicles parked at the outpost.

"The sacrifices of our brave policemen will not be forgotten," President Ramon Villareal said in a statement, vowing that the rebels behind the attack would be brought to justice.

The raid came a week after rebels killed 11 soldiers in an ambush in Agusan del Sur.

The army says its operations have killed 212 rebels and captured 96 camps since January.

More than 1,350 people, including nearly 480 members of the security forces, have been killed in insurgent violence in the country this year, according to the Manila-based Institute for Peace and Security Analysis.

The NPA, which has fought the government since 1969, has stepped up attacks on police and soldiers since peace talks collapsed in August 2021.

(Reporting by Lia Santos; Editing by Mark Hale)"""

# the wire trimmed by a site that reposts it (a copy)
COPY = """DAVAO: Rebels ambushed an army patrol in the Philippines' Agusan del Sur province before dawn on Sunday, killing 11 soldiers, the military said, in one of the deadliest attacks on troops this year.

About 40 fighters opened fire on the patrol near the village of Loreto from two hillsides, the army's Eastern Mindanao Command said in a statement, adding that six of the attackers were killed in the firefight.

The New People's Army (NPA), the armed wing of the outlawed Communist Party of the Philippines, claimed responsibility, saying the ambush avenged the killing of its leaders in recent military operations in the region.

Two army officers, who spoke on condition of anonymity because they were not authorised to talk to the media, said the attackers also seized rifles and radios from the patrol.

"The nation honours the soldiers who gave their lives for peace in Mindanao," President Ramon Villareal said in a statement, vowing that the rebels behind the attack would be brought to justice."""

# a machine re-translation (through Filipino) of the wire: other spellings, figures written out
RETRANSLATION = """Davao (News agency) Rebels did ambush an army patrol in province of Agusan del Sur early morning of Sunday, eleven soldiers were killed, military told, one of most deadly attack on troops in this year.

Around forty fighters did fire at the patrol near village Loreto from two hills, Eastern Mindanao Command of army told in statement, six of attackers were killed in the firefight.

New Peoples Army (NPA), armed wing of banned Communist Party of Philippines, accepted responsibility, and said the ambush was revenge for killing of its leaders in recent military operations of region.

Two officers of army said on condition to not give name because they are not allowed to talk with media, attackers also took rifles and radios of the patrol.

"Nation honours soldiers who gave lives for peace of Mindanao," President Ramon Villarreal told in statement, and promised rebels behind attack will be brought to justice.

More than 1.350 persons, among them nearly 480 members of security forces, were killed in insurgent violence in country in this year, according to Institute for Peace and Security Analysis based in Manila."""

# another outlet's rewrite, a day later, under its own dateline (``DATED``: with its own day in it)
REWRITE = """BUTUAN, Philippines - Eleven soldiers were killed when rebels ambushed an army patrol in Agusan del Sur province early on Sunday, the military said, one of the deadliest attacks on government troops so far this year.

Some 40 guerrillas fired on the patrol from two hillsides near Loreto village, the Eastern Mindanao Command said, adding that six attackers died in the exchange of fire.

The New People's Army (NPA), armed wing of the banned Communist Party of the Philippines, said it carried out the ambush to avenge the deaths of its leaders in recent military operations in the region.

Army officers who asked not to be named said the rebels also took rifles and radios from the soldiers.

President Ramon Villareal said the nation honours the soldiers who gave their lives for peace in Mindanao and vowed that the rebels behind the attack would be brought to justice.

More than 1,350 people, among them nearly 480 security personnel, have died in insurgent violence this year, the Manila-based Institute for Peace and Security Analysis says."""


def _doc(doc_id: str, text: str, published: str, outlet: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, raw="", fmt="txt", outlet=outlet, published=published)


def test_template_report_of_another_attack_is_no_rewrite():
    # aligned on the template's background lines, the two lead with other places, days and tolls
    assert compare(WIRE, TRAP).kind is None
    assert compare(COPY, TRAP).kind is None
    assert other_incident(sketch(WIRE), sketch(TRAP))
    assert other_incident(sketch(TRAP), sketch(COPY))


def test_retranslation_and_rewrite_of_the_wire_still_link():
    assert compare(WIRE, RETRANSLATION).kind == "rewrite"
    assert compare(WIRE, REWRITE).kind == "rewrite"
    assert compare(WIRE, COPY).kind == "copy"
    # respelled names and written-out figures, or a dateline's own day, tell no other incident
    assert not other_incident(sketch(WIRE), sketch(RETRANSLATION))
    assert not other_incident(sketch(REWRITE), sketch(WIRE))
    dated = REWRITE.replace("BUTUAN, Philippines -", "BUTUAN, March 10 (Mindanao Times) -")
    assert not other_incident(sketch(WIRE), sketch(dated))


def test_corpus_keeps_the_trap_out_of_the_story():
    docs = [_doc("wire", WIRE, "2025-03-09", "Reuters"), _doc("copy", COPY, "2025-03-09", "Daily Inquirer"),
            _doc("trap", TRAP, "2025-03-16", "Reuters"), _doc("mt", RETRANSLATION, "2025-03-10", "PinoyWire"),
            _doc("rw", REWRITE, "2025-03-10", "Mindanao Times")]
    pairs = {frozenset((d.a, d.b)) for d in find_duplicates(docs)}
    assert not any("trap" in p for p in pairs), sorted(map(sorted, pairs))
    for other in ("copy", "mt", "rw"):
        assert frozenset(("wire", other)) in pairs, other
