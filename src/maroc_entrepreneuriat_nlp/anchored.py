"""Pattern scans tried only where a match can begin.

A lexicon pattern (an alternation of cue phrases, a trigger phrase) can only match where one of its
words occurs; an Aho-Corasick pass finds those words for every pattern at once. `finditer_at`
then tries the pattern at those positions instead of at every character of the text, and yields
exactly what `pattern.finditer(text, pos, endpos)` would, provided every match starts at one of
`starts`: the first start that matches is the leftmost match, and positions before the end of a
match are skipped as finditer skips them.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import regex


def finditer_at(pattern: regex.Pattern, text: str, starts: Iterable[int], pos: int = 0,
                endpos: int | None = None) -> Iterator[regex.Match]:
    """`pattern.finditer(text, pos, endpos)` when every match starts at one of `starts` (ascending)."""
    endpos = len(text) if endpos is None else endpos
    last = -1
    for s in starts:
        if s < pos or s == last or s > endpos:
            continue
        last = s
        m = pattern.match(text, s, endpos)
        if m is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


def starts_near(word_starts: Iterable[int], reach: int) -> list[int]:
    """Every position from `reach` characters before a word start up to the word start, ascending:
    where a match can begin when the pattern allows up to `reach` prefix characters (clitics)."""
    return sorted({c for p in word_starts for c in range(max(0, p - reach), p + 1)})
