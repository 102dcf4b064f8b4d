import pytest

from maroc_entrepreneuriat_nlp import ArticleRecord, InputError, Pipeline, extract, extract_many
from maroc_entrepreneuriat_nlp.pipeline import stable_doc_id

FR = (
    "Rabat - Le ministre de l'Inclusion économique a lancé, ce lundi à Rabat, la deuxième édition du programme "
    "Forsa, qui ambitionne d'accompagner 10.000 porteurs de projets d'ici 2026.\n"
    "Partager\nLaisser un commentaire\nVotre adresse e-mail ne sera pas publiée.\n"
)


def test_extract_returns_a_complete_validated_record():
    rec = extract(FR, doc_id="fr-demo", title="Forsa 2", publication_date="2024-03-11")
    assert isinstance(rec, ArticleRecord)
    assert rec.schema_version == "1"
    assert rec.doc_id == "fr-demo" and rec.title == "Forsa 2"
    assert rec.language == "fr" and rec.language_confidence > 0.5
    assert rec.publication_date == "2024-03-11"
    for sp in rec.spans():
        assert FR[sp.start : sp.end] == sp.text
    assert rec.check_evidence(FR) == []
    # Chrome is not part of any paragraph.
    assert all("commentaire" not in FR[p.start : p.end] for p in rec.paragraphs)


def test_doc_id_defaults_to_a_stable_hash():
    assert extract(FR).doc_id == extract(FR).doc_id == stable_doc_id(FR)
    assert extract(FR + " ").doc_id != extract(FR).doc_id


def test_bytes_input_is_decoded_and_offsets_index_the_decoded_text():
    rec = extract(FR.encode("cp1252"), doc_id="b")
    assert rec.language == "fr"
    assert any("cp1252" in w for w in rec.warnings)


def test_binary_input_raises_input_error():
    with pytest.raises(InputError):
        extract(b"\x00\x00\x01\x02")


def test_empty_text_gives_an_empty_record_not_an_error():
    rec = extract("")
    assert rec.language == "other" and rec.programs == [] and rec.paragraphs == []
    assert any("not supported" in w for w in rec.warnings)


def test_unsupported_language_is_flagged_in_warnings():
    rec = extract("Das Programm unterstützt junge Unternehmer in der Region und wird von der Agentur finanziert.")
    assert rec.language == "other"
    assert rec.warnings


def test_bad_publication_date_metadata_is_warned_not_fatal():
    rec = extract(FR, publication_date="last monday")
    assert rec.publication_date is None or rec.publication_date.startswith("20")
    assert any("publication_date" in w for w in rec.warnings)


def test_caller_language_wins_with_a_warning_when_the_text_disagrees():
    rec = extract(FR, language="ar")
    assert rec.language == "ar"
    assert any("caller said language" in w for w in rec.warnings)


def test_extract_many_streams_in_order_and_reports_bad_items_as_records():
    items = [
        {"text": FR, "doc_id": "a"},
        "نص عربي قصير عن برنامج انطلاقة.",
        {"doc_id": "no-text"},
        {"text": b"\x00\x01\x02\x03", "id": "bin"},
        {"text": FR, "id": "c", "date": "2023-02-07"},
    ]
    recs = list(extract_many(items))
    assert [r.doc_id for r in recs][:1] == ["a"]
    assert recs[1].language == "ar"
    assert recs[2].doc_id == "no-text" and recs[2].warnings[0].startswith("not processed")
    assert recs[3].doc_id == "bin" and "binary" in recs[3].warnings[0]
    assert recs[4].doc_id == "c" and recs[4].publication_date == "2023-02-07"


def test_two_processes_give_the_same_records_in_the_same_order():
    items = [{"text": FR.replace("10.000", str(1000 + i)), "doc_id": f"d{i}"} for i in range(12)]
    one = [r.model_dump() for r in Pipeline().pipe(items)]
    two = [r.model_dump() for r in Pipeline().pipe(items, n_process=2, batch_size=2)]
    assert one == two


def test_a_failing_stage_becomes_a_warning(monkeypatch):
    from maroc_entrepreneuriat_nlp import pipeline as pl

    def broken(doc):
        raise RuntimeError("boom")

    monkeypatch.setitem(pl.STAGES, "broken", "tests_broken_stage:broken")
    import sys, types

    mod = types.ModuleType("tests_broken_stage")
    mod.broken = broken
    monkeypatch.setitem(sys.modules, "tests_broken_stage", mod)
    p = Pipeline(list(pl.DEFAULT_STAGES) + ["broken"])
    rec = p(FR)
    assert any("broken" in w and "boom" in w for w in rec.warnings)


def test_unknown_stage_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(["clean", "nope"])


def test_huge_input_is_processed_with_a_warning(monkeypatch):
    from maroc_entrepreneuriat_nlp import pipeline as pl

    monkeypatch.setattr(pl, "MAX_CHARS", 500)
    rec = Pipeline()(FR * 10)
    assert any("first 500" in w for w in rec.warnings)
    assert rec.check_evidence(FR * 10) == []
