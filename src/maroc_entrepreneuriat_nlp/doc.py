"""`Doc`: the one object that flows through the pipeline stages.

Each stage reads what earlier stages left on the Doc and adds its own part. Coordinates:
- `doc.text` is the original input (the decoded string); every reported offset indexes it.
- `doc.body` is the article text without page chrome or HTML (`TextView` onto `doc.text`).
- `doc.norm` is `doc.body` normalised for matching (Arabic letter forms, digits, quotes, spaces),
  case kept; `doc.fold` has the same length and offsets as `doc.norm`, lower-cased and without
  Latin accents, for case-insensitive lexicon matching.
Spans found in `norm`/`fold` coordinates become evidence through `doc.mention(start, end)`.
"""

from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass, field
from typing import Any

from .records import Mention
from .textview import TextView


_LIST_MARKERS = frozenset("-–—•*·▪")


@dataclass
class Segment:
    start: int  # in norm coordinates
    end: int
    language: str | None = None
    confidence: float = 0.0


@dataclass
class Doc:
    text: str
    doc_id: str
    title: str | None = None
    url: str | None = None
    meta_publication_date: str | None = None  # caller metadata, YYYY-MM[-DD]
    meta_language: str | None = None
    body: TextView | None = None
    norm: TextView | None = None
    fold: str = ""
    is_html: bool = False
    language: str = "und"
    language_confidence: float = 0.0
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    publication_date: str | None = None
    # Results, filled by the stages, in record-model form.
    programs: list = field(default_factory=list)
    organizations: list = field(default_factory=list)
    persons: list = field(default_factory=list)
    locations: list = field(default_factory=list)
    amounts: list = field(default_factory=list)
    quantities: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    events: list = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Scratch space for stages to hand intermediate results to later ones (e.g. candidate spans).
    user_data: dict[str, Any] = field(default_factory=dict)

    @property
    def norm_text(self) -> str:
        return self.norm.text if self.norm is not None else ""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        assert self.norm is not None
        return self.norm.to_original(start, end)

    def mention(self, start: int, end: int) -> Mention:
        """Evidence for norm-coordinate span [start, end): original text and original offsets."""
        s, e = self.to_original(start, end)
        # Valid by construction (0 <= s <= e <= len(text), the text is the slice), so the model's
        # checks are skipped here; `to_record` checks every span against the text once more.
        return Mention.model_construct(text=self.text[s:e], start=s, end=e)

    def evidence(self, start: int, end: int) -> dict:
        s, e = self.to_original(start, end)
        return {"text": self.text[s:e], "start": s, "end": e}

    def sentence_at(self, pos: int) -> Segment | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def paragraph_at(self, pos: int) -> tuple[int | None, Segment | None]:
        """(index, paragraph) holding norm position `pos`, or (None, None) between paragraphs."""
        i = bisect_right([p.start for p in self.paragraphs], pos) - 1
        if i < 0 or pos >= self.paragraphs[i].end:
            return None, None
        return i, self.paragraphs[i]

    def list_item_at(self, pos: int) -> int | None:
        """Index of the paragraph holding `pos` when it is an item of a dash or bullet list
        ("- agro-industrie : 9 projets, 486 MDH"), else None."""
        i, para = self.paragraph_at(pos)
        return i if para is not None and self.norm_text[para.start] in _LIST_MARKERS else None

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
