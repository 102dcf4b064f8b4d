"""maroc_entrepreneuriat_nlp: Moroccan entrepreneurship news (Arabic, French) -> typed records.

    >>> from maroc_entrepreneuriat_nlp import extract
    >>> record = extract("Rabat, 6 fév. (MAP) - L'ANAPEC a lancé le programme Intelaka ...")

Nothing heavy happens at import: names are resolved on first use.
"""

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_EXPORTS = {
    "extract": "pipeline",
    "extract_many": "pipeline",
    "Pipeline": "pipeline",
    "ArticleRecord": "records",
    "Entity": "records",
    "Person": "records",
    "Location": "records",
    "Mention": "records",
    "Amount": "records",
    "Quantity": "records",
    "DateMention": "records",
    "Event": "records",
    "InputError": "errors",
    "KnowledgeBase": "kb",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from .errors import InputError
    from .pipeline import Pipeline, extract, extract_many
    from .records import Amount, ArticleRecord, DateMention, Entity, Event, Location, Mention, Person, Quantity


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
