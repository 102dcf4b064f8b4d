"""Loading of the data files the package ships (language knowledge, lexicon, gazetteer).

Nothing is read at import time: each loader reads its files on first use and caches the result.
Language knowledge lives in `data/languages/<lang>/<topic>.json`, one file per topic and language,
so that adding a language is adding files, not code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files(__package__) / "data"))


@lru_cache(maxsize=None)
def read_json(relative: str):
    with open(DATA_DIR / relative, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in (DATA_DIR / "languages").iterdir() if p.is_dir()))


@lru_cache(maxsize=None)
def language_data(topic: str) -> dict[str, dict]:
    """{lang: content of data/languages/<lang>/<topic>.json} for every language that has the topic."""
    out = {}
    for lang in languages():
        path = DATA_DIR / "languages" / lang / f"{topic}.json"
        if path.exists():
            out[lang] = read_json(f"languages/{lang}/{topic}.json")
    return out
