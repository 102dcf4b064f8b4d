"""Normalise: `doc.body` -> `doc.norm` (matching form, case kept) and `doc.fold` (lower, no accents).

Runs of ordinary characters go through `str.translate` in one call (one character in, one out, so
offsets are copied as they are); only removed marks and presentation forms take the per-character
path that rebuilds offsets.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..normalize import FOLD_TABLE, NORM_TABLE, norm_char, special_chars_pattern
from ..textview import TextView


@lru_cache(maxsize=1)
def _special():
    return special_chars_pattern()


def normalize_view(body: TextView) -> TextView:
    text = body.text
    specials = list(_special().finditer(text))
    if not specials:
        return TextView(text.translate(NORM_TABLE), body.starts, body.ends)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in specials:
        i = m.start()
        if i > pos:
            chars.append(text[pos:i].translate(NORM_TABLE))
            starts.extend(body.starts[pos:i])
            ends.extend(body.ends[pos:i])
        rep = norm_char(text[i])
        if rep:
            chars.append(rep)
            starts.extend([body.starts[i]] * len(rep))
            ends.extend([body.ends[i]] * len(rep))
        pos = i + 1
    if pos < len(text):
        chars.append(text[pos:].translate(NORM_TABLE))
        starts.extend(body.starts[pos:])
        ends.extend(body.ends[pos:])
    return TextView("".join(chars), tuple(starts), tuple(ends))


def normalize(doc: Doc) -> Doc:
    body = doc.body if doc.body is not None else TextView.identity(doc.text)
    doc.norm = normalize_view(body)
    doc.fold = doc.norm.text.translate(FOLD_TABLE)
    return doc
