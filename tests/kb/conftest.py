"""KB fixtures: every KB test runs on an SQLite file and on a real PostgreSQL server.

PostgreSQL comes from MAROC_NLP_TEST_PG_URL (set by .ci/run, which starts a throwaway server);
without it the PostgreSQL variants are skipped with that reason.
"""

import os

import pytest

from maroc_entrepreneuriat_nlp.records import ArticleRecord, Amount, Entity, Event, Location, Mention, Person, Quantity

PG_URL = os.environ.get("MAROC_NLP_TEST_PG_URL")


def _mention(text: str, needle: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(text=needle, start=start, end=start + len(needle))


@pytest.fixture(autouse=True)
def test_lexicon(monkeypatch):
    """A fixed lexicon for KB tests, so that they do not change as the shipped lexicon and
    gazetteer grow (test_places_merge_through_the_shipped_gazetteer uses the shipped ones)."""
    from maroc_entrepreneuriat_nlp.kb import merge

    entries = {"org:anapec": merge.LexiconEntry(
        id="org:anapec", kind="organization", name_fr="Agence nationale de promotion de l'emploi et des compétences",
        name_ar="الوكالة الوطنية لإنعاش التشغيل والكفاءات", aliases=("ANAPEC", "أنابيك"))}
    monkeypatch.setattr(merge, "lexicon", lambda: entries)
    monkeypatch.setattr(merge, "_lexicon_index", lambda: merge.build_index(entries))
    return entries


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "kb.sqlite")
    if not PG_URL:
        pytest.skip("MAROC_NLP_TEST_PG_URL is not set: no PostgreSQL server to test against (.ci/run starts one)")
    return PG_URL


@pytest.fixture()
def kb(kb_url):
    from maroc_entrepreneuriat_nlp.kb import KnowledgeBase

    base = KnowledgeBase(kb_url)
    base.drop_all()  # a shared PostgreSQL database starts each test empty
    yield base
    base.close()


# Two small MAP-style articles about the same programme, one Arabic, one French (our own text).
AR_TEXT = (
    "أكادير - وقعت الوكالة الوطنية لإنعاش التشغيل والكفاءات وجهة سوس ماسة، يوم الخميس بأكادير، اتفاقية "
    "شراكة لتنزيل برنامج انطلاقة لفائدة حاملي المشاريع الشباب، بغلاف مالي قدره 50 مليون درهم.\n"
    "وأوضح السيد كريم بنعلي، المدير الجهوي للوكالة، أن البرنامج يستهدف مواكبة 1200 مقاولة صغيرة في أفق سنة 2025."
)
FR_TEXT = (
    "Agadir - L'ANAPEC et la Région Souss-Massa ont signé jeudi à Agadir une convention pour le déploiement "
    "du programme Intelaka au profit des jeunes porteurs de projets, avec une enveloppe de 50 millions de dirhams.\n"
    "Selon M. Karim Benali, directeur régional de l'ANAPEC, le programme vise l'accompagnement de 1.200 TPE d'ici 2025."
)


def ar_record(**overrides) -> ArticleRecord:
    t = AR_TEXT
    data = dict(
        doc_id="ar-intelaka-agadir",
        language="ar",
        language_confidence=0.99,
        publication_date="2024-03-14",
        title="اتفاقية لتنزيل برنامج انطلاقة بسوس ماسة",
        programs=[Entity(id="prog:intelaka", name="انطلاقة", aliases=["برنامج انطلاقة"],
                         mentions=[_mention(t, "برنامج انطلاقة")])],
        organizations=[Entity(id="org:anapec", name="الوكالة الوطنية لإنعاش التشغيل والكفاءات",
                              mentions=[_mention(t, "الوكالة الوطنية لإنعاش التشغيل والكفاءات")], kind="public_agency")],
        persons=[Person(name="كريم بنعلي", role="المدير الجهوي", organization="org:anapec",
                        mentions=[_mention(t, "كريم بنعلي")])],
        locations=[Location(name="أكادير", level="city", country="MA", mentions=[_mention(t, "أكادير")])],
        amounts=[Amount(text="50 مليون درهم", start=t.index("50 مليون درهم"), end=t.index("50 مليون درهم") + 13,
                        value=50_000_000, currency="MAD", about="prog:intelaka")],
        quantities=[Quantity(text="1200 مقاولة", start=t.index("1200 مقاولة"), end=t.index("1200 مقاولة") + 11,
                             value=1200, unit="enterprise", kind="target", about="prog:intelaka")],
        events=[Event(type="agreement_signing", date="2024-03-14", location="أكادير",
                      participants=["org:anapec"], programs=["prog:intelaka"],
                      text=t[: t.index("\n")], start=0, end=t.index("\n"))],
    )
    data.update(overrides)
    return ArticleRecord(**data)


def fr_record(**overrides) -> ArticleRecord:
    t = FR_TEXT
    data = dict(
        doc_id="fr-intelaka-agadir",
        language="fr",
        language_confidence=0.98,
        publication_date="2024-03-15",
        programs=[Entity(id="prog:intelaka", name="Intelaka", aliases=["programme Intelaka"],
                         mentions=[_mention(t, "programme Intelaka")])],
        organizations=[Entity(id="org:anapec", name="ANAPEC", mentions=[_mention(t, "ANAPEC"), _mention(t, "ANAPEC", 1)])],
        persons=[Person(name="Karim Benali", role="directeur régional", organization="ANAPEC",
                        mentions=[_mention(t, "Karim Benali")])],
        locations=[Location(name="Agadir", level="city", country="MA", mentions=[_mention(t, "Agadir")])],
        amounts=[Amount(text="50 millions de dirhams", start=t.index("50 millions"), end=t.index("50 millions") + 22,
                        value=50_000_000, currency="MAD", about="Intelaka")],
        quantities=[Quantity(text="1.200 TPE", start=t.index("1.200 TPE"), end=t.index("1.200 TPE") + 9,
                             value=1200, unit="enterprise", kind="target", about="programme Intelaka")],
    )
    data.update(overrides)
    return ArticleRecord(**data)


@pytest.fixture()
def make_ar():
    """Factory of the Arabic test record (keyword overrides)."""
    return ar_record


@pytest.fixture()
def make_fr():
    """Factory of the French test record (keyword overrides)."""
    return fr_record
