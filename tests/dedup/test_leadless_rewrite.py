"""A rewrite of one desk report retells the desk's standing background, which its report of another
happening carries word for word: with nothing of either lead retold, that is no rewrite of the other
report (``loose._loose_rewrite``: the figures path asks that a lead sentence aligns). Invented
reports on an invented republic."""
from __future__ import annotations

from sitrep.dedup import verify
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

BACKGROUND = [
    "The Electoral Board, headed by Talvane ally Orsino Pell, proclaimed Talvane the winner with 53.7% of the vote "
    "but has not published results by polling station, as it did in past elections.",
    "The opposition says copies of more than 85% of tally sheets gathered by its witnesses show Brisko won 64% of the vote.",
    "The Union of Southern States and a number of neighbouring governments have declined to recognise Talvane's victory.",
    "Protests that broke out after the result was announced left at least 31 people dead, according to rights groups, "
    "while Talvane has said more than 1,900 people were arrested.",
    "Talvane has called the protesters \"saboteurs\" and promised them the harshest punishment.",
]

WARRANT = [
    "MERIDA NOVA, Oct 7 (Coastline Wire) - A Quenvari court on Monday issued an arrest warrant for opposition "
    "candidate Amadeo Brisko at the request of prosecutors, sharply escalating President Rufo Talvane's crackdown.",
    "The warrant accuses Brisko, a 71-year-old former judge, of forgery of public documents, conspiracy and sabotage.",
    "Prosecutors had summoned Brisko three times last week over a website where the opposition posted tally sheets.",
    "\"He was summoned three times and chose not to come,\" prosecutor general Imre Castellan told state television.",
    "Brisko, whose whereabouts are unknown, has not appeared in public since a rally in the capital on August 2.",
    *BACKGROUND,
]

DETENTION = [
    "MERIDA NOVA, Sept 30 (Coastline Wire) - Quenvari security agents on Monday detained Lisandro Ferre, a lawyer "
    "for opposition leader Carmen Ostra, her party said, widening President Rufo Talvane's crackdown.",
    "Ferre was taken by hooded men in a car without plates outside a bakery in the east of the capital, the party said.",
    "\"They took him by force and nobody knows where he is,\" the party said in a statement.",
    "Ostra called the arrest a kidnapping and demanded the lawyer's immediate release.",
    "Ferre represents the opposition before the electoral authorities and had filed several complaints this month.",
    "Two other members of Ostra's campaign team were detained in the western port of Valdez at the weekend.",
    "Prosecutor general Imre Castellan did not respond to a request for comment on the arrest.",
    *BACKGROUND,
    "A rights group said on Sunday it had registered 1,140 political prisoners, the most in its records.",
]

# another outlet's rewrite of the warrant report: every sentence reworded, the background too
REWRITE = [
    "A Quenvari judge on Monday ordered the arrest of opposition candidate Amadeo Brisko, the prosecutor's office "
    "announced, in a sharp escalation of Rufo Talvane's campaign against his opponents.",
    "According to a document released by prosecutors, Brisko, a 71-year-old retired judge, is accused of forging "
    "public documents, conspiracy and sabotage.",
    "The former judge had been summoned three times last week over a website where the opposition posted tally sheets, "
    "and failed to appear each time.",
    "Brisko has not been seen in public since a rally in the capital on August 2 and his location is unknown.",
    "His lawyer, Teodor Vance, has argued that the prosecutor's office had already prejudged his client.",
    "Exiled politicians wrote that the government had lost all sense of reality by pursuing the former judge.",
    "\"He was summoned three times and chose not to come,\" prosecutor general Imre Castellan said on state television.",
    "The electoral authority, led by Talvane loyalist Orsino Pell, declared Talvane the winner with 53.7% of votes "
    "without releasing the breakdown by polling station it gave in earlier elections.",
    "According to the opposition, copies of over 85% of the tally sheets collected by its witnesses show that Brisko "
    "received 64% of the vote.",
    "The Union of Southern States and several neighbouring governments have refused to recognise Talvane's re-election.",
    "At least 31 people were killed in the protests that followed the announcement, according to human rights "
    "groups, and Talvane himself has said that more than 1,900 were detained.",
    "The president has labelled the protesters \"saboteurs\".",
    "With information from Coastline Wire.",
]


def _doc(id_: str, sentences: list[str], outlet: str, published: str) -> Document:
    text = "\n\n".join(sentences)
    return Document(id=id_, source=f"{id_}.txt", fmt="txt", raw=text, text=text, outlet=outlet, published=published)


def test_a_rewrite_retelling_only_the_desks_background_is_no_rewrite_of_its_other_report():
    rewrite = _doc("c", REWRITE, "Southern Reports", "2026-10-08")
    detention = _doc("b", DETENTION, "Coastline Wire", "2026-09-30")
    assert verify(rewrite, detention, sketch(rewrite.text), sketch(detention.text)) is None


def test_the_rewrite_of_the_report_it_retells_stays_a_rewrite():
    warrant = _doc("a", WARRANT, "Coastline Wire", "2026-10-07")
    rewrite = _doc("c", REWRITE, "Southern Reports", "2026-10-08")
    found = verify(warrant, rewrite, sketch(warrant.text), sketch(rewrite.text))
    assert found is not None and found.kind == "rewrite"
