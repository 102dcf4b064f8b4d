"""Reading articles from files: .txt, .html, .json (object or list), .jsonl, directories, stdin.

`iter_items` yields one dict per article ({text, doc_id, title, url, publication_date, source}) or,
for a file or line that cannot be read, an `InputFailure` with file, line and reason, so a batch
goes on and every bad input is reported.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .stages.decode import decode_bytes

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass
class InputFailure:
    source: str
    reason: str
    doc_id: str | None = None


def _item_from_obj(obj, source: str, default_id: str) -> dict | InputFailure:
    if not isinstance(obj, dict):
        return InputFailure(source, f"expected a JSON object, got {type(obj).__name__}", default_id)
    text = obj.get("text")
    doc_id = obj.get("doc_id") or obj.get("id") or default_id
    if not isinstance(text, str):
        return InputFailure(source, "object has no string 'text'", str(doc_id))
    item = {k: obj.get(k) for k in ("title", "url", "publication_date", "language") if obj.get(k) is not None}
    if item.get("publication_date") is None and obj.get("date") is not None:
        item["publication_date"] = obj["date"]
    item.update(text=text, doc_id=str(doc_id), source=source)
    return item


def _read_text_file(path: Path) -> dict | InputFailure:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputFailure(str(path), f"cannot read: {exc.strerror or exc}", path.stem)
    if len(data) > MAX_FILE_BYTES:
        return InputFailure(str(path), f"file is {len(data)} bytes, over the {MAX_FILE_BYTES}-byte limit", path.stem)
    # Bytes go to the pipeline, which decodes them and records how (warnings in the record).
    return {"text": data, "doc_id": path.stem, "source": str(path)}


def _read_json_file(path: Path) -> Iterator[dict | InputFailure]:
    try:
        text, _ = decode_bytes(path.read_bytes())
        data = json.loads(text)
    except (OSError, InputError, ValueError) as exc:
        yield InputFailure(str(path), f"invalid JSON file: {exc}", path.stem)
        return
    objs = data if isinstance(data, list) else [data]
    for i, obj in enumerate(objs):
        default = path.stem if len(objs) == 1 else f"{path.stem}-{i + 1}"
        src = str(path) if len(objs) == 1 else f"{path}[{i}]"
        yield _item_from_obj(obj, src, default)


def _read_jsonl_lines(lines: Iterable[str], name: str, stem: str) -> Iterator[dict | InputFailure]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        src = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield InputFailure(src, f"invalid JSON on line {n}: {exc}", f"{stem}-{n}")
            continue
        yield _item_from_obj(obj, src, f"{stem}-{n}")


def _read_jsonl_file(path: Path) -> Iterator[dict | InputFailure]:
    try:
        fh = open(path, encoding="utf-8", errors="strict")
        with fh:
            yield from _read_jsonl_lines(fh, str(path), path.stem)
    except (OSError, UnicodeDecodeError) as exc:
        yield InputFailure(str(path), f"cannot read JSONL: {exc}", path.stem)


def _read_path(path: Path) -> Iterator[dict | InputFailure]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json_file(path)
    else:
        yield _read_text_file(path)


def iter_items(paths: Iterable[str], stdin=None) -> Iterator[dict | InputFailure]:
    for p in paths:
        if p == "-":
            stream = stdin if stdin is not None else sys.stdin
            data = stream.read()
            stripped = data.lstrip()
            if stripped.startswith("{"):
                yield from _read_jsonl_lines(data.splitlines(), "<stdin>", "stdin")
            else:
                yield {"text": data, "doc_id": "stdin", "source": "<stdin>"}
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if x.is_file() and not x.name.startswith(".")):
                if f.suffix.lower() in TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES or not f.suffix:
                    yield from _read_path(f)
        elif path.exists():
            yield from _read_path(path)
        else:
            yield InputFailure(p, "no such file or directory", path.stem)
