"""Integrity of the shipped ecosystem lexicon (data/lexicon/*.json).

Standalone: json + pytest only. The package is located without being imported (its code is not
needed to check its data files).

Each file is {"entries": [...]}; an entry is a programme, an organisation or a person with its
names (name_fr, name_ar), acronyms, variants and former names ("aliases"), an optional parent,
region, the aliases that need a cue word ("cue_required") and the aliases knowingly shared with
other entries ("ambiguous").
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest


def _lexicon_dir() -> Path:
    # The checkout's data when run from the repository, else the installed package's.
    local = Path(__file__).resolve().parents[2] / "src" / "maroc_entrepreneuriat_nlp" / "data" / "lexicon"
    if local.is_dir():
        return local
    spec = importlib.util.find_spec("maroc_entrepreneuriat_nlp")  # locates, does not import
    assert spec is not None and spec.origin, "package maroc_entrepreneuriat_nlp not found"
    return Path(spec.origin).parent / "data" / "lexicon"


LEX_DIR = _lexicon_dir()
MIN_ENTRIES = 300

TYPES = {"program": "prog", "organization": "org", "person": "person"}
KINDS = {
    "organization": {
        "agency", "ministry", "bank", "bank_foundation", "foundation", "association", "cooperative", "company",
        "chamber", "council", "parliament", "news_agency", "public_office", "school", "federation", "government",
        "authority", "international", "fund", "party",
    },
    "program": {"programme", "plan", "initiative", "fund", "product", "strategy", "platform", "project"},
    "person": {"person"},
}
REQUIRED = {
    "id": str, "type": str, "kind": str, "name_fr": str, "name_ar": str, "acronyms": list, "variants": list,
    "former_names": list, "parent": (str, type(None)), "region": (str, type(None)), "cue_required": list,
    "ambiguous": list,
}
OPTIONAL = {"role_fr": str, "role_ar": str, "note": str, "period": str, "operator": str}
ALIAS_FIELDS = ("acronyms", "variants", "former_names")
# Fields that hold the id of another lexicon entry.
REF_FIELDS = ("parent", "operator")
REGIONS = {
    "Tanger-Tétouan-Al Hoceïma", "L'Oriental", "Fès-Meknès", "Rabat-Salé-Kénitra", "Béni Mellal-Khénifra",
    "Casablanca-Settat", "Marrakech-Safi", "Drâa-Tafilalet", "Souss-Massa", "Guelmim-Oued Noun",
    "Laâyoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab",
}

_AR_MAP = str.maketrans({
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",  # alef forms
    "\u0624": "\u0648", "\u0626": "\u064a", "\u0649": "\u064a", "\u06cc": "\u064a",  # hamza seats, ya
    "\u0629": "\u0647",  # ta marbuta
    "\u06a9": "\u0643", "\u06af": "\u0643",  # keheh, gaf
    "\u0621": None, "\u0640": None,  # lone hamza, tatweel
})
# Generic heads that do not tell names apart ("programme Intelaka" = "Intelaka").
_HEADS = ("programme ", "program ", "برنامج ")
_ID = re.compile(r"^(prog|org|person):[a-z0-9]+(?:-[a-z0-9]+)*$")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")
_ARABIC = re.compile(r"[\u0621-\u064a]")


def norm(s: str) -> str:
    """casefold, no Latin accents or Arabic diacritics, alef/hamza/ya/ta marbuta unified,
    punctuation and spaces collapsed, a leading generic head ("programme", "برنامج") dropped."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(_AR_MAP).casefold().replace("œ", "oe").replace("æ", "ae")
    s = " ".join(re.sub(r"[\W_]+", " ", s).split())
    for head in _HEADS:
        if s.startswith(head) and len(s) > len(head) + 2:
            return s[len(head):]
    return s


def aliases(entry: dict) -> list[str]:
    """Every name of an entry: both names, acronyms, variants, former names."""
    return [entry["name_fr"], entry["name_ar"], *(a for f in ALIAS_FIELDS for a in entry.get(f, []))]


def _files() -> list[Path]:
    return sorted(LEX_DIR.glob("*.json"))


@pytest.fixture(scope="module")
def by_file() -> dict[str, list[dict]]:
    out = {}
    for path in _files():
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        assert isinstance(data, dict) and set(data) == {"entries"}, f"{path.name}: expected {{'entries': [...]}}"
        assert isinstance(data["entries"], list) and data["entries"], f"{path.name}: no entries"
        out[path.name] = data["entries"]
    return out


@pytest.fixture(scope="module")
def entries(by_file) -> list[dict]:
    return [e for es in by_file.values() for e in es]


@pytest.fixture(scope="module")
def by_id(entries) -> dict[str, dict]:
    return {e["id"]: e for e in entries}


def test_files_present():
    names = {p.name for p in _files()}
    assert "programs.json" in names
    assert "persons.json" in names
    assert any(n == "organizations.json" or n.startswith("organizations_") for n in names)


def test_enough_entries(entries):
    assert len(entries) >= MIN_ENTRIES, len(entries)
    counts = defaultdict(int)
    for e in entries:
        counts[e["type"]] += 1
    assert counts["program"] >= 50 and counts["organization"] >= 150 and counts["person"] >= 30, dict(counts)


def test_fields_and_types(entries):
    problems = []
    for e in entries:
        eid = e.get("id", "?")
        for field, typ in REQUIRED.items():
            if field not in e:
                problems.append(f"{eid}: missing {field}")
            elif not isinstance(e[field], typ):
                problems.append(f"{eid}: {field} has type {type(e[field]).__name__}")
        for field in set(e) - set(REQUIRED):
            if field not in OPTIONAL:
                problems.append(f"{eid}: unknown field {field}")
            elif not isinstance(e[field], OPTIONAL[field]) or not e[field].strip():
                problems.append(f"{eid}: bad {field}")
        for field in (*ALIAS_FIELDS, "cue_required", "ambiguous"):
            values = e.get(field, [])
            if not isinstance(values, list):
                continue
            for v in values:
                if not isinstance(v, str) or not v.strip() or v != v.strip() or "  " in v:
                    problems.append(f"{eid}: bad string {v!r} in {field}")
            if len(set(values)) != len(values):
                problems.append(f"{eid}: duplicates in {field}")
    assert not problems, "\n".join(problems)


def test_ids_unique_and_well_formed(entries):
    seen, problems = set(), []
    for e in entries:
        eid = e["id"]
        if eid in seen:
            problems.append(f"duplicate id {eid}")
        seen.add(eid)
        if not _ID.match(eid):
            problems.append(f"malformed id {eid!r}")
        if e["type"] not in TYPES:
            problems.append(f"{eid}: unknown type {e['type']!r}")
        elif eid.split(":", 1)[0] != TYPES[e["type"]]:
            problems.append(f"{eid}: prefix does not match type {e['type']}")
        elif e["kind"] not in KINDS[e["type"]]:
            problems.append(f"{eid}: kind {e['kind']!r} not allowed for {e['type']}")
    assert not problems, "\n".join(problems)


def test_types_match_files(by_file):
    for name, es in by_file.items():
        if name.startswith("program"):
            assert {e["type"] for e in es} == {"program"}, name
        elif name.startswith("person"):
            assert {e["type"] for e in es} == {"person"}, name
        elif name.startswith("organization"):
            assert {e["type"] for e in es} == {"organization"}, name


def test_names_in_their_script(entries):
    problems = []
    for e in entries:
        if not e["name_fr"].strip() or not _LATIN.search(e["name_fr"]):
            problems.append(f"{e['id']}: name_fr {e['name_fr']!r} has no Latin letter")
        if not e["name_ar"].strip() or not _ARABIC.search(e["name_ar"]):
            problems.append(f"{e['id']}: name_ar {e['name_ar']!r} has no Arabic letter")
        if _ARABIC.search(e["name_fr"]):
            problems.append(f"{e['id']}: name_fr {e['name_fr']!r} contains Arabic")
    assert not problems, "\n".join(problems)


def test_references_exist_and_no_cycles(by_id):
    problems = []
    for eid, e in by_id.items():
        for field in REF_FIELDS:
            ref = e.get(field)
            if ref is None:
                continue
            if ref == eid:
                problems.append(f"{eid}: {field} is itself")
            elif ref not in by_id:
                problems.append(f"{eid}: {field} {ref!r} is not a lexicon id")
        # parent chains end
        seen, cur = {eid}, e.get("parent")
        while cur is not None and cur in by_id:
            if cur in seen:
                problems.append(f"{eid}: parent cycle through {cur}")
                break
            seen.add(cur)
            cur = by_id[cur].get("parent")
    assert not problems, "\n".join(problems)


def test_parents_are_sensible(by_id):
    """Persons have no parent; programmes and organisations hang under their own type (a programme's
    operator is given by "operator", not "parent")."""
    problems = []
    for eid, e in by_id.items():
        parent = e.get("parent")
        if parent is None or parent not in by_id:
            continue
        if e["type"] == "person":
            problems.append(f"{eid}: a person has a parent")
        elif by_id[parent]["type"] != e["type"]:
            problems.append(f"{eid}: parent {parent} is a {by_id[parent]['type']}")
    assert not problems, "\n".join(problems)


def test_regions(entries):
    bad = [f"{e['id']}: {e['region']!r}" for e in entries if e.get("region") is not None and e["region"] not in REGIONS]
    assert not bad, "\n".join(bad)


def test_regional_families_complete(by_id):
    """One CRI, CCIS, regional council, chamber of agriculture and of crafts per region."""
    for prefix in ("org:cri-", "org:ccis-", "org:conseil-region-", "org:chambre-agriculture-", "org:chambre-artisanat-"):
        regions = [e["region"] for eid, e in by_id.items() if eid.startswith(prefix)]
        assert sorted(regions) == sorted(REGIONS), prefix


def test_cue_and_ambiguous_are_own_aliases(entries):
    problems = []
    for e in entries:
        own = {norm(a) for a in aliases(e)}
        for field in ("cue_required", "ambiguous"):
            for a in e[field]:
                if norm(a) not in own:
                    problems.append(f"{e['id']}: {field} {a!r} is not one of its names")
    assert not problems, "\n".join(problems)


def test_aliases_not_empty_after_normalisation(entries):
    bad = [f"{e['id']}: {a!r}" for e in entries for a in aliases(e) if not norm(a)]
    assert not bad, "\n".join(bad)


def test_no_unflagged_alias_collisions(entries):
    """An alias (normalised) names one entry, unless every entry sharing it lists it as ambiguous."""
    owners: dict[str, dict[str, str]] = defaultdict(dict)
    for e in entries:
        for a in aliases(e):
            owners[norm(a)].setdefault(e["id"], a)
    by_id = {e["id"]: e for e in entries}
    problems = []
    for key, ids in sorted(owners.items()):
        if len(ids) < 2:
            continue
        unflagged = [i for i in ids if key not in {norm(a) for a in by_id[i]["ambiguous"]}]
        if unflagged:
            problems.append(f"{key!r} shared by {sorted(ids)}; not flagged ambiguous in {sorted(unflagged)}")
    assert not problems, "\n".join(problems)


def test_ambiguous_aliases_are_shared(entries):
    """A flag of ambiguity is not left behind on an alias that only one entry has."""
    count: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for a in aliases(e):
            count[norm(a)].add(e["id"])
    stale = [f"{e['id']}: {a!r}" for e in entries for a in e["ambiguous"] if len(count[norm(a)]) < 2]
    assert not stale, "\n".join(stale)


def test_core_entities_present(by_id):
    """Entities the pipeline and the README rely on."""
    for eid in ("prog:intelaka", "prog:forsa", "prog:awrach", "prog:indh", "org:anapec", "org:tamwilcom",
                "org:cri", "org:cri-souss-massa", "org:map", "org:banque-populaire", "org:ccis",
                "org:ministere-inclusion-economique", "person:mohammed-vi", "person:younes-sekkouri"):
        assert eid in by_id, eid
    names = {norm(a) for a in aliases(by_id["prog:intelaka"])}
    assert {"intelaka", "انطلاقه", "piafe"} <= names
    assert "انطلاقه" in {norm(a) for a in by_id["prog:intelaka"]["cue_required"]}
    assert "ccg" in {norm(a) for a in by_id["org:tamwilcom"]["former_names"]}
