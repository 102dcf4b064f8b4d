"""Integrity of the shipped gazetteer (data/gazetteer/{morocco,world}.json).

Standalone: json + pytest only, does not import the package.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GAZ_DIR = Path(__file__).parents[2] / "src/maroc_entrepreneuriat_nlp/data/gazetteer"
FILES = ("morocco.json", "world.json")
LEVELS = {"country", "region", "province", "city", "commune", "district"}
FIELDS = {
    "id", "level", "country", "name_fr", "name_ar", "variants", "former_names", "former",
    "parent", "iso", "lat", "lon", "ambiguous",
}
# coarser levels allowed as parent of each level
PARENT_LEVELS = {
    "country": set(),
    "region": {"country"},
    "province": {"region"},
    "city": {"province", "country"},  # foreign cities hang directly under their country
    "commune": {"province"},
    "district": {"province", "city"},
}

_AR_MAP = str.maketrans({
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0624": "\u0648", "\u0626": "\u064a", "\u0649": "\u064a", "\u06cc": "\u064a",
    "\u0629": "\u0647",
    "\u06a9": "\u0643", "\u06af": "\u0643", "\u0763": "\u0643", "\u06ad": "\u0643",
    "\u0621": None, "\u0640": None,
})


def norm(s: str) -> str:
    """casefold, strip accents and Arabic diacritics, unify alef/hamza/ya/ta marbuta,
    punctuation and hyphens -> space."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(_AR_MAP).casefold()
    s = s.replace("œ", "oe").replace("æ", "ae")
    s = re.sub(r"[\W_]+", " ", s)
    return " ".join(s.split())


LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _load(name):
    with open(GAZ_DIR / name, encoding="utf-8") as fh:
        data = json.load(fh)
    assert set(data) == {"entries"}, name
    return data["entries"]


@pytest.fixture(scope="module")
def files():
    return {name: _load(name) for name in FILES}


@pytest.fixture(scope="module")
def entries(files):
    return [e for name in FILES for e in files[name]]


@pytest.fixture(scope="module")
def by_id(entries):
    return {e["id"]: e for e in entries}


def aliases(e):
    return [e["name_fr"], e["name_ar"], *e["variants"], *e["former_names"]]


def test_fields_and_types(entries):
    for e in entries:
        assert set(e) == FIELDS, e.get("id")
        assert isinstance(e["id"], str) and e["id"].startswith("loc:"), e["id"]
        assert re.fullmatch(r"loc:[a-z]{2}(:[a-z0-9][a-z0-9-]*)*", e["id"]), e["id"]
        for k in ("variants", "former_names", "ambiguous"):
            assert isinstance(e[k], list) and all(isinstance(x, str) and x.strip() for x in e[k]), (e["id"], k)
        assert isinstance(e["former"], bool), e["id"]
        assert e["parent"] is None or isinstance(e["parent"], str), e["id"]
        for k in ("lat", "lon"):
            assert e[k] is None or isinstance(e[k], (int, float)), (e["id"], k)
        assert (e["lat"] is None) == (e["lon"] is None), e["id"]
        if e["lat"] is not None:
            assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180, e["id"]


def test_ids_unique(entries):
    dup = [i for i, n in Counter(e["id"] for e in entries).items() if n > 1]
    assert not dup, dup


def test_names_in_their_script(entries):
    for e in entries:
        assert LATIN.search(e["name_fr"]), e["id"]
        assert ARABIC.search(e["name_ar"]), e["id"]


def test_levels_valid(entries):
    for e in entries:
        assert e["level"] in LEVELS, e["id"]


def test_country_codes(entries):
    for e in entries:
        assert re.fullmatch(r"[A-Z]{2}", e["country"]), e["id"]
        assert e["id"].split(":")[1] == e["country"].lower(), e["id"]


def test_parents_exist_and_are_coarser(entries, by_id):
    for e in entries:
        if e["level"] == "country":
            assert e["parent"] is None, e["id"]
            continue
        assert e["parent"] in by_id, (e["id"], e["parent"])
        p = by_id[e["parent"]]
        assert p["level"] in PARENT_LEVELS[e["level"]], (e["id"], e["level"], p["id"], p["level"])
        assert p["country"] == e["country"], e["id"]
        assert not p["former"], e["id"]


def test_moroccan_hierarchy(files, by_id):
    for e in files["morocco.json"]:
        assert e["country"] == "MA", e["id"]
        if e["level"] == "region":
            assert e["parent"] == "loc:ma", e["id"]
        if e["level"] in ("city", "commune"):
            assert by_id[e["parent"]]["level"] == "province", e["id"]
        if e["level"] == "district":
            assert by_id[e["parent"]]["level"] in ("province", "city"), e["id"]
        if e["former"]:
            assert e["level"] == "region" and e["parent"] == "loc:ma", e["id"]


def test_moroccan_counts(files):
    ma = files["morocco.json"]
    countries = [e for e in ma if e["level"] == "country"]
    assert [e["id"] for e in countries] == ["loc:ma"]
    regions = [e for e in ma if e["level"] == "region" and not e["former"]]
    assert len(regions) == 12
    assert sorted(e["iso"] for e in regions) == [f"MA-{i:02d}" for i in range(1, 13)]
    assert len([e for e in ma if e["level"] == "region" and e["former"]]) == 16
    provinces = [e for e in ma if e["level"] == "province" and not e["former"]]
    assert len(provinces) == 75
    isos = [e["iso"] for e in provinces]
    assert all(i and re.fullmatch(r"MA-[A-Z]{3}", i) for i in isos)
    assert len(set(isos)) == 75
    local = [e for e in ma if e["level"] in ("city", "commune", "district")]
    assert len(local) >= 450


def test_every_province_has_places(files):
    ma = files["morocco.json"]
    with_children = {e["parent"] for e in ma if e["level"] in ("city", "commune")}
    for e in ma:
        if e["level"] == "province":
            assert e["id"] in with_children, e["id"]


def test_country_iso_unique_and_valid(entries):
    countries = [e for e in entries if e["level"] == "country"]
    isos = [e["iso"] for e in countries]
    assert all(isinstance(i, str) and re.fullmatch(r"[A-Z]{2}", i) for i in isos)
    dup = [i for i, n in Counter(isos).items() if n > 1]
    assert not dup, dup
    for e in countries:
        assert e["iso"] == e["country"] and e["id"] == f"loc:{e['iso'].lower()}", e["id"]
    assert len(countries) >= 240


def test_iso_codes_of_subunits(entries):
    for e in entries:
        if e["level"] in ("region", "province") and e["iso"] is not None:
            assert e["iso"].startswith(e["country"] + "-"), e["id"]
        if e["level"] in ("city", "commune", "district"):
            assert e["iso"] is None, e["id"]


def test_key_names_present(entries):
    index = defaultdict(set)
    for e in entries:
        for a in aliases(e):
            index[norm(a)].add(e["id"])
    expected = {
        "Fès": "loc:ma:fes", "Fez": "loc:ma:fes", "Tangier": "loc:ma:tanger", "Tánger": "loc:ma:tanger",
        "درعة-تافيلالت": "loc:ma:region:draa-tafilalet", "Draa-Tafilalet": "loc:ma:region:draa-tafilalet",
        "سوس ماسة": "loc:ma:region:souss-massa", "جهة الشرق": "loc:ma:region:oriental",
        "شتوكة آيت باها": "loc:ma:province:chtouka-ait-baha",
        "Souss-Massa-Drâa": "loc:ma:former-region:souss-massa-draa",
        "Etats-Unis": "loc:us", "الولايات المتحدة": "loc:us", "Algérie": "loc:dz",
        "Sénégal": "loc:sn", "الأردن": "loc:jo", "Dakar": "loc:sn:dakar",
        "Royaume du Maroc": "loc:ma", "المملكة المغربية": "loc:ma",
    }
    for name, id_ in expected.items():
        assert id_ in index[norm(name)], (name, id_)


def test_shared_aliases_are_declared_ambiguous(entries):
    index = defaultdict(set)
    for e in entries:
        for a in aliases(e):
            index[norm(a)].add(e["id"])
    amb = {e["id"]: {norm(a) for a in e["ambiguous"]} for e in entries}
    bad = []
    for key, ids in index.items():
        if len(ids) > 1:
            undeclared = sorted(i for i in ids if key not in amb[i])
            if undeclared:
                bad.append((key, sorted(ids), undeclared))
    assert not bad, bad[:20]


def test_known_ambiguities(entries):
    amb = {e["id"]: {norm(a) for a in e["ambiguous"]} for e in entries}
    for key, ids in {
        "الجزائر": ("loc:dz", "loc:dz:alger"),
        "تونس": ("loc:tn", "loc:tn:tunis"),
        "عمان": ("loc:om", "loc:jo:amman"),
    }.items():
        for i in ids:
            assert norm(key) in amb[i], (key, i)
