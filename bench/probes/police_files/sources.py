"""How each simulated source writes a person: script, name order, field codings, gaps and slips."""

from __future__ import annotations

import datetime as dt

import numpy as np

from . import names as N
from .fields import age_year, fmt_date, id_typo, masked_id, old_id, remembered, sex_code, typo
from .hanzi import Clerk, pinyin_syllables, pinyin_word
from .people import Person
from .places import facility_text, place_text
from .scripts import (
    cap,
    cyr_to_lat,
    cyr_to_uly,
    kk_to_ky,
    py_to_ru,
    py_to_uly,
    russianize,
    ug_noise,
    uly_to_en,
    uly_to_tr,
    uly_to_ug,
    uly_to_uyc,
)

FIELDS = ["full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
TURKIC = ("uyghur", "kazakh", "kyrgyz")


def pick(rng: np.random.Generator, options: list, weights: list[float] | None = None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def _empty() -> dict[str, str]:
    return dict.fromkeys(FIELDS, "")


# ---- names in each script -------------------------------------------------------------------
def _phon(name: str, eth: str) -> str:
    return name.lower() if eth == "uyghur" else cyr_to_uly(name)


def turkic_name(
    name: str,
    eth: str,
    script: str,
    rng: np.random.Generator,
    female: bool = False,
    clerk: Clerk | None = None,
    en_style: dict | None = None,
) -> str:
    """One Uyghur/Kazakh/Kyrgyz name word in the given script."""
    ph = _phon(name, eth)
    if script == "zh":
        assert clerk is not None
        return clerk.name(name, N.ZH_FORMS.get(name), ph, female)
    if script == "ug":
        return uly_to_ug(ph)
    if script == "uly":
        return cap(ph if rng.random() < 0.2 else ph.replace("'", ""))
    if script == "tr":
        return (N.TR_FORMS.get(name) or uly_to_tr(ph)) if eth == "uyghur" else uly_to_tr(ph)
    if script in ("uyc", "kk"):
        return uly_to_uyc(ph) if eth == "uyghur" else name
    if script == "ru":
        return russianize(uly_to_uyc(ph) if eth == "uyghur" else name)
    if script == "ky":
        return kk_to_ky(uly_to_uyc(ph)) if eth == "uyghur" else (kk_to_ky(name) if eth == "kazakh" else name)
    if script == "kkl":
        return cyr_to_lat(uly_to_uyc(ph) if eth == "uyghur" else name, "lat21")
    # English
    if eth != "uyghur":
        return cyr_to_lat(name, "bgn")
    if name in N.EN_FORMS and rng.random() < 0.6:
        return pick(rng, N.EN_FORMS[name])
    return uly_to_en(ph, en_style or {})


def chinese_name(p: Person, script: str) -> tuple[str, str]:
    """(surname, given) of a Hui/Han person in the given script."""
    sy_s = [s for s, _ in pinyin_syllables(p.surname)]
    sy_g = [s for s, _ in pinyin_syllables(p.given)]
    if script == "zh":
        return p.surname, p.given
    if script in ("en", "py"):
        return cap("".join(sy_s)), cap("".join(sy_g))
    if script in ("uly", "tr", "ug"):
        s, g = cap(py_to_uly(sy_s)), cap(py_to_uly(sy_g))
        if script == "tr":
            return uly_to_tr(s.lower()), uly_to_tr(g.lower())
        if script == "ug":
            return uly_to_ug(s.lower()), uly_to_ug(g.lower())
        return s, g
    s, g = cap(py_to_ru(sy_s)), cap(py_to_ru(sy_g))
    if script == "kkl":
        return cyr_to_lat(s, "lat21"), cyr_to_lat(g, "lat21")
    return s, g


def muslim_name(p: Person, script: str) -> str:
    m = p.muslim
    assert m is not None
    if script == "zh":
        return m[2]
    if script in ("en", "tr", "py"):
        return m[3]
    if script == "uly":
        return m[4]
    if script == "ug":
        return uly_to_ug(m[4].lower())
    if script == "kkl":
        return cyr_to_lat(m[5], "lat21")
    return m[5]


def hui_han_full(p: Person, script: str, rng: np.random.Generator, western: float = 0.0) -> str:
    """Chinese-named person outside Chinese script; Hui sometimes under their Muslim name."""
    s, g = chinese_name(p, script)
    full = f"{g} {s}" if rng.random() < western else f"{s} {g}"
    if p.muslim is not None and rng.random() < 0.35:
        m = muslim_name(p, script)
        return pick(rng, [f"{m} {s}", f"{m} {full}", f"{m} ({full})", f"{full} ({m})", m], [3, 2, 2, 2, 1])
    return full


def turkic_pair(
    p: Person, script: str, rng: np.random.Generator, en_style: dict | None = None
) -> tuple[str, str]:
    f = p.sex == "F"
    return (
        turkic_name(p.given, p.eth, script, rng, f, en_style=en_style),
        turkic_name(p.father, p.eth, script, rng, False, en_style=en_style),
    )


def ru_surname(father_cyr: str, female: bool) -> str:
    """Russian-style family name from the father's name: Серік -> Сериков / Серикова."""
    base = russianize(father_cyr).rstrip("ь")
    if base.endswith("й"):
        base, suf = base[:-1], "ев"
    elif base[-1:] in "жшчщцаеиоуыэюя":
        suf = "ев"
    else:
        suf = "ов"
    return base + suf + ("а" if female else "")


# ---- field helpers ---------------------------------------------------------------------------
def _date(d: dt.date, formats: list[str], weights: list[float], rng: np.random.Generator) -> str:
    fmt = pick(rng, formats, weights)
    if fmt == "":
        return ""
    return fmt_date(d, fmt)


def _gran(p: Person, rng: np.random.Generator, w: tuple[float, float, float, float, float]) -> str:
    """county | pref | county_pref | township | '' (missing)."""
    opts = ["county", "pref", "county_pref", "township", ""]
    ww = list(w)
    if p.town is None:
        ww[0] += ww[3]
        ww[3] = 0.0
    return pick(rng, opts, ww)


def _place(p: Person, script: str, rng: np.random.Generator, w) -> str:
    g = _gran(p, rng, w)
    return place_text(p.county, p.town, script, g, rng) if g else ""


def _facility(p: Person, script: str, rng: np.random.Generator, p_missing: float) -> str:
    if not p.facilities or rng.random() < p_missing:
        return ""
    return facility_text(pick(rng, p.facilities), script, rng)


def _testimony_id(p: Person, rng: np.random.Generator, p_have: float) -> str:
    if rng.random() >= p_have:
        return ""
    idn = p.id_number
    if rng.random() < 0.15:
        idn = old_id(idn)
    if rng.random() < 0.15:
        idn = id_typo(idn, rng)
    return idn


# ---- 1. police spreadsheet in Chinese ------------------------------------------------------
def police_zh(p: Person, clerk: Clerk, rng: np.random.Generator) -> dict[str, str]:
    r = _empty()
    if p.eth in TURKIC:
        g = turkic_name(p.given, p.eth, "zh", rng, p.sex == "F", clerk=clerk)
        f = turkic_name(p.father, p.eth, "zh", rng, clerk=clerk)
        r["full_name"] = g if rng.random() < 0.01 else f"{g}{clerk.sep}{f}"
    else:
        r["full_name"] = p.surname + p.given
    if rng.random() < 0.02:
        r["full_name"] = typo(r["full_name"], rng)
    r["sex"] = "" if rng.random() < 0.03 else sex_code(p.sex, "zh")
    fmt = str(clerk.pick("date", ["zh", "compact", "dot", "iso", "zh", "compact"]))
    r["birth_date"] = "" if rng.random() < 0.03 else fmt_date(p.birth, fmt)
    gw = clerk.pick("gran", [(6, 0, 3, 2, 0.4), (2, 0, 6, 3, 0.4), (6, 1, 1, 0, 0.6)])
    r["birthplace"] = _place(p, "zh", rng, gw)
    if rng.random() > 0.05:
        r["id_number"] = id_typo(p.id_number, rng) if rng.random() < 0.06 else p.id_number
    r["facility"] = _facility(p, "zh", rng, 0.05)
    return r


# ---- 2. the same police data exported to pinyin ---------------------------------------------
def _pinyin_style(chars: str, tones: bool, flat_v: bool) -> str:
    w = pinyin_word(chars, tones=tones, apostrophe=tones)
    if not tones:
        w = w.replace("ü", "v" if flat_v else "u")
    return w


def police_pinyin(p: Person, clerk: Clerk, rng: np.random.Generator) -> dict[str, str]:
    r = _empty()
    style = pick(
        rng,
        ["title", "upper", "comma", "tone", "spaced", "dot", "upper_surname", "hyphen"],
        [30, 20, 12, 6, 6, 8, 12, 6],
    )
    tones, flat_v = style == "tone", rng.random() < 0.3
    if p.eth in TURKIC:
        first = turkic_name(p.given, p.eth, "zh", rng, p.sex == "F", clerk=clerk)
        last = turkic_name(p.father, p.eth, "zh", rng, clerk=clerk)
    else:
        first, last = p.given, p.surname
    a, b = _pinyin_style(first, tones, flat_v), _pinyin_style(last, tones, flat_v)
    chinese_order = p.eth not in TURKIC
    if style == "spaced":
        syl = [
            s.capitalize()
            for s in (
                pinyin_word(last if chinese_order else first, sep=" ").split()
                + pinyin_word(first if chinese_order else last, sep=" ").split()
            )
        ]
        name = " ".join(syl)
    elif style == "upper":
        name = (f"{b} {a}" if chinese_order else f"{a} {b}").upper()
    elif style == "comma":
        name = f"{b.capitalize()}, {a.capitalize()}"
    elif style == "upper_surname":
        name = f"{b.upper()} {a.capitalize()}"
    elif style == "dot" and not chinese_order:
        name = f"{a.capitalize()}·{b.capitalize()}"
    elif style == "hyphen" and not chinese_order:
        name = f"{a.capitalize()}-{b.capitalize()}"
    else:
        name = f"{b.capitalize()} {a.capitalize()}" if chinese_order else f"{a.capitalize()} {b.capitalize()}"
        if chinese_order and rng.random() < 0.25:
            name = f"{a.capitalize()} {b.capitalize()}"
    r["full_name"] = typo(name, rng) if rng.random() < 0.02 else name
    r["sex"] = pick(
        rng, [sex_code(p.sex, "M"), sex_code(p.sex, "male"), sex_code(p.sex, "zh"), ""], [50, 20, 20, 10]
    )
    r["birth_date"] = _date(p.birth, ["iso", "compact", "dot", ""], [60, 20, 15, 5], rng)
    r["birthplace"] = _place(p, "py", rng, (6, 1, 3, 1, 0.6))
    u = rng.random()
    if u < 0.12:
        r["id_number"] = masked_id(p.id_number, rng)
    elif u < 0.9:
        r["id_number"] = id_typo(p.id_number, rng) if rng.random() < 0.03 else p.id_number
    r["facility"] = _facility(p, "py", rng, 0.1)
    return r


# ---- 3. Uyghur-language radio reports in Arabic script -------------------------------------
def rfa_uyghur(p: Person, rng: np.random.Generator) -> dict[str, str]:
    r = _empty()
    report = dt.date(int(rng.integers(2018, 2022)), int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    if p.eth in TURKIC:
        g, f = turkic_pair(p, "ug", rng)
        u = rng.random()
        name = g if u < 0.03 else (f"{f} {g}" if u < 0.06 else f"{g} {f}")
    else:
        name = hui_han_full(p, "ug", rng)
    name = ug_noise(name, rng, 0.3)
    r["full_name"] = typo(name, rng) if rng.random() < 0.03 else name
    r["sex"] = sex_code(p.sex, "ug") if rng.random() < 0.35 else ""
    u = rng.random()
    if u < 0.35:
        r["birth_date"] = str(age_year(p.birth, report))
    elif u < 0.55:
        r["birth_date"] = fmt_date(remembered(p.birth, rng, 0.5), pick(rng, ["y", "y_ug"]))
    elif u < 0.75:
        r["birth_date"] = fmt_date(remembered(p.birth, rng, 0.5), pick(rng, ["iso", "dmy", "ym"]))
    pl = _place(p, "ug", rng, (5, 3, 2, 2, 1))
    r["birthplace"] = ug_noise(pl, rng, 0.2) if pl else ""
    r["id_number"] = _testimony_id(p, rng, 0.02)
    fac = _facility(p, "ug", rng, 0.3)
    r["facility"] = ug_noise(fac, rng, 0.2) if fac else ""
    return r


# ---- 4. diaspora testimonies in Latin / Cyrillic Uyghur ------------------------------------
_DIASPORA = {
    # convention: (name script, sex styles, date formats + weights, place/facility script)
    "uly": ("uly", ["uly", "M"], (["iso", "y", "dmy", ""], [30, 35, 15, 20]), "uly"),
    "tr": ("tr", ["tr", "tr2"], (["dmy", "y", "y_tr", ""], [40, 30, 10, 20]), "tr"),
    "uyc": ("uyc", ["uyc", "ru2"], (["dmy", "y", ""], [45, 35, 20]), "uyc"),
    "en": ("en", ["M", "male", "m"], (["mdy", "y", "iso", "circa", "q", ""], [15, 30, 15, 10, 10, 20]), "en"),
}


def _en_style(rng: np.random.Generator) -> dict:
    return {
        "x": pick(rng, ["kh", "h", "x"], [4, 4, 2]),
        "q": pick(rng, ["q", "k"], [6, 4]),
        "gh": pick(rng, ["gh", "g"], [7, 3]),
        "oe": pick(rng, ["o", "ö"], [8, 2]),
        "ue": pick(rng, ["u", "ü"], [8, 2]),
        "e2a": rng.random() < 0.1,
    }


def diaspora_latin(p: Person, rng: np.random.Generator) -> dict[str, str]:
    r = _empty()
    conv = pick(rng, ["uly", "tr", "uyc", "en"], [40, 25, 15, 20])
    script, sexes, (dfmts, dw), pscript = _DIASPORA[conv]
    style = _en_style(rng)
    if p.eth in TURKIC:
        g, f = turkic_pair(p, script, rng, style)
        u = rng.random()
        if u < 0.03:
            name = g
        elif u < 0.13:
            name = f"{f} {g}"
        elif u < 0.17 and script != "uyc":
            name = f"{g} {f.upper()}"
        else:
            name = f"{g} {f}"
    else:
        name = hui_han_full(p, script if script != "uyc" else "ru", rng, western=0.2)
    r["full_name"] = typo(name, rng) if rng.random() < 0.05 else name
    r["sex"] = sex_code(p.sex, pick(rng, sexes)) if rng.random() < 0.7 else ""
    r["birth_date"] = _date(remembered(p.birth, rng), dfmts, dw, rng)
    r["birthplace"] = _place(p, pscript, rng, (45, 25, 10, 10, 10))
    r["id_number"] = _testimony_id(p, rng, 0.12)
    r["facility"] = _facility(p, pscript, rng, 0.35)
    return r


# ---- 5. Kazakh family testimonies in Cyrillic ----------------------------------------------
def _kz_name(p: Person, rng: np.random.Generator) -> str:
    fem = p.sex == "F"
    if p.eth == "kazakh":
        g, f = p.given, p.father
        patr = f + ("қызы" if fem else "ұлы")
        rsur = ru_surname(f, fem)
        forms = [
            f"{g} {patr}",
            f"{patr} {g}",
            f"{g} {f}",
            f"{g} {rsur}",
            f"{rsur} {russianize(g)}",
            f"{g} {f} {'қызы' if fem else 'ұлы'}",
            g,
            f"{patr.upper()} {g}",
        ]
        return pick(rng, forms, [30, 10, 20, 15, 10, 5, 4, 6])
    if p.eth == "uyghur":
        g, f = turkic_pair(p, "uyc", rng)
        forms = [
            f"{g} {f}",
            f"{russianize(g)} {ru_surname(f, fem)}",
            f"{ru_surname(f, fem)} {russianize(g)}",
            g,
        ]
        return pick(rng, forms, [55, 20, 20, 5])
    if p.eth == "kyrgyz":
        g, f = p.given, p.father
        return pick(
            rng,
            [
                f"{g} {f} {'кызы' if fem else 'уулу'}",
                f"{g} {f}{'қызы' if fem else 'ұлы'}",
                f"{g} {ru_surname(f, fem)}",
            ],
            [50, 30, 20],
        )
    return hui_han_full(p, "ru", rng)


def kz_cyr(p: Person, rng: np.random.Generator) -> dict[str, str]:
    r = _empty()
    name = _kz_name(p, rng)
    r["full_name"] = typo(name, rng) if rng.random() < 0.05 else name
    u = rng.random()
    r["sex"] = sex_code(p.sex, "kk") if u < 0.5 else (sex_code(p.sex, "kkw") if u < 0.65 else "")
    r["birth_date"] = _date(remembered(p.birth, rng), ["dmy", "y", "y_kk", ""], [45, 30, 7, 18], rng)
    r["birthplace"] = _place(p, pick(rng, ["kk", "ru"], [8, 2]), rng, (50, 25, 10, 10, 5))
    r["id_number"] = _testimony_id(p, rng, 0.15)
    r["facility"] = _facility(p, pick(rng, ["kk", "ru"], [8, 2]), rng, 0.3)
    return r


# ---- 6. its English export ------------------------------------------------------------------
def kz_en_from(cyr: dict[str, str], p: Person, rng: np.random.Generator) -> dict[str, str]:
    """Researcher's English version of a Kazakh Cyrillic record."""
    style = pick(rng, ["bgn", "lat21", "simple"], [60, 25, 15])
    r = _empty()
    r["full_name"] = cyr_to_lat(cyr["full_name"], style)
    if rng.random() < 0.05:
        r["full_name"] = typo(r["full_name"], rng)
    if cyr["sex"]:
        r["sex"] = pick(
            rng, [sex_code(p.sex, "M"), sex_code(p.sex, "male"), cyr_to_lat(cyr["sex"], "bgn")], [5, 4, 1]
        )
    bd = cyr["birth_date"]
    if bd.endswith(" ж."):
        bd = bd[:-3]
    if len(bd) == 10 and rng.random() < 0.3:
        bd = f"{bd[6:]}-{bd[3:5]}-{bd[:2]}"
    r["birth_date"] = bd
    if cyr["birthplace"]:
        r["birthplace"] = (
            cyr_to_lat(cyr["birthplace"], style)
            if rng.random() < 0.5
            else _place(p, "en", rng, (5, 3, 1, 1, 0))
        )
    r["id_number"] = cyr["id_number"]
    if cyr["facility"]:
        r["facility"] = (
            facility_text(pick(rng, p.facilities), "en", rng)
            if rng.random() < 0.7
            else cyr_to_lat(cyr["facility"], style)
        )
    return r


# ---- 7. Kyrgyz lists ------------------------------------------------------------------------
def kg_cyr(p: Person, rng: np.random.Generator) -> dict[str, str]:
    r = _empty()
    fem = p.sex == "F"
    if p.eth in ("kyrgyz", "kazakh"):
        g, f = (p.given, p.father) if p.eth == "kyrgyz" else (kk_to_ky(p.given), kk_to_ky(p.father))
        tag = "кызы" if fem else "уулу"
        name = pick(
            rng,
            [
                f"{g} {f} {tag}",
                f"{f} {tag} {g}",
                f"{g} {ru_surname(f, fem)}",
                f"{ru_surname(f, fem)} {g}",
                f"{g} {f}",
                g,
            ],
            [40, 15, 20, 10, 10, 5],
        )
    elif p.eth == "uyghur":
        g, f = turkic_pair(p, "ky", rng)
        name = pick(rng, [f"{g} {f}", f"{g} {ru_surname(f, fem)}"], [7, 3])
    else:
        name = hui_han_full(p, "ky", rng)
    r["full_name"] = typo(name, rng) if rng.random() < 0.05 else name
    u = rng.random()
    r["sex"] = sex_code(p.sex, "ky") if u < 0.4 else (sex_code(p.sex, "ky2") if u < 0.6 else "")
    r["birth_date"] = _date(remembered(p.birth, rng), ["dmy", "y", "y_ky", ""], [40, 35, 5, 20], rng)
    r["birthplace"] = _place(p, "ky", rng, (50, 25, 10, 5, 10))
    r["id_number"] = _testimony_id(p, rng, 0.06)
    r["facility"] = _facility(p, "ky", rng, 0.35)
    return r


# ---- 8. English-language media --------------------------------------------------------------
def _decorate(name: str, given: str, p: Person, rng: np.random.Generator) -> str:
    u = rng.random()
    if u < 0.15:
        title = pick(rng, N.TITLES_M if p.sex == "M" else N.TITLES_F)
        return f"{title} {name}"
    if u < 0.20 and " " in name:
        nick = pick(rng, N.EN_NICK_M if p.sex == "M" else N.EN_NICK_F)
        rest = name.split(" ", 1)[1]
        return pick(rng, [f'{given} "{nick}" {rest}', f"{given} ({nick}) {rest}", f"{nick} {rest}"])
    if u < 0.26 and " " in name:
        first, rest = name.split(" ", 1)
        return f"{first} {chr(ord('A') + int(rng.integers(26)))}. {rest}"
    return name


def media_en(p: Person, rng: np.random.Generator) -> dict[str, str]:
    r = _empty()
    report = dt.date(int(rng.integers(2018, 2024)), int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    fem = p.sex == "F"
    if p.eth == "uyghur":
        g, f = turkic_pair(p, "en", rng, _en_style(rng))
    elif p.eth in ("kazakh", "kyrgyz"):
        g = cyr_to_lat(p.given, "bgn")
        fl = cyr_to_lat(p.father, "bgn")
        if p.eth == "kazakh":
            f = pick(rng, [fl + ("kyzy" if fem else "uly"), fl, cyr_to_lat(ru_surname(p.father, fem), "bgn")])
        else:
            f = pick(
                rng, [f"{fl} {'kyzy' if fem else 'uulu'}", fl, cyr_to_lat(ru_surname(p.father, fem), "bgn")]
            )
    else:
        name = hui_han_full(p, "en", rng, western=0.3)
        g, f = name.split(" ", 1)[0], ""
    if p.eth in TURKIC:
        u = rng.random()
        name = g if u < 0.02 else (f"{f} {g}" if u < 0.07 else f"{g} {f}")
    name = _decorate(name, g, p, rng)
    r["full_name"] = typo(name, rng) if rng.random() < 0.03 else name
    r["sex"] = pick(rng, ["", sex_code(p.sex, "male"), sex_code(p.sex, "M")], [60, 30, 10])
    u = rng.random()
    if u < 0.35:
        r["birth_date"] = (
            f"c. {age_year(p.birth, report)}" if rng.random() < 0.6 else str(age_year(p.birth, report))
        )
    elif u < 0.55:
        r["birth_date"] = str(remembered(p.birth, rng).year)
    elif u < 0.60:
        r["birth_date"] = fmt_date(remembered(p.birth, rng), "mdy")
    r["birthplace"] = _place(p, "en", rng, (30, 40, 10, 5, 15))
    r["facility"] = _facility(p, "en", rng, 0.4)
    return r


def sparsify(r: dict[str, str], rng: np.random.Generator) -> dict[str, str]:
    """Keep only the name and at most one other field."""
    keep = pick(rng, FIELDS[1:] + [""])
    return {k: (v if k in ("full_name", keep) else "") for k, v in r.items()}
