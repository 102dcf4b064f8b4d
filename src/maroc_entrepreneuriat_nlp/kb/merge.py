"""Cross-article and cross-language entity merge, with an explanation for every decision.

A record entity becomes a KB entity by, in order:
1. its canonical id (`Entity.id`, e.g. "prog:intelaka": Arabic and French records share it);
2. the shipped lexicon/gazetteer: a name or alias equal (normalised) to an entry's name, acronym or
   variant gives that entry's id;
3. an existing KB entity of the same kind with an equal normalised name or alias (persons: equal
   token sets, so "Mohamed Alami" = "Alami Mohamed");
4. a conservative fuzzy match (rapidfuzz ratio >= FUZZY_THRESHOLD on names of >= 6 characters,
   never for persons: two people differ by one letter too often);
else a new KB entity. The reason and score are stored with every link (article_entities).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..normalize import normalize_text
from ..resources import DATA_DIR

FUZZY_THRESHOLD = 93.0
FUZZY_MIN_LEN = 6

# Record group -> KB kind and the id prefix of the KB's own (non-canonical) ids.
CATEGORIES = {
    "programs": ("program", "prog"),
    "organizations": ("organization", "org"),
    "persons": ("person", "per"),
    "locations": ("place", "loc"),
}
# Generic head words that do not tell programmes apart ("programme Intelaka" = "Intelaka"), and
# honorifics that do not tell people apart; normalised forms.
_GENERIC_HEADS = ("programme ", "program ", "برنامج ", "initiative ", "مبادره ")
_HONORIFICS = {"m", "mme", "mlle", "dr", "pr", "السيد", "السيده", "الدكتور", "الاستاذ", "السيدة"}
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def script(name: str) -> str:
    return "ar" if _ARABIC.search(name) else "latn"


def name_key(name: str, kind: str) -> str:
    """Matching key: normalised, folded, punctuation-free; persons as a sorted token set."""
    key = _NON_WORD.sub(" ", normalize_text(name)).strip()
    if kind == "person":
        tokens = sorted({t for t in key.split() if t not in _HONORIFICS})
        return " ".join(tokens)
    for head in _GENERIC_HEADS:
        if key.startswith(head) and len(key) > len(head) + 2:
            key = key[len(head):]
            break
    return key


def _entry_kind(path_parts: tuple[str, ...], entry_id: str) -> str:
    prefix = entry_id.split(":", 1)[0].lower()
    stem = "/".join(path_parts).lower()
    if "gazetteer" in stem or prefix in ("loc", "place", "geo", "region", "province", "city"):
        return "place"
    if prefix.startswith("prog") or "program" in stem:
        return "program"
    if prefix.startswith("per"):
        return "person"
    return "organization"


@dataclass(frozen=True)
class LexiconEntry:
    id: str
    kind: str
    name_fr: str | None
    name_ar: str | None
    aliases: tuple[str, ...]
    ambiguous: frozenset[str] = frozenset()  # names other entries share ("Agadir": city and prefecture)
    level: str | None = None  # places: country/region/province/city/commune


def load_lexicon(data_dir) -> dict[str, LexiconEntry]:
    """Entries of <data_dir>/lexicon/*.json and <data_dir>/gazetteer/*.json ({"entries": [...]}),
    by id. Missing or malformed files are skipped: the KB works without them."""
    out: dict[str, LexiconEntry] = {}
    for sub in ("lexicon", "gazetteer"):
        folder = data_dir / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            entries = data.get("entries", []) if isinstance(data, dict) else data if isinstance(data, list) else []
            for e in entries:
                if not isinstance(e, dict) or not e.get("id"):
                    continue
                aliases = []
                for key in ("acronyms", "variants", "aliases", "variants_fr", "variants_ar", "former_names"):
                    vals = e.get(key) or []
                    aliases.extend(v for v in (vals if isinstance(vals, list) else [vals]) if isinstance(v, str))
                out.setdefault(e["id"], LexiconEntry(
                    id=e["id"],
                    kind=_entry_kind(path.relative_to(data_dir).parts, e["id"]),
                    name_fr=e.get("name_fr") or e.get("name"),
                    name_ar=e.get("name_ar"),
                    aliases=tuple(dict.fromkeys(aliases)),
                    ambiguous=frozenset(a for a in e.get("ambiguous") or [] if isinstance(a, str)),
                    level=e.get("level") if isinstance(e.get("level"), str) else None,
                ))
    return out


@lru_cache(maxsize=1)
def lexicon() -> dict[str, LexiconEntry]:
    """The shipped lexicon and gazetteer (read once)."""
    return load_lexicon(DATA_DIR)


def entry_names(entry: LexiconEntry) -> list[tuple[str, bool]]:
    """(name, is_alias) of a lexicon entry."""
    names = [(n, False) for n in (entry.name_fr, entry.name_ar) if n]
    return names + [(a, True) for a in entry.aliases if a not in (entry.name_fr, entry.name_ar)]


def build_index(entries: dict[str, LexiconEntry]) -> dict[tuple[str, str], tuple[tuple[str, bool], ...]]:
    """(kind, matching key) -> ((entry id, is it the entry's own name rather than a variant), ...);
    a name the data marks ambiguous counts as a variant, never as the entry's own name."""
    index: dict[tuple[str, str], dict[str, bool]] = {}
    for entry in entries.values():
        for name, is_alias in entry_names(entry):
            key = (entry.kind, name_key(name, entry.kind))
            if key[1]:
                ids = index.setdefault(key, {})
                ids[entry.id] = ids.get(entry.id, False) or (not is_alias and name not in entry.ambiguous)
    return {k: tuple(v.items()) for k, v in index.items()}


@lru_cache(maxsize=1)
def _lexicon_index() -> dict[tuple[str, str], tuple[tuple[str, bool], ...]]:
    return build_index(lexicon())


def lexicon_match(kind: str, names: list[str], level: str | None = None) -> tuple[str, str] | None:
    """(entry id, reason) when one of the names designates exactly one lexicon entry of this kind.

    A name shared by several entries ("Agadir": the city, and a variant of the prefecture) goes to
    the entry whose own name it is, else to the one of the record's level; if still several, to
    none (a conservative merge does not guess)."""
    index = _lexicon_index()
    for name in names:
        hits = index.get((kind, name_key(name, kind)))
        if not hits:
            continue
        ids = [i for i, _ in hits]
        if len(ids) > 1:
            ids = [i for i, own in hits if own] or ids
        if len(ids) > 1 and level:
            entries = lexicon()
            ids = [i for i in ids if entries[i].level == level] or ids
        if len(ids) == 1:
            return ids[0], f"name {name!r} matches lexicon entry {ids[0]!r}"
    return None


@dataclass(frozen=True)
class Match:
    entity_id: str
    reason: str
    score: float
    canonical: bool
    new: bool


def best_name_match(kind: str, names: list[str], known: list[tuple[str, str, str, bool]]) -> Match | None:
    """Match names against known (entity_id, name, norm, is_alias) of the same kind.

    Exact normalised equality first (score 1.0), then a fuzzy ratio for non-persons."""
    by_norm: dict[str, tuple[str, str, bool]] = {}
    for entity_id, name, norm, is_alias in sorted(known):
        by_norm.setdefault(norm, (entity_id, name, is_alias))
    for i, name in enumerate(names):
        key = name_key(name, kind)
        if key and key in by_norm:
            entity_id, other, other_alias = by_norm[key]
            what = "alias" if i > 0 else "name"
            whose = "alias" if other_alias else "name"
            return Match(entity_id, f"{what} {name!r} matches {whose} {other!r} of {entity_id}", 1.0, False, False)
    if kind == "person" or not by_norm:
        return None
    from rapidfuzz import fuzz, process

    choices = [n for n in by_norm if len(n) >= FUZZY_MIN_LEN]
    best: Match | None = None
    for i, name in enumerate(names):
        key = name_key(name, kind)
        if len(key) < FUZZY_MIN_LEN:
            continue
        hit = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if hit and (best is None or hit[1] / 100 > best.score):
            entity_id, other, _ = by_norm[hit[0]]
            best = Match(entity_id, f"{'alias' if i else 'name'} {name!r} is close to {other!r} of {entity_id} "
                         f"(ratio {hit[1]:.1f} >= {FUZZY_THRESHOLD})", round(hit[1] / 100, 4), False, False)
    return best


def new_entity_id(kind: str, name: str, taken) -> str:
    """The KB's own id for an entity no canonical id or lexicon entry names: "kb:<prefix>:<slug>"."""
    prefix = next(p for k, p in CATEGORIES.values() if k == kind)
    slug = name_key(name, kind).replace(" ", "-")[:80] or "unnamed"
    base = f"kb:{prefix}:{slug}"
    candidate, n = base, 2
    while taken(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate
