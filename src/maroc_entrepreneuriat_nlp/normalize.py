"""Character normalisation for matching (Arabic letter forms, digits, quotes, dashes, spaces).

Two per-character functions, applied through `TextView.map_chars` so that offsets survive:
- `norm_char`: Arabic alef/hamza forms -> ا, alef maqsura -> ي, teh marbuta -> ه, ؤ -> و, ئ -> ي,
  diacritics and tatweel removed, Arabic-Indic and Persian digits -> ASCII, typographic quotes,
  dashes and spaces unified. Case and Latin accents are kept (person and place patterns need case).
- `fold_char`: lower case and no Latin accents, one character in, one out, so `fold` shares
  `norm`'s offsets.
`normalize_text` applies both to a plain string (lexicon entries are normalised the same way).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_AR_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "ڨ": "ق", "ڤ": "ف", "گ": "ك", "ݣ": "ك",
}
_REMOVE = set(chr(c) for c in range(0x0610, 0x061B)) | set(chr(c) for c in range(0x064B, 0x0660))
_REMOVE |= {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u00ad", "\u061c"}
_REMOVE |= set(chr(c) for c in range(0x06D6, 0x06EE))
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‹": '"', "›": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "ʼ": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2008": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u3000": " ",
    "\t": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
    "٫": ",", "٬": ".", "…": ".",
}


@lru_cache(maxsize=4096)
def norm_char(ch: str) -> str:
    if ch in _REMOVE:
        return ""
    if ch in _AR_LETTERS:
        return _AR_LETTERS[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _PUNCT:
        return _PUNCT[ch]
    if ord(ch) < 0x20 and ch != "\n":
        return " "
    if 0xFB50 <= ord(ch) <= 0xFEFF:  # Arabic presentation forms
        base = unicodedata.normalize("NFKC", ch)
        if base == ch:  # unassigned or already canonical: keep as is
            return ch
        return "".join(norm_char(c) for c in base)
    return ch


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low.isascii():
        return low
    base = unicodedata.normalize("NFD", low)[0]
    if base == "œ":
        return "o"
    return base


def normalize_text(s: str) -> str:
    """Normalised and folded form of a plain string (what `doc.fold` holds for a document)."""
    return s.translate(NORM_TABLE).translate(FOLD_TABLE)


# -- fast paths: whole strings through str.translate -------------------------------------------
# Characters whose normal form is not exactly one character (removed marks, presentation forms)
# need the per-character path; everything else maps one to one through a lazily filled table.
_SPECIAL = "[" + "".join(sorted(_REMOVE)) + "\ufb50-\ufefe" + "]"


class _Table(dict):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, code: int) -> str:
        out = self.fn(chr(code))
        self[code] = out
        return out


NORM_TABLE = _Table(norm_char)
FOLD_TABLE = _Table(fold_char)


def special_chars_pattern():
    import regex

    return regex.compile(_SPECIAL)
