from sitrep.dedup import find_duplicates, group_stories, original_of
from sitrep.dedup.compare import compare
from sitrep.dedup.fingerprint import fingerprint, jaccard_estimate, sentences
from sitrep.dedup.lsh import candidate_pairs
from sitrep.model import Document

WIRE = """KARSTOVO (Reuters) - Two drones launched from the Trebin valley struck the Halvik fuel depot early on Monday, killing four soldiers and wounding 11, the Velorian defence ministry said.

The Karst Liberation Front said in a statement on its Telegram channel that it had targeted the depot because it supplied army units on the northern front.

Velorian air defences shot down three other drones over the port city of Pelagny, the ministry added.

The attack was the deepest strike inside Velorian territory since the fighting began in January.

Defence Minister Pavel Ostrin vowed to respond and said the army would push into the valley within days."""

REPOST = """Two drones launched from the Trebin valley struck the Halvik fuel depot early on Monday, killing four soldiers and wounding 11, the Velorian defence ministry said (Reuters).

The Karst Liberation Front said in a statement on its Telegram channel that it had targeted the depot because it supplied army units on the northern front.

Velorian air defences shot down three other drones over the port city of Pelagny, the ministry added.

The attack was the deepest strike inside Velorian territory since the fighting began in January."""

REWRITE = """Four soldiers were killed and 11 wounded on Monday when two drones fired from the Trebin valley hit the fuel depot at Halvik, according to Veloria's defence ministry.

In a Telegram statement, the Karst Liberation Front claimed the depot was targeted since it supplied army units fighting on the northern front.

Air defences downed three more drones above Pelagny, the port city, the ministry said.

Defence Minister Pavel Ostrin promised a response, saying troops would advance into the valley within days."""

TEMPLATE_NIGHT_1 = """Velorian air defences shot down all 29 drones launched by the Karst Liberation Front overnight, the air force said on Tuesday.

The drones targeted the regions of Pelagny and Andrevo, the air force said in a statement.

Debris from a downed drone damaged a warehouse in Pelagny, regional governor Ilse Marek said, adding that nobody was hurt."""

TEMPLATE_NIGHT_2 = """Velorian air defences shot down 42 drones launched by the Karst Liberation Front overnight, the air force said on Friday.

The drones targeted the regions of Doltsa and Miren, the air force said in a statement.

Debris from a downed drone damaged two houses in Doltsa, regional governor Tomas Brek said, adding that three people were hurt."""

OTHER = """The UN envoy for Veloria, Henrietta Lascombe, arrived in Andrevo for talks on a humanitarian pause.

She is due to meet Foreign Minister Pavel Ostrin and later travel to the Trebin valley to visit displaced families.

Aid agencies say more than 180,000 people have fled their homes since January."""


def _doc(doc_id, text, published=None, outlet=None):
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, raw=text, fmt="txt",
                    published=published, outlet=outlet)


def test_repost_with_other_chrome_is_a_copy():
    verdict = compare(WIRE, REPOST)
    assert verdict.kind == "copy"
    assert verdict.passages()


def test_paraphrase_is_a_rewrite_not_a_copy():
    verdict = compare(WIRE, REWRITE)
    assert verdict.kind == "rewrite"
    assert verdict.coverage >= 0.5


def test_same_template_different_event_is_not_a_duplicate():
    assert compare(TEMPLATE_NIGHT_1, TEMPLATE_NIGHT_2).kind is None


def test_unrelated_articles_are_not_duplicates():
    assert compare(WIRE, OTHER).kind is None


def test_sentences_keep_abbreviations_whole_and_spans_exact():
    text = "U.S. officials said 3.5 tonnes arrived. The envoy left."
    found = sentences(text)
    assert [text[s.start:s.end] for s in found] == ["U.S. officials said 3.5 tonnes arrived.", "The envoy left."]


def test_signatures_estimate_similarity():
    a, b, c = fingerprint("a", WIRE), fingerprint("b", REPOST), fingerprint("c", OTHER)
    assert jaccard_estimate(a.shingle_sig, b.shingle_sig) > 0.5
    assert jaccard_estimate(a.shingle_sig, c.shingle_sig) < 0.1


def test_lsh_finds_the_copy_and_skips_the_unrelated():
    sigs = [(k, f.shingle_sig, f.content_sig) for k, f in
            (("a", fingerprint("a", WIRE)), ("b", fingerprint("b", REPOST)), ("c", fingerprint("c", OTHER)))]
    pairs = candidate_pairs(sigs)
    assert ("a", "b") in pairs
    assert ("a", "c") not in pairs


def test_original_is_the_earlier_or_the_credited():
    wire, repost = _doc("w", WIRE, "2025-03-17", "Reuters"), _doc("r", REPOST, None, "Karst Watch")
    assert original_of(wire, repost) == "w"                  # the repost credits (Reuters)
    later = _doc("l", REPOST, "2025-03-18", "Karst Watch")
    assert original_of(later, _doc("e", WIRE, "2025-03-17", "Reuters")) == "e"
    assert original_of(_doc("x", OTHER), _doc("y", OTHER)) is None


def test_corpus_duplicates_and_stories():
    docs = [_doc("w", WIRE, "2025-03-17", "Reuters"), _doc("r", REPOST, None, "Karst Watch"),
            _doc("p", REWRITE, "2025-03-17", "Velpress"), _doc("o", OTHER, "2025-03-19", "UN News"),
            _doc("t1", TEMPLATE_NIGHT_1, "2025-03-18"), _doc("t2", TEMPLATE_NIGHT_2, "2025-03-21")]
    dups = find_duplicates(docs)
    kinds = {(d.a, d.b): d.kind for d in dups}
    assert kinds.get(("r", "w")) == "copy"
    assert {("p", "w"), ("p", "r")} & set(kinds)
    assert not any({"o", "t1", "t2"} & {a, b} for a, b in kinds)
    stories = group_stories(docs, dups)
    together = next(s for s in stories if "w" in s.documents)
    assert {"w", "r", "p"} <= set(together.documents)
    assert not {"t1", "t2"} & set(together.documents)
    assert any(s.documents == ["t1"] for s in stories)
