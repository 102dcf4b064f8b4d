"""Stage `quantities`: counts and percentages about programme scale (doc.quantities, `records.Quantity`).

Runs after `amounts`: numbers inside money amounts are skipped. Parsing lives in
`values.quantities`. One Quantity per distinct (value, unit): a repeated count is one fact; a
percentage is one fact per (value, the words that follow it): "25% de femmes" twice is one
fact, "15 في المائة" of two different sectors is two.
"""

from __future__ import annotations

import regex

from ..doc import Doc
from ..records import Quantity
from ..values.money import find_amounts
from ..values.quantities import find_quantities
from .amounts import about, number_analysis, sentence_spans


def _amount_spans(doc: Doc, tokens, numbers) -> list[tuple[int, int]]:
    if "amount_spans" in doc.user_data:
        return doc.user_data["amount_spans"]
    return [(m.start, m.end) for m in find_amounts(doc.fold, sentence_spans(doc), tokens, numbers)]


def _following_words(fold: str, end: int, n: int = 2) -> tuple[str, ...]:
    return tuple(regex.findall(r"\p{L}+", fold[end : end + 60])[:n])


def quantities(doc: Doc) -> Doc:
    tokens, numbers = number_analysis(doc)
    skip = _amount_spans(doc, tokens, numbers)
    seen = set()
    out = []
    for q in find_quantities(doc.fold, sentence_spans(doc), skip, tokens, numbers):
        key = (q.value, q.unit) if q.unit != "percent" else (q.value, q.unit, _following_words(doc.fold, q.end))
        if key in seen:
            continue
        seen.add(key)
        ev = doc.evidence(q.start, q.end)
        out.append(Quantity(**ev, value=q.value, unit=q.unit, kind=q.kind, about=about(doc, q.start)))
    doc.quantities = out
    return doc
