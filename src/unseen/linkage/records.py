"""The records table that linkage takes, and its validation.

Columns: record_id and full_name are required; source, sex, birth_date, birthplace, id_number and
facility are optional (a missing column reads as empty); other columns are not used, and said to be.
Problems are collected for every row before anything is raised, so one error lists them all by row.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from unseen.ingest.dates import month_first_iso, month_first_separators, numeric_date_order
from unseen.ingest.decoding import detect_encoding
from unseen.ingest.missing import is_missing_value
from unseen.ingest.tables import csv_delimiter
from unseen.linkage.dates import parse_birth_date
from unseen.linkage.errors import FIRST_ROW, InvalidRecordsError, RecordProblem
from unseen.names.placeholders import is_placeholder_name, is_unreadable_name

__all__ = [
    "REQUIRED_COLUMNS",
    "OPTIONAL_COLUMNS",
    "COLUMN_ALIASES",
    "canonical_header",
    "COLUMNS",
    "read_records_csv",
    "check_columns",
    "find_problems",
]

REQUIRED_COLUMNS = ("record_id", "full_name")
OPTIONAL_COLUMNS = ("source", "sex", "birth_date", "birthplace", "id_number", "facility")
COLUMNS = ("record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility")


def read_records_csv(path: str | Path) -> pd.DataFrame:
    """Read a records CSV as text (IDs keep leading zeros), with every known column present.

    The encoding (UTF-8, UTF-16, GB18030 …) and the delimiter (comma, semicolon, tab; or the one a
    spreadsheet's `sep=;` first line names) are detected as the importer detects them. A row with
    more values than the header has is refused, naming it: an unquoted comma inside a name would
    otherwise shift every value after it into the next column; so is a row with fewer values, where
    one left out would shift the rest back. Empty extra values (a trailing delimiter, in a row or in
    the header) and rows with nothing in them (`,,,,` where a spreadsheet ends) are passed over. A
    spreadsheet workbook is refused in those words.
    """
    file = Path(path)
    _refuse_workbook(file)
    encoding = detect_encoding(file)
    try:
        table = _pandas_rows(file, encoding)
        if table is None:  # a row wider or narrower than the header: read again, to name it or pass it
            header, rows = _csv_rows(file, encoding)
            table = pd.DataFrame(rows, columns=header, dtype=object)
    except UnicodeDecodeError as exc:
        raise InvalidRecordsError(f"{path}: cannot read as a CSV ({encoding}): {exc}") from exc
    except csv.Error as exc:
        raise InvalidRecordsError(f"{path}: cannot read as a CSV: {exc}") from exc
    if not any(str(name).strip() for name in table.columns):
        raise InvalidRecordsError(f"{path}: the file is empty (no header row)")
    if table.empty:
        raise InvalidRecordsError(f"{path}: no records to link, only a header row")
    table.columns = pd.Index([str(name).strip() or f"Unnamed: {i}" for i, name in enumerate(table.columns)])
    return check_columns(table, source=str(path))


# The first bytes of a workbook: a zip (XLSX, ODS) or an OLE2 compound file (the old XLS).
_WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def _refuse_workbook(path: Path) -> None:
    """A spreadsheet given where a CSV is expected, said in those words (read as text it failed as an
    undecodable byte)."""
    with path.open("rb") as handle:
        start = handle.read(8)
    if start.startswith(_WORKBOOK_SIGNATURES):
        raise InvalidRecordsError(
            f"{path}: a spreadsheet workbook (XLSX, XLS or ODS), not a CSV: save its sheet as CSV (UTF-8) "
            "and link that file, or import the workbook into a project (unseen import reads XLSX)"
        )


_SEP_LINE = re.compile(r"^\ufeff?sep=(.)\s*$")  # Excel's first line naming the delimiter


def _delimiter(path: Path, encoding: str) -> tuple[str, bool]:
    """The file's delimiter, and whether a `sep=` line names it (and is to be skipped)."""
    with path.open(encoding=encoding, newline="") as handle:
        first = handle.readline()
    if named := _SEP_LINE.match(first.rstrip("\r\n")):
        return named.group(1), True
    return csv_delimiter(first), False


def _pandas_rows(path: Path, encoding: str) -> pd.DataFrame | None:
    """The common case at pandas' speed (a million rows in 1.5 s, against 3.4 s through `csv`): the
    table with the header's names, or None where some row is wider than the header."""
    delimiter, sep_line = _delimiter(path, encoding)
    try:
        raw = pd.read_csv(path, header=None, dtype=str, keep_default_na=False, encoding=encoding,
                          sep=delimiter, skiprows=1 if sep_line else 0)
    except pd.errors.ParserError:  # a row wider than the header, or a quote that never closes
        return None
    except pd.errors.EmptyDataError:
        raise InvalidRecordsError(f"{path}: the file is empty (no header row)") from None
    if _line_breaks(path) > len(raw) + sep_line:  # a value over several lines (or a blank line): the
        return None  # csv module reads it again, to name the line of a quote that took in later rows
    if _has_short_row(path, encoding, delimiter, sep_line, raw):  # pandas pads it: named by _csv_rows
        return None
    rows = raw.iloc[1:]
    rows = rows[(rows != "").any(axis=1)]  # ",,,," where a spreadsheet ends, skipped as blank lines are
    return pd.DataFrame(rows.to_numpy(dtype=object), columns=raw.iloc[0].tolist())


def _has_short_row(path: Path, encoding: str, delimiter: str, sep_line: bool, raw: pd.DataFrame) -> bool:
    """Whether some row has fewer values than the header names columns. pandas pads such a row with
    empty values, which only the last column shows, so only rows with an empty last value are read
    again (one line each: the caller has made sure no value spans lines)."""
    named = _named_width([str(h) for h in raw.iloc[0].tolist()])
    if not named:
        return False
    candidates = np.flatnonzero((raw.iloc[1:, named - 1] == "").to_numpy())
    if not len(candidates):
        return False
    lines = path.read_text(encoding=encoding).replace("\r\n", "\n").split("\n")[1 + sep_line :]
    return any(
        len(cells) < named and any(c.strip() for c in cells)
        for cells in csv.reader((lines[i] for i in candidates), delimiter=delimiter)
    )


def _named_width(header: list[str]) -> int:
    """Columns up to the last header with a name: a trailing delimiter in the header names none."""
    return len(header) - next((i for i, h in enumerate(reversed(header)) if h.strip()), len(header))


def _line_breaks(path: Path) -> int:
    """Line breaks in the file, or more (a UTF-16 character can hold the byte of one); a last line
    without its break counts as one."""
    data = path.read_bytes()
    return data.count(b"\n") + (not data.endswith(b"\n"))


def _takes_in_rows(value: str, delimiter: str, width: int) -> bool:
    """Whether a value over several lines holds whole rows: a quote opened and not closed in time."""
    return width > 1 and any(line.count(delimiter) >= width - 1 for line in value.split("\n")[1:])


def _csv_rows(path: Path, encoding: str) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a CSV file, each row as wide as the header."""
    delimiter, sep_line = _delimiter(path, encoding)
    with path.open(encoding=encoding, newline="") as handle:
        if sep_line:
            handle.readline()
        reader = csv.reader(handle, delimiter=delimiter)
        header = next(reader, [])
        width = len(header)
        named_width = _named_width(header)
        rows = []
        start = reader.line_num + 1
        for cells in reader:
            if any("\n" in c and _takes_in_rows(c, delimiter, width) for c in cells):
                raise InvalidRecordsError(
                    f"{path}: line {start}: a double quote opens a value that is not closed before the "
                    "next rows, which would be read into that one value; close the quote or remove it"
                )
            start = reader.line_num + 1
            if len(cells) != width and any(c.strip() for c in cells):
                if len(cells) > width and any(c.strip() for c in cells[width:]):
                    raise InvalidRecordsError(
                        f"{path}: line {reader.line_num}: {len(cells)} values, the header has {width} "
                        f"({cells[width - 1]!r} is followed by {cells[width]!r}); a value that holds the "
                        f"delimiter {delimiter!r} must be in double quotes"
                    )
                if len(cells) < named_width:
                    raise InvalidRecordsError(
                        f"{path}: line {reader.line_num}: {len(cells)} values, the header has {width} (the "
                        f"row ends with {cells[-1]!r}); a value left out moves every value after it into "
                        "the wrong column: write each empty value as nothing between two delimiters"
                    )
                cells = (cells + [""] * width)[:width]
            if any(c.strip() for c in cells):
                rows.append(cells)
    return header, rows


# Other names files give the columns, in English and the sources' languages (Chinese, Russian, Kazakh,
# Turkish, Uyghur), written as canonical_header writes them; used only where the column's own name is
# absent and exactly one of its other names is present.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "record_id": (
        "id", "record", "recordid", "record_no", "row_id", "编号", "序号", "№", "номер", "kayıt_no",
        "sıra_no",
    ),
    "full_name": (
        "name", "fullname", "person_name", "姓名", "名字", "фио", "имя", "аты_жөні", "ad_soyad", "adı_soyadı",
        "isim", "ئىسمى", "ئىسىم_فامىلىسى",
    ),
    "source": ("source_id", "source_name", "source_key", "list", "来源", "источник", "kaynak", "дереккөз"),
    "sex": ("gender", "sex_gender", "gender_sex", "性别", "пол", "жынысы", "cinsiyet", "جىنسى"),
    "birth_date": (
        "dob", "date_of_birth", "birthdate", "born", "birth_year", "year_of_birth", "yob", "出生日期",
        "出生年月", "出生年月日", "出生年份", "дата_рождения", "год_рождения", "туған_күні", "туған_жылы",
        "doğum_tarihi",
        "doğum_yılı", "تۇغۇلغان_ۋاقتى", "تۇغۇلغان_يىلى",
    ),
    "birthplace": (
        "birth_place", "place_of_birth", "hometown", "出生地", "籍贯", "место_рождения", "туған_жері",
        "doğum_yeri", "تۇغۇلغان_يېرى",
    ),
    "id_number": (
        "id_no", "idnumber", "national_id", "id_card", "id_card_number", "id_card_no", "resident_id",
        "prc_id", "prc_id_number", "chinese_id", "身份证号", "身份证号码", "身份证", "公民身份号码",
        "kimlik_no", "tc_kimlik_no", "t_c_kimlik_no", "kimlik_numarası", "иин", "жсн", "كىملىك_نومۇرى",
    ),
    "facility": (
        "facility_name", "detention_facility", "camp", "prison", "detention_center", "detention_centre",
        "place_of_detention", "关押地点", "关押场所", "лагерь", "место_содержания", "лагері", "түрме", "kamp",
        "cezaevi", "لاگېر", "تۈرمە",
    ),
}
# "/" too: "Sex/Gender" is sex_gender.
_HEADER_SEPARATORS = re.compile(r"[\s\-./]+")


def canonical_header(name: object) -> str:
    """A header as the column it names: "Full Name", "full-name" and " FULL_NAME " are full_name."""
    return _HEADER_SEPARATORS.sub("_", str(name).strip().replace("İ", "i").lower()).strip("_")


def _folded(header: str) -> str:
    """Turkish headers are typed with and without their dotless i ("Kayıt No", "KAYIT NO")."""
    return header.replace("ı", "i")


_ALIASES = {column: {_folded(a) for a in aliases} for column, aliases in COLUMN_ALIASES.items()}


def _with_known_names(table: pd.DataFrame, source: str) -> tuple[pd.DataFrame, str, list[str]]:
    """The table with its columns under their known names, a line naming the columns not used, and
    the columns that more than one header could be. Two headers that name one column ("record_id"
    and "Record ID") are refused: which one holds the values is not for Unseen to guess."""
    original = list(table.columns)
    table = table.rename(columns=canonical_header)
    for column in COLUMNS:
        same = [repr(str(n)) for n, known in zip(original, table.columns, strict=True) if known == column]
        if len(same) > 1:
            raise InvalidRecordsError(
                f"{source}: {' and '.join(same)} both name the column {column}; keep one, or rename the other"
            )
    present = set(table.columns)
    renames = {}
    unsure = []
    for column, aliases in _ALIASES.items():
        found = sorted(c for c in present if _folded(c) in aliases)
        if column not in present and len(found) == 1:
            renames[found[0]] = column
        elif column not in present and found:
            unsure.append(f"{' and '.join(found)} could each be {column} (rename the one to use)")
    table = table.rename(columns=renames)
    unused = [
        repr(str(name)) for name, column in zip(original, table.columns, strict=True)
        if column not in COLUMNS and not _is_blank_extra(name, table[column])
    ]
    if not unused:
        return table, "", unsure
    return table, f"column(s) not used: {', '.join(unused)}" + "".join(f"; {u}" for u in unsure), unsure


def _is_blank_extra(name: object, values: pd.Series | pd.DataFrame) -> bool:
    """A nameless column with nothing in it: what a trailing delimiter leaves."""
    if not str(name).startswith("Unnamed: "):  # (a named column is never looked through)
        return False
    return bool((values.astype(str).map(str.strip) == "").all(axis=None))


def check_columns(table: pd.DataFrame, source: str = "records") -> pd.DataFrame:
    """The table with the known columns as stripped text; raises if a required column is missing.

    Headers match whatever their case, spacing or hyphens, and common other names of a column
    (name, dob, gender, place_of_birth, 姓名, дата рождения …) stand in for it where its own name is
    absent. A column that is not used is not dropped in silence: `attrs["unused"]` holds a line naming
    those columns (empty when every column is used), for the caller to show.
    """
    found = ", ".join(map(str, table.columns))
    table, unused, unsure = _with_known_names(table, source)
    missing = [c for c in REQUIRED_COLUMNS if c not in table.columns]
    if missing:
        raise InvalidRecordsError(
            f"{source}: missing required column(s) {', '.join(missing)}; "
            f"expected columns: {', '.join(COLUMNS)} (found: {found})" + "".join(f"; {u}" for u in unsure)
        )
    empty = pd.Series("", index=table.index, dtype=object)
    columns = {
        c: _stripped_text(table[c] if c in table.columns else empty, blank_missing=c in OPTIONAL_COLUMNS)
        for c in COLUMNS
    }
    columns["record_id"] = _ids_as_written(table["record_id"])
    columns["birth_date"] = _in_one_date_order(columns["birth_date"])
    checked = pd.DataFrame(columns).reset_index(drop=True)
    checked.attrs["unused"] = unused
    return checked


def _in_one_date_order(dates: pd.Series) -> pd.Series:
    """Numeric dates with the year last as ISO dates, month first, where the column writes them
    month first: some date with that separator can only be read so (3/14/1978) and none only day
    first (14/03/1978). Others stay as written and are read day first, as the importer reads them."""
    distinct = dates.unique().tolist()
    separators = month_first_separators(map(numeric_date_order, distinct))
    if not separators:
        return dates
    return dates.map({v: month_first_iso(v, separators) for v in distinct})


def _ids_as_written(values: pd.Series) -> pd.Series:
    """Record ids as the file writes them, spaces included, so that the clusters written back join
    on them exactly; only NULs are dropped (see `_stripped_text`) and an id of spaces is empty.
    `find_problems` compares ids without their spaces: "A1" and "A1 " are one id written twice."""
    codes, distinct = pd.factorize(values)
    texts = [str(v).replace("\0", "") for v in distinct]
    ids = np.array([t if t.strip() else "" for t in texts] + [""], dtype=object)
    return pd.Series(ids[codes], index=values.index)


def _stripped_text(values: pd.Series, blank_missing: bool = False) -> pd.Series:
    """Each value as stripped text ('' for a missing one), worked out once per distinct value; with
    `blank_missing`, '' also for the stand-ins of a missing value ("unknown", "N/A", "未知", "—"; see
    `unseen.ingest.missing`), looked for among the distinct values without a digit only (a million
    IDs are a million distinct values, none of them a stand-in).

    NUL characters are dropped: they carry nothing, and pandas' hashing does not tell 'ab' from
    'ab\\0', so keeping them could give one row the other's value.
    """
    codes, distinct = pd.factorize(values)
    texts = np.array([str(v).replace("\0", "").strip() for v in distinct] + [""], dtype=object)
    if blank_missing and len(texts) > 1:
        wordy = ~pd.Series(texts, dtype="string[pyarrow]").str.contains(r"\d").to_numpy(dtype=bool)
        for i in np.flatnonzero(wordy):
            if texts[i] and is_missing_value(texts[i]):
                texts[i] = ""
    return pd.Series(texts[codes], index=values.index)


def find_problems(table: pd.DataFrame, today: dt.date | None = None) -> list[RecordProblem]:
    """Every row that cannot be linked as given: empty or duplicate ids, no name, impossible dates."""
    ids = table["record_id"].str.strip()
    names = table["full_name"]
    distinct = names.unique().tolist()
    placeholders = {name for name in distinct if name and is_placeholder_name(name)}
    unreadable = {name for name in distinct if name not in placeholders and is_unreadable_name(name)}
    problems = [
        *_rows_where(table, ids == "", "record_id", lambda _: "empty record id"),
        *_rows_where(table, names == "", "full_name", lambda _: "no name"),
        *_rows_where(
            table, names.isin(list(placeholders)), "full_name",
            lambda i: f"no name ({names.at[i]!r} stands for a missing name)",
        ),
        *_rows_where(
            table, names.isin(list(unreadable)), "full_name",
            lambda i: f"no name that can be read ({names.at[i]!r} is in none of the scripts Unseen "
            "reads: Latin, Cyrillic, Arabic or Chinese characters)",
        ),
    ]
    date_errors = _date_errors(table["birth_date"].unique().tolist(), today)
    bad_dates = table["birth_date"].isin(list(date_errors))
    problems += _rows_where(table, bad_dates, "birth_date", lambda i: date_errors[table.at[i, "birth_date"]])
    duplicated = (ids != "") & ids.duplicated(keep=False)
    rows_by_id: dict[str, list[int]] = defaultdict(list)
    for i in duplicated[duplicated].index.tolist():
        rows_by_id[ids.at[i]].append(i + FIRST_ROW)
    for rows in rows_by_id.values():
        where = ", ".join(map(str, rows))
        written = [table.at[r - FIRST_ROW, "record_id"] for r in rows]
        if len(set(written)) > 1:  # "A1" and "A1 ": spaces do not make another id
            where += "; written " + " and ".join(map(repr, dict.fromkeys(written)))
        problems += [
            RecordProblem(r, w, "record_id", f"duplicate record id (rows {where})")
            for r, w in zip(rows, written, strict=True)
        ]
    return sorted(problems, key=lambda p: (p.row, p.column))


def _rows_where(
    table: pd.DataFrame, mask: pd.Series, column: str, reason: Callable[[int], str]
) -> list[RecordProblem]:
    return [
        RecordProblem(i + FIRST_ROW, table.at[i, "record_id"], column, reason(i))
        for i in mask[mask].index.tolist()
    ]


def _date_errors(values: list[str], today: dt.date | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    for value in values:
        try:
            parse_birth_date(value, today)
        except ValueError as exc:
            errors[value] = str(exc)
    return errors
