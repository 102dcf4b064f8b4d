"""Evaluation against gold files in the format of the annotation guide (shared/eval/GUIDE.md).

Per field precision/recall/F1 (programs, organizations, persons, locations, amounts, quantities,
dates, events), attribute accuracies (quantity kind, location level, event date/location),
language and publication-date accuracy, overall and per language. Matching follows the guide:
names compare as token sets after folding (Dice >= 0.8), amounts by value (0.5 %) and currency,
quantities by exact value, dates by exact value, events by type; optional gold items neither reward
nor punish; greedy one-to-one pairing, best pairs first.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

NAMED = ("programs", "organizations", "persons", "locations")
VALUES = ("amounts", "quantities", "dates", "events")
FIELDS = NAMED + VALUES

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\"'’‘`´«»“”„‹›()\[\]{}<>.,;:!?؟،؛\-–—_/\\|*&]+")
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_FR_ARTICLES = {"l", "la", "le", "les", "d", "de", "du", "des"}


def name_tokens(s: Any) -> tuple[str, ...]:
    if not s:
        return ()
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    s = _AR_DIACRITICS.sub("", s).translate(_AR_MAP)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    toks = [t[2:] if t.startswith("ال") and len(t) > 4 else t for t in _PUNCT.sub(" ", s).split()]
    while len(toks) > 1 and toks[0] in _FR_ARTICLES:
        toks.pop(0)
    return tuple(toks)


def dice(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    sa, sb = set(a), set(b)
    return 2 * len(sa & sb) / (len(sa) + len(sb))


def _predicted_names(item: dict) -> list[tuple[str, ...]]:
    names = [item[k] for k in ("name", "canonical_name", "text", "mention", "acronym", "surface") if isinstance(item.get(k), str)]
    for k in ("aliases", "mentions", "names", "surface_forms"):
        for x in item.get(k) or []:
            if isinstance(x, str):
                names.append(x)
            elif isinstance(x, dict) and isinstance(x.get("text"), str):
                names.append(x["text"])
    return [t for t in map(name_tokens, names) if t]


def _num(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _close(a: Any, b: Any, rel: float) -> bool:
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return False
    return abs(a - b) <= rel * max(abs(b), 1e-9) if b else a == b


def _date(v: Any) -> str | None:
    return None if v is None else "/".join(p.strip() for p in str(v).split("/"))


def similarity(fieldname: str, gold: dict, pred: dict) -> float:
    if fieldname in NAMED:
        gold_names = [t for t in map(name_tokens, gold.get("names", [])) if t]
        best = max((dice(g, p) for g in gold_names for p in _predicted_names(pred)), default=0.0)
        return best if best >= 0.8 else 0.0
    if fieldname == "amounts":
        same_cur = (pred.get("currency") or "MAD").upper() == (gold.get("currency") or "MAD").upper()
        return 1.0 if same_cur and _close(pred.get("value"), gold.get("value"), 0.005) else 0.0
    if fieldname == "quantities":
        return 1.0 if _close(pred.get("value"), gold.get("value"), 0.0) else 0.0
    if fieldname == "dates":
        g = _date(gold.get("value"))
        return 1.0 if g is not None and g == _date(pred.get("value")) else 0.0
    if fieldname == "events":
        return 1.0 if pred.get("type") == gold.get("type") else 0.0
    raise ValueError(fieldname)


@dataclass
class FieldMatch:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pairs: list[tuple[dict, dict]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)


def match_field(fieldname: str, gold_items: list[dict], pred_items: list[dict]) -> FieldMatch:
    if fieldname == "dates":
        pred_items = [p for p in pred_items if p.get("value") is not None]
    scored = sorted(
        ((s, gi, pi) for gi, g in enumerate(gold_items) for pi, p in enumerate(pred_items) if (s := similarity(fieldname, g, p)) > 0),
        key=lambda c: -c[0],
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = FieldMatch()
    for _, gi, pi in scored:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.pairs.append((gold_items[gi], pred_items[pi]))
    out.tp = sum(1 for g, _ in out.pairs if not g.get("optional"))
    out.spurious = [p for i, p in enumerate(pred_items) if i not in used_p]
    out.missed = [g for i, g in enumerate(gold_items) if i not in used_g and not g.get("optional")]
    out.fp, out.fn = len(out.spurious), len(out.missed)
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    golds = {}
    for f in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        golds[g["doc_id"]] = g
    return golds


def load_predictions(path: str | Path) -> dict[str, dict]:
    preds = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                preds[rec.get("doc_id") or rec.get("id")] = rec
    return preds


def score(golds: dict[str, dict], preds: dict[str, dict]) -> dict:
    """Report for these gold documents (see module doc); `errors` lists misses per document."""
    counts = {f: [0, 0, 0] for f in FIELDS}
    attrs = {k: [0, 0] for k in ("quantities.kind", "locations.level", "events.date", "events.location")}
    lang_ok = pub_ok = 0
    errors: dict[str, dict] = {}
    for doc_id, g in golds.items():
        p = preds.get(doc_id, {})
        lang_ok += p.get("language") == g.get("language")
        pub_ok += _date(p.get("publication_date")) == _date(g.get("publication_date"))
        for f in FIELDS:
            m = match_field(f, g.get(f, []), p.get(f) or [])
            for i, v in enumerate((m.tp, m.fp, m.fn)):
                counts[f][i] += v
            if m.missed or m.spurious:
                errors.setdefault(doc_id, {})[f] = {"missed": m.missed, "spurious": m.spurious}
            for gi, pi in m.pairs:
                if gi.get("optional"):
                    continue
                if f == "quantities" and gi.get("kind"):
                    attrs["quantities.kind"][0] += pi.get("kind") == gi.get("kind")
                    attrs["quantities.kind"][1] += 1
                if f == "locations" and gi.get("level"):
                    attrs["locations.level"][0] += pi.get("level") == gi.get("level")
                    attrs["locations.level"][1] += 1
                if f == "events":
                    attrs["events.date"][0] += _date(pi.get("date")) == _date(gi.get("date"))
                    attrs["events.date"][1] += 1
                    gl, pl = name_tokens(gi.get("location")), name_tokens(pi.get("location"))
                    attrs["events.location"][0] += (not gl and not pl) or dice(gl, pl) >= 0.8
                    attrs["events.location"][1] += 1
    n = len(golds)
    total = [sum(counts[f][i] for f in FIELDS) for i in range(3)]
    return {
        "documents": n,
        "predicted_documents": sum(1 for d in golds if d in preds),
        "language_accuracy": round(lang_ok / n, 3) if n else 0.0,
        "publication_date_accuracy": round(pub_ok / n, 3) if n else 0.0,
        "fields": {f: prf(*counts[f]) for f in FIELDS},
        "attributes": {k: round(a / b, 3) if b else None for k, (a, b) in attrs.items()},
        "overall": {k: v for k, v in prf(*total).items() if k in ("precision", "recall", "f1")},
        "errors": errors,
    }


def evaluate(gold_dir: str | Path, predictions: dict[str, dict] | str | Path) -> dict:
    """Overall report plus one per gold language under `by_language`."""
    golds = load_gold(gold_dir)
    preds = predictions if isinstance(predictions, dict) else load_predictions(predictions)
    report = score(golds, preds)
    langs = sorted({g.get("language") for g in golds.values() if g.get("language")})
    report["by_language"] = {
        lang: {k: v for k, v in score({d: g for d, g in golds.items() if g.get("language") == lang}, preds).items() if k != "errors"}
        for lang in langs
    }
    return report


def format_report(report: dict) -> str:
    lines = []

    def block(title: str, r: dict) -> None:
        lines.append(f"== {title}: {r['documents']} documents (predicted {r['predicted_documents']})")
        lines.append(f"language accuracy {r['language_accuracy']}  publication date accuracy {r['publication_date_accuracy']}")
        lines.append(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        for f, m in r["fields"].items():
            lines.append(f"{f:<14}{m['precision']:>7}{m['recall']:>7}{m['f1']:>7}{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
        lines.append("attributes " + "  ".join(f"{k} {v}" for k, v in r["attributes"].items()))
        o = r["overall"]
        lines.append(f"overall P {o['precision']} R {o['recall']} F1 {o['f1']}")

    block("all", report)
    for lang, r in report.get("by_language", {}).items():
        block(lang, r)
    return "\n".join(lines)


def records_to_predictions(records: Iterable[Any]) -> dict[str, dict]:
    out = {}
    for r in records:
        d = r.model_dump(mode="json") if hasattr(r, "model_dump") else r
        out[d["doc_id"]] = d
    return out


def format_markdown(report: dict) -> str:
    """F1 per field and language as a markdown table (the form README uses)."""
    langs = ["all"] + list(report.get("by_language", {}))
    reports = {"all": report, **report.get("by_language", {})}
    lines = ["| field | " + " | ".join(f"F1 {lang} ({reports[lang]['documents']} docs)" for lang in langs) + " |",
             "|---|" + "---:|" * len(langs)]
    for f in FIELDS:
        lines.append(f"| {f} | " + " | ".join(f"{reports[lang]['fields'][f]['f1']:.3f}" for lang in langs) + " |")
    lines.append("| publication date (accuracy) | " + " | ".join(f"{reports[lang]['publication_date_accuracy']:.3f}" for lang in langs) + " |")
    lines.append("| language (accuracy) | " + " | ".join(f"{reports[lang]['language_accuracy']:.3f}" for lang in langs) + " |")
    for attr in ("quantities.kind", "locations.level"):
        lines.append(f"| {attr} (accuracy) | " + " | ".join(
            "-" if reports[lang]["attributes"][attr] is None else f"{reports[lang]['attributes'][attr]:.3f}" for lang in langs) + " |")
    lines.append("| overall | " + " | ".join(f"{reports[lang]['overall']['f1']:.3f}" for lang in langs) + " |")
    return "\n".join(lines)
