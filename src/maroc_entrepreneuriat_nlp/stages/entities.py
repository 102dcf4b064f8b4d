"""Stage `entities`: programmes, organisations, persons and places of the article.

Fills doc.programs / doc.organizations (`records.Entity`), doc.persons (`records.Person`) and
doc.locations (`records.Location`), one record entity per real-world entity with every mention.

1. `entities.matcher` finds lexicon and gazetteer aliases (clitics, boundaries, cues, case).
2. `entities.patterns.find_candidates` (when that module is installed) proposes names the lexicon
   lacks: persons with their role, organisations from head words, quoted programmes, places after
   cues.
3. Merge: a lexicon match wins over an overlapping pattern candidate, unless the pattern is an
   organisation/programme name that strictly contains it and says more than a cue word
   ("مؤسسة البنك الشعبي لإنشاء المقاولات" contains "البنك الشعبي"): then the longer name stands,
   linked if it is itself a known alias. A pattern person on a lexicon person lends it its role.
   Names inside a kept organisation name (a place in "CRI Souss-Massa") are not separate.
4. `entities.filters` drops what a name is not (a place inside a brand or a person's name, an
   unknown "region", a Moroccan commune in a foreign story) and fixes what it is (a fund being
   set up is a programme; "Name (ACR)" makes ACR a mention).
5. `entities.linking` resolves shared aliases by context, links pattern names (exact alias, then
   guarded fuzzy match) and gathers the mentions of each entity.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import regex

from ..doc import Doc
from ..entities import filters, linking, matcher
from ..entities.candidates import Candidate
from ..entities.gazetteer import gazetteer_alias_index
from ..entities.lexicon import lexicon_alias_index


@lru_cache(maxsize=1)
def _pattern_finder():
    if importlib.util.find_spec("maroc_entrepreneuriat_nlp.entities.patterns") is None:
        return None
    from ..entities.patterns import find_candidates

    return find_candidates


@lru_cache(maxsize=1)
def _exact_index() -> dict[tuple[str, str], list]:
    """(label, name key) -> entries having that alias."""
    out: dict[tuple[str, str], list] = {}
    for index in (lexicon_alias_index(), gazetteer_alias_index()):
        for _key, pairs in index.items():
            for entry, alias in pairs:
                k = (entry.label, linking.name_key(alias))
                if entry not in out.setdefault(k, []):
                    out[k].append(entry)
    return out


def _cue_keys() -> set[str]:
    return {linking.name_key(c) for c in matcher.programme_cues()}


def _link_pattern(doc: Doc, c: Candidate) -> None:
    """Give an unlinked pattern candidate the entry its name names, exactly or nearly."""
    if c.entity_id or c.label not in ("program", "organization", "person", "location"):
        return
    name = c.attrs.get("full_name") or c.name or doc.norm_text[c.start : c.end]
    exact = _exact_index().get((c.label, linking.name_key(name)))
    if exact:
        c.attrs["options"] = exact
        if len(exact) == 1:
            c.entity_id = exact[0].id
        return
    hit = linking.fuzzy_link(name, c.label)
    if hit is not None:
        c.entity_id = hit[0].id
        c.score = min(c.score, hit[1])
    elif c.attrs.get("known_inside"):
        c.entity_id = c.attrs["known_inside"]


_WORDS = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1)
def _place_qualifiers() -> frozenset:
    """What may stand between a known name and the place it is qualified with: "(CRUI) de", "لجهة"
    (`place_qualifiers` in entity_patterns.json, folded; "d'" counts as "d")."""
    if _pattern_finder() is None:
        return frozenset()
    from ..entities.patterns import fold, pattern_data

    return frozenset(w for q in pattern_data().get("place_qualifiers", []) for w in _WORDS.findall(fold(q)))


def _known_body_of_place(doc: Doc, p: Candidate, inner: list[Candidate]) -> str | None:
    """The entry id when pattern name `p` is a known name (and its acronym) qualified by a known
    place and nothing else: "la Commission régionale unifiée d'investissement (CRUI) de Béni
    Mellal-Khénifra" is that region's CRUI, the body the lexicon knows, when no entry names it."""
    known = [l for l in inner if l.label == p.label and l.entity_id]
    if not known or known[0].start != p.start or len({l.entity_id for l in known}) != 1:
        return None
    if not any(l.label == "location" for l in inner):
        return None
    rest = list(doc.fold[p.start : p.end])
    for l in inner:
        if l.label not in (p.label, "location"):
            return None
        rest[l.start - p.start : l.end - p.start] = " " * (l.end - l.start)
    qualifiers = _place_qualifiers()
    return known[0].entity_id if all(w in qualifiers for w in _WORDS.findall("".join(rest))) else None


_PURPOSE_AFTER = regex.compile(r"\s+ل(?!ل|ال)\p{L}")  # "ل" + an indefinite verbal noun: "لتيسير", "لتمكين"
_ONE_CONJUNCT_AFTER = regex.compile(r"\s+و\p{L}+\s*")  # one word after "و": a coordination, not more name


def _extends(doc: Doc, p: Candidate, inner: list[Candidate]) -> bool:
    """Does pattern name `p` strictly contain the lexicon matches `inner` and say more than a cue?"""
    if p.label not in ("organization", "program"):
        return False
    if not all(p.start <= l.start and l.end <= p.end for l in inner):
        return False
    if any(l.label == "organization" and l.start > p.start and (doc.fold[l.start - 1] == "ل" or _unit_of(doc.fold[p.start : l.start]))
           for l in inner):
        # "الوكالة المحلية للوكالة الوطنية لإنعاش التشغيل", "الشبكة الوطنية لبريد المغرب": a unit of
        # a known organisation, which stands for it
        return False
    if all(l.label == "location" for l in inner) and _is_quoted(doc.norm_text, p.start, p.end):
        return True  # «Nakhil Smara», «Tafilalet Solaire»: a quoted name made of place names is the name
    if not any(l.length < p.length for l in inner):
        return False
    if _cue_then_place(doc, p, inner):
        return False
    tail = doc.norm_text[max(l.end for l in inner) : p.end]
    if p.start == min(l.start for l in inner) and _PURPOSE_AFTER.match(tail):
        return False  # "البنك الشعبي لتيسير ولوج الشباب": the known name, then a purpose clause
    if p.start == min(l.start for l in inner) and _ONE_CONJUNCT_AFTER.fullmatch(tail):
        return False  # "المركز الجهوي للاستثمار وآليات [دعم المقاولة]": the known name, then "and ..."
    if p.start == min(l.start for l in inner) and tail.strip() and not any(ch.isupper() or "\u0600" <= ch <= "\u06ff" for ch in tail):
        return False  # "Université Ibn Tofail de Kénitra accueille": only lower-case words after the known name
    p_toks = set(linking.name_tokens(doc.norm_text[p.start : p.end]))
    in_toks = set()
    for l in inner:
        in_toks |= set(linking.name_tokens(doc.norm_text[l.start : l.end]))
    extra = p_toks - in_toks - _cue_keys()
    return bool(extra)


def _is_quoted(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 2) : start].strip().endswith('"') and text[end : end + 2].strip().startswith('"')


def _cue_then_place(doc: Doc, p: Candidate, inner: list[Candidate]) -> bool:
    """"عمالة المضيق الفنيدق", "ولاية جهة ...": a head that is also a place cue, then a known place
    and nothing else. The place is what the article names; the authority is optional in the guide."""
    if len(inner) != 1 or inner[0].label != "location" or inner[0].end != p.end:
        return False
    cue = linking.cue_level(doc, inner[0].start)
    return cue is not None and not doc.fold[p.start : cue[1]].strip()


# "la direction régionale de l'ANAPEC": a territorial unit named after the known body it belongs to
def _unit_of(before: str) -> bool:
    """Is `before` (folded) a unit head, its adjective and "de": "direction regionale de l'"?"""
    rx = _unit_of_re()
    return rx is not None and rx.search(before) is not None


@lru_cache(maxsize=1)
def _unit_of_re() -> regex.Pattern | None:
    if _pattern_finder() is None:
        return None
    from ..entities.patterns import fold, pattern_data

    heads = sorted({fold(h) for h in pattern_data().get("org_unit_heads", [])}, key=len, reverse=True)
    if not heads:
        return None
    alt = "|".join(regex.escape(h) for h in heads)
    return regex.compile(rf"^(?:{alt})\s+\S+\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')$")


_PERSON_EVIDENCE = {"pattern:title", "pattern:role-name", "pattern:name-role", "pattern:verb-name", "pattern:given-name",
                    "pattern:name-age"}


def _titled_person_over(doc: Doc, p: Candidate, inner: list[Candidate]) -> bool:
    """A person introduced by a title, a role or a reporting verb ("M. Hassan Ouchen", "رئيستها،
    نعيمة أمهروق") whose name strictly contains a place ("نعيمة" is also a commune) or another
    person's surname: the name stands, the inner hits go."""
    if p.label != "person" or p.source not in _PERSON_EVIDENCE:
        return False
    if not all(p.start <= l.start and l.end <= p.end and l.length < p.length for l in inner):
        return False
    return all(l.label in ("location", "person") for l in inner)


def _without_orphan_surnames(patterns: list[Candidate], kept: list[Candidate], lex_kept: list[Candidate]) -> list[Candidate]:
    """Later mentions of a surname go with the full name they come from: when no mention of that
    name survives as a person ("مؤسسة البنك الشعبي لإنشاء المقاولات، عامل إقليم صفرو" is a known
    organisation, not a person "الشعبي لإنشاء المقاولات"), its surname mentions are no person either."""
    alive = {id(c) for c in kept}
    persons = [l for l in lex_kept if l.label == "person"]
    full: dict[str, bool] = {}
    for c in patterns:
        if c.label == "person" and c.source != "pattern:surname":
            survives = id(c) in alive or any(l.start < c.end and c.start < l.end for l in persons)
            full[c.name] = full.get(c.name, False) or survives
    orphans = {name for name, survives in full.items() if not survives}
    return [c for c in kept if not (c.source == "pattern:surname" and c.attrs.get("full_name") in orphans)]


def merge_candidates(doc: Doc, lexical: list[Candidate], patterns: list[Candidate]) -> list[Candidate]:
    # A place listed after a plural cue ("بجماعات جرف الملحة ودار الكداري") is not the start of an
    # organisation name, whatever head word it opens with.
    listed = {p.start for p in patterns if p.attrs.get("in_list")}
    patterns = [p for p in patterns if not (p.label == "organization" and p.start in listed)]
    # "la coordination provinciale de l'INDH": the unit is an organisation and the programme it
    # belongs to stays a programme mention; a unit of a known organisation stands for it.
    units = [p for p in patterns if p.source == "pattern:org-unit"]
    patterns = [p for p in patterns if p.source != "pattern:org-unit"]
    dropped: set[int] = set()
    kept: list[Candidate] = []
    for p in patterns:
        over = [i for i, l in enumerate(lexical) if l.start < p.end and p.start < l.end]
        if not over:
            kept.append(p)
            continue
        inner = [lexical[i] for i in over]
        if _extends(doc, p, inner) or _titled_person_over(doc, p, inner):
            dropped.update(over)
            known = _known_body_of_place(doc, p, inner)
            if known:
                p.attrs["known_inside"] = known
            kept.append(p)
            continue
        if p.label == "person":
            for l in inner:
                if l.label == "person":
                    for k in ("role", "organization"):
                        if p.attrs.get(k) and not l.attrs.get(k):
                            l.attrs[k] = p.attrs[k]
    lex_kept = [l for i, l in enumerate(lexical) if i not in dropped]
    kept = _without_orphan_surnames(patterns, kept, lex_kept)
    # Pattern candidates among themselves: longest first; none may overlap a kept lexicon match.
    taken = [(l.start, l.end) for l in lex_kept]
    out = list(lex_kept)
    for p in sorted(kept, key=lambda c: (-c.length, c.start)):
        if any(p.start < e and s < p.end for s, e in taken):
            continue
        taken.append((p.start, p.end))
        out.append(p)
    for u in units:
        over = [c for c in out if c.start < u.end and u.start < c.end]
        if over and not all(c.label == "program" and u.start < c.start and c.end <= u.end for c in over):
            continue  # overlaps an organisation (it stands for the unit) or a longer name
        out.append(u)
    return sorted(out, key=lambda c: c.start)


def entities(doc: Doc) -> Doc:
    if not doc.fold:
        return doc
    lexical = matcher.match(doc)
    finder = _pattern_finder()
    patterns = finder(doc) if finder is not None else []
    cands = merge_candidates(doc, lexical, patterns)
    for c in cands:
        if c.source not in ("lexicon", "gazetteer"):
            _link_pattern(doc, c)
    filters.funds_being_created(doc, cands)
    cands = [c for c in cands if not (filters.unknown_region(c) or filters.place_inside_quoted_name(doc, c)
                                      or filters.first_name_with_initial(doc, c) or filters.inside_office_title(doc, c)
                                      or filters.byline_author(doc, c))]
    linking.choose_entries(doc, cands)
    cands = filters.drop_local_places_abroad(cands)
    cands = filters.unsupported_foreign_homonyms(cands)
    cands = filters.acronym_definitions(doc, cands)
    # A candidate linked to an entry of another family takes the entry's family.
    for c in cands:
        if c.entity_id:
            entry = linking.entry_by_id(c.entity_id)
            if entry is not None:
                c.label = entry.label
    result = linking.build_entities(doc, cands)
    doc.programs = result["programs"]
    doc.organizations = result["organizations"]
    doc.persons = result["persons"]
    doc.locations = result["locations"]
    doc.user_data["entity_candidates"] = cands
    return doc
