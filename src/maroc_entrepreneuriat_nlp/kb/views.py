"""Read side of the KB: entity lists and entity profiles, computed from the stored rows.

Names are computed at read time (not stored on the entity) so that re-ingesting or deleting an
article can never leave a stale name behind: the French and Arabic names of a canonical entity
come from the lexicon when it has them, else they are the most frequent record name in that script.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from . import merge
from . import schema as T


def _most_common(values) -> Any:
    from .store import most_common

    return most_common(values)


def _names(entity_id: str, rows: list[dict]) -> tuple[str | None, str | None, list[str]]:
    """(name_fr, name_ar, aliases) from the entity's name rows."""
    entry = merge.lexicon().get(entity_id)
    preferred = {}
    if entry is not None:
        for name in (entry.name_fr, entry.name_ar):
            if name:
                preferred.setdefault(merge.script(name), name)
    for script in ("latn", "ar"):
        if script not in preferred:
            preferred[script] = _most_common(r["name"] for r in rows if r["script"] == script and not r["is_alias"]) \
                or _most_common(r["name"] for r in rows if r["script"] == script)
    chosen = {preferred["latn"], preferred["ar"]}
    aliases = sorted({r["name"] for r in rows} - chosen)
    return preferred["latn"], preferred["ar"], aliases


def entity_rows(conn, kind: str | None = None, ids: list[str] | None = None) -> list[dict]:
    q = sa.select(T.entities)
    if kind:
        q = q.where(T.entities.c.kind == kind)
    if ids is not None:
        q = q.where(T.entities.c.id.in_(ids))
    ents = [dict(r._mapping) for r in conn.execute(q.order_by(T.entities.c.id))]
    ids = [e["id"] for e in ents]
    names, links, mention_counts = defaultdict(list), defaultdict(list), defaultdict(int)
    if not ids:
        return []
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for r in conn.execute(sa.select(T.entity_names).where(T.entity_names.c.entity_id.in_(chunk))):
            names[r.entity_id].append(dict(r._mapping))
        q = (sa.select(T.article_entities, T.articles.c.publication_date)
             .join(T.articles, T.articles.c.doc_id == T.article_entities.c.article_id)
             .where(T.article_entities.c.entity_id.in_(chunk)))
        for r in conn.execute(q):
            links[r.entity_id].append(dict(r._mapping))
        q = (sa.select(T.mentions.c.entity_id, sa.func.count()).where(T.mentions.c.entity_id.in_(chunk))
             .group_by(T.mentions.c.entity_id))
        for entity_id, n in conn.execute(q):
            mention_counts[entity_id] = n
    out = []
    for e in ents:
        name_fr, name_ar, aliases = _names(e["id"], names[e["id"]])
        ls = links[e["id"]]
        dates = sorted(d for d in (l["publication_date"] for l in ls) if d)
        article_ids = sorted({l["article_id"] for l in ls})
        out.append({
            "id": e["id"], "kind": e["kind"], "canonical": bool(e["canonical"]),
            "name_fr": name_fr, "name_ar": name_ar, "aliases": aliases,
            "articles": len(article_ids), "mentions": mention_counts[e["id"]],
            "type": _most_common(l["type"] for l in ls),
            "role": _most_common(l["role"] for l in ls),
            "organization": _most_common(l["organization"] for l in ls),
            "level": _most_common(l["level"] for l in ls),
            "country": _most_common(l["country"] for l in ls),
            "parent": _most_common(l["parent"] for l in ls),
            "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "article_ids": article_ids,
        })
    return out


def entity_profile(conn, entity_id: str) -> dict[str, Any] | None:
    import pandas as pd

    rows = entity_rows_by_id(conn, entity_id)
    if rows is None:
        return None
    profile = dict(rows)
    arts = conn.execute(
        sa.select(T.articles.c.doc_id, T.articles.c.language, T.articles.c.publication_date, T.articles.c.title)
        .where(T.articles.c.doc_id.in_(rows["article_ids"])).order_by(T.articles.c.publication_date, T.articles.c.doc_id)
    ).all()
    profile["source_articles"] = pd.DataFrame([dict(r._mapping) for r in arts],
                                              columns=["doc_id", "language", "publication_date", "title"])
    profile["merges"] = pd.DataFrame(
        [dict(r._mapping) for r in conn.execute(
            sa.select(T.article_entities.c.article_id, T.article_entities.c.name, T.article_entities.c.merge_reason,
                      T.article_entities.c.merge_score).where(T.article_entities.c.entity_id == entity_id)
            .order_by(T.article_entities.c.article_id, T.article_entities.c.position))],
        columns=["article_id", "name", "merge_reason", "merge_score"])
    rels = [dict(r._mapping) for r in conn.execute(
        sa.select(T.relations).where(sa.or_(T.relations.c.subject_id == entity_id, T.relations.c.object_id == entity_id))
        .order_by(T.relations.c.date, T.relations.c.article_id, T.relations.c.row_id))]
    other_ids = {r["object_id"] if r["subject_id"] == entity_id else r["subject_id"] for r in rels} - {None}
    labels = {r["id"]: r["name_fr"] or r["name_ar"] or r["id"] for r in _rows_for_ids(conn, sorted(other_ids))}

    def related(predicates):
        out = []
        for r in rels:
            if r["predicate"] not in predicates:
                continue
            other = r["object_id"] if r["subject_id"] == entity_id else r["subject_id"]
            out.append({"id": other, "name": labels.get(other, r["object_name"]) if other else r["object_name"],
                        "predicate": r["predicate"], "role": r["role"], "date": r["date"], "article_id": r["article_id"],
                        "start": r["start"], "end": r["end"], "reason": r["reason"]})
        return pd.DataFrame(out, columns=["id", "name", "predicate", "role", "date", "article_id", "start", "end", "reason"])

    def values(predicates):
        out = [{"date": r["date"], "predicate": r["predicate"], "value": r["value"], "unit": r["unit"],
                "article_id": r["article_id"], "start": r["start"], "end": r["end"]}
               for r in rels if r["predicate"] in predicates and r["subject_id"] == entity_id]
        return pd.DataFrame(out, columns=["date", "predicate", "value", "unit", "article_id", "start", "end"])

    profile["partners"] = related({"partner"})
    profile["places"] = related({"place"})
    profile["roles"] = related({"role"})
    profile["amounts"] = values({"amount"})
    profile["targets"] = values({"target", "achievement", "capacity", "quantity"})
    return profile


def _rows_for_ids(conn, ids: list[str]) -> list[dict]:
    return entity_rows(conn, ids=ids) if ids else []


def entity_rows_by_id(conn, entity_id: str) -> dict | None:
    rows = entity_rows(conn, ids=[entity_id])
    return rows[0] if rows else None
