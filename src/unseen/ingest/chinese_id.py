"""Chinese resident identity numbers (GB 11643): 18 characters, ISO 7064 MOD 11-2 check character.

First-generation 15-digit numbers (no check character, two-digit year) are still found in old lists
and are accepted; their birth date is read as 19YYMMDD.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
from dataclasses import dataclass

from unseen.ingest.errors import FieldError

CHECK_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))  # of the first 17 digits, MOD 11
CHECK_CHARACTERS = "10X98765432"  # the check character for each remainder
_CHINESE_ID_LENGTHS = {14, 15, 16, 17, 18, 19}  # 18 and 15, and a digit or so more or less (typos)
# How spreadsheets and clerks wrap an ID number: Excel's text marks ('6531…, ="6531…"), a label
# (ID: 6531…, 身份证号：6531…), and dashes, dots or spaces between its groups (653101-19780314-1239).
_ID_WRAPPER = re.compile(r'^(?:\'|="(.*)"$)')
_ID_LABEL = re.compile(r"^[^\d:：]{1,16}[:：]\s*")
_ID_SEPARATORS = re.compile(r"[\s\-‐‑–—./_]")
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


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


def has_chinese_id_shape(text: str) -> bool:
    """Whether `text` (spaces aside) is digits, perhaps ending in X, as long as a Chinese ID or nearly."""
    compact = "".join(text.split()).upper()
    return len(compact) in _CHINESE_ID_LENGTHS and compact.rstrip("X").isdigit()


def is_scientific_notation(text: str) -> bool:
    """`6.53101E+17`: an ID a spreadsheet turned into a number, its last digits lost for good."""
    return bool(_SCIENTIFIC.match(text.strip()))


def unwrapped_id(text: str) -> str:
    """An ID number as its digits, where what wraps them is an Excel text mark, a label or
    separators and the rest has the shape of a Chinese ID; otherwise the text as given (other
    countries' numbers and passports are kept as written). Full-width digits are read as digits."""
    text = unicodedata.normalize("NFKC", text).strip()
    bare = _ID_WRAPPER.sub(lambda m: m.group(1) or "", text)
    bare = _ID_LABEL.sub("", bare)
    compact = _ID_SEPARATORS.sub("", bare)
    return compact if has_chinese_id_shape(compact) else text
