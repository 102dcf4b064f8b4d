"""Calendar expressions: find them in folded text and resolve them to contract values.

Two steps, kept apart because the second depends on the publication date and the first does not:
- `find_dates(fold)` returns `DateExpr`s (spans in the coordinates of the string it is given, and a
  partial `Spec` per side: what the text says, nothing invented);
- `resolve(expr, publication_date)` turns one into "YYYY", "YYYY-MM", "YYYY-MM-DD", "A/B" or None.

Language knowledge (month and weekday names, cue words, relative words) lives in
data/languages/<lang>/dates.json; the patterns are built from the data of all languages at once
(an Arabic article can quote a French date, and the scripts keep the words apart).

Why not dateparser at run time: `search_dates` fills a missing day and month from today's date,
has no Moroccan month names (no `locales` argument), no "فاتح", detects French as Catalan without a
language hint and reads "vendredi à" as a date; `parse` is right for a found expression but costs
milliseconds per call. The common forms are few and regular, so this module parses them from the
data; the tests pin dateparser's behaviour on the same forms so that an upgrade is noticed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field, replace
from bisect import bisect_left
from functools import lru_cache

import regex

from ..anchored import finditer_at
from ..normalize import normalize_text
from ..resources import language_data

YEAR_MIN, YEAR_MAX = 1950, 2049  # with a year word ("سنة 1975", "en 1999")
BARE_YEAR_MIN, BARE_YEAR_MAX = 1990, 2035  # without one, a 4-digit number is a year only in this window
NEAREST_MONTHS = 6  # a month without year or qualifier lies within half a year of the publication date

# A word starts after a non-letter, or after Arabic proclitics (و ب ل ف ك) that are not part of the
# match (so "لسنة" matches "سنة" and the evidence starts at the word itself).
_BL = r"(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])[وفبلك]{1,2}))"
_BR = r"(?![\p{L}\p{N}])"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_YEAR_L = r"(?:(?<![\p{L}\p{N}.,/:])|(?<=(?<![\p{L}\p{N}])[وبل]))"
_YEAR_R = r"(?!\p{N})(?![.,/]\p{N})(?!\s*%)م?(?![\p{L}])"


@dataclass(frozen=True)
class Spec:
    """What one side of a date expression says; missing parts stay None (never invented)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    qualifier: str | None = None  # "past" / "current" / "next" attached to a month or weekday
    day_offset: int | None = None  # relative to the publication day (hier = -1)
    month_offset: int | None = None
    year_offset: int | None = None
    months: tuple[int, int] | None = None  # a part of a year: semester, quarter


@dataclass
class DateExpr:
    start: int
    end: int
    a: Spec
    b: Spec | None = None  # set for a range
    kind: str = "point"  # point | range | relative | year
    confidence: float = 1.0
    tags: set = field(default_factory=set)

    @property
    def is_range(self) -> bool:
        return self.b is not None or self.a.months is not None


# -- data -----------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return normalize_text(s).strip()


def _alt(words) -> str:
    """Regex alternation of folded words, longest first; spaces match any run of spaces."""
    out = []
    for w in sorted({_norm(w) for w in words if w and _norm(w)}, key=len, reverse=True):
        p = regex.escape(w)
        p = p.replace(r"\ ", r"\s+").replace(" ", r"\s+").replace("'", r"'\s*")
        out.append(p)
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


word_alternation = _alt  # shared with the publication-date stage


@dataclass(frozen=True)
class Vocabulary:
    months: dict
    weekdays: dict
    ambiguous_weekdays: frozenset
    first_day: frozenset
    weekday_prefixes: dict
    qualifiers: dict  # folded word -> past/current/next
    periods: dict
    relative: dict
    year_parts: dict
    patterns: dict
    anchors: "Anchors | None" = None
    past_cues: frozenset = frozenset()  # "depuis", "منذ": a month after one is not in the future
    weekday_place_words: frozenset = frozenset()  # "سوق": "سوق الأربعاء" is a town, not Wednesday


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = language_data("dates")
    merged: dict[str, dict | list] = {}
    for lang_data in data.values():
        for key, val in lang_data.items():
            if key.startswith("_"):
                continue
            if isinstance(val, dict):
                merged.setdefault(key, {})
                if key == "month_qualifiers":
                    for kind, words in val.items():
                        for w in words:
                            merged[key][_norm(w)] = kind
                else:
                    merged[key].update({_norm(k): v for k, v in val.items()})
            else:
                merged.setdefault(key, [])
                merged[key].extend(val)
    g = lambda k: merged.get(k, [])  # noqa: E731
    months, weekdays = merged["months"], merged["weekdays"]
    day = rf"(?:{_alt(g('first_day'))}|[0-3]?\d)"
    # The dot belongs to an abbreviation ("janv.", "sept."), not to a full name ending a sentence.
    abbreviations = [k for k in months if any(o != k and o.startswith(k) and months[o] == months[k] for o in months)]
    full_names = [k for k in months if k not in abbreviations]
    month = rf"{_BL}(?:{_alt(full_names)}|{_alt(abbreviations)}\.?){_BR}" if abbreviations else rf"{_BL}{_alt(months)}{_BR}"
    wd = rf"{_BL}{_alt(weekdays)}{_BR}"
    qual = rf"{_BL}{_alt(merged['month_qualifiers'])}{_BR}"
    year = rf"{_YEAR_L}{_YEAR}{_YEAR_R}"
    year_or_qual = rf"(?:\s*,?\s*(?P<y>{year})|\s+(?P<q>{qual}))"
    no_year_or_qual = rf"(?!\s*,?\s*{year}|\s+{qual})"
    day_pre = _alt(list(g("day_prefixes")) + list(merged.get("weekday_prefixes", {})))
    month_words = _alt(g("month_words"))
    to = _alt(g("range_to"))
    conj = _alt(g("range_and"))
    frm = _alt(list(g("range_from")) + list(g("range_between")))
    year_words = _alt(["سنة", "عام", "année", "l'année", "l'exercice", "year", "año"])
    pats = {
        # 2021-04-13 (a time may follow; it is not part of the date)
        "iso": rf"(?<![\p{{N}}-])(?P<y>{_YEAR})-(?P<mo>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)(?![\p{{N}}])",
        # 08/07/2021, 8.7.2021, 08-07-2021 (day first: the Moroccan and French order)
        "numeric": rf"(?<![\p{{N}}/.,-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<mo>[01]?\d)(?P=sep)(?P<y>{_YEAR})(?![\p{{N}}])",
        # [le|يوم] [mercredi,] 23 mars[,] 2022 | ce 6 février | 21 يناير الماضي | فاتح يونيو 2021
        "dmy": rf"(?:{_BL}(?P<pre>{day_pre})\s+)?(?:(?P<wd>{wd})\s*,?\s*)?{_BL}(?P<d>{day})\s+"
        rf"(?:(?:{month_words})\s+)?(?P<m>{month}){year_or_qual}?",
        # du 22 au 25 mai 2015 | من 10 إلى 12 أبريل 2022 | du 6 au 31 juillet courant
        "dayrange": rf"(?:{_BL}(?P<frm>{frm})\s+)?(?:(?P<wd1>{wd})\s+)?{_BL}(?P<d1>{day})\s*(?:{to}|{conj})\s*"
        rf"(?:(?P<wd2>{wd})\s+)?(?P<d2>{day})\s+(?P<m>{month}){year_or_qual}?",
        # entre janvier et septembre 2024 | من يناير إلى شتنبر 2024 | de mars à juin 2023
        "monthrange": rf"{_BL}(?P<frm>{frm})\s+(?:(?:{month_words})\s+)?(?P<m1>{month})\s*(?:{to}|{conj})\s*"
        rf"(?:(?:{month_words})\s+)?(?P<m2>{month}){year_or_qual}",
        # mars 2020 | fin juillet 2023 | janvier dernier | شهر مارس المنصرم
        "my": rf"(?:{_BL}(?P<part>{_alt(g('month_parts'))})\s*(?:de\s+|d'\s*)?)?(?:{_BL}(?:{month_words})\s+)?(?P<m>{month}){year_or_qual}",
        # النصف الأول من سنة 2024 | premier semestre 2024
        "period": rf"{_BL}(?P<per>{_alt(merged.get('periods', {}))})\s+(?:(?:{_alt(g('period_links'))})\s*)?"
        rf"(?:{_BL}(?:{year_words})\s+)?(?P<y>{year})",
        # fin 2023 | d'ici fin 2023 | نهاية سنة 2025 | مطلع 2024: the end (start) of a year is its last (first) month
        "yearpart": rf"{_BL}(?P<part>{_alt(merged.get('year_parts', {}))})\s+(?:(?:{_alt(g('period_links'))})\s*)?"
        rf"(?:{_BL}(?:{year_words})\s+)?(?P<y>{year})",
        # fin de l'année prochaine | مطلع السنة المقبلة
        "yearpart_rel": rf"{_BL}(?P<part>{_alt(merged.get('year_parts', {}))})\s+(?:(?:{_alt(g('period_links'))})\s*)?"
        rf"(?P<rel>{_alt([k for k, r in merged.get('relative', {}).items() if 'years' in r])}){_BR}",
        # février de l'année dernière | فبراير من السنة الماضية: a month of a relative year
        "month_relyear": rf"(?:{_BL}(?:{month_words})\s+)?(?P<m>{month})\s+(?:(?:{_alt(g('period_links'))})\s*)?"
        rf"(?P<rel>{_alt([k for k, r in merged.get('relative', {}).items() if 'years' in r])}){_BR}",
        # a month named without a year, after a cue that makes it a date: "en septembre", "dès le mois de
        # juin", "courant juillet", "fin septembre", "خلال شهر ماي" (a bare "mars"/"مارس" may be a name or a verb)
        "month_cued": rf"(?:{_BL}(?P<cue>{_alt(g('month_cues'))})\s+(?:(?:le|au|du|ce|d'|de)\s*)?)?"
        rf"(?P<mw>{_BL}(?:{month_words}))\s+(?P<m>{month}){no_year_or_qual}"
        rf"|{_BL}(?P<cue2>{_alt(g('month_cues'))})(?:\s+|(?<=-))(?P<m2>{month}){no_year_or_qual}",  # "mi-janvier"
        # 2019-2023 | (2019-2023) | 2024/2030
        "yearrange": rf"(?P<y1>{_YEAR_L}{_YEAR})\s*[-/]\s*(?P<y2>{_YEAR}){_YEAR_R}",
        "year": rf"(?P<y>{year})",
        # اليوم الاثنين | أمس الثلاثاء | ce mardi | vendredi
        "weekday": rf"(?:{_BL}(?P<pre>{_alt(merged.get('weekday_prefixes', {}))})\s+)?(?P<wd>{wd})(?:\s+(?P<q>{qual}))?",
        "relative": rf"{_BL}(?P<rel>{_alt(merged.get('relative', {}))}){_BR}",
    }
    # Context patterns, matched against the text just before or after a candidate.
    strong = list(g("year_cues")) + list(g("plural_year_cues")) + list(g("range_between"))
    ctx = {
        "strong_before": rf"{_BL}(?P<cue>{_alt(strong)})\s*$",
        "plural_before": rf"{_BL}(?P<cue>{_alt(g('plural_year_cues'))})\s*$",
        "between_before": rf"{_BL}(?P<cue>{_alt(g('range_between'))})\s+(?:{_BL}{_alt(g('plural_year_cues'))}\s+)?$",
        "from_before": rf"{_BL}(?P<cue>{_alt(list(g('range_from')) + list(g('range_between')))})\s+$",
        "quantity_before": rf"{_BL}{_alt(g('quantity_prefixes'))}\s*$",
        "follower_ok": rf"^\s*(?:$|[\n.,;:!?)\]\"'»،؛/…-]|و|{_alt(g('year_followers'))}{_BR})",
        "to_gap": rf"^\s*(?:{to})\s*$",
        "to_head": rf"(?:{to})\s+",
        "and_gap": rf"^\s*(?:{conj})\s*$",
    }
    compiled = {k: regex.compile(v) for k, v in {**pats, **ctx}.items()}
    first = frozenset(_norm(w) for w in g("first_day"))
    groups = {
        "month": list(months),
        "month_words": g("month_words"),
        "first_day": g("first_day"),
        "day_pre": list(g("day_prefixes")) + list(merged.get("weekday_prefixes", {})),
        "weekday": list(weekdays),
        "weekday_pre": list(merged.get("weekday_prefixes", {})),
        "frm": list(g("range_from")) + list(g("range_between")),
        "to": list(g("range_to")) + list(g("range_and")),
        "month_parts": g("month_parts"),
        "month_cues": g("month_cues"),
        "periods": list(merged.get("periods", {})),
        "year_parts": list(merged.get("year_parts", {})),
        "relative": list(merged.get("relative", {})),
        "strong": strong,
        "plural": g("plural_year_cues"),
        "between": g("range_between"),
        "from_between": list(g("range_from")) + list(g("range_between")),
        "quantity": g("quantity_prefixes"),
    }
    anchors = Anchors(groups)
    return Vocabulary(
        months=months,
        weekdays=weekdays,
        ambiguous_weekdays=frozenset(_norm(w) for w in g("ambiguous_weekdays")),
        first_day=first,
        weekday_prefixes=merged.get("weekday_prefixes", {}),
        qualifiers=merged["month_qualifiers"],
        periods=merged.get("periods", {}),
        relative=merged.get("relative", {}),
        year_parts=merged.get("year_parts", {}),
        patterns=compiled,
        anchors=anchors,
        past_cues=frozenset(_key(_norm(w)) for w in g("past_month_cues")),
        weekday_place_words=frozenset(_key(_norm(w)) for w in g("weekday_place_words")),
    )


# -- anchors --------------------------------------------------------------------------------------
# Speed. Tried at every position of the text, the vocabulary patterns (long alternations behind
# optional groups and lookbehinds) cost milliseconds per article. Every match of one of them starts
# at one of a few words (or at a digit), and the month patterns also need a month word a few chunks
# after their start. These words are found with one Aho-Corasick pass, and a pattern is tried (with
# `match`, which sees the whole text around the position, lookbehinds included) only there. A match
# can start nowhere else, so the matches are exactly those of `finditer` / `search`.

# Word groups whose heads start a match of a find pattern (searched in the whole text) ...
_START_GROUPS = ("month", "month_words", "first_day", "day_pre", "weekday", "weekday_pre", "frm",
                 "month_parts", "month_cues", "periods", "year_parts", "relative")
# ... and of a context pattern (searched in the few characters before a year).
_CONTEXT_GROUPS = ("strong", "plural", "between", "from_between", "quantity")

# pattern -> (groups whose heads start a match, whether a digit starts one too, groups that may stand
# between the start and the month word the match needs, or None when it needs none)
_PATTERN_STARTS = {
    "dmy": (("day_pre", "weekday", "first_day"), True, ("day_pre", "weekday", "first_day", "month_words")),
    "dayrange": (("frm", "weekday", "first_day"), True, ("frm", "weekday", "first_day", "to", "weekday", "first_day")),
    "monthrange": (("frm",), False, ("frm", "month_words")),
    "my": (("month_parts", "month_words", "month"), False, ("month_parts", "month_words")),
    "month_cued": (("month_cues", "month_words"), False, ("month_cues", "month_words")),
    "period": (("periods",), False, None),
    "yearpart": (("year_parts",), False, None),
    "yearpart_rel": (("year_parts",), False, None),
    "month_relyear": (("month_words", "month"), False, None),
    "weekday": (("weekday_pre", "weekday"), False, None),
    "relative": (("relative",), False, None),
    "numeric": ((), True, None),
}
_CONTEXT_STARTS = {"strong_before": "strong", "plural_before": "plural", "between_before": "between",
                   "from_before": "from_between", "quantity_before": "quantity"}

_DIGIT_RUN = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")
_WORD_START = regex.compile(_BL)
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]")
_PROCLITICS = frozenset("وفبلك")  # the letters `_BL` lets a word start after


def _pieces(words) -> list[str]:
    """The literal head of each word as `_alt` matches it: up to a space (which matches any run of
    spaces) or through an apostrophe (which may be followed by spaces)."""
    out = []
    for w in words:
        n = _norm(w) if w else ""
        if not n:
            continue
        cut = len(n)
        for i, ch in enumerate(n):
            if ch == "'":
                cut = i + 1
                break
            if ch.isspace():
                cut = i
                break
        out.append(n[:cut])
    return out


def _chunks(words) -> int:
    """At most how many whitespace-separated chunks one of `words` spans."""
    return max((len(regex.split(r"\s+|(?<=')", _norm(w))) for w in words if w and _norm(w)), default=0)


class _Automaton:
    """Where the heads of several word groups start a word in a text, in one pass.

    The text is searched in its `word_view`, where every character that is neither a letter nor a
    digit reads as a space; each head is looked for after a space or after a proclitic letter. That
    is where `_BL`, which the patterns put before all these words, lets a word start (and a little
    more: one proclitic letter is not checked to follow a space)."""

    def __init__(self, groups: dict[str, list]):
        import ahocorasick

        index: dict[str, set] = {}
        self.unanchored: set[str] = set()
        for name, words in groups.items():
            for p in _pieces(words):
                head = _NON_WORD.sub(" ", p)
                if head.startswith(" "):
                    self.unanchored.add(name)  # no letter to find (none in the shipped data)
                    continue
                for before in " " + "".join(sorted(_PROCLITICS)):
                    index.setdefault(before + head, set()).add(name)
        self.empty = not index
        self.automaton = ahocorasick.Automaton()
        for key, names in index.items():
            self.automaton.add_word(key, (len(key) - 1, tuple(sorted(names))))
        if not self.empty:
            self.automaton.make_automaton()

    def find(self, view: str) -> dict[str, list[int]]:
        """Group -> start positions in the text (unsorted, maybe repeated) of its heads, given the
        text's `word_view`."""
        hits: dict[str, list[int]] = {}
        if self.empty:
            return hits
        for end, (n, names) in self.automaton.iter(view):
            s = end - n  # the view has one leading space: this is the head's position in the text
            for name in names:
                if name in hits:
                    hits[name].append(s)
                else:
                    hits[name] = [s]
        return hits


def word_view(text: str) -> str:
    """" " + text with every character that is neither a letter nor a digit as a space."""
    return " " + _NON_WORD.sub(" ", text)


class Anchors:
    """The anchor words of the date patterns (built once with the vocabulary)."""

    def __init__(self, groups: dict[str, list]):
        self.chunks = {name: max(_chunks(words), 1) for name, words in groups.items()}
        self.starts = _Automaton({k: groups[k] for k in _START_GROUPS})
        self.context = _Automaton({k: groups[k] for k in _CONTEXT_GROUPS})
        # A group with a word that cannot be anchored makes the patterns that need it scan the text.
        self.unanchored = self.starts.unanchored | self.context.unanchored
        budgets = [spec[2] for spec in _PATTERN_STARTS.values() if spec[2] is not None]
        # Chunks between a match start and its month word: one per word chunk of each group that may
        # stand there, plus one per link ("de", "le", a bare comma, a day number) and some slack.
        self.month_reach = max(sum(self.chunks[g] + 1 for g in b) + 5 for b in budgets)
        self._back = regex.compile(r"(?r)(?:\S*\s*){%d}" % self.month_reach)

    def window_start(self, text: str, q: int) -> int:
        """The start of the `month_reach`-th chunk before position q."""
        return self._back.match(text, 0, q).start()


def _search_at(pat: regex.Pattern, text: str, starts: list[int]):
    """`pat.search(text)` when every match of `pat` starts at one of `starts` (sorted)."""
    last = -1
    for s in starts:
        if s == last:
            continue
        last = s
        m = pat.match(text, s)
        if m is not None:
            return m
    return None


class _Patterns:
    """The vocabulary patterns applied to one folded text, each tried only where a match can start."""

    def __init__(self, fold: str, v: Vocabulary):
        self.fold, self.v, self.a = fold, v, v.anchors
        self._view: str | None = None
        self._hits: dict[str, list[int]] | None = None
        self._context: dict[str, list[int]] | None = None
        self._digits: list[int] | None = None
        self._month_windows: list[tuple[int, int]] | None = None

    def _starts_of(self, groups) -> list[int]:
        if self._hits is None:
            self._hits = self.a.starts.find(self.view())
        out: list[int] = []
        for g in groups:
            out += self._hits.get(g, ())
        return out

    def view(self) -> str:
        if self._view is None:
            self._view = word_view(self.fold)
        return self._view

    def _digit_starts(self) -> list[int]:
        if self._digits is None:
            self._digits = [m.start() for m in _DIGIT_RUN.finditer(self.fold)]
        return self._digits

    def _windows(self) -> list[tuple[int, int]]:
        """(window start, month word start) for every place a month word can start."""
        if self._month_windows is None:
            qs = sorted(set(q for q in self._starts_of(("month",)) if _WORD_START.match(self.fold, q)))
            self._month_windows = [(self.a.window_start(self.fold, q), q) for q in qs]
        return self._month_windows

    def finditer(self, name: str):
        pat = self.v.patterns[name]
        spec = _PATTERN_STARTS.get(name)
        if self.a is None or spec is None:
            return pat.finditer(self.fold)
        groups, digits, between = spec
        needed = set(groups) | (set(between) | {"month"} if between is not None else set())
        if needed & self.a.unanchored:
            return pat.finditer(self.fold)
        starts = self._starts_of(groups)
        if digits:
            starts = starts + self._digit_starts()
        starts.sort()
        if between is not None:
            windows = self._windows()
            near, j = [], 0
            for s in starts:
                # Window starts grow with their month words: the first month word at or after s decides.
                while j < len(windows) and windows[j][1] < s:
                    j += 1
                if j == len(windows):
                    break
                if windows[j][0] <= s:
                    near.append(s)
            starts = near
        return finditer_at(pat, self.fold, starts)

    def search_before(self, name: str, start: int, end: int):
        """`patterns[name].search(fold[start:end])` for a context pattern (spans in the slice)."""
        pat = self.v.patterns[name]
        before = self.fold[start:end]
        group = _CONTEXT_STARTS[name]
        if self.a is None or group in self.a.unanchored:
            return pat.search(before)
        if self._context is None:
            self._context = {k: sorted(set(v)) for k, v in self.a.context.find(self.view()).items()}
        hits = self._context.get(group, [])
        # The slice starts a word at its first character even inside a word of the text.
        lo = bisect_left(hits, start + 1)
        hi = bisect_left(hits, end)
        return _search_at(pat, before, [0] + [h - start for h in hits[lo:hi]])


# -- finding --------------------------------------------------------------------------------------


def _key(s: str | None) -> str:
    """A matched word in lookup form: folded, spaces collapsed, abbreviation dot dropped."""
    return _SPACES.sub(" ", s or "").replace("' ", "'").rstrip(".").strip()


def _day(v: Vocabulary, s: str) -> int:
    return 1 if _key(s) in v.first_day else int(s)


def _month(v: Vocabulary, s: str) -> int:
    return int(v.months[_key(s)])


def _qual(v: Vocabulary, s: str | None) -> str | None:
    return v.qualifiers.get(_key(s)) if s else None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if not 1 <= d <= 31:
            return False
        if m is not None and y is not None and d > calendar.monthrange(y, m)[1]:
            return False
    return True


def _candidates(fold: str, v: Vocabulary, P: _Patterns | None = None) -> list[DateExpr]:
    P = P or _Patterns(fold, v)
    out: list[DateExpr] = []

    def add(m, spec, b=None, kind="point", conf=1.0, tags=()):
        out.append(DateExpr(m.start(), m.end(), spec, b, kind, conf, set(tags)))

    for m in P.finditer("iso"):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid(y, mo, d):
            add(m, Spec(y, mo, d), tags={"numeric"})
    for m in P.finditer("numeric"):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid(y, mo, d):
            add(m, Spec(y, mo, d), tags={"numeric"})
    for m in P.finditer("dmy"):
        y = int(m["y"]) if m["y"] else None
        mo, d = _month(v, m["m"]), _day(v, m["d"])
        wd = v.weekdays.get(_key(m["wd"])) if m["wd"] else None
        if _valid(y, mo, d):
            add(m, Spec(y, mo, d, weekday=wd, qualifier=_qual(v, m["q"])), tags={"dmy"})
    for m in P.finditer("dayrange"):
        y = int(m["y"]) if m["y"] else None
        mo, d1, d2 = _month(v, m["m"]), _day(v, m["d1"]), _day(v, m["d2"])
        q = _qual(v, m["q"])
        if d1 < d2 and _valid(y, mo, d1) and _valid(y, mo, d2):
            add(m, Spec(y, mo, d1, qualifier=q), Spec(y, mo, d2, qualifier=q), kind="range")
    for m in P.finditer("monthrange"):
        y = int(m["y"]) if m["y"] else None
        m1, m2, q = _month(v, m["m1"]), _month(v, m["m2"]), _qual(v, m["q"])
        if m1 < m2:
            add(m, Spec(y, m1, qualifier=q), Spec(y, m2, qualifier=q), kind="range")
    for m in P.finditer("my"):
        y = int(m["y"]) if m["y"] else None
        add(m, Spec(y, _month(v, m["m"]), qualifier=_qual(v, m["q"])), tags={"my"})
    for m in P.finditer("period"):
        months = tuple(v.periods[_key(m["per"])])
        add(m, Spec(int(m["y"]), months=(int(months[0]), int(months[1]))), kind="range")
    for m in P.finditer("yearpart"):
        add(m, Spec(int(m["y"]), int(v.year_parts[_key(m["part"])])), tags={"yearpart"})
    for m in P.finditer("yearpart_rel"):
        r = v.relative[_key(m["rel"])]
        add(m, Spec(month=int(v.year_parts[_key(m["part"])]), year_offset=r["years"]), kind="relative")
    for m in P.finditer("month_relyear"):
        r = v.relative[_key(m["rel"])]
        add(m, Spec(month=_month(v, m["m"]), year_offset=r["years"]), kind="relative")
    for m in P.finditer("month_cued"):
        word = m["m"] or m["m2"]
        cue = m["cue"] or m["cue2"]
        past = "past" if cue and _key(cue) in v.past_cues else None
        add(m, Spec(month=_month(v, word), qualifier=past), conf=0.9, tags={"month_cued"})
    for m in P.finditer("yearrange"):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2 <= y1 + 30:
            add(m, Spec(y1), Spec(y2), kind="range")
    for m in P.finditer("year"):
        add(m, Spec(int(m["y"])), kind="year", tags={"bare"})
    for m in P.finditer("weekday"):
        pre = _key(m["pre"]) if m["pre"] else None
        wd_word = _key(m["wd"])
        if wd_word in v.ambiguous_weekdays and pre is None:
            continue  # الاثنين is also "the two", الأحد also "the one"
        before = fold[max(0, m.start() - 12) : m.start()].split()
        if pre is None and before and (before[-1] in v.weekday_place_words or before[-1][1:] in v.weekday_place_words):
            continue  # "سوق الأربعاء الغرب": a market town
        off = v.weekday_prefixes.get(pre) if pre else None
        add(m, Spec(weekday=v.weekdays[wd_word], day_offset=off or None, qualifier=_qual(v, m["q"])), kind="relative")
    for m in P.finditer("relative"):
        r = v.relative[_key(m["rel"])]
        add(
            m,
            Spec(day_offset=r.get("days"), month_offset=r.get("months"), year_offset=r.get("years")),
            kind="relative",
        )
    return out


def _select(cands: list[DateExpr]) -> list[DateExpr]:
    """Non-overlapping expressions, longest first (a day-month-year beats its year alone)."""
    chosen: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _is_plain_year(e: DateExpr) -> bool:
    return e.kind == "year"


def _merge_ranges(fold: str, exprs: list[DateExpr], v: Vocabulary, Q: _Patterns | None = None) -> list[DateExpr]:
    """Join "A to B" / "between A and B" into one range expression."""
    P = v.patterns
    Q = Q or _Patterns(fold, v)
    out: list[DateExpr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        # two periods ("ما بين الفصل الثاني من 2023 والفصل الثاني من 2024") are compared, not joined
        if (b is not None and a.b is None and b.b is None and a.kind != "relative" and b.kind != "relative"
                and a.a.months is None and b.a.months is None):
            gap = fold[a.end : b.start]
            before = fold[max(0, a.start - 40) : a.start]
            joined = None
            if not gap.strip() and P["to_head"].match(fold, b.start, b.end):
                gap = fold[a.end : P["to_head"].match(fold, b.start, b.end).end()]  # "du 15 janvier au 29 février"
            if P["to_gap"].match(gap):
                frm = Q.search_before("from_before", max(0, a.start - 40), a.start)
                both_years = a.a.year is not None and b.a.year is not None
                # "du 15 mai au 30 juin": the "from" word opens the first date itself
                first_word = fold[a.start : a.end].split(" ", 1)[0]
                frm_inside = P["from_before"].search(first_word + " ") is not None
                if frm or both_years or (frm_inside and a.a.month is not None and b.a.month is not None) \
                        or (a.a.year is None and b.a.year is not None and a.a.month is not None):
                    joined = _join(a, b, frm.start("cue") if frm else None, before, fold)
            elif P["and_gap"].match(gap):
                btw = Q.search_before("between_before", max(0, a.start - 40), a.start)
                plural = Q.search_before("plural_before", max(0, a.start - 40), a.start)
                consecutive = (
                    _is_plain_year(a) and _is_plain_year(b) and b.a.year == (a.a.year or 0) + 1
                )
                if btw or (plural and consecutive):
                    cue = btw or plural
                    joined = _join(a, b, cue.start("cue"), before, fold)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(a: DateExpr, b: DateExpr, cue_start_in_before: int | None, before: str, fold: str) -> DateExpr | None:
    sa, sb = a.a, b.a
    # The first side inherits what it leaves unsaid from the second (du 22 avril au 5 mai 2015).
    if sa.year is None and sb.year is not None and sa.month is not None:
        y = sb.year if (sa.month, sa.day or 0) <= (sb.month or 12, sb.day or 31) else sb.year - 1
        sa = replace(sa, year=y)
    if sa.year is not None and sb.year is not None:
        if (sa.year, sa.month or 0, sa.day or 0) >= (sb.year, sb.month or 0, sb.day or 0):
            return None
    start = a.start
    if cue_start_in_before is not None:
        start = a.start - len(before) + cue_start_in_before
    return DateExpr(start, b.end, sa, sb, "range", min(a.confidence, b.confidence), {"joined"})


def _accept_year(fold: str, e: DateExpr, v: Vocabulary, Q: _Patterns | None = None) -> DateExpr | None:
    """A bare 4-digit number is a year with a year word before it, or when it reads like one
    (inside the usual window, not after "plus de"/"أزيد من", not followed by a counted noun)."""
    P = v.patterns
    Q = Q or _Patterns(fold, v)
    y = e.a.year or 0
    before = fold[max(0, e.start - 40) : e.start]
    strong = Q.search_before("strong_before", max(0, e.start - 40), e.start)
    if strong and YEAR_MIN <= y <= YEAR_MAX:
        start = e.start - len(before) + strong.start("cue")
        return DateExpr(start, e.end, e.a, None, "year", 0.95, {"cued"})
    if not BARE_YEAR_MIN <= y <= BARE_YEAR_MAX:
        return None
    if Q.search_before("quantity_before", max(0, e.start - 40), e.start):
        return None
    if not P["follower_ok"].match(fold[e.end : e.end + 30]):
        return None
    return DateExpr(e.start, e.end, e.a, None, "year", 0.7, {"bare"})


def find_dates(fold: str) -> list[DateExpr]:
    """Date expressions in `fold` (a folded, normalised string), in text order, unresolved."""
    v = vocabulary()
    P = _Patterns(fold, v)
    exprs = _merge_ranges(fold, _select(_candidates(fold, v, P)), v, P)
    out = []
    for e in exprs:
        if e.kind == "year":
            e = _accept_year(fold, e, v, P)
            if e is None:
                continue
        out.append(e)
    return out


# -- resolving ------------------------------------------------------------------------------------


_ISO = regex.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@lru_cache(maxsize=256)  # called for every date of an article with the same reference date
def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a "YYYY[-MM[-DD]]" string, or None."""
    if not value:
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


def format_point(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _resolve_spec(s: Spec, pub: tuple[int, int | None, int | None] | None) -> str | None:
    if s.months is not None and s.year is not None:
        return f"{format_point(s.year, s.months[0])}/{format_point(s.year, s.months[1])}"
    if s.year is not None:
        if not _valid(s.year, s.month, s.day):
            return None
        return format_point(s.year, s.month, s.day)
    if s.year_offset is not None and s.month is not None:  # "fin de l'année prochaine"
        return format_point(pub[0] + s.year_offset, s.month) if pub is not None else None
    if s.month is not None:
        if pub is None:
            return None
        py, pm, pd = pub
        y = _year_for(s, py, pm, pd)
        if y is None or not _valid(y, s.month, s.day):
            return None
        return format_point(y, s.month, s.day)
    # Purely relative: needs the publication date at the precision the expression speaks of.
    if pub is None:
        return None
    py, pm, pd = pub
    if s.year_offset is not None:
        return format_point(py + s.year_offset)
    if s.month_offset is not None:
        if pm is None:
            return None
        return format_point(*_shift_month(py, pm, s.month_offset))
    if pm is None or pd is None:
        return None
    base = dt.date(py, pm, pd)
    if s.weekday is not None:
        anchor = base + dt.timedelta(days=s.day_offset or 0)
        if s.qualifier == "next":
            delta = (s.weekday - anchor.weekday()) % 7 or 7
            day = anchor + dt.timedelta(days=delta)
        else:
            delta = (anchor.weekday() - s.weekday) % 7
            if s.qualifier == "past" and delta == 0:
                delta = 7
            day = anchor - dt.timedelta(days=delta)
        return day.isoformat()
    if s.day_offset is not None:
        return (base + dt.timedelta(days=s.day_offset)).isoformat()
    return None


def _year_for(s: Spec, py: int, pm: int | None, pd: int | None) -> int | None:
    """The year of a month (and day) given without one, from the publication date."""
    m, d = s.month or 1, s.day
    if s.qualifier == "current":
        return py
    if s.qualifier == "next":
        return py if pm is not None and m > pm else py + 1
    if pm is None:
        return py if s.qualifier is None else None
    if s.qualifier == "past":
        if m < pm or (m == pm and d is not None and pd is not None and d <= pd):
            return py
        return py - 1
    # No qualifier: the occurrence nearest the publication date (a news text speaks of the recent
    # past or the coming months: "le 1er juillet" in early June is this July, "fin décembre" in
    # January is last December); on a tie, the past one.
    if d is not None and pd is not None:
        base = dt.date(py, pm, pd)
        best = None
        for y in (py - 1, py, py + 1):
            if not _valid(y, m, d):
                continue
            dist = (dt.date(y, m, d) - base).days
            cand = (abs(dist) - (0.5 if dist <= 0 else 0), y)
            best = cand if best is None or cand < best else best
        return best[1] if best is not None else None
    diff = m - pm
    if diff > NEAREST_MONTHS:
        return py - 1
    if diff < -NEAREST_MONTHS:
        return py + 1
    return py


def resolve(expr: DateExpr, publication_date: str | None) -> str | None:
    """The contract value of `expr` against the publication date ("YYYY-MM[-DD]" or None)."""
    pub = parse_iso(publication_date)
    a = _resolve_spec(expr.a, pub)
    if expr.b is None:
        return a
    b = _resolve_spec(expr.b, pub)
    if a is not None and b is not None:
        a, b = a.split("/")[0], b.split("/")[-1]  # a side that is a period spans from its start / to its end
    if a is None or b is None or a >= b:
        return None if a is None or b is None else (a if a == b else None)
    return f"{a}/{b}"


def precision_of(value: str | None) -> str | None:
    if value is None:
        return None
    if "/" in value:
        return "range"
    return {4: "year", 7: "month", 10: "day"}.get(len(value))
