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
from .patterns import Token, ar_base_in, ar_bases, ar_strip_conj, doc_tokens, fold, is_arabic, pattern_data, split_script
from .patterns_orgs import _data as _org_data
from .patterns_orgs import _is_number_word

_PLACE_WORD = r"\p{Lu}[\p{Ll}\p{M}']+(?:-\p{L}[\p{Ll}\p{M}']*)*"

_SPACES = regex.compile(r"\s+")


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
    plural_ar: frozenset  # plural/dual cues: an enumeration of names follows


@lru_cache(maxsize=None)
def _data() -> _Data:
    d = pattern_data()
    plural = d.get("place_cues_plural", {})
    cues = {**d.get("place_cues", {}), **plural}
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
        plural_ar=frozenset(k for k in plural if is_arabic(k)),
    )


def _cue_ar(t: Token) -> tuple[int, str] | None:
    """(clitic characters to skip, cue) when the token is an Arabic place cue ("بإقليم")."""
    return _ar_cue_of(t.text) if t.kind == "ar" else None


@lru_cache(maxsize=65536)
def _ar_cue_of(text: str) -> tuple[int, str] | None:
    cues = _data().cues_ar
    hit = ar_base_in(text, cues)
    if hit is not None:
        return hit
    if len(text) == 3 and text[0] in "وبل" and text[1:] in cues:
        return 1, text[1:]  # "بحي", "وحي": a two-letter cue with its clitic (ar_bases keeps short words whole)
    return None


def _find_ar(doc: Doc, toks: list[Token]) -> list[Candidate]:
    out = []
    n = len(toks)
    for i in [k for k, t in enumerate(toks) if t.kind == "ar" and _ar_cue_of(t.text)]:
        t = toks[i]
        cue = _cue_ar(t)
        if not cue or i + 1 >= n:
            continue
        if _cue_ar(toks[i + 1]):  # "عمالة إقليم خنيفرة": the inner cue names the place
            continue
        nxt = toks[i + 1].text
        if nxt.startswith("لل") and len(nxt) > 4:
            continue  # "منطقة للأنشطة الاقتصادية": "for the ...", no name (للا ميمونة is one)
        plural = cue[1] in _data().plural_ar
        if plural and toks[i + 1].text[0] in "لب" and not toks[i + 1].text.startswith("ال"):
            continue  # "إقليمي للتشغيل" is the adjective "provincial"
        found = _name_after_ar(doc, toks, i, i + 1, cue[1])
        while found is not None:
            out.append(found[0])
            # "بجماعتي أولاد برحيل وتالوين", "جماعات أسرير وتغجيجت وفاصك": each listed name
            k = found[1]
            if not plural or k >= n:
                break
            comma = toks[k].text in ("،", ",")
            if comma and k + 1 < n:
                k += 1
            nxt = toks[k]
            if nxt.kind != "ar" or nxt.text == "و":
                break
            conj = nxt.text[0] == "و" and len(nxt.text) > 2
            if not (comma or conj) or (comma and conj):
                break  # "... وتيسينت وطاطا، وتشمل أنشطة": a comma then "و" starts a new clause
            found = _name_after_ar(doc, toks, i, k, cue[1], skip=1 if conj else 0, in_list=True)
            if found is not None and not conj:
                # "X، Y وZ": a name after a comma belongs to the list only if the list goes on
                j = found[1]
                if j >= n or not (toks[j].text in ("،", ",") or (toks[j].text[0] == "و" and len(toks[j].text) > 2)):
                    break
    return out


def _name_after_ar(doc: Doc, toks: list[Token], i: int, first: int, cue: str, skip: int = 0, in_list: bool = False):
    """(candidate, index after it) for the place name starting at toks[first] after cue toks[i]."""
    D = _data()
    OD = _org_data()
    text = doc.norm_text
    n = len(toks)
    if True:
        head_text = toks[first].text[skip:]
        # in a list after a plural cue ("بجماعات جرف الملحة ودار الكداري") a name may open with
        # an organisation head word: places are named after houses and markets too
        if skip and (head_text in D.generic_ar or head_text in OD.stops or _cue_ar(toks[first])
                     or (not in_list and any(b in OD.heads_ar for _s, b in ar_bases(head_text)))):
            return None
        if _is_number_word(head_text):
            return None  # "عماله الأربعة" (his four workers) reads like "عمالة" + a name once normalised
        k = first
        width = 3 if head_text in D.starters_ar else 2
        while k < n and k - first < width + (1 if any(x.text in ("بن", "بنت", "ابن") for x in toks[first:k]) else 0):
            x = toks[k]
            if x.kind != "ar":
                if x.text == "-" and k > i + 1 and k + 1 < n and toks[k + 1].kind == "ar":
                    k += 1
                    continue
                break
            w = x.text[skip:] if k == first else x.text
            after_starter = k > first and (toks[k - 1].text[skip:] if k - 1 == first else toks[k - 1].text) in D.starters_ar
            if after_starter and not w.startswith("و") and w not in OD.stops and w not in D.generic_ar or after_starter and w in ("علي", "بن"):
                k += 1  # "سيدي علي بن حمدوش": a starter's complement is a name, even "علي"
                continue
            if after_starter and k == first + 1 and w.startswith("و") and len(w) > 3 and w not in OD.stops:
                k += 1  # "دوار أيت وعلال": a starter alone is no name, so its complement may open with و
                continue
            if w in D.generic_ar or w in OD.stops or ar_strip_conj(w) in OD.stops or w in D.titles_ar:
                break
            if k > first and w[0] in "وبلف" and not w.startswith("ال") and w not in ("بن", "بنت"):  # conjunction or new phrase
                break
            if any(b in OD.heads_ar for _s, b in ar_bases(w)) and not (in_list and k == first):
                break
            # "جهة الدارالبيضاء الرتبة الأولى": an article word after a name starts a new phrase
            # when an adjective with the article follows it
            if k > first and w.startswith("ال") and not toks[k - 1].text.startswith("ال") and k + 1 < n and toks[k + 1].text.startswith("ال"):
                break
            k += 1
        while k > first and toks[k - 1].kind != "ar":
            k -= 1
        if k == first:
            return None
        start, end = toks[first].start + skip, toks[k - 1].end
        attrs = {"level_hint": D.cues_ar[cue], "cue": cue, "in_list": in_list}
        if D.cues_ar[cue] == "district" and not in_list and first == i + 1:
            attrs["cue_start"] = toks[i].start + (_cue_ar(toks[i]) or (0,))[0]  # "حي السلام" is its name too
        cand = Candidate("location", start, end, name=text[start:end], source="pattern:place-cue",
                         score=0.7 if k - first <= 1 else 0.55, attrs=attrs)
        return cand, k


def _find_lat(doc: Doc) -> list[Candidate]:
    D = _data()
    text = doc.norm_text
    out = []
    for m in D.cues_lat_re.finditer(text):
        cue = _SPACES.sub(" ", m.group(1))
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
        if fold(cue) == "a" and _is_first_name(keep[0]):
            continue  # "attribué à Khadija Ahl Sidi, fondatrice de ...": a person, not a place
        if cue in ("à", "À") and text[m.start(1) - 2 : m.start(1)].strip() == "" and m.start(1) > 0 and text[m.start(1) - 1] == "'":
            continue
        s = m.start(2)
        e = s + len(" ".join(keep)) if text[s : s + len(" ".join(keep))] == " ".join(keep) else m.end(2)
        level = D.cues_lat.get(fold(cue)) or D.cues_lat.get(fold(cue.split()[0]))
        attrs = {"level_hint": level, "cue": cue}
        if level == "district":
            attrs["cue_start"] = m.start(1)  # "derb Sultan", "quartier Souika" name the place too
        out.append(Candidate("location", s, e, name=text[s:e], source="pattern:place-cue",
                             score=0.6 if fold(cue) == "a" else 0.75, attrs=attrs))
    return out


def _is_first_name(word: str) -> bool:
    from .patterns_persons import is_first_name

    return is_first_name(word)


def find_places(doc: Doc) -> list[Candidate]:
    return _find_lat(doc) + _find_ar(doc, doc_tokens(doc))
