"""Quantities (counts and percentages about programme scale) in MAP-style sentences (table-driven)."""

import pytest

from maroc_entrepreneuriat_nlp.normalize import normalize_text
from maroc_entrepreneuriat_nlp.pipeline import DEFAULT_STAGES, Pipeline
from maroc_entrepreneuriat_nlp.values.money import find_amounts
from maroc_entrepreneuriat_nlp.values.quantities import find_quantities


def _one_sentence(text):
    fold = normalize_text(text)
    return find_quantities(fold, [(0, len(fold))])


FOUND = [
    # French: value, unit, kind
    ("Le programme ambitionne d'accompagner 100.000 porteurs de projets.", 100000, "project holders", "target"),
    ("L'agence vise la création de 250.000 emplois directs d'ici 2026.", 250000, "jobs", "target"),
    ("Le dispositif devrait toucher 5.000 jeunes.", 5000, "young people", "target"),
    ("Au total, 3.223 chantiers ont été approuvés au profit de 79.226 personnes.", 3223, "worksites", "achievement"),
    ("Plus de 8.000 entreprises féminines ont bénéficié de la garantie.", 8000, "women-led companies", "achievement"),
    ("Le programme a permis la création de 721 coopératives.", 721, "cooperatives", "achievement"),
    ("L'opération a touché 1.200 bénéficiaires en 2023.", 1200, "beneficiaries", "achievement"),
    ("Le réseau de 82 agences couvre tout le territoire.", 82, "agencies", "capacity"),
    ("L'ANAPEC dispose de 12 services régionaux.", 12, "regional services", "capacity"),
    ("La formation est assurée par 200 formateurs qualifiés.", 200, "trainers", "capacity"),
    ("Plus de 300 agences seront ouvertes.", 300, "agencies", "target"),
    ("Le jury a retenu trois conventions de partenariat.", 3, "agreements", "achievement"),
    ("Selon le ministre, plus de 6.300 employeurs ont bénéficié de Tahfiz depuis 2022.", 6300, "employers", "achievement"),
    ("واستفاد من البرنامج 1200 مشغل منذ انطلاقه.", 1200, "employers", "achievement"),
    ("أعطى عامل الإقليم انطلاقة 46 ورشا في إطار برنامج أوراش.", 46, "workstreams", "achievement"),
    ("وبلغ عدد المنخرطين في تعاونيات الجهة 28 ألف متعاون ومتعاونة.", 28000, "cooperative members", "achievement"),
    ("Quelque 2 200 entretiens d'embauche sont prévus durant le forum.", 2200, "job interviews", "target"),
    ("Cinq conventions ont été signées lors de la cérémonie.", 5, "agreements", "achievement"),
    ("Pendant 48 heures, une cinquantaine d'équipes ont planché sur des solutions.", 50, "teams", "achievement"),
    ("L'agence a accompagné l'an dernier 143 primo-exportateurs.", 143, "first-time exporters", "achievement"),
    ("L'institution recrutera une quinzaine d'agentes de crédit.", 15, "loan officers", "target"),
    ("وشارك في هذه النسخة 42 فريقا من مختلف المؤسسات.", 42, "teams", "achievement"),
    ("La société a recruté deux techniciens et réalisé une soixantaine d'installations.", 2, "technicians", "achievement"),
    ("Ses pots sont référencés dans une quarantaine de magasins de la chaîne.", 40, "stores", "achievement"),
    ("وأصبحت التعاونية تضم اليوم 26 عضوة بعدما تأسست بسبع نساء.", 26, "members", "achievement"),
    ("Une vingtaine de représentants ont pris part à la rencontre.", 20, "representatives", "achievement"),
    ("Le nombre de demandeurs d'emploi insérés est de 10.548 chercheurs d'emploi.", 10548, "job seekers", "achievement"),
    ("Le taux d'insertion a atteint 80%.", 80, "percent", "achievement"),
    ("Les crédits ont enregistré une hausse de 22%.", 22, "percent", "achievement"),
    ("La garantie couvre 70% du crédit bancaire.", 70, "percent", "other"),
    ("L'objectif est d'atteindre 30 pour cent de femmes.", 30, "percent", "target"),
    ("Ce chiffre représente 21,5% du total.", 21.5, "percent", "other"),
    ("Il permettra de créer 4 nouvelles agences.", 4, "agencies", "target"),
    ("Les lauréats âgés entre 18 et 40 ans sont éligibles.", 18, "years of age", "other"),
    # Arabic
    ("يتوخى البرنامج مواكبة 500 حامل مشروع.", 500, "project holders", "target"),
    ("يهدف المخطط إلى مواكبة 100 ألف من حاملي المشاريع.", 100000, "project holders", "target"),
    ("ويروم المشروع خلق 4500 منصب شغل في أفق سنة 2026.", 4500, "jobs", "target"),
    ("سيتم تمويل 16 مشروعا مدرا للدخل.", 16, "income-generating projects", "target"),
    ("ستمكن هذه الاتفاقية من إحداث 120 مقاولة.", 120, "companies", "target"),
    ("ومن المنتظر أن يستفيد ألفا مستفيد من هذه الدورة.", 2000, "beneficiaries", "target"),
    ("استفاد من البرنامج حوالي 6 آلاف من الشباب.", 6000, "young people", "achievement"),
    ("أسفر البرنامج عن منح 40 ألف قرض.", 40000, "loans", "achievement"),
    ("بلغ عدد المستفيدين 2838 مستفيدا.", 2838, "beneficiaries", "achievement"),
    ("وقد تم إحداث 35 مقاولة خلال هذه السنة.", 35, "companies", "achievement"),
    ("حقق البرنامج مائة مقاولة ناشئة.", 100, "start-ups", "achievement"),
    ("واستفادت عشرة آلاف امرأة من التكوين.", 10000, "women", "achievement"),
    ("تتوفر الوكالة على شبكة تضم 82 وكالة.", 82, "agencies", "capacity"),
    ("يتكون المركز من 3 أقسام و6 مصالح مركزية.", 3, "divisions", "capacity"),
    ("فتحت الوزارة أربع فرص إقراضية.", 4, "lending windows", "capacity"),
    ("بلغت نسبة الإدماج 70 في المائة.", 70, "percent", "other"),
    ("سجل نشاط المؤسسة ارتفاعا بنسبة 5 في المائة.", 5, "percent", "achievement"),
    ("يهدف البرنامج إلى تمويل 70 بالمائة من المشاريع.", 70, "percent", "target"),
    ("ارتفع عدد المستفيدين بـ15%.", 15, "percent", "achievement"),
    ("يستهدف البرنامج الشباب البالغين ما بين 18 و35 سنة.", 18, "years of age", "other"),
]


@pytest.mark.parametrize("text,value,unit,kind", FOUND)
def test_quantity_found(text, value, unit, kind):
    found = [(q.value, q.unit, q.kind) for q in _one_sentence(text)]
    assert (value, unit, kind) in found


SKIPPED = [
    # years, days of dates, ordinals, codes, law numbers, durations, money
    "Le programme a été lancé le 15 avril 2021 à Rabat.",
    "La 3e phase du programme démarre en 2024.",
    "La 16ème édition du forum se tient à Agadir.",
    "Conformément à la loi 15-95 formant code de commerce.",
    "Pour tout renseignement, appeler le 0522 12 34 56.",
    "Le programme s'étale sur 3 ans.",
    "La pandémie de Covid-19 a frappé les jeunes.",
    "Le fonds est doté de 500 MDH.",
    "Génération 2030 est le nom du plan.",
    "انطلقت المرحلة الثالثة من البرنامج في فاتح يونيو 2022.",
    "تنظم الدورة الـ16 للمعرض الجهوي.",
    "طبقا لمقتضيات القانون رقم 112.12 المتعلق بالتعاونيات.",
    "رصد البرنامج 800 ألف درهم لدعم المقاولات.",
    "يمتد البرنامج على مدى ثلاث سنوات.",
    "نظمت جهات المملكة ال 12 لقاءات تواصلية.",
    # a time, then an age in the next paragraph: no range "12 à 29 ans"
    "Mercredi 6 mars 2024 - 11:12\n\nÀ 29 ans, elle préside la coopérative.",
]


@pytest.mark.parametrize("text", SKIPPED)
def test_not_a_quantity(text):
    fold = normalize_text(text)
    skip = [(a.start, a.end) for a in find_amounts(fold)]
    assert find_quantities(fold, [(0, len(fold))], skip) == []


def test_another_n_takes_the_previous_unit():
    found = _one_sentence("سيركز المكتب على خلق 164 شعبة جديدة وإعادة هيكلة 162 أخرى.")
    assert [(q.value, q.unit, q.kind) for q in found] == [
        (164, "new training programmes", "target"),
        (162, "new training programmes", "target"),
    ]


def test_counts_in_parentheses_after_listed_names_take_the_first_ones_unit():
    found = _one_sentence("Les 21 projets sont répartis entre les communes de Tissa (8 projets), Ghafsai (6), "
                          "Karia Ba Mohamed (4) et Ourtzagh (3).")
    assert [(q.value, q.unit) for q in found] == [(21, "projects"), (8, "projects"), (6, "projects"), (4, "projects"), (3, "projects")]


def test_bare_count_takes_the_unit_named_before_it():
    found = _one_sentence("En 2022, le nombre de bénéficiaires de ce programme avait atteint 13.438.")
    assert [(q.value, q.unit, q.kind) for q in found] == [(13438, "beneficiaries", "achievement")]


def test_bare_count_takes_the_nearest_noun_before_it():
    found = _one_sentence("سجلت الحصيلة 320 تعاونية، بينما ينتظر أن يبلغ عدد المستفيدين 5000 في أفق 2025.")
    assert [(q.value, q.unit, q.kind) for q in found] == [(320, "cooperatives", "achievement"), (5000, "beneficiaries", "target")]


def test_unknown_noun_is_not_guessed():
    assert _one_sentence("Le salon a accueilli 40 stands.") == []


ARTICLE_AR = (
    "الرباط - أفادت الوكالة بأن البرنامج مكن من إحداث 2728 مقاولة، وخلق 4072 منصب شغل.\n"
    "وأضافت أن 31 في المائة من المستفيدين نساء، وأن البرنامج سيمكن من إحداث 2728 مقاولة أخرى في أفق 2026.\n"
    "كما استفاد 2728 شخصا من التكوين."
)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(list(DEFAULT_STAGES) + ["amounts", "quantities"])


def test_stage_dedupes_repeated_counts_and_keeps_offsets(pipeline):
    doc = pipeline.run(pipeline.make_doc(ARTICLE_AR))
    got = [(q.value, q.unit) for q in doc.quantities]
    assert got == [(2728, "companies"), (4072, "jobs"), (31, "percent"), (2728, "persons")]
    for q in doc.quantities:
        assert ARTICLE_AR[q.start : q.end] == q.text


def test_stage_skips_money(pipeline):
    text = "Le programme a mobilisé 500 MDH au profit de 1.200 porteurs de projets."
    doc = pipeline.run(pipeline.make_doc(text))
    assert [a.value for a in doc.amounts] == [500_000_000]
    assert [(q.value, q.unit, q.kind) for q in doc.quantities] == [(1200, "project holders", "achievement")]


GENERAL_KINDS = [
    # a French future verb makes a plan; a bare future does not turn means into a target
    ("La nouvelle promotion accueillera 250 stagiaires en octobre.", 250, "target"),
    ("Quinze agences seront mobilisées pour l'opération.", 15, "capacity"),
    # a structure's intake capacity is a capacity whatever is counted
    ("Le centre pourra accueillir 480 stagiaires par an.", 480, "capacity"),
    ("ويتوفر المركز على طاقة استيعابية تبلغ 350 متدربا.", 350, "capacity"),
    # a deadline after the participle makes it a plan
    ("L'incubateur veut 60 startups accompagnées d'ici 2028.", 60, "target"),
    # a verb right after "أن" is a subjunctive, not a result
    ("ومن المنتظر أن يمكن المشروع من إحداث 900 منصب شغل.", 900, "target"),
    # "currently" reports a result
    ("ويستفيد من البرنامج حاليا 75 مشروعا.", 75, "achievement"),
    ("La cellule visait la création de 4.000 coopératives.", 4000, "target"),
]


@pytest.mark.parametrize("text,value,kind", GENERAL_KINDS)
def test_generalised_kind_cues(text, value, kind):
    found = {q.value: q.kind for q in _one_sentence(text)}
    assert found.get(value) == kind


# --- generalisation: dates, ranks, pronoun partitives, omitted nouns, wider unit lexicon ---

NEW_UNITS = [
    ("تضم الشبكة الجهوية 30 بنية احتضان موزعة على الأقاليم.", 30, "incubation structures", "capacity"),
    ("وتوفر الحاضنة 45 مقعدا للعمل المشترك.", 45, "seats", "capacity"),
    ("وسيمكن المشروع من إحداث 900 موطن شغل مباشر.", 900, "jobs", "target"),
    ("ويرتقب أن يوفر المصنع 350 منصبا قارا.", 350, "jobs", "target"),
    ("وستضم المنطقة الصناعية 75 بقعة مجهزة.", 75, "plots", "capacity"),
    ("ويهدف البرنامج إلى مواكبة 300 مقاولة صغيرة جدا.", 300, "very small enterprises", "target"),
    ("L'accompagnement repose sur 85 structures partenaires réparties dans le pays.", 85, "partner structures", "capacity"),
    ("Trois espaces dédiés aux coopératives ouvriront leurs portes en juin.", 3, "spaces", "target"),
    # the elided "d'" before the noun, feminine and compound nouns
    ("Le salon accueillera une centaine d'exposants venus de toute la région.", 100, "exhibitors", "target"),
    ("La coopérative a pu réintégrer 18 adhérentes grâce au nouvel alambic.", 18, "members", "achievement"),
    ("Plus de 250 chefs d'entreprise ont pris part à la rencontre.", 250, "business owners", "achievement"),
    ("مكن البرنامج خلال السنة الماضية من إدماج 3200 باحث عن شغل بالجهة.", 3200, "job seekers", "achievement"),
]


def test_tonnes_are_a_unit():
    assert [(q.value, q.unit) for q in _one_sentence("وتصل الطاقة الإنتاجية للوحدة إلى 12 طنا في السنة.")] == [(12, "tonnes")]


def test_phone_numbers_are_no_counts():
    found = _one_sentence("Les citoyens peuvent contacter le numéro vert 0800 00 47 47 pour s'informer.")
    assert found == []


@pytest.mark.parametrize("text,value,unit,kind", NEW_UNITS)
def test_general_domain_units(text, value, unit, kind):
    assert (value, unit, kind) in [(q.value, q.unit, q.kind) for q in _one_sentence(text)]


PARTITIVES = [
    ("واكبت الجمعية 800 شاب، تمكن 230 منهم من إطلاق مشاريعهم.", 230, "young people", "achievement"),
    ("استقبل المركز 60 امرأة، حصلت 18 منهن على قروض صغرى.", 18, "women", "achievement"),
    ("ومن جهة أخرى، تمكن 40 منهم من الحصول على تمويل بنكي.", 40, "persons", "achievement"),
    ("Le centre a accueilli 900 candidats ; 250 d'entre eux ont obtenu un prêt d'honneur.", 250, "candidates", "achievement"),
    ("La coopérative a formé 120 femmes, dont 45 ont déjà lancé leur activité.", 45, "women", "achievement"),
]


@pytest.mark.parametrize("text,value,unit,kind", PARTITIVES)
def test_pronoun_partitive_takes_the_counted_noun(text, value, unit, kind):
    assert (value, unit, kind) in [(q.value, q.unit, q.kind) for q in _one_sentence(text)]


def test_partitive_without_antecedent_in_a_thing_is_dropped():
    assert _one_sentence("وقد تم قبول 14 منها بعد الدراسة.") == []


def test_count_with_omitted_noun_takes_the_previous_unit():
    found = _one_sentence("Au total, 540 projets ont été financés à Fès, 320 dans la province de Taza et 150 à Taounate.")
    assert [(q.value, q.unit) for q in found] == [(540, "projects"), (320, "projects"), (150, "projects")]


def test_this_number_points_to_the_previous_count_of_the_article():
    text = "Le centre a formé 700 artisans en 2023. Il compte porter ce chiffre à 1.500 d'ici 2027."
    fold = normalize_text(text)
    cut = fold.index("il compte")
    found = find_quantities(fold, [(0, cut), (cut, len(fold))])
    assert [(q.value, q.unit, q.kind) for q in found] == [(700, "artisans", "achievement"), (1500, "artisans", "target")]


RANKS = [
    "La région figure parmi les cinq premières du Royaume en nombre de dossiers.",
    "Les 50 premiers inscrits recevront un kit de démarrage.",
    "وسيحظى أول 100 مستفيد بتكوين مجاني.",
    "تنظم الدورة 12 من المنتدى الجهوي للتشغيل.",
]


@pytest.mark.parametrize("text", RANKS)
def test_ranks_are_not_counts(text):
    assert _one_sentence(text) == []


def test_edition_word_before_a_counted_noun_is_a_count():
    found = _one_sentence("وتنافس على جوائز هذه الدورة 95 مشروعا مبتكرا.")
    assert [(q.value, q.unit) for q in found] == [(95, "projects")]


def test_age_range_is_one_fact():
    found = _one_sentence("Le programme cible les jeunes âgés de 18 à 35 ans.")
    assert [(q.value, q.unit) for q in found] == [(18, "years of age")]
    fold = normalize_text("Le programme cible les jeunes âgés de 18 à 35 ans.")
    assert fold[found[0].start : found[0].end] == "18 a 35 ans"


DAY_RANGES = [
    ("La caravane s'est tenue du 12 au 14 octobre 2023 à Agadir au profit de 300 jeunes.", [300]),
    ("نظمت الدورة التكوينية من 3 إلى 5 نونبر 2024 بفاس لفائدة 120 شابا.", [120]),
    ("Les rencontres des 8 et 9 mars ont réuni 75 exposants.", [75]),
]


@pytest.mark.parametrize("text,values", DAY_RANGES)
def test_stage_drops_days_of_date_ranges(pipeline, text, values):
    doc = pipeline.run(pipeline.make_doc(text))
    assert [q.value for q in doc.quantities] == values


def test_stage_merges_an_inferred_count_with_the_same_explicit_count(pipeline):
    text = (
        "Le programme a permis 5.200 insertions, 1.340 concernant le volet rural.\n"
        "Dans le détail, 1.340 femmes rurales ont été insérées en 2023."
    )
    doc = pipeline.run(pipeline.make_doc(text))
    assert [q.value for q in doc.quantities] == [5200, 1340]


@pytest.mark.parametrize("text, expected", [
    ("La banque a accordé 6.412 crédits en 2024, contre 4.870 une année auparavant.",
     [(6412, "loans"), (4870, "loans")]),
    ("وبلغ عدد المستفيدين 3200 شاب سنة 2025، مقابل 2750 السنة الماضية.",
     [(3200, "young people"), (2750, "young people")]),
])
def test_a_figure_it_is_compared_with_counts_the_same_thing(text, expected):
    assert [(q.value, q.unit) for q in _one_sentence(text)] == expected


@pytest.mark.parametrize("text, unit", [
    ("L'entreprise emploie six salariées permanentes.", "employees"),
    ("Elle fait appel à une quinzaine de saisonnières en été.", "seasonal workers"),
    ("وتشغل التعاونية 12 عاملة قارة.", "workers"),
    ("وتستعين الضيعة بـ30 عاملة موسمية.", "seasonal workers"),
])
def test_feminine_forms_of_worker_nouns_are_units(text, unit):
    assert [q.unit for q in _one_sentence(text)] == [unit]


def test_the_same_count_in_two_items_of_a_list_is_two_facts(pipeline):
    text = ("Oujda - La commission a approuvé 20 projets, répartis comme suit :\n"
            "- agro-industrie : 7 projets, 120 MDH ;\n"
            "- tourisme : 6 projets, 95 MDH ;\n"
            "- services : 7 projets, 120 MDH.\n"
            "Les 7 projets de l'agro-industrie seront implantés à Berkane.")
    doc = pipeline.run(pipeline.make_doc(text))
    assert sorted(q.value for q in doc.quantities if q.unit == "projects") == [6, 7, 7, 20]
    assert sorted(a.value for a in doc.amounts) == [95e6, 120e6, 120e6]


@pytest.mark.parametrize("text, expected", [
    ("L'objectif est de porter à 600.000 le nombre d'auto-entrepreneurs actifs.", [(600000, "auto-entrepreneurs", "target")]),
    ("Le programme a enregistré 38.500 adhésions au premier semestre.", [(38500, "registrations", "achievement")]),
    ("ج: نطمح إلى بلوغ 11 ألف إدماج في إطار البرنامج.", [(11000, "insertions", "target")]),
])
def test_count_phrases_registrations_and_first_person_targets(text, expected):
    assert [(q.value, q.unit, q.kind) for q in _one_sentence(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("وتعبئ الوكالة وكالاتها الـ14 بالجهة لهذا الغرض.", [(14, "agencies")]),
    ("ج: نعمل عبر وكالاتنا الثماني بالجهة.", [(8, "agencies")]),
    ("ويوزع المهام على عماله الأربعة كل صباح.", [(4, "workers")]),
    ("وتعبئ الوكالات البنكية الـ38 بالجهة.", [(38, "bank branches")]),
    # a singular noun before a definite number is a rank; a noun without a possessive refers back
    ("وانطلقت الدورة الـ14 من المعرض بمدينة أكادير.", []),
    ("وجرى توقيع اتفاقية بين الشركاء الثلاثة لتتبع المشاريع.", []),
])
def test_a_definite_number_after_the_noun_it_counts(text, expected):
    assert [(q.value, q.unit) for q in _one_sentence(text)] == expected


def test_operations_are_counted():
    assert [(q.value, q.unit) for q in _one_sentence("واستأثر منتوج «ضمان انطلاق» بنحو 3200 عملية خلال الفصل الأول.")] == [(3200, "operations")]


def test_registrants_are_counted():
    assert [(q.value, q.unit) for q in _one_sentence("وبلغ عدد المنخرطين 9 آلاف و870 مسجلا في يناير.")] == [(9870, "registrants")]


@pytest.mark.parametrize("text, unit", [
    ("Le programme prévoit l'acquisition de 40 embarcations pour les jeunes pêcheurs.", "boats"),
    ("وسيتم اقتناء 40 قاربا لفائدة الصيادين الشباب.", "boats"),
])
def test_boats_are_counted(text, unit):
    assert [q.unit for q in _one_sentence(text)] == [unit]


def test_a_bare_count_before_a_verb_counts_what_the_sentence_counted():
    found = [(q.value, q.unit) for q in _one_sentence("Sur 312 demandes de crédit déposées, seuls 74 ont été financés.")]
    assert found == [(312, "applications"), (74, "applications")]


@pytest.mark.parametrize("text, expected", [
    ("ويستهدف البرنامج 1500 صانع وصانعة تقليدية، بعدما استفاد 430 صانعا تقليديا من التكوين.",
     [(1500, "artisans"), (430, "artisans")]),
    ("وتشمل القافلة ست محطات بالجهة.", [(6, "stops")]),
    ("La caravane fera cinq étapes dans la région de l'Oriental.", [(5, "stops")]),
])
def test_artisans_and_stops_are_counted(text, expected):
    assert [(q.value, q.unit) for q in _one_sentence(text)] == expected
