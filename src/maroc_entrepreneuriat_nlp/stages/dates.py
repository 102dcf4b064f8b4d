"""Dates: the article's publication date (`publication_date`) and its calendar expressions (`dates`).

`publication_date` runs before the extractors: caller metadata wins; otherwise only the article's
own date lines count (a "date YYYY-MM" header, a line that holds nothing but a date and a time, a
"Publié le" line, a dateline "الرباط - 22 نونبر 2026 (ومع)"), at the very top or in a short signature
line at the end. A date inside a body sentence is an event date, not the publication date.

`dates` resolves every expression against that date (`values.dates.resolve`): a year stays a
year, a month a month, and a relative day with no day-precise publication date keeps value None.
One DateMention per distinct value (the first mention), as for entities.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from ..bylines import MAX_BYLINE_CHARS, is_byline
from ..doc import Doc
from ..records import DateMention
from ..resources import language_data
from ..values.dates import DateExpr, _valid, find_dates, format_point, precision_of, resolve
from ..values.dates import word_alternation as _alt
from ..values.quantities import future_verbs

HEAD_CHARS = 260  # the article's own date is printed above the lede
HEAD_PARAGRAPHS = 4
TAIL_PARAGRAPHS = 2
MAX_LINE_REST = 12  # characters a date line may hold besides the date, markers and the time
MAX_DATELINE_WORDS = 4  # "Rabat, le 28 décembre 2023 - ...": a place of a few words before the date

_HEADER = regex.compile(r"^\s*(?P<kw>date)\s*:?\s*(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>[0-3]\d))?(?!\d)")
_TIME = regex.compile(r"(?<!\d)[0-2]?\d\s*(?:[:h]|\s*heures?\s*)\s*[0-5]\d(?:\s*(?:mn|min))?(?!\d)|(?<!\d)[0-2]?\dh(?![\p{L}\d])")
_FILLER = regex.compile(r"[\s\p{P}\p{S}]+")


@lru_cache(maxsize=1)
def _markers() -> tuple[regex.Pattern, regex.Pattern]:
    data = language_data("dates")
    markers = [w for d in data.values() for w in d.get("publication_markers", [])]
    markers += ["a", "à", "le", "الساعة", "على الساعة", "في", "-"]
    agencies = [w for d in data.values() for w in d.get("dateline_agencies", [])]
    marker_re = regex.compile(rf"(?<![\p{{L}}]){_alt(markers)}(?![\p{{L}}])")
    agency_re = regex.compile(rf"^\s*[,-]?\s*{_alt(agencies)}")
    return marker_re, agency_re


@lru_cache(maxsize=1)
def _line_shapes() -> tuple[regex.Pattern, regex.Pattern]:
    """(dateline place before the date, dateline separator after the date)."""
    data = language_data("dates")
    agencies = [w for d in data.values() for w in d.get("dateline_agencies", [])]
    # "Rabat, le" / "Amman," / "الرباط -": a few words (a place), then a comma or a dash.
    place_re = regex.compile(rf"^\s*(?:[\p{{L}}'.-]+\s*){{1,{MAX_DATELINE_WORDS}}}[,-]\s*(?:le\s+|في\s+)?$")
    # ... then the date, an optional agency tag, and a dash (or colon) before the body.
    after_re = regex.compile(rf"^\s*(?:{_alt(agencies)}\s*)?[-:]")
    return place_re, after_re


def _expressions(doc: Doc) -> list[DateExpr]:
    """Found once per document, shared by both stages (resolution needs the publication date)."""
    if "date_expressions" not in doc.user_data:
        doc.user_data["date_expressions"] = [_tense(doc, e) for e in find_dates(doc.fold)]
    return doc.user_data["date_expressions"]


def _tense(doc: Doc, e: DateExpr) -> DateExpr:
    """A bare weekday is the past one ("a réuni jeudi"), unless a verb in the future tense stands
    next to it: "la caravane donnera jeudi le coup d'envoi", "سينظم يوم الخميس" is the coming one."""
    a = e.a
    if e.b is not None or a.weekday is None or a.qualifier is not None or a.day_offset is not None or a.day is not None:
        return e
    lo, hi = max(0, e.start - TENSE_WINDOW), min(len(doc.fold), e.end + TENSE_WINDOW)
    sent = doc.sentence_at(e.start)
    if sent is not None:
        lo, hi = max(lo, sent.start), min(hi, sent.end)
    if next(future_verbs(doc.fold, lo, hi), None) is None:
        return e
    return replace(e, a=replace(a, qualifier="next"))


TENSE_WINDOW = 25  # characters around a weekday where a future verb speaks of it


def _is_date_line(doc: Doc, e: DateExpr, skip: tuple[int, int] | None) -> bool:
    """True when the date's paragraph holds only the date (plus markers and a time), or when the
    date is a dateline's: followed by the agency tag "(MAP)" / "(ومع)"."""
    marker_re, agency_re = _markers()
    if agency_re.match(doc.fold[e.end : e.end + 20]):
        return True
    _, para = doc.paragraph_at(e.start)
    if para is None:
        return False
    place_re, after_re = _line_shapes()
    if place_re.match(doc.fold[para.start : e.start]) and after_re.match(doc.fold[e.end : e.end + 30]):
        return True  # a dateline without an agency tag: "Rabat, le 28 décembre 2023 - Le ministère ..."
    if is_byline(doc, para) or (para.end - para.start <= MAX_BYLINE_CHARS and "|" in doc.fold[para.start : e.start]):
        # "Par X | 21 juin 2024", "زاكورة: محمد أيت الطالب | الثلاثاء 12 نونبر 2024 - 10:45"
        tail = _FILLER.sub("", marker_re.sub(" ", _TIME.sub(" ", doc.fold[e.end : para.end])))
        if not tail:
            return True  # a byline or credit line that ends with the date: "Par X | 21 juin 2024"
    rest = doc.fold[para.start : e.start] + " " + doc.fold[e.end : para.end]
    if skip is not None and para.start <= skip[0] < para.end:
        rest = doc.fold[para.start : skip[0]] + " " + doc.fold[skip[1] : e.start] + " " + doc.fold[e.end : para.end]
    rest = _TIME.sub(" ", rest)
    rest = marker_re.sub(" ", rest)
    rest = _FILLER.sub("", rest)
    return len(rest) <= MAX_LINE_REST


_DAYS_SPAN = regex.compile(r"(?:\b(?:du|de)\s+\p{L}+\s+(?:au|a)\s+\p{L}+|(?<!\p{L})من\s+\p{L}+\s+(?:إلى|الى)\s+\p{L}+)")


def _opening_hours(doc: Doc, e: DateExpr) -> bool:
    """A weekday that bounds a span of weekdays ("du lundi au vendredi", "من الاثنين إلى الجمعة")."""
    if e.b is not None or e.a.weekday is None or e.a.day is not None:
        return False
    lo = max(0, e.start - 20)
    return any(m.start() <= e.start and e.end <= m.end() for m in _DAYS_SPAN.finditer(doc.fold, lo, e.end + 20))


def _full_value(e: DateExpr) -> str | None:
    """The value of a self-contained date (year and month at least, one point), else None."""
    if e.b is not None or e.a.months is not None or e.a.year is None or e.a.month is None:
        return None
    return format_point(e.a.year, e.a.month, e.a.day)


def find_publication_date(doc: Doc) -> tuple[str | None, list[tuple[int, int]]]:
    """(publication date or None, spans in norm coordinates that are publication metadata)."""
    header_value = None
    meta_spans: list[tuple[int, int]] = []
    m = _HEADER.match(doc.fold)
    header = None
    if m and _valid(int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None):
        header_value = format_point(int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None)
        header = (m.start("kw"), m.end())
        meta_spans.append(header)
    head_limit = HEAD_CHARS
    if doc.paragraphs:
        last_head = doc.paragraphs[min(HEAD_PARAGRAPHS, len(doc.paragraphs)) - 1]
        head_limit = min(HEAD_CHARS + (header[1] if header else 0), max(last_head.end, 1))
    tail_start = doc.paragraphs[-TAIL_PARAGRAPHS].start if len(doc.paragraphs) > TAIL_PARAGRAPHS + 2 else len(doc.fold)
    line_value = tail_value = None
    for e in _expressions(doc):
        value = _full_value(e)
        if value is None or (header and e.start < header[1]):
            continue
        if e.start < head_limit and line_value is None and _is_date_line(doc, e, header):
            line_value = value
        elif e.start >= tail_start and tail_value is None and _is_date_line(doc, e, None):
            tail_value = value
    if header_value and line_value:
        # The header and a date line agree: keep the more precise one; else trust the header.
        return (line_value if line_value.startswith(header_value) else header_value), meta_spans
    return header_value or line_value or tail_value, meta_spans


def publication_date(doc: Doc) -> Doc:
    value, spans = find_publication_date(doc)
    doc.user_data["publication_meta_spans"] = spans
    if doc.meta_publication_date:
        doc.publication_date = doc.meta_publication_date
    else:
        doc.publication_date = value
    return doc


def dates(doc: Doc) -> Doc:
    pub = doc.publication_date or doc.meta_publication_date
    meta_spans = doc.user_data.get("publication_meta_spans")
    if meta_spans is None:
        _, meta_spans = find_publication_date(doc)
    seen_values: set[str] = set()
    seen_texts: set[str] = set()
    out: list[DateMention] = []
    for e in _expressions(doc):
        if any(e.start < b and a < e.end for a, b in meta_spans):
            continue  # the "date 2024-05" header is metadata, not a date the article mentions
        if _opening_hours(doc, e):
            continue  # "du lundi au vendredi, de 9h à 16h": opening days, not a date
        value = resolve(e, pub)
        ev = doc.evidence(e.start, e.end)
        if not ev["text"].strip():
            continue
        if value is not None:
            if value in seen_values:
                continue
            seen_values.add(value)
        else:
            key = doc.fold[e.start : e.end]
            if key in seen_texts:
                continue
            seen_texts.add(key)
        out.append(DateMention(**ev, value=value, precision=precision_of(value), confidence=e.confidence))
    doc.dates = out
    return doc
