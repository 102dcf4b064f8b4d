"""The article record: the public JSON contract (schema_version "1").

These pydantic models are the single source of the schema: `maroc-nlp schema` prints their JSON
Schema, exports are `model_dump(mode="json")`, and the knowledge base derives its tables from them.
Offsets always index the original input string (`text[start:end] == mention.text`).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1"

LocationLevel = Literal["country", "region", "province", "city", "commune", "district"]
QuantityKind = Literal["target", "achievement", "capacity", "other"]
EventType = Literal[
    "agreement_signing",
    "program_launch",
    "forum_or_meeting",
    "caravan_or_tour",
    "funding_award",
    "training",
    "announcement",
    "other",
]

_DATE_POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
DATE_VALUE_RE = re.compile(rf"^{_DATE_POINT}(?:/{_DATE_POINT})?$")
PUBLICATION_DATE_RE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_LANG_RE = re.compile(r"^[a-z]{2}$|^other$|^und$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """Evidence: the original text and its character offsets in the original input."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) < start ({self.start})")
        if self.end - self.start != len(self.text):
            raise ValueError("len(text) must equal end - start")
        return self


class Mention(Span):
    """One occurrence of an entity in the text."""


class Entity(_Model):
    """One real-world programme or organisation per article, with all its mentions."""

    id: str | None = None
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    kind: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Person(Entity):
    role: str | None = None
    organization: str | None = None


class Location(Entity):
    level: LocationLevel | None = None
    country: str | None = None
    parent: str | None = None

    @field_validator("country")
    @classmethod
    def _iso2(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[A-Z]{2}", v):
            raise ValueError(f"country must be ISO 3166 alpha-2, got {v!r}")
        return v


class Amount(Span):
    value: float
    currency: str
    # Range bounds share one Amount each; `range_role` says which side this is.
    range_role: Literal["min", "max"] | None = None
    about: str | None = None  # id or name of the programme/organisation the sentence is about
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    @field_validator("currency")
    @classmethod
    def _iso4217(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"currency must be ISO 4217, got {v!r}")
        return v


class Quantity(Span):
    value: float
    unit: str
    kind: QuantityKind = "other"
    about: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class DateMention(Span):
    value: str | None = None
    # What the value is precise to; a year stays a year.
    precision: Literal["year", "month", "day", "range"] | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    @field_validator("value")
    @classmethod
    def _date_value(cls, v: str | None) -> str | None:
        if v is not None and not DATE_VALUE_RE.match(v):
            raise ValueError(f"date value must be YYYY, YYYY-MM, YYYY-MM-DD or A/B, got {v!r}")
        return v


class Event(Span):
    type: EventType
    date: str | None = None
    location: str | None = None
    participants: list[str] = Field(default_factory=list)
    programs: list[str] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        if v is not None and not DATE_VALUE_RE.match(v):
            raise ValueError(f"event date must be a DateMention value, got {v!r}")
        return v


class ParagraphLanguage(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    language: str
    confidence: float = Field(ge=0.0, le=1.0)


class ArticleRecord(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str
    language: str
    language_confidence: float = Field(ge=0.0, le=1.0)
    publication_date: str | None = None
    title: str | None = None
    url: str | None = None
    programs: list[Entity] = Field(default_factory=list)
    organizations: list[Entity] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    paragraphs: list[ParagraphLanguage] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @field_validator("language")
    @classmethod
    def _lang(cls, v: str) -> str:
        if not _LANG_RE.match(v):
            raise ValueError(f"language must be ISO 639-1, 'other' or 'und', got {v!r}")
        return v

    @field_validator("publication_date")
    @classmethod
    def _pub(cls, v: str | None) -> str | None:
        if v is not None and not PUBLICATION_DATE_RE.match(v):
            raise ValueError(f"publication_date must be YYYY-MM-DD or YYYY-MM, got {v!r}")
        return v

    def spans(self):
        """Every evidence span of the record (mentions and values), for offset checks."""
        for group in (self.programs, self.organizations, self.persons, self.locations):
            for ent in group:
                yield from ent.mentions
        for group in (self.amounts, self.quantities, self.dates, self.events):
            yield from group

    def check_evidence(self, text: str) -> list[str]:
        """Problems where a span's offsets do not reproduce its text in `text` (empty when sound)."""
        problems = []
        for sp in self.spans():
            if sp.end > len(text) or text[sp.start : sp.end] != sp.text:
                problems.append(f"span {sp.start}:{sp.end} {sp.text!r} does not match the source")
        return problems


def json_schema() -> dict:
    return ArticleRecord.model_json_schema()
