"""Pattern recognisers (entities/patterns*.py) on hand-written MAP-style sentences, AR and FR."""

from __future__ import annotations

import pytest

from maroc_entrepreneuriat_nlp.entities.patterns import find_candidates, norm
from maroc_entrepreneuriat_nlp.pipeline import DEFAULT_STAGES, Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(list(DEFAULT_STAGES))


def run(pipe, text):
    doc = pipe.run(pipe.make_doc(text))
    return doc, find_candidates(doc)


def texts(doc, cands, label):
    return [doc.norm_text[c.start : c.end] for c in cands if c.label == label]


def by_text(doc, cands, label, surface):
    surface = norm(surface)
    for c in cands:
        if c.label == label and doc.norm_text[c.start : c.end] == surface:
            return c
    return None


# ------------------------------------------------------------------------------------------------
# Persons: (sentence, expected name, expected role or None to skip the check)
# ------------------------------------------------------------------------------------------------
PERSONS = [
    ("M. Karim Alaoui, directeur régional de l'ANAPEC, a présenté le bilan de l'année.",
     "Karim Alaoui", "directeur régional de l'ANAPEC"),
    ("Le programme a été présenté par le ministre Rachid Bennani lors d'une rencontre à Agadir.",
     "Rachid Bennani", "ministre"),
    ("Hamid Tazi, directeur de la Caisse régionale, a souligné l'importance de la formation.",
     "Hamid Tazi", "directeur de la Caisse régionale"),
    ("Mme Salma Idrissi, coordinatrice de l'Espace jeunes, a expliqué les étapes du dispositif.",
     "Salma Idrissi", "coordinatrice de l'Espace jeunes"),
    ("A cette occasion, le directeur général du Centre régional d'investissement de Souss-Massa, Omar Lahlou, a indiqué que la caravane sillonnera la région.",
     "Omar Lahlou", "directeur général du Centre régional d'investissement de Souss-Massa"),
    ("Le gouverneur de la province de Tiznit, Ahmed Ait Taleb, a présidé la cérémonie.",
     "Ahmed Ait Taleb", "gouverneur de la province de Tiznit"),
    ("La représentante de la division de l'action sociale à la préfecture d'Oujda, Nadia El Fassi, a rappelé les objectifs.",
     "Nadia El Fassi", "représentante de la division de l'action sociale à la préfecture d'Oujda"),
    ("Selon Yassine Berrada, président de l'Association des jeunes entrepreneurs, le bilan est positif.",
     "Yassine Berrada", "président de l'Association des jeunes entrepreneurs"),
    ("Le ministre de l'Industrie, du Commerce et de l'Economie verte, Khalid Mansouri, a inauguré le salon.",
     "Khalid Mansouri", "ministre de l'Industrie, du Commerce et de l'Economie verte"),
    ("Sous la présidence de Madame Leila Benjelloun-Kettani, Ministre du Tourisme, le conseil a adopté le plan.",
     "Leila Benjelloun-Kettani", "Ministre du Tourisme"),
    ("Le projet a été lancé par SM le Roi Mohammed VI en 2019.", "Mohammed VI", "Roi"),
    ("Monsieur Anouar Chraibi, le Directeur Général de l'Office, a mis en avant les réalisations.",
     "Anouar Chraibi", "Directeur Général de l'Office"),
    ("Côté résultats, l'ingénieure agronome Leila Ouhmane a indiqué que 300 agriculteurs ont été accompagnés.",
     "Leila Ouhmane", None),
    # an age in apposition makes a person
    ("Parmi les anciens participants, Nouhaila Bensaid, 26 ans, a ouvert un atelier de couture.", "Nouhaila Bensaid", None),
    ("وأكد السيد محمد العلوي، المدير الجهوي للوكالة، أن البرنامج يستهدف الشباب.", "محمد العلوي", None),
    ("وأوضحت منسقة المبادرة الوطنية للتنمية البشرية بالإقليم، فاطمة الزهراء بنعلي، أن المشاريع ستنطلق قريبا.",
     "فاطمة الزهراء بنعلي", "منسقة المبادرة الوطنية للتنمية البشرية بالإقليم"),
    ("وترأس عامل إقليم تارودانت، مبروك ثابت، أشغال اللجنة الإقليمية.", "مبروك ثابت", "عامل إقليم تارودانت"),
    ("أبرز المدير الإقليمي للشباب والرياضة، عبد الحق الزواغ، أن القافلة ستجوب الجماعات القروية.",
     "عبد الحق الزواغ", "المدير الإقليمي للشباب والرياضة"),
    ("وقال وزير الفلاحة والصيد البحري، أحمد البوزيدي، إن الحكومة ستواصل دعم التعاونيات.",
     "أحمد البوزيدي", "وزير الفلاحة والصيد البحري"),
    ("وأشار رئيس جمعية الأمل للتنمية والتضامن رشيد الناصري إلى أهمية التكوين.",
     "رشيد الناصري", "رئيس جمعية الأمل للتنمية والتضامن"),
    ("ومن جانبه، أكد يوسف بنشقرون، رئيس غرفة التجارة والصناعة والخدمات، أن الغرفة ستواكب المقاولين.",
     "يوسف بنشقرون", "رئيس غرفة التجارة والصناعة والخدمات"),
    ("من جهتها أبرزت منسقة المشروع السيدة حنان الصقلي، في تصريح مماثل، أن المنصة تقدم خدمات متعددة.",
     "حنان الصقلي", None),
    ("وقد أعطى صاحب الجلالة الملك محمد السادس انطلاقة البرنامج سنة 2020.", "محمد السادس", None),
    ("وأوضحت المديرة العامة للمكتب الوطني للسياحة، سعاد المنصوري، أن الحملة تستهدف الشباب.",
     "سعاد المنصوري", "المديرة العامة للمكتب الوطني للسياحة"),
    # no title, no role: a reporting verb then a known first name
    ("وفي كلمة بالمناسبة، أوضح عبد الرحيم الوزاني إلى أن التعاونيات استفادت من التكوين.", "عبد الرحيم الوزاني", None),
    ("وقالت نادية الشرقاوي إن المشروع مكنها من الاستقلال المادي.", "نادية الشرقاوي", None),
    # role nouns with the article, and the owner of a project
    ("وطرحت النائبة حليمة البوعزاوي، خلال جلسة الأسئلة الشفوية، سؤالا حول حصيلة البرنامج.", "حليمة البوعزاوي", "النائبة"),
    ("وتحدث عدد من المستفيدين، من بينهم مريم الكتاني، صاحبة مشروع لصناعة الأجبان، عن تجربتهم.",
     "مريم الكتاني", "صاحبة مشروع لصناعة الأجبان"),
    # a reporting verb, a name that is no known first name, and an apposition
    ("وفي تصريح مماثل، قالت الضاوية بلحاج، وهي حرفية في النسيج، إن الدعم جاء في وقته.", "الضاوية بلحاج", None),
    # a one-word role with a possessive suffix
    ("وتضم الجمعية 60 عضوا، حسب رئيستها، زهور الإدريسي، التي دعت إلى تعميم التجربة.", "زهور الإدريسي", None),
    ("واستفاد من المواكبة 90 شابا، حسب مديرها يوسف الطالبي.", "يوسف الطالبي", None),
    # a known first name, a surname and a comma, or "أما X فـ"
    ("وكان إدريس أوبلا، شاب في الثلاثين من عمره، من أوائل المستفيدين.", "إدريس أوبلا", None),
    ("أما سفيان الزياني فأوضح أن القافلة وفرت عليه عناء التنقل.", "سفيان الزياني", None),
    # a title followed by an adjective is a role: the name comes after the comma
    ("أما المهندسة الفلاحية بالمديرية، نادية الصبار، فأكدت أن البرنامج يعتمد على الإرشاد.", "نادية الصبار", None),
    # the name read back from the comma starts at its first name
    ("وشارك في اللقاء محمد أمين الشرايبي، رئيس جمعية المقاولين الشباب.", "محمد أمين الشرايبي", None),
    ("وعادت الجائزة الأولى لمريم الوافي، الطالبة بكلية العلوم.", "مريم الوافي", None),
    ("من جهتها، قالت حياة المنصوري، خريجة كلية الحقوق، إن القافلة مفيدة.", "حياة المنصوري", None),
]


@pytest.mark.parametrize("sentence,name,role", PERSONS)
def test_person_with_role(pipe, sentence, name, role):
    doc, cands = run(pipe, sentence)
    c = by_text(doc, cands, "person", name)
    assert c is not None, texts(doc, cands, "person")
    assert c.source.startswith("pattern:")
    if role is not None:
        assert c.attrs["role"] == norm(role)


# Persons that must NOT be proposed (texts that are no person name at all).
NOT_PERSONS = [
    "Le directeur a présenté le bilan annuel devant les partenaires.",
    "Le ministre de tutelle, plus de 300 agences et points de présence sont prévus.",
    "Selon le Centre régional d'investissement, les demandes ont augmenté.",
    "Lancé en janvier dernier, le programme Awrach compte près de 80.000 bénéficiaires.",
    "Cette Initiative Nationale a permis la création de nombreux emplois.",
    "وأضافت وزيرة الاقتصاد والمالية، في معرض جوابها، أن البرنامج حقق نتائج مهمة.",
    "ولفتت المسؤولة الحكومية إلى أن الحكومة أبرمت اتفاقية شراكة.",
    "وقع رئيس مؤسسة محمد الخامس للتضامن اتفاقية مع الجهة.",
    "وذكر العامل بأن فئة الشباب حظيت بأهمية كبيرة.",
    "Dans son allocution, Madame la Ministre a souligné la dynamique positive du secteur.",
    # a reporting verb before words that are no first name
    "وأكد المتدخلون أن البرنامج ساهم في خلق فرص الشغل.",
    "وقال مصدر من الوكالة إن الملفات ستدرس قريبا.",
    # first names that are also words
    "ويبقى حسن الظن بالمؤسسات، حسب المتدخلين، ضروريا.",
    "وتبقى إيمان الشباب بالمبادرة، حسب الدراسة، قوية.",
]


@pytest.mark.parametrize("sentence", NOT_PERSONS)
def test_no_person(pipe, sentence):
    doc, cands = run(pipe, sentence)
    assert texts(doc, cands, "person") == []


def test_person_organization_attr(pipe):
    doc, cands = run(pipe, "Le directeur général du CRI de Drâa-Tafilalet, Hassan Amrani, a pris la parole.")
    c = by_text(doc, cands, "person", "Hassan Amrani")
    assert c.attrs["organization"] == "CRI de Drâa-Tafilalet"
    doc, cands = run(pipe, "وقال وزير التشغيل والإدماج المهني، محمد أمكراز، إن الوزارة ستواصل دعم الشباب.")
    c = by_text(doc, cands, "person", "محمد أمكراز")
    assert c.attrs["organization"] == norm("وزارة التشغيل والإدماج المهني")


def test_apposition_roles_go_to_the_right_person(pipe):
    doc, cands = run(pipe, "En présence du président de la République, Amadou Diallo, le Délégué général, Moussa Ndiaye, s'est dit fier.")
    assert by_text(doc, cands, "person", "Amadou Diallo").attrs["role"] == "président de la République"
    assert by_text(doc, cands, "person", "Moussa Ndiaye").attrs["role"] == "Délégué général"


@pytest.mark.parametrize(
    "text,short,full",
    [
        ("Le directeur du CRI, Allal Ouazzani, a ouvert la séance. M. Ouazzani a ensuite rappelé les chiffres.", "Ouazzani", "Allal Ouazzani"),
        ("Le ministre de l'Emploi, Younes Sekkouri, a lancé le plan. Y. Sekkouri a précisé les objectifs.", "Y. Sekkouri", "Younes Sekkouri"),
        ("Le président de l'IME, Mostapha El Moufid, a pris la parole. Pour El Moufid, la rencontre est utile.", "El Moufid", "Mostapha El Moufid"),
        ("قال رئيس الحكومة، عزيز أخنوش، إن البرنامج سيتوسع. وأوضح أخنوش أن التمويل متوفر.", "أخنوش", "عزيز أخنوش"),
        ("أكد وزير الإدماج الاقتصادي، يونس السكوري، أن المخطط طموح. وأشار السيد السكوري إلى الشراكات.", "السكوري", "يونس السكوري"),
    ],
)
def test_later_short_mentions(pipe, text, short, full):
    doc, cands = run(pipe, text)
    c = by_text(doc, cands, "person", short)
    assert c is not None, texts(doc, cands, "person")
    assert c.name == norm(full)


# ------------------------------------------------------------------------------------------------
# Organisations: (sentence, expected span)
# ------------------------------------------------------------------------------------------------
ORGS = [
    ("La rencontre a été organisée par l'Association Al Amal pour le développement en partenariat avec la commune.",
     "Association Al Amal pour le développement"),
    ("Les produits de la Coopérative Tifaouine sont vendus dans toute la région.", "Coopérative Tifaouine"),
    ("Un accord a été signé avec la Chambre de Commerce, d'Industrie et de Services de la région Fès-Meknès (CCIS), mardi à Fès.",
     "Chambre de Commerce, d'Industrie et de Services de la région Fès-Meknès"),
    ("L'Agence nationale de promotion de l'emploi et des compétences (ANAPEC) a lancé un nouveau service.",
     "Agence nationale de promotion de l'emploi et des compétences"),
    ("Le Centre régional d'investissement (CRI) de Souss-Massa a organisé la caravane.",
     "Centre régional d'investissement (CRI) de Souss-Massa"),
    ("La Banque mondiale a financé ce projet en 2019.", "Banque mondiale"),
    ("Il a signé une convention avec la Fondation OCP, qui soutient les coopératives.", "Fondation OCP"),
    ("Un partenariat lie le Conseil régional et l'Instance marocaine des entreprises depuis 2020.", "Instance marocaine des entreprises"),
    ("نظمت جمعية الأمل للتنمية والتضامن يوما تحسيسيا لفائدة الشباب.", "جمعية الأمل للتنمية والتضامن"),
    ("وتعرض تعاونية تيفاوين للأركان منتوجاتها في المعرض.", "تعاونية تيفاوين للأركان"),
    ("وقعت غرفة التجارة والصناعة والخدمات لجهة فاس مكناس اتفاقية شراكة مع الجامعة.",
     "غرفة التجارة والصناعة والخدمات لجهة فاس مكناس"),
    ("أعلنت الوكالة الوطنية لإنعاش التشغيل والكفاءات عن إطلاق خدمة جديدة.", "الوكالة الوطنية لإنعاش التشغيل والكفاءات"),
    ("وتم توقيع الاتفاقية بين المركز الجهوي للاستثمار والوكالة الوطنية لإنعاش التشغيل والكفاءات.", "المركز الجهوي للاستثمار"),
    ("ونظمت جمعية \"شباب مبادر\" لقاء تواصليا بالمدينة.", "جمعية \"شباب مبادر\""),
]


@pytest.mark.parametrize("sentence,span", ORGS)
def test_organization_extent(pipe, sentence, span):
    doc, cands = run(pipe, sentence)
    assert norm(span) in texts(doc, cands, "organization"), texts(doc, cands, "organization")


def test_definite_council_head_with_its_territory(pipe):
    doc, cands = run(pipe, "وتكفل المجلس الإقليمي لتاونات بالباقي، أي ما يعادل 800 ألف درهم.")
    assert norm("المجلس الإقليمي لتاونات") in texts(doc, cands, "organization")
    doc, cands = run(pipe, "وتكفل مجلس جماعة تاونات بالباقي.")
    assert norm("مجلس جماعة تاونات") in texts(doc, cands, "organization")


def test_a_role_followed_by_a_name_belongs_to_that_name(pipe):
    doc, cands = run(pipe, "Présentant les résultats d'Al Moutmir, l'ingénieure agronome Hajar Ouhmad a indiqué que 300 agriculteurs ont été aidés.")
    assert texts(doc, cands, "person") == ["Hajar Ouhmad"]


def test_organization_acronym(pipe):
    doc, cands = run(pipe, "L'Instance marocaine des entreprises de la région Fès-Meknès (IME) a organisé la rencontre.")
    c = by_text(doc, cands, "organization", "Instance marocaine des entreprises de la région Fès-Meknès")
    assert c is not None and c.attrs["acronym"] == "IME"


NOT_ORGS = [
    "Une association locale a aidé les jeunes du quartier.",
    "Le Conseil d'administration a approuvé les comptes de l'exercice.",
    "Dans son allocution, elle a souligné le rôle central de l'Office dans son développement.",
    "وصادق المجلس الإداري على الحسابات.",
    "وتسعى هذه الجمعية إلى تحسين دخل النساء.",
    # counts of bodies are no names
    "وقدمت 140 جمعية وتعاونية حاملة لمشاريع ملفاتها، واستفادت 18 تعاونية نسائية من التكوين.",
    # committees and legal forms are no names
    "ومرت المشاريع أمام لجنة الانتقاء ثم لجنة التحكيم قبل تمويلها.",
    "وأسست الشابة شركة ذات مسؤولية محدودة السنة الماضية.",
    "وصادق المجلس الإداري للمؤسسة على خارطة الطريق الجديدة.",
]


@pytest.mark.parametrize("sentence", NOT_ORGS)
def test_no_organization(pipe, sentence):
    doc, cands = run(pipe, sentence)
    assert texts(doc, cands, "organization") == []


# ------------------------------------------------------------------------------------------------
# Programmes
# ------------------------------------------------------------------------------------------------
PROGRAMS = [
    ("La wilaya a lancé la «Caravane Moukawalati» dans les provinces du Sud.", "Caravane Moukawalati"),
    ("Le programme \"Min Ajliki\" accompagne les femmes entrepreneures.", "Min Ajliki"),
    ("Plus de 300 coopératives ont bénéficié du programme Forsa en 2022.", "Forsa"),
    ("Le plan volontariste baptisé “Génération Entrepreneurs” porte sur six chantiers.", "Génération Entrepreneurs"),
    ("Les produits “Damane Atassyir” et “Damane Istitmar” ont été renforcés.", "Damane Istitmar"),
    ("Les jeunes ont été informés sur le Programme national intégré d'appui et de financement de l'entrepreneuriat (PIAFE).",
     "Programme national intégré d'appui et de financement de l'entrepreneuriat"),
    ("وأطلقت الوكالة برنامج \"إنعاش\" لفائدة حاملي المشاريع.", "إنعاش"),
    ("وتم إطلاق المخطط التشغيلي “جيل المقاولين” بالرباط.", "جيل المقاولين"),
    ("ويندرج المشروع في إطار برنامج تحسين الدخل والإدماج الاقتصادي للشباب.", "تحسين الدخل والإدماج الاقتصادي للشباب"),
    ("واستفاد الشباب من برنامج « أنا مقاول » خلال السنة الماضية.", "أنا مقاول"),
]


@pytest.mark.parametrize("sentence,name", PROGRAMS)
def test_program(pipe, sentence, name):
    doc, cands = run(pipe, sentence)
    assert norm(name) in texts(doc, cands, "program"), texts(doc, cands, "program")


NOT_PROGRAMS = [
    "Cette initiative s'inscrit dans le cadre du programme d'action du centre.",
    "Ce plan ambitionne d'accompagner 100.000 porteurs de projets.",
    "وأكد أن هذا البرنامج سيساهم في خلق فرص الشغل.",
    "وتضع الجهة برنامج عمل خلال الفترة المقبلة.",
    "Le Plan d'action 2022 a été adopté.",
    # a quoted phrase after a cue is no name when it is lower case
    "Les élus ont salué un programme qui « tombe à point nommé » pour les jeunes.",
]


def test_quotes_pair_up_so_the_gap_between_two_quoted_names_is_no_name(pipe):
    doc, cands = run(pipe, "وتمنح القروض عبر منتوجي «ضمان النمو» و«ضمان الريادة» لفائدة المقاولين الشباب.")
    names = texts(doc, cands, "program")
    assert norm("و") not in names and all(len(n) > 2 for n in names), names


@pytest.mark.parametrize("sentence", NOT_PROGRAMS)
def test_no_program(pipe, sentence):
    doc, cands = run(pipe, sentence)
    assert texts(doc, cands, "program") == []


# ------------------------------------------------------------------------------------------------
# Places
# ------------------------------------------------------------------------------------------------
PLACES = [
    ("وتستهدف القافلة الجماعات الترابية التابعة لإقليم بركان، حسب المنظمين.", "بركان", "province"),
    ("وحطت القافلة يوم الخميس بجماعة تافوغالت، حيث التقت الشباب.", "تافوغالت", "commune"),
    ("وتم افتتاح مكتب جديد بمدينة شفشاون لتقريب الخدمات.", "شفشاون", "city"),
    ("واستفاد شباب عمالة إقليم خنيفرة من لقاءات تحسيسية.", "خنيفرة", "province"),
    ("Les ateliers se tiendront dans la province de Taroudant durant tout le mois.", "Taroudant", "province"),
    ("La caravane fera étape à Tiznit, puis à Guelmim.", "Tiznit", "city"),
    ("La région Fès-Meknès vient en tête avec 26% des crédits.", "Fès-Meknès", "region"),
    ("Le projet concerne la commune rurale de Sidi Bouzid en priorité.", "Sidi Bouzid", "commune"),
]


@pytest.mark.parametrize("sentence,place,level", PLACES)
def test_place_after_cue(pipe, sentence, place, level):
    doc, cands = run(pipe, sentence)
    c = by_text(doc, cands, "location", place)
    assert c is not None, texts(doc, cands, "location")
    assert c.attrs["level_hint"] == level


NOT_PLACES = [
    "وتضم الجهة 22 جماعة ترابية حسب المعطيات الرسمية.",
    "Elle a rappelé l'importance de la région dans le dispositif.",
    "Les dossiers sont reçus à partir du lundi 25 janvier.",
    "وتم الاتفاق على إحداث منطقة للأنشطة الاقتصادية لفائدة الشباب.",
    "وجاءت السيدة من دوار بعيد للاستفسار عن شروط البرنامج.",
]


@pytest.mark.parametrize("sentence", NOT_PLACES)
def test_no_place(pipe, sentence):
    doc, cands = run(pipe, sentence)
    assert texts(doc, cands, "location") == []


# ------------------------------------------------------------------------------------------------
# Contract
# ------------------------------------------------------------------------------------------------
def test_offsets_map_back_to_the_original(pipe):
    text = "Le directeur régional de l’ANAPEC, M. Karim Alaoui, a rencontré « Caravane Forsa » à Tiznit. وأكد السيد محمد العلوي، المدير الجهوي، ذلك."
    doc, cands = run(pipe, text)
    assert cands
    for c in cands:
        m = doc.mention(c.start, c.end)
        assert text[m.start : m.end] == m.text
        assert c.label in ("program", "organization", "person", "location")
        assert c.source.startswith("pattern:")


def test_empty_and_deterministic(pipe):
    doc, cands = run(pipe, "")
    assert cands == []
    text = "Le gouverneur de la province de Settat, Brahim Abouzaid, a présidé la réunion."
    a = [(c.label, c.start, c.end, c.name) for c in run(pipe, text)[1]]
    b = [(c.label, c.start, c.end, c.name) for c in run(pipe, text)[1]]
    assert a == b
