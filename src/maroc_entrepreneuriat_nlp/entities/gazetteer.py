"""The gazetteer of places (`data/gazetteer/*.json`): Moroccan regions, provinces, cities,
communes and the world's countries and main cities, as lexicon `Entry`s labelled "location"
with `level`, `country` and `parent` (the id of the enclosing unit)."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Entry, alias_index, load_entries


@lru_cache(maxsize=1)
def gazetteer_entries() -> tuple[Entry, ...]:
    return load_entries("gazetteer", label="location")


@lru_cache(maxsize=1)
def gazetteer_by_id() -> dict[str, Entry]:
    return {e.id: e for e in gazetteer_entries()}


@lru_cache(maxsize=1)
def gazetteer_alias_index() -> dict[str, list[tuple[Entry, str]]]:
    return alias_index(gazetteer_entries())
