"""Publication date: caller metadata first, then the article's own date lines only (top or signature),
never a date from a body sentence; the `dates` stage then resolves relative expressions against it."""

import pytest

from maroc_entrepreneuriat_nlp.pipeline import DEFAULT_STAGES, Pipeline

BODY_FR = (
    "Le Centre régional d'investissement a organisé une rencontre d'information au profit des porteurs "
    "de projets de la province, en partenariat avec l'Agence nationale de promotion de l'emploi."
)
BODY_AR = (
    "نظم المركز الجهوي للاستثمار لقاء تواصليا لفائدة حاملي المشاريع بالإقليم، بشراكة مع الوكالة الوطنية "
    "لإنعاش التشغيل والكفاءات، من أجل التعريف بآليات التمويل المتاحة."
)


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(list(DEFAULT_STAGES) + ["publication_date", "dates"])


CASES = [
    # (text, caller metadata, expected publication date)
    ("date 2024-05 " + BODY_FR, None, "2024-05"),
    (" date 2023-02-14 " + BODY_FR, None, "2023-02-14"),
    ("date 2021-07 Titre de l'article\n\n08/07/2021\n\n" + BODY_FR, None, "2021-07-08"),
    ("date 2021-07 Titre\n\n08/06/2020\n\n" + BODY_FR, None, "2021-07"),
    ("Le 7 février 2023 à 18h33\n" + BODY_FR, None, "2023-02-07"),
    ("Titre de l'article\n\nmercredi, 23 mars, 2022 à 12:25\n\n" + BODY_FR, None, "2022-03-23"),
    ("Publié le 12/03/2021\n" + BODY_FR, None, "2021-03-12"),
    ("2021-04-13 10:22\n" + BODY_FR, None, "2021-04-13"),
    ("03 Juin 2015 À 17:08\n" + BODY_FR, None, "2015-06-03"),
    ("Rabat, 22 nov. 2022 (MAP) - " + BODY_FR, None, "2022-11-22"),
    ("Rabat, 22 nov. (MAP) - " + BODY_FR, None, None),
    ("الرباط - 22 نونبر 2026 (ومع) - " + BODY_AR, None, "2026-11-22"),
    ("الثلاثاء 3 فبراير 2026\n\n" + BODY_AR, None, "2026-02-03"),
    ("نشر في 14 يوليوز 2019\n" + BODY_AR, None, "2019-07-14"),
    # a byline whose date follows a "|" separator
    ("زاكورة: محمد أيت الطالب | الثلاثاء 12 نونبر 2024 - 10:45\n\n" + BODY_AR, None, "2024-11-12"),
    ("حاورتها: نادية المرابط | نشر في 3 أكتوبر 2024\n\n" + BODY_AR, None, "2024-10-03"),
    ("Par Nadia Berrada | Mis à jour le 14/10/2024 à 11h05\n\n" + BODY_FR, None, "2024-10-14"),
    # a date inside a body sentence is an event date, not the publication date
    ("L'Office a tenu son conseil d'administration, le mercredi 5 janvier 2022, à Rabat. " + BODY_FR, None, None),
    ("وقعت الوكالة يوم الخميس 15 أبريل 2021 بأكادير اتفاقية شراكة مع المركز الجهوي للاستثمار. " + BODY_AR, None, None),
    ("Bilan : 22.875 crédits accordés en 2021\n\n" + BODY_FR, None, None),
    (BODY_FR, None, None),
    ("date 2024-02-30 " + BODY_FR, None, None),
    # signature line at the end
    (BODY_FR + "\n" + BODY_FR + "\n" + BODY_FR + "\n" + BODY_FR + "\nCasablanca, le 2 mai 2020", None, "2020-05-02"),
    # caller metadata wins
    ("date 2024-05 " + BODY_FR, "2023-01-09", "2023-01-09"),
    (BODY_AR, "2022-10", "2022-10"),
]


@pytest.mark.parametrize("text,meta,expected", CASES, ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(CASES)])
def test_publication_date(pipe, text, meta, expected):
    assert pipe(text, publication_date=meta).publication_date == expected


def test_header_line_is_metadata_not_a_date_mention(pipe):
    rec = pipe("date 2021-04 " + BODY_FR + " La caravane a débuté en mars 2020.")
    assert [d.value for d in rec.dates] == ["2020-03"]


def test_relative_dates_resolve_against_the_text_date(pipe):
    text = "date 2023-02-07 Le ministre a présidé ce 6 février la cérémonie de lancement du plan. " + BODY_FR
    rec = pipe(text)
    assert rec.publication_date == "2023-02-07"
    assert [d.value for d in rec.dates] == ["2023-02-06"]


def test_relative_dates_resolve_against_caller_metadata(pipe):
    text = "وقعت الأطراف، اليوم الاثنين بأكادير، اتفاقية شراكة لتنزيل برنامج للمواكبة. " + BODY_AR
    rec = pipe(text, publication_date="2021-05-31")
    assert [d.value for d in rec.dates] == ["2021-05-31"]
    assert rec.dates[0].precision == "day"


def test_unresolvable_relative_day_is_kept_without_value(pipe):
    rec = pipe("La rencontre a été organisée vendredi à Fès. " + BODY_FR)
    assert [(d.text, d.value) for d in rec.dates] == [("vendredi", None)]


def test_date_mentions_point_at_the_original_text(pipe):
    text = "وقعت الاتفاقية يوم 12 شتنبر 2023 بأكادير، على أن تنطلق القافلة ابتداء من فاتح أكتوبر 2023."
    rec = pipe(text)
    assert [d.value for d in rec.dates] == ["2023-09-12", "2023-10-01"]
    for d in rec.dates:
        assert text[d.start : d.end] == d.text


def test_one_mention_per_value(pipe):
    text = "En 2022, 100 projets ont été financés. En 2022 également, 20 coopératives ont été créées. " + BODY_FR
    rec = pipe(text)
    assert [d.value for d in rec.dates] == ["2022"]


SHAPES = [
    # a byline with the date
    ("Par Nadia Alaoui | 3 mars 2023\n\n" + BODY_FR, "2023-03-03"),
    # a dateline without an agency tag
    ("Fès, le 14 octobre 2021 - " + BODY_FR, "2021-10-14"),
    ("COMMUNIQUÉ\n\nMeknès, 5 janvier 2024 - " + BODY_FR, "2024-01-05"),
    ("طنجة - 9 أبريل 2025 - " + BODY_AR, "2025-04-09"),
    # a closing credit line
    (BODY_FR + "\n" + BODY_FR + "\n" + BODY_FR + "\n" + BODY_FR + "\nPropos recueillis par Omar Benali, le 9 mai 2022", "2022-05-09"),
    # not a dateline: a body clause after the date
    ("Le 14 octobre 2021, la Chambre de commerce a réuni les porteurs de projets de la région. " + BODY_FR, None),
    ("L'association, créée le 2 juin 2019 à Fès, accompagne les jeunes. " + BODY_FR, None),
]


@pytest.mark.parametrize("text,expected", SHAPES, ids=[f"shape-{i}" for i in range(len(SHAPES))])
def test_byline_dateline_and_credit_shapes(pipe, text, expected):
    assert pipe(text).publication_date == expected


def test_opening_days_are_no_dates(pipe):
    doc = pipe.run(pipe.make_doc("Le numéro vert répond du lundi au vendredi, de 9h à 16h. " + BODY_FR))
    assert not any(d.text in ("lundi", "vendredi") for d in doc.dates)
