"""Decode: bytes -> str.

UTF-8 (with or without BOM), UTF-16 with BOM, cp1256 (Arabic Windows) and cp1252 (French Windows),
plus repair of mojibake (UTF-8 read as cp1252/latin-1, e.g. "Ã©" or "Ø§Ù„"). Binary data raises
`InputError` instead of producing garbage.
"""

from __future__ import annotations

import unicodedata

from ..errors import InputError

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
_MOJIBAKE_MARKERS = ("Ã", "Ø", "Ù", "â€", "Â")


def _looks_binary(data: bytes) -> bool:
    if not data:
        return False
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def _letter_share(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isalpha() or c.isspace() or c.isdigit() or c in ".,;:!?'\"()-«»،؛؟%")
    return good / len(text)


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8-read-as-cp1252/latin-1 damage; returns (text, repaired?)."""
    if not any(m in text for m in _MOJIBAKE_MARKERS):
        return text, False
    import ftfy  # lazy: only needed for damaged input

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode `data`; returns (text, warnings). Raises InputError for binary/undecodable data."""
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), warnings
            except UnicodeDecodeError as exc:
                raise InputError(f"declared {enc} (BOM) but bytes are invalid: {exc}") from exc
    if _looks_binary(data):
        raise InputError("input looks binary (NUL or control bytes), not an article text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        candidates = []
        for enc in ("cp1256", "cp1252", "latin-1"):
            try:
                cand = data.decode(enc)
            except UnicodeDecodeError:
                continue
            # cp1256 maps most high bytes to Arabic letters; prefer it only when the result reads
            # as Arabic, else the Latin code page (French accents) wins.
            score = _letter_share(cand) + (0.5 * _arabic_share(cand) if enc == "cp1256" else 0.0)
            if enc == "cp1256" and _arabic_share(cand) < 0.3:
                score -= 1.0
            candidates.append((score, enc, cand))
        if not candidates:
            raise InputError("bytes are not valid UTF-8, cp1256 or cp1252")
        score, enc, text = max(candidates, key=lambda c: c[0])
        if _letter_share(text) < 0.6:
            raise InputError("bytes do not decode to readable text in any supported encoding")
        warnings.append(f"decoded as {enc} (not UTF-8)")
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append("repaired mojibake (UTF-8 text that had been decoded with a Windows code page)")
    text = unicodedata.normalize("NFC", text)
    return text, warnings
