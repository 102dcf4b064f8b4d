"""Lexicon and gazetteer matching over `doc.fold` with one Aho-Corasick automaton.

Aliases are normalised with `normalize.normalize_text` (the form `doc.fold` has). The document is
matched in a compact form where hyphens count as spaces and runs of spaces as one ("Souss-Massa",
"طنجة - تطوان" and "Souss Massa" meet), mapped back to fold offsets. A hit is kept when:
- it sits on word boundaries; on the left an Arabic alias may follow a proclitic sequence glued to
  the word (و ف + ب ل ك, or ال): "بأكادير", "والوكالة"; the reported span excludes the clitics.
  "لل" (ل + ال) is the contracted article: "للتنمية" matches the alias "التنمية" from the second ل,
  and "للجنة" (three lams written two) the alias "اللجنة" from the second;
- a short Latin acronym (≤ 4 letters) has the exact case ("CRI", not "cri"), a longer acronym is not
  all lower case, and a one-word capitalised Latin name is capitalised in the text ("Salé", not
  the adjective "sale");
- an alias that is an ordinary word (`cue_required`) is quoted or follows a programme cue.
Overlaps go to the longest hit. Each kept hit becomes a `Candidate` with the possible entries in
`attrs["options"]` (several when an alias is shared, e.g. "CRI"); the linker chooses among them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import regex

from ..doc import Doc
from ..normalize import NORM_TABLE, normalize_text
from ..resources import language_data
from .candidates import Candidate
from .gazetteer import gazetteer_entries
from .lexicon import Entry, lexicon_entries

_AR_LETTER = regex.compile(r"[\u0621-\u064a\u0671-\u06d3]")
# Proclitics before a name: conjunction, then preposition, or a (conjunction/preposition +) article.
_CLITICS = regex.compile(r"^[وف]?(?:[بلك]|[وفبك]?ال)?$")
_LIL = regex.compile(r"^[وف]?لل$")  # ل + ال contracted, before an alias whose article was dropped
_LI = regex.compile(r"^[وف]?ل$")  # ... and before a word that starts with ل: ل + اللجنة = للجنة
_QUOTES = {'"': '"', "(": ")", "'": "'"}


@dataclass(frozen=True)
class Target:
    entry: Entry
    alias: str  # as written in the data
    contracted: bool  # key is an Arabic alias without its article, valid only after "لل"
    exact_case: bool  # short acronym: compare with the case kept
    capitalised: bool  # one-word Latin proper name: must be capitalised in the text
    acronym: bool
    cue_required: bool
    weak: bool = False  # a place name that is also a frequent word: needs a place context
    cue_only: bool = False  # so frequent a word that only a place cue or a list of places makes it one


_SEP_RUN = regex.compile(r"[- \n]{2,}")  # runs that collapse; a lone "-" or newline is only translated
_SEP_AS_SPACE = str.maketrans("-\n", "  ")
_ALIAS_WORDS = regex.compile(r"[\s\-]+")
_PLACE_LIST_GAP = regex.compile(r"\s*(?:[,،]\s*(?:و|et\s|and\s)?|و|et\s|and\s)\s*")
_CUE_CLITICS_END = regex.compile(r"[وفبلك]{0,2}$")


class _Offsets:
    """Index in the original text of each character of its compact form, stored per copied piece."""

    __slots__ = ("starts", "origins")

    def __init__(self, starts: list[int], origins: list[int]):
        self.starts, self.origins = starts, origins  # piece k: compact starts[k] <- original origins[k]

    def __getitem__(self, c: int) -> int:
        k = bisect_right(self.starts, c) - 1
        return self.origins[k] + c - self.starts[k]


def _compact(s: str) -> tuple[str, _Offsets]:
    """`s` with hyphens as spaces and space runs collapsed; and each char's index in `s`."""
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    prev = n = 0
    for m in _SEP_RUN.finditer(s):
        a, b = m.span()
        pieces.append(s[prev : a + 1])
        starts.append(n)
        origins.append(prev)
        n += a + 1 - prev
        prev = b
    pieces.append(s[prev:])
    starts.append(n)
    origins.append(prev)
    return "".join(pieces).translate(_SEP_AS_SPACE), _Offsets(starts, origins)


def _key(alias: str) -> str:
    return _compact(normalize_text(alias).strip())[0].strip()


def _is_arabic(s: str) -> bool:
    return bool(_AR_LETTER.match(s))


@lru_cache(maxsize=1)
def linking_data() -> dict[str, frozenset[str]]:
    """entity_linking.json of every language merged, folded: cue words for cue-only aliases,
    weak place names, prepositions that introduce a place."""
    out: dict[str, set[str]] = {}
    for data in language_data("entity_linking").values():
        for key, values in data.items():
            if not key.startswith("_") and isinstance(values, list):
                out.setdefault(key, set()).update(normalize_text(v).strip() for v in values)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def place_cues() -> tuple[tuple[str, str], ...]:
    """(folded cue, level) pairs from entity_patterns.json, longest cue first."""
    pairs = {}
    for data in language_data("entity_patterns").values():
        for key in ("place_cues", "place_cues_plural"):
            for cue, level in (data.get(key) or {}).items():
                pairs[normalize_text(cue).strip()] = level
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def plural_place_cues() -> frozenset[str]:
    """Folded plural/dual cues ("أقاليم", "provinces de"): their level carries over an enumeration."""
    return frozenset(
        normalize_text(cue).strip()
        for data in language_data("entity_patterns").values()
        for cue in (data.get("place_cues_plural") or {})
    )


def _is_cue_only(entry: Entry, key: str) -> bool:
    return entry.label == "location" and key in linking_data().get("cue_only_place_names", ())


def _is_weak(entry: Entry, key: str) -> bool:
    if entry.label != "location":
        return False
    if key in linking_data().get("weak_place_names", ()) or _is_cue_only(entry, key):
        return True
    # Single-word Arabic commune names that take the article are often ordinary nouns (الرتبة،
    # الدورة، مساعدة/المساعدة).
    if entry.level not in ("commune", "district") or not _is_arabic(key) or " " in key:
        return False
    return any(normalize_text(a).startswith("ال") and " " not in a.strip() for a in entry.aliases)


def _targets(entry: Entry):
    acronyms = {normalize_text(a) for a in entry.acronyms}
    for alias in entry.aliases:
        key = _key(alias)
        if not key:
            continue
        written = "".join(ch for ch in alias if ch.isalnum())
        is_acr = key in acronyms or (written.isupper() and len(written) <= 6 and " " not in alias.strip())
        latin = not _is_arabic(key)
        exact = latin and is_acr and sum(c.isalpha() for c in alias) <= 4
        capitalised = latin and " " not in key and alias[:1].isupper() and not is_acr
        cue = normalize_text(alias) in entry.cue_required or key in entry.cue_required
        weak = _is_weak(entry, key)
        cue_only = _is_cue_only(entry, key)
        yield key, Target(entry, alias, False, exact, capitalised, latin and is_acr, cue, weak, cue_only)
        if _is_arabic(key) and key.startswith("ال") and len(key) > 4:
            yield key[2:], Target(entry, alias, True, False, False, False, cue, weak, cue_only)
        if entry.level in ("region", "province") and _is_arabic(key) and " " in key:
            # Sites that strip the dashes glue the words: "طنجةتطوانالحسيمة".
            yield key.replace(" ", ""), Target(entry, alias, False, False, False, False, cue, weak, cue_only)


@lru_cache(maxsize=1)
def automaton():
    """One automaton over every lexicon and gazetteer alias: folded key -> [Target]."""
    table: dict[str, list[Target]] = {}
    for entry in (*lexicon_entries(), *gazetteer_entries()):
        for key, target in _targets(entry):
            bucket = table.setdefault(key, [])
            if not any(t.entry.id == entry.id and t.contracted == target.contracted for t in bucket):
                bucket.append(target)
    auto = ahocorasick.Automaton()
    for key, targets in table.items():
        auto.add_word(key, (key, tuple(targets)))
    auto.make_automaton()
    return auto


def programme_cues() -> frozenset[str]:
    return linking_data().get("cue_required_cues", frozenset())


def _word_start(text: str, s: int) -> int:
    i = s
    while i > 0 and _AR_LETTER.match(text[i - 1]):
        i -= 1
    return i


def _after_cue(fold: str, start: int) -> bool:
    """Is the word before `start` (spaces/quotes skipped) a programme cue, clitics allowed?"""
    i = start
    while i > 0 and fold[i - 1] in ' "\'(':
        i -= 1
    j = i
    while j > 0 and (fold[j - 1].isalnum() or fold[j - 1] == "-"):
        j -= 1
    word = fold[j:i]
    if not word:
        return False
    cues = programme_cues()
    if word in cues:
        return True
    # Arabic clitics on the cue itself: "وبرنامج", "لبرنامج", "للبرنامج".
    for k in (1, 2):
        if len(word) > k + 2 and _CLITICS.match(word[:k]) and word[k:] in cues:
            return True
    return word.startswith(("ل", "ولل", "لل")) and ("ال" + word.lstrip("وف")[2:]) in cues


def _previous_word(fold: str, start: int) -> tuple[str, int]:
    i = start
    while i > 0 and fold[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and (fold[j - 1].isalnum() or fold[j - 1] == "'"):
        j -= 1
    return fold[j:i], j


def cue_before(fold: str, start: int) -> tuple[str, int] | None:
    """(level, cue start) of a place cue right before word start `start` ("إقليم تزنيت",
    "province de Tiznit", "بإقليم"), else None."""
    before = fold[max(0, start - 30) : start].rstrip(" ")
    for cue, level in place_cues():
        if before.endswith(cue):
            head = before[: len(before) - len(cue)]
            if _is_arabic(cue):
                head = _CUE_CLITICS_END.sub("", head)  # clitics glued to the cue
            if not head or not head[-1].isalnum():
                return level, max(0, start - 30) + len(before) - len(cue)
    return None


def _place_context(fold: str, start: int) -> bool:
    """Is word start `start` introduced as a place: a place cue or a preposition word before it?"""
    if cue_before(fold, start):
        return True
    word, _ = _previous_word(fold, start)
    preps = linking_data().get("place_prepositions", ())
    if word in preps:
        return True
    before = fold[max(0, start - 30) : start].rstrip(" ")
    return any(before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum())
               for p in preps if " " in p or "'" in p)


def _quoted(fold: str, start: int, end: int) -> bool:
    before = fold[start - 1] if start > 0 else ""
    if before == " " and start > 1:
        before = fold[start - 2]
    if before not in _QUOTES:
        return False
    after = fold[end:end + 2].strip()[:1]
    return after == _QUOTES[before]


def _valid(doc: Doc, t: Target, s: int, e: int) -> int | None:
    """Start of the hit with clitics excluded when it is a valid match, else None."""
    fold, norm = doc.fold, doc.norm_text
    if e < len(fold) and (fold[e].isalnum() or _AR_LETTER.match(fold[e])):
        return None
    if s > 0 and (fold[s - 1].isalnum()):
        # Only Arabic proclitics may be glued on the left (also onto a Latin acronym: "وCNSS").
        if not _AR_LETTER.match(fold[s - 1]) or (not _is_arabic(fold[s]) and t.contracted):
            return None
        prefix = fold[_word_start(fold, s) : s]
        if t.contracted:
            if not (_LIL.match(prefix) or (fold[s] == "ل" and _LI.match(prefix))):
                return None
        elif not _CLITICS.match(prefix) or (prefix.endswith("ال") and t.alias.startswith(("ال", "أل", "إل"))):
            return None
    elif t.contracted:
        return None
    surface = norm[s:e]
    if t.exact_case and surface != normalize_text_keep_case(t.alias):
        return None
    if t.acronym and surface.islower():
        return None
    if t.capitalised and not surface[:1].isupper():
        return None
    if not _is_arabic(t.alias[:1] or " ") and not _inner_capitals_kept(t.alias, surface):
        return None
    ws = _word_start(fold, s) if _AR_LETTER.match(fold[s - 1] if s else "") else s
    if t.cue_required:
        if not (_quoted(fold, ws, e) or _after_cue(fold, ws)):
            return None
    return s


def _inner_capitals_kept(alias: str, surface: str) -> bool:
    """A capitalised word after the first in a Latin alias is capitalised in the text too ("La
    Réunion" is not "la réunion"); of several, one is enough ("Al Barid bank" is "Al Barid Bank")."""
    a_toks = _ALIAS_WORDS.split(alias.strip())
    s_toks = _ALIAS_WORDS.split(surface.strip())
    if len(a_toks) != len(s_toks):
        return True
    inner = [s[:1].isupper() for a, s in zip(a_toks[1:], s_toks[1:]) if a[:1].isupper()]
    return all(inner) if len(inner) < 2 else any(inner)


def normalize_text_keep_case(s: str) -> str:
    return s.translate(NORM_TABLE)


def raw_hits(doc: Doc) -> list[tuple[int, int, list[Target]]]:
    """Every valid hit as (start, end, targets) in fold coordinates, overlaps included."""
    fold = doc.fold
    if not fold:
        return []
    compact, pos = _compact(fold)
    out = []
    for cend, (key, targets) in automaton().iter(compact):
        cstart = cend - len(key) + 1
        s, e = pos[cstart], pos[cend] + 1
        kept = [t for t in targets if _valid(doc, t, s, e) is not None]
        if kept:
            out.append((s, e, kept))
    return out


def longest_first(spans):
    """Non-overlapping subset of (start, end, ...) tuples: longest first, then leftmost."""
    chosen: list = []
    taken: list[tuple[int, int]] = []
    for item in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        s, e = item[0], item[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        chosen.append(item)
        taken.append((s, e))
    return sorted(chosen, key=lambda x: x[0])


def _weak_ok(fold: str, s: int) -> bool:
    """A weak place name stands as a place after a glued preposition or a place context."""
    ws = _word_start(fold, s) if s and _AR_LETTER.match(fold[s - 1]) else s
    glued = fold[ws:s].removesuffix("ال")
    return "ب" in glued or "ل" in glued or _place_context(fold, ws)


def _in_place_list(hits, i: int, fold: str) -> bool:
    """Is hit i next to a (non-weak) place, in an enumeration ("برشيد والجديدة وسيدي بنور")?"""
    s, e = hits[i][0], hits[i][1]
    for j in (i - 1, i + 1):
        if 0 <= j < len(hits):
            hs, he, ts = hits[j]
            if not any(t.entry.label == "location" and not t.weak for t in ts):
                continue
            gap = fold[he:s] if j < i else fold[e:hs]
            if _PLACE_LIST_GAP.fullmatch(gap):
                return True
    return False


def match(doc: Doc) -> list[Candidate]:
    """Lexicon/gazetteer candidates (longest match wins), options in attrs["options"]."""
    out = []
    hits = longest_first(raw_hits(doc))
    fold = doc.fold
    kept = []
    for i, (s, e, targets) in enumerate(hits):
        if any(t.weak for t in targets):
            listed = _in_place_list(hits, i, fold)
            ws = _word_start(fold, s) if s and _AR_LETTER.match(fold[s - 1]) else s
            cued = listed or cue_before(fold, ws) is not None
            weak_ok = listed or _weak_ok(fold, s)
            targets = [t for t in targets if not t.weak or (cued if t.cue_only else weak_ok)]
        if targets:
            kept.append((s, e, targets))
    for s, e, targets in kept:
        entries: list[Entry] = []
        for t in targets:
            if t.entry not in entries:
                entries.append(t.entry)
        first = entries[0]
        source = "gazetteer" if first.label == "location" else "lexicon"
        out.append(
            Candidate(
                first.label,
                s,
                e,
                entity_id=first.id if len(entries) == 1 else None,
                source=source,
                score=0.95,
                attrs={"options": entries, "key": doc.fold[s:e]},
            )
        )
    return out
