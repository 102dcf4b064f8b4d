"""Stage `entities` end to end on hand-written MAP-style articles (Arabic and French)."""

from __future__ import annotations

import pytest

from maroc_entrepreneuriat_nlp.pipeline import DEFAULT_STAGES, Pipeline
from maroc_entrepreneuriat_nlp.records import Location, Person

AR_ARTICLE = (
    "أكادير - 14 مارس 2024 (ومع) - وقع المركز الجهوي للاستثمار لجهة سوس ماسة والوكالة الوطنية لإنعاش "
    "التشغيل والكفاءات، اليوم الخميس بأكادير، اتفاقية شراكة لمواكبة حاملي المشاريع في إطار برنامج "
    "\"انطلاقة\".\n\n"
    "وأوضح وزير الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات، يونس السكوري، أن هذه الاتفاقية "
    "تروم تعزيز فرص الشغل بأقاليم تزنيت وتارودانت واشتوكة أيت باها. وأضاف السكوري أن الوكالة ستعبئ "
    "وكالاتها بإقليم تزنيت لهذا الغرض، مشيرا إلى أن المقاولات الجديدة ستستفيد من مواكبة خاصة.\n\n"
    "يشار إلى أن برنامج انطلاقة أطلق سنة 2020 بمبادرة من صاحب الجلالة الملك محمد السادس."
)

FR_ARTICLE = (
    "Agadir - Le Centre régional d'investissement (CRI) de Souss-Massa et l'ANAPEC ont signé, jeudi à "
    "Agadir, une convention de partenariat visant à accompagner les porteurs de projets dans le cadre du "
    "programme « Intelaka ».\n\n"
    "Le ministre de l'Inclusion économique, de la petite entreprise, de l'emploi et des compétences, "
    "Younes Sekkouri, a souligné que cette convention permettra de créer des emplois dans les provinces "
    "de Tiznit et de Taroudant. M. Sekkouri a ajouté que le CRI mobilisera ses équipes.\n\n"
    "Il a poussé un cri d'alarme sur la situation de l'emploi des jeunes au Maroc."
)

ALGERIA_AR = (
    "الجزائر - أعلنت الوكالة الوطنية لدعم وتنمية المقاولاتية بالجزائر عن تمويل مشاريع جديدة بولاية "
    "وهران، في حين تراجعت المساعدة المقدمة للشباب في المملكة المجاورة."
)


@pytest.fixture(scope="module")
def extract():
    pipe = Pipeline(list(DEFAULT_STAGES) + ["entities"])
    return pipe


def ids(entities):
    return {e.id for e in entities}


def by_id(entities, entity_id):
    return next(e for e in entities if e.id == entity_id)


def test_arabic_article_families(extract):
    rec = extract(AR_ARTICLE)
    assert "prog:intelaka" in ids(rec.programs)
    assert {"org:anapec", "org:cri-souss-massa"} <= ids(rec.organizations)
    assert "person:younes-sekkouri" in ids(rec.persons)
    assert "loc:ma:agadir" in ids(rec.locations)
    # A region named only inside the CRI's name is not a separate location.
    assert "loc:ma:region:souss-massa" not in ids(rec.locations)
    # "المقاولات الجديدة" (new companies) is not El Jadida.
    assert "loc:ma:el-jadida" not in ids(rec.locations)


def test_arabic_mentions_are_gathered_with_original_offsets(extract):
    rec = extract(AR_ARTICLE)
    prog = by_id(rec.programs, "prog:intelaka")
    assert prog.name == "انطلاقة"  # display name in the article's language
    assert "Intelaka" in prog.aliases
    assert len(prog.mentions) == 2
    person = by_id(rec.persons, "person:younes-sekkouri")
    assert isinstance(person, Person)
    assert [m.text for m in person.mentions] == ["يونس السكوري", "السكوري"]
    assert person.role and "وزير" in person.role
    for group in (rec.programs, rec.organizations, rec.persons, rec.locations):
        for ent in group:
            for m in ent.mentions:
                assert AR_ARTICLE[m.start : m.end] == m.text


def test_arabic_places_carry_level_country_parent(extract):
    rec = extract(AR_ARTICLE)
    agadir = by_id(rec.locations, "loc:ma:agadir")
    assert isinstance(agadir, Location)
    assert agadir.level == "city" and agadir.country == "MA" and agadir.parent
    # "بأقاليم تزنيت ... بإقليم تزنيت": one place, the province named by its cue.
    tiznit = [loc for loc in rec.locations if loc.id and "tiznit" in loc.id]
    assert len(tiznit) == 1 and tiznit[0].level == "province"


def test_king_from_the_lexicon(extract):
    rec = extract(AR_ARTICLE)
    assert "person:mohammed-vi" in ids(rec.persons)


def test_french_article_families(extract):
    rec = extract(FR_ARTICLE)
    assert "prog:intelaka" in ids(rec.programs)
    cri = by_id(rec.organizations, "org:cri-souss-massa")
    assert cri.name.startswith("Centre régional d'investissement")
    # The bare "CRI" later in the article is the same regional centre, and "cri d'alarme" is no CRI.
    assert sum(m.text == "CRI" for m in cri.mentions) >= 1
    assert all(m.text != "cri" for e in rec.organizations for m in e.mentions)
    assert "org:anapec" in ids(rec.organizations)
    person = by_id(rec.persons, "person:younes-sekkouri")
    assert person.name == "Younes Sekkouri"
    assert {m.text for m in person.mentions} >= {"Younes Sekkouri", "Sekkouri"}
    assert {"loc:ma:agadir", "loc:ma"} <= ids(rec.locations)


def test_french_one_entity_per_real_world_entity(extract):
    rec = extract(FR_ARTICLE)
    for group in (rec.programs, rec.organizations, rec.persons, rec.locations):
        linked = [e.id for e in group if e.id]
        assert len(linked) == len(set(linked))


def test_foreign_article_gets_no_moroccan_commune(extract):
    rec = extract(ALGERIA_AR)
    assert all(not (loc.id or "").startswith("loc:ma:") for loc in rec.locations)
    assert any(loc.country == "DZ" for loc in rec.locations)


def test_empty_and_non_entity_text(extract):
    assert extract("").programs == []
    rec = extract("Il fait beau aujourd'hui et les enfants jouent dans le jardin.")
    assert rec.programs == [] and rec.organizations == [] and rec.persons == []


def test_stage_runs_without_failure_warnings(extract):
    # The pipeline turns a stage exception into a warning: none may appear on ordinary articles.
    for text in (AR_ARTICLE, FR_ARTICLE, ALGERIA_AR):
        rec = extract(text)
        assert not [w for w in rec.warnings if "entities" in w]


def test_acronym_defined_in_parentheses_joins_its_entity(extract):
    from maroc_entrepreneuriat_nlp.entities.candidates import Candidate
    from maroc_entrepreneuriat_nlp.entities.filters import acronym_definitions

    pipe = Pipeline(list(DEFAULT_STAGES))
    text = ("L'Association Tamkine pour l'entrepreneuriat féminin (ATEF) a tenu son assemblée à Safi. "
            "Selon la présidente de l'ATEF, le nombre d'adhérentes a doublé.")
    doc = pipe.run(pipe.make_doc(text))
    start = doc.norm_text.index("Association Tamkine")
    end = doc.norm_text.index(" (ATEF)")
    owner = Candidate("organization", start, end, name=doc.norm_text[start:end], source="pattern:test")
    out = acronym_definitions(doc, [owner])
    acr = [c for c in out if doc.norm_text[c.start : c.end] == "ATEF"]
    assert len(acr) == 2 and all(c.label == "organization" for c in acr)
    assert {c.attrs["full_name"] for c in acr} == {owner.name}


def test_french_short_form_of_a_long_unlinked_name_is_the_same_organisation(extract):
    text = ("Casablanca - L'Union des coopératives féminines de l'arganier de la région Souss-Massa a "
            "présenté ses produits. L'Union des coopératives féminines a également signé une convention.")
    rec = extract(text)
    unions = [e for e in rec.organizations if e.name.startswith("Union des coopératives")]
    assert len(unions) <= 1


@pytest.mark.parametrize("text,fund", [
    ("وصادق مجلس الجهة على إحداث «صندوق سوس للمقاولين الشباب»، الموجه لتمويل المشاريع الصغيرة.",
     "صندوق سوس للمقاولين الشباب"),
    ("Les partenaires ont signé une convention portant création du « Fonds Tensift Initiatives », doté de 200 MDH.",
     "Fonds Tensift Initiatives"),
])
def test_a_fund_being_set_up_is_a_programme(extract, text, fund):
    doc = extract.run(extract.make_doc(text))
    assert fund in [e.name for e in doc.programs]
    assert fund not in [e.name for e in doc.organizations]


def test_a_fund_that_acts_stays_an_organisation(extract):
    doc = extract.run(extract.make_doc("وقدم صندوق التنمية والتشغيل قروضا ميسرة لفائدة الشباب حاملي المشاريع."))
    assert "صندوق التنمية والتشغيل" in [e.name for e in doc.organizations]
    assert doc.programs == []


def test_a_person_named_after_a_role_is_not_the_commune_in_her_first_name(extract):
    # "نعيمة" is also a commune of the gazetteer
    doc = extract.run(extract.make_doc("وأكدت رئيستها، نعيمة الزياني، أن الجمعية وقعت اتفاقيات مع الجامعة."))
    assert [p.name for p in doc.persons] == ["نعيمة الزياني"]
    assert doc.locations == []


def test_a_name_after_jiha_that_no_gazetteer_knows_is_no_region(extract):
    doc = extract.run(extract.make_doc("وقالت إنها كانت تبحث عن جهة تساعدها في إعداد الملف قبل أن تقصد مدينة تزنيت."))
    assert [loc.name for loc in doc.locations] == ["تزنيت"]


def test_a_place_inside_a_short_quoted_brand_is_part_of_the_name(extract):
    doc = extract.run(extract.make_doc("وتسوق التعاونية منتجاتها تحت علامة «أركانة موكادور» في محلات بمراكش."))
    assert [loc.name for loc in doc.locations] == ["مراكش"]
    speech = extract.run(extract.make_doc(
        "« Nous voulons que les jeunes de Tiznit aient les mêmes chances que ceux de Rabat », a-t-elle dit."))
    assert {loc.name for loc in speech.locations} == {"Tiznit", "Rabat"}


def test_places_listed_after_a_plural_cue_may_open_with_an_organisation_head(extract):
    doc = extract.run(extract.make_doc("وتشمل العملية جماعات جرف الملحة ودار الكداري بإقليم سيدي قاسم."))
    assert "دار الكداري" in [loc.name for loc in doc.locations]
    assert "دار الكداري" not in [o.name for o in doc.organizations]


def test_a_unit_of_a_known_organisation_stands_for_it(extract):
    doc = extract.run(extract.make_doc(
        "ويؤمن الشباك الوكالة المحلية للوكالة الوطنية لإنعاش التشغيل والكفاءات بالمدينة، كما تضم الشبكة الوطنية "
        "لبريد المغرب أزيد من 1800 وكالة."))
    assert {o.id for o in doc.organizations} == {"org:anapec", "org:barid-al-maghrib"}


def test_a_two_word_short_form_joins_the_one_name_it_opens(extract):
    doc = extract.run(extract.make_doc(
        "ترأس رئيس مجلس جهة سوس ماسة الاجتماع. وأكد أن مجلس الجهة سيخصص 20 مليون درهم للبرنامج."))
    councils = [o for o in doc.organizations if o.id == "org:conseil-region-souss-massa"]
    assert len(councils) == 1 and len(doc.organizations) == 1
    assert "مجلس الجهة" in [m.text for m in councils[0].mentions]


def test_the_short_arabic_name_of_the_ofppt_is_the_ofppt(extract):
    doc = extract.run(extract.make_doc("وأطر الورشات مكونون من مكتب التكوين المهني بالمدينة."))
    assert [o.id for o in doc.organizations] == ["org:ofppt"]


def test_two_quoted_programmes_after_a_dual_cue(extract):
    doc = extract.run(extract.make_doc("ووجهت المقاولات الناضجة نحو برنامجي «تطوير» و«استثمار» اللذين تشرف عليهما الوكالة."))
    assert {p.id for p in doc.programs} == {"prog:tatwir-croissance", "prog:istitmar-croissance"}
    plain = extract.run(extract.make_doc("وتهدف الحكومة إلى تطوير المقاولات عبر استثمار الموارد المتاحة."))
    assert plain.programs == []


def test_a_place_name_followed_by_an_initial_is_a_first_name(extract):
    doc = extract.run(extract.make_doc("Par Sanaa R. | Publié le 03/04/2024\n\nTanger - La caravane a fait étape à Rabat."))
    assert {loc.name for loc in doc.locations} == {"Tanger", "Rabat"}


def test_lower_case_words_after_a_known_name_do_not_extend_it(extract):
    doc = extract.run(extract.make_doc("L'Université Ibn Tofail de Kénitra accueille, du 12 au 14 mars, le forum régional."))
    assert [o.id for o in doc.organizations] == ["org:universite-ibn-tofail"]


def test_a_place_after_a_cue_that_opens_with_an_organisation_head_is_a_place(extract):
    doc = extract.run(extract.make_doc("وتشمل العملية جماعة دار الكبداني بإقليم الدريوش."))
    assert "loc:ma:dar-el-kebdani" in {loc.id for loc in doc.locations}
    assert doc.organizations == []


def test_a_long_arabic_programme_name_stands_without_its_head_word(extract):
    doc = extract.run(extract.make_doc(
        "ونظمت لقاءات تحسيسية في إطار البرنامج الثالث المتعلق بتحسين الدخل والإدماج الاقتصادي للشباب بالإقليم."))
    assert [p.id for p in doc.programs] == ["prog:indh-revenu-jeunes"]
    short = extract.run(extract.make_doc("وتروم الاتفاقية دعم التشغيل الذاتي عبر شراكات محلية."))
    assert short.programs == []


def test_a_descriptive_programme_name_runs_through_coordinated_verbal_nouns(extract):
    doc = extract.run(extract.make_doc(
        "وتخصص الجهة في إطار برنامج دعم الشباب لخلق وتطوير أنشطة مقاولاتية صغيرة غلافا ماليا مهما."))
    assert "دعم الشباب لخلق وتطوير أنشطة مقاولاتية صغيرة" in [p.name for p in doc.programs]


def test_an_organisation_name_stops_where_a_programme_name_starts(extract):
    doc = extract.run(extract.make_doc(
        "ووقعت الوكالة الوطنية لإنعاش التشغيل والكفاءات والمبادرة الوطنية للتنمية البشرية اتفاقية شراكة."))
    assert [o.id for o in doc.organizations] == ["org:anapec"]
    assert [p.id for p in doc.programs] == ["prog:indh"]


def test_a_territorial_unit_is_an_organisation_unless_it_belongs_to_a_known_one(extract):
    doc = extract.run(extract.make_doc(
        "Selon la coordination provinciale de l'INDH, la subvention varie selon les projets. "
        "La direction régionale de l'ANAPEC a présenté le bilan."))
    assert "coordination provinciale de l'INDH" in [o.name for o in doc.organizations]
    assert "org:anapec" in {o.id for o in doc.organizations}
    assert "direction régionale de l'ANAPEC" not in [o.name for o in doc.organizations]
    assert [p.id for p in doc.programs] == ["prog:indh"]


def test_names_in_a_list_after_an_acronym_stay_apart(extract):
    doc = extract.run(extract.make_doc(
        "Les représentants du Groupe BCP, d'Attijariwafa bank et de CIH Bank ont présenté leurs offres."))
    names = [o.name for o in doc.organizations]
    assert not any("Attijariwafa" in n and "BCP" in n for n in names)


def test_a_known_name_followed_by_a_purpose_clause_stays_the_known_name(extract):
    doc = extract.run(extract.make_doc("ونحضر لشراكة مع البنك الشعبي لتيسير ولوج الشباب إلى القروض."))
    assert [o.id for o in doc.organizations] == ["org:banque-populaire"]


def test_the_centre_of_a_commune_is_the_commune(extract):
    doc = extract.run(extract.make_doc("وستزور القافلة مركز جماعة تاكونيت، كما يظل مركز الاتصال الخاص بالبرنامج رهن الإشارة."))
    assert doc.organizations == []
    assert [loc.id for loc in doc.locations] == ["loc:ma:tagounite"]


def test_a_place_next_to_a_first_name_or_an_initial_is_part_of_a_name(extract):
    doc = extract.run(extract.make_doc(
        "زاكورة: محمد أيت الطالب | الثلاثاء 12 نونبر 2024 - 10:45\n\nحطت القافلة بمدينة زاكورة أمس الاثنين."))
    assert [loc.id for loc in doc.locations] == ["loc:ma:zagora"]


def test_a_short_place_cue_with_its_clitic_and_no_name_from_an_apposition_pronoun(extract):
    doc = extract.run(extract.make_doc("ونظم اللقاء بحي الأزهر، يقول يوسف وهو يعرض منتجاته."))
    assert [loc.name for loc in doc.locations] == ["الأزهر"]
    assert doc.persons == []


def test_al_moutmir_is_a_programme_and_its_arabic_name_needs_a_cue(extract):
    doc = extract.run(extract.make_doc("Les ingénieurs d'Al Moutmir ont accompagné les agriculteurs. واستفاد الفلاحون من برنامج المثمر."))
    assert [p.id for p in doc.programs] == ["prog:al-moutmir"]
    plain = extract.run(extract.make_doc("وكان الموسم المثمر مناسبة للاحتفال."))
    assert plain.programs == []


def test_a_bare_head_and_another_party_are_two_names(extract):
    doc = extract.run(extract.make_doc(
        "Une convention a été signée entre le Conseil et Bank of Africa pour le lancement du fonds."))
    assert [o.id for o in doc.organizations] == ["org:bank-of-africa"]


@pytest.mark.parametrize("text, author, actor", [
    ("Par Leila Tazi | Publié le 12/03/2025 à 10h20\n\nOujda - Le directeur régional de l'ANAPEC, "
     "Hassan Berrada, a présenté jeudi le bilan du programme Idmaj.", "Leila Tazi", "Hassan Berrada"),
    ("Oujda - Le directeur régional de l'ANAPEC, Hassan Berrada, a présenté jeudi le bilan du "
     "programme Idmaj.\n\nPropos recueillis par Salma Bennani", "Salma Bennani", "Hassan Berrada"),
])
def test_the_author_named_in_a_byline_is_not_a_person_of_the_story(extract, text, author, actor):
    names = [p.name for p in extract(text).persons]
    assert actor in names and author not in names


def test_an_author_who_is_also_quoted_in_the_body_stays(extract):
    text = ("Par Leila Tazi\n\nOujda - Le forum a réuni 300 jeunes. Leila Tazi, journaliste et "
            "animatrice du débat, a salué l'initiative de l'ANAPEC.")
    assert "Leila Tazi" in [p.name for p in extract(text).persons]


@pytest.mark.parametrize("text, name", [
    ("وأشرفت تعاونية «نسائم الواحة للكسكس» على تنظيم المعرض بزاكورة.", "تعاونية نسائم الواحة للكسكس"),
    ("Le Complexe sportif « Al Amal » a accueilli la cérémonie à Khénifra.", "Complexe sportif Al Amal"),
])
def test_a_head_then_a_quoted_name_is_named_without_the_quotes(extract, text, name):
    assert name in [o.name for o in extract(text).organizations]


def test_an_ordinal_before_a_head_describes_it(extract):
    text = "ويعد مركز «وجدة سكيلز»، الذي افتتح أمس، ثاني مركز يفتح أبوابه بالجهة."
    assert [o.name for o in extract(text).organizations] == ["مركز وجدة سكيلز"]


def test_a_known_body_qualified_by_a_place_is_the_known_body(extract):
    text = ("La Commission régionale unifiée d'investissement (CRUI) de Béni Mellal-Khénifra a approuvé "
            "vingt projets. La CRUI a ajourné quatre dossiers.")
    orgs = extract(text).organizations
    assert [o.id for o in orgs] == ["org:crui"]
    assert len(orgs[0].mentions) == 2
