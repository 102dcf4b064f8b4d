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


class PhraseAlternation:
    """An alternation of phrases searched only where one of their first words occurs.

    The `regex` module tries every alternative at every position; a few dozen cue phrases cost
    10-25 µs per 100 characters that way. An Aho-Corasick pass over the searched window finds the
    first words instead, and the pattern is tried only there and up to `reach` characters before
    (clitics and article glued to an Arabic first word). Results are those of the pattern itself.
    """

    def __init__(self, pattern: regex.Pattern, first_words: Iterable[str], reach: int):
        import ahocorasick

        self.pattern = pattern
        self.reach = reach
        words = set(first_words)
        self._automaton = None
        if words and "" not in words:  # a phrase with no literal first word: scan as usual
            self._automaton = ahocorasick.Automaton()
            for w in words:
                self._automaton.add_word(w, len(w))
            self._automaton.make_automaton()

    def _starts(self, text: str, pos: int, endpos: int) -> list[int]:
        starts: set[int] = set()
        for end, n in self._automaton.iter(text, pos, endpos):
            p = end - n + 1
            starts.update(range(max(pos, p - self.reach), p + 1))
        return sorted(starts)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        endpos = len(text) if endpos is None else endpos
        if self._automaton is None:
            return self.pattern.search(text, pos, endpos)
        for c in self._starts(text, pos, endpos):
            m = self.pattern.match(text, c, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        endpos = len(text) if endpos is None else endpos
        if self._automaton is None:
            return self.pattern.finditer(text, pos, endpos)
        return finditer_at(self.pattern, text, self._starts(text, pos, endpos), pos, endpos)
