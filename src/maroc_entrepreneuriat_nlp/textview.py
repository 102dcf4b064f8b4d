"""A derived text that remembers where each of its characters came from in the original input.

Cleaning removes page chrome and HTML, normalisation folds letters; both produce a `TextView` whose
characters each carry the [start, end) range of the original input they came from. A span found in
any view maps back to original offsets with `to_original`, so every reported mention indexes the
caller's original string.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable


@dataclass(frozen=True)
class TextView:
    text: str
    starts: tuple[int, ...]  # original start offset of each character
    ends: tuple[int, ...]  # original end offset of each character

    @classmethod
    def identity(cls, text: str) -> "TextView":
        return cls(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))

    @classmethod
    def from_pieces(cls, pieces: Iterable[tuple[str, int, int]]) -> "TextView":
        """Build from (text, original_start, original_end) pieces; a piece's chars share its range
        unless the piece's length equals its range's length (then they map one to one)."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for text, s, e in pieces:
            if not text:
                continue
            chars.append(text)
            if e - s == len(text):
                starts.extend(range(s, e))
                ends.extend(range(s + 1, e + 1))
            else:
                starts.extend([s] * len(text))
                ends.extend([e] * len(text))
        return cls("".join(chars), tuple(starts), tuple(ends))

    def __len__(self) -> int:
        return len(self.text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covered by this view's [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def map_chars(self, fn: Callable[[str], str]) -> "TextView":
        """Apply a per-character function (may return '', one or several chars)."""
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for ch, s, e in zip(self.text, self.starts, self.ends):
            rep = fn(ch)
            if not rep:
                continue
            out.append(rep)
            starts.extend([s] * len(rep))
            ends.extend([e] * len(rep))
        return TextView("".join(out), tuple(starts), tuple(ends))

    def slice(self, start: int, end: int) -> "TextView":
        return TextView(self.text[start:end], self.starts[start:end], self.ends[start:end])
