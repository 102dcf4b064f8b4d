"""Knowledge base of extracted records: SQLite file by default, PostgreSQL by URL.

Needs the [kb] extra (SQLAlchemy, pandas, pyarrow, psycopg); they are imported only when the KB
is used, so the core library stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["KnowledgeBase"]

if TYPE_CHECKING:  # pragma: no cover
    from .store import KnowledgeBase


def __getattr__(name: str):
    if name == "KnowledgeBase":
        from .store import KnowledgeBase

        return KnowledgeBase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
