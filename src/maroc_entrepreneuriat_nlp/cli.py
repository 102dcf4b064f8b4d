"""`maroc-nlp`: extract records from files, print the schema, evaluate against gold."""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, deque
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from .kb.cli import kb_app

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Moroccan entrepreneurship news (Arabic, French) -> typed records.")
app.add_typer(kb_app, name="kb")

CSV_FIELDS = ["doc_id", "language", "language_confidence", "publication_date", "title", "programs", "organizations",
              "persons", "locations", "amounts", "quantities", "dates", "events", "warnings"]


def _csv_row(rec: dict) -> dict:
    def names(items):
        return "; ".join(x.get("id") or x["name"] for x in items)

    return {
        "doc_id": rec["doc_id"],
        "language": rec["language"],
        "language_confidence": rec["language_confidence"],
        "publication_date": rec.get("publication_date") or "",
        "title": rec.get("title") or "",
        "programs": names(rec["programs"]),
        "organizations": names(rec["organizations"]),
        "persons": "; ".join(p["name"] + (f" ({p['role']})" if p.get("role") else "") for p in rec["persons"]),
        "locations": names(rec["locations"]),
        "amounts": "; ".join(f"{a['value']:g} {a['currency']}" for a in rec["amounts"]),
        "quantities": "; ".join(f"{q['value']:g} {q['unit']} [{q['kind']}]" for q in rec["quantities"]),
        "dates": "; ".join(str(d["value"]) for d in rec["dates"] if d.get("value")),
        "events": "; ".join(e["type"] + (f"@{e['date']}" if e.get("date") else "") for e in rec["events"]),
        "warnings": " | ".join(rec["warnings"]),
    }


class _Writer:
    """Writes records as they come (jsonl, csv) or at the end (json), to a file or stdout."""

    def __init__(self, out: Optional[Path], fmt: str, append: bool = False):
        self.fmt = fmt
        self.fh = open(out, "a" if append else "w", encoding="utf-8", newline="") if out else sys.stdout
        self.count = 0
        self._csv = None
        if fmt == "json":
            self.fh.write("[\n")
        elif fmt == "csv":
            self._csv = csv.DictWriter(self.fh, fieldnames=CSV_FIELDS)
            if not append or self.fh.tell() == 0:
                self._csv.writeheader()

    def write(self, rec: dict) -> None:
        if self.fmt == "jsonl":
            self.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.fh.write((",\n" if self.count else "") + json.dumps(rec, ensure_ascii=False, indent=1))
        else:
            self._csv.writerow(_csv_row(rec))
        self.count += 1
        self.fh.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.fh.write("\n]\n")
        if self.fh is not sys.stdout:
            self.fh.close()
        else:
            self.fh.flush()


def _truncate_partial_line(path: Path) -> None:
    """A run killed mid-write can leave half a line at the end: cut the file after its last newline."""
    with open(path, "rb+") as fh:
        data = fh.read()
        keep = data.rfind(b"\n") + 1
        if keep != len(data):
            fh.truncate(keep)


def _done_doc_ids(path: Path, fmt: str) -> Counter:
    """doc_ids already in an output file (a Counter: the same doc_id may legitimately repeat)."""
    done: Counter = Counter()
    if not path.exists():
        return done
    _truncate_partial_line(path)
    with open(path, encoding="utf-8", newline="") as fh:
        if fmt == "jsonl":
            for line in fh:
                if line.strip():
                    done[json.loads(line)["doc_id"]] += 1
        else:
            for row in csv.DictReader(fh):
                done[row["doc_id"]] += 1
    return done


class _Errors:
    """Failed inputs, reported on stderr and streamed to --errors as they come (in input order).
    On --resume, lines the interrupted run already wrote are not written twice."""

    def __init__(self, path: Optional[Path], resume: bool):
        self.count = 0
        self.known: Counter = Counter()
        if path is not None and resume and path.exists():
            _truncate_partial_line(path)
            self.known = Counter(l for l in path.read_text(encoding="utf-8").splitlines() if l.strip())
        self.fh = open(path, "a" if resume else "w", encoding="utf-8") if path is not None else None

    def report(self, doc_id, source, reason) -> None:
        self.count += 1
        typer.echo(f"error: {source or doc_id}: {reason}", err=True)
        if self.fh is None:
            return
        line = json.dumps({"doc_id": doc_id, "source": source, "reason": reason}, ensure_ascii=False)
        if self.known[line] > 0:
            self.known[line] -= 1
            return
        self.fh.write(line + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _progress():
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(SpinnerColumn(), TextColumn("{task.completed} articles"),
                    TextColumn("{task.fields[failed]} failed"),
                    TextColumn("[progress.data.speed]{task.fields[rate]}"),
                    TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files (.txt/.html/.json/.jsonl), directories, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | json | csv"),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes; the pipeline loads once per worker."),
    errors_path: Optional[Path] = typer.Option(None, "--errors", help="Write failed inputs (doc_id, source, reason) as JSONL here."),
    resume: bool = typer.Option(False, "--resume", help="Skip articles whose doc_id is already in the output file; append."),
    kb: Optional[str] = typer.Option(None, "--kb", help="Also ingest each record into this knowledge base (path or URL)."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per task sent to a worker."),
) -> None:
    """Extract one ArticleRecord per article, in input order, streaming (bounded memory). Bad
    inputs are reported on stderr (and in --errors) and make the exit status 1; every other
    article is still processed. An interrupted run continued with --resume gives the same output."""
    import time

    from .inputs import InputFailure, iter_items
    from .pipeline import Pipeline

    if fmt not in ("jsonl", "json", "csv"):
        raise typer.BadParameter("format must be jsonl, json or csv")
    if resume and (output is None or fmt == "json"):
        raise typer.BadParameter("--resume needs -o FILE in jsonl or csv format")
    done = _done_doc_ids(output, fmt) if resume else Counter()
    skipped = 0
    knowledge_base = None
    if kb:
        from .kb import KnowledgeBase

        knowledge_base = KnowledgeBase(kb)
    pipeline = Pipeline()
    errors = _Errors(errors_path, resume)
    # Input failures wait here until the results before them are out, so that --errors lists
    # every failure in input order whatever the workers' read-ahead.
    waiting: deque = deque()
    yielded = 0

    def stream() -> Iterator:
        nonlocal skipped, yielded
        for item in iter_items(paths):
            if isinstance(item, InputFailure):
                waiting.append((yielded, item))
                continue
            text = item.get("text")
            if text is None or not (text.strip() if isinstance(text, (str, bytes)) else True):
                # An empty file or blank text is no article: reported, not turned into an empty record.
                waiting.append((yielded, InputFailure(item.get("source") or "", "empty input: no text", item.get("doc_id"))))
                continue
            if done[item["doc_id"]] > 0:
                done[item["doc_id"]] -= 1
                skipped += 1
                continue
            yielded += 1
            yield item

    def flush_waiting(upto: float) -> None:
        while waiting and waiting[0][0] <= upto:
            f = waiting.popleft()[1]
            errors.report(f.doc_id, f.source, f.reason)

    writer = _Writer(output, fmt, append=resume and output is not None and output.exists())
    t0 = time.perf_counter()
    try:
        with _progress() as progress:
            task = progress.add_task("extract", total=None, failed=0, rate="")
            for res in pipeline.results(stream(), n_process=workers, batch_size=batch_size):
                flush_waiting(res.index)
                if res.record is None:
                    errors.report(res.doc_id, res.source, res.error)
                else:
                    rec = res.record.model_dump(mode="json")
                    if knowledge_base is not None:
                        # Into the KB before the output: a resumed run re-ingests (idempotent)
                        # whatever was not written yet, so neither side misses an article.
                        try:
                            knowledge_base.ingest_record(res.record)
                        except Exception as exc:  # the record is still written; the failure is reported
                            errors.report(res.doc_id, res.source, f"knowledge base: {type(exc).__name__}: {exc}")
                    writer.write(rec)
                elapsed = time.perf_counter() - t0
                progress.update(task, advance=1, failed=errors.count,
                                rate=f"{(writer.count + errors.count) / elapsed:.0f}/s" if elapsed > 0 else "")
            flush_waiting(float("inf"))
    finally:
        writer.close()
        errors.close()
    resumed = f", {skipped} already done" if resume else ""
    typer.echo(f"{writer.count} records, {errors.count} failed{resumed}", err=True)
    raise typer.Exit(1 if errors.count else 0)


@app.command()
def summary(records: Path = typer.Argument(..., help="Records JSONL (from `maroc-nlp extract`)."),
            top: int = typer.Option(10, "--top", help="Rows per top-N table.")) -> None:
    """A readable overview of a records file: languages, top entities, amounts, events, warnings."""
    from rich.console import Console
    from rich.table import Table

    langs: Counter = Counter()
    entities = {g: Counter() for g in ("programs", "organizations", "locations", "persons")}
    labels: dict = {}
    amounts: Counter = Counter()
    events: Counter = Counter()
    n = warnings = with_warnings = 0
    with open(records, encoding="utf-8") as fh:  # streamed: any file size
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            n += 1
            langs[rec.get("language", "und")] += 1
            warnings += len(rec.get("warnings", []))
            with_warnings += bool(rec.get("warnings"))
            for group, counter in entities.items():
                for key in {e.get("id") or e["name"] for e in rec.get(group, [])}:  # articles, not mentions
                    counter[key] += 1
                for e in rec.get(group, []):
                    labels.setdefault(e.get("id") or e["name"], e["name"])
            for a in rec.get("amounts", []):
                if a.get("range_role") != "max":  # a range counts once, by its lower bound
                    amounts[a["currency"]] += a["value"]
            for e in rec.get("events", []):
                events[e["type"]] += 1
    console = Console(width=max(Console().width, 100))
    console.print(f"[bold]{records}[/bold]: {n} articles, {warnings} warnings in {with_warnings} articles")

    def table(title, rows, cols):
        t = Table(title=title, title_justify="left")
        for c in cols:
            t.add_column(c, justify="right" if c in ("articles", "count", "total") else "left")
        for row in rows:
            t.add_row(*[str(x) for x in row])
        console.print(t)

    table("Articles per language", langs.most_common(), ["language", "articles"])
    for group, title in (("programs", "Programmes"), ("organizations", "Organisations"), ("locations", "Places"),
                         ("persons", "Persons")):
        rows = [(k if k != labels.get(k) else "", labels.get(k, k), c) for k, c in entities[group].most_common(top)]
        table(f"Top {title.lower()} ({len(entities[group])} distinct)", rows, ["id", "name", "articles"])
    table("Amounts", [(cur, f"{v:,.0f}") for cur, v in amounts.most_common()], ["currency", "total"])
    table("Events by type", events.most_common(), ["type", "count"])


@app.command()
def schema() -> None:
    """Print the JSON Schema of ArticleRecord."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Directory of gold <doc_id>.json files (GUIDE format)."),
    predictions: Path = typer.Argument(..., help="Records JSONL, or raw articles (.jsonl/.json/dir) with --raw."),
    raw: bool = typer.Option(False, "--raw", help="PREDICTIONS are raw articles: extract them first."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    markdown: bool = typer.Option(False, "--markdown", help="Print F1 per field and language as a markdown table."),
    errors: bool = typer.Option(False, "--errors", help="Also print misses and spurious items per document."),
) -> None:
    """Precision, recall and F1 per field, overall and per language."""
    from .evaluate import evaluate as run_eval, format_markdown, format_report, records_to_predictions

    if raw:
        from .inputs import InputFailure, iter_items
        from .pipeline import Pipeline

        items = [i for i in iter_items([str(predictions)]) if not isinstance(i, InputFailure)]
        preds = records_to_predictions(Pipeline().pipe(items))
    else:
        preds = str(predictions)
    report = run_eval(gold_dir, preds)
    errs = report.pop("errors")
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
    elif markdown:
        typer.echo(format_markdown(report))
    else:
        typer.echo(format_report(report))
    if errors:
        typer.echo(json.dumps(errs, ensure_ascii=False, indent=1))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
