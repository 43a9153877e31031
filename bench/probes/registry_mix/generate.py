"""Registry-mix probe: invented Xinjiang detainees listed by six sources in six naming conventions.

What it contains, all synthetic and deterministic from the seed:

* about 1,200 invented people (about 70% Uyghur, 15% Kazakh, 5% Kyrgyz, 5% Hui, 5% Han), each with a given
  name, a father's name (Han/Hui: a surname), sex, full birth date, birth county in Xinjiang, an 18-digit
  PRC resident ID (county area code, birth date, odd/even sex digit, ISO 7064 MOD 11-2 check character)
  and a detention facility;
* hard negatives: sibling groups (same father, same county, birth years a few years apart), 15 twin pairs
  (same father, same full birth date, different given names) and forced namesakes (same full name,
  different people, half with the same birth year) on top of the namesakes that common names give;
* 1-5 records per person over six sources, each rendering the person in its own convention:
  ``official_zh`` (Chinese characters, ISO dates, IDs), ``official_pinyin`` (pinyin of that list, IDs),
  ``testimony_uly`` (Uyghur Latin, year or year-month dates), ``community_arabic`` (Uyghur Arabic script),
  ``kazakh_list`` (Kazakh Cyrillic, dd.mm.yyyy) and ``media_en`` (English press spellings);
* generic corruption: 5% one-edit name typos, 3% swapped name parts, 10% missing sex, 30% missing
  birthplace, 50% missing facility outside the official lists, 5% birth year off by one, 2% day/month
  swapped, 3% of IDs with one wrong digit.

``records`` has record_id, source, full_name, sex, birth_date, birthplace, id_number, facility (all str,
empty when missing); ``truth`` has record_id, person_id.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd

from . import tables as T
from . import translit as tr

COLUMNS = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
SOURCES: dict[str, str] = {
    "cn": "official_zh",
    "py": "official_pinyin",
    "ul": "testimony_uly",
    "ar": "community_arabic",
    "kz": "kazakh_list",
    "en": "media_en",
}
ETH_COUNTS = {"ug": 840, "kz": 180, "kg": 60, "hui": 60, "han": 60}
TWIN_PAIRS = {"ug": 11, "kz": 2, "kg": 1, "hui": 1, "han": 0}
N_FORCED_NAMESAKES = 40
# Relative chance that a source lists a person of each group (order as SOURCES).
SOURCE_WEIGHTS = {
    "ug": [1.0, 0.8, 1.0, 0.9, 0.25, 1.0],
    "kz": [1.0, 0.8, 0.3, 0.3, 1.4, 0.9],
    "kg": [1.0, 0.8, 0.4, 0.3, 0.8, 0.8],
    "hui": [1.0, 0.8, 0.5, 0.3, 0.0, 0.8],
    "han": [1.0, 0.8, 0.3, 0.2, 0.0, 0.8],
}
N_RECORDS_P = {1: 0.12, 2: 0.33, 3: 0.28, 4: 0.17, 5: 0.10}
OFFICIAL = ("cn", "py")

P_TYPO, P_SWAP, P_NO_SEX, P_NO_PLACE = 0.05, 0.03, 0.10, 0.30
P_NO_FACILITY_OFFICIAL, P_NO_FACILITY_OTHER = 0.10, 0.50
P_YEAR_OFF, P_DM_SWAP, P_ID_PRESENT, P_ID_TYPO = 0.05, 0.02, 0.90, 0.03
P_NO_DATE_OTHER = 0.05

EN_SPECIAL: dict[str, list[str]] = {
    "Memet": ["Memet", "Mehmet", "Muhammad", "Mamat", "Muhemmet"],
    "Abduréhim": ["Abdurehim", "Abdurahim", "Abdurrahim", "Abdureyim"],
    "Ehmet": ["Ehmet", "Ahmet", "Ahmad"],
    "Hesen": ["Hesen", "Hasan", "Hassan"],
    "Eli": ["Eli", "Ali"],
    "Eysa": ["Eysa", "Isa"],
    "Yüsüp": ["Yusup", "Yusuf"],
    "Ismayil": ["Ismayil", "Ismail"],
    "Qurban": ["Kurban", "Qurban"],
    "Ömer": ["Omer", "Omar"],
    "Yaqup": ["Yakup", "Yaqup", "Yakub"],
    "Meryem": ["Meryem", "Maryam"],
    "Zeynep": ["Zeynep", "Zaynab"],
    "Abdulla": ["Abdulla", "Abdullah"],
    "Kérim": ["Kerim", "Karim"],
    "Qadir": ["Kadir", "Qadir"],
    "Mahmut": ["Mahmut", "Mahmud"],
    "Abdukérim": ["Abdukerim", "Abdulkerim", "Abdukarim"],
    "Abduqadir": ["Abdukadir", "Abduqadir", "Abdulkadir"],
    "Rabiye": ["Rabiye", "Rebiya"],
    "Aygül": ["Aygul", "Aigul"],
}
MONTHS = list(calendar.month_name)
X = TypeVar("X")


# --------------------------------------------------------------------------------------------- model
@dataclass(frozen=True)
class Name:
    zh: str
    py: tuple[str, ...]  # pinyin syllables of zh
    uly: str
    cyr: str  # Kazakh-style Cyrillic (Kazakh/Kyrgyz: native spelling)
    kind: str  # ug | kz | kg | cn


@dataclass(frozen=True)
class Prefecture:
    code: str
    zh: str
    py: str
    uly: str
    cyr: str
    en: str


@dataclass(frozen=True)
class County:
    code: str
    zh: str
    py: str
    uly: str
    cyr: str
    en: str
    pref: Prefecture


@dataclass(frozen=True)
class Facility:
    key: str
    prefs: tuple[str, ...]
    zh: str
    py: str
    uly: str
    cyr: str
    en: tuple[str, ...]


@dataclass
class Person:
    pid: str
    eth: str
    sex: str  # M | F
    given: Name
    father: Name  # Han/Hui: the surname
    birth: dt.date
    county: County
    facility: Facility
    family: int
    twin: bool = False
    namesake: bool = False
    id_number: str = ""


def _py_of(zh: str) -> tuple[str, ...]:
    return tuple(T.CHAR_PINYIN[c] for c in zh)


def _minority_names(pairs: list[tuple[str, str]], kind: str) -> list[Name]:
    out = []
    for native, zh in pairs:
        if kind == "ug":
            out.append(Name(zh, _py_of(zh), native, tr.uly_to_cyr(native), kind))
        else:
            out.append(Name(zh, _py_of(zh), tr.cyr_to_uly(native), native, kind))
    return out


def _chinese_names(pairs: list[tuple[str, str]]) -> list[Name]:
    out = []
    for zh, py in pairs:
        syl = tuple(py.split(","))
        uly = "".join(tr.pinyin_syllable_to_uly(s) for s in syl)
        out.append(Name(zh, syl, uly[:1].upper() + uly[1:], "", "cn"))
    return out


GIVEN: dict[tuple[str, str], list[Name]] = {
    ("ug", "M"): _minority_names(T.UYGHUR_MALE, "ug"),
    ("ug", "F"): _minority_names(T.UYGHUR_FEMALE, "ug"),
    ("kz", "M"): _minority_names(T.KAZAKH_MALE, "kz"),
    ("kz", "F"): _minority_names(T.KAZAKH_FEMALE, "kz"),
    ("kg", "M"): _minority_names(T.KYRGYZ_MALE, "kg"),
    ("kg", "F"): _minority_names(T.KYRGYZ_FEMALE, "kg"),
    ("hui", "M"): _chinese_names(T.CHINESE_MALE),
    ("hui", "F"): _chinese_names(T.CHINESE_FEMALE),
    ("han", "M"): _chinese_names(T.CHINESE_MALE),
    ("han", "F"): _chinese_names(T.CHINESE_FEMALE),
}
SURNAMES = {"hui": _chinese_names(T.HUI_SURNAMES), "han": _chinese_names(T.HAN_SURNAMES)}


def _rows(raw: str) -> list[list[str]]:
    return [line.split("|") for line in raw.strip().splitlines()]


PREFECTURES = {r[0]: Prefecture(*r) for r in _rows(T.PREFECTURES_RAW)}
COUNTIES = {r[0]: County(*r, pref=PREFECTURES[r[0][:4]]) for r in _rows(T.COUNTIES_RAW)}
FACILITIES = [
    Facility(r[0], tuple(r[1].split(",")), r[2], r[3], r[4], r[5], tuple(r[6].split(";")))
    for r in _rows(T.FACILITIES_RAW)
]


def _zipf(n: int, s: float = 0.6) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** s
    return w / w.sum()


def _pick(rng: np.random.Generator, items: list[X], p: np.ndarray | None = None) -> X:
    return items[int(rng.choice(len(items), p=p))]


def _pick_name(rng: np.random.Generator, names: list[Name], avoid: set[Name]) -> Name:
    p = _zipf(len(names))
    for _ in range(50):
        name = _pick(rng, names, p)
        if name not in avoid:
            return name
    return next(n for n in names if n not in avoid)


def _random_date(rng: np.random.Generator, year: int) -> dt.date:
    month = int(rng.integers(1, 13))
    day = int(rng.integers(1, calendar.monthrange(year, month)[1] + 1))
    return dt.date(year, month, day)


def _with_year(d: dt.date, year: int) -> dt.date:
    if d.month == 2 and d.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return d.replace(year=year)


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a PRC resident ID."""
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(first17))
    return "10X98765432"[total % 11]


# ------------------------------------------------------------------------------------------- people
def _facility_for(rng: np.random.Generator, county: County) -> Facility:
    local = [f for f in FACILITIES if county.pref.code in f.prefs]
    if local and rng.random() < 0.8:
        return _pick(rng, local)
    return _pick(rng, FACILITIES)


def _make_group(rng: np.random.Generator, eth: str, start_family: int) -> list[Person]:
    people: list[Person] = []
    target, twins_left = ETH_COUNTS[eth], TWIN_PAIRS[eth]
    cw = T.COUNTY_WEIGHTS[eth]
    codes = list(cw)
    cp = np.array([cw[c] for c in codes], dtype=float)
    cp /= cp.sum()
    family = start_family
    while len(people) < target:
        remaining = target - len(people)
        twin = twins_left > 0 and remaining >= 2
        if twin:
            size = 2
            twins_left -= 1
        else:
            size = min(int(rng.choice([1, 2, 3], p=[0.78, 0.16, 0.06])), remaining)
        if eth in ("hui", "han"):
            father = _pick(rng, SURNAMES[eth], _zipf(len(SURNAMES[eth])))
        else:
            father = _pick_name(rng, GIVEN[(eth, "M")], set())
        county = COUNTIES[_pick(rng, codes, cp)]
        year = int(np.clip(round(rng.normal(1976, 12)), 1940, 1998))
        birth = _random_date(rng, year)
        used: set[Name] = {father}
        for k in range(size):
            if k > 0 and not twin:
                year = min(year + int(rng.integers(2, 7)), 2004)
                birth = _random_date(rng, year)
            sex = "M" if rng.random() < 0.5 else "F"
            given = _pick_name(rng, GIVEN[(eth, sex)], used)
            used.add(given)
            people.append(Person("", eth, sex, given, father, birth, county, _facility_for(rng, county),
                                 family, twin=twin))
        family += 1
    return people


def _force_namesakes(rng: np.random.Generator, people: list[Person]) -> None:
    fam_size: dict[int, int] = {}
    for p in people:
        fam_size[p.family] = fam_size.get(p.family, 0) + 1
    singles = [i for i, p in enumerate(people) if fam_size[p.family] == 1]
    done = 0
    order = rng.permutation(len(singles))
    used: set[int] = set()
    for j in order:
        if done >= N_FORCED_NAMESAKES:
            break
        b = singles[int(j)]
        if b in used:
            continue
        pb = people[b]
        cands = [i for i, p in enumerate(people) if p.eth == pb.eth and p.sex == pb.sex and i != b
                 and i not in used]
        a = cands[int(rng.integers(len(cands)))]
        pa = people[a]
        pb.given, pb.father = pa.given, pa.father
        if rng.random() < 0.5:
            pb.birth = _with_year(pb.birth, pa.birth.year)
        pb.namesake = pa.namesake = True
        used.update((a, b))
        done += 1


def _assign_ids(rng: np.random.Generator, people: list[Person]) -> None:
    seen: set[str] = set()
    for p in people:
        while True:
            seq = 2 * int(rng.integers(1, 500)) + (1 if p.sex == "M" else 0)
            first17 = f"{p.county.code}{p.birth:%Y%m%d}{seq:03d}"
            if first17 not in seen:
                break
        seen.add(first17)
        p.id_number = first17 + id_check_char(first17)


def make_people(rng: np.random.Generator) -> list[Person]:
    people: list[Person] = []
    for eth in ETH_COUNTS:
        people.extend(_make_group(rng, eth, start_family=len(people) * 10))
    _force_namesakes(rng, people)
    _assign_ids(rng, people)
    order = rng.permutation(len(people))
    people = [people[int(i)] for i in order]
    for n, p in enumerate(people):
        p.pid = f"P{n:05d}"
    return people


# ---------------------------------------------------------------------------------------- rendering
def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _py_part(name: Name, spaced: bool) -> str:
    return " ".join(_cap(s) for s in name.py) if spaced else _cap("".join(name.py))


def _patronym_cyr(p: Person, rng: np.random.Generator) -> str:
    f, male = p.father.cyr, p.sex == "M"
    r = rng.random()
    if p.eth == "kz":
        if r < 0.55:
            return f + ("ұлы" if male else "қызы")
        return f if r < 0.85 else f + ("ов" if male else "ова")
    if p.eth == "kg":
        if r < 0.5:
            return f + (" уулу" if male else " кызы")
        return f if r < 0.8 else f + ("ов" if male else "ова")
    return f if r < 0.7 else f + ("ов" if male else "ова")


def _en_uly(uly: str, rng: np.random.Generator, turkish: bool) -> str:
    if turkish:
        return tr.uly_to_turkish(uly)
    if uly in EN_SPECIAL and rng.random() < 0.6:
        return _pick(rng, EN_SPECIAL[uly])
    return tr.uly_to_english(uly, rng)


def _en_parts(p: Person, rng: np.random.Generator) -> list[str]:
    if p.eth in ("hui", "han"):
        return [_cap("".join(p.father.py)), _cap("".join(p.given.py))]
    if p.eth == "ug":
        turkish = rng.random() < 0.12
        return [_en_uly(p.given.uly, rng, turkish), _en_uly(p.father.uly, rng, turkish)]
    zh = "j" if p.eth == "kg" and rng.random() < 0.5 else "zh"
    given, father = tr.cyr_to_lat(p.given.cyr, zh), tr.cyr_to_lat(p.father.cyr, zh)
    r, male = rng.random(), p.sex == "M"
    if r < 0.4:
        suffix = ("uly" if male else "kyzy") if p.eth == "kz" else (" uulu" if male else " kyzy")
        father += suffix
    elif r < 0.6:
        father += "ov" if male else "ova"
    return [given, father]


def render_name(p: Person, src: str, rng: np.random.Generator) -> str:
    chinese = p.eth in ("hui", "han")
    family_idx = 0 if chinese else 1  # which part is the family-like name
    sep = " "
    if src == "cn":
        if chinese:
            parts, sep = [p.father.zh, p.given.zh], ""
        else:
            parts = [p.given.zh, p.father.zh]
            sep = str(rng.choice(["·", "•", ""], p=[0.92, 0.04, 0.04]))
    elif src == "py":
        style = rng.random()
        spaced = 0.80 <= style < 0.90
        pair = [p.father, p.given] if chinese else [p.given, p.father]
        parts = [_py_part(n, spaced) for n in pair]
        if style >= 0.95:
            sep = "·" if not chinese else ""
        elif style >= 0.90:
            sep = ""
        if 0.60 <= style < 0.80:
            parts = [x.upper() for x in parts]
    elif src in ("ul", "ar"):
        parts = [p.father.uly, p.given.uly] if chinese else [p.given.uly, p.father.uly]
        if src == "ar":
            parts = [tr.uly_to_arabic(x) for x in parts]
        elif rng.random() < 0.2:
            parts = [tr.strip_uly_diacritics(x) for x in parts]
    elif src == "kz":
        parts = [p.given.cyr, _patronym_cyr(p, rng)]
    else:  # en
        parts = _en_parts(p, rng)
        if chinese and rng.random() < 0.10:  # Western order
            parts = parts[::-1]
            family_idx = 1
    if rng.random() < P_SWAP and not (src == "cn" and chinese):
        parts = parts[::-1]
        family_idx = 1 - family_idx
    if src == "en":
        r = rng.random()
        if r < 0.10:
            fam, giv = parts[family_idx], parts[1 - family_idx]
            return _maybe_typo(f"{fam}, {giv}", rng)
        if r < 0.15:
            parts[family_idx] = parts[family_idx].upper()
    return _maybe_typo(sep.join(parts), rng)


CJK_POOL = sorted(set(T.CHAR_PINYIN) | {c for n, _ in T.CHINESE_MALE + T.CHINESE_FEMALE for c in n})
POOLS = {
    "cjk": CJK_POOL,
    "arabic": sorted(set(tr.ULY_TO_ARABIC.values())),
    "cyr": list("абвгдежзийклмнопрстуфхшыіәғқңөұүһ"),
    "latin": list("abcdefghijklmnopqrstuvwxyz"),
}


def _script(ch: str) -> str:
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:
        return "cjk"
    if 0x0600 <= o <= 0x06FF:
        return "arabic"
    if 0x0400 <= o <= 0x04FF:
        return "cyr"
    return "latin"


def typo(s: str, rng: np.random.Generator) -> str:
    """One random edit (insert, delete, substitute, transpose) at a letter of s."""
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    i = idx[int(rng.integers(len(idx)))]
    pool = POOLS[_script(s[i])]
    new = pool[int(rng.integers(len(pool)))]
    if s[i].isupper():
        new = new.upper()
    op = int(rng.integers(4))
    if op == 0:
        return s[: i + 1] + new + s[i + 1:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        while new.lower() == s[i].lower():
            new = pool[int(rng.integers(len(pool)))]
            new = new.upper() if s[i].isupper() else new
        return s[:i] + new + s[i + 1:]
    j = i + 1 if i + 1 in idx else i - 1
    if j < 0 or j not in idx:
        return s
    a, b = min(i, j), max(i, j)
    first, second = s[b], s[a]
    if s[a].isupper() != s[b].isupper():  # keep the capital where it was: "Ma" -> "Am", not "aM"
        first = first.upper() if s[a].isupper() else first.lower()
        second = second.upper() if s[b].isupper() else second.lower()
    return s[:a] + first + second + s[b + 1:]


def _maybe_typo(s: str, rng: np.random.Generator) -> str:
    return typo(s, rng) if rng.random() < P_TYPO else s


def render_sex(p: Person, src: str, rng: np.random.Generator) -> str:
    if rng.random() < P_NO_SEX:
        return ""
    m = p.sex == "M"
    if src == "cn":
        return "男" if m else "女"
    if src == "py":
        return "M" if m else "F"
    if src == "ul":
        return ("male" if m else "female") if rng.random() < 0.7 else ("er" if m else "ayal")
    if src == "ar":
        return "ئەر" if m else "ئايال"
    if src == "kz":
        return "ер" if m else "әйел"
    return ("M" if m else "F") if rng.random() < 0.5 else ("male" if m else "female")


def _corrupt_date(d: dt.date, rng: np.random.Generator) -> dt.date:
    if rng.random() < P_YEAR_OFF:
        d = _with_year(d, d.year + (1 if rng.random() < 0.5 else -1))
    if rng.random() < P_DM_SWAP and d.day <= 12 and d.day != d.month:
        d = dt.date(d.year, d.day, d.month)
    return d


def render_date(p: Person, src: str, rng: np.random.Generator) -> str:
    if src not in OFFICIAL and rng.random() < P_NO_DATE_OTHER:
        return ""
    d = _corrupt_date(p.birth, rng)
    r = rng.random()
    if src in OFFICIAL:
        return d.isoformat()
    if src == "ul":
        return d.isoformat() if r < 0.4 else (f"{d:%Y-%m}" if r < 0.65 else str(d.year))
    if src == "ar":
        return f"{d.year}-يىلى" if r < 0.55 else d.isoformat()
    if src == "kz":
        return f"{d:%d.%m.%Y}" if r < 0.8 else str(d.year)
    if r < 0.35:
        return f"{d.day} {MONTHS[d.month]} {d.year}"
    if r < 0.55:
        return f"{MONTHS[d.month]} {d.year}"
    return str(d.year) if r < 0.82 else f"c. {d.year}"


def render_place(p: Person, src: str, rng: np.random.Generator) -> str:
    if rng.random() < P_NO_PLACE:
        return ""
    c, pref, r = p.county, p.county.pref, rng.random()
    if src == "cn":
        return c.zh if r < 0.85 or c.zh.startswith(pref.zh) else pref.zh + c.zh
    if src == "py":
        return c.py if r < 0.85 else c.py.replace(" Xian", " County")
    if src == "ul":
        return c.uly if r < 0.8 else pref.uly
    if src == "ar":
        return tr.uly_to_arabic(c.uly if r < 0.85 else pref.uly)
    if src == "kz":
        return c.cyr if r < 0.75 else pref.cyr
    if r < 0.7:
        return c.en
    return f"{c.en}, Xinjiang" if r < 0.85 else pref.en


def render_facility(p: Person, src: str, rng: np.random.Generator) -> str:
    miss = P_NO_FACILITY_OFFICIAL if src in OFFICIAL else P_NO_FACILITY_OTHER
    if rng.random() < miss:
        return ""
    f = p.facility
    if src == "cn":
        return f.zh
    if src == "py":
        return f.py
    if src == "ul":
        return f.uly
    if src == "ar":
        return tr.uly_to_arabic(f.uly)
    if src == "kz":
        return f.cyr
    return _pick(rng, list(f.en))


def render_id(p: Person, src: str, rng: np.random.Generator) -> str:
    if src not in OFFICIAL or rng.random() >= P_ID_PRESENT:
        return ""
    s = p.id_number
    if rng.random() < P_ID_TYPO:
        pos = int(rng.integers(17))
        digit = str((int(s[pos]) + int(rng.integers(1, 10))) % 10)
        s = s[:pos] + digit + s[pos + 1:]
    return s


def render_record(p: Person, src: str, rng: np.random.Generator) -> dict[str, str]:
    return {
        "source": SOURCES[src],
        "full_name": render_name(p, src, rng),
        "sex": render_sex(p, src, rng),
        "birth_date": render_date(p, src, rng),
        "birthplace": render_place(p, src, rng),
        "id_number": render_id(p, src, rng),
        "facility": render_facility(p, src, rng),
        "person_id": p.pid,
    }


# ----------------------------------------------------------------------------------------- assembly
def generate(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (records, truth) for this seed; the same seed always gives the same frames."""
    rng = np.random.default_rng(seed)
    people = make_people(rng)
    src_keys = list(SOURCES)
    counts, cprobs = list(N_RECORDS_P), np.array(list(N_RECORDS_P.values()))
    by_source: dict[str, list[dict[str, str]]] = {k: [] for k in src_keys}
    for p in people:
        w = np.array(SOURCE_WEIGHTS[p.eth], dtype=float)
        k = min(int(rng.choice(counts, p=cprobs)), int((w > 0).sum()))
        chosen = [src_keys[int(i)] for i in rng.choice(len(w), size=k, replace=False, p=w / w.sum())]
        if rng.random() < 0.04:  # the same person twice in one source
            chosen.append(chosen[int(rng.integers(len(chosen)))])
        for src in chosen:
            by_source[src].append(render_record(p, src, rng))
    rows: list[dict[str, str]] = []
    for src in src_keys:
        recs = by_source[src]
        for n, i in enumerate(rng.permutation(len(recs))):
            rec = dict(recs[int(i)])
            rec["record_id"] = f"rm{seed}-{src}-{n:05d}"
            rows.append(rec)
    frame = pd.DataFrame(rows)
    records = frame[COLUMNS].astype(str).reset_index(drop=True)
    truth = frame[["record_id", "person_id"]].astype(str).reset_index(drop=True)
    return records, truth


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    records, truth = generate(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    records.to_csv(args.out / "records.csv", index=False)
    truth.to_csv(args.out / "truth.csv", index=False)
    sizes = truth.groupby("person_id").size()
    print(f"seed {args.seed}: {len(records)} records, {truth.person_id.nunique()} people "
          f"({int((sizes == 1).sum())} with one record), {int((sizes * (sizes - 1) // 2).sum())} true pairs")
    for src, n in records.source.value_counts().sort_index().items():
        print(f"  {src:18s} {n}")
    print(f"wrote {args.out / 'records.csv'} and {args.out / 'truth.csv'}")


if __name__ == "__main__":
    main()
