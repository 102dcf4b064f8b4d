"""Byline and credit lines: "Par Karim B. | Publié le ...", "بقلم: مريم الصافي", "Propos recueillis par X".

A short paragraph that opens with a byline marker (`byline_markers` in each language's dates.json)
names who wrote the article, not who acts in it: the publication-date finder reads its date, and
the entity stage drops a person named only there.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .doc import Doc, Segment
from .resources import language_data
from .values.dates import word_alternation

MAX_BYLINE_CHARS = 90  # a byline / credit line ("Par X | 21 juin 2024") is short


@lru_cache(maxsize=1)
def byline_start() -> regex.Pattern:
    """Matches at the start of a folded paragraph that opens with a byline marker."""
    markers = [w for d in language_data("dates").values() for w in d.get("byline_markers", [])]
    return regex.compile(rf"^[\s\p{{P}}]*{word_alternation(markers)}(?![\p{{L}}])")


def is_byline(doc: Doc, para: Segment) -> bool:
    """Is this paragraph a byline: short, and opening with a byline marker?"""
    return para.end - para.start <= MAX_BYLINE_CHARS and byline_start().match(doc.fold[para.start : para.end]) is not None
