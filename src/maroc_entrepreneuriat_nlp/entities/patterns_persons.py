"""Persons from titles and role phrases, in Latin and Arabic script.

Latin script: a run of capitalised words (particles El, Ben, Ait...; hyphens; initials "Y.") is a
person when a title precedes it (M., Mme), or a role phrase stands next to it: in apposition before
("le président de l'IME, Mostapha El Moufid,") or after ("Younes Sekkouri, ministre de ...").
Arabic script has no capitals: the name is read after a title (السيد) or after a role phrase, where
it starts at the comma, the title or the first known first name, and ends at a comma, a stop word
or a verb; or before ", role phrase" ("أكد يونس السكوري، وزير ..."). Later short mentions (the
surname alone, "M. El Baz", "Y. Sekkouri") become candidates too, with the full name as `name`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..doc import Doc
from .candidates import Candidate
from ..resources import language_data
from .patterns import Token, ar_bases, ar_strip_conj, doc_tokens, fold, norm, pattern_data, phrase_alternation, split_script

MAX_ROLE_TOKENS = 16
_ROLE_PIECE = regex.compile(r"[,.;:!?\n\"«»()]|(?<![\p{L}'])[\p{L}']+")
_WORD_SEPARATORS = regex.compile(r"[\s-]+")
_COMMA_DE = regex.compile(r",\s*(?:de|du|des|d')\b", regex.I)
_INITIAL_END = regex.compile(r"(?<![\p{L}])\p{Lu}$")
_ROLE_ORG_COMPLEMENT = regex.compile(
    r"\s*,?\s*(?:(?:général|générale|régional|régionale|provincial|provinciale|exécutif|délégué|déléguée|adjoint|par intérim)\s+)*"
    r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|à\s+la\s+|à\s+l'|au\s+)(.+)$", regex.I | regex.S)
_LAT_WORD = regex.compile(r"[\p{L}']+")
_SENTENCE_PUNCT = regex.compile(r"[.;!?]")
_ROMAN = regex.compile(r"[IVX]+")
_INITIAL_LEAD = regex.compile(r"(\p{Lu})\.\s?")
# Two capitalised words right after a lower-case word that is no article or preposition: a
# person's name inside what looked like a role phrase.
_NAME_IN_ROLE = regex.compile(
    r"(?<![\p{L}'])(?!(?:de|du|des|la|le|les|à|au|aux|et|en|pour|sur)\b)\p{Ll}[\p{Ll}-]+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")


@dataclass(frozen=True)
class _Lat:
    titles: frozenset
    role_re: regex.Pattern  # role word at a position, case-insensitive
    role_words: frozenset  # folded, single tokens of role words (to trim runs)
    breakers: frozenset
    stop: frozenset  # folded
    particles: frozenset
    final_particles: frozenset  # particles that may end a surname ("Ahl Sidi")
    given: frozenset
    heads: frozenset  # folded org heads and program cues: a run starting with one is not a person
    org_prefix: dict
    royal_re: regex.Pattern
    royal_role: str
    title_before_re: regex.Pattern
    role_after_re: regex.Pattern


@dataclass(frozen=True)
class _Ar:
    titles: frozenset
    roles: dict  # first token -> list of role token tuples, longest first
    stop: frozenset  # end a role phrase and a name
    nonwords: frozenset  # end a name only
    given: frozenset
    compound: frozenset
    blockers: frozenset  # org heads and place cues: never part of a name
    ordinals: frozenset
    royal: tuple  # token tuples
    royal_role: str
    org_prefix: dict
    speech_verbs: frozenset  # a known first name right after one starts a person's name
    ambiguous_given: frozenset  # first names that are also words: no name from them alone
    role_suffixes: tuple  # possessive suffixes on a one-word role (مديرها)
    apposition: frozenset  # "، وهي ...": an apposition after a name
    particles: frozenset  # open a surname (أيت، بن): a first name before one reads as a name
    possessive_roles: frozenset  # roles only with a possessive suffix (لصاحبه)
    negations: frozenset  # "غير" + a definite adjective continues a role phrase
    hamza_roles: frozenset  # first words of role phrases spelled with أ/إ/آ (الأمين); the others never are


@lru_cache(maxsize=None)
def _lat() -> _Lat:
    d = pattern_data()
    roles, _ = split_script(d.get("role_words", []))
    titles, _ = split_script(d.get("titles", []))
    royal, _ = split_script(d.get("royal_titles", []))
    heads = split_script(d.get("org_heads", []))[0] + split_script(d.get("program_cues", []))[0]
    role_tokens = {fold(t) for r in roles for t in _WORD_SEPARATORS.split(r)}
    return _Lat(
        titles=frozenset(titles),
        role_re=regex.compile(r"(?<![\p{L}\p{M}])(?i:" + phrase_alternation(roles) + r")(?![\p{L}\p{M}])"),
        role_words=frozenset(role_tokens),
        breakers=frozenset(w.lower() for w in split_script(d.get("role_breakers", []))[0]),
        stop=frozenset(fold(w) for w in split_script(d.get("name_stopwords", []))[0]),
        particles=frozenset(split_script(d.get("name_particles", []))[0]),
        final_particles=frozenset(split_script(d.get("name_particles_final", []))[0]),
        given=frozenset(fold(w) for w in split_script(d.get("given_names", []))[0]),
        heads=frozenset(fold(w) for w in heads),
        org_prefix={k: v for k, v in d.get("role_organization_prefix", {}).items() if not _is_ar(k)},
        royal_re=regex.compile(
            r"(?<![\p{L}])(?:" + phrase_alternation(royal) + r")\s+(\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?\s+[IVX]{1,4})(?![\p{L}])"
        ),
        royal_role=next((r for r in d.get("royal_role", []) if not _is_ar(r)), "Roi"),
        title_before_re=regex.compile(r"(?:^|[\s(])(" + phrase_alternation(titles) + r")\s+(?:(?:la|le)\s+\p{L}+\s+)?$"),
        role_after_re=regex.compile(r"\s*,\s*(?:(?:le|la|Le|La)\s+|[lL]')?((?i:" + phrase_alternation(roles) + r"))(?![\p{L}\p{M}])"),
    )


def _is_ar(s: str) -> bool:
    from .patterns import is_arabic

    return is_arabic(s)


@lru_cache(maxsize=None)
def _ar() -> _Ar:
    d = pattern_data()
    _, roles = split_script(d.get("role_words", []))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for r in roles:
        toks = tuple(r.split())
        by_first.setdefault(toks[0], []).append(toks)
    for v in by_first.values():
        v.sort(key=len, reverse=True)
    _, heads = split_script(d.get("org_heads", []))
    cues = [k for k in d.get("place_cues", {}) if _is_ar(k)]
    _, royal = split_script(d.get("royal_titles", []))
    return _Ar(
        titles=frozenset(split_script(d.get("titles", []))[1]),
        roles=by_first,
        stop=frozenset(split_script(d.get("name_stopwords", []))[1]),
        nonwords=frozenset(split_script(d.get("name_nonwords", []))[1]),
        given=frozenset(g.split()[0] for g in split_script(d.get("given_names", []))[1]),
        compound=frozenset(split_script(d.get("compound_first", []))[1]),
        blockers=frozenset(heads + cues),
        ordinals=frozenset(split_script(d.get("royal_ordinals", []))[1]),
        royal=tuple(tuple(r.split()) for r in sorted(royal, key=len, reverse=True)),
        royal_role=next((r for r in d.get("royal_role", []) if _is_ar(r)), "ملك"),
        org_prefix={k: v for k, v in d.get("role_organization_prefix", {}).items() if _is_ar(k)},
        speech_verbs=frozenset(split_script(d.get("speech_verbs", []))[1]),
        ambiguous_given=frozenset(split_script(d.get("ambiguous_given_names", []))[1]),
        role_suffixes=tuple(sorted(split_script(d.get("role_pronoun_suffixes", []))[1], key=len, reverse=True)),
        apposition=frozenset(split_script(d.get("apposition_pronouns", []))[1]),
        particles=frozenset(split_script(d.get("name_particles", []))[1]),
        possessive_roles=frozenset(split_script(d.get("possessive_roles", []))[1]),
        negations=frozenset(split_script(d.get("negation_words", []))[1]),
        hamza_roles=frozenset(norm(r.split()[0]) for content in language_data("entity_patterns").values()
                              for r in content.get("role_words", []) if _is_ar(r) and any(c in _HAMZA_ALIFS for c in r.split()[0])),
    )


_HAMZA_ALIFS = "أإآ"


def _spelled_otherwise(doc: Doc, tok: Token, role_first: str, A: _Ar) -> bool:
    """A role word read from a token written with a hamza on its alif that the role word never has:
    "وإلى تعزيز" (and to strengthen) is "والي" (wali) only once normalised."""
    if role_first in A.hamza_roles:
        return False
    s, e = doc.to_original(tok.start, tok.end)
    return any(c in _HAMZA_ALIFS for c in doc.text[s:e])


# ================================================================================================
# Arabic
# ================================================================================================
def _ar_is_stop(tok: Token, A: _Ar) -> bool:
    return tok.text in A.stop or ar_strip_conj(tok.text) in A.stop


def _ar_role_at(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(characters of clitics to skip, index after the role word) when a role word starts at i."""
    t = toks[i]
    if t.kind != "ar":
        return None
    for skip, role in _ar_roles_of(t.text):
        n = len(role)
        if i + n <= len(toks) and all(toks[i + k].text == role[k] for k in range(1, n)):
            return skip, i + n
    return None


@lru_cache(maxsize=65536)
def _ar_roles_of(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(clitic characters to skip, role word tuple) of every role phrase the token can start."""
    A = _ar()
    out = [(skip, role) for skip, base in ar_bases(text) for role in A.roles.get(base, ())]
    if any(len(role) == 1 for _, role in out):
        return tuple(out)
    # "مديرها", "رئيستها", "لصاحبه": a one-word role with a possessive suffix, tried after the
    # phrases the token may open ("صاحبة مشروع" and "لصاحبه" are the same letters once normalised)
    for skip, base in ar_bases(text):
        for suffix in A.role_suffixes:
            stem = base[: -len(suffix)] if base.endswith(suffix) and len(base) - len(suffix) >= 3 else None
            if stem is None:
                continue
            for form in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):
                if form and ((form,) in A.roles.get(form, ()) or form in A.possessive_roles):
                    return tuple(out) + ((skip, (text[skip:],)),)
    return tuple(out)


def is_first_name(word: str, before_particle: bool = False) -> bool:
    """A known first name that is not also an ordinary word (Arabic or Latin, as normalised); before
    a surname particle ("حميد أيت الطالب") a first name that is also a word counts too."""
    A, L = _ar(), _lat()
    return (word in A.given and (before_particle or word not in A.ambiguous_given)) or fold(word) in L.given


def opens_surname(word: str) -> bool:
    """A word that opens a surname: أيت، بن, Ait, Ben (as normalised)."""
    return word in _ar().particles or word in _lat().particles


_AMMA = norm("أما")  # "أما X فأكد": as for X, he stressed


@lru_cache(maxsize=65536)
def _ar_person_trigger(text: str) -> bool:
    """Can a person pattern start at this Arabic token: a royal title's first word, a reporting verb,
    a known first name, a title or a role word? (Every branch of `_find_ar` needs one of them.)"""
    A = _ar()
    bare = ar_strip_conj(text)
    return (any(text == royal[0] for royal in A.royal) or bare in A.speech_verbs or _given_skip(text) is not None
            or bare in A.titles or bool(_ar_roles_of(text)))


def _starts_with_given(tok: Token, A: _Ar) -> bool:
    return tok.kind == "ar" and (tok.text in A.given or tok.text in A.compound)


def _given_after_clitic(tok: Token) -> int | None:
    """Characters of a preposition glued to an unambiguous known first name ("لسارة" -> 1), 0 for
    the bare name, None when the token is no such name."""
    return _given_skip(tok.text) if tok.kind == "ar" else None


@lru_cache(maxsize=65536)
def _given_skip(text: str) -> int | None:
    A = _ar()
    for skip, base in ((0, text), *((s, b) for s, b in ar_bases(text) if s and text[0] in "لب")):
        if (base in A.given or base in A.compound) and base not in A.ambiguous_given:
            return skip
    return None


def _apposition_after(toks: list[Token], m: int, A: _Ar) -> bool:
    """'X Y، وهي ...': a comma then an apposition pronoun right after the name."""
    return m + 1 < len(toks) and toks[m].text in ("،", ",") and toks[m + 1].text in A.apposition


def _ar_plain_word(tok: Token, A: _Ar) -> bool:
    """An Arabic word that may stand in a name, roles aside: no stop word, title, non-word,
    reporting verb, organisation head or place cue."""
    if tok.kind != "ar" or len(tok.text) < 2:
        return False
    if _ar_is_stop(tok, A) or tok.text in A.titles or tok.text in A.nonwords or ar_strip_conj(tok.text) in A.speech_verbs:
        return False
    if _PREPOSITION_ARTICLE.match(tok.text) and tok.text not in A.given:
        return False  # "للمصادقة", "بالإقليم": a preposition and the article, no name word
    return not any(base in A.blockers for _s, base in ar_bases(tok.text))


# A preposition glued to the article (ل + ال contracted, ب/ك + ال, with و/ف before): never in a name.
_PREPOSITION_ARTICLE = regex.compile(r"^[وف]?(?:لل|بال|كال)\p{L}{2,}")


def _ar_name_token_ok(tok: Token, A: _Ar) -> bool:
    return _ar_plain_word(tok, A) and not any(base in A.roles for _s, base in ar_bases(tok.text))


def _ar_name_token_at(toks: list[Token], m: int, A: _Ar) -> bool:
    """`_ar_name_token_ok` in context: a word that only opens a longer role ("الأمين" of "الأمين
    العام") is a name word when the rest of that role does not follow ("محمد الأمين ولد ...")."""
    tok = toks[m]
    if not _ar_plain_word(tok, A):
        return False
    roles = [role for _s, base in ar_bases(tok.text) for role in A.roles.get(base, ())]
    return not roles or (all(len(role) > 1 for role in roles) and _ar_role_at(toks, m) is None)


def _ar_read_name(toks: list[Token], k: int, A: _Ar, *, titled: bool = False) -> tuple[int, int, float] | None:
    """Name tokens [k, m) starting at k, with a confidence, or None."""
    m = k
    n = len(toks)
    longest = 4  # words; a surname particle lets a name run two more ("محمد الأمين ولد سيدي محمد")
    while m < n and m - k < longest and (_ar_name_token_at(toks, m, A) or _after_particle(toks, m, k, A)) \
            and not (m > k and _and_given(toks[m].text, A)):
        if m > k and toks[m].text in A.particles:
            longest = 6
        m += 1
    if m == k:
        return None
    # "إلياس بن عمر وسلمى أيت علي": "و" glued to a first name opens the next name, so this one ends
    at_boundary = m >= n or not _ar_name_token_at(toks, m, A) or (m > k and _and_given(toks[m].text, A))
    first = toks[k].text
    is_given = first in A.given or first in A.compound
    first_len = 2 if first in A.compound and m - k >= 2 else 1
    if not at_boundary:
        if not is_given:
            return None
        m = k + first_len + 1
        if toks[m - 1].text in A.particles and m < n:
            m += 1  # the particle's surname too: "يوسف أيت بها"
    if any(t.text in A.ordinals for t in toks[k:m]):  # "مؤسسة محمد الخامس": not a person here
        return None
    size = m - k
    if size == 1 and not titled:
        return None
    if size == 1 and is_given and not titled:
        return None
    conf = 0.9 if (is_given or titled) else 0.7
    return k, m, conf


def _after_particle(toks: list[Token], m: int, k: int, A: _Ar) -> bool:
    """The word after a surname particle is the surname, even an ordinary word ("يوسف أيت بها")."""
    return m > k and toks[m - 1].text in A.particles and toks[m].kind == "ar"


def _and_given(text: str, A: _Ar) -> bool:
    """"ويوسف": "and" glued to a known first name starts a second person's name."""
    return len(text) > 3 and text[0] == "و" and text[1:] in A.given and text[1:] not in A.ambiguous_given


def _ar_role_org(toks: list[Token], role_start: int, role_word_end: int, role_end: int, role_first: str, A: _Ar) -> str | None:
    if role_end <= role_word_end:
        return None
    comp = [t.text for t in toks[role_word_end:role_end] if t.kind == "ar"]
    if not comp:
        return None
    first = comp[0]
    if first.startswith("لل"):
        comp[0] = "ال" + first[2:]
    elif first.startswith("ل") and len(first) > 3:
        comp[0] = first[1:]
    prefix = A.org_prefix.get(role_first)
    return " ".join(([prefix] if prefix else []) + comp)


def _find_ar(doc: Doc, toks: list[Token]) -> list[Candidate]:
    A = _ar()
    text = doc.norm_text
    out: list[Candidate] = []
    n = len(toks)

    def person(k: int, m: int, conf: float, source: str, role: str | None = None, org: str | None = None,
               title: str | None = None, skip: int = 0):
        attrs = {"role": role, "organization": org}
        if title:
            attrs["title"] = title
        start = toks[k].start + skip
        out.append(Candidate("person", start, toks[m - 1].end, name=text[start : toks[m - 1].end],
                             source=f"pattern:{source}", score=conf, attrs=attrs))

    for i in [k for k, t in enumerate(toks) if t.kind == "ar" and _ar_person_trigger(t.text)]:
        t = toks[i]
        # -- royal: الملك محمد السادس
        for royal in A.royal:
            r = len(royal)
            if t.text == royal[0] and i + r + 1 < n and tuple(x.text for x in toks[i : i + r]) == royal:
                nm, od = toks[i + r], toks[i + r + 1]
                if nm.kind == "ar" and od.text in A.ordinals:
                    out.append(Candidate("person", nm.start, od.end, name=text[nm.start : od.end], source="pattern:royal",
                                         score=0.95, attrs={"role": A.royal_role, "organization": None}))
                break
        # -- reporting verb + name: "أشار عبد الإله الفاسي إلى أن ...", "قالت الغالية لحبيب، وهي ..."
        if ar_strip_conj(t.text) in A.speech_verbs and i + 2 < n:
            got = _ar_read_name(toks, i + 1, A)
            comma_after = got is not None and got[1] < n and toks[got[1]].text in ("،", ",")
            first_ok = _starts_with_given(toks[i + 1], A) and (
                toks[i + 1].text not in A.ambiguous_given or comma_after or toks[i + 2].text in A.particles)
            if got and (first_ok or _apposition_after(toks, got[1], A)):
                person(got[0], got[1], 0.75, "verb-name")
        # -- known first name + surname + comma: "وكان حمزة أوعدي، شاب ...", "أما سفيان العمراني فأكد"
        skip = _given_after_clitic(t)
        if i + 2 < n and skip is not None and (i == 0 or not _starts_with_given(toks[i - 1], A)):
            got = _ar_read_name(toks, i, A)
            after_amma = i > 0 and toks[i - 1].text == _AMMA
            end = got[1] if got else 0
            if got and end < n and _and_given(toks[end].text, A):
                # "هبة الإدريسي ويوسف المرابط،": two names, the comma after the second
                second = _ar_read_name(toks, end, A)
                if second and second[1] - second[0] >= 2:
                    end = second[1]
            if got and got[1] - got[0] >= 2 and end < n and (
                toks[end].text in ("،", ",") or (after_amma and toks[end].text.startswith("ف"))
            ):
                person(got[0], got[1], 0.7, "given-name", skip=skip)
        # -- title + name: السيد يونس السكوري
        if ar_strip_conj(t.text) in A.titles and i + 1 < n:
            nxt = toks[i + 1].text
            got = None if nxt.startswith("ال") and not _starts_with_given(toks[i + 1], A) else _ar_read_name(toks, i + 1, A, titled=True)
            if got:
                person(got[0], got[1], got[2], "title", title=ar_strip_conj(t.text))
        # -- role phrase + name / name + ، role phrase
        hit = _ar_role_at(toks, i)
        if not hit or (i > 0 and toks[i - 1].kind == "num"):
            continue  # no role here, or a counted noun: "تضم التعاونية 14 عضوة"
        skip, j = hit
        role_first = ar_bases(t.text)[0][1]
        if _spelled_otherwise(doc, t, t.text[skip:], A):
            continue
        for s, base in ar_bases(t.text):
            if s == skip:
                role_first = base
        role_start = t.start + skip
        k = j
        name = None
        title = None
        while k < n and k - i < MAX_ROLE_TOKENS:
            x = toks[k]
            if x.text in ("،", ","):
                if k + 1 < n and _and_given(toks[k + 1].text, A):
                    break  # "المديرة الطبية، ويوسف أيت الحاج، المدير التقني": the next person, with his own role
                name = _ar_read_name(toks, k + 1, A)
                if name is None and k + 2 < n and toks[k + 1].text in A.titles:
                    title = toks[k + 1].text
                    name = _ar_read_name(toks, k + 2, A, titled=True)
                break
            if x.kind == "punct" and x.text in "\"()-/":
                k += 1
                continue
            if x.kind in ("punct", "num"):
                break
            if x.text in A.titles:
                title = x.text
                name = _ar_read_name(toks, k + 1, A, titled=True)
                break
            if x.kind == "ar" and (x.text in A.given or x.text in A.compound) and k > i:
                name = _ar_read_name(toks, k, A)
                if name:
                    break
            if x.text in A.negations and k + 1 < n and toks[k + 1].text.startswith("ال"):
                k += 2  # "لإدارة الجمارك والضرائب غير المباشرة"
                continue
            if x.kind == "ar" and _ar_is_stop(x, A):
                break
            if k > j and _ar_role_at(toks, k) and x.text[0] in "وف":  # "... والنائب الأول": a second role
                break
            k += 1
        if name:
            role_text = text[role_start : toks[k - 1].end] if k > i else None
            org = _ar_role_org(toks, i, j, k, role_first, A)
            person(name[0], name[1], name[2], "role-name", role=role_text, org=org, title=title)
            continue
        # name before: "أكد يونس السكوري، وزير ..."
        if i >= 3 and toks[i - 1].text in ("،", ","):
            m = i - 1
            k0 = m
            while k0 > 0 and m - k0 < 4 and (_ar_name_token_ok(toks[k0 - 1], A) or (
                    k0 >= 2 and toks[k0 - 2].text in A.particles and toks[k0 - 1].kind == "ar")):
                k0 -= 1  # a word after a surname particle is the surname ("أيت الحاج")
            if k0 == m:
                continue
            left_boundary = k0 == 0 or not _ar_name_token_ok(toks[k0 - 1], A)
            if not left_boundary:
                continue
            # "وشارك في اللقاء محمد أمين العلوي، رئيس ...": the name starts at its first name
            firsts = [k for k in range(k0 + 1, m - 1) if _starts_with_given(toks[k], A)]
            if firsts and not _starts_with_given(toks[k0], A):
                k0 = firsts[0]
            got = _ar_read_name(toks, k0, A)
            if not got or got[1] != m:
                continue
            e = j
            while e < n and e - i < MAX_ROLE_TOKENS:
                x = toks[e]
                if x.kind in ("punct", "num") and x.text not in "\"()-/":
                    break
                if x.kind == "ar" and _ar_is_stop(x, A):
                    break
                e += 1
            role_text = text[role_start : toks[e - 1].end]
            person(got[0], got[1], got[2], "name-role", role=role_text, org=_ar_role_org(toks, i, j, e, role_first, A),
                   skip=1 if _and_given(toks[got[0]].text, A) else 0)  # "ويوسف أيت الحاج، المدير التقني"
    # "الطالبين هبة الإدريسي ويوسف المرابط": a known first name glued to "و" right after a name
    # found above opens a second name
    ends = {toks[k].end: k for k in range(n)}
    for c in list(out):
        m = ends.get(c.end)
        if m is None or m + 2 >= n or toks[m + 1].kind != "ar" or not toks[m + 1].text.startswith("و"):
            continue
        if not _and_given(toks[m + 1].text, A):
            continue
        got = _ar_read_name(toks, m + 1, A)
        if got and got[1] - got[0] >= 2:
            # first name and surname (a surname particle or a compound first name takes one word more):
            # no boundary word need follow ("ويوسف بنعلي أهمية المشروع")
            size = 3 if toks[m + 2].text in A.particles or toks[m + 1].text[1:] in A.compound else 2
            person(got[0], min(got[1], got[0] + size), 0.7, "coordinated-name", skip=1)
    # "سناء أمزيان، 31 عاما،", "الشابة ليلى بنشقرون (29 سنة)": a first name, even one that is also a
    # word, with a surname and an age after it
    age = _age_after()
    if age is not None:
        for i in [k for k, t in enumerate(toks) if t.kind == "ar" and t.text in A.given]:
            got = _ar_read_name(toks, i, A)
            if got and got[1] - got[0] >= 2 and age.match(text, toks[got[1] - 1].end):
                person(got[0], got[1], 0.75, "name-age")
    return out


@lru_cache(maxsize=1)
def _age_after() -> regex.Pattern | None:
    """Right after a name: ", 29 ans", "، 31 عاما", " (29 سنة)"."""
    units = pattern_data().get("age_units", [])
    if not units:
        return None
    return regex.compile(rf"\s*[,،(]\s*\d{{1,2}}\s*(?:{phrase_alternation(units)})(?![\p{{L}}])")


# ================================================================================================
# Latin script
# ================================================================================================
def _cap_ok(tok: str, L: _Lat) -> bool:
    if tok in L.particles:
        return True
    if not tok[0].isupper() or len(tok) < 2:
        return False
    return not tok.isupper()  # acronyms (ANAPEC) are not name parts


def _runs(toks: list[Token], text: str, L: _Lat) -> list[list[Token]]:
    """Maximal runs of capitalised tokens separated by spaces only; an initial "Y." is one token."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        tok = None
        if t.kind == "lat" and len(t.text) == 1 and t.text.isupper() and i + 1 < n and toks[i + 1].text == "." and toks[i + 1].start == t.end:
            tok = Token(t.start, toks[i + 1].end, t.text + ".", "initial")
            i += 1
        elif t.kind == "lat" and _cap_ok(t.text, L):
            tok = t
        if tok is not None and (not cur or text[cur[-1].end : tok.start].strip(" ") == ""):
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = [tok] if tok is not None else []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def _role_extent(text: str, start: int, L: _Lat) -> int:
    """End of the role phrase starting at `start`: before a sentence end, a verb, or a comma that
    is not followed by 'de/du/des/d''."""
    pos = start
    limit = min(len(text), start + 220)
    while pos < limit:
        m = _ROLE_PIECE.search(text, pos, limit)
        if not m:
            return limit
        g = m.group()
        if g == ",":
            if _COMMA_DE.match(text[m.start() : m.start() + 8]):
                pos = m.end()
                continue
            return m.start()
        if g in ".;:!?\n\"«»()":
            if g == "." and m.start() > 0 and _INITIAL_END.match(text[m.start() - 2 : m.start()]):
                pos = m.end()
                continue
            return m.start()
        if g.lower() in L.breakers and m.start() > start:
            return m.start()
        pos = m.end()
    return limit


def _lat_org(role: str, role_word: str, L: _Lat) -> str | None:
    m = _ROLE_ORG_COMPLEMENT.match(role[len(role_word):])
    if not m:
        return None
    comp = m.group(1).strip(" ,")
    prefix = L.org_prefix.get(role_word.lower())
    if prefix:
        return f"{prefix} " + role[len(role_word):].strip(" ,")
    return comp or None


def _right_role(text: str, end: int, L: _Lat) -> tuple[str, str | None, bool] | None:
    """Role phrase in apposition after a name: "Younes Sekkouri, ministre de ..."."""
    rm = L.role_after_re.match(text, end)
    if not rm:
        return None
    p = rm.start(1)
    role_end = _role_extent(text, p, L)
    role = text[p:role_end].strip(" ,")
    if _NAME_IN_ROLE.search(role):
        return None  # "X, l'ingénieure agronome Hajar Ouhmad a indiqué": the role is the next person's
    return role, _lat_org(role, rm.group(1), L), True


def _left_role(text: str, start: int, L: _Lat) -> tuple[str, str | None, bool] | None:
    """Role phrase right before a name, with a comma ("le directeur général du CRI de X, Allal El
    Baz") or without ("le ministre Younes Sekkouri"). The bool tells whether a comma separates them."""
    sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 250, 0)
    left = text[sent_start:start]
    best = None
    for wm in L.role_re.finditer(left):
        best = wm
    if best is None:
        return None
    between = left[best.end() :]
    words = [w.lower() for w in _LAT_WORD.findall(between)]
    if any(w in L.breakers for w in words) or _SENTENCE_PUNCT.search(between):
        return None
    comma = between.rstrip().endswith(",")
    if not (comma or between.strip() == "" or between.endswith(" ")):
        return None
    role = left[best.start() :].rstrip(" ,")
    return role, _lat_org(role, best.group(), L), comma


def _find_lat(doc: Doc, toks: list[Token]) -> list[Candidate]:
    L = _lat()
    text = doc.norm_text
    out: list[Candidate] = []
    for m in L.royal_re.finditer(text):
        out.append(Candidate("person", m.start(1), m.end(1), name=m.group(1), source="pattern:royal", score=0.95,
                             attrs={"role": L.royal_role, "organization": None}))
    for run in _runs(toks, text, L):
        title = None
        role_hint = None
        # left-trim titles, stop words, role words; an organisation or programme head ends the matter
        while run:
            w = run[0].text
            fw = fold(w)
            if w in L.titles or w.rstrip(".") in L.titles:
                title = w
            elif fw in L.role_words:
                role_hint = w if role_hint is None else role_hint
            elif fw in L.heads:
                run = []
                break
            elif fw in L.stop:
                pass
            else:
                break
            run = run[1:]
        # a run ends at the first stop word or head inside it
        for idx, t in enumerate(run):
            if fold(t.text) in L.stop or fold(t.text) in L.heads or fold(t.text) in L.role_words:
                run = run[:idx]
                break
        while run and run[-1].text in L.particles and not (run[-1].text in L.final_particles and len(run) >= 3):
            run = run[:-1]
        if not run or len([t for t in run if t.text not in L.particles]) > 4:
            continue
        if all(t.kind == "initial" for t in run) or all(t.text in L.particles for t in run):
            continue
        start, end = run[0].start, run[-1].end
        quoted = text[max(0, start - 2) : start].strip() == '"' and text[end : end + 2].strip() == '"'
        if quoted:
            continue  # « Filaha Smart », « Sidi Othmane Entreprend »: a name of a thing, whatever precedes it
        size = len(run)
        role = None
        org = None
        source = None
        # title right before
        tm = L.title_before_re.search(text[max(0, start - 40) : start])
        if title or tm:
            title = title or tm.group(1)
            source = "title"
        after_place_prep = _PLACE_PREP_BEFORE.search(text, max(0, start - 4), start) is not None
        left = _left_role(text, start, L) if (size >= 2 or source) and not after_place_prep else None
        right = _right_role(text, end, L) if (size >= 2 or source) else None
        # apposition before the name wins ("du président de la République, Macky Sall, le Délégué
        # général, Papa Amadou Sarr": the role after Macky Sall belongs to the next name)
        for found, src in ((left, "role-name"), (right, "name-role")) if left and left[2] else ((right, "name-role"), (left, "role-name")):
            if found:
                role, org = found[0], found[1]
                source = source or src
                break
        if role is None and role_hint and size >= 2:
            role = role_hint
            source = source or "role-name"
        if source is None and 2 <= size <= 4 and fold(run[0].text) in L.given and run[-1].kind != "initial" \
                and not _ROMAN.fullmatch(run[-1].text):
            # "Karima Ennaciri défend ...", "Hicham Ait Ouarab, 29 ans": a known first name and a
            # capitalised surname need no title (roman numerals: Mohammed V is a place or an avenue)
            source = "given-name"
        if source is None and 2 <= size <= 4 and run[-1].kind != "initial" and _age_after() is not None and _age_after().match(text, end):
            source = "name-age"  # "Nouhaila Temsamani, 26 ans, a lancé ...": an age makes a person
        if source is None:
            continue
        conf = 0.9 if (title or fold(run[0].text) in L.given) else 0.8
        if source == "given-name":
            conf = 0.75
        attrs = {"role": role, "organization": org}
        if title:
            attrs["title"] = title
        out.append(Candidate("person", start, end, name=text[start:end], source=f"pattern:{source}", score=conf, attrs=attrs))
    return out


# ================================================================================================
# Later mentions and assembly
# ================================================================================================
_PLACE_PREP_BEFORE = regex.compile(r"(?<![\p{L}])(?:à|au|en)\s+$")  # "implantée à Tanger Automotive City": a place


def _surnames(name: str, particles: frozenset) -> list[str]:
    toks = name.split()
    if len(toks) < 2:
        return []
    out = []
    if any(c.isalpha() and c.isupper() for c in name):  # Latin: last word with its particles
        k = len(toks) - 1
        while k > 1 and toks[k - 1] in particles:
            k -= 1
        out.append(" ".join(toks[k:]))
    else:
        if len(toks) >= 3:
            out.append(" ".join(toks[-2:]))
        out.append(toks[-1])
    return [s for s in out if len(s.replace(" ", "")) >= 3 and s != name]


@lru_cache(maxsize=4096)
def _surname_pattern(sur: str, latin: bool) -> regex.Pattern:
    """A later mention of a surname; compiled once per surname (public figures recur across articles)."""
    words = regex.escape(sur).replace(r"\ ", r"\s+")
    if latin:
        return regex.compile(r"(?<![\p{L}\p{M}])(?:\p{Lu}\.\s?)?(?i:" + words + r")(?![\p{L}\p{M}])")
    return regex.compile(r"(?<![\p{L}])[وف]?(" + words + r")(?![\p{L}])")


def _surname_mentions(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    text = doc.norm_text
    L = _lat()
    A = _ar()
    taken = [(c.start, c.end) for c in found]
    out = []
    seen = set()
    full = [c for c in found if len(c.name.split()) >= 2 and c.source != "pattern:royal"]
    for c in sorted(full, key=lambda c: -len(c.name)):
        for sur in _surnames(c.name, L.particles):
            if sur in seen or sur.split()[-1] in A.stop or fold(sur) in L.stop:
                continue
            seen.add(sur)
            latin = not any("\u0600" <= ch <= "\u06ff" for ch in sur)
            for m in _surname_pattern(sur, latin).finditer(text):
                s, e = (m.start(1), m.end(1)) if not latin else (m.start(), m.end())
                if latin:
                    if not text[s].isupper():
                        continue
                    lead = _INITIAL_LEAD.match(text, s, e)
                    if lead and (lead.group(1) + ".") in L.titles:  # "M. El Baz": title, not initial
                        s = lead.end()
                if any(a <= s < b or a < e <= b for a, b in taken):
                    continue
                taken.append((s, e))
                out.append(Candidate("person", s, e, name=c.name, source="pattern:surname", score=min(c.score, 0.8),
                                     attrs={"role": None, "organization": None, "full_name": c.name}))
    return out


def find_persons(doc: Doc) -> list[Candidate]:
    toks = doc_tokens(doc)
    raw = _find_lat(doc, toks) + _find_ar(doc, toks)
    # one candidate per span: keep the one that knows a role, then the most confident
    best: dict[tuple[int, int], Candidate] = {}
    for c in raw:
        cur = best.get((c.start, c.end))
        if cur is None or ((c.attrs.get("role") is not None, c.score) > (cur.attrs.get("role") is not None, cur.score)):
            if cur is not None and cur.attrs.get("title") and not c.attrs.get("title"):
                c.attrs["title"] = cur.attrs["title"]
            best[(c.start, c.end)] = c
    # a span inside a longer person span with the same end or start is the same mention, shorter
    cands = sorted(best.values(), key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for c in cands:
        if any(k.start <= c.start and c.end <= k.end for k in kept):
            outer = next(k for k in kept if k.start <= c.start and c.end <= k.end)
            if outer.attrs.get("role") is None and c.attrs.get("role") is not None:
                outer.attrs["role"], outer.attrs["organization"] = c.attrs["role"], c.attrs.get("organization")
            continue
        kept.append(c)
    _link_short_forms(kept)
    return kept + _surname_mentions(doc, kept)


def _link_short_forms(cands: list[Candidate]) -> None:
    """"السيد السكوري", "M. El Baz", "Mr Hosni": a titled short form of a full name found elsewhere
    in the article takes the full name as `name`."""
    L = _lat()
    full = [c for c in cands if len(c.name.split()) >= 2 and c.source != "pattern:royal"]
    by_surname: dict[str, str] = {}
    for c in sorted(full, key=lambda c: len(c.name)):
        for sur in _surnames(c.name, L.particles):
            by_surname.setdefault(fold(sur), c.name)
    for c in cands:
        target = by_surname.get(fold(c.name))
        if target and target != c.name:
            c.attrs["full_name"] = target
            c.name = target
        elif len(c.name.split()) == 1 and c.attrs.get("title"):  # known only as "M. Diao"
            c.name = f"{c.attrs['title']} {c.name}"
