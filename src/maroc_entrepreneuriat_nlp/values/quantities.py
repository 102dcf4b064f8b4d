"""Quantities: counts and percentages about a programme's scale (beneficiaries, jobs, agencies, %).

`find_quantities(fold, ...)` keeps the number expressions that are counts of something: followed
by a known unit noun (`units` in data/languages/<lang>/quantity_cues.json) or a percent marker,
"N autres"/"N أخرى" (the unit of the previous count), ages ("entre 18 et 40 ans"), and bare numbers
in a sentence that already names what is counted ("le nombre de bénéficiaires a atteint 13.438").
It drops years, days of dates, ordinals (3e phase, الدورة الـ16), codes and phone numbers, article
and law numbers, durations, numbers glued to letters (names like "G20") and spans given in `skip`
(money amounts).
The kind is decided by the cue words of the same sentence: the nearest cue before the number wins,
unless a cue right after the counted noun is nearer ("5.179 emplois prévisionnels").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..anchored import finditer_at, starts_near
from ..normalize import normalize_text
from ..resources import language_data
from .numbers import NumberExpr, Token, find_numbers, lexicon, tokenize, word_value

YEAR_MIN, YEAR_MAX = 1900, 2100
AFTER_CUE_CHARS = 40
_ARABIC_CLITICS = frozenset("وبلفك")


@dataclass
class QuantityExpr:
    start: int
    end: int
    value: float
    unit: str
    kind: str = "other"
    inferred: bool = False  # no noun of its own: the unit was taken from the context


@dataclass(frozen=True)
class QuantityLexicon:
    units: dict  # tuple of folded tokens -> English unit
    percent: frozenset  # tuples of folded tokens
    skip_after: frozenset
    same_unit: frozenset
    time_units: dict
    ordinal_before: frozenset  # tuples
    ordinal_suffixes: frozenset
    months: frozenset
    kind_res: tuple  # ((kind, compiled regex), ...) for cues before the number
    after_res: tuple  # same for cues after the counted noun
    age_re: regex.Pattern
    max_len: int
    capacity_units: frozenset  # English units of means/structures
    percent_res: tuple  # cues read only for percentages
    change_re: regex.Pattern | None
    future_re: regex.Pattern | None
    future_exclude: frozenset
    subjunctive_re: regex.Pattern | None  # "أن" right before a verb cue: "يرتقب أن تمكن" is not a result
    rank_after: frozenset  # "les trois premières régions": a rank, not a count
    rank_before: frozenset  # tuples: "أول 100 مستفيد"
    partitive_after: dict  # tuple of folded tokens -> default unit ("" = none): "1150 منهم"
    partitive_before: dict  # same, before the number: "dont 40", "parmi eux 300"
    bare_followers: frozenset  # words that may follow a count whose noun was named before
    anaphora_re: regex.Pattern | None  # "porter ce nombre à 2.500": the article's previous count
    comparison_before: frozenset  # "6.412 crédits ..., contre 4.870 une année auparavant": the same unit
    count_of_after: frozenset  # tuples: "porter à 600.000 le nombre d'auto-entrepreneurs": the unit follows


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(normalize_text(phrase)))


def _cue_re(words: list[str]) -> regex.Pattern | None:
    forms = sorted({normalize_text(w) for w in words if w.strip()}, key=len, reverse=True)
    if not forms:
        return None
    alt = "|".join(regex.escape(w) for w in forms)
    # Arabic cues may carry a proclitic (وبلغ، فقد حقق، وسيتم).
    return regex.compile(rf"(?<![\p{{L}}\d])(?:[وف])?(?:{alt})(?![\p{{L}}])")


@lru_cache(maxsize=1)
def quantity_lexicon() -> QuantityLexicon:
    units: dict = {}
    percent, skip_after, same_unit, ordinal_before, suffixes = set(), set(), set(), set(), set()
    time_units: dict = {}
    kinds: dict[str, list[str]] = {}
    after: dict[str, list[str]] = {}
    ages: list[str] = []
    capacity_units, future_exclude, future_prefixes, future_suffixes = set(), set(), set(), set()
    subjunctive: list[str] = []
    percent_kinds: dict[str, list[str]] = {}
    change: list[str] = []
    rank_after, rank_before, bare_followers, comparison_before, count_of_after = set(), set(), set(), set(), set()
    partitive_after: dict = {}
    partitive_before: dict = {}
    anaphora: list[str] = []
    for data in language_data("quantity_cues").values():
        capacity_units |= set(data.get("capacity_units", []))
        future_exclude |= {normalize_text(w) for w in data.get("future_exclude", [])}
        future_prefixes |= {normalize_text(w) for w in data.get("future_prefixes", [])}
        future_suffixes |= {normalize_text(w).lower() for w in data.get("future_suffixes", [])}
        subjunctive.extend(data.get("subjunctive_before", []))
        for kind, words in data.get("percent_kinds", {}).items():
            percent_kinds.setdefault(kind, []).extend(words)
        change.extend(data.get("change_cues", []))
        for w, unit in data.get("units", {}).items():
            units.setdefault(_key(w), unit)
        percent |= {_key(w) for w in data.get("percent", [])}
        skip_after |= {normalize_text(w) for w in data.get("skip_after", [])}
        same_unit |= {normalize_text(w) for w in data.get("same_unit", [])}
        for w, unit in data.get("time_units", {}).items():
            time_units.setdefault(normalize_text(w), unit)
        ordinal_before |= {_key(w) for w in data.get("ordinal_before", [])}
        for kind, words in data.get("kinds", {}).items():
            kinds.setdefault(kind, []).extend(words)
        for kind, words in data.get("after_kinds", {}).items():
            after.setdefault(kind, []).extend(words)
        ages.extend(data.get("age_cues", []))
        rank_after |= {normalize_text(w) for w in data.get("rank_after", [])}
        rank_before |= {_key(w) for w in data.get("rank_before", [])}
        for w, unit in data.get("partitive_after", {}).items():
            partitive_after.setdefault(_key(w), unit)
        for w, unit in data.get("partitive_before", {}).items():
            partitive_before.setdefault(_key(w), unit)
        bare_followers |= {normalize_text(w) for w in data.get("bare_followers", [])}
        comparison_before |= {normalize_text(w) for w in data.get("comparison_before", [])}
        count_of_after |= {_key(w) for w in data.get("count_of_after", [])}
        anaphora.extend(data.get("count_anaphora", []))
    for data in language_data("numbers").values():
        suffixes |= {normalize_text(w) for w in data.get("ordinal_suffixes", [])}
    months = set()
    for data in language_data("dates").values():
        months |= {normalize_text(m) for m in data.get("months", {})}
    kind_res = tuple((k, r) for k, r in ((k, _cue_re(v)) for k, v in kinds.items()) if r is not None)
    after_res = tuple((k, r) for k, r in ((k, _cue_re(v)) for k, v in after.items()) if r is not None)
    percent_res = tuple((k, r) for k, r in ((k, _cue_re(v)) for k, v in percent_kinds.items()) if r is not None)
    max_len = max((len(k) for k in units), default=1)
    future_re = None
    forms = []
    if future_prefixes:
        alt = "|".join(regex.escape(p) for p in sorted(future_prefixes))
        forms.append(rf"(?<![\p{{L}}])[وف]?((?:{alt})\p{{L}}{{3,}})(?![\p{{L}}])")
    if future_suffixes:
        # French future tense: "accueillera", "ouvriront", "prendra" (a stem of 4 letters at least)
        alt = "|".join(regex.escape(p) for p in sorted(future_suffixes, key=len, reverse=True))
        forms.append(rf"(?<![\p{{L}}])(\p{{L}}{{4,}}(?:{alt}))(?![\p{{L}}'])")
    if forms:
        future_re = regex.compile("|".join(f"(?:{f})" for f in forms))
    subjunctive_re = None
    if subjunctive:
        alt = "|".join(regex.escape(normalize_text(w)) for w in sorted(set(subjunctive), key=len, reverse=True))
        subjunctive_re = regex.compile(rf"(?<![\p{{L}}])(?:{alt})\s+$")
    return QuantityLexicon(
        units, frozenset(percent), frozenset(skip_after), frozenset(same_unit), time_units, frozenset(ordinal_before),
        frozenset(suffixes), frozenset(months), kind_res, after_res, _cue_re(ages), max_len,
        frozenset(capacity_units), percent_res, _cue_re(change), future_re, frozenset(future_exclude), subjunctive_re,
        frozenset(rank_after), frozenset(rank_before), partitive_after, partitive_before,
        frozenset(bare_followers) | _BARE_FOLLOWERS, _cue_re(anaphora), frozenset(comparison_before),
        frozenset(count_of_after),
    )


def _gap(fold: str, a: Token, b: Token) -> str:
    return fold[a.end : b.start]


def _match_phrase(tokens: list[Token], i: int, fold: str, table, max_len: int) -> int:
    """Number of tokens of the longest phrase of `table` (dict or set of tuples) starting at i."""
    for n in range(min(max_len, len(tokens) - i), 0, -1):
        key = tuple(t.text for t in tokens[i : i + n])
        if key in table and all(
            "\n" not in _gap(fold, tokens[k], tokens[k + 1]) and _gap(fold, tokens[k], tokens[k + 1]).strip() in ("", "-")
            for k in range(i, i + n - 1)
        ):
            return n
    return 0


def _is_excluded(num: NumberExpr, tokens: list[Token], fold: str, lex: QuantityLexicon) -> bool:
    """Years, dates, ordinals, codes, law numbers, numbers glued to a name."""
    first, after = num.token_span
    if num.value <= 0 or (num.words_only and num.value == 1) or num.last_scale >= 1e9:
        return True  # nobody counts billions of beneficiaries: that is money without its currency
    if num.digits and num.digits[0] == "0" and len(num.digits) > 1 and not num.digits.startswith("0,"):
        return True  # phone numbers, codes
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[after] if after < len(tokens) else None
    if prev is not None and _noun_before_definite(tokens, first, fold, lex) is not None:
        return False  # "وكالاتها الـ14": a count of the plural noun before it, no rank
    if prev is not None:
        gap = _gap(fold, prev, tokens[first])
        if gap == "" and prev.kind == "word":
            if prev.text.endswith("ال"):  # الـ16 (tatweel is gone after normalisation)
                return True
            if not all(c in _ARABIC_CLITICS for c in prev.text) and not num.words_only:
                return True  # "G20", "CRI2"
        if prev.text == "ال" and gap.strip() == "":
            return True
        if gap == "" and prev.text in ("-", "/", ".", ":") and first >= 2 and _gap(fold, tokens[first - 2], prev) == "":
            return True  # "Covid-19", "loi 15/95", a time "11:12"
        if gap.strip() in ("/", "-", ".", ":") or prev.text in ("n", "no", "°", "#"):
            return True
        for n in (3, 2, 1):
            if first - n < 0:
                continue
            key = tuple(t.text for t in tokens[first - n : first])
            if key in lex.rank_before:
                return True  # "أول 100 مستفيد"
            if key in lex.ordinal_before and not _noun_right_after(tokens, after, fold, lex):
                # "الدورة 16" is a rank, but "جوائز هذه الدورة 180 مشروعا" counts projects.
                return True
        if prev.text in lex.months and not num.scaled:
            return True
    if nxt is not None:
        gap = _gap(fold, tokens[after - 1], nxt)
        if gap == "" and nxt.kind == "word" and nxt.text in lex.ordinal_suffixes:
            return True
        if gap == "" and nxt.kind == "word" and nxt.text in ("h", "min", "mn") or nxt.text in (":",) and gap == "":
            return True
        if gap == "" and nxt.text in ("-", "/") and after + 1 < len(tokens) and tokens[after + 1].kind == "num":
            return True  # "15-95", "2023/2026"
        if nxt.text in lex.months:
            return True
        if nxt.text in lex.rank_after and gap.strip() == "":
            return True  # "les trois premières régions": a rank among others, not a count
    return False


def _noun_right_after(tokens: list[Token], i: int, fold: str, lex: QuantityLexicon) -> bool:
    if i >= len(tokens) or _gap(fold, tokens[i - 1], tokens[i]).strip():
        return False
    return _match_phrase(tokens, i, fold, lex.units, lex.max_len) > 0


def _unit_after(tokens: list[Token], i: int, fold: str, lex: QuantityLexicon) -> tuple[str, int] | None:
    """(unit, index after the noun) for the unit noun after the number, skipping up to two
    connecting words ("100 ألف من حاملي المشاريع", "4 nouvelles agences")."""
    j, skipped = i, 0
    while j < len(tokens) and skipped <= 2:
        gap = _gap(fold, tokens[j - 1], tokens[j])
        if "\n" in gap or gap.strip() not in ("", "'"):
            return None
        n = _match_phrase(tokens, j, fold, lex.units, lex.max_len)
        if n:
            return lex.units[tuple(t.text for t in tokens[j : j + n])], j + n
        if skipped and tokens[j].text.startswith("ال") and len(tokens[j].text) > 4:
            # "6 آلاف من الشباب": the partitive takes the article.
            bare = Token(tokens[j].kind, tokens[j].text[2:], tokens[j].start + 2, tokens[j].end)
            trial = [bare] + tokens[j + 1 : j + lex.max_len]
            n = _match_phrase(trial, 0, fold, lex.units, lex.max_len)
            if n:
                return lex.units[tuple(t.text for t in trial[:n])], j + n
        if tokens[j].text in lex.skip_after or tokens[j].text == "'":
            j += 1
            skipped += 1
            continue
        return None
    return None


def _percent_after(tokens: list[Token], i: int, fold: str, lex: QuantityLexicon) -> int:
    if i >= len(tokens):
        return 0
    gap = _gap(fold, tokens[i - 1], tokens[i])
    if "\n" in gap or gap.strip():
        return 0
    n = _match_phrase(tokens, i, fold, lex.percent, 3)
    return i + n if n else 0


def _sentence(pos: int, sentences: list[tuple[int, int]], size: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return 0, size


def decide_kind(fold: str, start: int, end: int, sentence: tuple[int, int], unit: str, default: str,
                unit_end: int | None = None, cache: dict | None = None, stop: int | None = None) -> str:
    """Kind of the count at [start, end) (the number itself; its noun ends at `unit_end`).

    The nearest cue wins: cues before the number in its sentence (longer cue on a tie), future
    verbs (سيتم، ستمكن, accueillera), and cues right after the number (a deadline there beats a participle). A structure (agencies, trainers) is a
    capacity unless the nearest cue is a target (a bare future tense is not); for anything else a capacity cue ("compte",
    "يضم") reports an achievement. A percentage that is a share ("بنسبة", "couvre 80%") is other,
    unless a change word precedes the share cue ("ارتفاع بنسبة 5%")."""
    lex = quantity_lexicon()
    best = None  # (distance, -length, kind, cue_start)
    lo = sentence[0]
    for m_start, m_end, kind in _sentence_cues(fold, sentence, unit == "percent", {} if cache is None else cache):
        if m_end > start:
            break
        cand = (start - m_end, m_start - m_end, kind, m_start)
        best = cand if best is None or cand[:2] < best[:2] else best
    unit_end = end if unit_end is None else unit_end
    # Cues after the noun, up to the next number (its cues are its own).
    hi = min(sentence[1], unit_end + AFTER_CUE_CHARS, stop if stop is not None else sentence[1])
    after = []
    for kind, rx in lex.after_res:
        m = rx.search(fold, end, hi)
        if m:
            after.append((max(0, m.start() - unit_end), m.start() - m.end(), kind, m.start()))
    if any(c[2] == "deadline" for c in after):
        # "100 startups accompagnées d'ici 2027": a deadline makes the participle a plan.
        after = [c for c in after if c[2] != "achievement"]
    for cand in after:
        best = cand if best is None or cand[:2] < best[:2] else best
    kind = best[2] if best is not None else default
    if best is not None and kind == "other" and unit == "percent" and lex.change_re is not None:
        if lex.change_re.search(fold, max(lo, best[3] - 40), best[3]):
            kind = "achievement"
    if kind == "capacity_strong":
        return "capacity"  # "طاقة استيعابية تبلغ 600 متدرب", "pourra accueillir 320 stagiaires"
    if unit in lex.capacity_units:
        # Means and structures: a plan to create them is a target; a mere future tense ("neuf
        # agences seront mobilisées") still describes the means.
        return "target" if kind in ("target", "deadline") else "capacity"
    if kind in ("future", "deadline"):
        return "target"
    if kind == "capacity":
        return "achievement"
    return kind


@lru_cache(maxsize=1)
def _cue_words():
    """An automaton over the words of every `_cue_re` of `kind_res` / `percent_res` (a match of one
    of those patterns contains one of its words, so a sentence without one need not be scanned), and
    the labels with a word that normalises to nothing (those are always scanned)."""
    import ahocorasick

    index: dict[str, set] = {}
    always: set = set()
    for data in language_data("quantity_cues").values():
        for label, key in (("kind", "kinds"), ("percent", "percent_kinds")):
            for kind, words in data.get(key, {}).items():
                for w in words:
                    if not w.strip():
                        continue
                    form = normalize_text(w)
                    if form:
                        index.setdefault(form, set()).add((label, kind))
                    else:
                        always.add((label, kind))
    automaton = ahocorasick.Automaton()
    for form, labels in index.items():
        automaton.add_word(form, (len(form) - 1, tuple(labels)))
    if index:
        automaton.make_automaton()
    return automaton, (frozenset(always) if index else None)


def _cue_word_starts(fold: str) -> dict[tuple[str, str], list[int]] | None:
    """(label, kind) -> sorted start positions of its cue words in `fold`; None: scan every sentence."""
    automaton, always = _cue_words()
    if always is None or always:
        return None
    out: dict[tuple[str, str], list[int]] = {}
    for end, (n, labels) in automaton.iter(fold):
        for label in labels:
            out.setdefault(label, []).append(end - n)
    for v in out.values():
        v.sort()
    return out


def _sentence_cues(fold: str, sentence: tuple[int, int], percent: bool, cache: dict) -> list[tuple[int, int, str]]:
    """Every kind cue of a sentence (start, end, kind), sorted by end; `cache` is per document."""
    key = (sentence, percent)
    if key in cache:
        return cache[key]
    lex = quantity_lexicon()
    lo, hi = sentence
    cues = []
    if "cue_words" not in cache:
        cache["cue_words"] = _cue_word_starts(fold)
    found = cache["cue_words"]
    for label, (kind, rx) in [("kind", r) for r in lex.kind_res] + ([("percent", r) for r in lex.percent_res] if percent else []):
        if found is None:
            cues.extend((m.start(), m.end(), kind) for m in rx.finditer(fold, lo, hi))
            continue
        starts = found.get((label, kind), ())
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        if i == j:
            continue  # no cue word of this kind in the sentence: the scan cannot match
        cues.extend((m.start(), m.end(), kind) for m in finditer_at(rx, fold, starts_near(starts[i:j], 1), lo, hi))
    cues.extend((s, e, "future") for s, e in future_verbs(fold, lo, hi))
    if lex.subjunctive_re is not None:
        # "ويرتقب أن تمكن من إحداث": a verb right after "أن" is a subjunctive, not a reported result.
        cues = [c for c in cues if not (c[2] == "achievement" and lex.subjunctive_re.search(fold, max(lo, c[0] - 8), c[0]))]
    cues.sort(key=lambda c: c[1])
    cache[key] = cues
    return cues


def future_verbs(fold: str, lo: int, hi: int):
    """(start, end) of each verb in the future tense in fold[lo:hi] (سيتم، ستمكن, accueillera),
    names that only look like one (Essaouira) left out."""
    lex = quantity_lexicon()
    if lex.future_re is None:
        return
    if hi < len(fold) and (fold[hi].isalpha() or fold[hi] == "'"):
        # The range ends inside a word: its truncated last word may read as a verb here only.
        for m in lex.future_re.finditer(fold, lo, hi):
            if next(g for g in m.groups() if g) not in lex.future_exclude:
                yield m.start(), m.end()
        return
    spans = _future_spans(fold, lex)
    for k in range(bisect_left(spans, (lo, lo)), len(spans)):
        s, e = spans[k]
        if e > hi:
            break
        yield s, e


_future_cache: tuple = (None, ())  # (text, its spans): replaced whole, so threads never see a mix


def _future_spans(fold: str, lex: QuantityLexicon) -> tuple[tuple[int, int], ...]:
    """Every future verb of the text, found once per text: the stages ask for many ranges of the
    same document (each sentence, the words before each event trigger)."""
    global _future_cache
    text, spans = _future_cache
    if text is not fold:
        spans = tuple((m.start(), m.end()) for m in lex.future_re.finditer(fold)
                      if next(g for g in m.groups() if g) not in lex.future_exclude)
        _future_cache = (fold, spans)
    return spans


_PHONE = regex.compile(r"(?<![\d.,])0\d{1,3}(?:[ .-]?\d{2}){3,4}(?!\d)")


def find_quantities(
    fold: str,
    sentences: list[tuple[int, int]] | None = None,
    skip: list[tuple[int, int]] | None = None,
    tokens: list[Token] | None = None,
    numbers: list[NumberExpr] | None = None,
) -> list[QuantityExpr]:
    lex = quantity_lexicon()
    tokens = tokenize(fold) if tokens is None else tokens
    numbers = find_numbers(fold, tokens) if numbers is None else numbers
    sentences = sentences or []
    # phone numbers ("0800 00 47 47", "05 28 22 33 44") are no counts
    skip = list(skip or []) + [m.span() for m in _PHONE.finditer(fold)]
    out: list[QuantityExpr] = []
    last_in_sentence: dict[tuple[int, int], QuantityExpr] = {}
    last_count: QuantityExpr | None = None  # the article's previous count ("ce nombre")
    range_ends: set[int] = set()  # upper bounds of age ranges, reported with their lower bound
    cue_cache: dict = {}
    next_start = {a.start: b.start for a, b in zip(numbers, numbers[1:])}
    for num in numbers:
        if any(s < num.end and num.start < e for s, e in skip):
            continue
        if num.start in range_ends or _is_excluded(num, tokens, fold, lex):
            continue
        first, after = num.token_span
        sent = _sentence(num.start, sentences, len(fold))
        unit, end = None, num.end
        q_start = num.start
        kind_default = "achievement"
        inferred = False
        pct = _percent_after(tokens, after, fold, lex)
        definite = _noun_before_definite(tokens, first, fold, lex) if num.digits else None
        if pct:
            unit, end = "percent", tokens[pct - 1].end
        elif definite is not None:
            unit, q_start = definite  # "وكالاتها الـ14": its 14 agencies
        else:
            found = _unit_after(tokens, after, fold, lex)
            if found is None and (n_of := _match_phrase(tokens, after, fold, lex.count_of_after, 5)):
                found = _unit_after(tokens, after + n_of, fold, lex)  # "600.000 le nombre d'auto-entrepreneurs"
            nxt = tokens[after] if after < len(tokens) else None
            if found is not None:
                if found[1] < len(tokens) and tokens[found[1]].text in lex.rank_after:
                    continue  # "ثلاث جهات الأولى"
                unit, end = found[0], tokens[found[1] - 1].end
            elif nxt is not None and nxt.text in lex.time_units:
                if not _is_age(fold, num, sent, lex):
                    continue  # durations are no programme scale
                unit, end, kind_default = "years of age", nxt.end, "other"
            elif nxt is not None and nxt.text in lex.same_unit and sent in last_in_sentence:
                unit, end = last_in_sentence[sent].unit, nxt.end
            elif (upper := _age_range_start(tokens, num, numbers, fold, lex, sent)) is not None:
                # "de 16 à 30 ans" is one fact: the range, valued by its lower bound.
                unit, kind_default, end = "years of age", "other", tokens[upper.token_span[1]].end
                range_ends.add(upper.start)
            elif (part := _partitive(tokens, num, fold, lex)) is not None:
                default, part_end = part
                # The pronoun stands for the nearest counted noun: "3400 حامل مشروع ..., استفاد 1150 منهم";
                # without one, "منهم" still counts persons (a mere noun before it may be an idiom: "من جهة أخرى").
                previous = last_in_sentence.get(sent)
                unit = previous.unit if previous is not None else default
                if not unit or _is_year(num):
                    continue
                end = part_end or end
                inferred = True
            else:
                unit = _bare_count_unit(fold, num, tokens, sent, last_in_sentence.get(sent), last_count, lex)
                if unit is None:
                    continue
                inferred = True
        kind = "other" if unit == "years of age" else decide_kind(
            fold, num.start, num.end, sent, unit, kind_default, end, cue_cache, next_start.get(num.start)
        )
        q = QuantityExpr(q_start, end, num.value, unit, kind, inferred)
        out.append(q)
        if unit != "percent":
            last_in_sentence[sent] = q
            if unit != "years of age":
                last_count = q
    out += _definite_number_words(fold, sentences, skip, tokens, out, lex, cue_cache)
    return sorted(out, key=lambda q: q.start)


# Possessive suffixes of a counted noun before a definite number ("وكالاتها الـ14", "عماله الأربعة").
_POSSESSIVES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه")


def _noun_before_definite(tokens: list[Token], i: int, fold: str, lex: QuantityLexicon) -> tuple[str, int] | None:
    """(unit, start of the noun) when the number at token i is a definite adjective of the counted
    noun before it: "وكالاتها الـ14" (ال glued to the digits), "الوكالات البنكية الـ38"."""
    if i < 2 or tokens[i - 1].text != "ال" or tokens[i - 1].end != tokens[i].start:
        return None
    return _unit_of_noun_ending_at(tokens, i - 2, fold, lex, plural_only=True)


def _unit_of_noun_ending_at(tokens: list[Token], j: int, fold: str, lex: QuantityLexicon,
                            plural_only: bool = False, possessed: bool = False) -> tuple[str, int] | None:
    """(unit, start) of the counted noun (with its adjective, maybe a possessive) ending at token j.
    With `plural_only`, only a sound plural ("الوكالات"): after a singular, "الدورة الـ14" is the
    14th session, an ordinal. With `possessed`, only a noun with a possessive suffix ("وكالاتها"):
    "الشركاء الثلاثة" (the three partners) refers back to parties, it does not measure anything."""
    if j < 0 or tokens[j].kind != "word" or "\n" in fold[tokens[j].end : tokens[j + 1].start]:
        return None
    for n in (2, 1):
        if j - n + 1 < 0:
            continue
        words = [t.text for t in tokens[j - n + 1 : j + 1]]
        if any(t.kind != "word" for t in tokens[j - n + 1 : j + 1]):
            continue
        last = words[-1]
        # the possessed noun first: "عماله" is "his workers" here, not "عمالة" (a prefecture); a
        # noun with the article takes no possessive ("الجهة" is no "الج" + "ه")
        stems = [] if last.startswith("ال") else [
            last[: -len(p)] for p in _POSSESSIVES if last.endswith(p) and len(last) - len(p) >= 3]
        stems += [f[:-1] + "ه" for f in stems if f.endswith("ت")]  # "جمعيتها" -> "جمعيه"
        forms = stems if possessed else stems + [last]
        if plural_only and not any(w.endswith("ات") for w in forms + words[:1]):
            continue
        for form in forms:
            key = tuple(words[:-1] + [form])
            bare = tuple(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in key)  # "الوكالات البنكية"
            for k in (key, bare):
                if k and k in lex.units:
                    return lex.units[k], tokens[j - n + 1].start
    return None


@lru_cache(maxsize=1)
def _definite_number_forms() -> frozenset:
    """"الأربعة", "الثماني": number words from 2 to 100 with the article, as folded."""
    out = set()
    for w in lexicon().words:
        wv = word_value(w)
        if wv is not None and wv[0] == "num" and not wv[2] and 2 <= wv[1] <= 100 and "\u0600" <= w[:1] <= "\u06ff":
            out.add("ال" + w)
    return frozenset(out)


def _definite_number_words(fold, sentences, skip, tokens, found, lex, cue_cache) -> list[QuantityExpr]:
    """"وكالاتنا الثماني", "عماله الأربعة": a number word with the article after the noun it counts."""
    out: list[QuantityExpr] = []
    taken = [(q.start, q.end) for q in found] + list(skip)
    definite = _definite_number_forms()
    for k in [k for k, t in enumerate(tokens) if t.text in definite]:
        t = tokens[k]
        wv = word_value(t.text[2:])
        if any(s < t.end and t.start < e for s, e in taken):
            continue
        if k + 1 < len(tokens) and tokens[k + 1].text in lex.rank_after:
            continue  # "الجهات الخمس الأولى": the first five, a rank
        hit = _unit_of_noun_ending_at(tokens, k - 1, fold, lex, possessed=True)
        if hit is None:
            continue
        unit, start = hit
        sent = _sentence(t.start, sentences, len(fold))
        kind = decide_kind(fold, start, t.end, sent, unit, "achievement", t.end, cue_cache, None)
        out.append(QuantityExpr(start, t.end, float(wv[1]), unit, kind))
    return out


def _is_age(fold: str, num: NumberExpr, sent: tuple[int, int], lex: QuantityLexicon) -> bool:
    if not 10 <= num.value <= 80 or num.scaled:
        return False
    return bool(lex.age_re.search(fold, max(sent[0], num.start - 60), num.start))


def _age_range_start(tokens, num: NumberExpr, numbers, fold, lex, sent) -> NumberExpr | None:
    """"entre 18 et 40 ans" / "بين 18 و40 سنة": the upper bound when `num` is the first bound of an age range."""
    nxt = next((n for n in numbers if n.start >= num.end), None)
    if nxt is None or nxt.token_span[0] - num.token_span[1] != 1 or not 10 <= num.value <= 80:
        return None
    if "\n" in fold[num.end : nxt.start]:
        return None  # "... 11:12 ⏎⏎ À 29 ans": two paragraphs, no range
    if tokens[num.token_span[1]].text not in ("et", "و", "a", "-", "الي"):
        return None
    after = nxt.token_span[1]
    if after < len(tokens) and tokens[after].text in lex.time_units and lex.time_units[tokens[after].text] == "years":
        return nxt
    return None


def _is_year(num: NumberExpr) -> bool:
    return YEAR_MIN <= num.value <= YEAR_MAX and not num.scaled and "." not in num.digits and not num.words_only


def _partitive(tokens: list[Token], num: NumberExpr, fold: str, lex: QuantityLexicon) -> tuple[str, int] | None:
    """(default unit, end offset or 0) when the number's noun is a pronoun: "استفاد 1150 منهم",
    "300 d'entre eux", "dont 40 ont créé", "parmi elles, 12 ..."."""
    first, after = num.token_span
    if after < len(tokens) and not _gap(fold, tokens[after - 1], tokens[after]).strip():
        n = _match_phrase(tokens, after, fold, lex.partitive_after, 4)
        if n:
            return lex.partitive_after[tuple(t.text for t in tokens[after : after + n])], tokens[after + n - 1].end
    stop = first - 1 if first > 0 and tokens[first - 1].text == "," else first  # "parmi eux, 300"
    for n in (4, 3, 2, 1):
        if stop - n < 0 or "\n" in fold[tokens[stop - 1].end : tokens[first].start]:
            continue
        key = tuple(t.text for t in tokens[stop - n : stop])
        if key in lex.partitive_before and _match_phrase(tokens, stop - n, fold, lex.partitive_before, n) == n:
            return lex.partitive_before[key], 0
    return None


# Words that may follow a count whose noun was named earlier ("13.438 en 2022", "5000 في أفق 2025");
# more in `bare_followers` of data/languages/<lang>/quantity_cues.json.
_BARE_FOLLOWERS = frozenset(
    {"concernant", "a", "dont", "contre", "soit", "et", "en", "au", "fin", "d", "l", "في", "و", "خلال", "مقابل", "منها", "حتى", "الي", "سنه", "عام", "مع"}
)


def _with_article_stripped(tokens: list[Token], i: int, size: int) -> list[list[Token]]:
    window = tokens[i : i + size]
    out = [window]
    t = window[0]
    if t.kind == "word" and t.text.startswith("ال") and len(t.text) > 4:
        out.append([Token(t.kind, t.text[2:], t.start + 2, t.end)] + window[1:])
    return out


def _bare_count_unit(fold: str, num: NumberExpr, tokens, sent, previous: QuantityExpr | None,
                     last_count: QuantityExpr | None, lex) -> str | None:
    """Unit of a number without a noun of its own when its sentence says what is counted:
    "72.319 insertions ..., 10.474 concernant ...", "le nombre de bénéficiaires a atteint 13.438",
    "620 projets ... dans la région A, 410 dans celle de B", "porter ce nombre à 2.500 d'ici 2026"."""
    if _in_parentheses(fold, num.start, num.end) and previous is not None and previous.start >= sent[0] \
            and _in_parentheses(fold, previous.start, previous.end, closing=False) and not _is_year(num):
        return previous.unit  # "Tissa (8 projets), Ghafsai (6), Karia Ba Mohamed (4)": the list's unit
    if num.words_only or num.value < 10 or _is_year(num):
        return None
    first = num.token_span[0]
    if previous is not None and previous.start >= sent[0] and first > 0 and tokens[first - 1].text in lex.comparison_before:
        return previous.unit  # "6.412 crédits en 2024, contre 4.870 une année auparavant"
    after = num.token_span[1]
    if after < len(tokens):
        nxt = tokens[after]
        gap = _gap(fold, tokens[after - 1], nxt)
        if nxt.kind in ("word", "num") and gap.strip() == "" and nxt.text not in lex.bare_followers:
            return None  # an unknown noun follows: we cannot tell what is counted
    unit = _unit_before(fold, num, tokens, sent, previous, lex)
    if unit is None and last_count is not None and lex.anaphora_re is not None:
        # "ce nombre" / "هذا العدد" points back to the article's previous count.
        if lex.anaphora_re.search(fold, sent[0], num.start):
            unit = last_count.unit
    return unit


def _in_parentheses(fold: str, start: int, end: int, closing: bool = True) -> bool:
    """The span opens a parenthesis ("(8 projets)"), and, with `closing`, is all of it ("(6)")."""
    opened = start > 0 and fold[start - 1] == "("
    return opened and (not closing or fold[end : end + 1] == ")")


def _unit_before(fold: str, num: NumberExpr, tokens, sent, previous: QuantityExpr | None, lex) -> str | None:
    """The nearest unit noun before the number in its sentence, back to the previous count
    ("عدد المستفيدين ... 5000"), else the previous count's unit ("620 projets ..., 410 dans ...")."""
    lo = sent[0] if previous is None else max(sent[0], previous.start)
    i = num.token_span[0] - 1
    while i >= 0 and tokens[i].start >= lo:
        # The phrase that starts earliest and covers token i wins: "حاملي المشاريع", not "المشاريع".
        for j in range(max(0, i - lex.max_len + 1), i + 1):
            if tokens[j].start < lo:
                continue
            for trial in _with_article_stripped(tokens, j, lex.max_len):
                n = _match_phrase(trial, 0, fold, lex.units, lex.max_len)
                if n and j + n > i and j + n <= num.token_span[0]:
                    return lex.units[tuple(t.text for t in trial[:n])]
        i -= 1
    if previous is not None:
        return previous.unit
    return None
