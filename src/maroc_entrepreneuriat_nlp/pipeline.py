"""The pipeline: small stages with one job each, assembled in one place.

    decode -> clean -> normalize -> segment -> language -> <extractors> -> assemble

Every stage is a callable `Doc -> Doc` (see `doc.py` for the contract between them). `Pipeline`
loads its resources once and is reused; `pipe` streams records in input order, optionally over
several processes (each process builds its own pipeline once).
"""

from __future__ import annotations

import hashlib
import importlib
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping

from .doc import Doc
from .errors import InputError
from .records import ArticleRecord, ParagraphLanguage
from .stages.decode import decode_bytes

Stage = Callable[[Doc], Doc]

# name -> "module:function"; imported lazily so that a light import stays light.
STAGES: dict[str, str] = {
    "clean": "maroc_entrepreneuriat_nlp.stages.clean:clean",
    "normalize": "maroc_entrepreneuriat_nlp.stages.normalize:normalize",
    "segment": "maroc_entrepreneuriat_nlp.stages.segment:segment",
    "language": "maroc_entrepreneuriat_nlp.stages.language:identify",
    "publication_date": "maroc_entrepreneuriat_nlp.stages.dates:publication_date",
    "entities": "maroc_entrepreneuriat_nlp.stages.entities:entities",
    "amounts": "maroc_entrepreneuriat_nlp.stages.amounts:amounts",
    "quantities": "maroc_entrepreneuriat_nlp.stages.quantities:quantities",
    "dates": "maroc_entrepreneuriat_nlp.stages.dates:dates",
    "events": "maroc_entrepreneuriat_nlp.stages.events:events",
}
DEFAULT_STAGES: tuple[str, ...] = ("clean", "normalize", "segment", "language")
# Stages that only make sense on a text in a supported language.
EXTRACTION_STAGES: tuple[str, ...] = ("publication_date", "entities", "amounts", "quantities", "dates", "events")

MAX_CHARS = 1_000_000
_DATE_META = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def register_stage(name: str, target: str) -> None:
    """Make a custom stage available by name ("package.module:function")."""
    STAGES[name] = target


def _resolve(target: str) -> Stage:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def stable_doc_id(text: str) -> str:
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _meta_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    m = _DATE_META.match(str(value).strip())
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


@dataclass
class Result:
    """One input item's outcome: a record, or the reason there is none."""

    index: int
    doc_id: str | None
    source: str | None
    record: ArticleRecord | None = None
    error: str | None = None


class Pipeline:
    def __init__(self, stages: Iterable[str] | None = None, *, exclude: Iterable[str] = ()):
        names = list(stages) if stages is not None else list(DEFAULT_STAGES) + list(EXTRACTION_STAGES)
        excluded = set(exclude)
        unknown = [n for n in names if n not in STAGES]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {sorted(STAGES)}")
        self.stage_names = [n for n in names if n not in excluded]
        self._stages: list[tuple[str, Stage]] = [(n, _resolve(STAGES[n])) for n in self.stage_names]

    def __repr__(self) -> str:
        return f"Pipeline({self.stage_names})"

    # -- building a Doc -------------------------------------------------------------------------
    def make_doc(
        self,
        text: str | bytes,
        *,
        doc_id: str | None = None,
        publication_date: str | None = None,
        language: str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> Doc:
        warnings: list[str] = []
        if isinstance(text, (bytes, bytearray, memoryview)):
            text, warnings = decode_bytes(bytes(text))
        elif text is None:
            text = ""
        elif not isinstance(text, str):
            raise InputError(f"text must be str or bytes, not {type(text).__name__}")
        doc = Doc(
            text=text,
            doc_id=str(doc_id) if doc_id not in (None, "") else stable_doc_id(text),
            title=title,
            url=url,
            meta_publication_date=_meta_date(publication_date),
            meta_language=language,
        )
        for w in warnings:
            doc.warn(w)
        if publication_date not in (None, "") and doc.meta_publication_date is None:
            doc.warn(f"ignored publication_date {publication_date!r}: not YYYY-MM[-DD]")
        if "\ufffd" in text:
            doc.warn("text contains U+FFFD replacement characters: part of it was lost before it reached us")
        return doc

    # -- running --------------------------------------------------------------------------------
    def run(self, doc: Doc) -> Doc:
        if len(doc.text) > MAX_CHARS:
            doc.warn(f"text has {len(doc.text)} characters; extraction looked at the first {MAX_CHARS}")
            full = doc.text
            doc.text = full[:MAX_CHARS]
            self._run_stages(doc)
            doc.text = full
        else:
            self._run_stages(doc)
        return doc

    def _run_stages(self, doc: Doc) -> None:
        for name, stage in self._stages:
            if name not in DEFAULT_STAGES and doc.language not in ("ar", "fr", "en", "es"):
                continue
            try:
                stage(doc)
            except Exception as exc:  # a stage bug must not lose the article
                doc.warn(f"stage {name!r} failed: {type(exc).__name__}: {exc}")

    def __call__(self, text: str | bytes, **meta) -> ArticleRecord:
        return to_record(self.run(self.make_doc(text, **meta)))

    extract = __call__

    def results(self, items: Iterable[Any], *, n_process: int = 1, batch_size: int = 16) -> Iterator[Result]:
        """A `Result` per item, in input order; failures are results too, never exceptions."""
        if n_process <= 1:
            for i, item in enumerate(items):
                yield _process(self, i, item)
            return
        import multiprocessing as mp
        from collections import deque
        from itertools import islice

        # Pool.imap would read the whole input ahead of the workers; instead at most
        # `4 * n_process` batches are in flight, so memory stays bounded on any input size.
        ctx = mp.get_context("spawn" if _needs_spawn() else "fork")
        numbered = enumerate(items)
        size = max(1, batch_size)
        in_flight: deque = deque()
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self.stage_names,)) as pool:
            while True:
                while len(in_flight) < 4 * n_process:
                    batch = list(islice(numbered, size))
                    if not batch:
                        break
                    in_flight.append(pool.apply_async(_worker_batch, (batch,)))
                if not in_flight:
                    return
                yield from in_flight.popleft().get()

    def pipe(self, items: Iterable[Any], *, n_process: int = 1, batch_size: int = 16) -> Iterator[ArticleRecord]:
        """Records for texts or dicts, in input order. An item that cannot be processed yields a
        record with no extractions and the reason in `warnings` (nothing is silently dropped)."""
        for res in self.results(items, n_process=n_process, batch_size=batch_size):
            yield res.record if res.record is not None else _error_record(res)


def _needs_spawn() -> bool:
    import sys

    return sys.platform != "linux"


_WORKER: Pipeline | None = None


def _init_worker(stage_names: list[str]) -> None:
    global _WORKER
    _WORKER = Pipeline(stage_names)


def _worker_batch(pairs: list[tuple[int, Any]]) -> list[Result]:
    assert _WORKER is not None
    return [_process(_WORKER, i, item) for i, item in pairs]


def _process(pipeline: Pipeline, index: int, item: Any) -> Result:
    source = None
    doc_id = None
    try:
        if isinstance(item, Mapping):
            source = item.get("source")
            doc_id = item.get("doc_id") or item.get("id")
            text = item.get("text")
            if text is None:
                raise InputError("item has no 'text'")
            doc = pipeline.make_doc(
                text,
                doc_id=doc_id,
                publication_date=item.get("publication_date") or item.get("date"),
                language=item.get("language"),
                title=item.get("title"),
                url=item.get("url"),
            )
        else:
            doc = pipeline.make_doc(item)
        doc_id = doc.doc_id
        record = to_record(pipeline.run(doc))
        return Result(index, doc_id, source, record=record)
    except Exception as exc:
        return Result(index, str(doc_id) if doc_id is not None else None, source, error=f"{type(exc).__name__}: {exc}")


def _error_record(res: Result) -> ArticleRecord:
    return ArticleRecord(
        doc_id=res.doc_id or f"item-{res.index}",
        language="und",
        language_confidence=0.0,
        warnings=[f"not processed: {res.error}"],
    )


def to_record(doc: Doc) -> ArticleRecord:
    """Assemble the validated record; any span whose evidence does not match the source is
    dropped with a warning rather than exported wrong."""
    paragraphs = []
    for p in doc.paragraphs:
        s, e = doc.to_original(p.start, p.end)
        paragraphs.append(ParagraphLanguage(start=s, end=e, language=p.language or "und", confidence=p.confidence))
    record = ArticleRecord(
        doc_id=doc.doc_id,
        language=doc.language,
        language_confidence=doc.language_confidence,
        publication_date=doc.publication_date or doc.meta_publication_date,
        title=doc.title,
        url=doc.url,
        programs=doc.programs,
        organizations=doc.organizations,
        persons=doc.persons,
        locations=doc.locations,
        amounts=doc.amounts,
        quantities=doc.quantities,
        dates=doc.dates,
        events=doc.events,
        paragraphs=paragraphs,
        warnings=list(doc.warnings),
    )
    problems = record.check_evidence(doc.text)
    if problems:
        record.warnings.extend(f"dropped: {p}" for p in problems)
        bad = {(sp.start, sp.end, sp.text) for sp in record.spans() if doc.text[sp.start : sp.end] != sp.text}
        for group in (record.programs, record.organizations, record.persons, record.locations):
            for ent in group:
                ent.mentions = [m for m in ent.mentions if (m.start, m.end, m.text) not in bad]
        for name in ("amounts", "quantities", "dates", "events"):
            setattr(record, name, [x for x in getattr(record, name) if (x.start, x.end, x.text) not in bad])
    return record


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract(
    text: str | bytes,
    *,
    doc_id: str | None = None,
    publication_date: str | None = None,
    language: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> ArticleRecord:
    """Extract one article into a validated `ArticleRecord`.

    `text` is the article (str, or bytes in UTF-8/cp1256/cp1252; HTML is stripped). Offsets in the
    record index `text` itself (for bytes: the decoded string). Raises `InputError` for input that is
    not text at all (binary, undecodable)."""
    return default_pipeline()(
        text, doc_id=doc_id, publication_date=publication_date, language=language, title=title, url=url
    )


def extract_many(items: Iterable[Any], *, batch_size: int = 16, n_process: int = 1) -> Iterator[ArticleRecord]:
    """Stream records for an iterable of texts or dicts (keys: text, doc_id/id, title, url,
    publication_date, language), in input order."""
    return default_pipeline().pipe(items, batch_size=batch_size, n_process=n_process)
