"""The synthetic population: families, names, birth dates, places, ID numbers, detention.

Everything is drawn with numpy from one seeded generator and held as parallel arrays, so that the
same code serves the 300-person demo and the million-record linkage benchmark. The population is
built to contain the cases that make linkage hard: siblings who share their father's name,
namesakes (different people with the same full name and birth year), and popular names.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from unseen.demo.idcard import id_numbers
from unseen.demo.places import FACILITIES, PLACES
from unseen.demo.tables import name_table

__all__ = ["STATUSES", "Population", "generate_population", "yyyymmdd_of"]

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

STATUSES = ("detained", "sentenced", "released", "missing", "died_in_custody")
_STATUS_P = (0.55, 0.2, 0.12, 0.1, 0.03)
_FAMILY_SIZE_P = (0.6, 0.25, 0.1, 0.05)
_KAZAKH_SHARE = 0.2
_NAMESAKE_SHARE = 0.02
_DETENTION_START = np.datetime64("2017-01-01")
_DETENTION_DAYS = 900


@dataclass(frozen=True)
class Population:
    """Parallel arrays, one entry per person; indices point into the name/place/facility tables."""

    family: IntArray
    given: IntArray
    father: IntArray
    male: BoolArray
    kazakh: BoolArray
    birth: npt.NDArray[np.datetime64]
    place: IntArray
    id_number: npt.NDArray[np.object_]
    id_key: IntArray  # the first 17 digits of id_number, as an integer
    facility: IntArray
    detained: npt.NDArray[np.datetime64]
    status: IntArray

    def __len__(self) -> int:
        return len(self.given)


def yyyymmdd_of(days: npt.NDArray[np.datetime64]) -> IntArray:
    """Dates as integers 19780314, without a Python loop."""
    months = days.astype("datetime64[M]")
    year = months.astype(np.int64) // 12 + 1970
    month = months.astype(np.int64) % 12 + 1
    day = (days - months.astype("datetime64[D]")).astype(np.int64) + 1
    result: IntArray = (year * 10000 + month * 100 + day).astype(np.int64)
    return result


def _family_sizes(n: int, rng: np.random.Generator) -> IntArray:
    sizes = rng.choice(np.arange(1, 5), size=n, p=_FAMILY_SIZE_P)
    count = int(np.searchsorted(np.cumsum(sizes), n)) + 1
    sizes = sizes[:count].copy()
    sizes[-1] -= int(sizes.sum()) - n
    return sizes.astype(np.int64)


def _draw_names(kazakh: BoolArray, male: BoolArray, rng: np.random.Generator) -> IntArray:
    table = name_table()
    out = np.empty(len(kazakh), dtype=np.int64)
    for kz in (False, True):
        for m in (False, True):
            mask = (kazakh == kz) & (male == m)
            out[mask] = rng.choice(table.group(kz, m), size=int(mask.sum()), p=table.weights(kz, m))
    return out


def _draw_places(kazakh: BoolArray, rng: np.random.Generator) -> IntArray:
    out = np.empty(len(kazakh), dtype=np.int64)
    for kz in (False, True):
        w = np.array([p.kazakh_weight if kz else p.uyghur_weight for p in PLACES], dtype=np.float64)
        mask = kazakh == kz
        out[mask] = rng.choice(len(PLACES), size=int(mask.sum()), p=w / w.sum())
    return out


def _unique_sibling_names(family: IntArray, given: IntArray, father: IntArray, kazakh: BoolArray,
                          male: BoolArray, rng: np.random.Generator) -> IntArray:
    """Redraw a child's name while a sibling or the father already has it (parents rarely repeat)."""
    given = given.copy()
    for _ in range(10):
        key = family * 10_000 + given
        _, first = np.unique(key, return_index=True)
        redraw = np.ones(len(key), dtype=bool)
        redraw[first] = False
        redraw |= given == father
        if not redraw.any():
            break
        given[redraw] = _draw_names(kazakh[redraw], male[redraw], rng)
    return given


def _birth_dates(family: IntArray, sizes: IntArray, rng: np.random.Generator) -> npt.NDArray[np.datetime64]:
    """Siblings one to five years apart around a family base year."""
    base = np.clip(rng.normal(1976, 11, size=len(sizes)), 1940, 1996).astype(np.int64)
    gaps = rng.integers(1, 6, size=len(family))
    cum = np.cumsum(gaps)
    order_offset = cum - np.repeat(cum[np.cumsum(sizes) - sizes], sizes)  # 0 for the eldest
    years = np.minimum(base[family] + order_offset, 2001)  # the detained are adults
    jan1 = (years - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    days = rng.integers(0, 365, size=len(family)).astype("timedelta64[D]")
    births: npt.NDArray[np.datetime64] = jan1 + days
    return births


def _add_namesakes(pop: dict[str, np.ndarray], sizes: IntArray, rng: np.random.Generator) -> None:
    """Give some only children the full name and birth year of an unrelated person of their people."""
    n = len(pop["given"])
    singles = np.flatnonzero(sizes[pop["family"]] == 1)
    count = min(len(singles), int(round(n * _NAMESAKE_SHARE)))
    if count == 0:
        return
    targets = rng.choice(singles, size=count, replace=False)
    sources = np.empty(count, dtype=np.int64)
    for kz in (False, True):
        pool = np.flatnonzero(pop["kazakh"] == kz)
        mask = pop["kazakh"][targets] == kz
        sources[mask] = rng.choice(pool, size=int(mask.sum()))
    keep = pop["family"][sources] != pop["family"][targets]
    targets, sources = targets[keep], sources[keep]
    for field in ("given", "father", "male"):
        pop[field][targets] = pop[field][sources]
    years = pop["birth"][sources].astype("datetime64[Y]")
    days = rng.integers(0, 365, size=len(targets)).astype("timedelta64[D]")
    pop["birth"][targets] = years.astype("datetime64[D]") + days


def _draw_facilities(place: IntArray, rng: np.random.Generator) -> IntArray:
    """Mostly a facility near the birthplace, sometimes anywhere."""
    out = rng.integers(0, len(FACILITIES), size=len(place))
    local = rng.random(len(place)) < 0.8
    for p_index, p in enumerate(PLACES):
        near = [i for i, f in enumerate(FACILITIES) if p.key in f.near]
        mask = local & (place == p_index)
        if near and mask.any():
            out[mask] = rng.choice(near, size=int(mask.sum()))
    return out


def _draw_ids(pop: dict[str, np.ndarray], rng: np.random.Generator,
              taken: IntArray | None) -> tuple[IntArray, npt.NDArray[np.object_]]:
    """ID numbers from the true birthplace and birth date; sequences redrawn until unique.

    ``taken`` (sorted 17-digit keys) lets a caller that generates in chunks keep IDs unique
    across chunks. Returns the 17-digit keys and the full 18-character numbers.
    """
    regions = np.array([int(p.region_code) for p in PLACES], dtype=np.int64)[pop["place"]]
    yyyymmdd = yyyymmdd_of(pop["birth"])
    male = pop["male"].astype(np.int64)
    seq = rng.integers(0, 500, size=len(male)) * 2 + male
    for _ in range(50):
        key = (regions * 10**8 + yyyymmdd) * 1000 + seq
        _, first = np.unique(key, return_index=True)
        dup = np.ones(len(key), dtype=bool)
        dup[first] = False
        if taken is not None and len(taken):
            dup |= np.isin(key, taken, assume_unique=False)
        if not dup.any():
            return key, id_numbers(regions, yyyymmdd, seq)
        seq[dup] = rng.integers(0, 500, size=int(dup.sum())) * 2 + male[dup]
    raise ValueError("could not draw unique ID numbers; too many people per birthplace and date")


def generate_population(n: int, rng: np.random.Generator, taken_ids: IntArray | None = None) -> Population:
    """Draw ``n`` synthetic people in families; deterministic given the generator's state.

    ``taken_ids``: sorted 17-digit ID keys already used (by earlier chunks), to avoid.
    """
    if n < 1:
        raise ValueError(f"need at least one person, got {n}")
    sizes = _family_sizes(n, rng)
    family = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    kazakh = (rng.random(len(sizes)) < _KAZAKH_SHARE)[family]
    male = rng.random(n) < 0.5
    fathers = _draw_names(kazakh[np.cumsum(sizes) - sizes], np.ones(len(sizes), dtype=bool), rng)
    pop: dict[str, np.ndarray] = {
        "family": family,
        "kazakh": kazakh,
        "male": male,
        "father": fathers[family],
        "place": _draw_places(kazakh[np.cumsum(sizes) - sizes], rng)[family],
        "birth": _birth_dates(family, sizes, rng),
    }
    drawn = _draw_names(kazakh, male, rng)
    pop["given"] = _unique_sibling_names(family, drawn, pop["father"], kazakh, male, rng)
    _add_namesakes(pop, sizes, rng)
    pop["id_key"], pop["id_number"] = _draw_ids(pop, rng, taken_ids)
    pop["facility"] = _draw_facilities(pop["place"], rng)
    pop["detained"] = _DETENTION_START + rng.integers(0, _DETENTION_DAYS, size=n).astype("timedelta64[D]")
    pop["status"] = rng.choice(len(STATUSES), size=n, p=_STATUS_P)
    return Population(**pop)
