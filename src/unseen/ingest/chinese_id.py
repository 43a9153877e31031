"""Chinese resident identity numbers (GB 11643): 18 characters, ISO 7064 MOD 11-2 check character.

First-generation 15-digit numbers (no check character, two-digit year) are still found in old lists
and are accepted; their birth date is read as 19YYMMDD.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass

from unseen.ingest.errors import FieldError

CHECK_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))  # of the first 17 digits, MOD 11
CHECK_CHARACTERS = "10X98765432"  # the check character for each remainder


@dataclass(frozen=True)
class ChineseId:
    number: str
    birth_date: dt.date
    region: str


def check_character(first17: str) -> str:
    """The MOD 11-2 check character for the first 17 digits."""
    total = sum(map(operator.mul, map(int, first17), CHECK_WEIGHTS))
    return CHECK_CHARACTERS[total % 11]


def _birth_date(digits: str) -> dt.date:
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise FieldError(f"ID number holds an impossible birth date {digits}") from None


def parse_chinese_id(text: str) -> ChineseId:
    """Validate and read an ID number; spaces and a lower-case x are tolerated."""
    number = "".join(text.split()).upper()
    if len(number) == 18:
        if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
            raise FieldError(f"ID number {number!r} must be 17 digits and a digit or X")
        expected = check_character(number[:17])
        if number[17] != expected:
            raise FieldError(f"ID number {number} fails its check character (expected {expected})")
        return ChineseId(number, _birth_date(number[6:14]), number[:6])
    if len(number) == 15 and number.isdigit():
        return ChineseId(number, _birth_date("19" + number[6:12]), number[:6])
    raise FieldError(f"ID number {number!r} has {len(number)} characters, expected 18 (or 15)")
