"""Language: document and per-paragraph language (ar, fr, en, es, other) with confidence.

Script first: Arabic letters make Arabic (Darija included), whatever Latin acronyms the text
carries (ANAPEC, INDH, TPE). Latin-script text is told apart by per-language profiles of function
words and typical letters (`data/languages/<lang>/langid.json`), with French as the prior, since it
is this domain's Latin-script language. Pure and deterministic: the same input gives the same
answer in every process, in well under a millisecond per article (see benchmarks/).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..doc import Doc
from ..resources import language_data

SUPPORTED = ("ar", "fr", "en", "es")
_WORD = regex.compile(r"\p{L}+(?:'|’)?")
_FR_PRIOR = 0.6  # evidence-free Latin text (a bare acronym title) is read as French


@lru_cache(maxsize=1)
def _profiles():
    out = {}
    for lang, data in language_data("langid").items():
        if data.get("script") != "Latn":
            continue
        out[lang] = (frozenset(w.lower() for w in data["words"]), frozenset(data.get("chars", "")), data.get("report_as", lang))
    return out


_SCRIPT_TOKEN = regex.compile(r"(?V1)(?P<ar>[\p{Arabic}&&\p{L}]+)|(?P<lat>[\p{Latin}&&\p{L}]+)|(?P<other>\p{L}+)")


def _script_counts(text: str) -> tuple[float, float, float]:
    """Letters per script, where all-capital Latin tokens (ANAPEC, INDH, TPE) weigh a quarter:
    acronyms are quoted into Arabic text without making it French."""
    ar = lat = other = 0.0
    for m in _SCRIPT_TOKEN.finditer(text):
        tok = m.group()
        if m.group("ar"):
            ar += len(tok)
        elif m.group("lat"):
            lat += len(tok) * (0.25 if tok.isupper() and len(tok) <= 8 else 1.0)
        else:
            other += len(tok)
    return ar, lat, other


def _latin_language(text: str) -> tuple[str, float]:
    profiles = _profiles()
    scores = {lang: 0.0 for lang in profiles}
    lowered = text.lower()
    for m in _WORD.finditer(lowered):
        w = m.group()
        if not w.isascii() or len(w) > 1 or w.endswith("'"):
            for lang, (words, _, _) in profiles.items():
                if w in words or w.rstrip("'’") + "'" in words:
                    scores[lang] += 1.0
        else:
            for lang, (words, _, _) in profiles.items():
                if w in words:
                    scores[lang] += 1.0
    for c in set(lowered):
        for lang, (_, chars, _) in profiles.items():
            if c in chars:
                scores[lang] += 0.5 * min(lowered.count(c), 4)
    scores["fr"] = scores.get("fr", 0.0) + _FR_PRIOR
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = best_score / (best_score + second + 1.0)
    conf = 0.5 + 0.5 * conf if best_score > _FR_PRIOR else 0.4
    return profiles[best][2], round(min(conf, 0.99), 3)


def detect_language(text: str) -> tuple[str, float]:
    """(language, confidence) of a text: ar, fr, en, es, or other."""
    ar, lat, other = _script_counts(text)
    total = ar + lat + other
    if total == 0:
        return "other", 0.0
    if ar >= lat and ar >= other:
        return "ar", round(min(0.5 + 0.5 * ar / total, 0.99), 3)
    if other > lat:
        return "other", round(other / total, 3)
    lang, conf = _latin_language(text)
    return lang, round(conf * (lat / total) ** 0.5, 3)


def identify(doc: Doc) -> Doc:
    text = doc.norm_text
    for p in doc.paragraphs:
        p.language, p.confidence = detect_language(text[p.start : p.end])
    lang, conf = detect_language(text if text.strip() else (doc.title or ""))
    if doc.meta_language:
        if doc.meta_language != lang and text.strip():
            doc.warn(f"caller said language {doc.meta_language!r}, text reads as {lang!r}; kept the caller's")
        lang, conf = doc.meta_language, max(conf, 0.99 if doc.meta_language == lang else conf)
    doc.language, doc.language_confidence = lang, conf
    if lang not in SUPPORTED:
        doc.warn(f"language {lang!r} is not supported for extraction; only language and cleaning were done")
    return doc
