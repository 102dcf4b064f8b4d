import pytest

from maroc_entrepreneuriat_nlp.doc import Doc
from maroc_entrepreneuriat_nlp.normalize import normalize_text
from maroc_entrepreneuriat_nlp.stages.clean import clean
from maroc_entrepreneuriat_nlp.stages.normalize import normalize


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("أكادير", "اكادير"),
        ("إنعاش", "انعاش"),
        ("آيت باها", "ايت باها"),
        ("مؤسسة", "موسسه"),
        ("الفلاحة", "الفلاحه"),
        ("مصطفى", "مصطفي"),
        ("رئيس", "رييس"),
        ("الْوَكَالَةُ", "الوكاله"),
        ("المـــقاولات", "المقاولات"),
        ("٢٠٢٣", "2023"),
        ("۲۰۲۱", "2021"),
        ("«Intelaka»", '"intelaka"'),
        ("l’ANAPEC", "l'anapec"),
        ("Fès–Meknès", "fes-meknes"),
        ("Drâa-Tafilalet", "draa-tafilalet"),
        ("6\u00a0000\u202fDH", "6 000 dh"),
        ("ﻻ", "لا"),
    ],
)
def test_normalize_text(raw, folded):
    assert normalize_text(raw) == folded


def test_fold_and_norm_share_offsets_and_map_to_original():
    text = "وقّعت الوكالة الوطنية لإنعاش التشغيل بأكادير، «انطلاقة» ٢٠٢١ — Fès"
    doc = normalize(clean(Doc(text=text, doc_id="x")))
    assert len(doc.fold) == len(doc.norm_text)
    i = doc.norm_text.index("اكادير")
    m = doc.mention(i, i + len("اكادير"))
    assert m.text == "أكادير" and text[m.start : m.end] == "أكادير"
    j = doc.norm_text.index("2021")
    assert doc.mention(j, j + 4).text == "٢٠٢١"
    k = doc.norm_text.index("وقعت")
    assert doc.mention(k, k + 4).text == "وقّعت"


def test_every_presentation_form_normalises_without_recursion():
    for code in range(0xFB50, 0xFF00):
        normalize_text(chr(code))


from hypothesis import given, settings
from hypothesis import strategies as st

from maroc_entrepreneuriat_nlp.normalize import norm_char
from maroc_entrepreneuriat_nlp.stages.normalize import normalize_view
from maroc_entrepreneuriat_nlp.textview import TextView


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_fast_normalisation_equals_the_per_character_definition(text):
    view = TextView.identity(text)
    assert normalize_view(view) == view.map_chars(norm_char)
