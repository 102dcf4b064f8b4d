"""Programme names after cue words: a quoted name after a cue (programme « Min Ajliki »,
برنامج "إنعاش", up to three words between them: "plan volontariste baptisé “X”"), a capitalised
name right after a cue (programme Forsa, Fonds Innov Invest), a capitalised programme head with its
complement (Programme national intégré d'appui ... (PIAFE)), and in Arabic an indefinite cue with
a name chain (برنامج دعم التشغيل الذاتي). Generic phrases ("programme d'action", "ce plan",
"هذا البرنامج", "برنامج عمل") are not names. Spans cover the name without the cue word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..doc import Doc
from .candidates import Candidate
from .patterns import Token, ar_base_in, ar_bases, ar_strip_conj, doc_tokens, fold, is_clause, opens_quote, pattern_data, split_script
from .patterns_orgs import _data as _org_data
from .patterns_orgs import _acronym_after, ar_chain_extent, lat_name_extent, quoted_then_descriptor

_DEMONSTRATIVES = {"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "هذا", "هذه", "ذلك", "تلك"}
_AR_CHAIN_CUES = {"برنامج", "مخطط", "صندوق", "استراتيجية"}


@dataclass(frozen=True)
class _Data:
    cues_lat: frozenset  # folded
    cues_ar: frozenset
    heads_lat: frozenset
    generic: frozenset  # folded
    stop_lat: frozenset  # folded
    naming: tuple  # folded token tuples: "يحمل اسم", "baptisé", "sous le nom de"


@lru_cache(maxsize=None)
def _data() -> _Data:
    d = pattern_data()
    cl, ca = split_script(d.get("program_cues", []))
    return _Data(
        cues_lat=frozenset(fold(c) for c in cl),
        cues_ar=frozenset(ca),
        heads_lat=frozenset(split_script(d.get("program_heads", []))[0]),
        generic=frozenset(fold(g) for g in d.get("program_generic", [])),
        stop_lat=frozenset(fold(w) for w in split_script(d.get("name_stopwords", []))[0]),
        naming=tuple(sorted({tuple(fold(w).split()) for w in d.get("program_naming_phrases", []) if w.strip()}, key=len, reverse=True)),
    )


def _quote_span(toks: list[Token], j: int) -> tuple[int, int] | None:
    """(first, last+1) token indices inside quotes opening at toks[j]; None for a quoted sentence."""
    if j >= len(toks) or toks[j].text != '"' or not opens_quote(toks, j):
        return None
    for k in range(j + 1, min(len(toks), j + 12)):
        if toks[k].text == '"':
            return (j + 1, k) if k > j + 1 and not is_clause(toks, j + 1, k) else None
        if toks[k].text in ("\n", ".", "؛", ";"):
            return None
    return None


def _is_cue(t: Token) -> tuple[int, str] | None:
    """(clitic characters to skip, cue) when the token is a programme cue word."""
    if t.kind == "lat":
        return _lat_cue_of(t.text)
    if t.kind == "ar":
        return _ar_cue_of(t.text)
    return None


# One-argument caches: functools takes a lone str argument as its own key (no tuple to build).
@lru_cache(maxsize=65536)
def _lat_cue_of(text: str) -> tuple[int, str] | None:
    cues = _data().cues_lat
    f = fold(text)
    if f in cues or (f.endswith("s") and f[:-1] in cues):
        return 0, f
    return None


@lru_cache(maxsize=65536)
def _ar_cue_of(text: str) -> tuple[int, str] | None:
    return ar_base_in(text, _data().cues_ar)


@lru_cache(maxsize=65536)
def _ar_possessed_cue(text: str) -> bool:
    """A cue with a possessive suffix: "برنامجها" (its programme), "مبادرته" (ة written ت before it)."""
    for suffix in _suffixes():
        stem = text[: -len(suffix)]
        if text.endswith(suffix) and len(stem) >= 3:
            if _ar_cue_of(stem) or (stem.endswith("ت") and _ar_cue_of(stem[:-1] + "ه")):
                return True
    return False


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(pattern_data().get("role_pronoun_suffixes", []), key=len, reverse=True))


def _named_after(toks: list[Token], i: int, D: _Data) -> int | None:
    """Index of the token after a naming phrase within NAMING_REACH words after the cue toks[i]."""
    if not D.naming:
        return None
    for j in range(i + 1, min(len(toks), i + 1 + NAMING_REACH)):
        t = toks[j]
        if t.kind == "punct" and t.text not in (",", "،"):
            return None
        if t.kind == "num":
            continue
        end = _naming_end(toks, j, D)
        if end is not None:
            return end
    return None


def _naming_end(toks: list[Token], j: int, D: _Data) -> int | None:
    """Index after the naming phrase ("يحمل اسم", "baptisé") that starts at toks[j], else None."""
    f = fold(toks[j].text)
    for phrase in D.naming:  # longest first
        if f == phrase[0] and tuple(fold(x.text) for x in toks[j : j + len(phrase)]) == phrase:
            return j + len(phrase)
    return None


NAMING_REACH = 10  # words between a programme cue and the phrase that names it


def _cap_name(toks: list[Token], j: int, text: str, D: _Data) -> int:
    """Index after 1-3 capitalised words (or acronyms) starting at toks[j]."""
    k = j
    while k < len(toks) and k - j < 3:
        t = toks[k]
        if t.kind != "lat" or not t.text[0].isupper() or fold(t.text) in D.stop_lat:
            break
        if k > j and text[toks[k - 1].end : t.start] != " ":
            break
        k += 1
    return k


def find_programs(doc: Doc) -> list[Candidate]:
    D = _data()
    OD = _org_data()
    toks = doc_tokens(doc)
    text = doc.norm_text
    out: list[Candidate] = []
    n = len(toks)

    def add(s: int, e: int, source: str, score: float, cue: str | None):
        name = text[s:e].strip()
        attrs = {"cue": cue}
        acr = _acronym_after(text, e)
        if acr:
            attrs["acronym"] = acr[0]
        out.append(Candidate("program", s, e, name=name, source=f"pattern:{source}", score=score, attrs=attrs))

    naming_present = any(" ".join(p) in doc.fold for p in D.naming)  # a text without one needs no scan
    for i in [k for k, t in enumerate(toks[:-1]) if t.kind == "ar" and toks[k + 1].text == '"' and _ar_possessed_cue(t.text)]:
        q = _quote_span(toks, i + 1)  # "برنامجها «شباب مقاول»": its programme, named
        if q:
            add(toks[q[0]].start, toks[q[1] - 1].end, "quoted", 0.85, None)
    for i in [k for k, t in enumerate(toks) if (_lat_cue_of(t.text) if t.kind == "lat" else t.kind == "ar" and _ar_cue_of(t.text))]:
        t = toks[i]
        cue = _is_cue(t)
        if i > 0 and fold(toks[i - 1].text) in _DEMONSTRATIVES:
            # "ce programme" refers back; "son offre « Moukawil Al Qarya »" still names it
            q = _quote_span(toks, i + 1) if i + 1 < n else None
            if q and not (toks[q[0]].kind == "lat" and toks[q[0]].text.islower()):
                add(toks[q[0]].start, toks[q[1] - 1].end, "quoted", 0.85, cue[1])
            continue
        # «Caravane Moukawalati»: the cue opens a quoted name, which is the programme's name
        if i > 0 and toks[i - 1].text == '"' and t.kind == "lat" and t.text[0].isupper():
            q = _quote_span(toks, i - 1)
            if q and q[1] - q[0] >= 2:
                add(toks[q[0]].start, toks[q[1] - 1].end, "quoted", 0.8, cue[1])
                continue
        # "منتوج جديد للضمان يحمل اسم «ضمان ريادة»", "un plan ... baptisé « X »": a naming phrase a
        # few words after the cue introduces the quoted name
        named = _named_after(toks, i, D) if naming_present else None
        if named is not None:
            q = _quote_span(toks, named)
            if q:
                add(toks[q[0]].start, toks[q[1] - 1].end, "quoted", 0.85, cue[1])
                continue
        # quoted name within three words after the cue
        found = False
        for j in range(i + 1, min(n, i + 5)):
            q = _quote_span(toks, j)
            if q and toks[q[0]].kind == "lat" and toks[q[0]].text.islower():
                break  # « arrive au bon moment »: a quoted phrase, not a name
            if q:
                add(toks[q[0]].start, toks[q[1] - 1].end, "quoted", 0.85, cue[1])
                found = True
                # a list of quoted names after one cue: “Damane Atassyir” et “Damane Istitmar”
                k = q[1] + 1
                while k + 1 < n and toks[k].text in (",", "،", "et", "و", "ou"):
                    nq = _quote_span(toks, k + 1)
                    if not nq:
                        break
                    add(toks[nq[0]].start, toks[nq[1] - 1].end, "quoted", 0.8, cue[1])
                    k = nq[1] + 1
                break
            if toks[j].kind == "punct" or toks[j].kind == "num":
                break
        if found or i + 1 >= n:
            continue
        nxt = toks[i + 1]
        if t.kind == "lat":
            if nxt.kind == "lat" and nxt.text[0].isupper() and text[t.end : nxt.start] == " ":
                e = _cap_name(toks, i + 1, text, D)
                if e > i + 1 and fold(nxt.text) not in OD.connectors:
                    add(nxt.start, toks[e - 1].end, "cue-name", 0.75, cue[1])
                    continue
            # "Programme national intégré d'appui ... (PIAFE)": capitalised head with complement
            if t.text in D.heads_lat:
                e = lat_name_extent(toks, i, text, frozenset(), OD, participles=False)
                comp = [fold(x.text) for x in toks[i + 1 : e]]
                if len(comp) < 2 or (comp[0] + (comp[1] if len(comp) > 1 else "")) in D.generic or comp[0] in D.generic:
                    continue
                sent = doc.sentence_at(t.start)
                initial = sent is not None and text[sent.start : t.start].strip() == ""
                if initial and not _acronym_after(text, toks[e - 1].end):
                    continue
                add(t.start, toks[e - 1].end, "program-head", 0.7, cue[1])
        elif t.kind == "ar" and cue[1] in _AR_CHAIN_CUES and nxt.kind == "ar":
            w = ar_strip_conj(nxt.text)
            if w != nxt.text or w[0] in "لب" or w.startswith("ال") or w in D.generic or w in OD.stops:
                continue
            if any(b in D.cues_ar for _s, b in ar_bases(w)):
                continue
            e = ar_chain_extent(toks, i + 2, OD, after_indefinite=False, heads=OD.heads_ar)
            if e < i + 3:  # one word is too weak without quotes: "ضمن برنامج استهدف"
                continue
            add(nxt.start, toks[e - 1].end, "cue-chain", 0.6, cue[1])
    if naming_present:
        _named_before_cue(toks, D, add)
    out.extend(quoted_then_descriptor(doc, "program_descriptors_after_quote", "program"))
    return out


def _named_before_cue(toks: list[Token], D: _Data, add) -> None:
    """"Baptisée « Khatwa », la caravane ...": a naming phrase, a quoted name, then a programme cue
    a few words on: the quoted name is the programme's."""
    n = len(toks)
    for j in range(n):
        end = _naming_end(toks, j, D)
        q = _quote_span(toks, end) if end is not None else None
        if q and any(_is_cue(toks[k]) for k in range(q[1] + 1, min(n, q[1] + 4))):
            add(toks[q[0]].start, toks[q[1] - 1].end, "quoted", 0.8, None)
