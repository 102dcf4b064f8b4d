"""Stage `quantities`: counts and percentages about programme scale (doc.quantities, `records.Quantity`).

Runs after `amounts`: numbers inside money amounts are skipped, and so are numbers inside date
expressions ("du 22 au 25 mai", "من 10 إلى 12 أبريل": the first day of a range is no count).
Parsing lives in
`values.quantities`. One Quantity per distinct (value, unit): a repeated count is one fact (and a count whose unit was
inferred from the context is one fact with any other count of the same value); a
percentage is one fact per (value, the words that follow it): "25% de femmes" twice is one
fact, "15 في المائة" of two different sectors is two. Items of a dash or bullet list are facts of their own.
"""

from __future__ import annotations

import regex

from ..doc import Doc
from ..records import Quantity
from ..values.dates import find_dates
from ..values.money import find_amounts
from ..values.quantities import find_quantities
from .amounts import about, number_analysis, sentence_spans

_WORD = regex.compile(r"\p{L}+")


def _amount_spans(doc: Doc, tokens, numbers) -> list[tuple[int, int]]:
    if "amount_spans" in doc.user_data:
        return doc.user_data["amount_spans"]
    return [(m.start, m.end) for m in find_amounts(doc.fold, sentence_spans(doc), tokens, numbers)]


def _date_spans(doc: Doc) -> list[tuple[int, int]]:
    """Norm-coordinate spans of the date expressions; the `dates` stage runs later and reuses them
    (same user_data key)."""
    if "date_expressions" not in doc.user_data:
        doc.user_data["date_expressions"] = find_dates(doc.fold)
    return [(d.start, d.end) for d in doc.user_data["date_expressions"]]


def _in_known_date(doc: Doc, start: int, end: int) -> bool:
    """True when the number's original span overlaps a date already in doc.dates (original offsets),
    for pipelines that run `dates` first."""
    if not doc.dates:
        return False
    s, e = doc.to_original(start, end)
    return any(d.start < e and s < d.end for d in doc.dates)


def _following_words(fold: str, end: int, n: int = 2) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold[end : end + 60])[:n])


def quantities(doc: Doc) -> Doc:
    tokens, numbers = number_analysis(doc)
    skip = _amount_spans(doc, tokens, numbers) + _date_spans(doc)
    seen: dict[tuple, set] = {}  # fact key -> list items it was seen in (None: outside a list)
    count_values: dict[float, bool] = {}  # value of an emitted count -> whether its unit was inferred
    out = []
    for q in find_quantities(doc.fold, sentence_spans(doc), skip, tokens, numbers):
        key = (q.value, q.unit) if q.unit != "percent" else (q.value, q.unit, _following_words(doc.fold, q.end))
        item = doc.list_item_at(q.start)
        if key in seen and (item is None or item in seen[key]):
            continue  # "- agro-industrie : 9 projets" and "- services : 9 projets" are two facts
        if _in_known_date(doc, q.start, q.start + 1):
            continue
        if q.unit not in ("percent", "years of age") and q.value in count_values and (q.inferred or count_values[q.value]):
            continue  # "10.474 concernant Tahfiz ... une insertion de 10.474 personnes": one fact
        seen.setdefault(key, set()).add(item)
        if q.unit not in ("percent", "years of age"):
            count_values[q.value] = q.inferred
        ev = doc.evidence(q.start, q.end)
        out.append(Quantity(**ev, value=q.value, unit=q.unit, kind=q.kind, about=about(doc, q.start)))
    doc.quantities = out
    return doc
