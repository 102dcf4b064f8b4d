"""`KnowledgeBase`: ArticleRecords in an SQL database (SQLite file by default, PostgreSQL by URL).

Ingestion is per article, in one transaction (an article is in whole or not at all) and
idempotent (re-ingesting a doc_id first deletes that article's rows, so counts do not change).
Entities are merged across articles and languages by `merge.py`; every link stores why.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlalchemy as sa

from ..records import ArticleRecord, Entity
from . import merge
from . import schema as T

DEFAULT_PATH = "maroc_kb.sqlite"
PARTNER_EVENTS = ("agreement_signing", "program_launch")
# Mentions this close (characters between them) in one paragraph are taken as one sentence's.
COOCCURRENCE_CHARS = 150
QUANTITY_PREDICATES = {"target": "target", "achievement": "achievement", "capacity": "capacity", "other": "quantity"}


def engine_url(path_or_url: str | Path) -> str:
    s = str(path_or_url)
    if "://" in s:
        return s
    return f"sqlite:///{Path(s).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers do not block a long batch ingest
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class KnowledgeBase:
    """Articles, entities merged across articles/languages, values and relations, with provenance.

    >>> kb = KnowledgeBase("kb.sqlite")              # or "postgresql+psycopg://user:pw@host/db"
    >>> kb.ingest(records)                          # ArticleRecord objects or dicts
    >>> kb.programs()                               # pandas DataFrame
    >>> kb.entity("prog:intelaka")                  # profile: names, partners, places, amounts...
    """

    def __init__(self, path_or_url: str | Path = DEFAULT_PATH, *, create: bool = True):
        self.url = engine_url(path_or_url)
        self.engine = sa.create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        if create:
            T.metadata.create_all(self.engine)

    def __repr__(self) -> str:
        return f"KnowledgeBase({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def drop_all(self) -> None:
        """Remove every KB table (tests; starting over)."""
        T.metadata.drop_all(self.engine)
        T.metadata.create_all(self.engine)

    # -- ingestion -------------------------------------------------------------------------------
    def ingest(self, records: ArticleRecord | dict | Iterable[ArticleRecord | dict]) -> int:
        """Store records (one transaction per article); returns how many were ingested."""
        if isinstance(records, (ArticleRecord, dict)):
            records = [records]
        n = 0
        for rec in records:
            self.ingest_record(rec if isinstance(rec, ArticleRecord) else ArticleRecord.model_validate(rec))
            n += 1
        return n

    def ingest_jsonl(self, path: str | Path) -> int:
        import json

        def records():
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        yield json.loads(line)

        return self.ingest(records())

    def ingest_record(self, rec: ArticleRecord) -> None:
        with self.engine.begin() as conn:
            self._delete_article(conn, rec.doc_id)
            _Ingest(self, conn, rec).run()

    def delete(self, doc_id: str) -> None:
        with self.engine.begin() as conn:
            self._delete_article(conn, doc_id)

    def _insert(self, conn, table: sa.Table, rows: list[dict]) -> None:
        """Every write of an ingest goes through here (one place to observe or inject failures)."""
        if rows:
            conn.execute(table.insert(), rows)

    def _delete_article(self, conn, doc_id: str) -> None:
        for table in T.ARTICLE_TABLES:
            conn.execute(table.delete().where(table.c.article_id == doc_id))
        conn.execute(T.articles.delete().where(T.articles.c.doc_id == doc_id))
        # Entities no article links any more go too (with their lexicon names).
        linked = sa.select(T.article_entities.c.entity_id)
        orphans = sa.select(T.entities.c.id).where(T.entities.c.id.not_in(linked))
        conn.execute(T.entity_names.delete().where(T.entity_names.c.entity_id.in_(orphans)))
        conn.execute(T.entities.delete().where(T.entities.c.id.not_in(linked)))

    # -- reading ---------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for t in T.metadata.sorted_tables}

    def records(self) -> Iterator[ArticleRecord]:
        """The stored records, as ingested, by doc_id."""
        with self.engine.connect() as conn:
            for row in conn.execute(sa.select(T.articles.c.record).order_by(T.articles.c.doc_id)):
                yield ArticleRecord.model_validate(row.record)

    def entity_rows(self, kind: str | None = None) -> list[dict]:
        """One dict per KB entity: id, kind, canonical, name_fr, name_ar, aliases, articles,
        mentions, and the most frequent per-article attributes (type, role, organization, level,
        country, parent)."""
        from .views import entity_rows

        with self.engine.connect() as conn:
            return entity_rows(conn, kind)

    def _frame(self, kind: str):
        import pandas as pd

        rows = self.entity_rows(kind)
        cols = ["id", "name_fr", "name_ar", "aliases", "canonical", "articles", "mentions"]
        extra = {"program": [], "organization": ["type"], "person": ["role", "organization"],
                 "place": ["level", "country", "parent"]}[kind]
        frame = pd.DataFrame(rows, columns=cols + extra + ["first_date", "last_date", "article_ids"])
        return frame.drop(columns=["article_ids"])

    def programs(self):
        return self._frame("program")

    def organizations(self):
        return self._frame("organization")

    def persons(self):
        return self._frame("person")

    def places(self):
        return self._frame("place")

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """Profile of one KB entity (None when unknown): names in both languages, aliases, and
        DataFrames of source articles, partners, places, roles, amounts and targets over time, and
        the merge decisions that built it."""
        from .views import entity_profile

        with self.engine.connect() as conn:
            return entity_profile(conn, entity_id)


class _Ingest:
    """One article's ingestion, inside the caller's transaction."""

    def __init__(self, kb: KnowledgeBase, conn, rec: ArticleRecord):
        self.kb, self.conn, self.rec = kb, conn, rec
        self.doc_id = rec.doc_id
        # (kind, matching key or record id) -> KB id, for resolving references inside the record.
        self.local: dict[tuple[str, str], str] = {}
        self.placed: list[tuple[str, str, Entity]] = []  # (kind, kb id, record entity)

    def run(self) -> None:
        rec = self.rec
        row = rec.model_dump(mode="json", exclude={"programs", "organizations", "persons", "locations", "amounts",
                                                   "quantities", "dates", "events", "paragraphs"})
        row["record"] = rec.model_dump(mode="json")
        self.kb._insert(self.conn, T.articles, [row])
        for category, (kind, _) in merge.CATEGORIES.items():
            for pos, ent in enumerate(getattr(rec, category)):
                self._entity(category, kind, pos, ent)
        self._values()
        self._relations()

    # -- entities --------------------------------------------------------------------------------
    def _exists(self, entity_id: str) -> bool:
        return self.conn.execute(sa.select(T.entities.c.id).where(T.entities.c.id == entity_id)).first() is not None

    def _known_names(self, kind: str, keys: list[str] | None) -> list[tuple[str, str, str, bool]]:
        q = (sa.select(T.entity_names.c.entity_id, T.entity_names.c.name, T.entity_names.c.norm, T.entity_names.c.is_alias)
             .join(T.entities, T.entities.c.id == T.entity_names.c.entity_id).where(T.entities.c.kind == kind))
        if keys is not None:
            q = q.where(T.entity_names.c.norm.in_(keys))
        return [tuple(r) for r in self.conn.execute(q)]

    def _resolve(self, kind: str, ent: Entity) -> merge.Match:
        names = [ent.name] + [a for a in ent.aliases if a != ent.name]
        if ent.id:
            if self._exists(ent.id):
                return merge.Match(ent.id, f"same canonical id {ent.id!r}", 1.0, True, False)
            return merge.Match(ent.id, f"new entity with canonical id {ent.id!r}", 1.0, True, True)
        hit = merge.lexicon_match(kind, names, getattr(ent, "level", None))
        if hit:
            return merge.Match(hit[0], hit[1], 1.0, True, not self._exists(hit[0]))
        keys = [k for k in (merge.name_key(n, kind) for n in names) if k]
        match = merge.best_name_match(kind, names, self._known_names(kind, keys))
        if match is None and kind != "person":
            match = merge.best_name_match(kind, names, self._known_names(kind, None))
        if match:
            return match
        return merge.Match(merge.new_entity_id(kind, ent.name, self._exists), "no match: new entity", 1.0, False, True)

    def _names_rows(self, entity_id: str, names: list[tuple[str, bool]], kind: str, article_id: str | None) -> list[dict]:
        return [{"entity_id": entity_id, "article_id": article_id, "name": n, "norm": merge.name_key(n, kind),
                 "script": merge.script(n), "is_alias": alias} for n, alias in names if n and n.strip()]

    def _entity(self, category: str, kind: str, pos: int, ent: Entity) -> None:
        m = self._resolve(kind, ent)
        if m.new:
            self.kb._insert(self.conn, T.entities, [{"id": m.entity_id, "kind": kind, "canonical": m.canonical}])
            entry = merge.lexicon().get(m.entity_id)
            if entry is not None:
                self.kb._insert(self.conn, T.entity_names, self._names_rows(m.entity_id, merge.entry_names(entry), kind, None))
            if m.canonical:
                self._absorb(kind, m.entity_id, [ent.name, *ent.aliases])
        names = [(ent.name, False)] + [(a, True) for a in ent.aliases if a != ent.name]
        self.kb._insert(self.conn, T.entity_names, self._names_rows(m.entity_id, names, kind, self.doc_id))
        row = ent.model_dump(mode="json", exclude={"mentions"})
        row["record_id"] = row.pop("id")
        row["type"] = row.pop("kind")
        row.update(article_id=self.doc_id, entity_id=m.entity_id, category=category, position=pos,
                   merge_reason=m.reason, merge_score=m.score)
        self.kb._insert(self.conn, T.article_entities, [row])
        self.kb._insert(self.conn, T.mentions, [
            {"article_id": self.doc_id, "entity_id": m.entity_id, **mt.model_dump(mode="json")} for mt in ent.mentions])
        for key in [ent.id or "", *(merge.name_key(n, kind) for n, _ in names)]:
            if key:
                self.local.setdefault((kind, key), m.entity_id)
        self.placed.append((kind, m.entity_id, ent))

    def _absorb(self, kind: str, canonical_id: str, names: list[str]) -> None:
        """A canonical entity arrived: KB-made entities of the same kind with an equal name were the
        same thing seen unlinked in earlier articles; move their rows onto the canonical id."""
        entry = merge.lexicon().get(canonical_id)
        all_names = names + ([n for n, _ in merge.entry_names(entry)] if entry else [])
        keys = sorted({k for k in (merge.name_key(n, kind) for n in all_names) if k})
        if not keys:
            return
        q = (sa.select(T.entities.c.id).distinct().join(T.entity_names, T.entity_names.c.entity_id == T.entities.c.id)
             .where(T.entities.c.kind == kind, T.entities.c.canonical.is_(False), T.entity_names.c.norm.in_(keys)))
        for (old_id,) in self.conn.execute(q).all():
            reason = f"merged into canonical {canonical_id!r}: a name of {old_id} equals one of its names"
            self.conn.execute(T.article_entities.update().where(T.article_entities.c.entity_id == old_id)
                              .values(entity_id=canonical_id, merge_reason=reason))
            for table, col in ((T.mentions, "entity_id"), (T.entity_names, "entity_id"), (T.relations, "subject_id"),
                               (T.relations, "object_id"), (T.amounts, "about_entity_id"),
                               (T.quantities, "about_entity_id")):
                self.conn.execute(table.update().where(table.c[col] == old_id).values({col: canonical_id}))
            self.conn.execute(T.entities.delete().where(T.entities.c.id == old_id))
            self.local = {k: (canonical_id if v == old_id else v) for k, v in self.local.items()}
            self.placed = [(k, canonical_id if i == old_id else i, e) for k, i, e in self.placed]

    # -- references, values, relations -----------------------------------------------------------
    def resolve_ref(self, ref: str | None, kinds: tuple[str, ...]) -> str | None:
        """KB id of an entity named or id'd by `ref` (this record's entities first, then the KB)."""
        if not ref:
            return None
        for kind in kinds:
            for key in (ref, merge.name_key(ref, kind)):
                if (kind, key) in self.local:
                    return self.local[(kind, key)]
        row = self.conn.execute(sa.select(T.entities.c.id).where(T.entities.c.id == ref, T.entities.c.kind.in_(kinds))).first()
        if row:
            return row[0]
        for kind in kinds:
            known = self._known_names(kind, [merge.name_key(ref, kind)])
            if known:
                return sorted(known)[0][0]
        return None

    def _values(self) -> None:
        rec, subj = self.rec, ("program", "organization")
        for table, items, about in ((T.amounts, rec.amounts, True), (T.quantities, rec.quantities, True),
                                    (T.dates, rec.dates, False), (T.events, rec.events, False)):
            rows = []
            for pos, item in enumerate(items):
                row = {"article_id": self.doc_id, "position": pos, **item.model_dump(mode="json")}
                if about:
                    row["about_entity_id"] = self.resolve_ref(item.about, subj)
                rows.append(row)
            self.kb._insert(self.conn, table, rows)

    def _relations(self) -> None:
        rec, rels, seen = self.rec, [], set()

        def add(predicate, subject, obj=None, *, object_name=None, value=None, unit=None, role=None, start=None,
                end=None, reason, date=None, unique=True):
            key = (predicate, subject, obj, object_name)
            if unique and key in seen:
                return
            seen.add(key)
            rels.append({"article_id": self.doc_id, "predicate": predicate, "subject_id": subject, "object_id": obj,
                         "object_name": object_name, "value": value, "unit": unit, "role": role,
                         "date": date or rec.publication_date, "start": start, "end": end, "reason": reason})

        def inside(kind, start, end):
            return {kb_id for k, kb_id, ent in self.placed if k == kind
                    and any(start <= m.start and m.end <= end for m in ent.mentions)}

        # Programme-partner and programme-place: together in an agreement or launch event.
        for ev in rec.events:
            if ev.type not in PARTNER_EVENTS:
                continue
            progs = {self.resolve_ref(p, ("program",)) for p in ev.programs} | inside("program", ev.start, ev.end)
            orgs = {self.resolve_ref(p, ("organization",)) for p in ev.participants} | inside("organization", ev.start, ev.end)
            places = {self.resolve_ref(ev.location, ("place",))} | inside("place", ev.start, ev.end)
            for p in sorted(x for x in progs if x):
                for o in sorted(x for x in orgs if x):
                    add("partner", p, o, start=ev.start, end=ev.end, date=ev.date, reason=f"together in an event of type {ev.type}")
                for pl in sorted(x for x in places if x):
                    add("place", p, pl, start=ev.start, end=ev.end, date=ev.date, reason=f"located by an event of type {ev.type}")
        # ... or mentioned close together in one paragraph (the record carries no sentences).
        for other_kind, predicate in (("organization", "partner"), ("place", "place")):
            for pk, p_id, prog in self.placed:
                if pk != "program":
                    continue
                for ok, o_id, other in self.placed:
                    if ok != other_kind:
                        continue
                    near = self._near(prog, other)
                    if near:
                        s, e, gap = near
                        add(predicate, p_id, o_id, start=s, end=e,
                            reason=f"mentioned {gap} characters apart in one paragraph")
        # Programme/organisation - amount and target (Amount.about / Quantity.about).
        for a in rec.amounts:
            subject = self.resolve_ref(a.about, ("program", "organization"))
            if subject:
                add("amount", subject, value=a.value, unit=a.currency, start=a.start, end=a.end, unique=False,
                    object_name=a.range_role, reason=f"amount about {a.about!r}")
        for q in rec.quantities:
            subject = self.resolve_ref(q.about, ("program", "organization"))
            if subject:
                add(QUANTITY_PREDICATES.get(q.kind, "quantity"), subject, value=q.value, unit=q.unit, start=q.start,
                    end=q.end, unique=False, reason=f"{q.kind} about {q.about!r}")
        # Person - organisation role.
        for kind, kb_id, ent in self.placed:
            if kind != "person" or not (ent.role or ent.organization):
                continue
            org = self.resolve_ref(ent.organization, ("organization", "program"))
            first = min(ent.mentions, key=lambda m: m.start) if ent.mentions else None
            add("role", kb_id, org, object_name=None if org else ent.organization, role=ent.role,
                start=first.start if first else None, end=first.end if first else None,
                reason="Person.role/organization in the record")
        self.kb._insert(self.conn, T.relations, rels)

    def _near(self, a: Entity, b: Entity) -> tuple[int, int, int] | None:
        paragraphs = [(p.start, p.end) for p in self.rec.paragraphs]

        def para(pos):
            return next((i for i, (s, e) in enumerate(paragraphs) if s <= pos < e), None)

        best = None
        for ma in a.mentions:
            for mb in b.mentions:
                gap = max(mb.start - ma.end, ma.start - mb.end, 0)
                if gap > COOCCURRENCE_CHARS or (paragraphs and para(ma.start) != para(mb.start)):
                    continue
                if best is None or gap < best[2]:
                    best = (min(ma.start, mb.start), max(ma.end, mb.end), gap)
        return best


def most_common(values) -> Any:
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return None
    counts = Counter(vals)
    return sorted(counts, key=lambda v: (-counts[v], str(v)))[0]
