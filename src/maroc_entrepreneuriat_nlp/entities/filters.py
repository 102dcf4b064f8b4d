"""Filters and fixes applied to the merged entity candidates of a document, before and after
linking. Each one is a rule about what a name is *not* (a place inside a brand or a person's
name, an unknown "region", a Moroccan commune in a foreign story) or what it really is (a fund
being set up is a programme; "Name (ACR)" makes ACR a mention). The entity stage applies them in
order; each works on `Candidate`s in `doc.norm` coordinates.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import regex

from ..bylines import is_byline
from ..doc import Doc
from . import linking
from .candidates import Candidate


@lru_cache(maxsize=1)
def _have_patterns() -> bool:
    return importlib.util.find_spec("maroc_entrepreneuriat_nlp.entities.patterns") is not None


_ACRONYM_DEF = regex.compile(r'\s*"?\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)')
_NOT_WORD_BEFORE, _NOT_WORD_AFTER = r"(?<![\p{L}\d])", r"(?![\p{L}\d])"


def acronym_definitions(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Name (ACR)": the acronym in parentheses right after a programme/organisation name, and its
    later occurrences (exact case), are mentions of that entity."""
    text = doc.norm_text
    defined: dict[str, Candidate] = {}
    for c in cands:
        if c.label not in ("program", "organization"):
            continue
        m = _ACRONYM_DEF.match(text, c.end)
        if m and m.group(1) not in defined:
            defined[m.group(1)] = c
    if not defined:
        return cands
    out = list(cands)
    for acr, owner in defined.items():
        for m in regex.finditer(_NOT_WORD_BEFORE + regex.escape(acr) + _NOT_WORD_AFTER, text):
            s, e = m.start(), m.end()
            same = [c for c in out if c.start == s and c.end == e]
            if any(c.start < e and s < c.end for c in out if c not in same):
                continue
            for c in same:  # an unlinked pattern name that is just the acronym
                if c.entity_id is None:
                    c.label, c.entity_id, c.name = owner.label, owner.entity_id, owner.name
                    c.attrs["full_name"] = owner.attrs.get("full_name") or owner.name or text[owner.start : owner.end]
            if not same:
                out.append(Candidate(owner.label, s, e, entity_id=owner.entity_id, name=owner.name,
                                     source="acronym", score=min(owner.score, 0.8),
                                     attrs={"full_name": owner.attrs.get("full_name") or owner.name or text[owner.start : owner.end]}))
    return sorted(out, key=lambda c: c.start)


def drop_local_places_abroad(cands: list[Candidate]) -> list[Candidate]:
    """In an article about a foreign country (one is named, Morocco is not), a Moroccan commune or
    district name is a homonym, not the place."""
    countries = linking.country_evidence(cands)
    if not countries or "MA" in countries:
        return cands
    out = []
    for c in cands:
        e = linking.entry_by_id(c.entity_id) if c.entity_id else None
        if e is not None and e.label == "location" and e.country == "MA" and e.level in ("commune", "district"):
            continue
        out.append(c)
    return out


def unsupported_foreign_homonyms(cands: list[Candidate]) -> list[Candidate]:
    """A foreign town or region matched only by an alias its entry marks ambiguous, with no cue before it and
    no other mention of its country in the article, is the ordinary word: "الناس كانو كيقولو"
    (Darija "they used to say") is not Kano."""
    suspects = []
    for c in cands:
        if c.label != "location" or not c.entity_id or c.attrs.get("cue_level") or not linking.is_soft(c):
            continue
        e = linking.entry_by_id(c.entity_id)
        if e is not None and e.level != "country" and e.country != "MA" and len(c.attrs.get("options") or [e]) == 1:
            suspects.append((c, e.country))
    if not suspects:
        return cands
    countries = linking.country_evidence([c for c in cands if not linking.is_soft(c)])
    drop = {id(c) for c, country in suspects if country not in countries}
    return [c for c in cands if id(c) not in drop]


@lru_cache(maxsize=1)
def _fund_words() -> tuple[frozenset, regex.Pattern | None]:
    """(folded fund heads, a pattern of the creation cues, Arabic proclitics allowed)."""
    from .patterns import fold, pattern_data, phrase_alternation
    from .patterns_orgs import fund_heads

    cues = {fold(c) for c in pattern_data().get("creation_cues", [])}
    if not cues:
        return fund_heads(), None
    return fund_heads(), regex.compile(rf"(?<![\p{{L}}])[وفبلك]{{0,2}}(?:{phrase_alternation(cues)})(?![\p{{L}}])")


def funds_being_created(doc: Doc, cands: list[Candidate]) -> None:
    """An unknown fund the text says is being set up ("إحداث «صندوق ...»", "création du Fonds ...")
    is a programme (the guide counts funds as programmes), in place. A fund that acts, lends or
    is merely named may be an institution and stays an organisation."""
    heads, cue_re = _fund_words()
    if cue_re is None:
        return
    for c in cands:
        if c.label != "organization" or c.entity_id or not c.source.startswith("pattern:"):
            continue
        words = doc.fold[c.start : c.end].replace('"', " ").split()
        if not words or words[0] not in heads:
            continue
        if cue_re.search(doc.fold, max(0, c.start - FUND_CUE_WINDOW), c.start):
            c.label = "program"


FUND_CUE_WINDOW = 40  # characters before a fund's name where a creation word counts


def unknown_region(c: Candidate) -> bool:
    """A name after "جهة"/"région" that the gazetteer does not know is no region ("أبحث عن جهة
    تساعدني": a party that helps me): every region, current or former, is in the gazetteer."""
    return c.label == "location" and c.entity_id is None and c.attrs.get("level_hint") == "region"


_INITIAL_AFTER = regex.compile(r" \p{Lu}\.(?!\p{L})")
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\. $")


def first_name_with_initial(doc: Doc, c: Candidate) -> bool:
    """A place name next to a first name or an initial is part of a person's name: "Par Sanaa R. |",
    "محمد أيت الطالب", "R. Ait Taleb"; "حميد أيت الطالب" too, a surname particle making حميد a name."""
    if c.label != "location" or c.source != "gazetteer":
        return False
    if _INITIAL_AFTER.match(doc.norm_text, c.end):
        return True
    before = doc.norm_text[max(0, c.start - 25) : c.start]
    if _INITIAL_BEFORE.search(before):
        return True
    words = before.split()
    if not words or not before.endswith(" ") or not _have_patterns():
        return False
    from .patterns_persons import is_first_name, opens_surname

    inside = doc.norm_text[c.start : c.end].split()
    return is_first_name(words[-1], before_particle=bool(inside) and opens_surname(inside[0]))


def byline_author(doc: Doc, c: Candidate) -> bool:
    """A person named in a byline ("Par Karim B. | Publié le ...", "بقلم: مريم الصافي") wrote the
    article; the record is about who acts in it. A name repeated in the body is kept there."""
    if c.label != "person":
        return False
    _, para = doc.paragraph_at(c.start)
    return para is not None and is_byline(doc, para)


def place_inside_quoted_name(doc: Doc, c: Candidate) -> bool:
    """A known place inside a longer quoted name ("«أركانة موكادور»", a brand) is part of the name."""
    if c.label != "location" or c.source != "gazetteer":
        return False
    sent = doc.sentence_at(c.start)
    if sent is None:
        return False
    text = doc.norm_text
    before = text[sent.start : c.start]
    if before.count('"') % 2 == 0:
        return False  # not inside quotes
    close = text.find('"', c.end, sent.end)
    if close < 0:
        return False
    open_ = before.rfind('"') + sent.start
    quoted = text[open_ + 1 : close]
    if len(quoted.split()) > MAX_QUOTED_NAME_WORDS:
        return False  # quoted speech ("« Nous voulons que les jeunes de Kédougou ... »"), not a name
    return text[open_ + 1 : c.start].strip() != "" or text[c.end : close].strip() != ""


MAX_QUOTED_NAME_WORDS = 4


def inside_office_title(doc: Doc, c: Candidate) -> bool:
    """A known body named inside an office title ("chargé des Relations avec le Parlement", "المكلف
    بالعلاقات مع البرلمان") is part of the title: the article does not speak of that body."""
    if c.label != "organization" or c.source != "lexicon":
        return False
    rx = _title_phrase_re()
    return rx is not None and rx.search(doc.fold, max(0, c.start - MAX_TITLE_PHRASE), c.start) is not None


@lru_cache(maxsize=1)
def _title_phrase_re() -> regex.Pattern | None:
    from .matcher import linking_data

    phrases = sorted(linking_data().get("title_phrases_before", ()), key=len, reverse=True)
    if not phrases:
        return None
    alt = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt})\s*$")


MAX_TITLE_PHRASE = 30  # characters
