"""Numbers in running text: digits in French/Arabic conventions and number words, with scale words.

`find_numbers(fold)` scans a folded text (`doc.fold`, or `normalize.normalize_text(s)`) and returns
one `NumberExpr` per number expression, with its span in the same coordinates:

- digits: `100.000` and `6 000` (thousands), `1,5` / `4.5` (decimals), `1.234,5`, and the MAP
  Arabic decimal `11ر32` (fraction digits first, as the wire writes them: 32.11);
- scale words after a number multiply it (`2,5 milliards`, `800 ألف`, `8 ملايير`, `1,4 Md`);
- number words: French runs through text2num, Arabic by the rules below (no library handles
  ملايير or "مليار و مائتا مليون"); dual scale words are numbers alone (ألفي = 2000);
- compound numbers join over "و"/"et" only when the second part is smaller than the last scale of
  the first (`99 ألفا و250` = 99250, `8 ملايير و600 مليون`), so that ranges ("بين 18 و40",
  "entre 10.000 et 50.000") stay two numbers.

Vocabulary comes from data/languages/<lang>/numbers.json for every language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import regex

from ..normalize import normalize_text
from ..resources import language_data

# A digit group: "11ر32" (MAP Arabic decimal), "100.000", "1,5", "72 335" (space thousands).
_NUM = r"(?P<rnum>\d+ر\d+)|(?P<num>\d+(?:[.,]\d+)*(?: \d{3}(?![\d]|[.,]\d))*)"
_TOKEN_RE = regex.compile(rf"{_NUM}|(?P<word>\p{{L}}+(?:-\p{{L}}+)*)|(?P<sym>[%€$£])|(?P<other>\S)")


class Token(NamedTuple):
    kind: str  # "num", "rnum", "word", "sym", "other"
    text: str
    start: int
    end: int


@dataclass
class NumberExpr:
    start: int
    end: int
    value: float
    words_only: bool = False  # no digit in the expression
    scaled: bool = False  # a scale word multiplied it (millions, ألف ...)
    last_scale: float = 0.0  # the smallest scale used (for joining and range logic)
    base: float = 0.0  # the value of the first group before its scales (range logic)
    token_span: tuple[int, int] = (0, 0)  # indices into the token list [first, last+1)
    digits: str = ""  # the first digit group as written ("" for words)
    parts: list = field(default_factory=list)


@dataclass(frozen=True)
class NumberLexicon:
    words: dict  # word -> value
    teens: frozenset
    scales: dict
    standalone: dict
    approx: dict
    halves: frozenset
    connectors: frozenset
    clitics: frozenset
    french_words: frozenset  # words evaluated with text2num


def _n(s: str) -> str:
    return normalize_text(s)


@lru_cache(maxsize=1)
def lexicon() -> NumberLexicon:
    words, scales, standalone, approx = {}, {}, {}, {}
    teens, halves, connectors, clitics, fr_words = set(), set(), set(), set(), set()
    for lang, data in language_data("numbers").items():
        for w, v in data.get("words", {}).items():
            words.setdefault(_n(w), v)
            if lang == "fr":
                fr_words.add(_n(w))
        for w, v in data.get("scales", {}).items():
            scales.setdefault(_n(w), v)
        for w, v in data.get("standalone", {}).items():
            standalone.setdefault(_n(w), v)
        for w, v in data.get("approx_scales", {}).items():
            approx.setdefault(_n(w), v)
        teens |= {_n(w) for w in data.get("teen_words", [])}
        halves |= {_n(w) for w in data.get("half_words", [])}
        connectors |= {_n(w) for w in data.get("connectors", [])}
        clitics |= {_n(w) for w in data.get("clitics", [])}
    return NumberLexicon(
        words, frozenset(teens), scales, standalone, approx, frozenset(halves), frozenset(connectors),
        frozenset(clitics), frozenset(fr_words),
    )


def tokenize(fold: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(fold) if end is None else end
    out = []
    append = out.append  # a hot loop: about 350 tokens per article
    new = tuple.__new__  # Token(...) without the NamedTuple's Python-level __new__
    for m in _TOKEN_RE.finditer(fold, start, end):
        kind = m.lastgroup or "other"
        text = m.group()
        s = m.start()
        e = s + len(text)
        if kind == "num" and " " in text and len(text.split(" ", 1)[0]) > 3:
            # "2022 100 jeunes": a year then a count, not space-grouped thousands.
            text = text.split(" ", 1)[0]
            e = s + len(text)
            out.append(Token(kind, text, s, e))
            out.extend(tokenize(fold, e, m.end()))
            continue
        append(new(Token, (kind, text, s, e)))
    return out


_THOUSANDS_DOT = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_COMMA = regex.compile(r"\d{1,3}(?:,\d{3}){2,}")
_DOT_THEN_COMMA = regex.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_COMMA_THEN_DOT = regex.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_DECIMAL = regex.compile(r"\d+[.,]\d+")
_ONE_COMMA_GROUP = regex.compile(r"\d{1,3},\d{3}")


def parse_digits(text: str, before_scale: bool = False) -> float | None:
    """Value of a digit group as written in French/Arabic press; None when it is no number
    (a phone number "05.22.12.34.56", a version "1.2.3")."""
    if "ر" in text:  # MAP Arabic decimal: fraction first ("11ر32" = 32.11)
        frac, _, whole = text.partition("ر")
        return float(f"{whole}.{frac}")
    s = text.replace(" ", "")
    if s.isdigit():
        return float(int(s))
    if _THOUSANDS_DOT.fullmatch(s):
        return float(s.replace(".", ""))
    if _THOUSANDS_COMMA.fullmatch(s):
        return float(s.replace(",", ""))
    if _DOT_THEN_COMMA.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _COMMA_THEN_DOT.fullmatch(s):
        return float(s.replace(",", ""))
    if _ONE_COMMA_GROUP.fullmatch(s) and not before_scale:
        # "1,500 مستفيد": English-style thousands; "2,250 milliards" stays a decimal.
        return float(s.replace(",", ""))
    if _DECIMAL.fullmatch(s):
        return float(s.replace(",", "."))
    return None


def word_value(word: str, lex: NumberLexicon | None = None) -> tuple[str, float, bool] | None:
    """(role, value, has_conjunction_prefix) of a word: role is "num", "scale", "approx", "half",
    or None when the word is no number word. Arabic proclitics (و ب ل ف ك) are allowed."""
    return _word_value(word)


@lru_cache(maxsize=65536)
def _word_value(word: str) -> tuple[str, float, bool] | None:
    lex = lexicon()
    for cut in (0, 1, 2):
        if cut and (len(word) - cut < 2 or word[cut - 1] not in lex.clitics):
            break
        w = word[cut:]
        conj = cut > 0 and "و" in word[:cut]
        if "-" in w:
            parts = w.split("-")
            if all(p in lex.words for p in parts):
                return "num", float(_french_value(" ".join(parts)) or 0), conj
            return None
        if w in lex.words:
            return "num", float(lex.words[w]), conj
        if w in lex.scales:
            return "scale", float(lex.scales[w]), conj
        if w in lex.approx:
            return "approx", float(lex.approx[w]), conj
        if w in lex.halves:
            return "half", 0.5, conj
        if w in lex.standalone:
            return "scale", float(lex.standalone[w]), conj
    return None


@lru_cache(maxsize=512)
def _french_value(text: str) -> int | None:
    try:
        from text_to_num import text2num

        return int(text2num(text, "fr"))
    except Exception:  # text2num raises ValueError on what it cannot read
        return None


def _eval_words(values: list[tuple[float, str]], lex: NumberLexicon) -> tuple[float, int]:
    """Value of a run of number words and how many were used: "ثلاث مائة" = 300, "خمسة عشر" = 15."""
    cur, used = 0.0, 0
    for v, w in values:
        if used == 0:
            cur = v
        elif w in lex.teens and 0 < cur < 10:
            cur += 10
        elif v == 100 and 0 < cur < 10:
            cur *= 100
        elif v < 10 and cur in (100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0, 900.0):
            cur += v  # "cent deux"
        elif v < 100 and cur % 100 == 0 and cur >= 100 and w in lex.french_words:
            cur += v  # "deux cent cinquante"
        elif cur in (20.0, 30.0, 40.0, 50.0, 60.0) and v < 10 and w in lex.french_words:
            cur += v  # "quatre-vingt" style runs without hyphen
        else:
            break
        used += 1
    return cur, used


@dataclass
class _Group:
    value: float
    first: int  # token index
    last: int  # token index, inclusive
    words_only: bool
    scaled: bool
    last_scale: float
    base: float
    digits: str
    word_kind: str  # "units", "tens", "hundreds", "other" (for joins of word numbers)


def _word_kind(v: float) -> str:
    if 0 < v < 10:
        return "units"
    if v < 100 and v % 10 == 0:
        return "tens"
    if v < 1000 and v % 100 == 0:
        return "hundreds"
    return "other"


def _is_number_start(tok: Token, lex: NumberLexicon) -> bool:
    if tok.kind in ("num", "rnum"):
        return True
    if tok.kind != "word":
        return False
    if lex is lexicon():
        return _word_starts_number(tok.text)  # asked for every word of every article: cached
    wv = word_value(tok.text, lex)
    return wv is not None and (wv[0] == "num" or _strip(tok.text, lex) in lex.standalone)


@lru_cache(maxsize=65536)
def _word_starts_number(word: str) -> bool:
    lex = lexicon()
    wv = word_value(word, lex)
    return wv is not None and (wv[0] == "num" or _strip(word, lex) in lex.standalone)


def _strip(word: str, lex: NumberLexicon) -> str:
    """The word without a leading proclitic when the rest is a number word."""
    if lex is lexicon():
        return _strip_default(word)  # asked for most words of every article: cached
    return _strip_with(word, lex)


@lru_cache(maxsize=65536)
def _strip_default(word: str) -> str:
    return _strip_with(word, lexicon())


def _strip_with(word: str, lex: NumberLexicon) -> str:
    if word in lex.words or word in lex.scales or word in lex.standalone:
        return word
    for cut in (1, 2):
        if len(word) - cut >= 2 and all(c in lex.clitics for c in word[:cut]):
            rest = word[cut:]
            if rest in lex.words or rest in lex.scales or rest in lex.standalone:
                return rest
    return word


def _adjacent(fold: str, a: Token, b: Token) -> bool:
    """True when only spaces separate the two tokens (no punctuation, no line break)."""
    gap = fold[a.end : b.start]
    return "\n" not in gap and gap.strip() == ""


def _group(tokens: list[Token], i: int, fold: str, lex: NumberLexicon) -> _Group | None:
    tok = tokens[i]
    j = i
    words_only = False
    digits = ""
    word_kind = "other"
    if tok.kind in ("num", "rnum"):
        nxt_scale = i + 1 < len(tokens) and tokens[i + 1].kind == "word" and _strip(tokens[i + 1].text, lex) in lex.scales
        value = parse_digits(tok.text, before_scale=nxt_scale)
        if value is None:
            return None
        digits = tok.text
        last_scale = 0.0
        j = i + 1
    else:
        wv = word_value(tok.text, lex)
        if wv is None:
            return None
        role = wv[0]
        words_only = True
        if role == "num":
            run = []
            k = i
            while k < len(tokens) and tokens[k].kind == "word" and (k == i or _adjacent(fold, tokens[k - 1], tokens[k])):
                wk = word_value(tokens[k].text, lex)
                if wk is None or wk[0] != "num" or (k > i and wk[2]):
                    break
                run.append((wk[1], _strip(tokens[k].text, lex)))
                k += 1
            value, used = _eval_words(run, lex)
            if used > 1 and all(w in lex.french_words for _, w in run[:used]):
                fv = _french_value(" ".join(w for _, w in run[:used]))
                value = float(fv) if fv is not None else value
            word_kind = _word_kind(value) if used == 1 or value < 1000 else "other"
            if used >= 1 and run[0][1] not in lex.teens and used > 1 and any(w in lex.teens for _, w in run[:used]):
                word_kind = "other"
            j = i + used
            last_scale = 0.0
        else:
            base = _strip(tok.text, lex)
            if base not in lex.standalone:
                return None
            value = float(lex.standalone[base])
            last_scale = float(lex.scales.get(base, value))
            if value != last_scale:  # dual: "ألفي" = 2000, its scale is 1000
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                joined = nxt is not None and _adjacent(fold, tok, nxt) and (
                    nxt.text in lex.connectors or (nxt.kind == "word" and (word_value(nxt.text, lex) or (0, 0, False))[2]))
                if base.endswith("ا") and joined:
                    value = last_scale  # "مليونا و200 ألف": a million (accusative) and more, not two million
                else:
                    last_scale = value / 2
            j = i + 1
    base_value = value
    scaled = last_scale > 0
    # Scale words: "300.000 millions", "ثمانية ملايين", "une vingtaine".
    while j < len(tokens) and tokens[j].kind == "word" and _adjacent(fold, tokens[j - 1], tokens[j]):
        wv = word_value(tokens[j].text, lex)
        if wv is None or wv[0] not in ("scale", "approx") or wv[2]:
            break
        w = _strip(tokens[j].text, lex)
        mult = float(lex.scales.get(w, lex.approx.get(w, wv[1])))
        value *= mult
        last_scale = mult if not last_scale else min(last_scale, mult)
        scaled = True
        j += 1
    # "مليون ونصف", "un million et demi".
    if scaled and j < len(tokens) and tokens[j].kind == "word":
        k = j
        if tokens[k].text in lex.connectors and k + 1 < len(tokens):
            k += 1
        wv = word_value(tokens[k].text, lex)
        if wv is not None and wv[0] == "half" and (k > j or wv[2]):
            value += 0.5 * last_scale
            j = k + 1
    return _Group(value, i, j - 1, words_only, scaled, last_scale, base_value, digits, word_kind)


def _joins(a: _Group, b: _Group, connector: bool) -> bool:
    """Whether group b continues the number of group a (rather than starting a new one)."""
    if a.scaled and a.last_scale and b.value < a.last_scale:
        return connector or b.scaled or b.words_only
    if not (a.words_only and b.words_only) or a.scaled:
        return False
    if a.word_kind == "hundreds" and b.value < 100:
        return True
    if a.word_kind == "units" and b.word_kind == "tens":  # خمسة وعشرون
        return connector
    if a.word_kind == "tens" and b.word_kind == "units":  # vingt et un
        return connector
    return False


def find_numbers(fold: str, tokens: list[Token] | None = None) -> list[NumberExpr]:
    lex = lexicon()
    tokens = tokenize(fold) if tokens is None else tokens
    out: list[NumberExpr] = []
    if lex is lexicon():  # the usual case, with the per-word answer cached
        starts = [k for k, t in enumerate(tokens)
                  if t.kind == "num" or t.kind == "rnum" or (t.kind == "word" and _word_starts_number(t.text))]
    else:
        starts = [k for k, t in enumerate(tokens) if _is_number_start(t, lex)]
    i = 0
    for start in starts:
        if start < i:
            continue  # inside the previous expression
        g = _group(tokens, start, fold, lex)
        if g is None:
            continue
        groups = [g]
        j = g.last + 1
        while j < len(tokens) and _adjacent(fold, tokens[j - 1], tokens[j]):
            nxt = tokens[j]
            k, connector = j, False
            if nxt.kind == "word" and nxt.text in lex.connectors:
                k, connector = j + 1, True
                if k >= len(tokens) or not _adjacent(fold, nxt, tokens[k]):
                    break
            elif nxt.kind == "word":
                wv = word_value(nxt.text, lex)
                connector = bool(wv and wv[2])
            if not _is_number_start(tokens[k], lex):
                break
            b = _group(tokens, k, fold, lex)
            if b is None or not _joins(groups[-1], b, connector):
                break
            groups.append(b)
            j = b.last + 1
        first, last = groups[0], groups[-1]
        out.append(
            NumberExpr(
                start=tokens[first.first].start,
                end=tokens[last.last].end,
                value=_clean(sum(x.value for x in groups)),
                words_only=all(x.words_only for x in groups),
                scaled=any(x.scaled for x in groups),
                last_scale=min((x.last_scale for x in groups if x.last_scale), default=0.0),
                base=first.base,
                token_span=(first.first, last.last + 1),
                digits=first.digits,
                parts=groups,
            )
        )
        i = last.last + 1
    return out


def _clean(v: float) -> float:
    """Round away float noise (4.5 * 1e6 = 4500000.000000001)."""
    r = round(v, 6)
    return float(int(r)) if r == int(r) else r


def parse_number(text: str) -> float | None:
    """The value of the first number expression in a plain string ("ثلاثة ملايير" -> 3e9)."""
    found = find_numbers(normalize_text(text))
    return found[0].value if found else None
