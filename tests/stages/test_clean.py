from maroc_entrepreneuriat_nlp.doc import Doc
from maroc_entrepreneuriat_nlp.stages.clean import chrome_ranges, clean, looks_like_html, strip_html

AR_BODY = (
    "أكادير - أعطيت اليوم الاثنين بأكادير انطلاقة قافلة جهوية للتعريف ببرنامج انطلاقة لفائدة الشباب حاملي المشاريع.\n\n"
    "وأوضح المدير الجهوي للوكالة الوطنية لإنعاش التشغيل والكفاءات أن القافلة ستزور مختلف أقاليم الجهة ابتداء من فاتح يونيو.\n"
)
AR_CHROME = (
    "\nمقالات ذات صلة\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n\n"
    "ثلاثة × خمسة =\n\nزر الذهاب إلى الأعلى\nSOUSS24\n\nمجانى\nعرض\n"
)
FR_BODY = (
    "Fès - Une rencontre sur les programmes d'appui aux porteurs de projets a été organisée vendredi à Fès.\n\n"
    "Lire aussi : Intelaka, un bilan encourageant pour les jeunes\n\n"
    "Initiée par la Chambre de Commerce, d'Industrie et de Services de la région Fès-Meknès, elle a réuni 200 participants.\n"
)
FR_CHROME = "\nPartager\nTweeter\nNewsletter : recevez l'essentiel de l'actualité chaque matin\nLaisser un commentaire\nVotre adresse e-mail ne sera pas publiée.\nMaroc Actu\n"


def _cleaned(text):
    doc = clean(Doc(text=text, doc_id="t"))
    return doc, doc.body.text


def test_arabic_chrome_after_the_article_is_removed():
    doc, body = _cleaned(AR_BODY + AR_CHROME)
    assert "المدير الجهوي" in body
    for chrome in ("مقالات ذات صلة", "اترك تعليق", "بريدك", "خمسة", "زر الذهاب", "SOUSS24", "عرض"):
        assert chrome not in body


def test_french_chrome_lines_and_tail_are_removed_but_the_text_after_lire_aussi_stays():
    doc, body = _cleaned(FR_BODY + FR_CHROME)
    assert "Lire aussi" not in body
    assert "Chambre de Commerce, d'Industrie et de Services" in body
    for chrome in ("Partager", "Tweeter", "Newsletter", "commentaire", "e-mail", "Maroc Actu"):
        assert chrome not in body


def test_clean_article_is_untouched():
    doc, body = _cleaned(AR_BODY)
    assert body == AR_BODY


def test_every_kept_character_maps_back_to_the_same_original_character():
    text = FR_BODY + FR_CHROME
    doc, body = _cleaned(text)
    for i, ch in enumerate(body):
        assert text[doc.body.starts[i]] == ch


def test_html_is_stripped_with_offsets_into_the_html():
    html = (
        "<html><head><style>p{color:red}</style><script>var x = '<p>';</script></head><body>"
        "<h1>Lancement du programme Forsa</h1><p>Le ministre a lancé le programme &laquo;Forsa&raquo; "
        "&agrave; Rabat.</p><p>Il vise 10&nbsp;000 porteurs de projets.</p></body></html>"
    )
    assert looks_like_html(html)
    view = strip_html(html)
    assert "color" not in view.text and "var x" not in view.text
    assert "«Forsa»" in view.text and "à Rabat" in view.text
    i = view.text.index("Rabat")
    s, e = view.to_original(i, i + len("Rabat"))
    assert html[s:e] == "Rabat"
    j = view.text.index("à Rabat")
    s, e = view.to_original(j, j + 1)
    assert html[s:e] == "&agrave;"


def test_plain_text_with_angle_brackets_is_not_html():
    assert not looks_like_html("Le taux est < 5 % et la cible > 100.000 jeunes.")


def test_chrome_ranges_ignore_tail_markers_in_the_first_third():
    text = "Articles similaires\n" + "Texte de l'article. " * 50
    assert chrome_ranges(text) == []


def test_copyright_taglines_and_comment_forms_are_chrome():
    chrome = ("\nRéagissez à cet article\nVotre nom * Votre commentaire *\nEnvoyer\n\nSouss Info Maroc © 2024\n"
              "EcoMaroc24 - Toute l'actualité économique du Royaume\n")
    doc, body = _cleaned(FR_BODY + chrome)
    assert "Chambre de Commerce" in body
    for piece in ("Réagissez", "Votre nom", "©", "Toute l'actualité"):
        assert piece not in body


def test_a_related_links_block_is_dropped_with_its_headlines_and_the_article_after_it_stays():
    text = (
        "وجدة - أعطيت اليوم انطلاقة برنامج جهوي لدعم المقاولين الشباب بجهة الشرق.\n\n"
        "اقرأ أيضا\n"
        "الناظور: افتتاح فضاء جديد للمقاول الذاتي بسلوان\n"
        "بركان.. 150 شابا يستفيدون من برنامج \"فرصة\"\n\n"
        "وأوضح المدير الجهوي أن البرنامج سيشمل كل أقاليم الجهة.\n"
    )
    doc, body = _cleaned(text)
    assert "اقرأ أيضا" not in body and "سلوان" not in body and "150 شابا" not in body
    assert "وأوضح المدير الجهوي أن البرنامج سيشمل كل أقاليم الجهة." in body
    fr = (
        "Oujda - Un programme régional d'appui aux jeunes entrepreneurs a été lancé lundi.\n\n"
        "À lire aussi :\n\nNador : un nouvel espace pour les auto-entrepreneurs\n\n"
        "Le directeur régional a indiqué que le programme couvrira toutes les provinces.\n"
    )
    doc, body = _cleaned(fr)
    assert "Nador" not in body and "lire aussi" not in body.lower()
    assert "Le directeur régional a indiqué que le programme couvrira toutes les provinces." in body
