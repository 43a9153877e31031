"""One row per (source, person): what each synthetic source says about a person, in its own words.

Each builder takes the population, a person index and the seeded generator and returns the row as
the source would hold it (header -> cell text, ``None`` for a missing cell). The builders differ in
language, script, date habits and which fields they know; a small share of every field is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np

from unseen.demo.places import FACILITIES, PLACES
from unseen.demo.population import STATUSES, Population
from unseen.demo.spelling import (
    NameStyle,
    english_name,
    kazakh_cyrillic_name,
    uyghur_arabic_name,
    zh_name,
)
from unseen.demo.tables import GivenName, name_table

__all__ = ["EN_STATUS", "UG_STATUS", "Row", "RowBuilder", "county_row", "en_row", "kk_row", "ug_row"]

Row = dict[str, str | None]
RowBuilder = Callable[[Population, int, np.random.Generator], Row]

ZH_REASONS = ("有海外亲属", "去过敏感国家", "宗教活动", "使用境外软件", "不放心人员", "持有护照")
EN_STATUS: dict[str, tuple[str, ...]] = {
    "detained": ("detained", "Detained", "in camp", "In detention"),
    "sentenced": ("sentenced", "Sentenced", "sentenced to prison"),
    "released": ("released", "Released"),
    "missing": ("missing", "Missing", "disappeared", "whereabouts unknown"),
    "died_in_custody": ("died in custody", "Died in custody", "died in detention"),
}
UG_STATUS: dict[str, str] = {
    "detained": "تۇتۇلغان",
    "sentenced": "كېسىلگەن",
    "released": "قويۇپ بېرىلگەن",
    "missing": "دېرىكى يوق",
    "died_in_custody": "قاماقتا ۋاپات بولغان",
}
_EN_RELATIONS = ("brother", "sister", "son", "daughter", "wife", "husband", "nephew", "cousin", "friend")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def _day(value: np.datetime64) -> date:
    return value.astype("datetime64[D]").item()  # type: ignore[no-any-return]


def _maybe(value: str, rng: np.random.Generator, missing: float) -> str | None:
    return None if rng.random() < missing else value


def _pick(options: tuple[str, ...], rng: np.random.Generator) -> str:
    return options[int(rng.integers(0, len(options)))]


def _names(pop: Population, i: int) -> tuple[GivenName, GivenName]:
    table = name_table().names
    return table[int(pop.given[i])], table[int(pop.father[i])]


def _zh_date(d: date, rng: np.random.Generator) -> str:
    return d.isoformat() if rng.random() < 0.5 else f"{d.year}年{d.month}月{d.day}日"


def _conflicting(d: date, rng: np.random.Generator) -> date:
    """A stated birth date that disagrees with the one inside the ID number."""
    if d.day <= 12 and d.day != d.month and rng.random() < 0.5:
        return d.replace(month=d.day, day=d.month)  # day and month swapped by a clerk
    shift = int(rng.choice([-1, 1]))
    year = d.year + shift
    return d.replace(year=year, day=min(d.day, 28))


def county_row(pop: Population, i: int, rng: np.random.Generator, conflict_rate: float = 0.015) -> Row:
    """The leaked list: Chinese transcription, ID number, facility and intake date."""
    given, father = _names(pop, i)
    born = _day(pop.birth[i])
    stated = _conflicting(born, rng) if rng.random() < conflict_rate else born
    return {
        "姓名": zh_name(given, father, rng),
        "性别": "男" if pop.male[i] else "女",
        "民族": "哈萨克族" if pop.kazakh[i] else "维吾尔族",
        "出生日期": _zh_date(stated, rng),
        "身份证号": str(pop.id_number[i]),
        "籍贯": _maybe(PLACES[int(pop.place[i])].zh, rng, 0.03),
        "关押地点": FACILITIES[int(pop.facility[i])].name_zh,
        "收押时间": _maybe(_zh_date(_day(pop.detained[i]), rng), rng, 0.03),
        "原因": _maybe(_pick(ZH_REASONS, rng), rng, 0.1),
    }


def _en_born(d: date, rng: np.random.Generator) -> str | None:
    u = rng.random()
    if u < 0.4:
        return str(d.year)
    if u < 0.6:
        return f"{d.year}-{d.month:02d}"
    if u < 0.9:
        return f"{d:%d.%m.%Y}"
    return None


def _en_detained(d: date, rng: np.random.Generator) -> str | None:
    u = rng.random()
    if u < 0.4:
        return d.isoformat()
    if u < 0.75:
        return f"{_EN_MONTHS[d.month - 1]} {d.year}"
    if u < 0.9:
        return str(d.year)
    return None


def _en_witness(pop: Population, i: int, relation: str, rng: np.random.Generator) -> str:
    """A relative's name; a brother or sister shares the detainee's father's name."""
    table = name_table()
    kazakh = bool(pop.kazakh[i])
    male = relation in ("brother", "son", "husband", "nephew") or (relation in ("cousin", "friend")
                                                                   and rng.random() < 0.5)
    group = table.group(kazakh, male)
    own = table.names[int(rng.choice(group, p=table.weights(kazakh, male)))]
    if relation in ("brother", "sister"):
        father = table.names[int(pop.father[i])]
    elif relation in ("son", "daughter") and pop.male[i]:
        father = table.names[int(pop.given[i])]
    else:
        father = table.names[int(rng.choice(table.group(kazakh, True)))]
    return f"{own.english[0]} {father.english[0]}"


def _en_testimony(pop: Population, i: int, rng: np.random.Generator) -> str:
    he, him, his = ("He", "him", "his") if pop.male[i] else ("She", "her", "her")
    place = PLACES[int(pop.place[i])].english[0]
    facility = FACILITIES[int(pop.facility[i])].english_variants[1]
    year = _day(pop.detained[i]).year
    templates = (
        f"{he} was taken from {his} home in {place} in {year} and the family has heard nothing since.",
        f"Police came at night and took {him} away; relatives later heard {he.lower()} was in {facility}.",
        f"{he} was last seen at {facility}. Calls to the local police station went unanswered.",
        f"{he} phoned once from {facility} in {year}; since then there has been no news.",
    )
    return _pick(templates, rng)


def en_row(pop: Population, i: int, rng: np.random.Generator) -> Row:
    """A relative's English-language testimony, as collected by a diaspora group."""
    given, father = _names(pop, i)
    male, kazakh = bool(pop.male[i]), bool(pop.kazakh[i])
    relation = _pick(_EN_RELATIONS, rng)
    facility = FACILITIES[int(pop.facility[i])]
    place = PLACES[int(pop.place[i])]
    gender = _pick(("M", "male", "Male") if male else ("F", "female", "Female"), rng)
    return {
        "Name": english_name(given, father, kazakh, male, NameStyle(reversed=0.1, one_part=0.07), rng),
        "Gender": _maybe(gender, rng, 0.03),
        "Born": _en_born(_day(pop.birth[i]), rng),
        "Place of birth": _maybe(_pick(place.english, rng), rng, 0.08),
        "Last known location": _maybe(_pick(facility.english_variants, rng), rng, 0.1),
        "Detained": _en_detained(_day(pop.detained[i]), rng),
        "Status": _pick(EN_STATUS[STATUSES[int(pop.status[i])]], rng),
        "Witness name": _en_witness(pop, i, relation, rng),
        "Witness contact": _maybe(f"witness{int(rng.integers(1000, 10000))}@example.org", rng, 0.2),
        "Relation to detainee": relation,
        "Testimony": _en_testimony(pop, i, rng),
    }


def _ug_testimony(pop: Population, i: int, rng: np.random.Generator) -> str:
    year = _day(pop.detained[i]).year
    facility = FACILITIES[int(pop.facility[i])].name_ug
    templates = (
        f"ئۇ {year}-يىلى تۇتۇلغان، شۇندىن بۇيان ئائىلىسىدىكىلەر ئۇنىڭدىن خەۋەر ئالالمىدى.",
        "ساقچىلار ئۇنى كېچىدە ئۆيىدىن ئېلىپ كەتكەن.",
        f"ئۇ ئەڭ ئاخىرقى قېتىم {facility}دا كۆرۈلگەن.",
    )
    return _pick(templates, rng)


def _ug_witness(pop: Population, i: int, rng: np.random.Generator) -> str:
    table = name_table()
    own = table.names[int(rng.choice(table.group(bool(pop.kazakh[i]), bool(rng.random() < 0.5))))]
    return f"{own.arabic} {table.names[int(pop.father[i])].arabic}"


def ug_row(pop: Population, i: int, rng: np.random.Generator) -> Row:
    """A Uyghur-language testimony in Arabic script; birth mostly given as a year."""
    given, father = _names(pop, i)
    born = _day(pop.birth[i])
    detained = _day(pop.detained[i])
    return {
        "ئىسمى": uyghur_arabic_name(given, father, NameStyle(reversed=0.08, one_part=0.05), rng),
        "جىنسى": _maybe("ئەر" if pop.male[i] else "ئايال", rng, 0.03),
        "تۇغۇلغان يىلى": _maybe(str(born.year) if rng.random() < 0.8 else born.isoformat(), rng, 0.08),
        "تۇغۇلغان يېرى": _maybe(PLACES[int(pop.place[i])].arabic, rng, 0.06),
        "تۇتۇلغان ۋاقتى": _maybe(f"{detained.year}-{detained.month:02d}" if rng.random() < 0.6
                                 else str(detained.year), rng, 0.1),
        "ئورنى": _maybe(FACILITIES[int(pop.facility[i])].name_ug, rng, 0.1),
        "ئەھۋالى": UG_STATUS[STATUSES[int(pop.status[i])]],
        "گۇۋاھچى": _ug_witness(pop, i, rng),
        "گۇۋاھلىق": _ug_testimony(pop, i, rng),
    }


def _kk_testimony(pop: Population, i: int, rng: np.random.Generator) -> str:
    year = _day(pop.detained[i]).year
    templates = (
        f"Ол {year} жылы ұсталды, содан бері хабар жоқ.",
        "Полиция оны түнде үйінен алып кетті.",
        f"Туыстары оны соңғы рет {year} жылы көрді.",
    )
    return _pick(templates, rng)


def kk_row(pop: Population, i: int, rng: np.random.Generator) -> Row:
    """A Kazakh-language testimony in Cyrillic, as collected in Kazakhstan."""
    given, father = _names(pop, i)
    male, kazakh = bool(pop.male[i]), bool(pop.kazakh[i])
    born = _day(pop.birth[i])
    table = name_table()
    witness = table.names[int(rng.choice(table.group(kazakh, bool(rng.random() < 0.5))))]
    return {
        "Аты-жөні": kazakh_cyrillic_name(given, father, kazakh, male, NameStyle(reversed=0.06, one_part=0.05),
                                         rng),
        "Жынысы": _maybe("Е" if male else "Ә", rng, 0.03),
        "Туған күні": _maybe(f"{born:%d.%m.%Y}" if rng.random() < 0.65 else str(born.year), rng, 0.08),
        "Туған жері": _maybe(PLACES[int(pop.place[i])].kazakh, rng, 0.05),
        "Ұсталған орны": _maybe(FACILITIES[int(pop.facility[i])].name_ru, rng, 0.1),
        "Ұсталған күні": _maybe(f"{_day(pop.detained[i]):%d.%m.%Y}", rng, 0.1),
        "Куә": f"{witness.cyrillic} {father.cyrillic}",
        "Куәлік": _kk_testimony(pop, i, rng),
    }
