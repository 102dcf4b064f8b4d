"""`maroc-nlp kb ...`: ingest records, list and show entities, export the KB."""

from __future__ import annotations

import json
from pathlib import Path
import typer

kb_app = typer.Typer(add_completion=False, no_args_is_help=True,
                     help="Knowledge base of records (SQLite file by default; a postgresql+psycopg:// URL works too).")

KB_OPTION = typer.Option("maroc_kb.sqlite", "--kb", help="KB file path or SQLAlchemy URL.")
KINDS = {"programs": "program", "organizations": "organization", "persons": "person", "places": "place"}


def _open(kb: str):
    from .store import KnowledgeBase

    return KnowledgeBase(kb)


@kb_app.command("ingest")
def ingest(records: Path = typer.Argument(..., help="Records JSONL (from `maroc-nlp extract`)."), kb: str = KB_OPTION) -> None:
    """Ingest records (re-ingesting a doc_id replaces it). A bad line is reported and skipped."""
    from pydantic import ValidationError

    from ..records import ArticleRecord

    base, n, bad = _open(kb), 0, 0
    with open(records, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = ArticleRecord.model_validate(json.loads(line))
            except (ValueError, ValidationError) as exc:
                bad += 1
                typer.echo(f"error: {records}:{lineno}: {str(exc).splitlines()[0]}", err=True)
                continue
            base.ingest_record(rec)
            n += 1
    typer.echo(f"{n} records ingested, {bad} bad lines", err=True)
    raise typer.Exit(1 if bad else 0)


@kb_app.command("list")
def list_entities(kind: str = typer.Argument(..., help="programs | organizations | persons | places"),
                  kb: str = KB_OPTION, as_json: bool = typer.Option(False, "--json", help="JSONL instead of a table.")) -> None:
    """List the KB's entities of one kind."""
    if kind not in KINDS:
        raise typer.BadParameter(f"kind must be one of {', '.join(KINDS)}")
    rows = _open(kb).entity_rows(KINDS[kind])
    if as_json:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{kind} ({len(rows)})")
    for col in ("id", "name_fr", "name_ar", "articles", "mentions", "aliases"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], r["name_fr"] or "", r["name_ar"] or "", str(r["articles"]), str(r["mentions"]),
                      "; ".join(r["aliases"][:5]))
    Console().print(table)


@kb_app.command("show")
def show(entity_id: str = typer.Argument(..., help="KB entity id, e.g. prog:intelaka"), kb: str = KB_OPTION) -> None:
    """Profile of one entity: names, partners, places, amounts and targets, source articles, merges."""
    from rich.console import Console
    from rich.table import Table

    profile = _open(kb).entity(entity_id)
    if profile is None:
        typer.echo(f"no entity {entity_id!r} in the KB", err=True)
        raise typer.Exit(1)
    console = Console()
    console.print(f"[bold]{profile['id']}[/bold] ({profile['kind']}{', canonical' if profile['canonical'] else ''})")
    console.print(f"  fr: {profile['name_fr'] or '-'}   ar: {profile['name_ar'] or '-'}")
    if profile["aliases"]:
        console.print(f"  aliases: {'; '.join(profile['aliases'])}")
    for key in ("partners", "places", "roles", "amounts", "targets", "source_articles", "merges"):
        frame = profile[key]
        if frame.empty:
            continue
        table = Table(title=key)
        for col in frame.columns:
            table.add_column(str(col))
        for row in frame.itertuples(index=False):
            table.add_row(*("" if v is None or v != v else str(v) for v in row))
        console.print(table)


@kb_app.command("export")
def export(kb: str = KB_OPTION, fmt: str = typer.Option("jsonl", "--format", help="jsonl | csv | parquet | jsonld"),
           output: Path = typer.Option(..., "-o", "--output", help="Output file.")) -> None:
    """Export one item per KB entity (names in both languages, aliases, source article ids)."""
    from .export import FORMATS, write_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"format must be one of {', '.join(FORMATS)}")
    n = write_export(_open(kb), output, fmt)
    typer.echo(f"{n} entities written to {output}", err=True)

