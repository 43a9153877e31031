"""Turn validated records into the columns the Splink model compares.

Everything that needs Python (names through `unseen.names`, the gazetteer, dates, IDs) is computed
here once per distinct value, so a million records with a few hundred thousand distinct names cost
a few hundred thousand name look-ups, and the SQL engine only compares plain columns afterwards.
Facts inside a PRC ID fill a missing birth date or sex in the prepared copy only; the records
themselves are never changed. IDs also get near-keys, so that blocking finds an ID with a typo.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd

from unseen.ingest.dates import is_no_date
from unseen.ingest.errors import FieldError
from unseen.ingest.values import parse_sex
from unseen.linkage.dates import BirthDate, parse_birth_date
from unseen.linkage.facilities import facility_key, facility_place, facility_region
from unseen.linkage.gazetteer import Gazetteer, default_gazetteer, fold_place
from unseen.linkage.idnumbers import id_birth_and_sex, normalize_ids
from unseen.names import name_keys, split_name, to_latin, via_chinese
from unseen.names.keys import loosen
from unseen.names.parts import father_is_surname, order_marked
from unseen.names.placeholders import is_placeholder_name
from unseen.names.unbroken import split_as_names_say

__all__ = [
    "NameFeatures",
    "name_features",
    "prepare_records",
    "normalize_sex",
    "id_near_keys",
    "id_near_key_columns",
    "PREPARED_COLUMNS",
]

PREPARED_COLUMNS = (
    "unique_id",
    "source",
    "given_key",
    "father_key",
    "name_key",
    "loose_name_key",
    "name_prefix",
    "rare_name_key",
    "uncommon_name_key",
    "uncommon_loose_name_key",
    "uncommon_given_key",
    "via_chinese",
    "given_loose",
    "father_loose",
    "given_latin",
    "father_latin",
    "order_marked",
    "father_surname",
    "dob",
    "dob_year",
    "dob_month",
    "dob_precision",
    "place_key",
    "place_region",
    "sex",
    "id_number",
    "id_near0",
    "id_near1",
    "id_near2",
    "facility_key",
    "facility_place",
    "facility_region",
)
Progress = Callable[[int], None]
PREFIX = 3
# A name key held by this many records or fewer is blocked on alone (see `rare_values`) ...
RARE_NAME_RECORDS = 3
# ... and one held by this many or fewer where the birth years allow one person (one unknown, or at
# most a year apart): a testimony without a date, or with a year reckoned from an age, and no place
# in common. A block holds at most 190 pairs however large the data (70k pairs at a million records);
# on an outside probe, pairwise recall 0.735 -> 0.768. Beyond 20 it found nothing more there.
UNCOMMON_NAME_RECORDS = 20
# Shorter IDs make blocks of thousands on their near-keys at a million records.
ID_NEAR_MIN_LENGTH = 7
ID_NEAR_COLUMNS = ("id_near0", "id_near1", "id_near2")


class NameFeatures(NamedTuple):
    """Keys and Latin readings of a name's given and father's parts ('' where a part is absent),
    whether the name went through Chinese (characters or pinyin), whose losses loose keys forgive,
    whether an ending marks which part is the father's (`unseen.names.parts.order_marked`), and
    whether that part is a Russian-style surname, perhaps the grandfather's (`father_is_surname`)."""

    given_key: str
    father_key: str
    name_key: str
    loose_name_key: str
    name_prefix: str
    via_chinese: bool
    given_loose: str
    father_loose: str
    given_latin: str
    father_latin: str
    order_marked: bool
    father_surname: bool


@lru_cache(maxsize=1 << 16)
def _latin_part(part: str) -> str:
    """A name part's Latin reading without accents, for edit distances (parts repeat across names)."""
    decomposed = unicodedata.normalize("NFKD", to_latin(part).casefold())
    return "".join(c for c in decomposed if c.isalnum() or c == " ").strip()


def name_features(full_name: str) -> NameFeatures:
    """Name keys through `unseen.names`; a name it cannot read keeps a key of its own spelling, and
    no name has no keys (such a record is blocked only through its ID number)."""
    if not full_name.strip() or is_placeholder_name(full_name):
        return NameFeatures("", "", "", "", "", False, "", "", "", "", False, False)
    parts = split_name(full_name)
    given, father = parts.given or "", parts.father or ""
    keys = name_keys(full_name)  # keyed from the name as written (safer than re-keying Latin parts)
    given_key = keys[0] if keys else ""
    father_key = keys[1] if len(keys) > 1 and father else ""
    if not given_key and not father_key:
        given_key = "?" + fold_place(full_name)
    name_key = "|".join(sorted(k for k in (given_key, father_key) if k))
    # Loose keys drop the sounds Chinese transcription loses (gh/q/h, glides, final n), part by part,
    # so equal name keys always give equal loose name keys.
    given_loose = given_key if given_key.startswith("?") else loosen(given_key)
    father_loose = loosen(father_key)
    loose_name_key = "|".join(sorted(k for k in (given_loose, father_loose) if k))
    # Key prefixes survive the commonest reading differences (a suffix, an inserted vowel-glide).
    name_prefix = "|".join(sorted(k[:PREFIX] for k in (given_key, father_key) if k))
    return NameFeatures(
        given_key,
        father_key,
        name_key,
        loose_name_key,
        name_prefix,
        via_chinese(full_name),
        given_loose,
        father_loose,
        _latin_part(given) if given else "",
        _latin_part(father) if father else "",
        order_marked(full_name),
        father_is_surname(full_name),
    )


def normalize_sex(text: str) -> str:
    """'M', 'F' or '' (unknown, or a spelling nobody reads as a sex): the importer's spellings.

    The importer's table reads M, m, male, 男, Е, ер, ж, 1 and 2, erkek, ئەر ...; a value it cannot read
    is left unknown here rather than stopping a link run.
    """
    try:
        value = parse_sex(text)
    except FieldError:
        return ""
    return {"male": "M", "female": "F"}.get(value or "", "")


def _map_distinct(values: pd.Series, fn: Callable[[str], Any], progress: Progress | None
                  ) -> tuple[npt.NDArray[np.intp], list[Any]]:
    """`fn` of each distinct value, once, and each row's index into those results (-1 for a
    missing value); progress is reported in distinct values done."""
    codes, distinct = pd.factorize(values)
    results: list[Any] = []
    step = max(1, len(distinct) // 100)
    for i, value in enumerate(distinct):
        results.append(fn(value))
        if progress is not None and (i + 1) % step == 0:
            progress(step)
    if progress is not None:
        progress(len(distinct) % step)
    return codes, results


def _map_unique(values: pd.Series, fn: Callable[[str], object], progress: Progress | None) -> pd.Series:
    """Apply `fn` once per distinct value."""
    codes, results = _map_distinct(values, fn, progress)
    lookup = np.empty(len(results) + 1, dtype=object)
    lookup[:-1] = pd.Series(results, dtype=object).to_numpy()
    return pd.Series(lookup[codes], index=values.index)


def count_distinct_names(table: pd.DataFrame) -> int:
    """How many name look-ups `prepare_records` will make (for a progress bar's total)."""
    return int(table["full_name"].nunique())


def prepare_records(
    table: pd.DataFrame,
    gazetteer: Gazetteer | None = None,
    names: Callable[[str], NameFeatures] = name_features,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """The Splink input frame (columns `PREPARED_COLUMNS`) for a validated records table."""
    gazetteer = gazetteer or default_gazetteer()
    codes, features = _map_distinct(table["full_name"], names, progress)
    _split_unbroken_names(table["full_name"], codes, features, names)
    distinct = _nulls_for_empty(pd.DataFrame(features, columns=list(NameFeatures._fields)))
    out = distinct.take(codes).set_index(table.index)
    out.insert(0, "unique_id", table["record_id"])
    out.insert(1, "source", table["source"].where(table["source"] != "", None))
    ids = normalize_ids(table["id_number"])
    birth_in_id, sex_in_id = id_birth_and_sex(ids)
    births = _birth_columns(table["birth_date"], birth_in_id)
    out = pd.concat([out, births], axis=1)
    out["place_key"] = _map_unique(table["birthplace"], gazetteer.key, None)
    out["place_region"] = _map_unique(out["place_key"], gazetteer.region, None)
    sex = _map_unique(table["sex"], normalize_sex, None)
    out["sex"] = sex.where(sex != "", sex_in_id)
    out["id_number"] = ids
    out[list(ID_NEAR_COLUMNS)] = id_near_key_columns(ids)
    out["facility_key"] = _map_unique(table["facility"], facility_key, None)
    out["facility_place"] = _map_unique(out["facility_key"], facility_place, None)
    out["facility_region"] = _map_unique(out["facility_key"], facility_region, None)
    name_key = out["name_key"].fillna("")
    out["rare_name_key"] = rare_values(name_key, RARE_NAME_RECORDS)
    out["uncommon_name_key"] = rare_values(name_key, UNCOMMON_NAME_RECORDS)
    out["uncommon_loose_name_key"] = rare_values(out["loose_name_key"].fillna(""), UNCOMMON_NAME_RECORDS)
    out["uncommon_given_key"] = rare_values(out["given_key"].fillna(""), UNCOMMON_NAME_RECORDS)
    return _nulls_for_empty(out, [c for c in out.columns if c not in NameFeatures._fields])


def _split_unbroken_names(names: pd.Series, codes: npt.NDArray[np.intp], features: list[NameFeatures],
                          read: Callable[[str], NameFeatures]) -> None:
    """Features of Chinese names, in characters or pinyin, written without their dot, re-read with it
    where the run's own name parts say where it falls (see `unbroken`); `features` is indexed like
    `pd.factorize`."""
    distinct = pd.factorize(names)[1]  # in the order `_map_distinct` read them
    records = np.bincount(codes[codes >= 0], minlength=len(features))
    readable = {str(distinct[i]): int(records[i]) for i, f in enumerate(features) if f.given_key}
    split = split_as_names_say(readable)
    for i, name in enumerate(distinct):
        if name in split:
            features[i] = read(split[name])


def rare_values(values: pd.Series, at_most: int) -> pd.Series:
    """`values` where the value occurs at most `at_most` times in the column, else ''.

    A name this rare can be blocked on alone: its block holds a handful of pairs however large the
    data, and it finds the record whose birth date, place and ID were all written differently.
    """
    codes, distinct = pd.factorize(values)  # counted through codes: mapping strings took 0.3 s at 1M
    counts = np.bincount(codes, minlength=len(distinct))[codes]
    empty = np.asarray(distinct == "", dtype=bool)[codes]
    return values.where((counts <= at_most) & ~empty, "")


def id_near_keys(normalized: str) -> tuple[str, str, str]:
    """Blocking keys of which one survives any single typo in an ID: a replaced character or two
    neighbours swapped.

    Key j drops the characters at positions j, j+3, j+6, ... and sorts each run of two between them.
    A replaced character at position p leaves key p mod 3 as it was; a swap of p and p+1 leaves the
    key whose runs pair them. Each key keeps two thirds of the ID, so blocks stay small.
    """
    if len(normalized) < ID_NEAR_MIN_LENGTH:
        return "", "", ""
    first, second, third = (
        "|".join(_sorted_run(normalized[a:b]) for a, b in runs) for runs in _near_key_runs(len(normalized))
    )
    return first, second, third


@lru_cache(maxsize=64)
def _near_key_runs(length: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """For each near-key of an ID of `length`, the slices of the runs it keeps (one per length)."""
    return tuple(
        tuple((max(0, i + 1), i + 3) for i in range(j - 3, length, 3))
        for j in range(3)
    )


def id_near_key_columns(ids: pd.Series) -> pd.DataFrame:
    """`id_near_keys` for a column of normalized IDs (columns `ID_NEAR_COLUMNS`), computed for all IDs
    of one length at once on their bytes: a loop over the distinct IDs of a million records took 3 s."""
    codes, distinct = pd.factorize(ids)
    keys = np.full((len(distinct) + 1, 3), "", dtype=object)  # the last row stands for a missing ID
    lengths = np.fromiter((len(v) for v in distinct), dtype=np.int64, count=len(distinct))
    for length in np.unique(lengths[lengths >= ID_NEAR_MIN_LENGTH]).tolist():
        rows = np.flatnonzero(lengths == length)
        values = distinct[rows]
        try:
            chars = np.array(values, dtype=f"S{length}").view(np.uint8).reshape(len(rows), length)
        except UnicodeEncodeError:  # letters beyond ASCII: rare, done one by one
            keys[rows] = [id_near_keys(v) for v in values]
            continue
        for j, runs in enumerate(_near_key_runs(length)):
            keys[rows, j] = _joined_runs(chars, runs)
    return pd.DataFrame(keys[codes], columns=list(ID_NEAR_COLUMNS), index=ids.index)


def _joined_runs(chars: np.ndarray, runs: tuple[tuple[int, int], ...]) -> np.ndarray:
    """Each row's runs (slices of `chars`, a pair put in order) joined by '|', as Python strings."""
    separator = np.full(len(chars), ord("|"), dtype=np.uint8)
    pieces: list[np.ndarray] = []
    for i, (start, stop) in enumerate(runs):
        if i:
            pieces.append(separator)
        run = chars[:, start : min(stop, chars.shape[1])]
        if run.shape[1] == 2:
            pieces += [run.min(axis=1), run.max(axis=1)]
        else:
            pieces += list(run.T)
    joined = np.ascontiguousarray(np.column_stack(pieces))
    return joined.view(f"S{joined.shape[1]}").ravel().astype(str).astype(object)


def _sorted_run(run: str) -> str:
    return run if len(run) < 2 or run[0] <= run[1] else run[1] + run[0]


def _birth_columns(given: pd.Series, from_id: pd.Series) -> pd.DataFrame:
    """Birth date, year, month and precision. The ID's date fills in where the record has none,
    and stands in where it agrees with a vaguer stated date (1995 and an ID that says 1995-11-01):
    the birth date inside the ID is part of the ID's evidence. A stated date that conflicts with
    the ID's is kept as stated (the date comparison and the ID comparison each weigh their own)."""
    no_date = [v for v in given.unique().tolist() if v and is_no_date(v)]  # 0000-00-00 and the like
    stated = given.where(~given.isin(no_date), "")
    codes, distinct = _factorize_pairs(stated, from_id)
    parsed = [_effective_birth(said, in_id) for said, in_id in distinct] + [None]  # last: missing
    columns = {
        "dob": [b.iso() if b else None for b in parsed],
        "dob_year": pd.array([b.year if b else None for b in parsed], dtype="Int64"),
        "dob_month": pd.array([b.month if b else None for b in parsed], dtype="Int64"),
        "dob_precision": [b.precision if b else None for b in parsed],
    }
    return pd.DataFrame(columns).take(codes).set_index(given.index)


def _factorize_pairs(
    first: pd.Series, second: pd.Series
) -> tuple[npt.NDArray[np.intp], list[tuple[Any, Any]]]:
    """Codes of the distinct (first, second) pairs and the pairs (None for a missing value), like a
    MultiIndex's `factorize` but through integer codes: a MultiIndex builds a tuple per row, 0.8 s
    at a million records."""
    codes_a, uniques_a = pd.factorize(first)
    codes_b, uniques_b = pd.factorize(second)
    base = len(uniques_b) + 1  # codes shifted by one: 0 is a missing value
    codes, combined = pd.factorize((codes_a.astype(np.int64) + 1) * base + codes_b + 1)
    a, b = np.divmod(combined, base)
    return codes, [(uniques_a[i - 1] if i else None, uniques_b[j - 1] if j else None)
                   for i, j in zip(a.tolist(), b.tolist(), strict=True)]


def _effective_birth(stated: str, in_id: str) -> BirthDate | None:
    said = parse_birth_date(stated) if stated else None
    if said is not None and said.precision == "day" and said.month == 1 and said.day == 1:
        said = BirthDate(said.year, None, None, "year")  # 1 January: how many lists write "year only"
    known = parse_birth_date(in_id) if in_id else None
    if said is None or known is None:
        return said or known
    vaguer = said.precision != "day" and said.year == known.year and said.month in (None, known.month)
    return known if vaguer else said


def _nulls_for_empty(frame: pd.DataFrame, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Splink treats NULL as 'unknown'; an empty string would count as a value that agrees."""
    for column in columns or frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].where(frame[column] != "", None)
    return frame
