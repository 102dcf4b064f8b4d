"""SQLAlchemy Core tables of the knowledge base, derived from the pydantic records.

The records in `records.py` stay the single source of the schema: every value table gets one
column per model field (type from the annotation: str -> Text, float -> Float, Literal -> String,
lists -> JSON, `X | None` -> nullable), plus the bookkeeping columns the KB needs (article id,
position in the record, the KB entity it points to). Adding a field to a record model adds a
column here without touching this file.

Tables: articles, entities, entity_names (every name/alias seen, normalised, for merging),
article_entities (one row per record entity, with why it was merged into its KB entity),
mentions, amounts, quantities, dates, events, relations (with provenance span).
"""

from __future__ import annotations

import types
import typing
from typing import Literal, get_args, get_origin

import sqlalchemy as sa
from pydantic import BaseModel

from ..records import Amount, ArticleRecord, DateMention, Event, Location, Mention, Person, Quantity

metadata = sa.MetaData()


def _is_model_list(annotation) -> bool:
    return get_origin(annotation) is list and any(
        isinstance(a, type) and issubclass(a, BaseModel) for a in get_args(annotation)
    )


def _sql_type(annotation) -> tuple[sa.types.TypeEngine, bool]:
    """(column type, nullable) for a pydantic field annotation."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        inner, _ = _sql_type(args[0]) if len(args) == 1 else (sa.JSON(), True)
        return inner, True
    if origin is Literal:
        return sa.String(64), False
    if origin in (list, dict, tuple) or annotation in (list, dict):
        return sa.JSON(), False
    if annotation is bool:
        return sa.Boolean(), False
    if annotation is int:
        return sa.Integer(), False
    if annotation is float:
        return sa.Float(), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return sa.JSON(), True
    return sa.Text(), False


def model_columns(*models: type[BaseModel], exclude=(), rename: dict | None = None) -> list[sa.Column]:
    """One column per field of the models (union of their fields, first model wins on clashes).

    Fields holding lists of models (child tables) are left out; nothing else is lost. Columns from
    a second model (e.g. Person's role on an organisation row) are nullable."""
    rename = rename or {}
    cols: dict[str, sa.Column] = {}
    for i, model in enumerate(models):
        for name, field in model.model_fields.items():
            if name in exclude or _is_model_list(field.annotation):
                continue
            col_name = rename.get(name, name)
            if col_name in cols:
                continue
            col_type, nullable = _sql_type(field.annotation)
            cols[col_name] = sa.Column(col_name, col_type, nullable=nullable or i > 0 or not field.is_required())
    return list(cols.values())


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.doc_id"), nullable=False, index=True)


def _value_table(name: str, model: type[BaseModel], *extra: sa.Column) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        sa.Column("row_id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        *model_columns(model),
        *extra,
    )


articles = sa.Table(
    "articles",
    metadata,
    sa.Column("doc_id", sa.String(255), primary_key=True),
    *model_columns(ArticleRecord, exclude=("doc_id",)),
    # The whole record as ingested, so that the KB gives back exactly what it was given.
    sa.Column("record", sa.JSON, nullable=False),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String(255), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False, index=True),  # program/organization/person/place
    sa.Column("canonical", sa.Boolean, nullable=False),  # id comes from a record or the lexicon
)

entity_names = sa.Table(
    "entity_names",
    metadata,
    sa.Column("row_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("entity_id", sa.String(255), sa.ForeignKey("entities.id"), nullable=False, index=True),
    # NULL for names that come from the shipped lexicon/gazetteer rather than an article.
    sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.doc_id"), nullable=True, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("norm", sa.Text, nullable=False, index=True),
    sa.Column("script", sa.String(8), nullable=False),  # "ar" or "latn"
    sa.Column("is_alias", sa.Boolean, nullable=False),
)

article_entities = sa.Table(
    "article_entities",
    metadata,
    sa.Column("row_id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("entity_id", sa.String(255), sa.ForeignKey("entities.id"), nullable=False, index=True),
    sa.Column("category", sa.String(16), nullable=False),  # programs/organizations/persons/locations
    sa.Column("position", sa.Integer, nullable=False),
    *model_columns(Person, Location, exclude=("mentions",), rename={"id": "record_id", "kind": "type"}),
    sa.Column("merge_reason", sa.Text, nullable=False),
    sa.Column("merge_score", sa.Float, nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("row_id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("entity_id", sa.String(255), sa.ForeignKey("entities.id"), nullable=False, index=True),
    *model_columns(Mention),
)

_about = sa.Column("about_entity_id", sa.String(255), nullable=True, index=True)
amounts = _value_table("amounts", Amount, _about)
quantities = _value_table("quantities", Quantity, sa.Column("about_entity_id", sa.String(255), nullable=True, index=True))
dates = _value_table("dates", DateMention)
events = _value_table("events", Event)

relations = sa.Table(
    "relations",
    metadata,
    sa.Column("row_id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    # partner (programme-organisation), place (programme-place), amount / target / achievement /
    # capacity / quantity (programme-value), role (person-organisation)
    sa.Column("predicate", sa.String(32), nullable=False, index=True),
    sa.Column("subject_id", sa.String(255), nullable=False, index=True),
    sa.Column("object_id", sa.String(255), nullable=True, index=True),
    sa.Column("object_name", sa.Text, nullable=True),  # when the object is not a KB entity
    sa.Column("value", sa.Float, nullable=True),
    sa.Column("unit", sa.String(32), nullable=True),
    sa.Column("role", sa.Text, nullable=True),
    sa.Column("date", sa.String(32), nullable=True),
    sa.Column("start", sa.Integer, nullable=True),  # provenance span in the article
    sa.Column("end", sa.Integer, nullable=True),
    sa.Column("reason", sa.Text, nullable=False),
)

# Child tables of an article, in the order they are deleted (children before parents).
ARTICLE_TABLES = (relations, mentions, article_entities, entity_names, amounts, quantities, dates, events)
