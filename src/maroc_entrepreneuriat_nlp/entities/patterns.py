"""Pattern recognisers for names that are not in the lexicon: persons (titles, role phrases),
organisations (head words), programmes (cue words, quoted names) and places (cue words).

`find_candidates(doc)` returns `Candidate`s in `doc.norm` coordinates; the entity stage merges them
with lexicon matches. The language knowledge (titles, role words, heads, cues, stop words) lives in
`data/languages/<lang>/entity_patterns.json`; the lists of every language are merged and applied to
every document, since patterns are script-specific anyway (an Arabic article quotes French acronyms).
This module holds the shared pieces: the merged data and a tokenizer over `doc.norm_text`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ..doc import Doc
from ..normalize import fold_char, norm_char
from ..resources import language_data
from .candidates import Candidate

AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_AR_RE = regex.compile(f"[{AR_LETTERS}]")
# One token: an Arabic word, French elision (l', d', qu'), a Latin word (hyphens inside), a number,
# or one other non-space character. (Arabic first: no other alternative starts with an Arabic letter,
# and trying it first saves the elision's case-insensitive tries on half the text.)
_TOKEN = regex.compile(
    f"([{AR_LETTERS}]+)"
    r"|((?i:jusqu|lorsqu|puisqu|qu|[ldjmnsc])'(?=\p{L}))"
    r"|([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)"
    r"|(\d+(?:[.,]\d+)*)"
    r"|(\S)"
)


def norm(s: str) -> str:
    """Normalised like `doc.norm_text` (case kept)."""
    return "".join(norm_char(c) for c in s)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Normalised and folded like `doc.fold`."""
    return "".join(fold_char(c) for c in norm(s))


def phrase_alternation(words) -> str:
    """A regex alternation of literal phrases, longest first, any run of spaces between words."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def is_arabic(s: str) -> bool:
    return bool(_AR_RE.search(s))


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # "ar", "lat", "num", "punct"


def _kind(t: str) -> str:
    if _AR_RE.match(t):
        return "ar"
    if t[0].isalpha():
        return "lat"
    if t[0].isdigit():
        return "num"
    return "punct"


# The alternative that matched decides the kind without re-reading the token, except for the
# Latin-word and single-character alternatives, whose first character can still be a mark or digit.
_KIND_BY_GROUP = {1: "ar", 2: "lat", 4: "num"}


def tokenize(text: str) -> list[Token]:
    out = []
    append = out.append
    kind_by_group = _KIND_BY_GROUP
    new = tuple.__new__  # Token(...) without the Python-level __new__ of a NamedTuple: ~200 tokens an article
    for m in _TOKEN.finditer(text):
        t = m.group()
        group = m.lastindex
        kind = "lat" if group == 3 and t[0].isalpha() else kind_by_group.get(group) or _kind(t)
        s = m.start()
        append(new(Token, (s, s + len(t), t, kind)))
    return out


_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";"})


def opens_quote(toks: list[Token], j: int) -> bool:
    """Does the quote token toks[j] open a quotation? « and » are both '"' in the normalised text,
    so quotes are paired within the sentence: an even number of quotes before it opens one
    ('منتوجي «ضمان إكسبريس» و«ضمان انطلاق»': the quote after إكسبريس closes)."""
    count = 0
    k = j - 1
    while k >= 0 and j - k <= MAX_QUOTE_LOOKBACK and toks[k].text not in _SENTENCE_END:
        if toks[k].text == '"':
            count += 1
        k -= 1
    return count % 2 == 0


MAX_QUOTE_LOOKBACK = 80  # tokens


@lru_cache(maxsize=1)
def _clause_words() -> frozenset:
    return frozenset(pattern_data().get("clause_words", []))


def is_clause(toks: list[Token], start: int, end: int) -> bool:
    """Do the tokens [start, end) hold a word that makes them a sentence rather than a name
    ("البنك لا يرفض الملفات", "التي فتحت أبوابها")?"""
    words = _clause_words()
    return any(t.text in words for t in toks[start:end])


def doc_tokens(doc: Doc) -> list[Token]:
    """Tokens of doc.norm_text, computed once per document."""
    cached = doc.user_data.get("pattern_tokens")
    if cached is None or cached[0] != len(doc.norm_text):
        cached = (len(doc.norm_text), tokenize(doc.norm_text))
        doc.user_data["pattern_tokens"] = cached
    return cached[1]


@lru_cache(maxsize=None)
def pattern_data() -> dict:
    """entity_patterns.json of every language merged: lists concatenated, dicts updated.
    Entries are normalised like doc.norm (case kept); `_`-prefixed keys are documentation."""
    merged: dict = {}
    for _lang, content in sorted(language_data("entity_patterns").items()):
        for key, value in content.items():
            if key.startswith("_"):
                continue
            if isinstance(value, list):
                merged.setdefault(key, []).extend(norm(v) for v in value)
            elif isinstance(value, dict):
                merged.setdefault(key, {}).update(
                    {norm(k): norm(v) if isinstance(v, str) else v for k, v in value.items()}
                )
            else:
                merged.setdefault(key, []).append(norm(value))
    return merged


def split_script(values) -> tuple[list[str], list[str]]:
    """(Latin-script entries, Arabic-script entries)."""
    lat, ar = [], []
    for v in values:
        (ar if is_arabic(v) else lat).append(v)
    return lat, ar


# -- Arabic clitics -----------------------------------------------------------------------------
_CONJ = "وف"
_PREP = "بلك"


@lru_cache(maxsize=65536)
def ar_bases(tok: str) -> tuple[tuple[int, str], ...]:
    """Readings of an Arabic token without its attached clitics: (characters skipped, base).
    'للوكالة' -> (2, 'الوكالة'): the span then starts after 'لل' and the base restores the article."""
    out = [(0, tok)]
    i = 0
    if len(tok) > 3 and tok[0] in _CONJ:
        i = 1
        out.append((1, tok[1:]))
    rest = tok[i:]
    if len(rest) > 3 and rest.startswith("لل"):
        out.append((i + 2, "ال" + rest[2:]))
    elif len(rest) > 3 and rest[0] in _PREP:
        out.append((i + 1, rest[1:]))
    return tuple(out)


def ar_base_in(tok: str, words) -> tuple[int, str] | None:
    """(clitic characters to skip, base) of the first reading of `tok` that is one of `words`."""
    for skip, base in ar_bases(tok):
        if base in words:
            return skip, base
    return None


def ar_strip_conj(tok: str) -> str:
    return tok[1:] if len(tok) > 3 and tok[0] in _CONJ else tok


def find_candidates(doc: Doc) -> list[Candidate]:
    """Pattern candidates (persons, organisations, programmes, places) in doc.norm coordinates."""
    from .patterns_orgs import find_organizations
    from .patterns_persons import find_persons
    from .patterns_places import find_places
    from .patterns_programs import find_programs

    if not doc.norm_text:
        return []
    out: list[Candidate] = []
    for finder in (find_persons, find_organizations, find_programs, find_places):
        out.extend(finder(doc))
    out.sort(key=lambda c: (c.start, -c.end, c.label))
    return out
