"""Birth dates with their precision: a testimony may give only a year, a police list the full date.

Comparing a year-only date with a full date must not count as a disagreement, so the precision travels
with the value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from unseen.ingest.dates import DAY, YEAR, parse_date
from unseen.ingest.errors import FieldError

__all__ = ["BirthDate", "Precision", "parse_birth_date", "EARLIEST_BIRTH_YEAR"]

Precision = Literal["year", "month", "day"]
EARLIEST_BIRTH_YEAR = 1880
_PATTERN = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class BirthDate:
    """A birth date known to `precision`; month/day are None when not known."""

    year: int
    month: int | None
    day: int | None
    precision: Precision

    def iso(self) -> str:
        """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the value is."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_birth_date(text: str | None, today: dt.date | None = None) -> BirthDate | None:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or a spelling the importer reads); empty gives None.

    Raises ValueError with a reason for anything else, including dates that cannot exist
    (2001-02-30, month 13) or lie in the future or before 1880.
    """
    value = (text or "").strip()
    if not value:
        return None
    match = _PATTERN.match(value)
    if match and not match.group(3) and _ends_a_range(match.group(1), match.group(2)):
        match = None  # not YYYY-MM: 1975-78 is a range of years, which the importer's reading says
    if match is None or "-00" in value:  # (a zero month or day is unknown, as the importer reads it)
        spelled = _other_spelling(value)
        if spelled is None:  # a spelling of "no date": 0000-00-00, XX.XX.XXXX
            return None
        year, month, day = spelled
    else:
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else None
        day = int(match.group(3)) if match.group(3) else None
    _check_exists(year, month, day, value)
    _check_plausible(year, month, day, value, today or dt.date.today())
    precision: Precision = "year" if month is None else ("month" if day is None else "day")
    return BirthDate(year, month, day, precision)


def _ends_a_range(year: str, month: str | None) -> bool:
    """Whether YYYY-NN reads as a range of years rather than a month: NN is no month and later than
    the year's own last two digits (1975-78; 1980-13 is a month that cannot be)."""
    return month is not None and len(month) == 2 and int(month) > 12 and month > year[2:]


def _other_spelling(value: str) -> tuple[int, int | None, int | None] | None:
    """Year, month, day of a date spelt as the importer reads dates (14.03.1978, 1978/3/14,
    1978年3月14日, March 1978, b. 1978, 1978-يىلى, 14 марта 1978 г., XX.03.1978 ...), None for a
    spelling of no date (0000-00-00); ValueError naming the value when nobody could read it, or
    saying what it is instead (a decade, an age, a two-digit year that could be a day)."""
    try:
        parsed = parse_date(value)
    except FieldError as exc:
        if not str(exc).startswith("cannot read"):  # the reason says it: a decade, an age, a 2-digit year
            raise ValueError(str(exc)) from None
        raise ValueError(f"{exc} (YYYY, YYYY-MM, YYYY-MM-DD or a common spelling)") from None
    if parsed is None:
        return None
    month = parsed.value.month if parsed.precision != YEAR else None
    day = parsed.value.day if parsed.precision == DAY else None
    return parsed.value.year, month, day


def _check_exists(year: int, month: int | None, day: int | None, value: str) -> None:
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"impossible month in {value!r}")
    if month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"impossible date {value!r}") from None


def _check_plausible(year: int, month: int | None, day: int | None, value: str, today: dt.date) -> None:
    if year < EARLIEST_BIRTH_YEAR:
        raise ValueError(f"birth year before {EARLIEST_BIRTH_YEAR} in {value!r}")
    earliest_possible = dt.date(year, month or 1, day or 1)
    if earliest_possible > today:
        raise ValueError(f"birth date in the future: {value!r}")
