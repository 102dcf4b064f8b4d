"""Money amounts in MAP-style French and Arabic sentences (table-driven), and the `amounts` stage."""

import pytest

from maroc_entrepreneuriat_nlp.normalize import normalize_text
from maroc_entrepreneuriat_nlp.pipeline import DEFAULT_STAGES, Pipeline
from maroc_entrepreneuriat_nlp.records import Entity, Mention
from maroc_entrepreneuriat_nlp.stages.amounts import amounts
from maroc_entrepreneuriat_nlp.values.money import find_amounts

SINGLE = [
    # French
    ("Le fonds est doté de 500 MDH pour la première année.", 500_000_000, "MAD"),
    ("Une enveloppe de 1,5 MMDH a été mobilisée.", 1_500_000_000, "MAD"),
    ("Le programme a mobilisé 2,25 milliards de dirhams.", 2_250_000_000, "MAD"),
    ("Un prêt d'honneur plafonné à 100.000 DH.", 100_000, "MAD"),
    ("Une prime de 6 000 dirhams par bénéficiaire.", 6000, "MAD"),
    ("Le budget atteint 4,5 millions de dirhams (MDH).", 4_500_000, "MAD"),
    ("Les crédits garantis dépassent 1,4 Md de DH.", 1_400_000_000, "MAD"),
    ("La subvention s'élève à 250 KDH.", 250_000, "MAD"),
    ("Un don de 20 MDHS a été annoncé.", 20_000_000, "MAD"),
    ("Le coût est estimé à 300.000 Dhs.", 300_000, "MAD"),
    ("Un apport de 50 000 MAD est exigé.", 50_000, "MAD"),
    ("L'UE apporte environ 1 million d'euros.", 1_000_000, "EUR"),
    ("Un financement de 9 millions €.", 9_000_000, "EUR"),
    ("La BAD accorde 6,5 millions de dollars.", 6_500_000, "USD"),
    ("Un prêt de $5 millions.", 5_000_000, "USD"),
    ("Il a financé plus de 31 milliards de francs CFA au Sénégal.", 31_000_000_000, "XOF"),
    ("Des prêts de 500.000 FCFA par jeune.", 500_000, "XOF"),
    ("Un fonds de deux milliards cinq cents millions de dirhams.", 2_500_000_000, "MAD"),
    ("En Tunisie, une dotation de 30 mille dinars par projet.", 30_000, "TND"),
    ("Le gouvernement algérien alloue 2 milliards de dinars aux jeunes.", 2_000_000_000, "DZD"),
    ("A Nouakchott, un crédit de 400.000 ouguiyas a été versé.", 400_000, "MRO"),
    ("Un marché de 3 millions de livres égyptiennes.", 3_000_000, "EGP"),
    # Arabic
    ("رصد البرنامج غلافا ماليا قدره 800 ألف درهم.", 800_000, "MAD"),
    ("خصصت الوكالة 9 ملايين يورو لدعم المقاولات.", 9_000_000, "EUR"),
    ("بلغت الكلفة الإجمالية 11ر32 مليون درهم.", 32_110_000, "MAD"),
    ("ساهمت الجهة بمبلغ 75ر30 مليون درهما.", 30_750_000, "MAD"),
    ("عبأت المؤسسة 21 مليار درهم لفائدة المقاولات.", 21_000_000_000, "MAD"),
    ("ضمنت قروضا بقيمة 18,7 مليار درهم.", 18_700_000_000, "MAD"),
    ("بلغ حجم التمويلات 8 ملايير و600 مليون درهم.", 8_600_000_000, "MAD"),
    ("رصد لهذا المشروع مبلغ 4.5 مليون درهم.", 4_500_000, "MAD"),
    ("بلغت قيمة المنح ٣٥٠ ألف درهم.", 350_000, "MAD"),  # Arabic-Indic digits
    ("منحت الوزارة تمويلا بقيمة خمسة ملايين دينار أردني.", 5_000_000, "JOD"),
    ("رصدت الحكومة الجزائرية ثلاثة ملايير دينار لدعم الشباب.", 3_000_000_000, "DZD"),
    ("خصص البنك ما قيمته 6.5 مليون دولار.", 6_500_000, "USD"),
    ("بلغت الاستثمارات 200 مليون جنيه مصري.", 200_000_000, "EGP"),
    ("تبلغ قيمة الجائزة مليون درهم.", 1_000_000, "MAD"),
    ("وصل التمويل إلى مليار ونصف درهم.", 1_500_000_000, "MAD"),
    ("استفاد المشروع من مليوني درهم.", 2_000_000, "MAD"),
    ("تم تخصيص خمسمائة مليون درهم لهذا البرنامج.", 500_000_000, "MAD"),
]


@pytest.mark.parametrize("text,value,currency", SINGLE)
def test_single_amount(text, value, currency):
    found = find_amounts(normalize_text(text))
    assert [(a.value, a.currency) for a in found] == [(pytest.approx(value), currency)]


RANGES = [
    ("Des prêts entre 10.000 et 50.000 DH par projet.", [(10_000, "min"), (50_000, "max")], "MAD"),
    ("Un appui de 5 à 10 millions de dirhams par entreprise.", [(5_000_000, "min"), (10_000_000, "max")], "MAD"),
    ("Des financements allant de 500.000 à 15 millions de francs CFA.", [(500_000, "min"), (15_000_000, "max")], "XOF"),
    ("تتراوح القروض ما بين 10 آلاف و50 ألف درهم.", [(10_000, "min"), (50_000, "max")], "MAD"),
    ("تمويلات من 100 ألف إلى 300 ألف درهم.", [(100_000, "min"), (300_000, "max")], "MAD"),
    ("منح تتراوح بين 5 و10 ملايين درهم.", [(5_000_000, "min"), (10_000_000, "max")], "MAD"),
]


@pytest.mark.parametrize("text,bounds,currency", RANGES)
def test_range_gives_both_bounds(text, bounds, currency):
    found = find_amounts(normalize_text(text))
    assert [(a.value, a.range_role) for a in found] == bounds
    assert {a.currency for a in found} == {currency}


NOT_MONEY = [
    "Le programme vise 100.000 porteurs de projets d'ici 2026.",
    "Le réseau compte 82 agences.",
    "يهدف البرنامج إلى مواكبة 500 حامل مشروع.",
    "بلغت نسبة الإدماج 70 في المائة.",
    "Le Dirham est resté stable face à l'euro en 2023.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_no_amount(text):
    assert find_amounts(normalize_text(text)) == []


def test_measured_price_parser_failure_is_handled():
    # price-parser reads "500 millions de dirhams" as 500 with no currency (measured); we do not.
    (a,) = find_amounts(normalize_text("Une enveloppe de 500 millions de dirhams."))
    assert (a.value, a.currency) == (500_000_000, "MAD")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(list(DEFAULT_STAGES) + ["amounts"])


ARTICLE_FR = (
    "Rabat, 12 mars 2024 (MAP) - Le programme Intelaka a permis de financer 1,5 MMDH de crédits en 2023, "
    "a indiqué le ministre.\n"
    "Les prêts, compris entre 10.000 et 50.000 DH, ont bénéficié à des jeunes de toutes les régions. "
    "Le programme Intelaka prévoit également un fonds de 1,5 MMDH pour 2025."
)


def test_stage_records_carry_evidence_and_dedupe(pipeline):
    doc = pipeline.run(pipeline.make_doc(ARTICLE_FR))
    values = [(a.value, a.currency, a.range_role) for a in doc.amounts]
    assert values == [(1_500_000_000, "MAD", None), (10_000, "MAD", "min"), (50_000, "MAD", "max")]
    for a in doc.amounts:
        assert ARTICLE_FR[a.start : a.end] == a.text
    assert doc.amounts[0].text == "1,5 MMDH"


def test_stage_keeps_original_offsets_through_normalisation(pipeline):
    text = "خصصت الجهة غلافا ماليا قدره ٨٠٠ ألف درهم لدعم التعاونيات."
    doc = pipeline.run(pipeline.make_doc(text))
    (a,) = doc.amounts
    assert a.value == 800_000 and text[a.start : a.end] == a.text == "٨٠٠ ألف درهم"


def test_about_names_the_one_programme_of_the_sentence(pipeline):
    # Entities come from the entity stage; here we place the programme's mention by hand.
    text = "Le programme Forsa a mobilisé 1,25 milliard de dirhams. L'Etat a versé 300 MDH."
    doc = Pipeline(list(DEFAULT_STAGES)).run(pipeline.make_doc(text))
    start = text.index("Forsa")
    doc.programs = [Entity(id="forsa", name="Forsa", mentions=[Mention(text="Forsa", start=start, end=start + 5)])]
    amounts(doc)
    assert [(a.value, a.about) for a in doc.amounts] == [(1_250_000_000, "forsa"), (300_000_000, None)]


@pytest.mark.parametrize("text, expected", [
    ("Il est assorti d'un don de 9 M€ de l'Union européenne.", [(9e6, "EUR")]),
    ("Le fonds, doté de 20 M$, a financé douze startups.", [(20e6, "USD")]),
    ("La BERD apporte 1,2 Md€ sur cinq ans.", [(1.2e9, "EUR")]),
])
def test_a_scale_letter_glued_to_a_currency_symbol(text, expected):
    fold = normalize_text(text)
    assert [(a.value, a.currency) for a in find_amounts(fold, [(0, len(fold))])] == expected


@pytest.mark.parametrize("text, value", [
    ("حصل الشاب على قرض بقيمة 20 مليون سنتيم من البنك.", 200000),
    ("Elle a obtenu 15 millions de centimes de l'INDH pour son atelier.", 150000),
])
def test_sums_counted_in_centimes_are_dirhams(text, value):
    fold = normalize_text(text)
    assert [(a.value, a.currency) for a in find_amounts(fold, [(0, len(fold))])] == [(value, "MAD")]
