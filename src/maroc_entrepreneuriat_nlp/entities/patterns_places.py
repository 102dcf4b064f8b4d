"""Places after cue words, with the administrative level the cue implies (attrs["level_hint"]):
إقليم بركان، بجماعة تافوغالت، عمالة إقليم خنيفرة (the inner cue wins), la province de Taroudant,
la région Fès-Meknès, à Tiznit. Arabic names are 1-3 words up to a comma, a stop word or a
conjunction; French names are 1-5 capitalised words (hyphens, particles El, Ait, Sidi...).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..doc import Doc
from .candidates import Candidate
from .patterns import Token, ar_bases, ar_strip_conj, doc_tokens, fold, is_arabic, pattern_data, split_script
from .patterns_orgs import _data as _org_data

_PLACE_WORD = r"\p{Lu}[\p{Ll}\p{M}']+(?:-\p{L}[\p{Ll}\p{M}']*)*"


@dataclass(frozen=True)
class _Data:
    cues_ar: dict  # cue -> level
    cues_lat_re: regex.Pattern
    cues_lat: dict  # folded cue -> level
    generic_ar: frozenset
    stop_lat: frozenset  # as written
    name_stop_lat: frozenset  # folded
    heads_lat: frozenset
    particles: frozenset
    titles_ar: frozenset
    starters_ar: frozenset


@lru_cache(maxsize=None)
def _data() -> _Data:
    d = pattern_data()
    cues = d.get("place_cues", {})
    lat = {k: v for k, v in cues.items() if not is_arabic(k)}
    alt = "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in sorted(lat, key=len, reverse=True))
    particles = split_script(d.get("name_particles", []))[0] + ["Sidi", "Ouled", "Oulad", "Aït", "Ait", "Ben", "El", "Al"]
    word = rf"(?:{_PLACE_WORD})"
    name = rf"{word}(?:[ ]+(?:(?:{'|'.join(map(regex.escape, particles))})[ ]+)*{word}){{0,4}}"
    return _Data(
        cues_ar={k: v for k, v in cues.items() if is_arabic(k)},
        cues_lat_re=regex.compile(rf"(?<![\p{{L}}'])({alt})(?:[ ]+|(?<='))(?:de[ ]+la[ ]+|de[ ]+l'|du[ ]+)?({name})"),
        cues_lat={fold(k): v for k, v in lat.items()},
        generic_ar=frozenset(d.get("place_generic", [])),
        stop_lat=frozenset(split_script(d.get("place_stopwords", []))[0]),
        name_stop_lat=frozenset(fold(w) for w in split_script(d.get("name_stopwords", []))[0]),
        heads_lat=frozenset(fold(h) for h in split_script(d.get("org_heads", []) + d.get("program_cues", []))[0]),
        particles=frozenset(particles),
        titles_ar=frozenset(split_script(d.get("titles", []))[1]),
        starters_ar=frozenset(d.get("place_name_starters", [])),
    )


def _cue_ar(t: Token, D: _Data) -> tuple[int, str] | None:
    if t.kind != "ar":
        return None
    for s, b in ar_bases(t.text):
        if b in D.cues_ar:
            return s, b
    return None


def _find_ar(doc: Doc, toks: list[Token]) -> list[Candidate]:
    D = _data()
    OD = _org_data()
    text = doc.norm_text
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        cue = _cue_ar(t, D)
        if not cue or i + 1 >= n:
            continue
        if _cue_ar(toks[i + 1], D):  # "عمالة إقليم خنيفرة": the inner cue names the place
            continue
        k = i + 1
        width = 3 if toks[i + 1].text in D.starters_ar else 2
        while k < n and k - i <= width:
            x = toks[k]
            if x.kind != "ar":
                if x.text == "-" and k > i + 1 and k + 1 < n and toks[k + 1].kind == "ar":
                    k += 1
                    continue
                break
            w = x.text
            if w in D.generic_ar or w in OD.stops or ar_strip_conj(w) in OD.stops or w in D.titles_ar:
                break
            if k > i + 1 and w[0] in "وبلف" and not w.startswith("ال"):  # conjunction or new phrase
                break
            if any(b in OD.heads_ar for _s, b in ar_bases(w)):
                break
            # "جهة الدارالبيضاء الرتبة الأولى": an article word after a name starts a new phrase
            # when an adjective with the article follows it
            if k > i + 1 and w.startswith("ال") and not toks[k - 1].text.startswith("ال") and k + 1 < n and toks[k + 1].text.startswith("ال"):
                break
            k += 1
        while k > i + 1 and toks[k - 1].kind != "ar":
            k -= 1
        if k == i + 1:
            continue
        end = toks[k - 1].end
        out.append(Candidate("location", toks[i + 1].start, end, name=text[toks[i + 1].start : end],
                             source="pattern:place-cue", score=0.7 if k - i <= 2 else 0.55,
                             attrs={"level_hint": D.cues_ar[cue[1]], "cue": cue[1]}))
    return out


def _find_lat(doc: Doc) -> list[Candidate]:
    D = _data()
    text = doc.norm_text
    out = []
    for m in D.cues_lat_re.finditer(text):
        cue = regex.sub(r"\s+", " ", m.group(1))
        name = m.group(2)
        words = name.split()
        # trim at a stop word or head inside the name ("à Rabat Le ministre")
        keep = []
        for w in words:
            if w in D.stop_lat or fold(w) in D.name_stop_lat or fold(w) in D.heads_lat:
                break
            keep.append(w)
        while keep and keep[-1] in D.particles:
            keep.pop()
        if not keep:
            continue
        if cue in ("à", "À") and text[m.start(1) - 2 : m.start(1)].strip() == "" and m.start(1) > 0 and text[m.start(1) - 1] == "'":
            continue
        s = m.start(2)
        e = s + len(" ".join(keep)) if text[s : s + len(" ".join(keep))] == " ".join(keep) else m.end(2)
        level = D.cues_lat.get(fold(cue)) or D.cues_lat.get(fold(cue.split()[0]))
        out.append(Candidate("location", s, e, name=text[s:e], source="pattern:place-cue",
                             score=0.6 if fold(cue) == "a" else 0.75, attrs={"level_hint": level, "cue": cue}))
    return out


def find_places(doc: Doc) -> list[Candidate]:
    return _find_lat(doc) + _find_ar(doc, doc_tokens(doc))
