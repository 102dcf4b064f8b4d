"""Numbers in French and Arabic press text: digits, scale words, number words (table-driven)."""

import pytest

from maroc_entrepreneuriat_nlp.normalize import normalize_text
from maroc_entrepreneuriat_nlp.values.numbers import find_numbers, parse_digits, parse_number

DIGITS = [
    ("100.000", 100000),
    ("28.550", 28550),
    ("6 000", 6000),
    ("72 335", 72335),
    ("1,5", 1.5),
    ("4.5", 4.5),
    ("18,7", 18.7),
    ("1.234,5", 1234.5),
    ("1,500,000", 1500000),
    ("123075", 123075),
    ("11ر32", 32.11),  # MAP Arabic decimal: fraction digits first
    ("75ر30", 30.75),
    ("05.22.12.34.56", None),  # a phone number is no number
]


@pytest.mark.parametrize("text,expected", DIGITS)
def test_parse_digits(text, expected):
    assert parse_digits(text) == expected


def test_one_comma_group_is_decimal_only_before_a_scale():
    assert parse_digits("2,250", before_scale=True) == 2.25
    assert parse_digits("2,250") == 2250


PHRASES = [
    # French digits with scale words
    ("2,5 milliards", 2_500_000_000),
    ("300.000 millions", 300_000_000_000),
    ("30 mille", 30_000),
    ("1,4 Md", 1_400_000_000),
    ("3 Mrds", 3_000_000_000),
    ("un million", 1_000_000),
    ("un milliard et demi", 1_500_000_000),
    # French words (text2num and the joining rules)
    ("deux milliards cinq cents millions", 2_500_000_000),
    ("trois", 3),
    ("vingt et un", 21),
    ("vingt-cinq", 25),
    ("quatre-vingt-dix", 90),
    ("deux cent cinquante", 250),
    ("mille", 1000),
    ("deux mille", 2000),
    ("une vingtaine", 20),
    ("une centaine", 100),
    # Arabic digits with scale words
    ("800 ألف", 800_000),
    ("10 آلاف", 10_000),
    ("9 ملايين", 9_000_000),
    ("4.5 مليون", 4_500_000),
    ("11ر32 مليون", 32_110_000),
    ("18,7 مليار", 18_700_000_000),
    ("8 ملايير و600 مليون", 8_600_000_000),
    ("99 ألفا و250", 99_250),
    ("21 مليار", 21_000_000_000),
    ("٣٥ ألف", 35_000),  # Arabic-Indic digits
    # Arabic words
    ("ثلاثة ملايير", 3_000_000_000),  # pyarabic 0.6.15 returns 3 (measured)
    ("مليار و مائتا مليون", 1_200_000_000),  # pyarabic 0.6.15 returns 1001000000 (measured)
    ("خمسمائة مليون", 500_000_000),
    ("ألفي", 2000),
    ("ألفين", 2000),
    ("مائة", 100),
    ("مئة", 100),
    ("عشرة آلاف", 10_000),
    ("خمسة وعشرون", 25),
    ("واحد وعشرين", 21),
    ("مائة وخمسون", 150),
    ("ثلاث مائة", 300),
    ("اثنا عشر", 12),
    ("خمسة عشر", 15),
    ("ثلاثة آلاف وخمسمائة", 3500),
    ("ستة ملايين", 6_000_000),
    ("بستة ملايين", 6_000_000),  # proclitic ب
    ("مليونا", 2_000_000),  # dual in construct: مليونا دينار
    ("مليونا و200 ألف درهم", 1_200_000),  # accusative singular before "و" + number: a million and ...
    ("بلغ مليونا ونصف", 1_500_000),
    ("ألفا و500 مستفيد", 1500),
    ("مليونان و500 ألف درهم", 2_500_000),  # the nominative dual stays two
    ("مليون ونصف", 1_500_000),
    ("مليار", 1_000_000_000),
    ("أربع", 4),
    ("عشرين", 20),
]


@pytest.mark.parametrize("text,expected", PHRASES)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


SPLITS = [
    # ranges and lists stay separate numbers
    ("بين 18 و40 سنة", [18, 40]),
    ("ما بين 10 آلاف و50 ألف درهم", [10_000, 50_000]),
    ("entre 10.000 et 50.000 DH", [10_000, 50_000]),
    ("21 مشروعا و49 مشروعا", [21, 49]),
    ("en 2022 100 jeunes", [2022, 100]),
    ("les 14 régions, les 45 départements", [14, 45]),
    ("72.319 insertions, 10.474 concernant", [72_319, 10_474]),
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_separate_numbers(text, expected):
    assert [n.value for n in find_numbers(normalize_text(text))] == expected


def test_span_covers_the_whole_expression():
    fold = normalize_text("بلغت القيمة 8 ملايير و600 مليون درهم")
    (num,) = find_numbers(fold)
    assert fold[num.start : num.end] == normalize_text("8 ملايير و600 مليون")
    assert num.scaled and num.last_scale == 1_000_000


def test_plural_scale_alone_is_no_number():
    # "des milliers de jeunes", "آلاف الشباب": no count stated
    assert find_numbers(normalize_text("des milliers de jeunes")) == []
    assert find_numbers(normalize_text("آلاف الشباب")) == []


# Measured library behaviour we rely on (docs/measured-facts.md): catch a dependency upgrade.
def test_text2num_reads_french_words():
    from text_to_num import text2num

    assert text2num("deux milliards cinq cents millions", "fr") == 2_500_000_000
    assert text2num("vingt-cinq", "fr") == 25


def test_text2num_has_no_arabic():
    from text_to_num import text2num

    with pytest.raises(ValueError):
        text2num("ثلاثة", "ar")


def test_alpha2digit_leaves_approximate_words():
    from text_to_num import alpha2digit

    assert alpha2digit("une vingtaine de jeunes", "fr") == "une vingtaine de jeunes"
