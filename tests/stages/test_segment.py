from maroc_entrepreneuriat_nlp.stages.segment import split_paragraphs, split_sentences


def _sentences(text):
    return [text[s:e] for p in split_paragraphs(text) for s, e in split_sentences(text, *p)]


def test_french_sentences_keep_numbers_titles_and_initials():
    text = "M. El Baz a indiqué que 100.000 porteurs de projets sont visés. Le budget est de 4.5 MDH! Y. Sekkouri était présent."
    assert _sentences(text) == [
        "M. El Baz a indiqué que 100.000 porteurs de projets sont visés.",
        "Le budget est de 4.5 MDH!",
        "Y. Sekkouri était présent.",
    ]


def test_arabic_sentences_split_on_arabic_punctuation_but_not_commas():
    text = "وقعت الوكالة اتفاقية، بحضور العامل. هل سيستفيد الشباب؟ نعم؛ ابتداء من فاتح يونيو"
    assert _sentences(text) == ["وقعت الوكالة اتفاقية، بحضور العامل.", "هل سيستفيد الشباب؟", "نعم؛", "ابتداء من فاتح يونيو"]


def test_paragraphs_are_non_empty_lines():
    text = "Premier paragraphe.\n\n\n  Deuxième paragraphe.  \nTroisième."
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["Premier paragraphe.", "Deuxième paragraphe.", "Troisième."]


def test_an_abbreviated_month_does_not_end_a_sentence():
    text = "Ouarzazate, 24 oct. 2024 (MAP) - Le coup d'envoi du projet a été donné ce jeudi. Il concerne 900 jeunes."
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "Ouarzazate, 24 oct. 2024 (MAP) - Le coup d'envoi du projet a été donné ce jeudi.",
        "Il concerne 900 jeunes.",
    ]
