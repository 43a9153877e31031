"""Vectorised renderings of whole columns, for the million-row benchmark files.

The per-row builders in :mod:`unseen.demo.records` are clear but cost microseconds a row; these do
the same choices (same tables, same kinds of accident) on arrays, so that a million records take
seconds. Strings live in numpy object arrays; ``a + b`` on those concatenates element-wise.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from unseen.demo.places import FACILITIES, PLACES
from unseen.demo.population import Population, yyyymmdd_of
from unseen.demo.spelling import typo
from unseen.demo.tables import name_table

__all__ = [
    "arrange",
    "en_names",
    "kk_names",
    "partial_dates",
    "place_column",
    "facility_column",
    "ug_names",
    "zh_dates",
    "zh_names",
]

Strings = npt.NDArray[np.object_]
IntArray = npt.NDArray[np.int64]


def _table(attribute: str) -> Strings:
    return name_table().column(attribute)


def arrange(given: Strings, father: Strings, reversed_p: float, one_part_p: float,
            rng: np.random.Generator) -> Strings:
    """Given + father, with a share reversed (father first) and a share cut to the given name."""
    u = rng.random(len(given))
    out: Strings = np.where(u < one_part_p, given,
                            np.where(u < one_part_p + reversed_p, father + " " + given, given + " " + father))
    return out


def zh_names(pop: Population, idx: IntArray, rng: np.random.Generator) -> Strings:
    """Chinese transcription joined by the middle dot (a bullet now and then)."""
    zh = _table("zh")
    dots = np.where(rng.random(len(idx)) < 0.95, "·", "•").astype(object)
    out: Strings = zh[pop.given[idx]] + dots + zh[pop.father[idx]]
    return out


def _variants(pop_names: IntArray, rng: np.random.Generator) -> Strings:
    """Pick an English spelling per name: the usual one mostly, otherwise any variant."""
    names = name_table().names
    width = max(len(n.english) for n in names)
    padded = [list(n.english) + [n.english[0]] * (width - len(n.english)) for n in names]
    grid = np.array(padded, dtype=object)
    counts = np.array([len(n.english) for n in names])[pop_names]
    anyone = (rng.random(len(pop_names)) * counts).astype(np.int64)
    pick = np.where(rng.random(len(pop_names)) < 0.6, 0, anyone)
    out: Strings = grid[pop_names, pick]
    return out


def en_names(pop: Population, idx: IntArray, rng: np.random.Generator, reversed_p: float = 0.1,
             one_part_p: float = 0.07, typo_p: float = 0.06, pinyin_p: float = 0.06) -> Strings:
    """English spellings: variants, pinyin of the Chinese form, -uly/-kyzy, order accidents, typos."""
    given, father = _variants(pop.given[idx], rng), _variants(pop.father[idx], rng)
    kazakh, male = pop.kazakh[idx], pop.male[idx]
    pinyin = _table("pinyin")
    use_pinyin = ~kazakh & (rng.random(len(idx)) < pinyin_p)
    given = np.where(use_pinyin, pinyin[pop.given[idx]], given)
    father = np.where(use_pinyin, pinyin[pop.father[idx]], father)
    patronymic = kazakh & (rng.random(len(idx)) < 0.5)
    father = np.where(patronymic, father + np.where(male, "uly", "kyzy").astype(object), father)
    names = arrange(given, father, reversed_p, one_part_p, rng)
    for i in np.flatnonzero(rng.random(len(idx)) < typo_p):
        names[i] = typo(names[i], rng)
    return names


def ug_names(pop: Population, idx: IntArray, rng: np.random.Generator) -> Strings:
    """Uyghur Arabic script."""
    arabic = _table("arabic")
    return arrange(arabic[pop.given[idx]], arabic[pop.father[idx]], 0.08, 0.05, rng)


def kk_names(pop: Population, idx: IntArray, rng: np.random.Generator) -> Strings:
    """Kazakh Cyrillic, Kazakhs often with -ұлы/-қызы."""
    cyrillic = _table("cyrillic")
    father = cyrillic[pop.father[idx]]
    patronymic = pop.kazakh[idx] & (rng.random(len(idx)) < 0.6)
    suffix = np.where(pop.male[idx], "ұлы", "қызы").astype(object)
    father = np.where(patronymic, father + suffix, father)
    return arrange(cyrillic[pop.given[idx]], father, 0.06, 0.05, rng)


# Look-up tables: indexing an object array is much faster than formatting a million integers.
_YEARS = np.array([f"{y}年" for y in range(10000)], dtype=object)
_MONTHS = np.array([f"{m}月" for m in range(13)], dtype=object)
_DAYS = np.array([f"{d}日" for d in range(32)], dtype=object)


def zh_dates(days: npt.NDArray[np.datetime64], rng: np.random.Generator) -> Strings:
    """Half ISO (1978-03-14), half Chinese style (1978年3月14日)."""
    ymd = yyyymmdd_of(days)
    iso = np.datetime_as_string(days, unit="D").astype(object)
    chinese = _YEARS[ymd // 10000] + _MONTHS[ymd // 100 % 100] + _DAYS[ymd % 100]
    out: Strings = np.where(rng.random(len(days)) < 0.5, iso, chinese)
    return out


def partial_dates(days: npt.NDArray[np.datetime64], p_year: float, p_month: float, p_missing: float,
                  rng: np.random.Generator) -> Strings:
    """ISO dates cut to the precision a source gives: YYYY, YYYY-MM, YYYY-MM-DD, or empty."""
    u = rng.random(len(days))
    full = np.datetime_as_string(days, unit="D").astype(object)
    month = np.datetime_as_string(days.astype("datetime64[M]"), unit="M").astype(object)
    year = np.datetime_as_string(days.astype("datetime64[Y]"), unit="Y").astype(object)
    precise = np.where(u < p_missing + p_year + p_month, month, full)
    out: Strings = np.where(u < p_missing, "", np.where(u < p_missing + p_year, year, precise))
    return out


def place_column(place: IntArray, language: str, rng: np.random.Generator, p_missing: float) -> Strings:
    """Birthplaces as the source writes them (English picks among its spellings)."""
    if language == "en":
        width = max(len(p.english) for p in PLACES)
        grid = np.array([(list(p.english) * width)[:width] for p in PLACES], dtype=object)
        counts = np.array([len(p.english) for p in PLACES])[place]
        out = grid[place, (rng.random(len(place)) * counts).astype(np.int64)]
    else:
        attribute = {"zh": "zh", "ug": "arabic", "kk": "kazakh"}[language]
        out = np.array([getattr(p, attribute) for p in PLACES], dtype=object)[place]
    result: Strings = np.where(rng.random(len(place)) < p_missing, "", out)
    return result


def facility_column(facility: IntArray, language: str, rng: np.random.Generator, p_missing: float) -> Strings:
    """Facility names as the source writes them."""
    if language == "en":
        grid = np.array([list(f.english_variants) for f in FACILITIES], dtype=object)
        out = grid[facility, rng.integers(0, grid.shape[1], size=len(facility))]
    else:
        attribute = {"zh": "name_zh", "ug": "name_ug", "kk": "name_ru"}[language]
        out = np.array([getattr(f, attribute) for f in FACILITIES], dtype=object)[facility]
    result: Strings = np.where(rng.random(len(facility)) < p_missing, "", out)
    return result
