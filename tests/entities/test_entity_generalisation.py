"""Regression tests for general entity rules: plural place cues, place levels, titled persons over
place names, lower-case heads with proper names, French organisation extents, untitled persons."""

from __future__ import annotations

import pytest

from maroc_entrepreneuriat_nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(text)


def _levels(rec):
    """Level of each place, by its name and by each surface form it has in the text."""
    out = {l.name: l.level for l in rec.locations}
    out.update({m.text: l.level for l in rec.locations for m in l.mentions})
    return out


def test_arabic_plural_and_dual_cues_list_places_of_one_level(run):
    rec = run(
        "تازة - أعطيت الانطلاقة بجماعتي أولاد برحيل وتالوين، كما تستهدف القافلة جماعات البير الجديد "
        "وأولاد احسين وسيدي علي بن حمدوش، مع عناية خاصة بإقليمي شفشاون ووزان اللذين يسجلان معدلات مرتفعة."
    )
    levels = _levels(rec)
    assert levels["تالوين"] == "commune"
    assert levels["سيدي علي بن حمدوش"] == "commune"
    assert levels["أولاد برحيل"] == "commune"  # a town named as the commune it is
    assert levels["شفشاون"] == "province" and levels["وزان"] == "province"
    assert not any("يسجلان" in n or "اللذين" in n for n in levels)


def test_dual_cue_adjective_is_no_place(run):
    rec = run("وقال مسؤول إقليمي للتشغيل إن البرنامج سيمكن من خلق فرص شغل جديدة بمدينة تازة.")
    assert [l.name for l in rec.locations] == ["تازة"]


@pytest.mark.parametrize("text", [
    "Le programme cible en priorité les jeunes des provinces de Taza, Guercif et Taourirt, a indiqué le responsable.",
    # a colon between the plural cue and the list
    "Le programme a bénéficié à 9.500 personnes dans les trois provinces : Taza, Guercif et Taourirt.",
])
def test_french_plural_cue_gives_the_level_to_each_listed_place(run, text):
    levels = _levels(run(text))
    assert levels["Taza"] == levels["Guercif"] == levels["Taourirt"] == "province"


def test_city_stays_city_when_its_region_is_named(run):
    rec = run("Tanger - La direction régionale de la région de Tanger-Tétouan-Al Hoceïma a réuni "
              "mardi à Tanger une centaine de porteurs de projets.")
    assert _levels(rec)["Tanger"] == "city"


def test_full_prefecture_name_does_not_turn_the_dateline_city_into_it(run):
    rec = run("وجدة - نظمت المديرية الجهوية، اليوم الخميس بوجدة، لقاء لفائدة حاملي المشاريع المنحدرين "
              "من عمالة وجدة أنجاد وإقليم بركان.")
    levels = {l.id: l.level for l in rec.locations}
    assert levels.get("loc:ma:oujda") == "city"


def test_titled_person_wins_over_a_place_or_surname_inside_the_name(run):
    rec = run("Intervenant à cette occasion, M. Karim Benslimane, directeur provincial de l'ANAPEC, a "
              "salué l'engagement des banques. Mme Hassan Amrani a pour sa part présenté le bilan.")
    persons = {p.name for p in rec.persons}
    assert "Karim Benslimane" in persons
    assert not any(l.name in ("Benslimane", "Hassan") for l in rec.locations)


def test_lower_case_head_with_quoted_or_capitalised_name_is_an_organisation(run):
    rec = run("La présidente de l'association « Atlas Jeunes Entreprendre », Mme Nadia Fikri, a présenté "
              "le bilan. Le GIE « Nour Tissage » et la coopérative agricole Zaitoun Ziz, ainsi que "
              "l'incubateur Draa Lab, ont été primés.")
    orgs = {o.name for o in rec.organizations}
    assert {"Atlas Jeunes Entreprendre", "Nour Tissage", "Zaitoun Ziz", "Draa Lab"} <= orgs
    assert {p.name for p in rec.persons} == {"Nadia Fikri"}


def test_french_organisation_stops_before_a_verb_or_a_new_phrase(run):
    rec = run("Le projet est financé par la Banque mondiale au titre de l'appui aux jeunes. La Banque "
              "africaine de développement finance aussi la Fondation à Meknès.")
    names = {o.name for o in rec.organizations}
    assert not any("titre" in n or "finance" in n or "Meknès" in n for n in names)


def test_first_name_and_surname_make_a_person_without_title(run):
    rec = run("Témoignant de son parcours, Samira Ait Lahcen, 31 ans, a raconté comment un crédit "
              "l'a aidée. Le formateur Youssef El Amrani a ensuite animé un atelier.")
    persons = {p.name for p in rec.persons}
    assert {"Samira Ait Lahcen", "Youssef El Amrani"} <= persons


def test_commune_cue_on_a_small_town(run):
    rec = run("Une antenne sera ouverte dans la commune d'Oulad Teima d'ici la fin de l'année.")
    assert _levels(rec).get("Oulad Teima") == "commune"


def _names(group):
    return {e.name for e in group}


def test_a_surname_particle_makes_a_name_of_a_first_name_that_is_also_a_word(run):
    # حميد is also an adjective; "أيت الطالب" is also a commune: together they are a person
    rec = run("الرباط - قال حميد أيت الطالب إن الإقبال على البرنامج في تزايد مستمر.")
    assert "حميد أيت الطالب" in _names(rec.persons)
    assert not rec.locations or all("الطالب" not in l.name for l in rec.locations)


def test_a_known_organisation_then_one_coordinated_word_stays_the_known_name(run):
    rec = run("الرشيدية - يقبل الشباب على خدمات المركز الجهوي للاستثمار وآليات دعم المقاولة بالجهة.")
    assert [o.id for o in rec.organizations] == ["org:cri"]
    assert all("وآليات" not in m.text for o in rec.organizations for m in o.mentions)


def test_a_prefecture_named_with_its_authority_word_is_the_place(run):
    rec = run("تطوان - تختتم القافلة جولتها بمدينتي المضيق والفنيدق التابعتين لعمالة المضيق الفنيدق.")
    assert "loc:ma:province:mdiq-fnideq" in {l.id for l in rec.locations}
    assert not any("عمالة" in o.name for o in rec.organizations)


def test_a_reporting_verb_and_a_counted_role_noun_are_not_names(run):
    rec = run("سيدي إفني - \"كان كل شيء يدويا\"، تحكي سكينة، رئيسة التعاونية. وتضم التعاونية 14 عضوة "
              "وتشغل ثلاثة عمال موسميين، وتنتج حوالي 90 لترا من الزيت سنويا.")
    assert not any("تحكي" in p.name or "وتنتج" in p.name for p in rec.persons)


def test_midnight_is_no_french_city_but_the_city_after_a_cue_is(run):
    rec = run("الرباط - يظل باب الترشيح مفتوحا إلى غاية 31 ماي 2024 على الساعة منتصف الليل.")
    assert "loc:fr:lille" not in {l.id for l in rec.locations}
    rec = run("الرباط - زار وفد من الغرفة مدينة ليل الفرنسية للقاء مقاولين مغاربة.")
    assert "loc:fr:lille" in {l.id for l in rec.locations}


def test_a_bank_branch_in_a_town_is_the_bank_and_the_town(run):
    rec = run("Sidi Ifni - M. Lahcen Aït Baha, chargé d'affaires à l'agence de la Banque Populaire à "
              "Sidi Ifni, suit le dossier de la coopérative depuis le départ.")
    assert "org:banque-populaire" in {o.id for o in rec.organizations}
    assert not any("Sidi Ifni" in o.name for o in rec.organizations)
    assert "Sidi Ifni" in _names(rec.locations)


def test_a_lower_case_last_word_of_a_bank_name_still_matches(run):
    rec = run("Tanger - Le forum se tiendra avec la participation d'Attijariwafa bank et d'Al Barid bank.")
    assert {"org:attijariwafa-bank", "org:al-barid-bank"} <= {o.id for o in rec.organizations}
    rec = run("Rabat - Une réunion de la commission s'est tenue lundi à Rabat.")
    assert "loc:re" not in {l.id for l in rec.locations}  # "réunion" is not La Réunion


def test_moroccan_communes_stay_in_a_story_that_names_foreign_export_markets(run):
    # Every place but France and Belgium is Moroccan, though "Maroc" is never written: a town that
    # is also a province (Sidi Ifni) tells of Morocco as well as a country name would.
    rec = run("Sidi Ifni - Installée dans la commune de Mesti, dans la province de Sidi Ifni, la coopérative "
              "exporte depuis janvier vers la France et la Belgique.")
    assert "loc:ma:mesti" in {l.id for l in rec.locations}


def test_maroc_pme_programmes_are_known(run):
    rec = run("Oujda - Les offres de Maroc PME, comme Istitmar Croissance ou Tatwir Startup, sont plus adaptées.")
    assert {"prog:istitmar-croissance", "prog:tatwir-startup"} <= {p.id for p in rec.programs}


def test_remote_communes_of_the_south_east_and_the_haouz_are_known(run):
    rec = run("الرشيدية - تزور الوحدة المتنقلة جماعات نائية مثل إملشيل وتاغبالت وأيت هاني مرتين في الشهر.")
    assert {"loc:ma:imilchil", "loc:ma:taghbalt", "loc:ma:ait-hani"} <= {l.id for l in rec.locations}
    rec = run("Marrakech - Les chantiers concerneront les communes d'Amizmiz, d'Asni et de Talat N'Yacoub.")
    assert "loc:ma:talat-n-yaacoub" in {l.id for l in rec.locations}


def test_a_naming_phrase_after_a_programme_cue_introduces_the_quoted_name(run):
    rec = run("الدار البيضاء - أعلنت الشركة عن إطلاق منتوج جديد للضمان يحمل اسم \"ضمان النماء\"، موجه للمقاولات "
              "الصغيرة جدا، كما تم إطلاق برنامج جهوي لاحتضان المقاولات الناشئة يحمل اسم «سايس ستارت».")
    assert {"ضمان النماء", "سايس ستارت"} <= _names(rec.programs)
    rec = run("Meknès - La Région a lancé un nouveau programme régional d'incubation baptisé « Saïss Start ».")
    assert "Saïss Start" in _names(rec.programs)


def test_one_word_association_name_and_its_short_mention_are_one_organisation(run):
    rec = run("Essaouira - Initié par l'association Tiwizi pour le développement local, le cursus a formé 60 "
              "femmes. La présidente de l'association Tiwizi, Mme Fatima Oubella, a salué les résultats.")
    tiwizi = [o for o in rec.organizations if "Tiwizi" in o.name]
    assert len(tiwizi) == 1 and tiwizi[0].name == "Tiwizi pour le développement local"
    assert len(tiwizi[0].mentions) == 2


def test_descriptions_and_anaphoric_units_are_no_organisation_names(run):
    rec = run("بني ملال - قدمت المقاولة الشابة نادية أكوراي، مسيرة شركة ناشئة لتثمين الصبار بجماعة أولاد عياد، "
              "شهادتها. ونظم مجلس الجهة المنتدى بشراكة مع المديرية الجهوية للوكالة الوطنية لإنعاش التشغيل والكفاءات، "
              "وفي الختام وقعت اتفاقية بين مجلس الجهة والمديرية الجهوية للوكالة والجامعة.")
    names = _names(rec.organizations)
    assert not any("ناشئة" in n or n.endswith("للوكالة") for n in names)
    assert "org:anapec" in {o.id for o in rec.organizations}
    assert "loc:ma:oulad-ayad" in {l.id for l in rec.locations}


def test_a_place_after_b_and_a_place_cue_ends_an_organisation_name(run):
    rec = run("زاكورة - احتضنت دار الطالبة بجماعة تازارين التابعة لإقليم زاكورة حفل اختتام البرنامج التكويني.")
    assert "loc:ma:tazarine" in {l.id for l in rec.locations}
    # an authority is part of the unit's name ("قسم العمل الاجتماعي بعمالة إقليم ...")
    rec = run("خنيفرة - وأكدت ممثلة قسم العمل الاجتماعي بعمالة إقليم خنيفرة، السيدة نعيمة الراضي، أهمية البرنامج.")
    assert "قسم العمل الاجتماعي بعمالة إقليم خنيفرة" in _names(rec.organizations)


def test_a_hamlet_named_with_a_particle_and_a_waw_initial_word(run):
    rec = run("زاكورة - تنقلت الوحدة المتنقلة إلى الدواوير البعيدة، على غرار دوار أيت وعلال ودوار تاغبالت.")
    names = _names(rec.locations)
    assert "أيت وعلال" in names and "أيت" not in names


def test_a_body_named_inside_an_office_title_is_not_mentioned(run):
    rec = run("الرباط - قال الوزير المنتدب المكلف بالعلاقات مع البرلمان، مصطفى بايتاس، إن المرسوم صودق عليه.")
    assert "org:parlement" not in {o.id for o in rec.organizations}
    rec = run("Rabat - Le Parlement a adopté la loi, a indiqué le ministre délégué chargé des Relations avec le "
              "Parlement, Mustapha Baitas.")
    parl = [o for o in rec.organizations if o.id == "org:parlement"]
    assert len(parl) == 1 and len(parl[0].mentions) == 1


def test_more_known_bodies_and_places(run):
    rec = run("Rabat - Le CAM s'appuie sur ses agences rurales et sa filiale Tamwil El Fellah. Les projets concernent "
              "les communes de Tafrant, Aïn Mediouna et Bni Oulid.")
    assert "org:tamwil-el-fellah" in {o.id for o in rec.organizations}
    assert "loc:ma:bni-oulid" in {l.id for l in rec.locations}
    rec = run("ميدلت - تهم المشاريع جماعات الريش وإملشيل وتونفيت وبومية وأغبالو وزايدة.")
    assert "loc:ma:aghbalou" in {l.id for l in rec.locations}


def test_district_cues_and_verbs_after_them(run):
    rec = run("الدار البيضاء - تحولت المنصة في حي ظل لعقود مرادفا للهشاشة، وتقع قرب درب مولاي الشريف.")
    names = _names(rec.locations)
    assert "ظل" not in names and "مولاي الشريف" in names


def test_quoted_company_names_after_a_description(run):
    rec = run("وجدة - توجت المقاولة الناشئة «سقي ذكي» بالجائزة الكبرى للمسابقة التي نظمتها حاضنة المقاولات «ابتكار الشرق»، "
              "وعادت الجائزة الثانية للمقاولة الناشئة «دواك».")
    assert {"سقي ذكي", "ابتكار الشرق", "دواك"} <= _names(rec.organizations)


def test_two_coordinated_names_are_two_persons(run):
    rec = run("الرباط - وأكد السيد محمد العلوي ويوسف بنعلي أهمية المشروع.")
    assert {"محمد العلوي", "يوسف بنعلي"} <= _names(rec.persons)
    # with surname particles, and no boundary word until the comma after the second
    rec = run("تطوان - عادت الجائزة الكبرى للطالبين إلياس بن عمر وسلمى أيت علي، من المدرسة الوطنية للعلوم التطبيقية.")
    assert {"إلياس بن عمر", "سلمى أيت علي"} <= _names(rec.persons)


def test_a_quoted_programme_name_opening_with_a_first_name_is_no_person(run):
    rec = run("Casablanca - L'inauguration a été marquée par le lancement du programme d'accompagnement "
              "« Sidi Othmane Entreprend », destiné aux jeunes porteurs d'idées du quartier.")
    assert "Sidi Othmane Entreprend" in _names(rec.programs)
    assert not any("Othmane" in p.name for p in rec.persons)


def test_a_name_extends_to_the_acronym_that_spells_it(run):
    rec = run("Bruxelles - Le forum a été organisé avec le concours du Réseau des entrepreneurs marocains de Belgique "
              "(REMB) et de la Fondation Hassan II pour les Marocains résidant à l'étranger.")
    names = _names(rec.organizations)
    assert "Réseau des entrepreneurs marocains de Belgique" in names
    assert "org:fondation-hassan-ii-mre" in {o.id for o in rec.organizations}


def test_places_in_parentheses_after_a_province_are_its_communes(run):
    rec = run("أكادير - ستزور القافلة إقليم طاطا (فم زكيد، أقا، فم الحصن)، ثم إقليم تزنيت (تافراوت وأنزي) ابتداء من فاتح يونيو.")
    levels = _levels(rec)
    assert levels["فم زكيد"] == levels["أقا"] == levels["تافراوت"] == "commune"
    assert levels["طاطا"] == "province"


def test_a_launch_ceremony_is_the_launch_and_a_list_of_people_ends_a_council_name(run):
    rec = run("Taroudant - Le gouverneur a présidé ce mardi la cérémonie de lancement d'une nouvelle vague de chantiers "
              "du programme Awrach, en présence du président du Conseil provincial, d'élus, de chefs des services.")
    assert "program_launch" in {e.type for e in rec.events}
    assert not any("élus" in o.name for o in rec.organizations)


def test_a_capitalised_name_after_a_place_preposition_is_no_person(run):
    rec = run("Tanger - « Nous cherchons 400 opérateurs », explique Mme Salma Idrissi, responsable des ressources "
              "humaines dans une entreprise de câblage implantée à Tanger Automotive City.")
    assert "Salma Idrissi" in _names(rec.persons)
    assert not any("Automotive" in p.name for p in rec.persons)


def test_counts_and_bylines_after_organisation_heads_are_no_names(run):
    rec = run("طنجة - بلغ عدد المترشحين من أصل مجموعه ثلاثة آلاف مترشح نحو ألفين. هيئة التحرير")
    assert not rec.organizations


def test_the_agricultural_development_fund_is_a_programme(run):
    rec = run("سيدي قاسم - استفاد الشباب من دعم صندوق التنمية الفلاحية. Le Fonds de développement agricole (FDA) accorde des aides.")
    assert [p.id for p in rec.programs] == ["prog:fda"] and not rec.organizations


def test_the_word_after_a_surname_particle_is_the_surname(run):
    rec = run("طاطا - من جهته، عبر يوسف أيت بها، 28 سنة، المستفيد من دعم لإحداث وحدة لتلفيف التمور، عن ارتياحه.")
    assert "يوسف أيت بها" in _names(rec.persons)


def test_a_comma_then_waw_ends_a_list_of_places(run):
    rec = run("طاطا - تتوزع المشاريع بين جماعات أقا وفم زكيد وتيسينت، وتشمل أنشطة في مجالات تثمين التمور.")
    names = _names(rec.locations)
    assert {"أقا", "فم زكيد"} <= names and not any("تشمل" in n for n in names)


def test_descriptions_after_organisation_heads_are_no_names(run):
    rec = run("بني ملال - قدم نائب رئيس المجلس المكلف بالتنمية الاقتصادية العرض، مؤكدا التنسيق مع شبكة البنوك الشريكة. "
              "وتميز اليوم بلقاءات بين خبراء البنك والشباب لدراسة أفكار مشاريعهم.")
    assert not rec.organizations


def test_a_naming_phrase_before_the_quoted_name_and_the_cue(run):
    rec = run("Missour - Baptisée « Khatwa », la caravane quittera Missour demain lundi pour les communes rurales.")
    assert "Khatwa" in _names(rec.programs)


def test_a_possessive_owner_role_introduces_the_name(run):
    rec = run("تطوان - حل ثانيا مشروع «زيتونة تك» لصاحبه محمد الأمين ولد سيدي محمد، الطالب بكلية العلوم، "
              "فيما عادت المرتبة الثالثة لمنصة «طبيبي» لصاحبتها هاجر بن الطاهر.")
    assert {"محمد الأمين ولد سيدي محمد", "هاجر بن الطاهر"} <= _names(rec.persons)
    # the first word of a longer role ("الأمين العام") stays a role where that role follows
    rec = run("الرباط - قال الأمين العام للوزارة محمد بنعلي إن البرنامج مستمر.")
    assert [p.role for p in rec.persons if p.name == "محمد بنعلي"] == ["الأمين العام للوزارة"]


def test_a_fund_named_in_quotes_is_a_programme_not_an_organisation(run):
    rec = run("طنجة - ستقدم الفرق ملفاتها إلى صندوق «ابتكار الشمال» الذي تديره الشركة الوطنية للضمان وتمويل المقاولة.")
    assert "ابتكار الشمال" in _names(rec.programs)
    assert not any("ابتكار" in n for n in _names(rec.organizations))


def test_a_quoted_name_is_no_person_whatever_role_precedes_it(run):
    rec = run("Rabat - Pour Mme Khadija El Alaoui, cofondatrice de « Filaha Smart », ce prix arrive au bon moment. "
              "À 28 ans, cette lauréate de l'ENCG d'Agadir dirige « Tazerzit Silver », une société de bijoux.")
    assert _names(rec.persons) == {"Khadija El Alaoui"}


def test_a_description_after_a_quoted_name_makes_it_an_organisation(run):
    rec = run("Rabat - Le prix est revenu à « Khedma Pro », une start-up de Salé, et à « Dirham Kids », une application.")
    assert {"Khedma Pro", "Dirham Kids"} <= _names(rec.organizations)
    rec = run("تطوان - فازت «زيتونة تك»، وهي شركة ناشئة يقودها طلبة، بالجائزة الثانية.")
    assert "زيتونة تك" in _names(rec.organizations)


def test_a_programme_description_after_a_quoted_name_makes_it_a_programme(run):
    rec = run("Béni Mellal - La CCIS a donné, ce jeudi, le coup d'envoi de « Export Jiha », un roadshow régional destiné aux PME.")
    assert "Export Jiha" in _names(rec.programs)
    rec = run("أكادير - أطلقت الغرفة «مصدرو سوس»، وهو برنامج تكويني لفائدة المقاولين الشباب.")
    assert "مصدرو سوس" in _names(rec.programs)


def test_a_negated_adjective_continues_a_role_and_a_name(run):
    rec = run("أكادير - أكد المدير الجهوي لإدارة الجمارك والضرائب غير المباشرة بأكادير، رشيد بوكرين، أن مصالحه معبأة. "
              "وقالت رئيسة جمعية المنظمات غير الحكومية، فاطمة العلمي، إن الشراكة مهمة.")
    assert {"رشيد بوكرين", "فاطمة العلمي"} <= _names(rec.persons)
    assert "جمعية المنظمات غير الحكومية" in _names(rec.organizations)


def test_descriptions_of_workers_councils_and_units_are_no_names(run):
    rec = run("الزمامرة - يقف حمزة خلف فرنه الجديد ويوزع المهام على عماله الأربعة.")
    assert not rec.organizations and _names(rec.locations) == {"الزمامرة"}
    rec = run("فاس - ووقع الاتفاقية نائب رئيس مجلس الجهة المكلف بالتنمية القروية، عبد الحق الشرادي.")
    assert _names(rec.organizations) == {"مجلس الجهة"}
    rec = run("Tanger - Les résultats ont été publiés par la direction régionale de l'Office, puis par la délégation "
              "régionale du Tourisme.")
    assert _names(rec.organizations) == {"délégation régionale du Tourisme"}


def test_a_district_is_also_named_with_its_cue(run):
    rec = run("الزمامرة - تنبعث رائحة الخبز من محل صغير بحي السلام بمدينة الزمامرة.")
    district = next(l for l in rec.locations if l.level == "district")
    assert district.name == "السلام" and "حي السلام" in district.aliases
    rec = run("Casablanca - La plateforme a ouvert au derb Sultan.")
    district = next(l for l in rec.locations if l.level == "district")
    assert "derb Sultan" in district.aliases


def test_a_company_description_after_an_unquoted_name_and_a_new_offer(run):
    rec = run("Errachidia - Originaire de Ferkla El Oulia, il dirige Tafilalet Solaire, une petite société spécialisée "
              "dans les pompes solaires. Crédit du Maroc a lancé « Tamwil Dati », une nouvelle offre de financement.")
    assert "Tafilalet Solaire" in _names(rec.organizations)
    assert "Tamwil Dati" in _names(rec.programs)
    rec = run("Meknès - Salma Bennani, une jeune entreprise de la ville, a exposé.")
    assert "Salma Bennani" not in _names(rec.organizations)


def test_the_board_of_the_cooperative_is_no_name(run):
    rec = run("تارودانت - وشاركت الرئيسة وعضوة مكتب التعاونية، عائشة أوبلا، في المعرض.")
    assert not rec.organizations and "عائشة أوبلا" in _names(rec.persons)


def test_a_bare_head_then_where_it_is_is_no_name(run):
    rec = run("تطوان - يتوفر البرنامج على مكتب بمدينة تطوان لاستقبال حاملي المشاريع.")
    assert not any(n.startswith("مكتب") for n in _names(rec.organizations))


def test_a_list_of_founders_each_with_a_role_after_the_name(run):
    rec = run("الدار البيضاء - وأسس المقاولة ثلاثة شباب هم المهندس أمين بن الصغير، والطبيبة سلمى العلوي، المديرة الطبية، "
              "ويوسف أيت الحاج، المدير التقني، قبل أن تحتضنها حاضنة.")
    roles = {p.name: p.role for p in rec.persons}
    assert roles.get("يوسف أيت الحاج") == "المدير التقني"
    assert not any(n.startswith("ويوسف") for n in roles)


def test_a_list_of_organisations_is_not_one_name_and_an_amounting_participle_is_no_name(run):
    rec = run("Dakhla - Tenu à l'initiative du Conseil de la région de Dakhla-Oued Ed-Dahab, du Centre régional "
              "d'investissement et de l'association Sahara Initiatives Jeunes, le forum a réuni 650 jeunes.")
    assert not any("," in n for n in _names(rec.organizations))
    rec = run("الحسيمة - تنطلق عملية استقبال الطلبات بوكالات البنك البالغ عددها 64 وكالة بالجهة.")
    assert not rec.organizations


def test_a_named_competition_and_a_processing_unit(run):
    rec = run("الدار البيضاء - فازت المقاولة بالمسابقة الوطنية «مبتكرو المغرب» التي نظمت بالرباط.")
    assert "مبتكرو المغرب" in _names(rec.programs)
    rec = run("Sidi Slimane - À 36 ans, elle dirige Gharb Délices, une petite unité de transformation de fruits.")
    assert "Gharb Délices" in _names(rec.organizations)


def test_a_head_with_a_nationality_adjective_alone_is_a_description(run):
    rec = run("مكناس - أبرزت المديرة التجارية للشركة الإسبانية، كارمن رويث، أن الاختيار جاء بعد زيارة ميدانية.")
    assert not rec.organizations and "كارمن رويث" in _names(rec.persons)


@pytest.mark.parametrize("text, name", [
    ("La banque a accordé 520 crédits en 2025 au titre de son offre « Fellah Mokawil », dédiée aux jeunes ruraux.",
     "Fellah Mokawil"),
    ("وقدمت الوكالة برنامجها «شباب مقاول» أمام المنتخبين بمكناس.", "شباب مقاول"),
])
def test_a_possessive_cue_right_before_a_quoted_name_names_it(run, text, name):
    assert name in [p.name for p in run(text).programs]


def test_a_possessive_cue_without_a_name_names_nothing(run):
    assert run("La banque a présenté son offre aux jeunes de Meknès.").programs == []


@pytest.mark.parametrize("text, name", [
    ("Un volet « Jeunes Bâtisseurs » est réservé aux moins de 30 ans.", "Jeunes Bâtisseurs"),
    ("ورصد منها 300 مليون درهم لمكون \"أوراش التكوين\" الذي يستهدف الشباب.", "أوراش التكوين"),
])
def test_a_component_of_a_programme_named_in_quotes_is_a_programme(run, text, name):
    assert name in [p.name for p in run(text).programs]


@pytest.mark.parametrize("text, org_id", [
    ("Deux cents jeunes suivront des formations assurées par l’O.F.P.P.T., à Taza.", "org:ofppt"),
    ("Les conseillers de l'A.N.A.P.E.C accompagnent 300 jeunes à Taza.", "org:anapec"),
])
def test_an_acronym_written_with_dots_is_the_known_organisation(run, text, org_id):
    assert org_id in [o.id for o in run(text).organizations]


@pytest.mark.parametrize("text, family", [
    ("Baptisé « Saïss Startup Lab », l’incubateur accompagnera 60 projets innovants.", "organizations"),
    ("Baptisée « Saïss Startup Lab », la nouvelle initiative accompagnera 60 projets.", "programs"),
    ("« Saïss Startup Lab », un incubateur de l'université, accompagne 60 projets.", "organizations"),
])
def test_a_quoted_name_takes_the_family_of_the_description_after_it(run, text, family):
    assert "Saïss Startup Lab" in [e.name for e in getattr(run(text), family)]


@pytest.mark.parametrize("text, commune", [
    ("Les chantiers concernent les communes de Tahla, Kahf El Ghar et Bni Lent.", "Kahf El Ghar"),
    ("واستفادت جماعة عين الشعير بإقليم فجيج من المشروع.", "عين الشعير"),
])
def test_small_communes_are_known(run, text, commune):
    assert _levels(run(text)).get(commune) == "commune"


def test_a_darija_verb_that_is_also_a_foreign_city_is_no_place(run):
    assert run("\"الناس كانو كيقولو لينا العيالات ما يقدروش\"، تقول سناء بابتسامة.").locations == []
    assert [l.country for l in run("وشارك في المنتدى وفد من مدينة كانو النيجيرية.").locations] == ["NG"]


def test_the_preposition_wa_ila_is_not_the_role_wali(run):
    rec = run("داعيا إلى ربط برامج التشغيل، ومنها برنامج أوراش الذي استفاد منه أزيد من 250 ألف شخص، بمسارات "
              "تكوين وإدماج مستدامة، وإلى تعزيز الالتقائية بين القطاعات.")
    assert rec.persons == []


def test_no_surname_mentions_from_a_name_that_is_a_known_organisation(run):
    rec = run("وحضر الحفل، الذي نظم بشراكة مع مؤسسة البنك الشعبي لإنشاء المقاولات، عامل إقليم صفرو. "
              "ويهدف البرنامج إلى مواكبة المقاولات الناشئة بالجهة.")
    assert rec.persons == []


def test_a_laureate_after_a_with_a_surname_ending_in_sidi_is_a_person_not_a_place(run):
    rec = run("Un prix spécial a été attribué à Mbarka Ahl Sidi, fondatrice de la coopérative « Nakhil Smara ».")
    assert [(p.name, p.role) for p in rec.persons] == [("Mbarka Ahl Sidi", "fondatrice de la coopérative")]
    assert rec.locations == []
    assert [o.name for o in rec.organizations] == ["Nakhil Smara"]


def test_a_five_word_name_with_particles_after_a_role(run):
    rec = run("« Ce prix nous aide », a confié le fondateur de la startup, Mohamed Lamine Ma El Ainine.")
    assert [p.name for p in rec.persons] == ["Mohamed Lamine Ma El Ainine"]


@pytest.mark.parametrize("text, name", [
    ("La convention a été signée avec l'École supérieure de technologie de Guelmim (ESTG).",
     "École supérieure de technologie de Guelmim"),
    ("Le premier prix est revenu à «Sahra Pump», qui développe des kits de pompage solaire.", "Sahra Pump"),
    ("Le prix a été décerné à « Camel Dairy », spécialisée dans la transformation du lait de chamelle.", "Camel Dairy"),
])
def test_french_organisations_from_a_feminine_adjective_or_a_company_description(run, text, name):
    assert name in [o.name for o in run(text).organizations]


@pytest.mark.parametrize("text, name", [
    ("غير بعيد، تشتغل سناء أمزيان، 31 عاما، مع ثماني نساء أخريات داخل تعاونية للعسل.", "سناء أمزيان"),
    ("وعادت الجائزة الأولى إلى الشابة ليلى بنشقرون (29 سنة) عن مشروعها لتثمين مخلفات المعاصر.", "ليلى بنشقرون"),
    ("Le jury a primé Salma Tazi (27 ans) pour son application de covoiturage.", "Salma Tazi"),
])
def test_a_name_followed_by_an_age_is_a_person(run, text, name):
    assert name in [p.name for p in run(text).persons]


def test_li_before_a_lam_word_with_the_article_is_written_with_two_lams(run):
    rec = run("ويستعد محمد لتقديم ملفه للجنة المحلية للتنمية البشرية من أجل الحصول على دعم.")
    assert "org:cldh" in [o.id for o in rec.organizations]


def test_a_person_in_charge_of_a_task_is_named_after_her_role(run):
    rec = run("من جهتها، أبرزت المكلفة بالتنشيط بالمكتب الوطني للاستشارة الفلاحية، حنان الورياغلي، أن المكتب نظم 20 دورة.")
    assert [p.name for p in rec.persons] == ["حنان الورياغلي"]


def test_a_one_word_place_spelled_otherwise_links_to_the_gazetteer(run):
    rec = run("وشملت القافلة جماعة أمسمرير بإقليم تنغير.")
    place = next(l for l in rec.locations if l.mentions[0].text == "أمسمرير")
    assert (place.id, place.level) == ("loc:ma:msemrir", "commune")


@pytest.mark.parametrize("text, name", [
    ("Parmi les lauréates figure Khadija Bennani, fondatrice de Bab Bhar Couture S.A.R.L., un atelier de confection.",
     "Bab Bhar Couture S.A.R.L."),
    ("Il dirige Atlas Agro SARL AU depuis 2019 à Taroudant.", "Atlas Agro SARL AU"),
])
def test_a_legal_form_after_capitalised_words_names_a_company(run, text, name):
    assert name in [o.name for o in run(text).organizations]


def test_cdg_invest_is_its_own_organisation(run):
    rec = run("Le Fonds 212, adossé à CDG Invest, a bouclé deux tours d'amorçage.")
    assert [o.id for o in rec.organizations] == ["org:cdg-invest"]


def test_places_after_a_dual_district_cue_are_districts(run):
    levels = _levels(run("وتطمح الجمعية إلى مواكبة 400 مستفيدة بمقاطعتي زواكة والمرينيين خلال السنة المقبلة."))
    assert levels.get("المرينيين") == "district"


def test_a_verb_and_a_preposition_with_the_article_after_a_role_are_no_name(run):
    rec = run("وعقدت اللجنة دورتها العادية تحت رئاسة عامل الإقليم، خصصت للمصادقة على الدفعة الثانية من المشاريع.")
    assert rec.persons == []


def test_the_average_loan_is_no_organisation(run):
    assert run("وأشار إلى أن قيمة القرض المتوسط تبلغ حوالي 227 ألف درهم.").organizations == []


@pytest.mark.parametrize("text", [
    "وأكد مسؤول بقسم العمل الاجتماعي بعمالة تارودانت، فضل عدم الكشف عن اسمه، أن الملف قيد الدراسة.",
    "وقال نائب رئيس مجلس الجهة، بلهجة حسانية، إن البرنامج فرصة للشباب.",
])
def test_no_person_from_a_clause_after_a_role(run, text):
    assert run(text).persons == []


def test_a_rural_commune_is_named_without_its_adjective_and_the_area_is_no_place(run):
    rec = run("نظم شباب دوار تيزي نوادو، التابع لجماعة أيت تمليل القروية، وقفة احتجاجية. وتضم التعاونية نساء من دواوير المنطقة.")
    names = {l.name for l in rec.locations}
    assert "أيت تمليل" in names and "أيت تمليل القروية" not in names and "المنطقة" not in names


@pytest.mark.parametrize("text", [
    'وأوضح المدير الجهوي للبنك أن "البنك لا يرفض الملفات بشكل اعتباطي"، مبرزا أهمية الضمانات.',
    'ودعا الشباب إلى التوجه إلى المنصة "التي فتحت أبوابها لجميع شباب الإقليم".',
    "وأكد أن الجمعية الحاملة للمشروع استفادت من دعم مالي مهم.",
])
def test_quoted_sentences_and_described_bodies_are_no_names(run, text):
    rec = run(text)
    assert rec.organizations == [] and rec.programs == []


def test_dignity_is_no_commune(run):
    assert run("\"هاذ البرنامج فرصة للشباب يخدم فالبحر بكرامة\"، يقول أحد المستفيدين.").locations == []


def test_a_maritime_chamber_keeps_its_adjective(run):
    rec = run("La Chambre des pêches maritimes de l'Atlantique Sud a signé la convention à Dakhla.")
    assert "Chambre des pêches maritimes de l'Atlantique Sud" in [o.name for o in rec.organizations]


def test_news_sites_are_organisations_and_butane_is_no_country(run):
    rec = run("وأفاد موقع هسبريس أن دعم غاز البوتان سيتراجع السنة المقبلة.")
    assert [o.id for o in rec.organizations] == ["org:hespress"] and rec.locations == []
    assert [o.id for o in run("Selon Le360, le programme Forsa a été prolongé d'un an.").organizations] == ["org:le360"]


@pytest.mark.parametrize("text", [
    "La Cour critique par ailleurs l'absence d'un dispositif de suivi des entreprises créées.",
    "L'Agence indique que 300 jeunes ont été insérés en 2024.",
])
def test_a_verb_in_ique_after_a_head_is_no_part_of_a_name(run, text):
    assert run(text).organizations == []
