"""Clean: strip HTML and page chrome, keeping a map to the original offsets.

The result is `doc.body`, a `TextView` of the article text. HTML tags and comments disappear
(block tags become line breaks), entities become their characters, `<script>`/`<style>` are
dropped. Page chrome is recognised line by line from per-language data (`chrome.json`): single
lines (share buttons, "Lire aussi", comment-form labels, captcha sums) and tail markers after which
the page is no longer the article ("مقالات ذات صلة", "Laisser un commentaire").
"""

from __future__ import annotations

import html
from functools import lru_cache

import regex

from ..doc import Doc
from ..normalize import NORM_TABLE
from ..resources import language_data
from ..textview import TextView

_SENTENCE_END = regex.compile(r"[.!?؟:)»\"”]$")  # a line ending like prose
_PROSE_END = regex.compile(r"[.!?؟…]$")  # a paragraph of the article, not a linked headline
MAX_RELATED_HEADLINES = 5
MAX_HEADLINE_WORDS = 20
_HTML_HINT = regex.compile(r"<(?:p|div|br|span|a|html|body|article|h[1-6]|li|ul|section|strong|em|b|i|img|meta|table|td|tr)\b[^>]*>", regex.I)
_HTML_TOKEN = regex.compile(
    r"(?P<drop><(?P<raw>script|style|noscript|head)\b[^>]*>.*?</(?P=raw)\s*>)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)"
    r"|(?P<entity>&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    regex.S | regex.I,
)
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "hr", "figure", "figcaption", "title",
}


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text[:20000])) >= 2 or text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


def strip_html(text: str) -> TextView:
    pieces: list[tuple[str, int, int]] = []
    pos = 0
    for m in _HTML_TOKEN.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], pos, m.start()))
        if m.group("entity"):
            pieces.append((html.unescape(m.group("entity")), m.start(), m.end()))
        elif m.group("tag") and m.group("name").lower() in _BLOCK_TAGS:
            pieces.append(("\n", m.start(), m.end()))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], pos, len(text)))
    return TextView.from_pieces(pieces)


@lru_cache(maxsize=1)
def _chrome_patterns():
    # One alternation per kind: a line is tested once, not once per pattern.
    lines, tails, related = [], [], []
    for data in language_data("chrome").values():
        lines += data.get("line_patterns", [])
        tails += data.get("tail_markers", [])
        related += data.get("related_block_markers", [])
    return tuple(regex.compile("|".join(f"(?:{p})" for p in group) or r"(?!)", regex.I) for group in (lines, tails, related))


def _line_spans(text: str):
    start = 0
    while True:
        i = text.find("\n", start)
        if i < 0:
            yield start, len(text)
            return
        yield start, i
        start = i + 1


def chrome_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) ranges of `text` that are page chrome, not article."""
    line_pat, tail_pat, related_pat = _chrome_patterns()
    spans = list(_line_spans(text))
    drop: list[tuple[int, int]] = []
    n = len(text)
    headlines = 0  # headline lines still allowed after a related-links header
    for s, e in spans:
        line = text[s:e].translate(NORM_TABLE).strip()
        if not line:
            continue
        if s > n / 3 and tail_pat.match(line):
            drop.append((s, n))
            break
        if related_pat.match(line):
            drop.append((s, e))
            headlines = MAX_RELATED_HEADLINES
            continue
        if headlines and len(line.split()) <= MAX_HEADLINE_WORDS and not _PROSE_END.search(line):
            drop.append((s, e))  # "اقرأ أيضا" then "تطوان: افتتاح حاضنة ...": a linked headline
            headlines -= 1
            continue
        headlines = 0
        if line_pat.match(line):
            drop.append((s, e))
    # Trailing stubs (site names, ad labels: "MCG24", "عرض") after the last real paragraph.
    cut = drop[-1][0] if drop and drop[-1][1] == n else n
    for s, e in reversed([sp for sp in spans if sp[1] <= cut]):
        line = text[s:e].strip()
        if not line:
            continue
        words = line.split()
        if len(words) <= 3 and not _SENTENCE_END.search(line) and s > n / 2:
            drop.append((s, e))
            continue
        break
    return sorted(drop)


def clean(doc: Doc) -> Doc:
    text = doc.text
    if looks_like_html(text):
        doc.is_html = True
        view = strip_html(text)
        doc.warn("input was HTML: tags removed (offsets still index the HTML input)")
    else:
        view = TextView.identity(text)
    drops = chrome_ranges(view.text)
    if drops:
        keep, pos = [], 0
        for s, e in drops:
            if s > pos:
                keep.append((pos, s))
            pos = max(pos, e)
        if pos < len(view.text):
            keep.append((pos, len(view.text)))
        removed = sum(e - s for s, e in drops)
        parts = [view.slice(s, e) for s, e in keep]
        view = TextView(
            "".join(p.text for p in parts),
            tuple(i for p in parts for i in p.starts),
            tuple(i for p in parts for i in p.ends),
        )
        doc.user_data["chrome_removed_chars"] = removed
    doc.body = view
    return doc
