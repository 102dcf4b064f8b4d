"""Knowledge base: cross-language merge, idempotent and transactional ingest, exports, CLI.

Every test that takes `kb` runs on SQLite and on PostgreSQL (see conftest.py)."""

import json
import subprocess
import sys

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from maroc_entrepreneuriat_nlp.cli import app
from maroc_entrepreneuriat_nlp.kb import KnowledgeBase
from maroc_entrepreneuriat_nlp.kb import schema as T
from maroc_entrepreneuriat_nlp.kb.export import FORMATS, export_items, read_export, write_export
from maroc_entrepreneuriat_nlp.records import Amount, ArticleRecord, Entity, Event, Mention, Person

runner = CliRunner()


def _ent(name, text, **kw):
    start = text.index(name)
    return Entity(name=name, mentions=[Mention(text=name, start=start, end=start + len(name))], **kw)


def test_one_programme_from_arabic_and_french_articles_is_one_entity(kb, make_ar, make_fr):
    kb.ingest([make_ar(), make_fr()])
    progs = kb.programs()
    assert list(progs["id"]) == ["prog:intelaka"]
    row = progs.iloc[0]
    assert row["articles"] == 2
    assert "Intelaka" in [row["name_fr"], *row["aliases"]]
    assert "انطلاقة" in [row["name_ar"], *row["aliases"]]
    profile = kb.entity("prog:intelaka")
    assert list(profile["source_articles"]["doc_id"]) == ["ar-intelaka-agadir", "fr-intelaka-agadir"]
    assert "same canonical id 'prog:intelaka'" in set(profile["merges"]["merge_reason"])
    # Amounts and targets over time, each with its article and span as provenance.
    assert list(profile["amounts"]["date"]) == ["2024-03-14", "2024-03-15"]
    assert set(profile["amounts"]["value"]) == {50_000_000}
    assert list(profile["targets"]["value"]) == [1200, 1200]
    assert set(profile["partners"]["id"]) == {"org:anapec"}
    assert {"together in an event of type agreement_signing"} <= set(profile["partners"]["reason"])
    assert len(profile["places"]) == 2 and set(profile["places"]["article_id"]) == {"ar-intelaka-agadir", "fr-intelaka-agadir"}
    # The organisation is one entity too, and both people's roles point at it (one by id, one by name).
    anapec = kb.entity("org:anapec")
    assert anapec["articles"] == 2
    assert len(anapec["roles"]) == 2
    assert set(anapec["roles"]["role"]) == {"المدير الجهوي", "directeur régional"}


def test_unlinked_names_merge_by_normalised_name_alias_and_token_set(kb):
    t1 = "Casablanca - La Banque Populaire et la Fondation Mohammed V pour la Solidarité ont présenté le bilan. M. Karim Benali a salué."
    t2 = "Rabat - La BANQUE POPULAIRE a annoncé avec la Fondation Mohamed V pour la Solidarite un appui. Benali Karim a expliqué."
    t3 = "Fès - La Banque Mondiale finance un projet."
    kb.ingest([
        ArticleRecord(doc_id="fr-1", language="fr", language_confidence=1,
                      organizations=[_ent("Banque Populaire", t1), _ent("Fondation Mohammed V pour la Solidarité", t1)],
                      persons=[Person(**_ent("Karim Benali", t1).model_dump())]),
        ArticleRecord(doc_id="fr-2", language="fr", language_confidence=1,
                      organizations=[_ent("BANQUE POPULAIRE", t2), _ent("Fondation Mohamed V pour la Solidarite", t2)],
                      persons=[Person(**_ent("Benali Karim", t2).model_dump())]),
        ArticleRecord(doc_id="fr-3", language="fr", language_confidence=1, organizations=[_ent("Banque Mondiale", t3)]),
    ])
    orgs = kb.organizations().set_index("id")
    assert len(orgs) == 3  # Banque Populaire, the foundation, Banque Mondiale (not merged with Populaire)
    assert orgs["articles"].sort_values().tolist() == [1, 2, 2]
    assert len(kb.persons()) == 1
    with kb.engine.connect() as conn:
        reasons = dict(conn.execute(sa.select(T.article_entities.c.name, T.article_entities.c.merge_reason)).all())
        scores = dict(conn.execute(sa.select(T.article_entities.c.name, T.article_entities.c.merge_score)).all())
    assert reasons["BANQUE POPULAIRE"].startswith("name 'BANQUE POPULAIRE' matches name 'Banque Populaire'")
    assert "close to" in reasons["Fondation Mohamed V pour la Solidarite"]
    assert 0.93 <= scores["Fondation Mohamed V pour la Solidarite"] < 1
    assert "matches name 'Karim Benali'" in reasons["Benali Karim"]
    assert reasons["Banque Mondiale"] == "no match: new entity"


def test_canonical_entity_absorbs_earlier_unlinked_one(kb, make_fr):
    text = "Oujda - Le programme Tadrroj a été présenté aux jeunes de la région de l'Oriental."
    kb.ingest(ArticleRecord(doc_id="fr-0", language="fr", language_confidence=1, programs=[_ent("Tadrroj", text)]))
    assert kb.programs()["id"].tolist()[0].startswith("kb:prog:")
    linked = ArticleRecord(doc_id="fr-9", language="fr", language_confidence=1,
                           programs=[_ent("Tadrroj", text, id="prog:tadrroj")])
    kb.ingest(linked)
    progs = kb.programs()
    assert progs["id"].tolist() == ["prog:tadrroj"] and progs["articles"].tolist() == [2]
    before = kb.counts()
    kb.ingest(linked)  # idempotent after an absorb too
    assert kb.counts() == before


def test_reingest_is_idempotent(kb, make_ar, make_fr):
    kb.ingest([make_ar(), make_fr()])
    before = kb.counts()
    assert before["articles"] == 2 and before["entities"] == 6
    kb.ingest([make_fr().model_dump(mode="json"), make_ar()])  # dicts work too
    assert kb.counts() == before
    # A changed article replaces its old rows.
    kb.ingest(make_fr(amounts=[]))
    after = kb.counts()
    assert after["amounts"] == before["amounts"] - 1
    assert [r.doc_id for r in kb.records()] == ["ar-intelaka-agadir", "fr-intelaka-agadir"]


def test_failure_mid_article_rolls_the_article_back(kb, make_ar, make_fr, monkeypatch):
    kb.ingest(make_ar())
    before = kb.counts()
    real_insert = KnowledgeBase._insert

    def failing(self, conn, table, rows):
        if table.name == "quantities":  # after articles, entities, mentions and amounts were written
            raise RuntimeError("disk full (injected)")
        return real_insert(self, conn, table, rows)

    monkeypatch.setattr(KnowledgeBase, "_insert", failing)
    with pytest.raises(RuntimeError, match="injected"):
        kb.ingest(make_fr())
    assert kb.counts() == before  # nothing of the French article
    with pytest.raises(RuntimeError):
        kb.ingest(make_ar(title="changed"))
    assert kb.counts() == before  # the old version of the Arabic article is intact
    assert next(kb.records()).title == make_ar().title
    monkeypatch.setattr(KnowledgeBase, "_insert", real_insert)
    kb.ingest(make_fr())
    assert kb.counts()["articles"] == 2


def test_records_round_trip(kb, make_ar, make_fr):
    recs = [make_ar(), make_fr()]
    kb.ingest(recs)
    assert list(kb.records()) == recs


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_round_trip(kb, make_ar, make_fr, tmp_path, fmt):
    kb.ingest([make_ar(), make_fr()])
    out = tmp_path / f"kb.{fmt}"
    n = write_export(kb, out, fmt)
    items = export_items(kb)
    assert n == len(items) == 6
    assert read_export(out, fmt) == items
    prog = next(i for i in items if i["id"] == "prog:intelaka")
    assert prog["article_ids"] == ["ar-intelaka-agadir", "fr-intelaka-agadir"]


def test_jsonld_uses_schema_org_types(kb, make_ar, make_fr, tmp_path):
    kb.ingest([make_ar(), make_fr()])
    write_export(kb, tmp_path / "kb.jsonld", "jsonld")
    doc = json.loads((tmp_path / "kb.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["@vocab"] == "https://schema.org/"
    types = {n["identifier"]: n["@type"] for n in doc["@graph"]}
    assert types["prog:intelaka"] == "GovernmentService"
    assert types["org:anapec"] == "GovernmentOrganization"
    assert {types[i] for i in types if i.startswith("kb:per:")} == {"Person"}
    assert {types[i] for i in types if i.startswith("kb:loc:")} == {"City"}
    names = next(n for n in doc["@graph"] if n["identifier"] == "prog:intelaka")["name"]
    assert {n["@language"] for n in names} == {"fr", "ar"}


def test_kb_cli_ingest_list_show_export(kb_url, make_ar, make_fr, tmp_path):
    KnowledgeBase(kb_url).drop_all()
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False)
                                 for r in (make_ar(), make_fr())) + "\n{not json\n", encoding="utf-8")
    res = runner.invoke(app, ["kb", "ingest", str(records), "--kb", kb_url])
    assert res.exit_code == 1  # the bad line is reported, the good ones are in
    assert "records.jsonl:3" in res.output
    res = runner.invoke(app, ["kb", "list", "programs", "--kb", kb_url, "--json"])
    assert res.exit_code == 0
    assert [json.loads(l)["id"] for l in res.output.splitlines()] == ["prog:intelaka"]
    res = runner.invoke(app, ["kb", "list", "persons", "--kb", kb_url])
    assert res.exit_code == 0 and "Karim Benali" in res.output
    res = runner.invoke(app, ["kb", "show", "prog:intelaka", "--kb", kb_url])
    assert res.exit_code == 0
    assert "partners" in res.output and "ar-intelaka-agadir" in res.output
    assert runner.invoke(app, ["kb", "show", "prog:nothing", "--kb", kb_url]).exit_code == 1
    out = tmp_path / "kb.jsonl"
    res = runner.invoke(app, ["kb", "export", "--kb", kb_url, "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0
    assert len(read_export(out, "jsonl")) == 6


def test_value_tables_have_a_column_per_record_field():
    for table, model in ((T.amounts, Amount), (T.events, Event), (T.articles, ArticleRecord)):
        simple = {n for n, f in model.model_fields.items() if not T._is_model_list(f.annotation)}
        assert simple <= set(table.c.keys())
    assert {"role", "organization", "level", "country", "parent"} <= set(T.article_entities.c.keys())


def test_core_import_stays_light():
    code = ("import sys, maroc_entrepreneuriat_nlp as m, maroc_entrepreneuriat_nlp.kb, maroc_entrepreneuriat_nlp.cli; "
            "m.extract('Rabat - L\\'ANAPEC a lancé le programme.'); "
            "print(sorted(x for x in ('sqlalchemy', 'pandas', 'pyarrow', 'psycopg') if x in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_places_merge_through_the_shipped_gazetteer(kb, make_ar, make_fr, monkeypatch):
    from maroc_entrepreneuriat_nlp.kb import merge

    monkeypatch.undo()  # the real lexicon and gazetteer, not the fixed test lexicon
    fr_hit, ar_hit = merge.lexicon_match("place", ["Agadir"], "city"), merge.lexicon_match("place", ["أكادير"], "city")
    if not fr_hit or not ar_hit or fr_hit[0] != ar_hit[0]:
        pytest.skip("the shipped gazetteer has no entry naming Agadir in both languages")
    kb.ingest([make_ar(), make_fr()])
    places = kb.places()
    assert places["id"].tolist() == [fr_hit[0]]
    row = places.iloc[0]
    assert row["articles"] == 2 and row["name_ar"] and row["name_fr"]
    reasons = set(kb.entity(fr_hit[0])["merges"]["merge_reason"])
    assert any("matches lexicon entry" in r for r in reasons)
