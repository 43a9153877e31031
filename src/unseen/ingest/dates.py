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
from unseen.ingest.missing import is_missing_value

YEAR, MONTH, DAY = "year", "month", "day"

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            # English, Turkish (and its short forms), Russian (nominative, genitive, short), Kazakh,
            # Uyghur in Arabic and in Latin script
            ("jan", "january", "ocak", "oca", "январь", "января", "янв", "қаңтар",
             "يانۋار", "yanwar"),
            ("feb", "february", "şubat", "subat", "şub", "sub", "февраль", "февраля", "фев", "февр", "ақпан",
             "فېۋرال", "فىۋرال", "féwral", "fewral"),
            ("mar", "march", "mart", "март", "марта", "мар", "наурыз", "مارت"),
            ("apr", "april", "nisan", "nis", "апрель", "апреля", "апр", "сәуір", "ئاپرېل", "ئاپرىل", "aprél",
             "aprel"),
            ("may", "mayıs", "mayis", "май", "мая", "мамыр", "ماي"),
            ("jun", "june", "haziran", "haz", "июнь", "июня", "июн", "маусым", "ئىيۇن", "iyun"),
            ("jul", "july", "temmuz", "tem", "июль", "июля", "июл", "шілде", "ئىيۇل", "iyul"),
            ("aug", "august", "ağustos", "agustos", "ağu", "agu", "август", "августа", "авг", "тамыз",
             "ئاۋغۇست", "awghust"),
            ("sep", "sept", "september", "eylül", "eylul", "eyl", "сентябрь", "сентября", "сен", "сент",
             "қыркүйек", "سېنتەبىر", "سىنتەبىر", "séntebir", "sentebir"),
            ("oct", "october", "ekim", "eki", "октябрь", "октября", "окт", "қазан", "ئۆكتەبىر", "öktebir"),
            ("nov", "november", "kasım", "kasim", "kas", "ноябрь", "ноября", "ноя", "нояб", "қараша",
             "نويابىر", "noyabir"),
            ("dec", "december", "aralık", "aralik", "ara", "декабрь", "декабря", "дек", "желтоқсан",
             "دېكابىر", "دىكابىر", "dékabir", "dekabir"),
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
    re.compile(r"^(?P<y>(?:18|19|20)\d\d)(?P<m>0[1-9]|1[0-2])$"),  # 198701: a year and its month
    _DAY_FIRST,
    re.compile(rf"^{_M}\s*[-/.]\s*{_Y}$"),
    re.compile(rf"^{_Y}\s*年(?:\s*{_M}\s*月(?:\s*{_D}\s*日)?)?$"),
    re.compile(rf"^{_Y}\s*(?:ж\.?|жылы|yil|yılı|г\.?|год)$", re.IGNORECASE),
    # Uyghur: 1978-يىلى 3-ئاينىڭ 14-كۈنى (year 1978, of month 3, day 14)
    re.compile(rf"^{_Y}\s*-?\s*يىلى\s*{_M}\s*-?\s*ئاي(?:نىڭ|ى)?(?:\s*{_D}\s*-?\s*كۈنى)?$"),
]
# "about 1978", "c. 1978", "1978?", "约1978年": testimonies give approximate years; the year is what they
# state, and linkage already allows a year's slip either way.
_APPROXIMATE = re.compile(
    r"^(?:c\.|ca\.?|circa|about|abt\.?|approx\.?|approximately|around|est\.?|estimated|~|≈|yaklaşık|около|"
    r"примерно|шамамен|大约|约)\s*|\s*(?:\?|\(\?\)|左右|\(?(?:approx\.?|approximately|circa|ca\.|estimated|est\.)\)?)$",
    re.IGNORECASE,
)
# Parts written as unknown: "XX.03.1978", "1978-??-??", "UU/UU/1978" mean a month or a day nobody knew,
# as the zeros of "00.03.1978" do; a date of zeros and separators only ("0000-00-00") is no date at all.
_UNKNOWN_PART = re.compile(r"(?<![^\s./-])(?:[Xx?]{1,2}|[Uu]{2})(?![^\s./-])")
_NO_DATE = re.compile(r"[0Xx?Uu\s./-]+")
_LAST_YEAR = dt.date.today().year + 1
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")

# The words sources put around a year: "b. 1978", "born 1978", "1978 г.р.", "1978-يىلى", "1978 жылы
# туған", "1978 yılı", "1978 doğumlu", "1978年生". They say "this is a year of birth" and nothing more.
_PREFIX = re.compile(
    r"^(?:born(?:\s+(?:in|on))?|b\.|b(?=\s*\d)|d\.?o\.?b\.?|род\.|р\.|родил(?:ся|ась)|doğum|出生于|生于)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_BORN_SUFFIX = re.compile(r"\s*(?:туған|doğumlu|dogumlu|تۇغۇلغان|出生|生)$", re.IGNORECASE)
_YEAR_SUFFIX = re.compile(
    r"(?<=\d)\s*-?\s*(?:г\.?\s*р\.?|года\s+рождения|года|год|гг?\.?|жылғы|жылы|жыл|ж\.?|yılı|yili|yıl|yil|"
    r"يىلى|يىل)$",
    re.IGNORECASE,
)
# The same words after a year inside a date: "1978 жылғы 14 наурыз".
_YEAR_WORD = re.compile(r"(\d{4})\s*-?\s*(?:жылғы|жылы|yılı|yili|г\.|года|يىلى)(?=\s)", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_CHINESE_DIGITS = {
    c: d for d, cs in enumerate(["〇○零", "一", "二两", "三", "四", "五", "六", "七", "八", "九"]) for c in cs
}
_CHINESE_NUMBER = re.compile("[〇○零一二两三四五六七八九十]+")
# A month's name with one or two numbers (14 March 1978, March 14, 1978, 14-Mar-1978, Mar '78).
_WORD_PARTS = re.compile(r"\d+|[^\W\d_]+")
_WORD_SEPARATORS = re.compile(r"[\s,،./'’-]*")
# Marks that set the direction of Arabic-script text: invisible, and copied along with it.
_DIRECTION_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# A year-free numeric date: 78-03-14, 14/3/78.
_SHORT_NUMERIC = re.compile(r"^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$")

# What is no date, said with the reason rather than "cannot read".
_DECADE = re.compile(
    r"^(?:(?:the|early|mid|late)[\s-]*)*(?:\d{3}0|'?\d0)\s*['’]?s$"
    r"|^\d{3}0\s*-?\s*(?:е|х|x|ые|ых)(?:\s*(?:гг?\.?|годы|годов|г\.г\.))?$"
    r"|^\d{3}0\s*(?:年代|['’]?l[ie]r(?:de)?|['’]?l[ıi](?:\s+yıllar)?|-?жылдары|-?жж\.?)$",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"^(?:between\s+)?(\d{4})\s*(?:[-–—~/]|to|and|or|или|до|ile|veya|ya da)\s*(\d{4}|\d{2})$", re.IGNORECASE
)
_AGE = re.compile(
    r"^(?:(?:age[ds]?|aged|возраст|yaş|yaşı|жасы|年龄|年纪)\s*:?\s*\d{1,3}"
    r"|\d{1,3}\s*(?:years?(?:\s+old)?|y\.?\s*o\.?|yrs?(?:\s+old)?|yaşında|yasinda|yaş|yas|лет|года?|жаста|жас|"
    r"岁|周岁|ياشتا|ياش|yashta|yash))$",
    re.IGNORECASE,
)


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
    return None


def _two_digit_year(digits: str, text: str) -> int:
    """19YY for a two-digit year that cannot be a day or a month (32-99).

    A birth year 20YY from 2032 on lies in the future and 18YY before anyone alive; 00-31 could be a
    day or a month as well as 2000-2031 or 1900-1931, and is refused rather than guessed.
    """
    if int(digits) > 31:
        return 1900 + int(digits)
    raise FieldError(
        f"two-digit year in {text!r}: {digits!r} could be a day, a month or a year of either century; "
        "write the year in full"
    )


def _with_full_year(text: str, original: str) -> str:
    """A numeric date written with a two-digit year (78-03-14, 14/3/78) with the year in full, as
    1978-03-14 or 14/3/1978; other text unchanged. The year is the part that cannot be a day (over
    31); where neither end can be, or both, the date is refused."""
    match = _SHORT_NUMERIC.match(text)
    if not match:
        return text
    first, sep, middle, last = match.groups()
    year_first = len(first) == 2 and int(first) > 31
    year_last = len(last) == 2 and int(last) > 31
    if year_first == year_last:
        if year_first:
            raise FieldError(f"cannot read date {original!r}")
        _two_digit_year(last if len(last) == 2 else first, original)
    if year_first:
        return f"{_two_digit_year(first, original)}-{middle}-{last}"
    return f"{first}{sep}{middle}{sep}{_two_digit_year(last, original)}"


def _from_words(text: str, original: str) -> PartialDate | None:
    """A date with its month named (14 March 1978, March 14, 1978, 14-Mar-1978, 14 марта 1978,
    Mar '78): the named month leaves one number to be the year and one the day, whatever their
    order. The year is the four-digit number, or a two-digit one that cannot be a day."""
    if _WORD_SEPARATORS.fullmatch(_WORD_PARTS.sub("", text)) is None:
        return None
    parts = _WORD_PARTS.findall(text)
    words = [p.lower() for p in parts if not p.isdigit()]
    numbers = [p for p in parts if p.isdigit()]
    if len(words) != 1 or words[0] not in _MONTHS or not 1 <= len(numbers) <= 2:
        return None
    long = [n for n in numbers if len(n) == 4]
    if len(long) > 1 or any(len(n) not in (1, 2, 4) for n in numbers):
        return None
    if long:
        year = int(long[0])
        days = [n for n in numbers if n is not long[0]]
    elif len(numbers) == 1:
        year, days = _two_digit_year(numbers[0], original), []
    else:
        years = [n for n in numbers if len(n) == 2 and int(n) > 31]
        if len(years) != 1:
            _two_digit_year(numbers[-1], original)
            raise FieldError(f"cannot read date {original!r}")
        year = _two_digit_year(years[0], original)
        days = [n for n in numbers if n is not years[0]]
    return _build(year, _MONTHS[words[0]], int(days[0]) if days else None, original)


def _chinese_numeral(run: str) -> str:
    """一九七八 as 1978 (digit by digit, as years are written), 十四 and 二十 as 14 and 20."""
    if "十" not in run:
        return "".join(str(_CHINESE_DIGITS[c]) for c in run)
    tens, _, units = run.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return run
    return str((_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0))


def _refusal(text: str) -> str | None:
    """Why a decade, a range of years or an age is not a birth date, in words."""
    if _DECADE.match(text):
        return f"a decade, not a date: {text!r}; write a year ('about 1975') or leave the date empty"
    if (years := _RANGE.match(text)) and (len(years[2]) == 4 or years[2] > years[1][2:]):
        return (
            f"a range of years, not a date: {text!r}; write one year ('about 1976') or leave the date empty"
        )
    if _AGE.match(text):
        return (
            f"an age, not a date: {text!r}; the year of birth depends on when the age was given, so write "
            "that year ('about 1978') or leave the date empty"
        )
    return None


def _plain(text: str) -> str:
    """The date inside the words around it: prefixes and suffixes that say "born", "about" or
    "year" dropped, Chinese numerals as digits, ordinals (14th) as numbers."""
    plain = _TIME_TAIL.sub("", _DIRECTION_MARKS.sub("", text)).strip()
    if _CHINESE_NUMBER.search(plain):
        plain = _CHINESE_NUMBER.sub(lambda m: _chinese_numeral(m[0]), plain)
    before = None
    while plain != before:
        before = plain
        plain = _PREFIX.sub("", plain).strip()
        plain = _APPROXIMATE.sub("", plain).strip()
        plain = _BORN_SUFFIX.sub("", plain).strip()
        plain = _YEAR_SUFFIX.sub("", plain).strip()
    return _ORDINAL.sub("", _YEAR_WORD.sub(r"\1", plain))


def _from_spelling(text: str, formats: Sequence[str]) -> PartialDate:
    """The slow road, for a date no built-in shape reads as written."""
    reason = _refusal(text.strip())
    if reason:
        raise FieldError(reason)
    plain = _with_full_year(_plain(text), text)
    for fmt in formats:
        found = _from_format(plain, fmt)
        if found:
            return found
    found = _from_patterns(_UNKNOWN_PART.sub("00", plain)) or _from_words(plain, text)
    if found:
        return found
    scanned = _scanned_digits(plain)
    if scanned is not None:
        found = _from_patterns(scanned)
        if found:
            return found
    raise FieldError(f"cannot read date {text!r}")


# Letters that text recognition reads for digits in a scanned list (1996.10.O5, I970-06-15, 195b-09-09):
# read back as those digits in a date that is digits otherwise, when nothing else reads it.
_SCANNED_DIGITS = str.maketrans("OoDQIl|iZzSsbGTBgqA", "0000111122556678994")
_SCAN_LETTERS = frozenset("OoDQIl|iZzSsbGTBgqA")
_MOST_SCAN_LETTERS = 2


def _scanned_digits(text: str) -> str | None:
    """`text` with scanning's letters read as digits, if it is a numeric date with one or two of them
    (and at least five real digits); else None."""
    letters = [c for c in text if c.isalpha() or c == "|"]
    if not letters or len(letters) > _MOST_SCAN_LETTERS or not _SCAN_LETTERS.issuperset(letters):
        return None
    if sum(c.isdigit() for c in text) < 5:
        return None
    return text.translate(_SCANNED_DIGITS)


def is_no_date(text: str) -> bool:
    """Whether a non-empty cell spells "no date": zeros, X, ? or U between separators (0000-00-00,
    XX.XX.XXXX, ????), or any stand-in for a missing value ("unknown", "N/A", "未知", "—")."""
    return _NO_DATE.fullmatch(text.strip()) is not None or is_missing_value(text)


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
    try:
        stated = _APPROXIMATE.sub("", _TIME_TAIL.sub("", text).strip())
        found = _from_patterns(_UNKNOWN_PART.sub("00", stated))
    except FieldError:
        reason = _refusal(text)
        if reason:  # 1975-78 is a range, not month 78
            raise FieldError(reason) from None
        raise
    return found or _from_spelling(text, formats)


# Numeric dates with the year last: 09/04/1982 is 9 April or 4 September depending on the writer.
_YEAR_LAST = re.compile(r"^\s*(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})\s*$")


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
    if not m or m[2] not in separators:
        return text
    if len(m[4]) == 2 and int(m[4]) <= 31:  # refused as it is written
        return text
    year = m[4] if len(m[4]) == 4 else f"19{m[4]}"
    return f"{year}-{int(m[1]):02d}-{int(m[3]):02d}"
