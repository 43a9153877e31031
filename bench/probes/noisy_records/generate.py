"""Noisy-records probe: multi-script lists of invented people corrupted by clerical, keyboard and OCR noise.

About 1,300 synthetic people (Uyghur majority; some Kazakh, Kyrgyz, Hui and Han) appear in
about 3,000-3,500 records spread over seven sources, each person in 1-5 sources and a source
listing a person at most once except for ~3% accidental within-source duplicates.

Sources and their conventions:
  * official_leak_zh   - leaked official Chinese list: 吐尔逊·买买提 with middle-dot variants, homophone
                         or look-alike character swaps (买/麦/迈, 提/题, 尔/儿, 江/疆), 男/女, ISO/compact/
                         年月日 dates, 18-digit resident IDs (typos, spaces, truncation, old 15-digit form).
  * pinyin_ocr_scan    - OCR'd printout in pinyin (Tuerxun Maimaiti): rn/m, l/1/I, O/0, cl/d, ii/u
                         confusions in names, digits, IDs; Nan/Nv or M/F; some IDs.
  * ngo_volunteer_sheet - English spreadsheet typed by volunteers: keyboard typos, initials (A. Tursun),
                         ALL-CAPS surnames, reversed names with/without comma, compounds split
                         (Abdu Rehim), truncation at 15 characters, mixed date formats, ages.
  * diaspora_list_ug   - Uyghur Arabic-script list (some rows in Uyghur Latin): dot errors (ت/ث/ن/ب/ي,
                         ى/ي, ە/ه/ة), dropped hamza, 1978-يىلى years, Eastern Arabic digits.
  * kz_testimony_list  - Kazakh/Russian Cyrillic: patronymics (-ұлы/-қызы, -ов/-ова, уулу/кызы),
                         ЙЦУКЕН typos, и/н and ш/щ confusions, Е/Ә, Е/Ж, ер/әйел sex codes.
  * turkish_list       - Turkish spellings (Mehmet, Abdurrahim, Gülnar), dropped diacritics, erkek/kadın.
  * us_asylum_docket   - "LAST, First" names, MM/DD/YYYY dates (01/01/YYYY for unknown day), M/F/1/2.
Uyghur names are "given name + father's given name": siblings share the father's name; hard
negatives include brothers with look-alike names, cousins named after the same grandfather,
twins (same father and birth date), and unrelated namesakes (sometimes same birth year and
county).  Dates carry year-only/year-month precision, off-by-one ages, year digit typos and
day/month swaps; birthplaces and facilities are written in each source's language and script.
Everything is synthetic and deterministic given the seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import names as nm
from .names import NameEntry
from .noise import (
    OCR_CYR,
    OCR_DIGITS,
    OCR_LATIN,
    age_year,
    arabic_dot_error,
    eastern_digits,
    fmt_full,
    fmt_ym,
    id_old15,
    id_spaced,
    id_typo,
    keyboard_typo,
    make_id,
    ocr_confuse,
    strip_diacritics,
    truncate,
    year_typo,
    zh_confuse,
)
from .places import (
    COUNTIES,
    Facility,
    birthplace_ar,
    birthplace_en,
    birthplace_kz,
    birthplace_py,
    birthplace_tr,
    birthplace_uly,
    birthplace_zh,
    facility_ar,
    facility_en,
    facility_kz,
    facility_py,
    facility_tr,
    facility_uly,
    facility_zh,
    pick_birthplace,
)
from .translit import (
    cyr_to_latin,
    cyr_to_uly,
    pinyin_word,
    plain,
    russianize,
    tr_upper,
    uly_to_arabic,
    uly_to_cyr,
    uly_to_english,
    uly_to_turkish,
    zh_to_palladius,
    zh_to_uly,
)

COLUMNS = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]

# (source name, abbreviation used in record ids)
SOURCES: list[tuple[str, str]] = [
    ("official_leak_zh", "cnl"),
    ("pinyin_ocr_scan", "ocr"),
    ("ngo_volunteer_sheet", "ngo"),
    ("diaspora_list_ug", "uyd"),
    ("kz_testimony_list", "kzt"),
    ("turkish_list", "trl"),
    ("us_asylum_docket", "usc"),
]

# Relative chance that a person of a given ethnicity appears in each source (same order as SOURCES).
SOURCE_WEIGHTS: dict[str, list[float]] = {
    "uyghur": [1.0, 0.6, 1.0, 0.9, 0.22, 0.6, 0.35],
    "kazakh": [1.0, 0.5, 0.9, 0.2, 1.6, 0.3, 0.35],
    "kyrgyz": [1.0, 0.5, 0.9, 0.3, 1.0, 0.5, 0.3],
    "hui": [1.2, 0.7, 0.9, 0.4, 0.4, 0.3, 0.3],
    "han": [1.2, 0.7, 0.8, 0.4, 0.3, 0.2, 0.3],
}
N_SOURCES_P = [0.25, 0.30, 0.25, 0.13, 0.07]  # a person is listed in 1..5 sources
DUPLICATE_P = 0.03

ETH_TARGETS = {"uyghur": 975, "kazakh": 145, "kyrgyz": 50, "hui": 65, "han": 65}

UY_M = nm.UY_MALE
UY_F = nm.UY_FEMALE
KZ_M = nm.cyr_entries(nm.KZ_MALE_ROWS, "M", "kazakh", cyr_to_uly)
KZ_F = nm.cyr_entries(nm.KZ_FEMALE_ROWS, "F", "kazakh", cyr_to_uly)
KG_M = nm.cyr_entries(nm.KG_MALE_ROWS, "M", "kyrgyz", cyr_to_uly)
KG_F = nm.cyr_entries(nm.KG_FEMALE_ROWS, "F", "kyrgyz", cyr_to_uly)
POOLS: dict[str, tuple[list[NameEntry], list[NameEntry]]] = {
    "uyghur": (UY_M, UY_F),
    "kazakh": (KZ_M, KZ_F),
    "kyrgyz": (KG_M, KG_F),
}
UY_BY_KEY: dict[str, NameEntry] = {e.key: e for e in UY_M + UY_F}


@dataclass
class Person:
    pid: str
    eth: str
    sex: str
    dob: dt.date
    county: str
    given: NameEntry | None = None
    father: NameEntry | None = None
    surname_zh: str = ""
    given_zh: str = ""
    id_number: str = ""
    facility: Facility | None = None


# --- small random helpers -------------------------------------------------------------------


def _pick(rng: np.random.Generator, items: list[str], p: list[float] | None = None) -> str:
    if p is None:
        return items[int(rng.integers(len(items)))]
    arr = np.asarray(p, dtype=float)
    return items[int(rng.choice(len(items), p=arr / arr.sum()))]


def _pick_map(rng: np.random.Generator, m: dict[str, float]) -> str:
    keys = list(m)
    return _pick(rng, keys, [m[k] for k in keys])


def _pick_entry(rng: np.random.Generator, pool: list[NameEntry], exclude: list[str]) -> NameEntry:
    cands = [e for e in pool if e.key not in exclude] or pool
    w = np.array([e.weight for e in cands], dtype=float)
    return cands[int(rng.choice(len(cands), p=w / w.sum()))]


def _random_day(rng: np.random.Generator, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))


# --- population -----------------------------------------------------------------------------


def _similar_name(rng: np.random.Generator, key: str, used: list[str], sex: str) -> NameEntry | None:
    for group in nm.SIMILAR_GROUPS:
        if key in group:
            cands = [k for k in group if k not in used and UY_BY_KEY[k].sex == sex]
            if cands:
                return UY_BY_KEY[_pick(rng, cands)]
    return None


def _family(
    rng: np.random.Generator, eth: str, father: NameEntry, county: str, named_after: NameEntry | None
) -> list[tuple[NameEntry, str, dt.date, str]]:
    """Children of one father: (given name, sex, birth date, county)."""
    males, females = POOLS[eth]
    n = int(rng.choice([1, 2, 3, 4], p=[0.5, 0.27, 0.15, 0.08]))
    year = int(rng.integers(1950, 1999))
    kids: list[tuple[NameEntry, str, dt.date, str]] = []
    used = [father.key]
    twins = n >= 2 and rng.random() < (0.09 if eth == "uyghur" else 0.05)
    for i in range(n):
        if i == 1 and twins:
            dob = kids[0][2]
            sex = kids[0][1] if rng.random() < 0.6 else ("F" if kids[0][1] == "M" else "M")
            partner = [b for a, b in nm.TWIN_PAIRS if a == kids[0][0].key]
            partner += [a for a, b in nm.TWIN_PAIRS if b == kids[0][0].key]
            if partner and eth == "uyghur" and rng.random() < 0.7:
                e = UY_BY_KEY[partner[0]]
                sex = e.sex
            else:
                e = _pick_entry(rng, males if sex == "M" else females, used)
        else:
            if i > 0:
                year = min(2003, year + int(rng.integers(1, 6)))
            dob = _random_day(rng, year)
            sex = "M" if rng.random() < 0.6 else "F"
            if i == 0 and named_after is not None:
                e, sex = named_after, "M"
            else:
                e_sim = None
                same_sex = [k for k in kids if k[1] == sex]
                if eth == "uyghur" and same_sex and rng.random() < 0.35:
                    e_sim = _similar_name(rng, same_sex[-1][0].key, used, sex)
                e = e_sim or _pick_entry(rng, males if sex == "M" else females, used)
        used.append(e.key)
        kid_county = county if rng.random() < 0.9 else pick_birthplace(rng, eth)
        kids.append((e, sex, dob, kid_county))
    return kids


def _turkic_people(rng: np.random.Generator, eth: str, target: int) -> list[Person]:
    males, _ = POOLS[eth]
    people: list[Person] = []
    n_namesakes = int(round(target * (0.035 if eth == "uyghur" else 0.02)))
    while len(people) < target - n_namesakes:
        county = pick_birthplace(rng, eth)
        if rng.random() < 0.22:  # cousins: fathers are brothers, children may be named after grandfather
            grandfather = _pick_entry(rng, males, [])
            fathers: list[NameEntry] = [_pick_entry(rng, males, [grandfather.key])]
            for _ in range(int(rng.integers(1, 3))):
                taken = [f.key for f in fathers]
                sim = _similar_name(rng, fathers[0].key, taken, "M") if eth == "uyghur" else None
                if sim is None or rng.random() >= 0.4:
                    sim = _pick_entry(rng, males, [grandfather.key] + taken)
                fathers.append(sim)
            for f in fathers:
                fc = county if rng.random() < 0.7 else pick_birthplace(rng, eth)
                after = grandfather if rng.random() < 0.55 else None
                for g, sex, dob, kc in _family(rng, eth, f, fc, after):
                    people.append(Person("", eth, sex, dob, kc, given=g, father=f))
        else:
            f = _pick_entry(rng, males, [])
            for g, sex, dob, kc in _family(rng, eth, f, county, None):
                people.append(Person("", eth, sex, dob, kc, given=g, father=f))
    people = people[: target - n_namesakes]
    base = list(people)
    for _ in range(n_namesakes):  # unrelated people with exactly the same name
        a = base[int(rng.integers(len(base)))]
        year = a.dob.year if rng.random() < 0.4 else int(rng.integers(1950, 2002))
        county = a.county if rng.random() < 0.5 else pick_birthplace(rng, eth)
        people.append(Person("", eth, a.sex, _random_day(rng, year), county, given=a.given, father=a.father))
    return people


def _chinese_people(rng: np.random.Generator, eth: str, target: int) -> list[Person]:
    surnames = nm.HUI_SURNAMES if eth == "hui" else nm.HAN_SURNAMES
    s_names = [s for s, _ in surnames]
    s_w = [w for _, w in surnames]
    people: list[Person] = []
    while len(people) < target:
        surname = _pick(rng, s_names, s_w)
        county = pick_birthplace(rng, eth)
        n = int(rng.choice([1, 2, 3], p=[0.6, 0.28, 0.12]))
        year = int(rng.integers(1950, 1999))
        gen_char = _pick(rng, nm.HAN_GIVEN_M) if rng.random() < 0.5 else ""
        for i in range(n):
            if i:
                year = min(2003, year + int(rng.integers(1, 6)))
            sex = "M" if rng.random() < 0.6 else "F"
            pool = nm.HAN_GIVEN_M if sex == "M" else nm.HAN_GIVEN_F
            if gen_char and n > 1:
                given = gen_char + _pick(rng, pool)
            elif rng.random() < 0.75:
                given = _pick(rng, pool) + _pick(rng, pool)
            else:
                given = _pick(rng, pool)
            people.append(Person("", eth, sex, _random_day(rng, year), county, surname_zh=surname,
                                 given_zh=given))
    return people[:target]


def build_population(rng: np.random.Generator, seed: int) -> list[Person]:
    people: list[Person] = []
    for eth, target in ETH_TARGETS.items():
        if eth in POOLS:
            people.extend(_turkic_people(rng, eth, target))
        else:
            people.extend(_chinese_people(rng, eth, target))
    order = rng.permutation(len(people))
    people = [people[int(i)] for i in order]
    county_keys = list(COUNTIES)
    camp_counties = list(pick_birthplace(rng, "uyghur") for _ in range(40))
    for n, p in enumerate(people):
        p.pid = f"nr{seed}-p{n:05d}"
        area_county = p.county if rng.random() < 0.95 else _pick(rng, county_keys)
        p.id_number = make_id(COUNTIES[area_county].code, p.dob, p.sex, rng)
        if rng.random() < 0.82:
            fc = p.county if rng.random() < 0.65 else _pick(rng, camp_counties)
            kind = _pick(rng, ["camp", "detention", "prison"], [0.6, 0.25, 0.15])
            num = int(rng.choice([1, 2, 3, 4], p=[0.4, 0.3, 0.2, 0.1])) if kind == "camp" else 1
            p.facility = Facility(fc, kind, num)
    return people


# --- names per script -----------------------------------------------------------------------


def _compound(uly: str, rng: np.random.Generator, p_split: float) -> str:
    """Keep '|' (joined) or turn the compound boundary into a space or hyphen."""
    if "|" not in uly or rng.random() >= p_split:
        return uly
    return uly.replace("|", " " if rng.random() < 0.8 else "-")


def _cap_after_hyphen(s: str) -> str:
    return "-".join(w[:1].upper() + w[1:] if w else w for w in s.split("-"))


def _apostrophe_noise(s: str, rng: np.random.Generator) -> str:
    if "'" not in s:
        return s
    return s.replace("'", _pick(rng, ["'", "", "''", "’", "`"], [0.45, 0.35, 0.08, 0.08, 0.04]))


def _ov(base: str, sex: str, latin: bool) -> str:
    """Russian-style surname from a father's name: Бөкен -> Бокенов / Bokenova."""
    vowels = "aeiouy" if latin else "аеиоуыэюя"
    last = base[-1].lower()
    if last in ("и", "i"):
        stem = base + ("ev" if latin else "ев")
    elif last in vowels:
        stem = base + ("v" if latin else "в")
    elif last == "й":
        stem = base[:-1] + "ев"
    else:
        stem = base + ("ov" if latin else "ов")
    return stem + ("a" if sex == "F" else "")


def name_parts(p: Person, script: str, rng: np.random.Generator) -> tuple[str, str, bool]:
    """(given, family, family_first) for a script.  family = father's name / patronymic / surname."""
    if p.eth in ("han", "hui"):
        if script == "py" or script in ("en", "tr"):
            return pinyin_word(p.given_zh), pinyin_word(p.surname_zh), True
        if script in ("ar", "ul"):
            g, s = zh_to_uly(p.given_zh), zh_to_uly(p.surname_zh)
            if script == "ar":
                return uly_to_arabic(g), uly_to_arabic(s), True
            return plain(g), plain(s), True
        if script == "cyr":
            return zh_to_palladius(p.given_zh), zh_to_palladius(p.surname_zh), True
        raise ValueError(script)
    assert p.given is not None and p.father is not None
    g, f = p.given, p.father
    if script == "py":
        apos = rng.random() < 0.2
        return pinyin_word(g.zh, apos, split=rng.random() < 0.04), pinyin_word(f.zh, apos), False
    if script == "ar":
        return uly_to_arabic(_compound(g.uly, rng, 0.06)), uly_to_arabic(f.uly), False
    if script == "ul":
        gu = _apostrophe_noise(_cap_after_hyphen(plain(_compound(g.uly, rng, 0.1))), rng)
        fu = _apostrophe_noise(plain(f.uly), rng)
        if rng.random() < 0.4:
            gu, fu = gu.replace("é", "e"), fu.replace("é", "e")
        return _cap_words(gu), _cap_words(fu), False
    if p.eth == "uyghur":
        if script == "cyr":
            style = _pick(rng, ["kz", "ru", "uy"], [0.5, 0.35, 0.15])
            gc = _cap_after_hyphen(uly_to_cyr(_compound(g.uly, rng, 0.05), style))
            fc = uly_to_cyr(f.uly, style)
            if rng.random() < 0.12:
                return gc, _ov(fc, p.sex, False), rng.random() < 0.7
            return gc, fc, False
        if script == "tr":
            gt = g.tr if g.tr and rng.random() < 0.75 else uly_to_turkish(_compound(g.uly, rng, 0.05))
            ft = f.tr if f.tr and rng.random() < 0.75 else uly_to_turkish(f.uly)
            return _cap_after_hyphen(gt), ft, False
        if script == "en":
            ge = (_pick(rng, list(g.en)) if g.en and rng.random() < 0.35
                  else _cap_after_hyphen(uly_to_english(_compound(g.uly, rng, 0.1), rng)))
            fe = _pick(rng, list(f.en)) if f.en and rng.random() < 0.35 else uly_to_english(f.uly, rng)
            return ge, fe, False
        raise ValueError(script)
    # Kazakh / Kyrgyz: native Cyrillic
    kyrgyz = p.eth == "kyrgyz"
    if script == "cyr":
        r = rng.random()
        if r < 0.3:
            return g.cyr, f.cyr, False
        if r < 0.65:
            if kyrgyz:
                return g.cyr, f.cyr + (" уулу" if p.sex == "M" else " кызы"), False
            return g.cyr, f.cyr + ("ұлы" if p.sex == "M" else "қызы"), False
        return g.cyr, _ov(russianize(f.cyr), p.sex, False), rng.random() < 0.7
    if script in ("en", "tr"):
        style = script
        ge = cyr_to_latin(g.cyr, style, rng)
        fe = cyr_to_latin(f.cyr, style, rng)
        r = rng.random()
        if r < 0.15:
            suffix = ("uulu" if kyrgyz else "uly") if p.sex == "M" else ("kyzy" if script == "en" else "kızı")
            return ge, fe + ((" " + suffix) if kyrgyz else suffix), False
        if r < 0.32 and script == "en":
            return ge, _ov(cyr_to_latin(russianize(f.cyr), "en", rng), p.sex, True), rng.random() < 0.5
        return ge, fe, False
    raise ValueError(script)


def _cap_words(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] if w else w for w in s.split(" "))


def _initial(s: str) -> str:
    return s[:1] + "."


def assemble(given: str, family: str, pattern: str, turkish: bool = False) -> str:
    """Lay out a name.  G=given, F=family, U suffix=upper-case, i=initial, ','=comma form."""
    up = tr_upper if turkish else str.upper
    forms = {
        "GF": f"{given} {family}",
        "G FU": f"{given} {up(family)}",
        "GFU": up(f"{given} {family}"),
        "FG": f"{family} {given}",
        "FU G": f"{up(family)} {given}",
        "F, G": f"{family}, {given}",
        "FU, G": f"{up(family)}, {given}",
        "FU,G": f"{up(family)},{given}",
        "Gi F": f"{_initial(given)} {family}",
        "G Fi": f"{given} {_initial(family)}",
        "F Gi": f"{family} {_initial(given)}",
        "GF nospace": f"{given}{family}",
        "G": given,
        "FUGU": up(f"{family} {given}"),
    }
    return forms[pattern]


def _native_pattern(rng: np.random.Generator, fam_first: bool, probs: dict[str, float]) -> str:
    pat = _pick_map(rng, probs)
    if fam_first:  # Han names / -ov surnames: swap the roles of the orders
        swap = {"GF": "FG", "FG": "GF", "G FU": "FU G", "FU G": "G FU", "GFU": "FUGU", "FUGU": "GFU"}
        pat = swap.get(pat, pat)
    return pat


# --- dates, sex, ids -----------------------------------------------------------------------


@dataclass
class DateConf:
    precision: dict[str, float]  # full / ym / year / age / missing
    full: dict[str, float]
    ym: dict[str, float]
    year: dict[str, float]  # format strings with {y}
    typo: float
    swap: float
    ref_year: int


def render_date(p: Person, c: DateConf, rng: np.random.Generator) -> str:
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    if rng.random() < c.typo:
        y = year_typo(y, rng)
    prec = _pick_map(rng, c.precision)
    if prec == "missing":
        return ""
    if prec == "full":
        if d <= 12 and d != m and rng.random() < c.swap:
            m, d = d, m
        return fmt_full(y, m, d, _pick_map(rng, c.full))
    if prec == "ym":
        return fmt_ym(y, m, _pick_map(rng, c.ym))
    if prec == "age":
        y = age_year(p.dob, c.ref_year, rng)
    return _pick_map(rng, c.year).format(y=y)


def sex_code(p: Person, rng: np.random.Generator, codes: dict[tuple[str, str], float], blank: float) -> str:
    if rng.random() < blank:
        return ""
    pairs = list(codes)
    pair = pairs[int(rng.choice(len(pairs), p=np.array([codes[k] for k in pairs]) / sum(codes.values())))]
    sex = p.sex if rng.random() > 0.01 else ("F" if p.sex == "M" else "M")
    return pair[0] if sex == "M" else pair[1]


def id_field(p: Person, rng: np.random.Generator, present: float, ocr: bool = False) -> str:
    if rng.random() >= present:
        return ""
    s = p.id_number
    r = rng.random()
    if r < 0.03:
        s = id_typo(s, rng)
    elif r < 0.045:
        s = id_old15(s)
    elif r < 0.065:
        s = s[: int(rng.integers(12, 18))]
    if s.endswith("X") and rng.random() < 0.3:
        s = s[:-1] + "x"
    if ocr:
        for _ in range(int(rng.choice([0, 1, 2], p=[0.8, 0.15, 0.05]))):
            s = ocr_confuse(s, rng, OCR_DIGITS)
    if rng.random() < 0.04:
        s = id_spaced(s, rng)
    return s


def _maybe(rng: np.random.Generator, prob: float, fn: Callable[[], str]) -> str:
    return fn() if rng.random() < prob else ""


def _typos(s: str, rng: np.random.Generator, p1: float, p2: float, layout: str = "latin") -> str:
    r = rng.random()
    n = 2 if r < p2 else (1 if r < p1 + p2 else 0)
    for _ in range(n):
        s = keyboard_typo(s, rng, layout)
    return s


# --- sources --------------------------------------------------------------------------------


def rec_cnl(p: Person, rng: np.random.Generator) -> dict[str, str]:
    if p.eth in ("han", "hui"):
        name = p.surname_zh + p.given_zh
        if rng.random() < 0.04:
            name = zh_confuse(name, rng)
    else:
        assert p.given is not None and p.father is not None
        g = p.given.zh.replace("|", "·" if rng.random() < 0.06 else "")
        f = p.father.zh.replace("|", "")
        sep = _pick(rng, ["·", "•", ".", "・", "‧", "", " "], [0.72, 0.08, 0.05, 0.04, 0.03, 0.05, 0.03])
        name = g + sep + f
        r = rng.random()
        if r < 0.12:
            name = zh_confuse(name, rng)
            if r < 0.025:
                name = zh_confuse(name, rng)
    dates = DateConf({"full": 0.93, "ym": 0.02, "year": 0.02, "missing": 0.03},
                     {"iso": 0.7, "compact": 0.12, "zh": 0.1, "ymd_dot": 0.08}, {"iso": 0.6, "zh": 0.4},
                     {"{y}": 0.6, "{y}年": 0.4}, 0.02, 0.015, 2018)
    c = COUNTIES[p.county]
    bp = _maybe(rng, 0.95, lambda: birthplace_zh(c, rng))
    if bp and rng.random() < 0.02:
        bp = zh_confuse(bp, rng)
    fac = p.facility
    return {
        "full_name": name,
        "sex": sex_code(p, rng, {("男", "女"): 1.0}, 0.02),
        "birth_date": render_date(p, dates, rng),
        "birthplace": bp,
        "id_number": id_field(p, rng, 0.93),
        "facility": _maybe(rng, 0.75, lambda: facility_zh(fac, rng)) if fac else "",
    }


def _ocr_noise(s: str, rng: np.random.Generator, p: list[float]) -> str:
    for _ in range(int(rng.choice(len(p), p=p))):
        s = ocr_confuse(s, rng, OCR_LATIN)
    return s


def rec_ocr(p: Person, rng: np.random.Generator) -> dict[str, str]:
    g, f, fam_first = name_parts(p, "py", rng)
    pat = _native_pattern(rng, fam_first, {"GF": 0.5, "GFU": 0.42, "G FU": 0.05, "GF nospace": 0.03})
    name = _ocr_noise(assemble(g, f, pat), rng, [0.55, 0.3, 0.15])
    if rng.random() < 0.12:
        name = truncate(name, 15, rng)
    date = render_date(p, DateConf({"full": 0.92, "ym": 0.03, "missing": 0.05},
                                   {"iso": 0.5, "ymd_dot": 0.3, "compact": 0.2}, {"iso": 1.0}, {"{y}": 1.0},
                                   0.02, 0.01, 2018), rng)
    if date and rng.random() < 0.12:
        date = ocr_confuse(date, rng, OCR_DIGITS)
    c = COUNTIES[p.county]
    bp = _maybe(rng, 0.8, lambda: birthplace_py(c, rng))
    if pat in ("GFU",):
        bp = bp.upper()
    bp = _ocr_noise(bp, rng, [0.85, 0.15])
    fac = p.facility
    fs = _maybe(rng, 0.45, lambda: facility_py(fac, rng)) if fac else ""
    return {
        "full_name": name,
        "sex": sex_code(p, rng, {("Nan", "Nv"): 0.4, ("M", "F"): 0.45, ("男", "女"): 0.15}, 0.05),
        "birth_date": date,
        "birthplace": bp,
        "id_number": id_field(p, rng, 0.65, ocr=True),
        "facility": _ocr_noise(fs, rng, [0.85, 0.15]),
    }


def rec_ngo(p: Person, rng: np.random.Generator) -> dict[str, str]:
    g, f, fam_first = name_parts(p, "en", rng)
    if p.eth in ("han", "hui"):
        pat = _pick_map(rng, {"FG": 0.55, "GF": 0.25, "FU G": 0.15, "F, G": 0.05})
    else:
        pat = _native_pattern(rng, fam_first, {
            "GF": 0.55, "G FU": 0.12, "GFU": 0.05, "FG": 0.05, "F, G": 0.05, "Gi F": 0.05, "G Fi": 0.04,
            "F Gi": 0.03, "GF nospace": 0.02, "G": 0.01, "FU G": 0.03,
        })
    name = assemble(g, f, pat)
    name = _typos(name, rng, 0.15, 0.03)
    r = rng.random()
    if r < 0.03:
        name = name.replace(" ", "  ", 1)
    elif r < 0.05:
        name = name + " "
    if rng.random() < 0.06:
        name = truncate(name, 15, rng)
    dates = DateConf({"full": 0.5, "ym": 0.07, "year": 0.22, "age": 0.12, "missing": 0.09},
                     {"iso": 0.35, "dmy_slash": 0.35, "dmy_dot": 0.15, "en_text": 0.1, "dmy_dot_np": 0.05},
                     {"en_text": 0.5, "my_slash": 0.3, "iso": 0.2},
                     {"{y}": 0.85, "c. {y}": 0.1, "~{y}": 0.05}, 0.03, 0.04, 2019)
    c = COUNTIES[p.county]
    bp = _maybe(rng, 0.85, lambda: birthplace_en(c, rng))
    bp = _typos(bp, rng, 0.05, 0.0) if bp else bp
    fac = p.facility
    fs = _maybe(rng, 0.55, lambda: facility_en(fac, rng)) if fac else ""
    return {
        "full_name": name,
        "sex": sex_code(p, rng, {("M", "F"): 0.35, ("m", "f"): 0.15, ("male", "female"): 0.2,
                                 ("Male", "Female"): 0.12, ("er", "ayal"): 0.05}, 0.13),
        "birth_date": render_date(p, dates, rng),
        "birthplace": bp,
        "id_number": id_field(p, rng, 0.04),
        "facility": _typos(fs, rng, 0.05, 0.0) if fs else "",
    }


def rec_uyd(p: Person, rng: np.random.Generator) -> dict[str, str]:
    latin = rng.random() < 0.15
    g, f, fam_first = name_parts(p, "ul" if latin else "ar", rng)
    pat = _native_pattern(rng, fam_first, {"GF": 0.93, "FG": 0.07})
    name = assemble(g, f, pat)
    if latin:
        name = _typos(name, rng, 0.08, 0.0)
    else:
        for _ in range(int(rng.choice([0, 1, 2], p=[0.78, 0.17, 0.05]))):
            name = arabic_dot_error(name, rng)
    year_fmt = {"{y}": 0.4, "{y}-yili": 0.6} if latin else {"{y}": 0.4, "{y}-يىلى": 0.6}
    dates = DateConf({"full": 0.45, "ym": 0.05, "year": 0.3, "age": 0.12, "missing": 0.08},
                     {"iso": 0.5, "dmy_dot": 0.4, "ymd_dot": 0.1}, {"iso": 1.0}, year_fmt, 0.03, 0.03, 2020)
    date = render_date(p, dates, rng)
    if not latin and rng.random() < 0.08:
        date = eastern_digits(date)
    c = COUNTIES[p.county]
    if latin:
        bp = _maybe(rng, 0.9, lambda: _cap_words(birthplace_uly(c, rng)))
    else:
        bp = _maybe(rng, 0.9, lambda: birthplace_ar(c, rng))
        if bp and rng.random() < 0.08:
            bp = arabic_dot_error(bp, rng)
    fac = p.facility
    if fac is None or rng.random() >= 0.5:
        fs = ""
    elif latin:
        fs = facility_uly(fac, rng)
    else:
        fs = facility_ar(fac, rng)
        if rng.random() < 0.08:
            fs = arabic_dot_error(fs, rng)
    codes = {("er", "ayal"): 1.0} if latin else {("ئەر", "ئايال"): 1.0}
    return {
        "full_name": name,
        "sex": sex_code(p, rng, codes, 0.15),
        "birth_date": date,
        "birthplace": bp,
        "id_number": id_field(p, rng, 0.05),
        "facility": fs,
    }


def rec_kzt(p: Person, rng: np.random.Generator) -> dict[str, str]:
    g, f, fam_first = name_parts(p, "cyr", rng)
    pat = _native_pattern(rng, fam_first, {"GF": 0.82, "FG": 0.08, "FU G": 0.04, "G FU": 0.03, "GFU": 0.03})
    name = assemble(g, f, pat)
    if rng.random() < 0.2:
        name = russianize(name)
    name = _typos(name, rng, 0.08, 0.01, layout="cyr")
    if rng.random() < 0.06:
        name = ocr_confuse(name, rng, OCR_CYR)
    dates = DateConf({"full": 0.45, "ym": 0.05, "year": 0.2, "age": 0.22, "missing": 0.08},
                     {"dmy_dot": 0.85, "iso": 0.15}, {"my_dot": 1.0}, {"{y}": 0.6, "{y} ж.": 0.4},
                     0.03, 0.03, 2019)
    c = COUNTIES[p.county]
    bp = _maybe(rng, 0.9, lambda: birthplace_kz(c, rng))
    bp = _typos(bp, rng, 0.04, 0.0, layout="cyr") if bp else bp
    fac = p.facility
    return {
        "full_name": name,
        "sex": sex_code(p, rng, {("Е", "Ә"): 0.3, ("Е", "Ж"): 0.2, ("ер", "әйел"): 0.25, ("муж", "жен"): 0.1},
                        0.15),
        "birth_date": render_date(p, dates, rng),
        "birthplace": bp,
        "id_number": id_field(p, rng, 0.03),
        "facility": _maybe(rng, 0.45, lambda: facility_kz(fac, rng)) if fac else "",
    }


def rec_trl(p: Person, rng: np.random.Generator) -> dict[str, str]:
    g, f, fam_first = name_parts(p, "tr", rng)
    if p.eth in ("han", "hui"):
        pat = _pick_map(rng, {"FG": 0.7, "GF": 0.3})
    else:
        pat = _native_pattern(rng, fam_first, {"GF": 0.75, "FG": 0.07, "GFU": 0.08, "G FU": 0.1})
    name = assemble(g, f, pat, turkish=True)
    if rng.random() < 0.25:
        name = strip_diacritics(name)
    name = _typos(name, rng, 0.06, 0.0)
    dates = DateConf({"full": 0.6, "ym": 0.03, "year": 0.2, "age": 0.1, "missing": 0.07},
                     {"dmy_dot": 0.7, "dmy_slash": 0.3}, {"my_dot": 1.0}, {"{y}": 1.0}, 0.03, 0.03, 2021)
    c = COUNTIES[p.county]
    bp = _maybe(rng, 0.9, lambda: birthplace_tr(c, rng))
    if bp and rng.random() < 0.25:
        bp = strip_diacritics(bp)
    fac = p.facility
    return {
        "full_name": name,
        "sex": sex_code(p, rng, {("erkek", "kadın"): 0.45, ("E", "K"): 0.3, ("Erkek", "Kadın"): 0.1}, 0.15),
        "birth_date": render_date(p, dates, rng),
        "birthplace": bp,
        "id_number": id_field(p, rng, 0.02),
        "facility": _maybe(rng, 0.35, lambda: facility_tr(fac, rng)) if fac else "",
    }


def rec_usc(p: Person, rng: np.random.Generator) -> dict[str, str]:
    g, f, fam_first = name_parts(p, "en", rng)
    pat = _pick_map(rng, {"FU, G": 0.5, "F, G": 0.25, "FU,G": 0.05, "FG": 0.1, "GF": 0.1})
    if fam_first and pat in ("FG", "GF") and p.eth not in ("han", "hui"):
        pat = "FG"
    name = assemble(g, f, pat)
    if rng.random() < 0.08:
        name = truncate(name, 12, rng)
    name = _typos(name, rng, 0.04, 0.0)
    dates = DateConf({"full": 0.82, "year": 0.06, "age": 0.07, "missing": 0.05},
                     {"mdy_slash": 0.85, "mdy_np": 0.15}, {"iso": 1.0}, {"01/01/{y}": 0.7, "{y}": 0.3},
                     0.02, 0.04, 2020)
    c = COUNTIES[p.county]
    fac = p.facility
    return {
        "full_name": name,
        "sex": sex_code(p, rng, {("M", "F"): 0.65, ("Male", "Female"): 0.2, ("1", "2"): 0.15}, 0.08),
        "birth_date": render_date(p, dates, rng),
        "birthplace": _maybe(rng, 0.9, lambda: birthplace_en(c, rng, us_style=True)),
        "id_number": id_field(p, rng, 0.03),
        "facility": _maybe(rng, 0.25, lambda: facility_en(fac, rng)) if fac else "",
    }


RENDERERS: dict[str, Callable[[Person, np.random.Generator], dict[str, str]]] = {
    "cnl": rec_cnl, "ocr": rec_ocr, "ngo": rec_ngo, "uyd": rec_uyd, "kzt": rec_kzt, "trl": rec_trl,
    "usc": rec_usc,
}


# --- main entry points ----------------------------------------------------------------------


def generate(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (records, truth) for the given seed."""
    rng = np.random.default_rng(seed)
    people = build_population(rng, seed)
    per_source: list[list[tuple[Person, dict[str, str]]]] = [[] for _ in SOURCES]
    for p in people:
        k = int(rng.choice([1, 2, 3, 4, 5], p=N_SOURCES_P))
        w = np.asarray(SOURCE_WEIGHTS[p.eth], dtype=float)
        chosen = rng.choice(len(SOURCES), size=k, replace=False, p=w / w.sum())
        for si in sorted(int(x) for x in chosen):
            abbr = SOURCES[si][1]
            copies = 2 if rng.random() < DUPLICATE_P else 1
            for _ in range(copies):
                per_source[si].append((p, RENDERERS[abbr](p, rng)))
    rows: list[dict[str, str]] = []
    truth: list[dict[str, str]] = []
    for si, (source, abbr) in enumerate(SOURCES):
        recs = per_source[si]
        order = rng.permutation(len(recs))
        for n, idx in enumerate(order):
            p, rec = recs[int(idx)]
            rid = f"nr{seed}-{abbr}-{n:05d}"
            row = {"record_id": rid, "source": source}
            row.update({k: str(v) for k, v in rec.items()})
            rows.append(row)
            truth.append({"record_id": rid, "person_id": p.pid})
    records = pd.DataFrame(rows, columns=COLUMNS).fillna("").astype(str)
    truth_df = pd.DataFrame(truth, columns=["record_id", "person_id"]).astype(str)
    return records, truth_df


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", required=True, help="output directory")
    args = ap.parse_args()
    records, truth = generate(args.seed)
    os.makedirs(args.out, exist_ok=True)
    records.to_csv(os.path.join(args.out, "records.csv"), index=False)
    truth.to_csv(os.path.join(args.out, "truth.csv"), index=False)
    print(
        f"seed {args.seed}: {len(records)} records, {truth['person_id'].nunique()} people, "
        f"{records['source'].nunique()} sources -> {args.out}"
    )
    print(records["source"].value_counts().sort_index().to_string())


if __name__ == "__main__":
    main()
