"""PostgreSQL-only behaviour: the KB really talks to a server, and other sessions never see half
an article. Skipped (with the reason) when MAROC_NLP_TEST_PG_URL is unset; .ci/run sets it."""

import os

import pytest
import sqlalchemy as sa

from maroc_entrepreneuriat_nlp.kb import KnowledgeBase
from maroc_entrepreneuriat_nlp.kb import schema as T

PG_URL = os.environ.get("MAROC_NLP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="MAROC_NLP_TEST_PG_URL is not set: no PostgreSQL server (.ci/run starts one)")


@pytest.fixture()
def pg_kb():
    kb = KnowledgeBase(PG_URL)
    kb.drop_all()
    yield kb
    kb.close()


def test_kb_runs_on_a_postgresql_server(pg_kb, make_ar):
    assert pg_kb.engine.dialect.name == "postgresql"
    with pg_kb.engine.connect() as conn:
        assert conn.execute(sa.text("select version()")).scalar_one().startswith("PostgreSQL")
    pg_kb.ingest(make_ar())
    assert "postgresql" in repr(pg_kb) and "maroc:***@" in repr(pg_kb)
    # JSON columns hold real JSON on the server.
    with pg_kb.engine.connect() as conn:
        kind = conn.execute(sa.text("select json_typeof(record) from articles")).scalar_one()
    assert kind == "object"


def test_other_sessions_never_see_half_an_article(pg_kb, make_ar, make_fr, monkeypatch):
    seen = []
    observer = KnowledgeBase(PG_URL, create=False)
    real_insert = KnowledgeBase._insert

    def watching(self, conn, table, rows):
        real_insert(self, conn, table, rows)
        if table is T.amounts:  # mid-article: look from another connection, then fail
            seen.append(observer.counts()["articles"])
            raise RuntimeError("crash after the amounts (injected)")

    pg_kb.ingest(make_ar())
    monkeypatch.setattr(KnowledgeBase, "_insert", watching)
    with pytest.raises(RuntimeError):
        pg_kb.ingest(make_fr())
    assert seen == [1]  # the French article was never visible
    assert pg_kb.counts()["articles"] == 1
    observer.close()
