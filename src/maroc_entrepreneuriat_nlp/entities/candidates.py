"""`Candidate`: what a recogniser proposes, before the entity stage merges and links.

Recognisers (lexicon/gazetteer matching, head-word and title patterns, quoted names) each return
candidates in `doc.norm` coordinates; the entity stage resolves overlaps, links to canonical ids
and gathers mentions into one record entity per real-world entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Label = Literal["program", "organization", "person", "location"]


@dataclass
class Candidate:
    label: Label
    start: int  # norm coordinates, clitics excluded
    end: int
    entity_id: str | None = None  # lexicon/gazetteer id when known ("org:anapec", "loc:ma:agadir")
    name: str | None = None  # display name when known (else the surface text)
    source: str = ""  # which recogniser: "lexicon", "gazetteer", "pattern:org-head", ...
    score: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)  # role, organization, level, country, parent, kind

    @property
    def length(self) -> int:
        return self.end - self.start
