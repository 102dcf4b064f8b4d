"""Property tests: extraction never raises on arbitrary text and its evidence always holds."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maroc_entrepreneuriat_nlp import extract

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PIECES = st.sampled_from([
    "انطلاقة", "الوكالة الوطنية لإنعاش التشغيل والكفاءات", "بأكادير", "500 MDH", "800 ألف درهم", "فاتح يونيو 2021",
    "11ر32 مليون درهم", "Intelaka", "ANAPEC", "M. El Baz, directeur", "100.000 porteurs", "«Forsa»", "\n", " ", "،", ".",
    "<p>", "</p>", "&amp;", "Lire aussi", "مقالات ذات صلة", "\u00a0", "\u200f", "٢٠٢٣", "é", "ـ",
])


def _check(text):
    rec = extract(text)
    assert rec.check_evidence(text) == []
    for sp in rec.spans():
        assert 0 <= sp.start <= sp.end <= len(text)
    for p in rec.paragraphs:
        assert 0 <= p.start <= p.end <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(alphabet=ARABIC, max_size=8)), max_size=40).map("".join))
def test_domain_like_text_keeps_valid_offsets(text):
    _check(text)


def test_empty_and_whitespace():
    for t in ["", " ", "\n\n", "\u200f", "\ufeff"]:
        _check(t)
