"""Stage `amounts`: money amounts of the article (doc.amounts, `records.Amount`).

Parsing lives in `values.money`; this stage turns its findings into records with evidence and
`about`, the programme (else organisation) named in the same sentence when exactly one is.
One Amount per distinct (value, currency, range role): a repeated figure is one fact, except in
another item of a dash or bullet list.
The token list and number expressions are left in `doc.user_data` for the quantities stage.
"""

from __future__ import annotations

from ..doc import Doc
from ..records import Amount
from ..values.money import find_amounts
from ..values.numbers import find_numbers, tokenize


def number_analysis(doc: Doc):
    """Tokens and number expressions of doc.fold, computed once per document."""
    if "value_tokens" not in doc.user_data:
        tokens = tokenize(doc.fold)
        doc.user_data["value_tokens"] = tokens
        doc.user_data["value_numbers"] = find_numbers(doc.fold, tokens)
    return doc.user_data["value_tokens"], doc.user_data["value_numbers"]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.sentences]


def about(doc: Doc, start: int) -> str | None:
    """Id (or name) of the one programme, else the one organisation, mentioned in the sentence
    holding norm position `start`; entity mentions carry original offsets."""
    sent = doc.sentence_at(start)
    if sent is None:
        return None
    lo, hi = doc.to_original(sent.start, sent.end)
    for group in (doc.programs, doc.organizations):
        hits = [e for e in group if any(lo <= m.start and m.end <= hi for m in getattr(e, "mentions", []))]
        if len(hits) == 1:
            return hits[0].id or hits[0].name
        if len(hits) > 1:
            return None
    return None


def amounts(doc: Doc) -> Doc:
    tokens, numbers = number_analysis(doc)
    found = find_amounts(doc.fold, sentence_spans(doc), tokens, numbers)
    doc.user_data["amount_spans"] = [(m.start, m.end) for m in found]
    seen: dict[tuple, set] = {}  # fact key -> list items it was seen in (None: outside a list)
    out = []
    for m in found:
        key = (m.value, m.currency, m.range_role)
        item = doc.list_item_at(m.start)
        if key in seen and (item is None or item in seen[key]):
            continue
        seen.setdefault(key, set()).add(item)
        ev = doc.evidence(m.start, m.end)
        out.append(Amount(**ev, value=m.value, currency=m.currency, range_role=m.range_role, about=about(doc, m.start)))
    doc.amounts = out
    return doc
