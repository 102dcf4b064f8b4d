"""Language: document and per-paragraph language (ar, fr, en, es, other) with confidence.

Script first: Arabic letters make Arabic (Darija included), whatever Latin acronyms the text
carries (ANAPEC, INDH, TPE). Latin-script text is told apart by per-language profiles of function
words and typical letters (`data/languages/<lang>/langid.json`), with French as the prior, since it
is this domain's Latin-script language. Pure and deterministic: the same input gives the same
answer in every process, in well under a millisecond per article (see benchmarks/).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import re

from ..doc import Doc
from ..resources import language_data

SUPPORTED = ("ar", "fr", "en", "es")
_FR_PRIOR = 0.6  # evidence-free Latin text (a bare acronym title) is read as French


@lru_cache(maxsize=1)
def _profiles():
    """(word -> languages, letter -> languages, language -> reported label) for Latin-script profiles."""
    words: dict[str, list[str]] = {}
    letters: dict[str, list[str]] = {}
    report: dict[str, str] = {}
    for lang, data in language_data("langid").items():
        if data.get("script") != "Latn":
            continue
        report[lang] = data.get("report_as", lang)
        for w in data["words"]:
            words.setdefault(w.lower(), []).append(lang)
        for c in data.get("chars", ""):
            letters.setdefault(c, []).append(lang)
    return words, letters, report


_AR_LETTERS = "\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC"
_LATIN_LETTERS = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
_ARABIC_RUN = re.compile(f"[{_AR_LETTERS}]+")
_LATIN_WORD = re.compile(f"[{_LATIN_LETTERS}]+'?")
_OTHER_LETTER = re.compile(f"[^\\W\\d_{_AR_LETTERS}{_LATIN_LETTERS}]")


@dataclass
class Evidence:
    """What a text says about its language; evidence of paragraphs adds up to the document's."""

    ar: float = 0.0  # letters per script; all-capital Latin tokens (ANAPEC, INDH) weigh a quarter,
    lat: float = 0.0  # since acronyms are quoted into Arabic text without making it French
    other: float = 0.0
    scores: Counter = field(default_factory=Counter)  # Latin profile scores

    def __iadd__(self, o: "Evidence") -> "Evidence":
        self.ar += o.ar
        self.lat += o.lat
        self.other += o.other
        self.scores.update(o.scores)
        return self


def evidence(text: str) -> Evidence:
    ev = Evidence()
    ev.ar = float(sum(map(len, _ARABIC_RUN.findall(text))))
    ev.other = float(len(_OTHER_LETTER.findall(text)))
    latin = _LATIN_WORD.findall(text)
    if latin:
        for tok in latin:
            core = tok.rstrip("'")
            ev.lat += len(core) * (0.25 if core.isupper() and len(core) <= 8 else 1.0)
        latin = [t.lower() for t in latin]
        words, letters, _ = _profiles()
        for w, n in Counter(latin).items():
            langs = words.get(w) or (words.get(w[:-1]) if w.endswith("'") else None)
            for lang in langs or ():
                ev.scores[lang] += n
        joined = "".join(latin)
        for c, langs in letters.items():
            n = joined.count(c)
            if n:
                for lang in langs:
                    ev.scores[lang] += 0.5 * min(n, 4)
    return ev


def decide(ev: Evidence) -> tuple[str, float]:
    """(language, confidence): ar, fr, en, es, or other."""
    total = ev.ar + ev.lat + ev.other
    if total == 0:
        return "other", 0.0
    if ev.ar >= ev.lat and ev.ar >= ev.other:
        return "ar", round(min(0.5 + 0.5 * ev.ar / total, 0.99), 3)
    if ev.other > ev.lat:
        return "other", round(ev.other / total, 3)
    _, _, report = _profiles()
    scores = {lang: ev.scores.get(lang, 0.0) for lang in report}
    scores["fr"] = scores.get("fr", 0.0) + _FR_PRIOR
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = 0.5 + 0.5 * best_score / (best_score + second + 1.0) if best_score > _FR_PRIOR else 0.4
    return report[best], round(min(conf, 0.99) * (ev.lat / total) ** 0.5, 3)


def detect_language(text: str) -> tuple[str, float]:
    """(language, confidence) of a text: ar, fr, en, es, or other."""
    return decide(evidence(text))


def identify(doc: Doc) -> Doc:
    text = doc.norm_text
    total = Evidence()
    for p in doc.paragraphs:
        ev = evidence(text[p.start : p.end])
        p.language, p.confidence = decide(ev)
        total += ev
    lang, conf = decide(total) if doc.paragraphs else detect_language(doc.title or "")
    if doc.meta_language:
        if doc.meta_language != lang and text.strip():
            doc.warn(f"caller said language {doc.meta_language!r}, text reads as {lang!r}; kept the caller's")
        lang, conf = doc.meta_language, max(conf, 0.99 if doc.meta_language == lang else conf)
    doc.language, doc.language_confidence = lang, conf
    if lang not in SUPPORTED:
        doc.warn(f"language {lang!r} is not supported for extraction; only language and cleaning were done")
    return doc
