"""Money amounts: a number expression followed (or preceded, for symbols) by a currency.

`find_amounts(fold)` returns `MoneyExpr`s in the folded text's coordinates, values in full units
(`800 ألف درهم` = 800000 MAD, `1,5 MMDH` = 1.5e9, `500 MDH` = 5e8). Ranges ("entre 10.000 et
50.000 DH", "ما بين 10 آلاف و50 ألف درهم", "de 5 à 10 millions de dirhams") give both bounds, the
first taking the currency, and the scale when it has none of its own, of the second.
Ambiguous currency words (dinar, franc, livre, جنيه) are resolved by the country named right after
them, else in the same sentence, else anywhere in the article.
Vocabulary: data/languages/<lang>/currencies.json (and numbers.json through `values.numbers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..normalize import normalize_text
from ..resources import language_data
from .numbers import NumberExpr, Token, find_numbers, tokenize

MAX_CURRENCY_WORDS = 3
# Between the number and the currency: "millions de dirhams", "d'euros", "ملايين من الدراهم".
_LINKERS = frozenset({"de", "d", "'", "من", "of"})
_RANGE_OPEN = frozenset({"entre", "de", "bien", "من", "بين", "between", "from", "allant", "اي", "ما"})
_RANGE_MID = frozenset({"et", "a", "-", "و", "الي", "حتي", "and", "to", "au"})


@dataclass
class MoneyExpr:
    start: int
    end: int
    value: float
    currency: str
    range_role: str | None = None
    number: NumberExpr | None = None


@dataclass(frozen=True)
class CurrencyLexicon:
    phrases: dict  # tuple of folded words -> ISO code or "?<family>" for ambiguous words
    combined: dict  # folded word -> (multiplier, ISO code)
    context: dict  # family -> {folded word: ISO}
    default: dict  # family -> ISO
    max_len: int


@lru_cache(maxsize=1)
def currency_lexicon() -> CurrencyLexicon:
    phrases: dict = {}
    combined: dict = {}
    context: dict = {}
    default: dict = {}
    for data in language_data("currencies").values():
        for w, code in data.get("currencies", {}).items():
            phrases.setdefault(_key(w), code)
        for w, fam in data.get("ambiguous", {}).items():
            phrases.setdefault(_key(w), "?" + fam)
        for w, (mult, code) in data.get("combined", {}).items():
            combined.setdefault(normalize_text(w), (float(mult), code))
        for fam, words in data.get("context", {}).items():
            ctx = context.setdefault(fam, {})
            for w, code in words.items():
                ctx.setdefault(normalize_text(w), code)
        for fam, code in data.get("default", {}).items():
            default.setdefault(fam, code)
    max_len = max((len(k) for k in phrases), default=1)
    return CurrencyLexicon(phrases, combined, context, default, max_len)


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(normalize_text(phrase)))


def _adjacent(fold: str, a: Token, b: Token) -> bool:
    gap = fold[a.end : b.start]
    return "\n" not in gap and gap.strip() == "" and len(gap) <= 2


def _match_currency(tokens: list[Token], i: int, fold: str, lex: CurrencyLexicon) -> tuple[str, int] | None:
    """(code, index after the phrase) for the longest currency phrase starting at token i."""
    for n in range(min(lex.max_len, len(tokens) - i), 0, -1):
        key = tuple(t.text for t in tokens[i : i + n])
        if key in lex.phrases and all(_adjacent(fold, tokens[k], tokens[k + 1]) for k in range(i, i + n - 1)):
            return lex.phrases[key], i + n
    return None


def _resolve(family: str, fold: str, after: int, sentence: tuple[int, int], lex: CurrencyLexicon) -> str:
    """Currency of an ambiguous word: the country word right after it, in its sentence, in the text."""
    words = lex.context.get(family, {})
    if words:
        pattern = _context_re(family)
        for lo, hi in ((after, min(len(fold), after + 25)), sentence, (0, len(fold))):
            m = pattern.search(fold, lo, hi)
            if m:
                return words[m.group(1)]
    return lex.default.get(family, "XXX")


@lru_cache(maxsize=16)
def _context_re(family: str) -> regex.Pattern:
    words = sorted(currency_lexicon().context[family], key=len, reverse=True)
    alt = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"(?<![\p{{L}}])(?:ال|و|ب|ل)?({alt})(?![\p{{L}}])")


def _sentence_of(pos: int, sentences: list[tuple[int, int]], size: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return 0, size


def find_amounts(fold: str, sentences: list[tuple[int, int]] | None = None, tokens: list[Token] | None = None,
                 numbers: list[NumberExpr] | None = None) -> list[MoneyExpr]:
    lex = currency_lexicon()
    tokens = tokenize(fold) if tokens is None else tokens
    numbers = find_numbers(fold, tokens) if numbers is None else numbers
    sentences = sentences or []
    out: list[MoneyExpr] = []
    prev: NumberExpr | None = None
    prev_money: MoneyExpr | None = None
    for num in numbers:
        first, after = num.token_span
        found = _currency_after(tokens, after, fold, lex) or _currency_before(tokens, first, fold, lex)
        if found is None:
            prev, prev_money = num, None
            continue
        code, mult, end_tok = found
        if code.startswith("?"):
            code = _resolve(code[1:], fold, tokens[end_tok - 1].end, _sentence_of(num.start, sentences, len(fold)), lex)
        end = tokens[end_tok - 1].end if end_tok > after else num.end
        start = tokens[end_tok].start if end_tok < first else num.start
        money = MoneyExpr(start, max(end, num.end), _round(num.value * mult), code, number=num)
        # Range: "entre 10.000 et 50.000 DH", "de 5 à 10 millions": the first bound gets the
        # currency, and the scale when it has none and is smaller than the second's base.
        if prev is not None and _is_range(tokens, prev, num, fold):
            if prev_money is None:
                lo_value = prev.value * mult
                if not prev.scaled and num.scaled and prev.value < num.base:
                    lo_value = prev.value * (num.value / num.base if num.base else 1.0) * mult
                prev_money = MoneyExpr(prev.start, prev.end, _round(lo_value), code, number=prev)
                out.append(prev_money)
            if prev_money.value <= money.value:
                prev_money.range_role, money.range_role = "min", "max"
        out.append(money)
        prev, prev_money = num, money
    return out


def _currency_after(tokens: list[Token], i: int, fold: str, lex: CurrencyLexicon):
    """(code, multiplier, token index after the currency) for "N DH", "N millions de dirhams", "N MDH"."""
    j, skipped = i, 0
    while j < len(tokens):
        t = tokens[j]
        if fold[tokens[j - 1].end : t.start].strip() not in ("", "(") or "\n" in fold[tokens[j - 1].end : t.start]:
            return None
        if t.text in lex.combined:
            mult, code = lex.combined[t.text]
            return code, mult, j + 1
        if j + 1 < len(tokens) and tokens[j + 1].start == t.end and t.text + tokens[j + 1].text in lex.combined:
            mult, code = lex.combined[t.text + tokens[j + 1].text]  # "M€", "Md$": a letter and a symbol
            return code, mult, j + 2
        m = _match_currency(tokens, j, fold, lex)
        if m is not None:
            return m[0], 1.0, m[1]
        if t.text not in _LINKERS or skipped >= 2:
            return None
        j += 1
        skipped += 1
    return None


def _currency_before(tokens: list[Token], i: int, fold: str, lex: CurrencyLexicon):
    """Symbol or code before the number: "$5 millions", "€ 300", "USD 2 millions"."""
    if i == 0:
        return None
    t = tokens[i - 1]
    if t.kind == "sym" or t.text in ("usd", "eur", "mad"):
        if fold[t.end : tokens[i].start].strip() == "":
            m = _match_currency(tokens, i - 1, fold, lex)
            if m is not None and not m[0].startswith("?"):
                return m[0], 1.0, i - 1
    return None


def _is_range(tokens: list[Token], a: NumberExpr, b: NumberExpr, fold: str) -> bool:
    mid = [t.text for t in tokens[a.token_span[1] : b.token_span[0]]]
    if not mid or len(mid) > 2 or mid[-1] not in _RANGE_MID:
        return False
    before = [t.text for t in tokens[max(0, a.token_span[0] - 2) : a.token_span[0]]]
    return bool(set(before) & _RANGE_OPEN) or mid[-1] in ("a", "-", "الي", "to")


def _round(v: float) -> float:
    r = round(v, 4)
    return float(int(r)) if r == int(r) else r
