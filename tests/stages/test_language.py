import json
import subprocess
import sys
from pathlib import Path

import pytest

from maroc_entrepreneuriat_nlp import extract
from maroc_entrepreneuriat_nlp.stages.language import detect_language

CASES = json.loads((Path(__file__).parents[1] / "fixtures" / "langid_cases.json").read_text(encoding="utf-8"))


def test_there_are_enough_cases():
    assert len(CASES) >= 60
    assert {c["lang"] for c in CASES} >= {"ar", "fr", "en", "es", "other"}


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['lang']}" for i, c in enumerate(CASES)])
def test_language_of_case(case):
    lang, conf = detect_language(case["text"])
    assert lang == case["lang"], case.get("note")
    assert 0.0 <= conf <= 1.0


def test_acronym_heavy_arabic_is_arabic():
    assert detect_language("أطلقت ANAPEC وCNSS وINDH وMAP برنامجا لفائدة TPE")[0] == "ar"


def test_short_french_title_is_french():
    assert detect_language("Bilan de l'INDH")[0] == "fr"


def test_per_paragraph_languages_in_a_mixed_article():
    text = (
        "أعلنت الوكالة الوطنية لإنعاش التشغيل والكفاءات عن إطلاق برنامج جديد لفائدة الشباب حاملي المشاريع بجهة سوس ماسة.\n"
        "Le programme vise à accompagner les porteurs de projets dans la création de leur entreprise.\n"
        "وسيستفيد من البرنامج حوالي ألفي شاب وشابة خلال السنة الجارية."
    )
    rec = extract(text)
    assert rec.language == "ar"
    assert [p.language for p in rec.paragraphs] == ["ar", "fr", "ar"]
    for p in rec.paragraphs:
        assert text[p.start : p.end].strip() == text[p.start : p.end]


def test_detection_is_deterministic_across_processes():
    code = (
        "from maroc_entrepreneuriat_nlp.stages.language import detect_language as d;"
        "print([d(t) for t in ['ANAPEC : bilan 2023', 'Forsa 2023', 'INDH', 'Programa de empleo']])"
    )
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout for _ in range(3)}
    assert len(runs) == 1
