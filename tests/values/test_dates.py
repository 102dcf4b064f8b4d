"""Date expressions: finding (values.dates.find_dates) and resolving against a publication date.

Each case: (text, publication date or None, expected values in text order; None = a date
expression kept without a value). The dateparser cases at the end pin the library's measured gaps
(so an upgrade that changes them is noticed) and check our parser against it where it is right.
"""

import datetime as dt

import pytest

from maroc_entrepreneuriat_nlp.normalize import normalize_text
from maroc_entrepreneuriat_nlp.values.dates import find_dates, precision_of, resolve


def values(text, pub=None):
    return [resolve(e, pub) for e in find_dates(normalize_text(text))]


def spans(text):
    return [text[e.start : e.end] for e in find_dates(normalize_text(text))]


CASES = [
    # --- French: full dates, months, years --------------------------------------------------------
    ("La convention a été signée le 12 septembre 2023 à Agadir.", None, ["2023-09-12"]),
    ("Le forum s'est tenu le jeudi 14 mars 2024 à Oujda.", None, ["2024-03-14"]),
    ("Réunion prévue le 1er avril 2022 au siège de la région.", None, ["2022-04-01"]),
    ("Ouverture le premier juin 2021 des inscriptions.", None, ["2021-06-01"]),
    ("Le programme a démarré en mars 2020, avant la pandémie.", None, ["2020-03"]),
    ("Le dispositif est en vigueur depuis janvier 2019.", None, ["2019-01"]),
    ("Les candidatures restent ouvertes jusqu'à fin juillet 2023.", None, ["2023-07"]),
    ("Le bilan arrêté à la mi-octobre 2017 est positif.", None, ["2017-10"]),
    ("Le rapport couvre la période de sept. 2021 à déc. 2022.", None, ["2021-09/2022-12"]),
    ("Le salon a eu lieu le 3 févr. 2020 à Tanger.", None, ["2020-02-03"]),
    ("Lancée en 2018, l'initiative a été prolongée.", None, ["2018"]),
    ("L'agence vise 5.000 emplois d'ici 2026.", None, ["2026"]),
    ("Un objectif fixé à l'horizon 2030 par le ministère.", None, ["2030"]),
    ("Les réalisations de l'exercice 2021 ont été présentées.", None, ["2021"]),
    ("Une hausse de 12% par rapport à 2020.", None, ["2020"]),
    ("Le bilan de 2021 ainsi que le plan d'action 2022 ont été adoptés.", None, ["2021", "2022"]),
    ("Les actions menées au titre de l'année 2019 ont concerné 300 jeunes.", None, ["2019"]),
    ("Le projet de loi de finances 2024 prévoit une enveloppe dédiée.", None, ["2024"]),
    # --- French: ranges --------------------------------------------------------------------------
    ("Le plan accompagnera 100.000 porteurs de projets entre 2023 et 2026.", None, ["2023/2026"]),
    ("Les ateliers se tiendront du 22 au 25 mai 2015 à Fès.", None, ["2015-05-22/2015-05-25"]),
    ("Les candidatures seront reçues du 15 mai au 30 juin sur la plateforme.", "2025-05-06", ["2025-05-15/2025-06-30"]),
    ("تستقبل الترشيحات من 15 ماي إلى 30 يونيو عبر المنصة.", "2025-05-06", ["2025-05-15/2025-06-30"]),
    ("La troisième phase de l'INDH (2019-2023) cible les jeunes.", None, ["2019/2023"]),
    ("Le programme a été déployé de 2014 à octobre 2017 dans douze régions.", None, ["2014/2017-10"]),
    ("Le dispositif a fonctionné de juillet 2015 à mars 2016.", None, ["2015-07/2016-03"]),
    ("Des chantiers temporaires durant les années 2022 et 2023.", None, ["2022/2023"]),
    ("La feuille de route 2024-2030 a été validée.", None, ["2024/2030"]),
    ("La caravane sillonnera la région du 6 au 31 juillet courant.", "2021-07-08", ["2021-07-06/2021-07-31"]),
    ("Au cours du premier semestre 2024, les garanties ont progressé.", None, ["2024-01/2024-06"]),
    ("Des dossiers déposés en 2019 et 2021 ont été réexaminés.", None, ["2019", "2021"]),
    # --- French: relative, resolved against the publication date ---------------------------------
    ("Le ministre a présidé ce 6 février la cérémonie de lancement.", "2023-02-07", ["2023-02-06"]),
    ("Le comité s'est réuni mardi au siège de la province.", "2022-03-23", ["2022-03-22"]),
    ("Le comité s'est réuni mardi au siège de la province.", None, [None]),
    ("Le comité s'est réuni mardi au siège de la province.", "2022-03", [None]),
    ("Lancé en janvier dernier, le programme compte 80.000 bénéficiaires.", "2022-10", ["2022-01"]),
    ("Le délégué a dressé le bilan ce mardi 3 mars au centre de conférences.", "2020-03", ["2020-03-03"]),
    ("Le séminaire a eu lieu le 29 mai à Tahannaout.", "2015-06-03", ["2015-05-29"]),
    ("Le séminaire a eu lieu le 29 décembre à Ifrane.", "2016-01-04", ["2015-12-29"]),
    ("Les inscriptions ouvrent le 10 juin.", "2024-06-05", ["2024-06-10"]),
    ("La caravane se rendra dès demain à Rissani.", "2021-04-12", ["2021-04-13"]),
    ("La caravane se rendra dès demain à Rissani.", None, [None]),
    ("Les chiffres publiés hier confirment la tendance.", "2024-01-10", ["2024-01-09"]),
    ("Le nombre de crédits a doublé le mois dernier.", "2023-01-15", ["2022-12"]),
    ("Un nouvel appel à projets sera lancé l'année prochaine.", "2023-05", ["2024"]),
    ("Les réalisations de l'année en cours dépassent les prévisions.", "2023-09-01", ["2023"]),
    # --- Arabic: Moroccan, Levantine and Maghreb month names, فاتح --------------------------------
    ("انطلقت القافلة ابتداء من فاتح يونيو 2021 من إقليم طاطا.", None, ["2021-06-01"]),
    ("وقعت الاتفاقية يوم 12 شتنبر 2023 بمدينة أكادير.", None, ["2023-09-12"]),
    ("نظم اللقاء يوم الخميس 15 أبريل 2021 بجماعة تافوغالت.", None, ["2021-04-15"]),
    ("عقد المجلس دورته في 3 غشت 2022 بمقر الجهة.", None, ["2022-08-03"]),
    ("تم الإعلان عن النتائج في 20 يوليوز 2019.", None, ["2019-07-20"]),
    ("افتتح المعرض في 5 نونبر 2018 بالرباط.", None, ["2018-11-05"]),
    ("صدر القرار في 30 دجنبر 2020.", None, ["2020-12-30"]),
    ("انعقد المؤتمر في 14 ماي 2017 بمراكش.", None, ["2017-05-14"]),
    ("وقع الطرفان المذكرة في 7 أيار 2019 في عمان.", None, ["2019-05-07"]),
    ("نظمت الندوة في 2 تشرين الأول 2016 ببيروت.", None, ["2016-10-02"]),
    ("عقد الاجتماع في 11 كانون الثاني 2015.", None, ["2015-01-11"]),
    ("انطلق البرنامج في 9 جويلية 2022 بتونس.", None, ["2022-07-09"]),
    ("يُنظّم الصالون في 18 أفريل 2023 بالجزائر.", None, ["2023-04-18"]),
    ("أطلق البرنامج في فبراير 2020 بتعليمات ملكية.", None, ["2020-02"]),
    ("تم تسجيل هذه النتائج خلال شهر مارس 2021.", None, ["2021-03"]),
    ("ويتوخى البرنامج مواكبة 500 حامل مشروع في أفق سنة 2021.", None, ["2021"]),
    ("بلغت حصيلة المبادرة برسم سنة 2019 ما مجموعه 49 مشروعا.", None, ["2019"]),
    ("ارتفع عدد المستفيدين مقارنة بسنة 2012.", None, ["2012"]),
    ("ستتم بلورة برنامج مشترك لسنة 2017.", None, ["2017"]),
    ("تم إحداث 600 مقاولة في حدود 2024.", None, ["2024"]),
    ("استفاد 560 طفلا من عملية التخييم صيف 2014.", None, ["2014"]),
    ("أعلن عنها خلال عامي 2008 و2010، حسب الوزارة.", None, ["2008", "2010"]),
    # --- Arabic: ranges --------------------------------------------------------------------------
    ("يطمح المخطط لمواكبة 100 ألف حامل مشروع بين سنتي 2023 و2026.", None, ["2023/2026"]),
    ("تنظم الأيام الإعلامية من 10 إلى 12 أبريل 2022 بوجدة.", None, ["2022-04-10/2022-04-12"]),
    ("أطلق البرنامج خلال المرحلة الثالثة 2019-2023 للمبادرة.", None, ["2019/2023"]),
    ("يضع المجلس برنامج عمل خلال الفترة ما بين 2022-2024.", None, ["2022/2024"]),
    ("ستحدث 80 مقاولة سنويا من 2022 إلى 2024 بالإقليم.", None, ["2022/2024"]),
    ("عبأت المؤسسة 21 مليار درهم خلال النصف الأول من سنة 2024.", None, ["2024-01/2024-06"]),
    ("نظمت اللقاءات في الفترة من 21 يناير الماضي إلى 02 فبراير الجاري.", "2026-02-03", ["2026-01-21/2026-02-02"]),
    # --- Arabic: relative --------------------------------------------------------------------------
    ("وقعت الأطراف، اليوم الاثنين بأكادير، اتفاقية شراكة.", "2023-02-06", ["2023-02-06"]),
    ("وقعت الأطراف، اليوم الاثنين بأكادير، اتفاقية شراكة.", None, [None]),
    ("تم أمس الثلاثاء بآسفي التوقيع على اتفاقيات الشراكة.", "2016-03-09", ["2016-03-08"]),
    ("قالت المديرة العامة، يوم أمس الجمعة، إن المكتب سيساهم في البرنامج.", "2022-02-26", ["2022-02-25"]),
    ("عقدت الوكالة ندوة صحافية الأربعاء بمقرها.", "2021-04-16", ["2021-04-14"]),
    ("ارتفع عدد المقاولات الشهر الماضي بنسبة 5 في المائة.", "2023-02-07", ["2023-01"]),
    ("سجلت الوكالة إلى حدود نهاية مارس المنصرم 123 ألف طلب.", "2021-05-10", ["2021-03"]),
    ("سجلت الوكالة إلى حدود نهاية مارس المنصرم 123 ألف طلب.", None, [None]),
    ("ستفتح المنصة أبوابها في السنة المقبلة.", "2024-11-02", ["2025"]),
    # --- not dates ---------------------------------------------------------------------------------
    ("Le programme a créé plus de 2000 emplois dans la région.", None, []),
    ("Les lauréats ont entre 18 et 24 ans.", None, []),
    ("يستهدف البرنامج الشباب بين 18 و40 سنة.", None, []),
    ("استفاد 2020 شابا من البرنامج.", None, []),
    ("في إطار القانون التنظيمي رقم 111-14 للجهات.", None, []),
    ("Le nombre de crédits a atteint 22.875 pour 3,8 MMDH.", None, []),
    ("La pandémie de Covid-19 a freiné les projets.", None, []),
    ("Le rendez-vous est fixé à 17:08 précises.", None, []),
    ("Il a passé 30 ans à l'ANAPEC.", None, []),
    # a range of months after "entre/de/بين/من"
    ("Le programme a accompagné 1.350 entreprises entre janvier et septembre 2024.", None, ["2024-01/2024-09"]),
    ("واستفاد 900 شاب من التكوين من يناير إلى شتنبر 2024.", None, ["2024-01/2024-09"]),
    ("وتم تمويل المشاريع بين مارس ويونيو 2023.", None, ["2023-03/2023-06"]),
]


@pytest.mark.parametrize("text,pub,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_date_values(text, pub, expected):
    assert values(text, pub) == expected


SPANS = [
    ("Lors d'un point de presse tenu ce jeudi 6 octobre 2022 à Rabat.", ["ce jeudi 6 octobre 2022"]),
    ("ويتوخى البرنامج مواكبة 500 حامل مشروع في أفق سنة 2021.", ["في أفق سنة 2021"]),
    ("أمضى الطرفان الاتفاق بين سنتي 2023 و2026.", ["بين سنتي 2023 و2026"]),
    ("L'initiative « Ilayki » fonctionne depuis 2013.", ["depuis 2013"]),
    ("mercredi, 23 mars, 2022 à 12:25", ["mercredi, 23 mars, 2022"]),
]


@pytest.mark.parametrize("text,expected", SPANS, ids=[s[0][:40] for s in SPANS])
def test_date_spans_cover_the_expression(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "value,precision",
    [("2021", "year"), ("2021-03", "month"), ("2021-03-04", "day"), ("2019/2023", "range"), (None, None)],
)
def test_precision_follows_the_value(value, precision):
    assert precision_of(value) == precision


def test_a_year_never_gains_a_month_or_a_day():
    for text in ("Créée en 2018, l'agence a grandi.", "تأسست الجمعية سنة 2018."):
        assert values(text, "2023-02-07") == ["2018"]


# --- dateparser: the measured gaps (regression) and agreement where it is right -------------------

dateparser = pytest.importorskip("dateparser")
from dateparser.search import search_dates  # noqa: E402


def test_dateparser_search_dates_invents_day_and_month_for_moroccan_months():
    found = search_dates("وقعت الاتفاقية يوم 12 شتنبر 2023 بأكادير", languages=["ar"])
    assert found is not None
    today = dt.date.today()
    (_, when), *_ = found
    assert when.year == 2023 and (when.month, when.day) == (today.month, today.day)
    assert values("وقعت الاتفاقية يوم 12 شتنبر 2023 بأكادير") == ["2023-09-12"]


def test_dateparser_does_not_know_fatih_as_the_first():
    assert dateparser.parse("فاتح يونيو 2021", locales=["ar-MA"]) is None
    found = search_dates("ابتداء من فاتح يونيو 2021", languages=["ar"]) or []
    assert found and not any("فاتح" in s for s, _ in found)  # only "يونيو 2021", with today's day
    assert values("ابتداء من فاتح يونيو 2021") == ["2021-06-01"]


def test_dateparser_languages_rejects_the_moroccan_locale():
    with pytest.raises(ValueError):
        dateparser.parse("12 شتنبر 2023", languages=["ar-MA"])


def test_dateparser_splits_a_french_year_range_into_two_points():
    found = search_dates("Le plan couvre la période entre 2023 et 2026.", languages=["fr"]) or []
    assert len(found) == 2
    assert values("Le plan couvre la période entre 2023 et 2026.") == ["2023/2026"]


def test_dateparser_reads_a_bare_weekday_as_a_date():
    found = search_dates("La rencontre a été organisée vendredi à Fès.", languages=["fr"]) or []
    assert any("vendredi" in s for s, _ in found)
    # we keep it, without value, when the publication date does not give the day
    assert values("La rencontre a été organisée vendredi à Fès.") == [None]


@pytest.mark.parametrize(
    "text,locales",
    [
        ("12 شتنبر 2023", ["ar-MA"]),
        ("3 غشت 2022", ["ar-MA"]),
        ("20 يوليوز 2019", ["ar-MA"]),
        ("5 نونبر 2018", ["ar-MA"]),
        ("30 دجنبر 2020", ["ar-MA"]),
        ("14 mars 2024", ["fr"]),
        ("3 février 2020", ["fr"]),
        ("25 août 2015", ["fr"]),
    ],
)
def test_day_month_year_agrees_with_dateparser_parse(text, locales):
    expected = dateparser.parse(text, locales=locales).date().isoformat()
    assert values(text) == [expected]


# --- generalised forms: end of a year, cued bare months, nearest occurrence, "du X au Y" -----------
GENERAL = [
    ("Le réseau comptera 40 antennes d'ici fin 2025.", None, ["2025-12"]),
    ("Les travaux seront achevés à la fin de l'année 2024.", None, ["2024-12"]),
    ("ينتظر أن تنتهي الأشغال في نهاية سنة 2026.", None, ["2026-12"]),
    ("سيتم تعميم التجربة مطلع 2025 على باقي الجهات.", None, ["2025"]),  # the start of a year stays a year
    ("La deuxième vague sera lancée à la fin de l'année prochaine.", "2023-03-10", ["2024-12"]),
    ("Les dossiers pourront être déposés dès le mois de juillet.", "2022-05", ["2022-07"]),
    ("La plateforme ouvrira en octobre, selon l'agence.", "2024-04-15", ["2024-10"]),
    ("Les résultats seront annoncés courant septembre.", "2023-08-02", ["2023-09"]),
    ("Le taux d'exécution atteignait 60% à fin décembre.", "2024-01-20", ["2023-12"]),
    ("ستنطلق العملية خلال شهر يونيو بجميع الأقاليم.", "2021-05-03", ["2021-06"]),
    ("Le Mars Club a accueilli les jeunes.", "2021-05-03", []),  # a bare month name is no date
    ("Le nouveau barème entrera en vigueur le 3 août.", "2022-07-12", ["2022-08-03"]),
    ("La rencontre a eu lieu le 28 décembre.", "2024-01-08", ["2023-12-28"]),
    ("Les inscriptions sont ouvertes du 10 mars au 30 avril 2025.", None, ["2025-03-10/2025-04-30"]),
    # "depuis"/"منذ" put a month without a year in the past, however far back it is
    ("Une vingtaine d'entreprises en ont bénéficié depuis janvier.", "2024-09-16", ["2024-01"]),
    ("استفادت عشرون مقاولة من البرنامج منذ يناير.", "2024-09-16", ["2024-01"]),
    ("Le forum aura lieu en janvier.", "2024-09-16", ["2025-01"]),  # no cue: the nearest January
    # Moroccan quarters ("الفصل"); two periods compared are two values, not one range
    ("انتقل المعدل ما بين الفصل الثاني من 2023 والفصل الثاني من 2024.", None, ["2023-04/2023-06", "2024-04/2024-06"]),
    ("Entre le premier trimestre 2023 et le premier trimestre 2024, le taux a baissé.", None,
     ["2023-01/2023-03", "2024-01/2024-03"]),
    # a market town named after its market day is no weekday
    ("ستنطلق الدورات بكل من القنيطرة وسوق الأربعاء الغرب.", "2024-11-14", []),
]


def test_a_sentence_end_is_not_an_abbreviation_dot():
    from maroc_entrepreneuriat_nlp.values.dates import find_dates

    fold = "les dossiers seront recus des le mois de juin. la reunion du 3 sept. 2024 a suivi."
    texts = [fold[e.start : e.end] for e in find_dates(fold)]
    assert "des le mois de juin" in texts and "du 3 sept. 2024" in texts


@pytest.mark.parametrize("text,pub,expected", GENERAL)
def test_generalised_date_forms(text, pub, expected):
    assert values(text, pub) == expected


def test_a_month_after_mi_with_a_hyphen():
    from maroc_entrepreneuriat_nlp.pipeline import Pipeline

    rec = Pipeline()("Rabat, 12 février 2024 - Depuis la mi-janvier, les jeunes de la commune protestent.")
    assert ("mi-janvier", "2024-01") in [(d.text, d.value) for d in rec.dates]


@pytest.mark.parametrize("text, value", [
    ("الرباط - 4 فبراير 2021 (ومع) - منذ إطلاقه في فبراير من السنة الماضية، منحت البنوك 23 ألف قرض.", "2020-02"),
    ("Rabat, 4 février 2021 - En mars de l'année prochaine, la deuxième phase démarrera.", "2022-03"),
])
def test_a_month_of_a_relative_year(text, value):
    from maroc_entrepreneuriat_nlp.pipeline import Pipeline

    assert value in [d.value for d in Pipeline()(text).dates]
