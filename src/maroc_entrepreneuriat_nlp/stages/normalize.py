"""Normalise: `doc.body` -> `doc.norm` (matching form, case kept) and `doc.fold` (lower, no accents)."""

from __future__ import annotations

from ..doc import Doc
from ..normalize import fold_char, norm_char
from ..textview import TextView


def normalize(doc: Doc) -> Doc:
    body = doc.body if doc.body is not None else TextView.identity(doc.text)
    doc.norm = body.map_chars(norm_char)
    doc.fold = "".join(fold_char(c) for c in doc.norm.text)
    return doc
