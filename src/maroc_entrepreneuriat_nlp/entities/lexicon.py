"""The lexicon of known programmes, organisations and persons (`data/lexicon/*.json`).

Every file holds `{"entries": [...]}` (see the data files for the fields). An `Entry` keeps what
the linker needs: the canonical names in both languages, every alias in natural spelling, and
which aliases need a cue (ordinary words such as "فرصة") or are shared by several entries ("CRI").
Gazetteer places (`gazetteer.py`) use the same `Entry` with `level`/`country`/`parent` filled.
Files are read on first use and cached; nothing happens at import time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..normalize import normalize_text
from ..resources import DATA_DIR, read_json


@dataclass(frozen=True)
class Entry:
    id: str
    label: str  # "program" | "organization" | "person" | "location"
    kind: str | None
    name_fr: str | None
    name_ar: str | None
    aliases: tuple[str, ...]  # every known surface name (names, acronyms, variants, former names)
    acronyms: tuple[str, ...] = ()
    cue_required: frozenset[str] = frozenset()  # folded aliases matched only after a cue or quoted
    ambiguous: frozenset[str] = frozenset()  # folded aliases shared with other entries
    parent: str | None = None
    region: str | None = None
    role_fr: str | None = None
    role_ar: str | None = None
    level: str | None = None  # locations only
    country: str | None = None
    former: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def display_name(self, language: str) -> str:
        """Canonical name in the article's language: Arabic for "ar", French otherwise."""
        first, second = (self.name_ar, self.name_fr) if language == "ar" else (self.name_fr, self.name_ar)
        return first or second or self.aliases[0]

    def other_names(self, language: str) -> list[str]:
        """Aliases worth exporting next to the display name: the other language's name, acronyms."""
        shown = self.display_name(language)
        out = []
        for n in (self.name_fr, self.name_ar, *self.acronyms):
            if n and n != shown and n not in out:
                out.append(n)
        return out


def _names(raw: dict) -> tuple[str, ...]:
    seen: list[str] = []
    for key in ("name_fr", "name_ar"):
        if raw.get(key):
            seen.append(raw[key])
    for key in ("acronyms", "variants", "former_names"):
        seen.extend(x for x in raw.get(key) or [] if x)
    if raw.get("type") == "program":
        # "برنامج تحسين الدخل والإدماج الاقتصادي للشباب" is also written without its head word
        # ("البرنامج الثالث المتعلق بتحسين الدخل ..."): a long Arabic name stands alone too.
        for n in list(seen):
            words = n.split()
            if words and words[0] in _AR_PROGRAMME_HEADS and len(words) >= 5:
                seen.append(" ".join(words[1:]))
    # "l'O.F.P.P.T.", "A.N.A.P.E.C": acronyms are also written with a dot after each letter.
    for a in raw.get("acronyms") or []:
        if a and 3 <= len(a) <= 8 and a.isalpha() and a.isupper():
            seen += [".".join(a) + ".", ".".join(a)]
    out: list[str] = []
    for n in seen:
        n = n.strip()
        if n and n not in out:
            out.append(n)
    return tuple(out)


_AR_PROGRAMME_HEADS = frozenset({"برنامج", "البرنامج"})


def entry_from_raw(raw: dict, label: str | None = None) -> Entry:
    known = {
        "id", "type", "kind", "name_fr", "name_ar", "acronyms", "variants", "former_names", "parent",
        "region", "cue_required", "ambiguous", "role_fr", "role_ar", "level", "country", "former",
    }
    return Entry(
        id=raw["id"],
        label=label or raw.get("type") or "organization",
        kind=raw.get("kind"),
        name_fr=raw.get("name_fr"),
        name_ar=raw.get("name_ar"),
        aliases=_names(raw),
        acronyms=tuple(raw.get("acronyms") or ()),
        cue_required=frozenset(normalize_text(a) for a in raw.get("cue_required") or ()),
        ambiguous=frozenset(normalize_text(a) for a in raw.get("ambiguous") or ()),
        parent=raw.get("parent"),
        region=raw.get("region"),
        role_fr=raw.get("role_fr"),
        role_ar=raw.get("role_ar"),
        level=raw.get("level"),
        country=raw.get("country"),
        former=bool(raw.get("former")),
        extra={k: v for k, v in raw.items() if k not in known},
    )


def load_entries(folder: str, label: str | None = None) -> tuple[Entry, ...]:
    """Entries of every data/<folder>/*.json, in file-name order; a repeated id keeps its first
    definition (the *_extra.json files only add)."""
    out: list[Entry] = []
    seen: set[str] = set()
    for path in sorted((DATA_DIR / folder).glob("*.json"), key=lambda p: ("_extra" in p.name, p.name)):
        for raw in read_json(f"{folder}/{path.name}").get("entries", []):
            if not raw.get("id") or raw["id"] in seen:
                continue
            seen.add(raw["id"])
            out.append(entry_from_raw(raw, label))
    return tuple(out)


@lru_cache(maxsize=1)
def lexicon_entries() -> tuple[Entry, ...]:
    return load_entries("lexicon")


@lru_cache(maxsize=1)
def lexicon_by_id() -> dict[str, Entry]:
    return {e.id: e for e in lexicon_entries()}


def alias_index(entries) -> dict[str, list[tuple[Entry, str]]]:
    """Folded alias -> [(entry, alias as written)], for every alias of every entry."""
    index: dict[str, list[tuple[Entry, str]]] = {}
    for e in entries:
        for a in e.aliases:
            key = normalize_text(a).strip()
            if key and all(x[0].id != e.id for x in index.get(key, ())):
                index.setdefault(key, []).append((e, a))
    return index


@lru_cache(maxsize=1)
def lexicon_alias_index() -> dict[str, list[tuple[Entry, str]]]:
    return alias_index(lexicon_entries())
