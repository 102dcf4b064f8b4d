"""`maroc-nlp`: extract records from files, print the schema, evaluate against gold."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Iterator, List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Moroccan entrepreneurship news (Arabic, French) -> typed records.")

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


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files (.txt/.html/.json/.jsonl), directories, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | json | csv"),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes; the pipeline loads once per worker."),
    errors_path: Optional[Path] = typer.Option(None, "--errors", help="Write failed inputs (doc_id, source, reason) as JSONL here."),
) -> None:
    """Extract one ArticleRecord per article, in input order. Bad inputs are reported on stderr
    (and in --errors) and make the exit status 1; every other article is still processed."""
    from .inputs import InputFailure, iter_items
    from .pipeline import Pipeline

    if fmt not in ("jsonl", "json", "csv"):
        raise typer.BadParameter("format must be jsonl, json or csv")
    pipeline = Pipeline()
    failures: list[dict] = []

    def stream() -> Iterator:
        for item in iter_items(paths):
            if isinstance(item, InputFailure):
                failures.append({"doc_id": item.doc_id, "source": item.source, "reason": item.reason})
                typer.echo(f"error: {item.source}: {item.reason}", err=True)
                continue
            yield item

    writer = _Writer(output, fmt)
    try:
        for res in pipeline.results(stream(), n_process=workers):
            if res.record is None:
                failures.append({"doc_id": res.doc_id, "source": res.source, "reason": res.error})
                typer.echo(f"error: {res.source or res.doc_id}: {res.error}", err=True)
                continue
            writer.write(res.record.model_dump(mode="json"))
    finally:
        writer.close()
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as fh:
            for f in failures:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    typer.echo(f"{writer.count} records, {len(failures)} failed", err=True)
    raise typer.Exit(1 if failures else 0)


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
    errors: bool = typer.Option(False, "--errors", help="Also print misses and spurious items per document."),
) -> None:
    """Precision, recall and F1 per field, overall and per language."""
    from .evaluate import evaluate as run_eval, format_report, records_to_predictions

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
    else:
        typer.echo(format_report(report))
    if errors:
        typer.echo(json.dumps(errs, ensure_ascii=False, indent=1))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
