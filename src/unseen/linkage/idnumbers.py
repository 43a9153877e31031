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

from unseen.ingest.chinese_id import check_character as prc_check_char  # one MOD 11-2 for the project

__all__ = ["IdFacts", "normalize_id", "prc_check_char", "id_facts"]

_STRIP = re.compile(r"[\s\-./]")


@dataclass(frozen=True)
class IdFacts:
    """What an ID number says beyond itself: birth date (ISO), sex ('M'/'F') and checksum validity."""

    birth_date: str | None
    sex: str | None
    valid_checksum: bool


def normalize_id(text: str | None) -> str:
    """Upper-case, drop spaces, dashes, dots and slashes; fold full-width digits to ASCII."""
    if not text:
        return ""
    folded = "".join(chr(ord(c) - 0xFEE0) if "\uff10" <= c <= "\uff5a" else c for c in text)
    return _STRIP.sub("", folded).upper()


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
