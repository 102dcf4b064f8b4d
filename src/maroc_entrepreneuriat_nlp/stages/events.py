"""Events: what the article reports happening (a signing, a launch, a meeting, a caravan ...).

Triggers come from data/languages/<lang>/events.json (phrase -> strength per event type). Each
trigger occurrence is scored: full strength in the lede (titles and the first sentences), less
further down; much less when the text presents it as background ("dans le cadre de l'accord
conclu", "الذي أطلقته ... قبل سنتين", "lancé en juillet 2012") or when it sits inside quotation marks
(a name such as “منصة ملتقى الشباب”). A type whose best score reaches THRESHOLD gives one event.
An article that reports figures or statements but no event gets one `announcement`.

Runs last: it reads doc.dates (event date), doc.locations, doc.organizations and doc.programs.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex

from ..anchored import PhraseAlternation
from ..doc import Doc, Segment
from ..normalize import normalize_text
from ..records import Event
from ..resources import language_data
from ..values.dates import DateExpr, parse_iso, resolve
from ..values.quantities import future_verbs

THRESHOLD = 1.0
LEDE_SENTENCES = 3
LEDE_CHARS = 600  # ... and within this many characters of the first substantial paragraph
SUBSTANTIAL_PARAGRAPH = 100  # shorter leading paragraphs are titles, captions, date lines
LATER_FACTOR = 0.7  # a trigger after the lede
INCIDENTAL_FACTOR = 0.3  # "dans le cadre de", "في إطار", "suite à" ...
RELATIVE_FACTOR = 0.7  # "الذي أطلقته", "qui a lancé"
PAST_FACTOR = 0.3  # followed by an earlier date: "lancé en juillet 2012"
QUOTED_FACTOR = 0.0
DATED_FACTOR = 1.3  # the sentence gives the day ("ce mardi 3 mars", "اليوم الاثنين"): a reported event
EXTRA_WEIGHT = 0.25  # further triggers of the same type add a little
FUTURE_FACTOR = 0.5  # planned, not reported: "ستتولى ... تنظيم دورات", "s'apprête à accueillir un forum"
SPEECH_FACTOR = 0.6  # after the first sentence, inside what someone says: "مبرزا أن الحاضنة وقعت", "a indiqué que"
ABSORBED_FACTOR = 0.3  # a launch or an announcement of another event is that event ("أعلنت عن إطلاق")
FUTURE_WINDOW = 60  # characters around a trigger searched for a future date or marker
OBJECT_WINDOW = 45  # characters after a launch/announcement trigger where its object is named
_AR = regex.compile(r"[\u0600-\u06FF]")
_W_L = r"(?<![\p{L}\p{N}])"
_W_R = r"(?![\p{L}\p{N}])"


@dataclass(frozen=True)
class Trigger:
    type: str
    weight: float
    pattern: regex.Pattern
    requires: PhraseAlternation | None
    needles: tuple[str, ...] = ()  # literal parts every match contains: a text without one is skipped


def _needles(phrase: str) -> tuple[str, ...]:
    """The literal parts of `_phrase(phrase)`: each word as `_word` escapes it (without the "*" and
    an Arabic first word's article), split where an apostrophe may be followed by spaces."""
    out = []
    for i, word in enumerate(normalize_text(phrase).split()):
        w = word.rstrip("*")
        if i == 0 and _AR.search(w) and w.startswith("ال") and len(w) > 3:
            w = w[2:]
        out += [piece for piece in w.split("'") if piece]
    return tuple(out)


def _word(word: str, first: bool) -> str:
    star = word.endswith("*")
    w = word.rstrip("*")
    arabic = bool(_AR.search(w))
    if arabic and first and w.startswith("ال") and len(w) > 3:
        w = w[2:]
    p = regex.escape(w).replace("'", r"'\s*")
    if star:
        p += r"\p{L}*"
    if arabic and first:
        p = r"(?:[وفبلك]{0,2})(?:ال|ل)?" + p
    return p


def _phrase(phrase: str) -> str:
    words = normalize_text(phrase).split()
    return _W_L + r"\s+".join(_word(w, i == 0) for i, w in enumerate(words)) + _W_R


def _alternatives(phrases) -> PhraseAlternation | None:
    phrases = [p for p in phrases if p.strip()]
    if not phrases:
        return None
    pattern = regex.compile("|".join(f"(?:{_phrase(p)})" for p in sorted(phrases, key=len, reverse=True)))
    first_words = [(_needles(p) or ("",))[0] for p in phrases]
    return PhraseAlternation(pattern, first_words, FIRST_WORD_PREFIX)


FIRST_WORD_PREFIX = 4  # the most letters `_word` lets stand before an Arabic first word: [وفبلك]{0,2}(?:ال|ل)?


class TriggerIndex:
    """The triggers that can match a text: each trigger's needles (literal words every match
    contains) are found in one Aho-Corasick pass, and only the triggers whose every needle occurs
    are scanned (on a typical article, 1 in 20)."""

    def __init__(self, triggers: tuple[Trigger, ...]):
        import ahocorasick

        self.triggers = triggers
        self._automaton = ahocorasick.Automaton()
        by: dict[str, list[int]] = {}
        for i, t in enumerate(triggers):
            for n in t.needles:
                self._automaton.add_word(n, n)
                by.setdefault(n, []).append(i)
        if by:
            self._automaton.make_automaton()
        self._by_needle = {n: tuple(v) for n, v in by.items()}
        self._bare = tuple(i for i, t in enumerate(triggers) if not t.needles)

    def possible(self, fold: str) -> list[Trigger]:
        """The triggers whose every needle occurs in `fold`, in lexicon order."""
        present = set(map(itemgetter(1), self._automaton.iter(fold))) if self._by_needle else set()
        idx = set(self._bare)
        for n in present:
            idx.update(self._by_needle.get(n, ()))
        return [self.triggers[i] for i in sorted(idx) if present.issuperset(self.triggers[i].needles)]


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    lede_initial: tuple[Trigger, ...]
    reporting: PhraseAlternation | None
    incidental: PhraseAlternation | None
    relative: PhraseAlternation | None
    past_after: PhraseAlternation | None
    future: PhraseAlternation | None
    speech: PhraseAlternation | None
    setting: PhraseAlternation | None
    object_marker: PhraseAlternation | None
    edition: PhraseAlternation | None  # "la 5ème édition du « Forum ... »": the quoted name is the event's
    wrappers: frozenset  # types whose trigger may just introduce another event (launch, announcement)
    trigger_index: TriggerIndex  # of `triggers`
    speech_tag_after: regex.Pattern | None  # "lance-t-elle": a verb with an inverted subject tags a quote


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    triggers, initial, reporting, incidental, relative, past = [], [], [], [], [], []
    future, speech, wrappers, setting, objects, editions, tags = [], [], set(), [], [], [], []
    for data in language_data("events").values():
        for etype, entries in data.get("triggers", {}).items():
            for spec, weight in entries.items():
                head, _, req = spec.partition("+")
                requires = _alternatives(req.split("|")) if req else None
                triggers.append(Trigger(etype, float(weight), regex.compile(_phrase(head)), requires, _needles(head)))
        for spec, weight in data.get("lede_initial", {}).items():
            initial.append(Trigger("announcement", float(weight), regex.compile(r"[\s\"'(-]*" + _phrase(spec)), None))
        reporting += data.get("reporting_verbs", [])
        incidental += data.get("incidental_before", [])
        relative += data.get("relative_before", [])
        past += data.get("past_after", [])
        future += data.get("future_markers", [])
        speech += data.get("speech_introducers", [])
        wrappers |= set(data.get("wrapper_types", []))
        setting += data.get("setting_links", [])
        objects += data.get("object_markers", [])
        editions += data.get("edition_before", [])
        tags += [normalize_text(t) for t in data.get("speech_tag_after", [])]
    return Lexicon(
        tuple(triggers),
        tuple(initial),
        _alternatives(reporting),
        _alternatives(incidental),
        _alternatives(relative),
        _alternatives(past),
        _alternatives(future),
        _alternatives(speech),
        _alternatives(setting),
        _alternatives(objects),
        _alternatives(editions),
        frozenset(wrappers),
        TriggerIndex(tuple(triggers)),
        regex.compile(rf"(?:{'|'.join(map(regex.escape, sorted(tags, key=len, reverse=True)))})(?![\p{{L}}])") if tags else None,
    )


@dataclass
class Hit:
    type: str
    start: int
    end: int
    weight: float
    sentence: Segment
    score: float = 0.0
    future: bool = False  # scored down as a planned event


def _lede(doc: Doc) -> set[int]:
    """Indexes of lede sentences: those of short leading paragraphs (titles) and the first
    LEDE_SENTENCES sentences of substantial paragraphs."""
    lede: set[int] = set()
    substantial = 0
    body_start = None
    for i, s in enumerate(doc.sentences):
        para = next((p for p in doc.paragraphs if p.start <= s.start < p.end), None)
        big = para is not None and para.end - para.start >= SUBSTANTIAL_PARAGRAPH
        if not big and body_start is None:
            lede.add(i)
        elif big:
            if body_start is None:
                body_start = s.start
            if substantial < LEDE_SENTENCES and s.start < body_start + LEDE_CHARS:
                lede.add(i)
                substantial += 1
    return lede


def _first_body_sentence(doc: Doc) -> int | None:
    for i, s in enumerate(doc.sentences):
        para = next((p for p in doc.paragraphs if p.start <= s.start < p.end), None)
        if para is not None and para.end - para.start >= SUBSTANTIAL_PARAGRAPH:
            return i
    return None


def _quoted(text: str, para_start: int, start: int, end: int) -> bool:
    """Inside a quoted name: an odd number of quotes since the paragraph start, and a closing one soon."""
    before = text[para_start:start]
    if before.count('"') % 2 == 0:
        return False
    return '"' in text[end : end + 80]


def _edition_name(text: str, para_start: int, start: int, lex: Lexicon) -> bool:
    """The quoted name holding the trigger follows an edition word: it names the event held."""
    opening = text.rfind('"', para_start, start)
    return lex.edition is not None and opening >= 0 and lex.edition.search(text, max(para_start, opening - 40), opening) is not None


def _in_parentheses(text: str, h: Hit) -> bool:
    """Inside an aside of its sentence ("« Warsha Drâa » (l'atelier du Drâa)"): a gloss, not an event."""
    before = text[h.sentence.start : h.start]
    return before.count("(") > before.count(")") and ")" in text[h.end : h.sentence.end]


def _past_after(doc: Doc, lex: Lexicon, end: int, sentence: Segment, exprs: list[DateExpr]) -> bool:
    """The trigger is followed by an earlier date ("lancé en juillet 2012", "قبل سنتين")."""
    window_end = min(sentence.end, end + 30)
    if lex.past_after is not None and lex.past_after.search(doc.fold, end, window_end):
        return True
    pub_text = doc.publication_date or doc.meta_publication_date
    pub = parse_iso(pub_text)
    for e in exprs:
        if not (end <= e.start < window_end and e.b is None):
            continue
        if e.a.year is not None and e.a.day is None:
            if pub is None or e.a.year <= pub[0]:
                return True
        elif e.a.year is None and e.a.day is None and e.a.weekday is None and pub_text:
            # "lancé l'an dernier", "أطلق السنة الماضية": a relative year or month before the publication's
            value = resolve(e, pub_text)
            if value is not None and "/" not in value and len(value) < 10 and value < pub_text[: len(value)]:
                return True
    return False


def _future_around(doc: Doc, lex: Lexicon, h: Hit, exprs: list[DateExpr]) -> bool:
    """The trigger speaks of a planned event: a future marker just before it (سيتم، ستتولى،
    s'apprête à, devrait) or a date after the publication date close to it."""
    s = h.sentence
    lo, hi = max(s.start, h.start - FUTURE_WINDOW), min(s.end, h.end + FUTURE_WINDOW)
    if lex.future is not None and lex.future.search(doc.fold, lo, h.start):
        return True
    if next(future_verbs(doc.fold, lo, h.start), None) is not None:
        return True
    pub = doc.publication_date or doc.meta_publication_date
    if pub is None:
        return False
    for e in exprs:
        if lo <= e.start < hi:
            value = resolve(e, pub)
            first = value.split("/")[0] if value is not None else ""
            if len(first) == 4 and e.start > h.start:
                continue  # "session ..., le budget de l'exercice 2025": a later year after it plans nothing
            if value is not None and first[: len(pub)] > pub[: len(first)]:
                return True
    return False


def _introduces(wrapper: Hit, other: Hit, fold: str, lex: Lexicon) -> bool:
    """`other` is what the wrapper launches or announces: its object, right after it or after an
    object marker ("أعلنت ... عن إطلاق"), or, for a non-wrapper event, the subject right before
    it ("Une session de formation ... a été lancée"); not an event it merely happens at ("Lancé
    lors d'une cérémonie")."""
    if wrapper.sentence != other.sentence:
        return False
    if other.start >= wrapper.end:
        gap = fold[wrapper.end : other.start]
        if lex.setting is not None and lex.setting.search(gap):
            return False
        if len(gap) <= OBJECT_WINDOW:
            return True
        return len(gap) <= OBJECT_WINDOW * 3 and lex.object_marker is not None and bool(lex.object_marker.search(gap[-8:]))
    if other.type in lex.wrappers or (other.type == "forum_or_meeting" and other.weight < 1.0):
        return False  # "la cérémonie de lancement", "حفل إطلاق": a ceremony is where the launch happens
    gap = fold[other.end : wrapper.start]
    if ("," in gap or "،" in gap) and not (lex.relative is not None and lex.relative.search(gap)):
        # "... توقيع اتفاقية ...، أعطيت خلاله الانطلاقة": a new clause, not the launch's subject (but
        # "قافلة «...»، التي أطلقتها": a relative clause about it)
        return False
    return len(gap) <= OBJECT_WINDOW * 2 and not (lex.setting is not None and lex.setting.search(gap))


def _names_a_day(e: DateExpr) -> bool:
    return e.b is None and (e.a.day is not None or e.a.weekday is not None or e.a.day_offset is not None)


def _hits(doc: Doc, lex: Lexicon) -> list[Hit]:
    fold, norm = doc.fold, doc.norm_text
    raw: list[Hit] = []
    starts = [s.start for s in doc.sentences]
    for t in lex.trigger_index.possible(fold):
        for m in t.pattern.finditer(fold):
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or m.end() > doc.sentences[k].end:
                continue  # outside any sentence (or across two)
            sent = doc.sentences[k]
            if t.requires is not None and not t.requires.search(fold, sent.start, sent.end):
                continue
            if lex.speech_tag_after is not None and lex.speech_tag_after.match(fold, m.end()):
                continue  # « ... », lance-t-elle: she says, she launches nothing
            raw.append(Hit(t.type, m.start(), m.end(), t.weight, sent))
    # Overlapping triggers: the longest phrase decides ("مؤتمر صحافي" over "مؤتمر").
    raw.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[Hit] = []
    for h in raw:
        if not any(h.start < k.end and k.start < h.end for k in kept):
            kept.append(h)
    lede = _lede(doc)
    index = {(s.start, s.end): i for i, s in enumerate(doc.sentences)}
    exprs = doc.user_data.get("date_expressions", [])
    first = _first_body_sentence(doc)
    for h in kept:
        s = h.sentence
        score = h.weight
        if index.get((s.start, s.end)) not in lede:
            score *= LATER_FACTOR
        para = next((p for p in doc.paragraphs if p.start <= h.start < p.end), s)
        if _quoted(norm, para.start, h.start, h.end) and not _edition_name(fold, para.start, h.start, lex):
            score *= QUOTED_FACTOR
        if lex.incidental is not None and lex.incidental.search(fold, max(s.start, h.start - 45), h.start):
            score *= INCIDENTAL_FACTOR
        elif lex.relative is not None and lex.relative.search(fold, max(s.start, h.start - 14), h.start):
            score *= RELATIVE_FACTOR
        if _past_after(doc, lex, h.end, s, exprs):
            score *= PAST_FACTOR
        elif _future_around(doc, lex, h, exprs):
            score *= FUTURE_FACTOR
            h.future = True
        elif any(s.start <= e.start < s.end and _names_a_day(e) for e in exprs):
            score *= DATED_FACTOR
        if index.get((s.start, s.end)) != first and lex.speech is not None and lex.speech.search(fold, s.start, h.start):
            score *= SPEECH_FACTOR
        h.score = score
    # Article-initial reporting verbs ("كشف رئيس الحكومة ...", "أفادت معطيات ...") are the event.
    for i in [first] if first is not None else []:
        s = doc.sentences[i]
        for t in lex.lede_initial:
            m = t.pattern.match(fold, s.start, s.end)
            if m:
                start = m.end() - len(m.group().lstrip(" \"'(-"))
                kept.append(Hit("announcement", start, m.end(), t.weight, s, t.weight))
                break
    # "أعلنت ... عن إطلاق خط تمويل", "Une session de formation ... a été lancée": the launch or the
    # announcement introduces another event, which is what the article reports.
    for h in kept:
        if h.type in lex.wrappers and any(_introduces(h, o, fold, lex) for o in kept
                                          if o.type != h.type and o.score > 0 and not _in_parentheses(fold, o)):
            h.score *= ABSORBED_FACTOR
    return kept


def _event_date(doc: Doc, hit: Hit, lede_dates: list) -> str | None:
    """The day the trigger's sentence gives ("ce lundi", "le 18 juin", "du 4 au 15 décembre"), the
    one nearest the trigger, resolved here rather than read from doc.dates (which keeps one mention
    per value: a "ce mardi" equal to the dateline's day is dropped there); a dateline's own date
    counts only when nothing else in the sentence names a day."""
    pub = doc.publication_date or doc.meta_publication_date
    sentence = hit.sentence
    found = []
    for e in doc.user_data.get("date_expressions", []):
        if sentence.start <= e.start < sentence.end:
            value = resolve(e, pub)
            if value and _day_precise(value):
                dateline = value == pub and e.kind != "relative"
                distance = max(e.start - hit.end, hit.start - e.end, 0)
                found.append((dateline, distance, value))
    if found:
        return min(found)[2]
    return lede_dates[0] if len(lede_dates) == 1 else None


def _day_precise(value: str) -> bool:
    return all(len(p) == 10 for p in value.split("/"))


def _names_in(entities, s: int, e: int) -> list:
    return [ent for ent in entities if any(s <= m.start < e for m in getattr(ent, "mentions", []))]


def _location(doc: Doc, sentence: Segment, lede_span: tuple[int, int]) -> str | None:
    for span in (doc.to_original(sentence.start, sentence.end), lede_span):
        found = _names_in(doc.locations, *span)
        if found:
            cities = [loc for loc in found if getattr(loc, "level", None) in ("city", "commune", "district")]
            return (cities or found)[0].name
    return None


def _choose(hits: list[Hit]) -> tuple[list[Hit], dict[str, float]]:
    """One hit per type (its best), for the types whose total score reaches THRESHOLD."""
    best: dict[str, Hit] = {}
    totals: dict[str, float] = {}
    for h in sorted(hits, key=lambda h: (-h.score, h.start)):
        if h.score <= 0:
            continue
        if h.type not in best:
            best[h.type] = h
            totals[h.type] = h.score
        else:
            totals[h.type] += EXTRA_WEIGHT * h.score
    return [best[t] for t in best if totals[t] >= THRESHOLD], totals


def events(doc: Doc) -> Doc:
    if not doc.sentences:
        return doc
    lex = lexicon()
    hits = _hits(doc, lex)
    chosen, totals = _choose(hits)
    if not chosen and any(h.future for h in hits):
        # Nothing reported as done: the planned event is what the article is about.
        for h in hits:
            if h.future:
                h.score /= FUTURE_FACTOR
        chosen, totals = _choose(hits)
    if not chosen:
        fallback = _announcement_fallback(doc, lex, hits)
        if fallback is not None:
            chosen = [fallback]
    lede = sorted(_lede(doc))
    lede_sents = [doc.sentences[i] for i in lede] or doc.sentences[:1]
    lede_span = doc.to_original(lede_sents[0].start, lede_sents[-1].end)
    pub = doc.publication_date or doc.meta_publication_date
    lede_dates = [
        d.value
        for d in doc.dates
        if d.value and lede_span[0] <= d.start < lede_span[1] and _day_precise(d.value) and d.value != pub
    ]
    out = []
    for h in sorted(chosen, key=lambda h: h.start):
        s, e = doc.to_original(h.sentence.start, h.sentence.end)
        ev = doc.evidence(h.start, h.end)
        out.append(
            Event(
                **ev,
                type=h.type,
                date=_event_date(doc, h, lede_dates),
                location=_location(doc, h.sentence, lede_span),
                participants=[o.name for o in _names_in(doc.organizations, s, e)],
                programs=[p.id or p.name for p in _names_in(doc.programs, s, e)],
                confidence=round(min(1.0, totals.get(h.type, h.score) / 2), 3),
            )
        )
    doc.events = out
    return doc


def _announcement_fallback(doc: Doc, lex: Lexicon, hits: list[Hit]) -> Hit | None:
    """No event proper: the article reports statements or figures; anchor on its best announcement
    trigger ("annonce", "أعلن"), else on the first reporting verb, else on the first word of the lede."""
    announced = [h for h in hits if h.type == "announcement" and h.score > 0]
    if announced:
        h = max(announced, key=lambda h: (h.score, -h.start))
        return Hit("announcement", h.start, h.end, 0.5, h.sentence, 0.5)
    m = lex.reporting.search(doc.fold) if lex.reporting is not None else None
    if m is not None:
        sent = doc.sentence_at(m.start()) or doc.sentences[0]
        return Hit("announcement", m.start(), m.end(), 0.5, sent, 0.5)
    lede = sorted(_lede(doc)) or [0]
    sent = max((doc.sentences[i] for i in lede), key=lambda s: s.end - s.start)
    w = regex.compile(r"[\p{L}\p{N}]+").search(doc.norm_text, sent.start, sent.end)
    if w is None:
        return None
    return Hit("announcement", w.start(), w.end(), 0.5, sent, 0.5)
