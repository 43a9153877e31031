"""National ID numbers: normalisation and the facts a PRC resident ID carries inside it.

An 18-character PRC resident identity number is 6 digits of region, 8 of birth date (YYYYMMDD),
3 of sequence (odd for men, even for women) and one ISO 7064 MOD 11-2 check character (0-9 or X).
A source that gives the ID but no birth date still tells us the birth date, and a typo in the
ID usually breaks the check character, which lets the model treat a one-digit difference as a typo.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from unseen.ingest.chinese_id import (  # one MOD 11-2 for the project
    CHECK_CHARACTERS,
    CHECK_WEIGHTS,
    is_scientific_notation,
    unwrapped_id,
)
from unseen.ingest.chinese_id import check_character as prc_check_char

__all__ = ["IdFacts", "normalize_id", "normalize_ids", "prc_check_char", "id_facts", "id_birth_and_sex",
           "failing_check", "identity_codes", "upgraded_prc_id"]

_STRIP = re.compile(r"[\s\x00-\x1f\-./]")
_NOT_ASCII = r"[^\x00-\x7f]"
# Digits, X and separators only: the values the column functions below read without Python.
_PLAIN = r"[0-9Xx\s\x00-\x1f\-./]*"
_PRC = r"\d{17}[\dX]"


@dataclass(frozen=True)
class IdFacts:
    """What an ID number says beyond itself: birth date (ISO), sex ('M'/'F') and checksum validity."""

    birth_date: str | None
    sex: str | None
    valid_checksum: bool


def normalize_id(text: str | None) -> str:
    """Upper-case, drop spaces, control characters, dashes, dots and slashes; fold full-width digits;
    unwrap what spreadsheets and clerks put around a Chinese ID (`'6531…`, `="6531…"`, `ID: 6531…`);
    a first-generation 15-digit PRC ID as the 18-character ID it became (`upgraded_prc_id`).

    An ID in scientific notation (`6.53101E+17`) is no ID: a spreadsheet rounded it, and two people's
    rounded numbers would otherwise agree exactly."""
    if not text or is_scientific_notation(text):
        return ""
    normalized = _STRIP.sub("", unwrapped_id(text)).upper()  # unwrapped_id folds full-width forms (NFKC)
    if not any(c.isdigit() for c in normalized):  # no number at all ("abc!@#", "none"): no ID to compare
        return ""
    return upgraded_prc_id(normalized)


def upgraded_prc_id(normalized: str) -> str:
    """A 15-digit PRC ID (1984-1999: two-digit year, no check character) as its 18-character form,
    19 put before the year and the check character after, as the 1999 standard converted them, so an
    old list and a new one give one person one number; any other value as it is."""
    if len(normalized) != 15 or not normalized.isdigit():
        return normalized
    if _embedded_birth_date("19" + normalized[6:12]) is None:
        return normalized
    first17 = normalized[:6] + "19" + normalized[6:]
    return first17 + prc_check_char(first17)


def id_facts(normalized: str) -> IdFacts:
    """Birth date, sex and checksum validity of an 18-character PRC ID; empty facts otherwise."""
    if len(normalized) != 18 or not normalized[:17].isdigit() or normalized[17] not in "0123456789X":
        return IdFacts(None, None, False)
    valid = prc_check_char(normalized[:17]) == normalized[17]
    birth = _embedded_birth_date(normalized[6:14])
    sex = "M" if int(normalized[16]) % 2 == 1 else "F"
    return IdFacts(birth, sex, valid)


def _embedded_birth_date(digits: str) -> str | None:
    try:
        day = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    if day.year < 1880 or day > dt.date.today():
        return None
    return day.isoformat()


# A million records hold about as many distinct IDs, so the per-value functions above cost seconds
# there; the column versions below give the same results through Arrow's string kernels.


def normalize_ids(raw: pd.Series) -> pd.Series:
    """`normalize_id` for a whole column of text ('' for none), as Python strings."""
    text = raw.fillna("").astype("string[pyarrow]")
    stripped = text.str.replace(_STRIP.pattern, "", regex=True).str.upper()
    out = stripped.astype(object)
    old = stripped.str.fullmatch(r"\d{15}").to_numpy(dtype=bool)
    if old.any():  # first-generation IDs
        out[old] = out[old].map(upgraded_prc_id)
    other = ~text.str.fullmatch(_PLAIN).to_numpy(dtype=bool)
    out[~other & ~stripped.str.contains("[0-9]").to_numpy(dtype=bool)] = ""  # no number: no ID
    if other.any():  # wrapped, labelled, rounded, full-width or other scripts' digits: per value
        out[other] = raw[other].map(normalize_id)
    return out


def id_birth_and_sex(normalized: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Birth date (ISO) and sex ('M'/'F') inside each normalised PRC ID of a column, '' where none:
    the facts of `id_facts`, for a whole column."""
    text = normalized.fillna("").astype("string[pyarrow]")
    prc = text.str.fullmatch(_PRC).to_numpy(dtype=bool)
    day = pd.to_datetime(text.str.slice(6, 14).where(prc, None), format="%Y%m%d", errors="coerce")
    known = prc & (day.dt.year >= 1880).fillna(False).to_numpy(dtype=bool)
    known &= (day <= pd.Timestamp.today()).fillna(False).to_numpy(dtype=bool)
    iso = day.dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
    birth = pd.Series(np.where(known, iso, ""), index=normalized.index, dtype=object)
    odd = pd.to_numeric(text.str.slice(16, 17).where(prc, None), errors="coerce").to_numpy() % 2 == 1
    sex = pd.Series(np.where(prc, np.where(odd, "M", "F"), ""), index=normalized.index, dtype=object)
    other = text.str.contains(_NOT_ASCII, regex=True).to_numpy(dtype=bool)
    if other.any():  # digits of other scripts: the per-value reading, as it is
        facts = normalized[other].map(id_facts)
        birth[other] = facts.map(lambda f: f.birth_date or "")
        sex[other] = facts.map(lambda f: f.sex or "")
    return birth, sex


def failing_check(normalized: pd.Series) -> npt.NDArray[np.bool_]:
    """Which normalised IDs have the shape of a PRC ID (17 digits and a check character) and the
    wrong check character: a copying error somewhere in them, which a user should hear of. They
    are still compared as written (one typo apart stays a near match)."""
    prc, _, passes = _prc_checks(normalized)
    out = np.zeros(len(normalized), dtype=bool)
    out[prc] = ~passes
    return out


_CHECK_WEIGHTS = np.array(CHECK_WEIGHTS, dtype=np.int64)
_CHECK_CHARACTERS = np.frombuffer(CHECK_CHARACTERS.encode("ascii"), dtype=np.uint8)
_PLACES = 10 ** np.arange(16, -1, -1, dtype=np.int64)


def _prc_checks(
    normalized: pd.Series,
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """Which values have the shape of a PRC ID; for those, their first 17 digits as one number and
    whether their check character is right (MOD 11-2 on a matrix of digits: a million IDs one at a
    time in Python took seconds)."""
    text = normalized.fillna("").astype("string[pyarrow]")
    prc = text.str.fullmatch(_PRC).to_numpy(dtype=bool)
    shaped = normalized[prc].to_numpy(dtype=object)
    raw = np.frombuffer("".join(shaped).encode("ascii"), dtype=np.uint8).reshape(-1, 18)
    digits = raw[:, :17].astype(np.int64) - ord("0")
    passes = _CHECK_CHARACTERS[(digits @ _CHECK_WEIGHTS) % 11] == raw[:, 17]
    return prc, digits @ _PLACES, passes


def identity_codes(normalized: pd.Series) -> npt.NDArray[np.int64]:
    """Each PRC ID that passes its check character as a number (its first 17 digits), -1 for any
    other value.

    MOD 11-2 catches every single-character slip and every swap of neighbours, so two IDs that
    both pass and still differ were not copied from one card: they are two people, however alike
    the rest of their records. IDs that fail their check, or are not PRC IDs, say nothing here.
    """
    prc, number, passes = _prc_checks(normalized)
    out = np.full(len(normalized), -1, dtype=np.int64)
    out[np.flatnonzero(prc)[passes]] = number[passes]
    return out
