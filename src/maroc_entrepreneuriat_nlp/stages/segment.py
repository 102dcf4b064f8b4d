"""Segment: paragraphs (non-empty lines) and sentences (. ! ? ؟ ؛ and line ends), in norm coordinates.

A full stop does not end a sentence inside a number (100.000, 4.5), after a one-letter initial or a
title abbreviation (M., Mme., Dr.), or before a lower-case continuation.
"""

from __future__ import annotations

import regex

from ..doc import Doc, Segment

_END = regex.compile(r"[.!?؟؛]+[\"')»\]]*(?=\s)|\n")
_LINE = regex.compile(r"[^\n]+")
_LOWER_NEXT = regex.compile(r"\s*(\p{Ll})")
_ABBREV = regex.compile(
    r"(?:\b(?:M|Mme|Mlle|MM|Dr|Pr|St|Me|av|J\.-C|etc|cf|n°|No|art|p|S\.M|S\.A\.R"
    r"|janv|févr|fév|fevr|fev|avr|juil|sept|oct|nov|déc|dec|Janv|Févr|Fév|Avr|Juil|Sept|Oct|Nov|Déc|Dec)|\b\p{Lu})\.$"
)  # titles, abbreviations, initials, abbreviated months ("Ouarzazate, 24 oct. 2024 (MAP)")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _END.finditer(text, start, end):
        cut = m.end()
        if m.group() != "\n":
            if _ABBREV.search(text[max(s, m.start() - 8) : m.start() + 1]):
                continue
            nxt = _LOWER_NEXT.match(text[cut : cut + 3])
            if nxt and text[m.start()] == ".":
                continue
        seg = (s, cut)
        if text[s:cut].strip():
            out.append(_trim(text, *seg))
        s = cut
    if text[s:end].strip():
        out.append(_trim(text, s, end))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def segment(doc: Doc) -> Doc:
    text = doc.norm_text
    doc.paragraphs = [Segment(s, e) for s, e in split_paragraphs(text)]
    doc.sentences = [Segment(a, b) for p in doc.paragraphs for a, b in split_sentences(text, p.start, p.end)]
    return doc
