"""Linking candidates to lexicon/gazetteer entries, and merging them into record entities.

- `choose_entries`: an alias shared by several entries ("CRI", "Tanger" city/province, "الجزائر"
  country/capital) is resolved by context: an entry already named unambiguously in the article, a
  region the article names, a foreign country the article is about, the place cue right before
  the name (إقليم/province -> province, مدينة/ville -> city); otherwise the generic entry, a country
  before its capital, a city before its homonymous province.
- `fuzzy_link`: a pattern name with no id gets the entry whose alias it (nearly) equals; the
  threshold is conservative and guarded by a length ratio and token overlap, so that the programme
  "إنعاش" never links to "الوكالة الوطنية لإنعاش التشغيل".
- `build_entities`: one record entity per real-world entity, all its mentions gathered.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz, process

from ..doc import Doc
from ..normalize import normalize_text
from ..records import Entity, Location, Person
from .candidates import Candidate
from .gazetteer import gazetteer_by_id, gazetteer_entries
from .lexicon import Entry, lexicon_by_id, lexicon_entries
from .matcher import cue_before, place_cues, plural_place_cues

_PUNCT = regex.compile(r"[^\p{L}\p{N}]+")
_FR_LEADING = {"l", "la", "le", "les", "d", "de", "du", "des"}
_LEVEL_ORDER = {"country": 6, "city": 5, "province": 4, "region": 3, "commune": 2, "district": 1}
FUZZY_CUTOFF = 88.0


@lru_cache(maxsize=65536)
def name_tokens(s: str) -> tuple[str, ...]:
    """Comparable tokens: folded, punctuation dropped, Arabic article and French articles dropped."""
    toks = []
    for t in _PUNCT.sub(" ", normalize_text(s)).split():
        if t.startswith("ال") and len(t) > 4:
            t = t[2:]
        toks.append(t)
    while len(toks) > 1 and toks[0] in _FR_LEADING:
        toks.pop(0)
    return tuple(toks)


@lru_cache(maxsize=65536)
def name_key(s: str) -> str:
    return " ".join(name_tokens(s))


def entry_by_id(entity_id: str) -> Entry | None:
    return lexicon_by_id().get(entity_id) or gazetteer_by_id().get(entity_id)


# -- ambiguity ----------------------------------------------------------------------------------
def cue_level(doc: Doc, start: int) -> tuple[str, int] | None:
    """(level, cue start) of a place cue right before the name at `start`, clitics skipped."""
    ws = start
    while ws > 0 and "\u0621" <= doc.fold[ws - 1] <= "\u064a":
        ws -= 1
    return cue_before(doc.fold, ws)


def is_soft(c: Candidate) -> bool:
    """Matched by an alias its entry marks ambiguous ("المملكة", "Royaume": which kingdom?)."""
    key = c.attrs.get("key")
    return bool(key) and any(key in e.ambiguous for e in c.attrs.get("options") or ())


def context_of(doc: Doc, cands: list[Candidate]) -> dict:
    """What the article says unambiguously: linked ids, foreign countries, named regions."""
    firm = [c for c in cands if c.entity_id and not is_soft(c)]
    ids = {c.entity_id for c in firm}
    keyed = {(c.entity_id, name_key(c.attrs.get("key") or "")) for c in firm}
    return {"ids": ids, "keyed": keyed, "countries": country_evidence(cands)}


def country_evidence(cands: list[Candidate]) -> set[str]:
    """Countries the article is about: of its countries, regions, provinces and cities (a commune
    name is too often a homonym to tell). A name several entries share tells of the country all of
    them are in ("تونس", "Sidi Ifni" the province and the town); one its entry marks ambiguous
    ("المملكة") only of a foreign country."""
    countries = set()
    levels = ("country", "region", "province", "city")
    for c in cands:
        options = list(c.attrs.get("options") or ())
        if c.entity_id and not options:
            e = entry_by_id(c.entity_id)
            options = [e] if e is not None else []
        locs = [o for o in options if o.label == "location" and o.country and o.level in levels]
        if not locs or len(locs) < len(options):
            continue
        found = {o.country for o in locs}
        if len(found) != 1:
            continue
        country = next(iter(found))
        if is_soft(c) and len(options) == 1 and country == "MA":
            continue  # "المملكة": which kingdom? (a name shared by a town and its province is no doubt)
        countries.add(country)
    return countries


def _country_entry(code: str) -> Entry | None:
    return next((e for e in gazetteer_entries() if e.level == "country" and e.country == code and not e.former), None)


def _ancestors(entry: Entry) -> set[str]:
    out: set[str] = set()
    parent = entry.parent
    while parent and parent not in out:
        out.add(parent)
        up = entry_by_id(parent)
        parent = up.parent if up is not None else None
    return out


def _option_score(doc: Doc, entry: Entry, ctx: dict, cue: str | None, key: str = "") -> float:
    score = 0.0
    if entry.id in ctx["ids"] and (entry.label != "location" or (entry.id, key) in ctx["keyed"]):
        # A place counts as already named only under the same name: "عمالة وجدة أنجاد" does not
        # make the dateline "وجدة" the prefecture.
        score += 100
    if _ancestors(entry) & ctx["ids"]:
        # A named enclosing unit favours the place and its homonyms alike: "Tanger" in an article
        # naming the region Tanger-Tétouan-Al Hoceïma is the city as much as the prefecture.
        score += 15
    if entry.label == "location":
        foreign = ctx["countries"] - {"MA"}
        if foreign and entry.country in foreign:
            score += 50
        elif foreign and "MA" not in ctx["countries"] and entry.country == "MA":
            score -= 20
        if cue and entry.level == cue:
            score += 30
        elif cue == "city" and entry.level == "country":
            score -= 10
        score += _LEVEL_ORDER.get(entry.level or "", 0)
        if entry.former:
            score -= 3
    else:
        if entry.region:
            # A regional branch only when the article names its region.
            region = normalize_text(entry.region)
            score += 20 if region and region in doc.fold else -10
        if entry.parent and entry.parent in ctx["ids"]:
            score += 5
    return score


_ENUM_GAP = regex.compile(r"\s*(?:[,،]\s*)?(?:(?:و|et|ou|and)\s*)?(?:(?:de|d'|a|à)\s*)?(?:[بل](?=\S))?")


def _is_place(c: Candidate) -> bool:
    return c.label == "location" or any(e.label == "location" for e in c.attrs.get("options") or ())


def enumeration_levels(doc: Doc, cands: list[Candidate]) -> dict[int, str]:
    """id(candidate) -> level for the places that follow a plural cue in an enumeration:
    "بجماعتي أولاد برحيل وتالوين", "les provinces de Figuig, Jerada et Taourirt"."""
    plural = plural_place_cues()
    out: dict[int, str] = {}
    level, prev_end = None, -1
    for c in sorted((c for c in cands if _is_place(c)), key=lambda c: c.start):
        cue = cue_level(doc, c.start)
        if cue is not None:
            word = doc.fold[cue[1] : c.start].strip()
            level = cue[0] if any(word.startswith(p) or word[1:].startswith(p) or word[2:].startswith(p) for p in plural) else None
        elif level is not None and prev_end >= 0 and _ENUM_GAP.fullmatch(doc.fold[prev_end : c.start]):
            out[id(c)] = level
        elif (colon := _plural_cue_colon(doc, c.start)) is not None:
            level = out[id(c)] = colon  # "dans les cinq provinces : Béni Mellal, Azilal, ..."
        else:
            level = None
        prev_end = c.end
    _listed_in_parentheses(doc, cands, out)
    return out


def _plural_cue_colon(doc: Doc, start: int) -> str | None:
    """Level of a plural cue that ends right before a colon before `start` ("les provinces :")."""
    before = doc.fold[max(0, start - 40) : start].rstrip()
    if not before.endswith(":"):
        return None
    before = before[:-1].rstrip()
    for bare, level in _plural_cue_words():
        if before.endswith(bare) and (len(before) == len(bare) or not before[-len(bare) - 1].isalnum()):
            return level
    return None


@lru_cache(maxsize=1)
def _plural_cue_words() -> tuple[tuple[str, str], ...]:
    """(first word of a plural cue, its level), longest first: ("provinces", "province")."""
    levels = dict(place_cues())
    return tuple((cue.split()[0], levels[cue]) for cue in sorted(plural_place_cues(), key=len, reverse=True) if cue in levels)


def _listed_in_parentheses(doc: Doc, cands: list[Candidate], out: dict[int, str]) -> None:
    """"إقليم طاطا (فم زكيد، أقا، فم الحصن)", "la province de Tiznit (Tafraout, Anzi)": the places listed
    in parentheses right after a province are its communes, whatever else the town is."""
    places = sorted((c for c in cands if _is_place(c)), key=lambda c: c.start)
    for k, c in enumerate(places):
        after = doc.fold[c.end : c.end + 3]
        if not after.lstrip().startswith("("):
            continue
        cue = cue_level(doc, c.start)
        if not ((cue and cue[0] == "province") or out.get(id(c)) == "province"):
            continue
        close = doc.fold.find(")", c.end, c.end + MAX_PARENTHESIS)
        if close < 0:
            continue
        for d in places[k + 1 :]:
            if d.end > close:
                break
            if name_key(doc.fold[d.start : d.end]) != name_key(doc.fold[c.start : c.end]):
                out[id(d)] = "commune"


MAX_PARENTHESIS = 200  # characters of a parenthesised list of communes


def choose_entries(doc: Doc, cands: list[Candidate]) -> None:
    """Set `entity_id`/`label` of each candidate with several options, in place. A place named
    after its cue keeps the cue span in attrs["cue_start"] ("إقليم طاطا" is also a name)."""
    ctx = context_of(doc, cands)
    by_options: dict[frozenset, list[Candidate]] = {}
    listed = enumeration_levels(doc, cands)
    for c in cands:
        options = c.attrs.get("options") or []
        cue = cue_level(doc, c.start) if c.label == "location" or any(e.label == "location" for e in options) else None
        if cue and len(doc.fold[cue[1] : c.start].strip()) <= 2:
            cue = None  # a bare preposition ("à Settat") says nothing about the level
        if cue:
            c.attrs["cue_start"] = cue[1]
            c.attrs["cue_level"] = cue[0]
        elif id(c) in listed:
            c.attrs["cue_level"] = listed[id(c)]
            cue = (listed[id(c)], c.start)
        if len(options) == 1 and c.entity_id and is_soft(c) and options[0].level == "country":
            foreign = ctx["countries"] - {"MA"}
            if len(foreign) == 1 and options[0].country not in ctx["countries"]:
                # "المملكة" in an article about Jordan is Jordan.
                target = _country_entry(next(iter(foreign)))
                if target is not None:
                    c.entity_id = target.id
                    c.score = min(c.score, 0.7)
            continue
        if not options or (len(options) == 1 and c.entity_id):
            continue
        key = name_key(c.attrs.get("key") or "")
        best = max(options, key=lambda e: _option_score(doc, e, ctx, cue[0] if cue else None, key))
        c.entity_id = best.id
        c.label = best.label
        c.score = min(c.score, 0.8)
        by_options.setdefault(frozenset(e.id for e in options), []).append(c)
    # Homonyms in one article are one place: "إقليم طاطا ... طاطا" is the province both times;
    # but "مدينة شفشاون" and "إقليم شفشاون" in one article are two places.
    for group in by_options.values():
        cued = {c.entity_id for c in group if c.attrs.get("cue_level") and entry_by_id(c.entity_id).level == c.attrs["cue_level"]}
        if len(cued) == 1:
            target = entry_by_id(next(iter(cued)))
            for c in group:
                if not c.attrs.get("cue_level"):
                    c.entity_id = target.id
                    c.label = target.label
    linked = {c.entity_id for c in cands if c.entity_id and len(c.attrs.get("options") or []) <= 1}
    # A place named in full elsewhere ("عمالة وجدة أنجاد") does not make its short homonym
    # ("وجدة", the city) the same unit; other families do resolve this way.
    linked_places = {(c.entity_id, name_key(c.attrs.get("key") or "")) for c in cands
                     if c.entity_id and len(c.attrs.get("options") or []) <= 1}
    for group in by_options.values():
        for c in group:
            options = c.attrs["options"]
            hits = [e for e in options if e.id in linked and (
                e.label != "location" or (e.id, name_key(c.attrs.get("key") or "")) in linked_places)]
            if len(hits) == 1:
                c.entity_id = hits[0].id
                c.label = hits[0].label


# -- fuzzy linking ------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _choices(label: str) -> tuple[list[str], list[Entry]]:
    entries = gazetteer_entries() if label == "location" else lexicon_entries()
    keys, owners = [], []
    for e in entries:
        if e.label != label:
            continue
        for a in e.aliases:
            k = name_key(a)
            if k and normalize_text(a) not in e.ambiguous:
                keys.append(k)
                owners.append(e)
    return keys, owners


def _dice(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    sa, sb = set(a), set(b)
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


@lru_cache(maxsize=16384)
def fuzzy_link(name: str, label: str) -> tuple[Entry, float] | None:
    """The entry whose alias `name` (nearly) equals, with the similarity (0..1), else None."""
    key = name_key(name)
    if len(key) < 3:
        return None
    keys, owners = _choices(label)
    if not keys:
        return None
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if hit is None:
        return None
    alias, score, i = hit
    ratio = min(len(key), len(alias)) / max(len(key), len(alias))
    if ratio < 0.8:
        return None
    if " " not in key and " " not in alias:
        # one word spelled otherwise ("Tiznite", "Laayoun"): nearly all of it, and long enough to tell
        if len(key) < 5 or score < SINGLE_WORD_CUTOFF:
            return None
    elif _dice(tuple(key.split()), tuple(alias.split())) < 0.6:
        return None
    return owners[i], score / 100.0


SINGLE_WORD_CUTOFF = 90


# -- merging ------------------------------------------------------------------------------------
def _group_key(c: Candidate) -> tuple:
    if c.entity_id:
        return ("id", canonical_id(c.entity_id))
    name = c.attrs.get("full_name") or c.name or ""
    return (c.label, name_key(name))


def _person_name_keys(key: tuple) -> set[str]:
    if key[0] != "id":
        return {key[1]}
    entry = entry_by_id(key[1])
    return {name_key(a) for a in entry.aliases} if entry else set()


def _join_surnames(doc: Doc, groups: dict[tuple, list[Candidate]]) -> None:
    """An unlinked person name that is the last name(s) of exactly one other person joins it
    ("Sekkouri" after "Younes Sekkouri"), in place."""
    persons = [k for k, g in groups.items() if g[0].label == "person"]
    names = {k: _person_name_keys(k) for k in persons}
    for key in persons:
        if key[0] != "person" or not key[1]:
            continue
        toks = key[1].split()
        owners = [
            k for k in persons
            if k != key and k in groups
            and any(len(n.split()) > len(toks) and n.split()[-len(toks):] == toks or n == key[1] for n in names[k])
        ]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(key))


def _as_written(doc: Doc, phrase: str, near: int) -> str:
    """`phrase` (normalised text a recogniser copied) as the article writes it: its occurrence in
    doc.norm_text closest to `near`, mapped to the original; else `phrase` itself."""
    best = None
    i = doc.norm_text.find(phrase)
    while i >= 0:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = doc.norm_text.find(phrase, i + 1)
    if best is None or abs(best - near) > 400:
        return phrase
    return doc.mention(best, best + len(phrase)).text


_PHASE = regex.compile(r"\bphase\b", regex.I)


def canonical_id(entry_id: str | None) -> str | None:
    """A phase of a programme is the programme ("Troisième phase de l'INDH" is the INDH)."""
    entry = entry_by_id(entry_id) if entry_id else None
    if entry is not None and entry.parent and _PHASE.search(entry.name_fr or ""):
        return entry.parent
    return entry_id


def _join_into_specific(groups: dict[tuple, list[Candidate]]) -> None:
    """A network-wide entry ("CRI", "غرفة التجارة والصناعة والخدمات") named in an article that also
    names exactly one of its regional members means that member, in place."""
    linked = {k: entry_by_id(k[1]) for k in groups if k[0] == "id"}
    for key, entry in list(linked.items()):
        if entry is None or entry.region or key not in groups:
            continue
        surfaces = {normalize_text(c.attrs.get("key") or "") for c in groups[key]}
        acr = set(entry.acronyms)
        members = [
            k for k, e in linked.items()
            if k != key and e is not None and e.label == entry.label and e.region and k in groups
            and (acr & set(e.acronyms) or any(normalize_text(a).startswith(tuple(x for x in surfaces if x)) for a in e.aliases))
        ]
        if len(members) == 1:
            groups[members[0]].extend(groups.pop(key))


def _join_variants(groups: dict[tuple, list[Candidate]]) -> None:
    """Unlinked programme/organisation names that are spelling variants of each other
    ("انتعاش" / "إنعاش") are one entity, in place."""
    keys = [k for k in groups if k[0] in ("program", "organization") and k[1]]
    for i, a in enumerate(keys):
        if a not in groups:
            continue
        for b in keys[i + 1 :]:
            if b in groups and a[0] == b[0] and len(a[1].split()) == len(b[1].split()) and len(a[1]) >= 4:
                if fuzz.ratio(a[1], b[1]) >= FUZZY_CUTOFF:
                    groups[a].extend(groups.pop(b))
    _join_short_forms(groups)


def _group_name_keys(key: tuple, group: list[Candidate]) -> set[str]:
    if key[0] == "id":
        entry = entry_by_id(key[1])
        names = {name_key(a) for a in entry.aliases} if entry else set()
        return names | {name_key(c.attrs.get("key") or c.name or "") for c in group}
    return {key[1]}


MIN_ONE_WORD_SHORT = 4  # letters of a one-word short name


def _join_short_forms(groups: dict[tuple, list[Candidate]]) -> None:
    """An unlinked name that opens exactly one other name of its family in the article, linked or
    not, is a short mention of it ("مجلس الجهة" after "مجلس جهة درعة تافيلالت", "المجلس الإقليمي"
    after "المجلس الإقليمي لخنيفرة", "le Conseil de la région" after "... de la région de l'Oriental",
    "l'association Tamount" after "l'association Tamount pour le développement local"), in place."""
    for short in [k for k in groups if k[0] in ("program", "organization") and k[1]]:
        if short not in groups:
            continue
        toks = short[1].split()
        if len(toks) == 1 and len(toks[0]) < MIN_ONE_WORD_SHORT:
            continue
        n_toks = len(toks)
        owners = [
            k for k, g in groups.items()
            if k != short and g[0].label == short[0]
            and any(len(n.split()) > max(n_toks, 2) and n.split()[:n_toks] == toks for n in _group_name_keys(k, g))
        ]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(short))


_QUOTES = '"«»“”'
_QUOTES_TO_SPACES = str.maketrans({q: " " for q in _QUOTES})


def _unquoted(text: str) -> str:
    """A name without its quotation marks: "«Tafoukt»" -> Tafoukt, and 'مركز «خريبكة سكيلز»' ->
    مركز خريبكة سكيلز (a head, then the quoted name: the quotes only mark where it starts)."""
    text = text.strip().strip(_QUOTES).strip()
    if any(q in text for q in _QUOTES):
        text = " ".join(text.translate(_QUOTES_TO_SPACES).split())
    return text


def build_entities(doc: Doc, cands: list[Candidate]) -> dict[str, list]:
    """Record entities per field ("programs", "organizations", "persons", "locations")."""
    groups: dict[tuple, list[Candidate]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        groups.setdefault(_group_key(c), []).append(c)
    _join_surnames(doc, groups)
    _join_into_specific(groups)
    _join_variants(groups)

    out: dict[str, list] = {"programs": [], "organizations": [], "persons": [], "locations": []}
    field = {"program": "programs", "organization": "organizations", "person": "persons", "location": "locations"}
    for key, group in groups.items():
        group.sort(key=lambda c: c.start)
        first = group[0]
        entry = entry_by_id(key[1]) if key[0] == "id" else None
        mentions = []
        for c in group:
            m = doc.mention(c.start, c.end)
            if m.text and all((m.start, m.end) != (x.start, x.end) for x in mentions):
                mentions.append(m)
        if not mentions:
            continue
        if entry is not None:
            name = entry.display_name(doc.language)
            aliases = entry.other_names(doc.language)
        else:
            # The longest surface as written (pattern names are normalised text).
            name = _unquoted(max((m.text for m in mentions), key=len))
            aliases = []
        for c in group:
            if c.attrs.get("cue_start") is not None and (
                (entry is not None and entry.level == c.attrs.get("cue_level"))
                or (entry is None and c.attrs.get("level_hint") == "district")
            ):
                mentions_text = doc.mention(c.attrs["cue_start"], c.end).text
                if mentions_text not in aliases:
                    aliases.append(mentions_text)
        for m in mentions:
            if m.text != name and m.text not in aliases and name_key(m.text) != name_key(name):
                aliases.append(m.text)
        common = dict(
            id=entry.id if entry else None,
            name=name,
            aliases=aliases,
            mentions=mentions,
            kind=(entry.kind if entry else None) or next((c.attrs.get("kind") for c in group if c.attrs.get("kind")), None),
            confidence=round(max(c.score for c in group), 3),
        )
        label = entry.label if entry is not None else first.label
        if label == "person":
            role = next((c.attrs.get("role") for c in group if c.attrs.get("role")), None)
            if role:
                role = _as_written(doc, role, group[0].start)
            if role is None and entry is not None:
                role = entry.role_ar if doc.language == "ar" else entry.role_fr
            org = next((c.attrs.get("organization") for c in group if c.attrs.get("organization")), None)
            out["persons"].append(Person(**common, role=role, organization=org))
        elif label == "location":
            cued = {c.attrs.get("cue_level") for c in group} - {None}
            if entry is not None:
                level = entry.level
                # "بجماعة سلوان", "communes rurales de Sebt Gzoula": a town the gazetteer counts as
                # a city is named here as the (urban or rural) commune it also is.
                if (level == "city" and entry.country == "MA" and cued == {"commune"}
                        and all(len(c.attrs.get("options") or ()) <= 1 for c in group)):
                    level = "commune"
            else:
                level = next(iter(cued)) if len(cued) == 1 else next(
                    (c.attrs.get("level_hint") for c in group if c.attrs.get("level_hint")), None)
            if level not in _LEVEL_ORDER:
                level = None
            out["locations"].append(
                Location(**common, level=level, country=entry.country if entry else None,
                         parent=entry.parent if entry else None)
            )
        else:
            out[field[label]].append(Entity(**common))
    return out
