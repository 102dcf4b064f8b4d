import pytest

from maroc_entrepreneuriat_nlp.errors import InputError
from maroc_entrepreneuriat_nlp.stages.decode import decode_bytes

AR = "وقعت الوكالة الوطنية لإنعاش التشغيل والكفاءات اتفاقية شراكة بأكادير لفائدة حاملي المشاريع."
FR = "L'Agence nationale de promotion de l'emploi et des compétences a signé une convention à Fès."


@pytest.mark.parametrize(
    "data, expected, warned",
    [
        (AR.encode("utf-8"), AR, False),
        (b"\xef\xbb\xbf" + AR.encode("utf-8"), AR, False),
        (FR.encode("utf-8"), FR, False),
        (b"\xef\xbb\xbf" + FR.encode("utf-8"), FR, False),
        (AR.encode("utf-16"), AR, False),
        (FR.encode("utf-16"), FR, False),
        (AR.encode("cp1256"), AR, True),
        (FR.encode("cp1252"), FR, True),
        (FR.encode("latin-1"), FR, True),
    ],
    ids=["ar-utf8", "ar-utf8-bom", "fr-utf8", "fr-utf8-bom", "ar-utf16", "fr-utf16", "ar-cp1256", "fr-cp1252", "fr-latin1"],
)
def test_encodings_decode_to_the_same_text(data, expected, warned):
    text, warnings = decode_bytes(data)
    assert text == expected
    assert bool(warnings) is warned


def test_french_mojibake_is_repaired():
    damaged = FR.encode("utf-8").decode("cp1252").encode("utf-8")
    text, warnings = decode_bytes(damaged)
    assert text == FR
    assert any("mojibake" in w for w in warnings)


def test_arabic_mojibake_is_repaired():
    damaged = AR.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    text, warnings = decode_bytes(damaged)
    # Bytes cp1252 cannot map (0x81, 0x8d, 0x8f, 0x90, 0x9d) are lost for good; everything else is back.
    assert "الوكالة" in text or "mojibake" in " ".join(warnings)


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary\x00", bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_input_raises_clear_error(data):
    with pytest.raises(InputError, match="binary|decode|readable"):
        decode_bytes(data)


def test_empty_bytes_decode_to_empty_text():
    assert decode_bytes(b"") == ("", [])
