"""A quick synthetic cross-script records table with known truth, for linkage tests and benches.

Synthetic people only: given names from the demo's curated lists, combined at random. Each person
is written by one to four sources in different scripts (a Chinese police list with IDs, English
testimony with a birth year only, an Arabic-script Uyghur report, a Cyrillic list), with typos,
swapped name order, dropped father's names and ID typos; hard negatives are namesakes (same names,
same birth year, different man) and brothers (same father's name and place).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pandas as pd

from unseen.demo.alphabets import uly_to_arabic, uly_to_cyrillic, uly_to_english
from unseen.demo.idcard import make_id_number
from unseen.demo.names_data import UYGHUR_FEMALE, UYGHUR_MALE, parse_entries

PLACES = {  # key: (ULY, English, Arabic script, Chinese, region code)
    "kashgar": ("Qeshqer", "Kashgar", "قەشقەر", "喀什", "653101"),
    "hotan": ("Xoten", "Hotan", "خوتەن", "和田", "653201"),
    "aksu": ("Aqsu", "Aksu", "ئاقسۇ", "阿克苏", "652901"),
    "turpan": ("Turpan", "Turfan", "تۇرپان", "吐鲁番", "650402"),
    "ghulja": ("Ghulja", "Yining", "غۇلجا", "伊宁", "654002"),
    "korla": ("Korla", "Korla", "كورلا", "库尔勒", "652801"),
    "urumqi": ("Ürümchi", "Urumqi", "ئۈرۈمچى", "乌鲁木齐", "650102"),
    "atush": ("Atush", "Artush", "ئاتۇش", "阿图什", "653001"),
}
FACILITIES = [
    "Dabancheng camp",
    "Kashgar No.1 detention centre",
    "Hotan prison",
    "Aksu re-education centre",
    "Urumqi No.3 detention centre",
    "Korla vocational centre",
]


@dataclass(frozen=True)
class _Name:
    uly: str
    zh: str


@dataclass
class _Person:
    given: _Name
    father: _Name
    male: bool
    birth: dt.date
    place: str
    id_number: str
    facility: str


def _names(block: str) -> list[_Name]:
    return [_Name(u.lower(), z) for u, z in parse_entries(block)]


MALE, FEMALE = _names(UYGHUR_MALE), _names(UYGHUR_FEMALE)


def _person(rng: random.Random, father: _Name | None = None, place: str | None = None) -> _Person:
    male = rng.random() < 0.6
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 65 * 365))
    place = place or rng.choice(list(PLACES))
    seq = rng.randrange(0, 999)
    seq = seq | 1 if male else seq & ~1
    return _Person(
        given=rng.choice(MALE if male else FEMALE),
        father=father or rng.choice(MALE),
        male=male,
        birth=birth,
        place=place,
        id_number=make_id_number(PLACES[place][4], birth, seq),
        facility=rng.choice(FACILITIES),
    )


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1 :] if rng.random() < 0.5 else text[:i] + text[i] + text[i:]


def _id_typo(number: str, rng: random.Random) -> str:
    i = rng.randrange(0, 17)
    return number[:i] + str((int(number[i]) + rng.randint(1, 9)) % 10) + number[i + 1 :]


def _record(p: _Person, kind: str, rng: random.Random) -> dict[str, str]:
    g, f = p.given.uly, p.father.uly
    swap = rng.random() < 0.08
    drop_father = rng.random() < 0.05
    if kind == "police":
        name = p.given.zh if drop_father else f"{p.given.zh}·{p.father.zh}"
        return {
            "source": "police-list",
            "full_name": name,
            "sex": "男" if p.male else "女",
            "birth_date": p.birth.isoformat(),
            "birthplace": PLACES[p.place][3],
            "id_number": p.id_number if rng.random() > 0.05 else _id_typo(p.id_number, rng),
            "facility": p.facility,
        }
    parts = [g] if drop_father else ([f, g] if swap else [g, f])
    if kind == "testimony":
        parts = [uly_to_english(x) for x in parts]
        if rng.random() < 0.15:
            parts[0] = _typo(parts[0], rng)
        year = p.birth.year + (rng.choice([-1, 1]) if rng.random() < 0.05 else 0)
        return {
            "source": "testimony",
            "full_name": " ".join(x.title() for x in parts),
            "sex": "M" if p.male else "F",
            "birth_date": str(year) if rng.random() > 0.1 else "",
            "birthplace": PLACES[p.place][1] if rng.random() > 0.2 else "",
            "id_number": "",
            "facility": p.facility if rng.random() < 0.5 else "",
        }
    if kind == "report":
        return {
            "source": "uyghur-report",
            "full_name": uly_to_arabic(" ".join(parts)),
            "sex": "",
            "birth_date": p.birth.isoformat() if rng.random() < 0.5 else str(p.birth.year),
            "birthplace": PLACES[p.place][2],
            "id_number": "",
            "facility": "",
        }
    return {
        "source": "cyrillic-list",
        "full_name": uly_to_cyrillic(" ".join(parts)).title(),
        "sex": "M" if p.male else "F",
        "birth_date": p.birth.strftime("%Y-%m"),
        "birthplace": PLACES[p.place][0],
        "id_number": "",
        "facility": p.facility,
    }


def synthetic_records(persons: int, seed: int = 7) -> pd.DataFrame:
    """Records of `persons` synthetic people with a `person` truth column; ~1.8 records a person."""
    rng = random.Random(seed)
    people: list[_Person] = []
    while len(people) < persons:
        p = _person(rng)
        people.append(p)
        roll = rng.random()
        if roll < 0.06:  # namesake: same names and birth year, a different man from elsewhere
            twin = _person(rng)
            twin.given, twin.father, twin.male = p.given, p.father, p.male
            twin.birth = dt.date(p.birth.year, rng.randint(1, 12), rng.randint(1, 28))
            people.append(twin)
        elif roll < 0.12:  # brother: same father's name and birthplace
            people.append(_person(rng, father=p.father, place=p.place))
    rows = []
    kinds = ["police", "testimony", "report", "cyrillic"]
    for index, p in enumerate(people[:persons]):
        n = rng.choices([1, 2, 3, 4], weights=[45, 35, 15, 5])[0]
        for kind in rng.sample(kinds, n):
            row = _record(p, kind, rng)
            row["record_id"] = f"r{len(rows):07d}"
            row["person"] = str(index)
            rows.append(row)
    columns = [
        "record_id",
        "source",
        "full_name",
        "sex",
        "birth_date",
        "birthplace",
        "id_number",
        "facility",
        "person",
    ]
    return pd.DataFrame(rows, columns=columns)
