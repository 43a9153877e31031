"""The invented population: families of detainees, twins, detained fathers, namesakes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from . import names as N
from .fields import make_id
from .places import COUNTIES, FAC_BY_PREF, FACILITIES, HOME_WEIGHTS, TOWNS_BY_COUNTY

ETHNIC = ["uyghur", "kazakh", "kyrgyz", "hui", "han"]
ETHNIC_W = [0.70, 0.16, 0.05, 0.06, 0.03]


@dataclass
class Person:
    pid: str
    eth: str
    sex: str  # 'M' / 'F'
    given: str  # ULY (Uyghur), Cyrillic (Kazakh, Kyrgyz), Chinese characters (Hui, Han)
    father: str  # father's given name in the same scheme; '' for Hui and Han
    surname: str  # Chinese surname (Hui, Han); '' otherwise
    muslim: tuple | None  # Hui: entry of names.HUI_MUSLIM, or None
    birth: dt.date
    county: str
    town: tuple | None
    id_number: str
    facilities: list[str] = field(default_factory=list)
    family: int = 0


class _Sampler:
    def __init__(self, weights: dict[str, float]):
        self.keys = list(weights)
        w = np.array([weights[k] for k in self.keys], dtype=float)
        self.p = w / w.sum()

    def __call__(self, rng: np.random.Generator) -> str:
        return self.keys[int(rng.choice(len(self.keys), p=self.p))]


_GIVEN = {
    ("uyghur", "M"): _Sampler(N.UY_MALE),
    ("uyghur", "F"): _Sampler(N.UY_FEMALE),
    ("kazakh", "M"): _Sampler(N.KZ_MALE),
    ("kazakh", "F"): _Sampler(N.KZ_FEMALE),
    ("kyrgyz", "M"): _Sampler(N.KY_MALE),
    ("kyrgyz", "F"): _Sampler(N.KY_FEMALE),
    ("hui", "M"): _Sampler(N.CN_GIVEN_M),
    ("hui", "F"): _Sampler(N.CN_GIVEN_F),
    ("han", "M"): _Sampler(N.CN_GIVEN_M),
    ("han", "F"): _Sampler(N.CN_GIVEN_F),
}
_SURNAME = {"hui": _Sampler(N.HUI_SURNAMES), "han": _Sampler(N.HAN_SURNAMES)}
_HOME = {e: _Sampler(w) for e, w in HOME_WEIGHTS.items()}


def _birth(year: int, rng: np.random.Generator) -> dt.date:
    if rng.random() < 0.12:  # registered with a default date
        return dt.date(year, 1, 1) if rng.random() < 0.8 else dt.date(year, 7, 1)
    return dt.date(year, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))


def _facilities(county: str, sex: str, rng: np.random.Generator) -> list[str]:
    if rng.random() < 0.10:
        return []
    pref = COUNTIES[county].pref
    if rng.random() < 0.15:
        pref = str(rng.choice(sorted(FAC_BY_PREF)))
    local = FAC_BY_PREF[pref]
    kind_w = {"camp": 3.0, "detention": 1.2, "prison": 1.0, "xj_prison": 0.15, "women_prison": 0.0}
    w = np.array([kind_w[FACILITIES[k].kind] for k in local])
    out = [local[int(rng.choice(len(local), p=w / w.sum()))]]
    if rng.random() < 0.06:
        out[0] = "xj_women" if sex == "F" and rng.random() < 0.6 else f"xj_prison{rng.choice([1, 3, 4, 5])}"
    if rng.random() < 0.15:  # transferred: sources may name either place
        second = local[int(rng.integers(len(local)))]
        if second != out[0]:
            out.append(second)
    return out


def _new_person(
    eth: str,
    sex: str,
    given: str,
    father: str,
    surname: str,
    birth: dt.date,
    county: str,
    town: tuple | None,
    family: int,
    rng: np.random.Generator,
) -> Person:
    muslim = None
    if eth == "hui" and rng.random() < 0.5:
        opts = [m for m in N.HUI_MUSLIM if m[1] == sex]
        muslim = opts[int(rng.integers(len(opts)))]
    idn = make_id(COUNTIES[county].code, birth, sex, rng)
    return Person(
        "",
        eth,
        sex,
        given,
        father,
        surname,
        muslim,
        birth,
        county,
        town,
        idn,
        _facilities(county, sex, rng),
        family,
    )


def _given(eth: str, sex: str, rng: np.random.Generator, avoid: set[str]) -> str:
    for _ in range(20):
        g = _GIVEN[(eth, sex)](rng)
        if g not in avoid:
            return g
    return g


def _family(fam: int, rng: np.random.Generator) -> list[Person]:
    eth = ETHNIC[int(rng.choice(len(ETHNIC), p=ETHNIC_W))]
    county = _HOME[eth](rng)
    towns = TOWNS_BY_COUNTY.get(county, [])
    town = towns[int(rng.integers(len(towns)))] if towns and rng.random() < 0.4 else None
    chinese = eth in ("hui", "han")
    surname = _SURNAME[eth](rng) if chinese else ""
    father = "" if chinese else _GIVEN[(eth, "M")](rng)
    n_kids = int(rng.choice([1, 2, 3, 4], p=[0.72, 0.18, 0.07, 0.03]))
    year = int(np.clip(round(rng.normal(1981, 11)), 1945, 2002 - 2 * n_kids))
    twins = n_kids >= 2 and rng.random() < 0.12
    out: list[Person] = []
    used: set[str] = set()
    for k in range(n_kids):
        if twins and k == 1:
            first = out[0]
            pairs = [p for p in N.TWIN_PAIRS.get(eth, []) if p[0] == first.sex]
            sex = first.sex if rng.random() < 0.6 else ("F" if first.sex == "M" else "M")
            if pairs and sex == first.sex and rng.random() < 0.6:
                pair = pairs[int(rng.integers(len(pairs)))]
                first.given = pair[1]
                given = pair[2]
            else:
                given = _given(eth, sex, rng, used | {first.given})
            out.append(_new_person(eth, sex, given, father, surname, first.birth, county, town, fam, rng))
            used.add(given)
            continue
        if k > 0:
            year = min(year + int(rng.integers(1, 6)), 2003)
        sex = "M" if rng.random() < 0.66 else "F"
        given = _given(eth, sex, rng, used)
        used.add(given)
        out.append(_new_person(eth, sex, given, father, surname, _birth(year, rng), county, town, fam, rng))
    if rng.random() < 0.08 and year < 1995 and not chinese:  # the father was detained as well
        fyear = min(p.birth.year for p in out) - int(rng.integers(20, 36))
        grand = _GIVEN[(eth, "M")](rng)
        out.append(
            _new_person(eth, "M", father, grand, "", _birth(max(fyear, 1925), rng), county, town, fam, rng)
        )
    elif rng.random() < 0.04 and chinese:
        fyear = min(p.birth.year for p in out) - int(rng.integers(22, 34))
        g = _given(eth, "M", rng, used)
        out.append(
            _new_person(eth, "M", g, "", surname, _birth(max(fyear, 1925), rng), county, None, fam, rng)
        )
    return out


def make_people(rng: np.random.Generator) -> list[Person]:
    target = int(rng.integers(1700, 2301))
    people: list[Person] = []
    fam = 0
    while len(people) < target:
        fam += 1
        people.extend(_family(fam, rng))
    # namesakes: same full name, same birth year, same county, but different people
    n_same = int(0.025 * len(people))
    turkic = [p for p in people if p.eth in ("uyghur", "kazakh", "kyrgyz")]
    for _ in range(n_same):
        fam += 1
        src = turkic[int(rng.integers(len(turkic)))]
        birth = src.birth if rng.random() < 0.1 else _birth(src.birth.year, rng)
        twin = _new_person(
            src.eth,
            src.sex,
            src.given,
            src.father,
            "",
            birth,
            src.county,
            src.town if rng.random() < 0.3 else None,
            fam,
            rng,
        )
        people.append(twin)
    order = rng.permutation(len(people))
    people = [people[i] for i in order]
    for k, p in enumerate(people):
        p.pid = f"P{k + 1:05d}"
    return people
