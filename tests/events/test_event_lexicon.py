"""The lexicon: inflection, data loading, whole-word longest matching, casualty figures, intensity build."""
from __future__ import annotations

import pytest

from sitrep.events.build_intensity import build
from sitrep.events.figures import casualties
from sitrep.events.lexicon import inflect, lexicon, verb_forms


def test_inflection():
    assert inflect("attack")["past"] == "attacked"
    assert inflect("deny") == {"base": "deny", "3sg": "denies", "past": "denied", "participle": "denied", "ing": "denying"}
    assert inflect("ban")["ing"] == "banning" and inflect("seize")["ing"] == "seizing"
    assert verb_forms("call on")["past"] == "called on"
    assert verb_forms("hold|holds|held|held|holding talks")["past"] == "held talks"


def test_longest_whole_word_match():
    hits = lexicon().find("they struck a deal with the sacked official; rearmed units attack")
    keys = [h[2] for h in hits]
    assert "struck a deal" in keys and "struck" not in keys
    assert not any(k in ("arm", "armed") for k in keys)


def test_hyphenated_modifier_is_no_trigger():
    keys = [h[2] for h in lexicon().find("the iran-backed group")]
    assert "backed" not in keys


@pytest.mark.parametrize("text, dead, hurt", [
    ("Two soldiers were killed and 24 injured.", (2, "exact"), (24, "exact")),
    ("The raid killed at least 12 people, wounding dozens.", (12, "min"), (12, "min")),
    ("The shelling left three dead.", (3, "exact"), None),
    ("No one was hurt in the attack.", (0, "exact"), (0, "exact")),
    ("The death toll rose to 45.", (45, "exact"), None),
    ("The 2023 attack on the town was recalled.", None, None),
    ("Everyone was wounded in the raid and someone was killed.", None, None),     # no number inside a word
    ("An F16 killed people on the road.", None, None),
    ("Twenty-one people died and 3 were hurt.", (21, "exact"), (3, "exact")),
    ("More than 40 people were killed and up to 80 injured.", (40, "min"), (80, "max")),
])
def test_casualty_figures(text, dead, hurt):
    d, h = casualties(text, 0, len(text))
    assert ((d.value, d.bound) if d else None) == dead
    assert ((h.value, h.bound) if h else None) == hurt


def test_intensity_build_averages_goldstein_per_category():
    table = "18: ASSAULT\n180: ASSAULT, , # x\n190: ASSAULT, , # y\n040: CONSULT, , # z\n"
    codebook = '"",eventtype_ID,name,code,goldstein\n1,1,a,180,-9\n2,2,b,190,-10\n3,3,c,040,1\n'
    out = {e["action"]: e["intensity"] for e in build(table, codebook)["entries"]}
    assert out == {"ASSAULT": -9.5, "CONSULT": 1.0}
