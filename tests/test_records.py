import pytest
from pydantic import ValidationError

from maroc_entrepreneuriat_nlp.records import Amount, ArticleRecord, DateMention, Event, Location, Mention, json_schema


def test_schema_has_the_contract_fields():
    schema = json_schema()
    for key in ("schema_version", "doc_id", "language", "language_confidence", "publication_date", "title", "programs",
                "organizations", "persons", "locations", "amounts", "quantities", "dates", "events", "warnings"):
        assert key in schema["properties"]


@pytest.mark.parametrize(
    "factory",
    [
        lambda: Mention(text="abc", start=5, end=3),
        lambda: Mention(text="abc", start=0, end=5),
        lambda: Amount(text="5 DH", start=0, end=4, value=5, currency="dirham"),
        lambda: DateMention(text="mars", start=0, end=4, value="March 2020"),
        lambda: DateMention(text="x", start=0, end=1, value="2020-3"),
        lambda: Location(name="Agadir", country="Morocco"),
        lambda: Location(name="Agadir", level="town"),
        lambda: Event(type="party", text="x", start=0, end=1),
        lambda: ArticleRecord(doc_id="a", language="arabic", language_confidence=0.5),
        lambda: ArticleRecord(doc_id="a", language="ar", language_confidence=1.5),
        lambda: ArticleRecord(doc_id="a", language="ar", language_confidence=0.5, publication_date="2023"),
        lambda: ArticleRecord(doc_id="a", language="ar", language_confidence=0.5, unknown_field=1),
    ],
)
def test_invalid_values_are_rejected(factory):
    with pytest.raises(ValidationError):
        factory()


@pytest.mark.parametrize("value", ["2023", "2023-02", "2023-02-06", "2023/2026", "2015-05-22/2015-05-25", None])
def test_date_values_keep_their_precision(value):
    assert DateMention(text="x", start=0, end=1, value=value).value == value


def test_check_evidence_reports_mismatches():
    rec = ArticleRecord(doc_id="a", language="fr", language_confidence=0.9,
                        amounts=[Amount(text="500 MDH", start=0, end=7, value=5e8, currency="MAD")])
    assert rec.check_evidence("500 MDH pour le programme") == []
    assert rec.check_evidence("Le budget est de 500 MDH") != []
