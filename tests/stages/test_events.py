"""Events: typed from the trigger lexicons, one per type, lede first, background mentions ignored."""

import pytest

from maroc_entrepreneuriat_nlp.pipeline import DEFAULT_STAGES, Pipeline
from maroc_entrepreneuriat_nlp.records import Entity, Location, Mention
from maroc_entrepreneuriat_nlp.stages.events import events

FILL_FR = (
    "Cette initiative s'inscrit dans la stratégie régionale de promotion de l'emploi des jeunes et de "
    "l'auto-emploi, a précisé le responsable, notant que les porteurs de projets bénéficieront d'un accompagnement."
)
FILL_AR = (
    "وتندرج هذه المبادرة في إطار الاستراتيجية الجهوية لإنعاش تشغيل الشباب والتشغيل الذاتي، حسب المسؤول، "
    "الذي أشار إلى أن حاملي المشاريع سيستفيدون من مواكبة ملائمة."
)


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(list(DEFAULT_STAGES) + ["publication_date", "dates", "events"])


CASES = [
    # (article, expected event types, types that must not appear)
    (
        "وقعت الوكالة الوطنية لإنعاش التشغيل والكفاءات والمركز الجهوي للاستثمار، اليوم الخميس بوجدة، اتفاقية شراكة "
        "لمواكبة حاملي المشاريع بالجهة.\n" + FILL_AR,
        {"agreement_signing"},
        {"program_launch", "announcement"},
    ),
    (
        "تم أمس الأربعاء بطنجة التوقيع على مذكرة تفاهم بين غرفة التجارة والصناعة والخدمات وجمعية للمقاولين الشباب.\n" + FILL_AR,
        {"agreement_signing"},
        set(),
    ),
    (
        "أطلقت وزارة الإدماج الاقتصادي، اليوم الاثنين بالرباط، برنامجا جديدا لدعم المقاولين الذاتيين.\n" + FILL_AR,
        {"program_launch"},
        {"announcement"},
    ),
    (
        "تم، يوم الثلاثاء بفاس، إعطاء انطلاقة برنامج جهوي لمواكبة المقاولات الصغيرة جدا.\n" + FILL_AR,
        {"program_launch"},
        set(),
    ),
    (
        "نظمت الجمعية، يوم السبت بمدينة الجديدة، ندوة حول آليات تمويل المقاولات الناشئة.\n" + FILL_AR,
        {"forum_or_meeting"},
        set(),
    ),
    (
        "احتضنت مدينة بني ملال منتدى جهويا للمقاولات الصغرى بمشاركة عدد من المؤسسات البنكية.\n" + FILL_AR,
        {"forum_or_meeting"},
        set(),
    ),
    (
        "حطت القافلة الجهوية للتشغيل الذاتي، يوم الخميس، بجماعة أيت ملول لتحسيس الشباب بفرص المقاولة.\n" + FILL_AR,
        {"caravan_or_tour"},
        set(),
    ),
    (
        "تم، اليوم الجمعة بالعيون، تسليم شيكات الدعم لفائدة 40 حامل مشروع في إطار المبادرة الوطنية للتنمية البشرية.\n" + FILL_AR,
        {"funding_award"},
        set(),
    ),
    (
        "استفاد 30 شابا من دورة تكوينية في مجال التسيير المقاولاتي نظمت بمدينة الناظور.\n" + FILL_AR,
        {"training"},
        set(),
    ),
    (
        "أعلن وزير الإدماج الاقتصادي عن تمديد آجال الترشيح لبرنامج دعم المقاولين الشباب إلى غاية نهاية الشهر.\n" + FILL_AR,
        {"announcement"},
        set(),
    ),
    (
        "دشن عامل الإقليم، اليوم الثلاثاء، فضاء جديدا للمقاولين الشباب بمدينة تازة.\n" + FILL_AR,
        {"other"},
        set(),
    ),
    # background mentions do not make events
    (
        "بلغ عدد المستفيدين من البرنامج، الذي أطلقته الحكومة قبل سنتين، أزيد من 20 ألف شاب، حسب معطيات رسمية.\n" + FILL_AR,
        {"announcement"},
        {"program_launch"},
    ),
    (
        "في إطار تفعيل اتفاقية الشراكة المبرمة بين الجهة والوكالة، استفاد 300 شاب من المواكبة خلال السنة الماضية.\n" + FILL_AR,
        {"announcement"},
        {"agreement_signing"},
    ),
    (
        "يشكل مشروع “منصة ملتقى الشباب” فضاء لمواكبة حاملي المشاريع بالإقليم منذ سنوات.\n" + FILL_AR,
        {"announcement"},
        {"forum_or_meeting"},
    ),
    (
        "L'Agence nationale de promotion de l'emploi et des compétences a signé, mardi à Meknès, une convention de "
        "partenariat avec la Chambre d'artisanat de la région.\n" + FILL_FR,
        {"agreement_signing"},
        {"announcement"},
    ),
    (
        "Le ministère de l'Inclusion économique a lancé, lundi à Rabat, un programme d'accompagnement des auto-entrepreneurs.\n" + FILL_FR,
        {"program_launch"},
        set(),
    ),
    (
        "Un séminaire sur le financement des très petites entreprises a été organisé jeudi à Béni Mellal.\n" + FILL_FR,
        {"forum_or_meeting"},
        set(),
    ),
    (
        "La caravane de l'entrepreneuriat a fait escale samedi à Taroudant pour informer les jeunes des programmes d'appui.\n" + FILL_FR,
        {"caravan_or_tour"},
        {"forum_or_meeting"},
    ),
    (
        "Une cérémonie de remise des chèques aux bénéficiaires du programme a eu lieu vendredi à Settat.\n" + FILL_FR,
        {"funding_award"},
        set(),
    ),
    (
        "Une session de formation au profit de 25 coopératives féminines a été organisée à Errachidia.\n" + FILL_FR,
        {"training"},
        set(),
    ),
    (
        "Le comité provincial du développement humain, réuni mardi sous la présidence du gouverneur, a approuvé 18 projets.\n" + FILL_FR,
        {"forum_or_meeting"},
        set(),
    ),
    (
        "Le wali de la région a inauguré, mercredi à Kénitra, un nouvel espace dédié aux porteurs de projets.\n" + FILL_FR,
        {"other"},
        set(),
    ),
    # background mentions (French)
    (
        "Lancé en juillet 2012, le programme a permis de financer 3.000 projets, selon un rapport de l'agence.\n" + FILL_FR,
        {"announcement"},
        {"program_launch"},
    ),
    (
        "Plus de 8.000 entreprises ont été financées depuis son lancement en 2013 grâce à cette garantie, indique l'organisme.\n" + FILL_FR,
        {"announcement"},
        {"program_launch"},
    ),
    (
        "Cette rencontre s'inscrit dans le cadre de l'accord de partenariat conclu entre la Chambre et l'association, "
        "a indiqué son président lors d'une rencontre organisée vendredi à Fès.\n" + FILL_FR,
        {"forum_or_meeting"},
        {"agreement_signing"},
    ),
    (
        "La caravane va à la rencontre des jeunes des zones rurales de la province de Zagora.\n" + FILL_FR,
        {"caravan_or_tour"},
        {"forum_or_meeting"},
    ),
    (
        "Le Réseau régional compte 1.200 adhérents à ce jour, assure son président dans une déclaration à la presse.\n" + FILL_FR,
        {"announcement"},
        set(),
    ),
]


@pytest.mark.parametrize("text,expected,forbidden", CASES, ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(CASES)])
def test_event_types(pipe, text, expected, forbidden):
    types = [e.type for e in pipe(text).events]
    assert len(types) == len(set(types)), "one event per type"
    assert expected <= set(types)
    assert not (forbidden & set(types))


def test_event_span_is_the_trigger_and_points_at_the_original(pipe):
    text = "وقعت الوكالة، اليوم الخميس بوجدة، اتفاقية شراكة مع المركز الجهوي للاستثمار.\n" + FILL_AR
    rec = pipe(text)
    ev = next(e for e in rec.events if e.type == "agreement_signing")
    assert text[ev.start : ev.end] == ev.text == "وقعت"


def test_event_date_comes_from_the_trigger_sentence(pipe):
    text = "Le ministre a lancé, ce lundi 6 février, le plan Génération Entrepreneurs à Rabat.\n" + FILL_FR
    rec = pipe(text, publication_date="2023-02-07")
    ev = next(e for e in rec.events if e.type == "program_launch")
    assert ev.date == "2023-02-06"


def test_event_date_range_of_a_caravan(pipe):
    text = "La caravane sillonnera la région du 6 au 31 juillet courant à la rencontre des jeunes porteurs de projets.\n" + FILL_FR
    rec = pipe(text, publication_date="2021-07-08")
    ev = next(e for e in rec.events if e.type == "caravan_or_tour")
    assert ev.date == "2021-07-06/2021-07-31"


def test_event_without_a_clear_date_has_none(pipe):
    text = "Un séminaire sur le financement des coopératives a été organisé à Ifrane.\n" + FILL_FR
    ev = pipe(text).events[0]
    assert ev.type == "forum_or_meeting" and ev.date is None


def _with_entities(pipe, text):
    """A Doc after dates, with places and organisations placed by hand (the entity stages' job)."""
    doc = pipe.run(pipe.make_doc(text))

    def mentions(word):
        i = text.index(word)
        return [Mention(text=word, start=i, end=i + len(word))]

    doc.locations = [
        Location(name="Souss-Massa", level="region", country="MA", mentions=mentions("Souss-Massa")),
        Location(name="Agadir", level="city", country="MA", mentions=mentions("Agadir")),
    ]
    doc.organizations = [Entity(id="org:anapec", name="ANAPEC", mentions=mentions("ANAPEC"))]
    doc.programs = [Entity(id="prog:intelaka", name="Intelaka", mentions=mentions("Intelaka"))]
    doc.events = []
    return events(doc)


def test_event_location_participants_and_programs_from_the_sentence():
    pipe = Pipeline(list(DEFAULT_STAGES) + ["publication_date", "dates"])
    text = (
        "L'ANAPEC a signé, lundi à Agadir, une convention de partenariat avec le CRI Souss-Massa pour le programme "
        "Intelaka.\n" + FILL_FR
    )
    doc = _with_entities(pipe, text)
    ev = next(e for e in doc.events if e.type == "agreement_signing")
    assert ev.location == "Agadir"  # the city, rather than the region
    assert ev.participants == ["ANAPEC"]
    assert ev.programs == ["prog:intelaka"]


def test_no_sentences_no_events():
    pipe = Pipeline(list(DEFAULT_STAGES) + ["events"])
    assert pipe("").events == []


GENERAL = [
    # a handover of grants is a funding award whatever the noun after "remise de" / "تسليم"
    ("Le gouverneur a présidé jeudi à Settat une cérémonie de remise de subventions à 35 coopératives.\n" + FILL_FR,
     {"funding_award"}, {"announcement"}),
    ("ترأس عامل الإقليم، اليوم الخميس، حفلا لتسليم الدعم المالي لفائدة 50 حامل مشروع.\n" + FILL_AR,
     {"funding_award"}, {"announcement"}),
    # a launch whose subject is a training session is the training
    ("Une session de formation au profit de 60 conseillers a été lancée lundi à Fès.\n" + FILL_FR,
     {"training"}, {"program_launch"}),
    # announcing a launch is the launch
    ("أعلنت الوزارة، يوم الأربعاء بالرباط، عن إطلاق برنامج جديد لتمويل المقاولات الصغيرة جدا.\n" + FILL_AR,
     {"program_launch"}, {"announcement"}),
    # "tournée vers" is no tour; "a ouvert ses portes" is an opening
    ("Un centre de formation tournée vers les jeunes ruraux a ouvert ses portes mardi à Taza.\n" + FILL_FR,
     {"other"}, {"caravan_or_tour"}),
    # a launch that is background ("depuis le lancement") or planned ("سيتم") is no event of its own
    ("La Chambre a organisé mercredi à Safi un forum régional sur l'auto-emploi.\n"
     "Le directeur a indiqué que 900 crédits ont été accordés depuis le lancement du programme.\n" + FILL_FR,
     {"forum_or_meeting"}, {"program_launch"}),
    ("عقدت اللجنة الجهوية، اليوم الثلاثاء بفاس، اجتماعا لتتبع برنامج دعم الشباب.\n"
     "ومن جهتها، ستتولى الوكالة تنظيم دورات تكوينية لفائدة المستفيدين ابتداء من الشهر المقبل.\n" + FILL_AR,
     {"forum_or_meeting"}, {"training"}),
    # a launch whose object is glossed in parentheses stays the launch; an abbreviated month is no sentence end
    ("Errachidia, 24 oct. 2024 (MAP) - Le coup d'envoi du projet « Nakhil Drâa » (la palmeraie du Drâa), destiné "
     "à former 900 jeunes, a été donné ce jeudi à Errachidia.\n" + FILL_FR,
     {"program_launch"}, {"announcement"}),
    # a trigger inside a quoted name counts when the name is an edition being held
    ("L'Université accueille, du 12 au 14 mars, la 5ème édition du « Forum Fès Entreprendre », organisée par la "
     "Chambre de commerce.\n" + FILL_FR,
     {"forum_or_meeting"}, {"announcement"}),
    # cheques received are a funding award; a council's ordinary session and "انعقدت" are meetings
    ("Une trentaine de porteurs de projets ont reçu, ce lundi à Tata, des chèques de financement au titre de l'INDH.\n"
     + FILL_FR, {"funding_award"}, {"announcement"}),
    ("Le Conseil de la région a approuvé, jeudi à Fès, lors de sa session ordinaire d'octobre, une série de conventions.\n"
     + FILL_FR, {"forum_or_meeting"}, {"announcement"}),
    ("أفادت الوزارة أن لجنة القيادة الوطنية للبرنامج، التي انعقدت يوم الجمعة بالرباط، صادقت على حصيلة البرنامج.\n"
     + FILL_AR, {"forum_or_meeting"}, set()),
    # the accusative of a meeting noun ("احتضنت المدينة يوما دراسيا")
    ("احتضنت مدينة الداخلة، اليوم الأربعاء، يوما دراسيا حول نظام المقاول الذاتي.\n" + FILL_AR,
     {"forum_or_meeting"}, {"announcement"}),
    # a session followed by the budget year it adopts is held, not planned; a programme "lancé l'an
    # dernier" is background
    ("Fès, 8 oct. 2024 (MAP) - Le Conseil de la région a adopté, lundi lors de sa session ordinaire, le budget de "
     "l'exercice 2025 et une convention pour le programme « Fès Jeunes Entreprendre », lancé l'an dernier.\n" + FILL_FR,
     {"forum_or_meeting"}, {"program_launch"}),
    # a call for applications being launched is an announcement, not a programme launch
    ("Tanger, 14 janv. 2025 (MAP) - La Chambre de commerce a lancé, ce mardi, un appel à candidatures pour la deuxième "
     "cohorte de son programme d'incubation.\n" + FILL_FR, {"announcement"}, {"program_launch"}),
    ("أعلنت الغرفة، اليوم الخميس بأكادير، عن فتح باب الترشيح للاستفادة من الدفعة الثانية من برنامج دعم المقاولات الصغيرة جدا.\n"
     + FILL_AR, {"announcement"}, {"program_launch"}),
    # the closing ceremony of a training programme is the training
    ("احتضنت دار الطالبة بجماعة تازارين، يوم السبت 22 فبراير 2025، حفل اختتام البرنامج التكويني «نساء الواحة».\n"
     + FILL_AR, {"training"}, {"announcement"}),
    # a signing ceremony during which a programme is launched: both events
    ("احتضنت مدينة القنيطرة، اليوم الخميس، حفل توقيع اتفاقية شراكة لدعم المقاولة الذاتية بالجهة، أعطيت خلاله أيضا "
     "الانطلاقة الرسمية لبرنامج «رواد الغرب» الموجه لحاملي المشاريع الشباب.\n" + FILL_AR,
     {"agreement_signing", "program_launch"}, set()),
    # an earlier call only referred to is no event
    ("La Chambre a organisé mercredi à Safi un forum régional sur l'auto-emploi.\n"
     "La région a reçu 9.500 candidatures lors de la première phase de l'appel à projets.\n" + FILL_FR,
     {"forum_or_meeting"}, {"announcement"}),
    # winning a prize is an award; a definite training programme or session is a training
    ("La startup « Agri Sense » a remporté dimanche soir le premier prix du hackathon organisé à Rabat.\n" + FILL_FR,
     {"funding_award"}, {"announcement"}),
    ("انطلقت، اليوم الثلاثاء بأكادير، أشغال الدورة الثانية من البرنامج التكويني «مصدرو سوس» لفائدة 60 مقاولا.\n" + FILL_AR,
     {"training"}, {"announcement"}),
    ("فاز مشروع «بحر نقي»، أمس السبت بتطوان، بالجائزة الكبرى للنسخة الثالثة من المسابقة.\n" + FILL_AR,
     {"funding_award"}, {"announcement"}),
    # a portrait: the entrepreneur got a loan, which is what the story reports
    ("À 31 ans, Nadia Oubella dirige une petite unité de séchage de figues à Ouezzane. En 2023, elle a obtenu "
     "un crédit de 180.000 DH auprès de la Banque Populaire au titre du programme Intelaka.\n" + FILL_FR,
     {"funding_award"}, {"announcement"}),
    ("تدير سناء الإدريسي، البالغة من العمر 29 سنة، ورشة صغيرة للخياطة بوزان، بعدما استفادت من قرض قيمته 150 ألف "
     "درهم في إطار برنامج انطلاقة.\n" + FILL_AR, {"funding_award"}, {"announcement"}),
    # "lance-t-elle" tags a quotation: she says, nothing is launched
    ("Khadija Amrani, 34 ans, vend ses tapis à Tazenakht depuis 2019.\n« Je veux exporter vers l'Europe », "
     "lance-t-elle, confiante.\n" + FILL_FR, set(), {"program_launch"}),
    # beneficiaries who started their own business launched no programme
    ("Agadir - Une vingtaine de jeunes de la province ont lancé leur entreprise grâce au programme.\n" + FILL_FR,
     set(), {"program_launch"}),
    ("أكادير - تمكن حوالي عشرين شابا بالإقليم من إطلاق مشاريعهم الخاصة بفضل البرنامج.\n" + FILL_AR,
     set(), {"program_launch"}),
    # the launch of a training programme's new cohort is the training
    ("Tanger - La CCIS a donné lundi le coup d'envoi de la troisième cohorte de son programme de formation "
     "« Moukawil Chamal », destiné aux auto-entrepreneurs.\n" + FILL_FR, {"training"}, {"program_launch"}),
    # selecting startups for a programme is a funding award
    ("Rabat - Le programme « Tatwir Startup » a retenu 31 jeunes pousses lors de sa dernière session.\n" + FILL_FR,
     {"funding_award"}, {"announcement"}),
    ("الرباط - أعلن الصندوق، اليوم الاثنين، عن انتقاء 12 مقاولة ناشئة جديدة للاستفادة من برنامج التسريع.\n" + FILL_AR,
     {"funding_award"}, set()),
    # a programme's launch referred back to is no event; a company selection is an award; the
    # weekly government council only frames a statement
    ("Entretien réalisé par Salma Idrissi\nSix ans après son lancement, le programme Intelaka continue de "
     "drainer des milliers de porteurs de projets, explique le directeur.\n" + FILL_FR, set(), {"program_launch"}),
    ("الرباط - انتقت الوكالة، أمس الثلاثاء، 120 مقاولة للاستفادة من الدورة الأخيرة لبرنامج «إمتياز».\n" + FILL_AR,
     {"funding_award"}, set()),
    ("قال رئيس الحكومة، في كلمة افتتاحية لاجتماع مجلس الحكومة المنعقد اليوم الخميس، إن البنوك منحت 23 ألف قرض.\n"
     + FILL_AR, set(), {"forum_or_meeting"}),
    # young people protesting in front of the commune: an event of another kind
    ("أزيلال - نظم العشرات من شباب الدوار، صباح أمس الثلاثاء، وقفة احتجاجية أمام مقر الجماعة بعد انتهاء عقودهم.\n"
     + FILL_AR, {"other"}, {"announcement"}),
    # a minister answering oral questions in parliament: the session is the event
    ("Le ministre a défendu mardi à Rabat le bilan du programme Awrach, lors de la séance hebdomadaire des "
     "questions orales à la Chambre des représentants.\n" + FILL_FR, {"forum_or_meeting"}, set()),
]


@pytest.mark.parametrize("text,expected,forbidden", GENERAL, ids=[f"general-{i}" for i in range(len(GENERAL))])
def test_event_types_generalised(pipe, text, expected, forbidden):
    types = {e.type for e in pipe(text).events}
    assert expected <= types
    assert not (forbidden & types)


def test_event_date_is_the_weekday_even_when_it_equals_the_dateline(pipe):
    rec = pipe("Safi, 7 mai 2024 (MAP) - La Chambre a organisé, ce mardi à Safi, un forum régional sur l'emploi.\n" + FILL_FR)
    assert [(e.type, e.date) for e in rec.events] == [("forum_or_meeting", "2024-05-07")]


def test_a_weekday_next_to_a_future_verb_is_the_coming_one(pipe):
    rec = pipe("01/10/2024 à 16h20\n\nErrachidia - La caravane donnera jeudi le coup d'envoi de sa tournée à "
               "Errachidia. Le forum régional a réuni lundi 200 jeunes à Midelt.\n" + FILL_FR)
    values = {d.text: d.value for d in rec.dates}
    assert values["jeudi"] == "2024-10-03"  # the Thursday after Tuesday 1 October
    assert values["lundi"] == "2024-09-30"  # the past Monday
