"""Dates as sources write them, with the precision they actually give (year, month or day).

A testimony that says "born 1978" must not become 1978-01-01 with day precision: the precision
travels with the value so linkage can compare like with like.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Container, Iterable, Sequence
from typing import NamedTuple

from unseen.ingest.errors import FieldError

YEAR, MONTH, DAY = "year", "month", "day"

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january", "ocak", "январь", "января", "қаңтар"),
            ("feb", "february", "şubat", "subat", "февраль", "февраля", "ақпан"),
            ("mar", "march", "mart", "март", "марта", "наурыз"),
            ("apr", "april", "nisan", "апрель", "апреля", "сәуір"),
            ("may", "mayıs", "mayis", "май", "мая", "мамыр"),
            ("jun", "june", "haziran", "июнь", "июня", "маусым"),
            ("jul", "july", "temmuz", "июль", "июля", "шілде"),
            ("aug", "august", "ağustos", "agustos", "август", "августа", "тамыз"),
            ("sep", "sept", "september", "eylül", "eylul", "сентябрь", "сентября", "қыркүйек"),
            ("oct", "october", "ekim", "октябрь", "октября", "қазан"),
            ("nov", "november", "kasım", "kasim", "ноябрь", "ноября", "қараша"),
            ("dec", "december", "aralık", "aralik", "декабрь", "декабря", "желтоқсан"),
        ],
        start=1,
    )
    for name in names
}

# Built-in shapes, tried after the mapping's own formats. Day-first for slashes and dots, as in
# European, Turkish and post-Soviet usage; year-first when the first number has four digits.
_Y = r"(?P<y>\d{4})"
_M = r"(?P<m>\d{1,2})"
_D = r"(?P<d>\d{1,2})"
_DAY_FIRST = re.compile(rf"^{_D}\s*[-/.]\s*{_M}\s*[-/.]\s*{_Y}$")
_PATTERNS = [
    re.compile(rf"^{_Y}$"),
    re.compile(rf"^{_Y}\s*[-/.]\s*{_M}$"),
    re.compile(rf"^{_Y}\s*[-/.]\s*{_M}\s*[-/.]\s*{_D}$"),
    re.compile(rf"^{_Y}(?P<m>\d{{2}})(?P<d>\d{{2}})$"),
    _DAY_FIRST,
    re.compile(rf"^{_M}\s*[-/.]\s*{_Y}$"),
    re.compile(rf"^{_Y}\s*年(?:\s*{_M}\s*月(?:\s*{_D}\s*日)?)?$"),
    re.compile(rf"^{_Y}\s*(?:ж\.?|жылы|yil|yılı|г\.?|год)$", re.IGNORECASE),
]
_WORDY = re.compile(r"^(?:(?P<d>\d{1,2})\s+)?(?P<mon>[^\W\d_]+)\.?,?\s+" + _Y + r"$", re.IGNORECASE)
_WORDY_US = re.compile(r"^(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{1,2}),?\s+" + _Y + r"$", re.IGNORECASE)
# "about 1978", "c. 1978", "1978?", "约1978年": testimonies give approximate years; the year is what they
# state, and linkage already allows a year's slip either way.
_APPROXIMATE = re.compile(
    r"^(?:c\.|ca\.?|circa|about|approx\.?|approximately|around|~|≈|yaklaşık|около|примерно|шамамен|"
    r"大约|约)\s*|\s*(?:\?|左右|\(?approx\.?\)?)$",
    re.IGNORECASE,
)
# Parts written as unknown: "XX.03.1978", "1978-??-??", "UU/UU/1978" mean a month or a day nobody knew,
# as the zeros of "00.03.1978" do; a date of zeros and separators only ("0000-00-00") is no date at all.
_UNKNOWN_PART = re.compile(r"(?<![^\s./-])(?:[Xx?]{1,2}|[Uu]{2})(?![^\s./-])")
_NO_DATE = re.compile(r"[0Xx?Uu\s./-]+")
_LAST_YEAR = dt.date.today().year + 1
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


class PartialDate(NamedTuple):
    """A date known to a precision; `value` is the first day of the period it names.

    A NamedTuple rather than a dataclass: an import builds millions of them.
    """

    value: dt.date
    precision: str

    def iso(self) -> str:
        """YYYY, YYYY-MM or YYYY-MM-DD: exactly as much as is known."""
        if self.precision == YEAR:
            return f"{self.value.year:04d}"
        if self.precision == MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    def agrees_with(self, other: dt.date) -> bool:
        """True when `other` falls inside the period this date names."""
        if other.year != self.value.year:
            return False
        if self.precision == YEAR:
            return True
        if other.month != self.value.month:
            return False
        return self.precision == MONTH or other.day == self.value.day


def _build(year: int, month: int | None, day: int | None, text: str) -> PartialDate:
    if not month:  # a day without its month (1980-00-10) says no more than the year
        day = None
    try:
        value = dt.date(year, month or 1, day or 1)
    except ValueError:
        raise FieldError(f"impossible date {text!r}") from None
    if not 1850 <= year <= _LAST_YEAR:
        raise FieldError(f"implausible year in date {text!r}")
    precision = DAY if day else MONTH if month else YEAR
    return PartialDate(value, precision)


_DIRECTIVES = {"%Y": r"(?P<y>\d{4})", "%m": r"(?P<m>\d{1,2})", "%d": r"(?P<d>\d{1,2})", "%%": "%"}


@functools.lru_cache(maxsize=64)
def _format_regex(fmt: str) -> re.Pattern[str] | None:
    """A regex for formats made only of %Y %m %d and literals: strptime costs far more per call."""
    parts = [p for p in re.split(r"(%.)", fmt) if p]
    if any(p.startswith("%") and p not in _DIRECTIVES for p in parts):
        return None
    return re.compile("".join(_DIRECTIVES.get(p, re.escape(p)) for p in parts) + "$")


def _from_format(text: str, fmt: str) -> PartialDate | None:
    regex = _format_regex(fmt)
    if regex is not None:
        match = regex.match(text)
        if not match:
            return None
        month, day = match.groupdict().get("m"), match.groupdict().get("d")
        month_number = int(month) if month else None
        return _build(int(match["y"]), month_number, int(day) if month and day else None, text)
    try:
        parsed = dt.datetime.strptime(text, fmt)
    except ValueError:
        return None
    precision = (
        DAY if "%d" in fmt or "%j" in fmt else MONTH if any(c in fmt for c in ("%m", "%b", "%B")) else YEAR
    )
    return _build(
        parsed.year,
        parsed.month if precision != YEAR else None,
        parsed.day if precision == DAY else None,
        text,
    )


def _from_patterns(text: str) -> PartialDate | None:
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            month = int(groups["m"]) if groups.get("m") else None
            day = int(groups["d"]) if groups.get("d") else None
            if pattern is _DAY_FIRST and month and day and month > 12 >= day:  # 03/14/1978: only month-first
                month, day = day, month
            return _build(int(groups["y"]), month, day, text)
    for pattern in (_WORDY, _WORDY_US):
        match = pattern.match(text)
        if match and match["mon"].lower() in _MONTHS:
            day = int(match["d"]) if match["d"] else None
            return _build(int(match["y"]), _MONTHS[match["mon"].lower()], day, text)
    return None


def is_no_date(text: str) -> bool:
    """Whether a non-empty cell spells "no date": zeros, X, ? or U between separators (0000-00-00,
    XX.XX.XXXX, ????)."""
    return _NO_DATE.fullmatch(text.strip()) is not None


def parse_date(value: object, formats: Sequence[str] = ()) -> PartialDate | None:
    """Read a date from a cell; None for an empty cell, FieldError for what cannot be read."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return PartialDate(value.date(), DAY)
    if isinstance(value, dt.date):
        return PartialDate(value, DAY)
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        value = str(int(value))
    text = str(value).strip()
    if not text:
        return None
    for fmt in formats:
        found = _from_format(text, fmt)
        if found:
            return found
    if is_no_date(text):
        return None
    found = _from_patterns(_UNKNOWN_PART.sub("00", _APPROXIMATE.sub("", _TIME_TAIL.sub("", text).strip())))
    if found:
        return found
    raise FieldError(f"cannot read date {text!r}")


# Numeric dates with the year last: 09/04/1982 is 9 April or 4 September depending on the writer.
_YEAR_LAST = re.compile(r"^\s*(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")


def numeric_date_order(text: str) -> tuple[str, str] | None:
    """For a numeric date with the year last, its separator and 'month' if it can only be read month
    first (03/14/1978), 'day' if only day first (14/03/1978), '' if either; None for other text.

    A column is read in one order per separator, learnt from the dates that tell: reading each by
    itself made 10/28/1990 October and 09/04/1982 April in one column, and one file may write
    14.03.1978 beside 3/14/1978.
    """
    m = _YEAR_LAST.match(text)
    if not m:
        return None
    first, second = int(m[1]), int(m[3])
    if second > 12 >= first:
        return m[2], "month"
    if first > 12 >= second:
        return m[2], "day"
    return m[2], ""


def month_first_separators(orders: Iterable[tuple[str, str] | None]) -> set[str]:
    """Separators whose dates some date shows to be month first and none day first."""
    seen = [o for o in orders if o]
    return {sep for sep, order in seen if order == "month"} - {sep for sep, order in seen if order == "day"}


def month_first_iso(text: str, separators: Container[str]) -> str:
    """A numeric date with the year last and one of `separators`, read month first, as YYYY-MM-DD;
    other text unchanged."""
    m = _YEAR_LAST.match(text)
    return f"{m[4]}-{int(m[1]):02d}-{int(m[3]):02d}" if m and m[2] in separators else text
