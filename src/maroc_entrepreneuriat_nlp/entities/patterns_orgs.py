"""Organisations from head words: a head noun (Agence, Association, Chambre / الوكالة، جمعية، غرفة)
followed by its complements, up to a verb, a relative, a preposition opening a new phrase, a comma
not followed by "d'/de", or the sentence end. French heads must be capitalised (an "association" in
lower case is not a name). Arabic names are the head's genitive chain and adjectives: tokens with
the article (ال), with "ل/لل" (لإنعاش، للتنمية), coordinated with "و", a proper name right after an
indefinite head (تعاونية تيفاوين), a quoted name (جمعية "خنيفرة مبادرة") and place names after a
place word (لجهة فاس مكناس). An acronym in parentheses right after the name is kept as
attrs["acronym"].
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..doc import Doc
from .candidates import Candidate
from .patterns import (Token, ar_base_in, ar_bases, ar_strip_conj, doc_tokens, fold, is_arabic, is_clause, norm, opens_quote, pattern_data,
                       phrase_alternation, split_script)

MAX_TOKENS = 16
_ACRONYM = regex.compile(r"\s*\(\s*([\p{Lu}\p{Arabic}][\p{Lu}\p{Arabic}&/.\-\d ]{0,14}[\p{Lu}\p{Arabic}\d]|[\p{Lu}]{2,})\s*\)")


@dataclass(frozen=True)
class _Data:
    heads_lat: frozenset
    heads_ar: frozenset
    generic: frozenset  # folded
    generic_always: frozenset  # after the head, generic whatever follows
    generic_last: frozenset  # ending a name, generic: "شبكة البنوك الشريكة"
    action_nouns: frozenset  # verbal nouns a name may coordinate ("دعم وتمويل")
    programme_cues_ar: frozenset  # "البرنامج" after an organisation name starts another name
    place_centre_heads: frozenset  # "مركز جماعة X": the centre of a place, not an organisation
    head_determiners: frozenset  # "هذه الوكالة", "ثالث مركز": a description, not a name
    connectors: frozenset  # folded
    stops: frozenset  # lower-cased
    place_cues_ar: frozenset
    proper_heads_ar: frozenset
    adjectives: frozenset
    proper_heads_lat: frozenset  # lower-cased
    one_word_heads_lat: frozenset  # lower-cased: proper heads after which one capitalised word is a name
    quote_descriptors: tuple  # Arabic token tuples, longest first: "المقاولة الناشئة" before a quoted name
    quote_descriptors_first: frozenset
    name_stop_lat: frozenset  # folded
    given_lat: frozenset
    particles_lat: frozenset
    negations: frozenset  # "غير" + a definite adjective continues a name


@lru_cache(maxsize=None)
def _data() -> _Data:
    d = pattern_data()
    lat_heads, ar_heads = split_script(d.get("org_heads", []))
    stops = [w.lower() for w in d.get("phrase_stops", [])]
    ar_stop = [w for w in split_script(d.get("name_stopwords", []))[1] if not w.startswith("ال")]
    ar_stop += split_script(d.get("titles", []))[1]
    return _Data(
        heads_lat=frozenset(h for h in lat_heads if " " not in h),
        heads_ar=frozenset(ar_heads),
        generic=frozenset(w.lower() for w in d.get("org_generic", [])),
        generic_always=frozenset(d.get("org_generic_always", [])),
        generic_last=frozenset(d.get("org_generic_last", [])),
        action_nouns=frozenset(d.get("action_nouns", [])),
        programme_cues_ar=frozenset(split_script(d.get("program_cues", []))[1]),
        place_centre_heads=frozenset(d.get("place_centre_heads", [])),
        head_determiners=frozenset(d.get("org_head_determiners", [])),
        connectors=frozenset(w.lower() for w in d.get("org_connectors", [])),
        stops=frozenset(stops + ar_stop),
        place_cues_ar=frozenset(k for k in d.get("place_cues", {}) if is_arabic(k)),
        proper_heads_ar=frozenset(d.get("org_proper_heads", [])),
        adjectives=frozenset(w.lower() for w in d.get("org_adjectives", [])),
        proper_heads_lat=frozenset(h.lower() for h in split_script(d.get("org_proper_heads", []))[0]),
        one_word_heads_lat=frozenset(h.lower() for h in split_script(d.get("org_one_word_name_heads", []))[0]),
        quote_descriptors=tuple(sorted({tuple(x.split()) for x in split_script(d.get("org_quote_descriptors", []))[1]}, key=len, reverse=True)),
        quote_descriptors_first=frozenset(x.split()[0] for x in split_script(d.get("org_quote_descriptors", []))[1]),
        name_stop_lat=frozenset(fold(w) for w in split_script(d.get("name_stopwords", []))[0]),
        given_lat=frozenset(split_script(d.get("given_names", []))[0]),
        particles_lat=frozenset(split_script(d.get("name_particles", []))[0]),
        negations=frozenset(split_script(d.get("negation_words", []))[1]),
    )


_ADJ_END = regex.compile(r"(?:al|ale|aux|ales|ain|aine|ien|ienne|ais|aise|ois|oise|ique|if|ive|el|elle|é|ée|aire|eur|eure|ier|ière|ant|ante|ent|ente|ial|iale)$")
_NOUN_TE_END = regex.compile(r"(?:té|tés)$")
_PARTICIPLE_END = regex.compile(r"(?:é|ée|és|ées|ant|ants)$")
_NAME_TAIL_AFTER_ACRONYM = regex.compile(r"\s+(?:de|du|d')\s*(?:la\s+|l')?\p{Lu}[\p{L}\-]+(?:[\s-]\p{Lu}[\p{L}\-]+)*")
_PARENTHESES = regex.compile(r"\s*\([^)]*\)\s*")
_SPACES = regex.compile(r"\s+")
_ROMAN = regex.compile(r"[IVX]+")


def adjective_like(word: str, D: "_Data") -> bool:
    """A lower-case word that can follow an organisation head ('nationale', 'mondiale', 'socio-sportif');
    a verb there ('le Ministère envisage') means the head was a common noun."""
    return "-" in word or word in D.adjectives or bool(_ADJ_END.search(word))


def _participle(word: str) -> bool:
    """Lower-case French past/present participles end a name ('tenu', 'organisée', 'visant')."""
    if not word.islower() or len(word) < 5:
        return False
    if _NOUN_TE_END.search(word):  # société, solidarité: nouns
        return False
    return bool(_PARTICIPLE_END.search(word))


def _acronym_after(text: str, end: int) -> tuple[str, int] | None:
    m = _ACRONYM.match(text, end)
    if m and len(m.group(1)) <= 15:
        return m.group(1).strip(), m.end()
    return None


# -- Latin script ---------------------------------------------------------------------------------
# After a word in -ique right after a head, these show it is the sentence's verb ("la Cour critique
# par ailleurs l'absence", "l'Agence indique que"), not an adjective of the name.
_VERB_OBJECTS = frozenset({"les", "le", "la", "l'", "un", "une", "que", "qu'", "par", "aussi", "également", "notamment"})


def lat_name_extent(toks: list[Token], i: int, text: str, heads: frozenset, D: _Data, *, participles: bool = True) -> int:
    """Index after the last token of the name whose head is toks[i] (shared with programmes)."""
    k = i + 1
    last = i
    n = len(toks)
    while k < n and k - i < MAX_TOKENS:
        t = toks[k]
        gap = text[toks[k - 1].end : t.start]
        if "\n" in gap:
            break
        ft = t.text.lower()
        if (t.text == "," and k + 2 < n and toks[k + 1].text.lower() in ("d'", "de", "du", "des")
                and toks[k + 2].text[:1].isupper() and not toks[k - 1].text.isupper()
                and toks[k + 2].text not in D.heads_lat):
            # "Chambre de Commerce, d'Industrie ...", not "du Groupe BCP, d'Attijariwafa bank" (a list
            # of names), "du Conseil de la région, du Centre régional ..." (a head opens the next
            # name) nor "Conseil provincial, d'élus, de chefs ..." (a list of people)
            k += 1
            continue
        if t.text == "-" and k + 1 < n and toks[k + 1].kind == "lat":
            k += 1
            continue
        if t.text == '"' and k == last + 1:  # quoted name inside: Complexe socio-sportif «DOM Sports»
            q = _quoted_after(toks, k)
            if q:
                last = q - 1
                k = q
            break
        if t.kind != "lat":
            break
        if ft in D.stops or (participles and _participle(t.text)):
            break
        if k + 1 < n and f"{ft} {toks[k + 1].text.lower()}" in D.stops:  # "en partenariat"
            break
        if k == i + 1 and t.text.islower() and ft not in D.connectors and not adjective_like(ft, D):
            break
        if (k == i + 1 and ft.endswith("ique") and k + 1 < n and toks[k + 1].text.lower() in _VERB_OBJECTS
                and text[t.end : toks[k + 1].start] == " "):
            break  # "La Cour critique les résultats", "l'Agence indique que": the verb, not an adjective
        if k == i + 1 and ft in ("à", "a", "au"):  # "la Fondation à Fès", "la Chambre à travers"
            break
        if ft == "à" and k + 1 < n and toks[k + 1].kind == "lat" and toks[k + 1].text[:1].isupper():
            break  # "l'agence de la Banque Populaire à Sidi Ifni": where it is, not its name
        prev = toks[k - 1].text
        if (k > i + 1 and t.text.islower() and ft not in D.connectors and prev.islower()
                and prev.lower() not in D.connectors and not adjective_like(ft, D)):
            break  # "la Banque mondiale finance": a verb after the adjective ends the name
        if ft == "et" and k == i + 1:
            break  # "entre le Conseil et Bank of Africa": the bare head, then another party
        if ft == "et":  # "la Chambre et l'Instance ...", "du Conseil et de l'Espace ...": a second name
            m = k + 1
            while m < n and toks[m].text.lower() in ("de", "du", "des", "d'", "l'", "la", "le", "les"):
                m += 1
            if m < n and toks[m].text in heads:
                break
        if ft not in D.connectors:
            last = k
        k += 1
    return last + 1


def _find_lat(doc: Doc, toks: list[Token]) -> list[Candidate]:
    D = _data()
    text = doc.norm_text
    out = []
    for i in [k for k, t in enumerate(toks) if t.text in D.heads_lat and t.kind == "lat"]:
        t = toks[i]
        e = _to_spelled_acronym(toks, i, lat_name_extent(toks, i, text, D.heads_lat, D), D)
        attrs: dict = {}
        end = toks[e - 1].end
        acr = _acronym_after(text, end)
        if acr:
            attrs["acronym"] = acr[0]
            # "Centre régional d'investissement (CRI) de Draâ-Tafilalet": the name goes on
            tail = _NAME_TAIL_AFTER_ACRONYM.match(text, acr[1])
            if tail:
                end = tail.end()
        if e - i < 2 and not acr:
            continue
        comp = [x.text.lower() for x in toks[i + 1 : e]]
        if comp and (comp[0] in D.generic or (len(comp) > 1 and comp[0] + comp[1] in D.generic)):
            continue
        name = _PARENTHESES.sub(" ", text[t.start : end]).replace('"', "").strip()
        name = _SPACES.sub(" ", name)
        out.append(Candidate("organization", t.start, end, name=name, source="pattern:org-head", score=0.75, attrs=attrs))
    return out


def _to_spelled_acronym(toks: list[Token], i: int, e: int, D: _Data) -> int:
    """Extend the name at toks[i:e] up to an acronym in parentheses a few words on when the acronym
    spells the initials of the words: "Réseau des entrepreneurs marocains de Belgique (REMB)"."""
    k = e
    while k < len(toks) and k - e < ACRONYM_REACH and toks[k].kind == "lat":
        k += 1
    if k == e or k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")" or not toks[k + 1].text.isupper():
        return e
    initials = "".join(x.text[0] for x in toks[i:k] if x.text.lower() not in D.connectors and x.text[0].isalpha())
    return k if len(initials) >= 3 and initials.upper() == toks[k + 1].text else e


ACRONYM_REACH = 5  # words between where a name stops and an acronym that spells it


def _find_lat_proper(doc: Doc, toks: list[Token]) -> list[Candidate]:
    """A lower-case head and the proper name after it: "l'association « Souss Initiatives Jeunes »",
    "le GIE « Jappo Liggeey »", "la coopérative agricole Zahrat Triffa", "l'incubateur Tensift Lab".
    The candidate is the name only (the head is a common noun here)."""
    D = _data()
    text = doc.norm_text
    out = []
    n = len(toks)
    for i in [k for k, t in enumerate(toks) if t.kind == "lat" and t.text.lower() in D.proper_heads_lat]:
        t = toks[i]
        if t.text in D.heads_lat:
            continue
        if t.text[:1].isupper() and t.text.lower() != "gie" and t.text != "ONG":
            continue  # a capitalised head is the start of the name itself (org-head pattern)
        j = i + 1
        while j < n and j - i <= 2 and toks[j].kind == "lat" and toks[j].text.islower() and adjective_like(toks[j].text.lower(), D):
            j += 1
        if j >= n or "\n" in text[toks[j - 1].end : toks[j].start]:
            continue
        q = _quoted_after(toks, j)
        if q:
            s, e = toks[j + 1].start, toks[q - 2].end
            if not text[s:s + 1].isupper() and not text[s:s + 1].isdigit():
                continue
            out.append(Candidate("organization", s, e, name=text[s:e], source="pattern:org-proper", score=0.75))
            continue
        k = j
        while k < n and toks[k].kind == "lat" and (
            (toks[k].text[:1].isupper() and fold(toks[k].text) not in D.name_stop_lat)
            or (toks[k].text in D.particles_lat and k + 1 < n and toks[k + 1].text[:1].isupper())
        ) and k - j < 5:
            k += 1
        if toks[j].text in D.given_lat or _ROMAN.fullmatch(toks[k - 1].text):
            continue
        if k - j < 2:
            # one word is a name only after a head that names a body ("l'association Tamount pour le
            # développement local", "la coopérative Tafoukt"), and then its purpose phrase belongs to it
            if k == j or t.text.lower() not in D.one_word_heads_lat or toks[j].text.isupper():
                continue
            k = max(k, lat_name_extent(toks, j, text, D.heads_lat, D))
        s, e = toks[j].start, toks[k - 1].end
        out.append(Candidate("organization", s, e, name=text[s:e], source="pattern:org-proper", score=0.7))
    return out


# -- Arabic script -------------------------------------------------------------------------------
def ar_chain_extent(toks: list[Token], j: int, D: _Data, *, after_indefinite: bool, heads: frozenset) -> int:
    """Index after the genitive chain that starts at toks[j] (shared with programmes)."""
    n = len(toks)
    k = j
    place_left = 0
    after_proper = False  # the last word was a place name without the article
    in_object = False  # inside the indefinite object of a verbal noun ("لخلق وتطوير أنشطة ...")
    first = True
    while k < n and k - j < MAX_TOKENS:
        t = toks[k]
        if t.kind != "ar":
            if t.text == "-" and place_left and k + 1 < n and toks[k + 1].kind == "ar":
                k += 1
                continue
            break
        w = t.text
        if w in D.negations and not first and k + 1 < n and toks[k + 1].kind == "ar" and toks[k + 1].text.startswith("ال"):
            k += 2  # "جمعية المنظمات غير الحكومية"
            continue
        if w in D.stops or ar_strip_conj(w) in D.stops:
            break
        bare = ar_strip_conj(w)
        if bare in D.programme_cues_ar:
            break  # "الوكالة البرنامج المندمج ...": the agency, then a programme's name
        if w[0] in "وف" and any(b in heads or b in D.place_cues_ar for _s, b in ar_bases(w)):
            break  # "... والوكالة", "... وجماعة شفشاون": the next name
        cue = any(b in D.place_cues_ar for _s, b in ar_bases(w))
        if cue and any(b in D.place_cues_ar and "ب" in w[:s] and b not in heads for s, b in ar_bases(w)):
            break  # "دار الطالبة بجماعة تازارين", "مكتب بمدينة شفشاون": where the body is, not its name ("بعمالة ..." is an authority)
        if cue:
            place_left = 2  # "لجهة فاس مكناس": at most two words without the article
            k += 1
            first = False
            continue
        if place_left and len(bare) > 3 and bare[0] in "بل" and bare[1:].startswith("ال"):
            break  # "مجلس جماعة خنيفرة بالباقي": a preposition phrase after the place name
        if after_proper and bare.startswith("ال"):
            break  # "مجلس جهة سوس ماسة الاجتماع": a definite noun after a place name starts a new phrase
        prev = toks[k - 1].text if k > 0 and toks[k - 1].kind == "ar" else ""
        prev_action = prev and (prev in D.action_nouns or (prev[0] in "ول" and prev[1:] in D.action_nouns))
        ok = (
            bare.startswith("ال")
            or (bare.startswith("ل") and not first)
            or (first and after_indefinite and w[0] not in "وبلف")
            or place_left > 0
            # "دعم وتمويل المقاولات", "لخلق وتطوير أنشطة": a coordinated verbal noun, then its object
            or (prev_action and w[0] == "و" and bare in D.action_nouns)
            or (prev_action and w[0] not in "وبلف" and k + 1 < n and toks[k + 1].kind == "ar")
            # ... "أنشطة مقاولاتية صغيرة", "المقاولات الصغيرة جدا": adjectives of that object
            or (in_object and w[0] not in "وبلف" and w.endswith(("يه", "ه", "ي")))
            or w == "جدا"
        )
        in_object = (prev_action and w[0] not in "وبلف" and not bare.startswith("ال")) or (in_object and ok)
        if not ok:
            break
        after_proper = bool(place_left) and not bare.startswith("ال")
        if place_left and not bare.startswith("ال"):
            place_left -= 1
        elif place_left:
            place_left = 0
        first = False
        k += 1
    return k


def _quoted_after(toks: list[Token], j: int) -> int | None:
    """Index after a quoted name starting at toks[j] ('"' ... '"'), at most 8 words."""
    if j < len(toks) and toks[j].text == '"' and opens_quote(toks, j):
        for k in range(j + 1, min(len(toks), j + 10)):
            if toks[k].text == '"':
                return k + 1 if k > j + 1 else None
            if toks[k].kind == "punct" and toks[k].text in ".،,;:\n":
                return None
    return None


def _quote_opened_before(toks: list[Token], i: int) -> int | None:
    """Index of the closing quote when toks[i] opens a quoted name (the quote glued to it), at most
    8 words on; None otherwise."""
    if i == 0 or toks[i - 1].text != '"' or toks[i - 1].end != toks[i].start:
        return None
    for k in range(i + 1, min(len(toks), i + 9)):
        if toks[k].text == '"':
            return k
        if toks[k].text in (".", "،", ",", "؛", "\n"):
            return None
    return None


@lru_cache(maxsize=65536)
def _ar_head_of(text: str) -> tuple[int, str] | None:
    """(clitic characters to skip, head) when the Arabic token is an organisation head ("للوكالة")."""
    return ar_base_in(text, _data().heads_ar)


def _find_ar(doc: Doc, toks: list[Token]) -> list[Candidate]:
    D = _data()
    text = doc.norm_text
    out = []
    for i in [k for k, t in enumerate(toks) if t.kind == "ar" and _ar_head_of(t.text)]:
        t = toks[i]
        skip, head = _ar_head_of(t.text)
        if i > 0 and toks[i - 1].text in D.head_determiners:
            continue  # "هذه الوكالة", "ثالث مركز يفتح أبوابه"
        if i > 0 and toks[i - 1].kind == "ar" and any(b in D.place_cues_ar for _s, b in ar_bases(toks[i - 1].text)):
            continue  # "جماعة دار الكبداني": a place named after a house, not an organisation
        if (head in D.place_centre_heads and i + 1 < len(toks) and toks[i + 1].kind == "ar"
                and any(b in D.place_cues_ar for _s, b in ar_bases(toks[i + 1].text))):
            continue  # "مركز جماعة تاكونيت": the commune's centre
        if i > 0 and (toks[i - 1].kind == "num" or (t.text[0] in "وف" and i > 1 and toks[i - 2].kind == "num")):
            continue  # "312 جمعية وتعاونية", "20 تعاونية نسائية": a count of bodies, not a name
        q = _quoted_after(toks, i + 1)
        if not q and i + 2 < len(toks) and toks[i + 1].kind == "ar" and toks[i + 1].text.startswith("ال"):
            q2 = _quoted_after(toks, i + 2)  # "حاضنة المقاولات «ابتكار الشرق»": the head's complement, then the name
            if q2:
                out.append(_quoted_name(toks, i + 2, q2, text))
                continue
        if q and head in fund_heads():
            continue  # "صندوق «Innov Invest»": a named fund is a programme (the programme cue reads it)
        opened = _quote_opened_before(toks, i)
        if q:
            e = q
        elif opened:
            e = opened  # «صندوق سوس للمقاولين الشباب»: the quoted name is the whole name
            if is_clause(toks, i, e):
                continue  # "البنك لا يرفض الملفات بشكل اعتباطي": a quoted sentence
        else:
            e = ar_chain_extent(toks, i + 1, D, after_indefinite=head in D.proper_heads_ar, heads=D.heads_ar)
        if e <= i + 1:
            continue
        if e == i + 2 and toks[i + 1].text in D.generic:  # المجلس الإداري، اللجنة التقنية
            continue
        if toks[i + 1].text in D.generic_always:  # المجلس الإداري للمؤسسة: the board of another body
            continue
        if toks[i + 1].kind == "num" or _is_number_word(toks[i + 1].text):
            continue  # "مجموعه ثلاثة آلاف" (its total: three thousand): a count, not a name
        if toks[i + 1].kind == "ar" and toks[i + 1].text[0] == "و" and len(toks[i + 1].text) > 2 and not q:
            continue  # "خبراء البنك والشباب": a bare head coordinated with another noun, no name
        if toks[e - 1].text in D.generic_last:
            continue  # "شبكة البنوك الشريكة": the partner banks, a description
        while e - i >= 3 and toks[e - 1].text in D.generic_always:
            e -= 1  # "نائب رئيس مجلس الجهة المكلف بالتنمية": the council, then the deputy's brief
        last = toks[e - 1].text
        if e - i >= 2 and last.startswith("لل") and _ar_head_of(last) is not None:
            continue  # "المديرية الجهوية للوكالة": a unit of "the agency" named before, not a name
        start = t.start + skip
        end = toks[e - 1].end
        attrs: dict = {}
        acr = _acronym_after(text, end)
        if acr:
            attrs["acronym"] = acr[0]
        name = head + text[t.end : end]
        out.append(Candidate("organization", start, end, name=name.replace('"', "").replace("  ", " ").strip(),
                             source="pattern:org-head", score=0.7, attrs=attrs))
    return out


@lru_cache(maxsize=1)
def fund_heads() -> frozenset:
    """Heads of a fund's name (صندوق, Fonds), folded: a named fund is a programme."""
    return frozenset(fold(h) for h in pattern_data().get("fund_heads", []))


def _is_number_word(text: str) -> bool:
    """"ثلاثة", and with the article "الأربعة" ("عماله الأربعة": his four workers, no prefecture)."""
    from ..values.numbers import word_value

    w = fold(text)
    return word_value(w) is not None or (w.startswith("ال") and len(w) > 4 and word_value(w[2:]) is not None)


def _quoted_name(toks: list[Token], open_quote: int, after_close: int, text: str) -> Candidate:
    s, e = toks[open_quote + 1].start, toks[after_close - 2].end
    return Candidate("organization", s, e, name=text[s:e], source="pattern:org-quoted", score=0.75)


@lru_cache(maxsize=65536)
def _descriptor_first(text: str) -> tuple[int, str] | None:
    return ar_base_in(text, _data().quote_descriptors_first)


def _find_ar_descriptors(doc: Doc, toks: list[Token]) -> list[Candidate]:
    """A quoted name right after a descriptor of a company: "توجت المقاولة الناشئة «سقي ذكي»"."""
    D = _data()
    out: list[Candidate] = []
    if not D.quote_descriptors:
        return out
    for q in [k for k, t in enumerate(toks) if t.text == '"']:  # only where a quote opens can a name follow
        for phrase in D.quote_descriptors:  # longest first
            i = q - len(phrase)
            if i < 0:
                continue
            first = _descriptor_first(toks[i].text) if toks[i].kind == "ar" else None
            if first is not None and (first[1],) + tuple(x.text for x in toks[i + 1 : q]) == phrase:
                end = _quoted_after(toks, q)
                if end:
                    out.append(_quoted_name(toks, q, end, doc.norm_text))
                break
    return out


@lru_cache(maxsize=1)
def _unit_re() -> regex.Pattern | None:
    d = pattern_data()
    heads, adjs = d.get("org_unit_heads", []), d.get("org_unit_adjectives", [])
    if not heads or not adjs:
        return None
    alt = lambda ws: "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return regex.compile(
        rf"(?<![\p{{L}}])(?:{alt(heads)})\s+(?:{alt(adjs)})\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')"
        r"\p{Lu}[\p{L}\-]*(?:\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d'|et\s+)?\p{Lu}[\p{L}\-]*)*"
    )


def _find_lat_units(doc: Doc) -> list[Candidate]:
    """"la coordination provinciale de l'INDH", "la délégation régionale du Tourisme"."""
    rx = _unit_re()
    if rx is None:
        return []
    text = doc.norm_text
    out = []
    for m in rx.finditer(text):
        last = _UNIT_OF.search(m.group())
        if last is not None and fold(last.group(1)) in _folded_lat_heads():
            continue  # "la direction régionale de l'Office": a unit of the body named before, no name
        out.append(Candidate("organization", m.start(), m.end(), name=m.group(), source="pattern:org-unit", score=0.7))
    return out


@lru_cache(maxsize=1)
def _folded_lat_heads() -> frozenset:
    return frozenset(fold(h) for h in _data().heads_lat)


_UNIT_OF = regex.compile(r"(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')(\p{Lu}[\p{L}\-]*)$")


@lru_cache(maxsize=4)
def _descriptor_after_quote_re(key: str) -> regex.Pattern | None:
    words = {fold(w) for w in pattern_data().get(key, [])}
    if not words:
        return None
    return regex.compile(rf'"\s*([^"\n]{{2,60}}?)\s*"\s*[,،]\s*'
                         rf"(?:une\s+|un\s+|وهي\s+|وهو\s+|(?P<definite>le\s+|la\s+|l'|cet\s+|cette\s+|ce\s+))?"
                         rf'(?:(?:{_DESCRIPTOR_ADJECTIVES})\s+)?(?:{phrase_alternation(words)})(?![\p{{L}}])')


@lru_cache(maxsize=1)
def _naming_before_re() -> regex.Pattern | None:
    """A naming participle right before an opening quote: "Baptisé « ...". After one, the description
    after the quoted name may be definite ("Baptisé « Oriental Lab », l'incubateur ...")."""
    naming = {fold(w) for w in pattern_data().get("program_naming_phrases", [])}
    return regex.compile(rf"(?<![\p{{L}}])(?:{phrase_alternation(naming)})\s*$") if naming else None


# "« Tamwil Dati », une nouvelle offre", "une petite société": a size or novelty word may come first
_DESCRIPTOR_ADJECTIVES = "nouvelle|nouvel|nouveau|petite|petit|jeune|jeunes"


@lru_cache(maxsize=1)
def _named_then_descriptor_re() -> regex.Pattern | None:
    # matched on the text with its accents and case
    words = {norm(w) for w in pattern_data().get("org_descriptors_after_quote", []) if not is_arabic(w)}
    if not words:
        return None
    return regex.compile(rf"(?<![\p{{L}}\-'])(\p{{Lu}}[\p{{L}}\-]+(?:\s+\p{{Lu}}[\p{{L}}\-]+){{1,3}})\s*,\s*(?:une|un)\s+"
                         rf"(?:(?:{_DESCRIPTOR_ADJECTIVES})\s+)?(?i:{phrase_alternation(words)})(?![\p{{L}}])")


def _find_lat_named_then_descriptor(doc: Doc) -> list[Candidate]:
    """"il dirige Tafilalet Solaire, une petite société ...": two to four capitalised words then a
    company description make an organisation's name without quotes."""
    rx = _named_then_descriptor_re()
    text = doc.norm_text
    if rx is None or ", un" not in text:
        return []
    D = _data()
    out = []
    for m in rx.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if fold(words[0]) in D.name_stop_lat or words[0] in D.given_lat:
            continue  # "Meryem Aït Bourhim, une jeune ...": a person, not a company
        out.append(Candidate("organization", s, e, name=text[s:e], source="pattern:organization-described", score=0.7))
    return out


def quoted_then_descriptor(doc: Doc, key: str, label: str) -> list[Candidate]:
    """"« Tazerzit Silver », une société ...", "« Export Jiha », un roadshow ...", "«X»، وهي شركة
    ناشئة": the description after the quoted name (from the data list `key`) says what it names."""
    rx = _descriptor_after_quote_re(key)
    if rx is None or '"' not in doc.fold:
        return []
    text = doc.norm_text
    out = []
    for m in rx.finditer(doc.fold):
        s, e = m.span(1)
        if m.group("definite") and not (_naming_before_re() and _naming_before_re().search(doc.fold, max(0, m.start() - 40), m.start())):
            continue
        if len(text[s:e].split()) <= 5:
            out.append(Candidate(label, s, e, name=text[s:e], source=f"pattern:{label}-described", score=0.75))
    return out


@lru_cache(maxsize=1)
def _legal_form_re() -> regex.Pattern | None:
    forms = pattern_data().get("company_legal_forms", [])
    if not forms:
        return None
    return regex.compile(rf"(?<![\p{{L}}\-'])(\p{{Lu}}[\p{{L}}'\-]+(?:\s+\p{{Lu}}[\p{{L}}'\-]+){{0,3}})\s+"
                         rf"(?:{phrase_alternation(forms)})(?![\p{{L}}])")


def _find_lat_legal_form(doc: Doc) -> list[Candidate]:
    """"fondatrice de Bab Bhar Couture S.A.R.L., un atelier ...": a legal form names a company."""
    rx = _legal_form_re()
    text = doc.norm_text
    if rx is None or not any(c in text for c in ("SA", "S.A")):
        return []
    D = _data()
    out = []
    for m in rx.finditer(text):
        words = m.group(1).split()
        while words and (fold(words[0]) in D.name_stop_lat or words[0] in D.heads_lat):
            words = words[1:]  # "Société Atlas SARL" is found by the head; "La" is no name
        if not words or words[0] in D.given_lat:
            continue
        s = m.end(1) - len(" ".join(words)) if text[m.start(1) : m.end(1)].endswith(" ".join(words)) else m.start(1)
        out.append(Candidate("organization", s, m.end(), name=text[s : m.end()], source="pattern:org-legal-form", score=0.75))
    return out


def find_organizations(doc: Doc) -> list[Candidate]:
    toks = doc_tokens(doc)
    cands = (_find_lat(doc, toks) + _find_lat_proper(doc, toks) + _find_ar(doc, toks) + _find_ar_descriptors(doc, toks)
             + _find_lat_units(doc) + quoted_then_descriptor(doc, "org_descriptors_after_quote", "organization")
             + _find_lat_named_then_descriptor(doc) + _find_lat_legal_form(doc))
    # a head inside another candidate's name ("Fondation ... du Groupe Banque populaire") is part of it
    cands.sort(key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for c in cands:
        if kept and kept[-1].start <= c.start and c.end <= kept[-1].end:
            continue
        kept.append(c)
    return kept
