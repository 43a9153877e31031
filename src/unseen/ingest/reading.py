"""Turn one source file plus its mapping into parsed rows, each with every problem it has.

Nothing here stops at the first problem: the caller decides between all-or-nothing (report every
problem, store nothing) and --skip-bad-rows (store the good rows, write the bad ones aside).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from unseen.ingest.chinese_id import (
    has_chinese_id_shape,
    is_scientific_notation,
    parse_chinese_id,
    unwrapped_id,
)
from unseen.ingest.dates import PartialDate, month_first_separators, numeric_date_order, parse_date
from unseen.ingest.decoding import check_encoding_name, detect_encoding, has_undecodable
from unseen.ingest.errors import FieldError, Problem
from unseen.ingest.mapping import DATE_FIELDS, Mapping
from unseen.ingest.missing import is_missing_value
from unseen.ingest.tables import Table, TableRow, jsonable, open_table, text_of
from unseen.ingest.values import parse_sex, parse_status


@dataclass
class ParsedRow:
    row: int
    raw: dict[str, Any]
    fields: dict[str, Any] = field(default_factory=dict)
    flags: list[dict[str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class SourceReading:
    """An open file: its encoding, header problems, and a single pass over its parsed rows."""

    path: Path
    encoding: str
    header_problems: list[Problem]
    rows: Iterator[ParsedRow]


# A year and month typed into a number cell (1982.10, 1982.1): only October loses a digit.
_YEAR_DOT_ONE = re.compile(r"^\d{4}\.1$")


def _id_number(value: Any, parsed: ParsedRow) -> str:
    text = text_of(value)
    if is_scientific_notation(text):
        raise FieldError(f"ID number {text} is in scientific notation: a spreadsheet rounded it to a "
                         "number and its last digits are lost; export the column as text")
    text = unwrapped_id(text)
    if not text or not has_chinese_id_shape(text):
        return text
    chinese = parse_chinese_id(text)
    stated = parsed.fields.get("birth_date")
    if isinstance(stated, PartialDate) and not stated.agrees_with(chinese.birth_date):
        parsed.flags.append(
            {
                "kind": "birth_date_conflict",
                "field": "birth_date",
                "stated": stated.iso(),
                "in_id_number": chinese.birth_date.isoformat(),
            }
        )
    return chinese.number


def _parse_field(name: str, value: Any, mapping: Mapping, parsed: ParsedRow) -> Any:
    if name in DATE_FIELDS:
        if isinstance(value, float) and _YEAR_DOT_ONE.match(str(value)):
            raise FieldError(f"the number {value} may be January or October: a spreadsheet keeps 1982.10 "
                             "as 1982.1; format the column as text and enter the dates again")
        return parse_date(value, mapping.formats.get(name, ()))
    if name == "sex":
        return parse_sex(value, mapping.values.get("sex"))
    if name == "status":
        return parse_status(value, mapping.values.get("status"))
    text = text_of(value)
    if name != "full_name" and text and is_missing_value(text):
        return ""  # "unknown", "N/A", "未知" say no value (the raw row keeps them); names: see linkage
    if name == "id_number":
        return _id_number(value, parsed)
    return text


# id_number is read last so its birth date can be compared with the stated one.
def _field_order(mapping: Mapping) -> list[str]:
    return sorted(mapping.columns, key=lambda name: name == "id_number")


def parse_row(table_row: TableRow, mapping: Mapping, file: str, order: list[str] | None = None) -> ParsedRow:
    parsed = ParsedRow(table_row.row, jsonable(table_row.cells))
    if table_row.problem:
        parsed.problems.append(Problem(file, table_row.row, "*", table_row.problem))
        return parsed
    for name in order or _field_order(mapping):
        column = mapping.columns[name]
        value = table_row.cells.get(column)
        if isinstance(value, str) and has_undecodable(value):
            parsed.problems.append(Problem(file, table_row.row, column, "undecodable bytes in this cell"))
            continue
        try:
            parsed.fields[name] = _parse_field(name, value, mapping, parsed)
        except FieldError as exc:
            parsed.problems.append(Problem(file, table_row.row, column, str(exc)))
    return parsed


def _header_problems(table: Table, mapping: Mapping, file: str) -> list[Problem]:
    if not table.header:  # JSON Lines: checked against the keys seen, at the end
        return []
    present = set(table.header)
    undecodable = [
        Problem(file, 1, column, "undecodable bytes in the header: is the encoding right?")
        for column in table.header
        if has_undecodable(column)
    ]
    twice = [
        Problem(file, 1, column, f"columns {', '.join(map(str, at))} of the header all read as "
                                 f"{column!r}: which one holds {name} cannot be told; rename the others")
        for name, column in mapping.columns.items()
        if len(at := _positions(table.header, column)) > 1
    ]
    found = ", ".join(repr(h) for h in table.header)
    return undecodable + twice + [
        Problem(file, 1, column, f"column named in the mapping for {name} is not in the file's header "
                                 f"({found})")
        for name, column in mapping.columns.items()
        if column not in present
    ]


def _positions(header: list[str], column: str) -> list[int]:
    """Where `column` stands in the header, counting from 1, as compared with the mapping."""
    return [i for i, h in enumerate(header, 1) if _fold_header(h) == _fold_header(column)]


def _keyed_as_mapped(table_row: TableRow, folded: dict[str, str]) -> TableRow:
    """A JSON object whose keys differ from the mapping's in case or spacing (`DOB`, `dob `), as
    forms filled by hand write them line by line, with those keys as the mapping names them."""
    cells = table_row.cells
    renamed: dict[str, str] = {}
    for key in cells:
        column = folded.get(_fold_header(key)) if isinstance(key, str) else None
        if column is not None and column != key:
            renamed[key] = column
    if not renamed:
        return table_row
    targets = list(renamed.values())
    clash = [key for key, column in renamed.items() if column in cells or targets.count(column) > 1]
    if clash:
        keys = ", ".join(repr(k) for k in clash)
        problem = table_row.problem or f"keys {keys} read as one key that the mapping names"
        return replace(table_row, problem=problem)
    return replace(table_row, cells={renamed.get(k, k): v for k, v in cells.items()})


def _rows(table: Table, mapping: Mapping, file: str) -> Iterator[ParsedRow]:
    seen: set[str] = set()
    last = 0
    order = _field_order(mapping)
    folded = {} if table.header else {_fold_header(c): c for c in mapping.columns.values()}
    for table_row in table.rows:
        as_given = table_row.cells
        if folded:
            table_row = _keyed_as_mapped(table_row, folded)
        seen.update(table_row.cells)
        last = table_row.row
        parsed = parse_row(table_row, mapping, file, order)
        if table_row.cells is not as_given:
            parsed.raw = jsonable(as_given)  # the row as the source wrote it
        yield parsed
    if not table.header and last:
        missing = [(n, c) for n, c in mapping.columns.items() if c not in seen]
        if missing:
            problems = [
                Problem(file, 1, column, f"key named in the mapping for {name} appears in no line")
                for name, column in missing
            ]
            yield ParsedRow(last + 1, {}, problems=problems)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _fold_header(name: str) -> str:
    """A header as compared with the mapping: any case, spacing, Unicode composition, and without
    the invisible characters a copy from a web page or a word processor leaves in it."""
    return " ".join(unicodedata.normalize("NFKC", name).translate(_INVISIBLE).casefold().split())


def _matched_to_header(mapping: Mapping, header: list[str]) -> Mapping:
    """Columns named with other case or spacing than the header ("Name" for "name ") still match."""
    if not header:
        return mapping
    present = set(header)
    folded = {_fold_header(h): h for h in header}
    columns = {
        name: column if column in present else folded.get(_fold_header(column), column)
        for name, column in mapping.columns.items()
    }
    return replace(mapping, columns=columns)


#: Rows read ahead to learn which order a file writes its dates in.
ORDER_SCAN_ROWS = 200_000


def _with_date_order(path: Path, encoding: str, mapping: Mapping) -> Mapping:
    """Month-first formats for the dates of a column that writes them month first: those of a
    separator where some date can only be month-first (03/14/1978) and none only day-first
    (14/03/1978; one file may write 14.03.1978 beside 3/14/1978). Dates are read day-first
    otherwise; reading each date by itself made 10/28/1990 October and 09/04/1982 April in one
    column. A column the mapping gives formats for is read as the mapping says."""
    columns = {n: c for n, c in mapping.columns.items() if n in DATE_FIELDS and not mapping.formats.get(n)}
    if not columns:
        return mapping
    orders: dict[str, set[tuple[str, str] | None]] = {name: set() for name in columns}
    for i, table_row in enumerate(open_table(path, encoding).rows):
        if i >= ORDER_SCAN_ROWS:
            break
        for name, column in columns.items():
            orders[name].add(numeric_date_order(text_of(table_row.cells.get(column))))
    formats = {
        name: [f"%m{sep}%d{sep}%Y" for sep in sorted(month_first_separators(seen))]
        for name, seen in orders.items()
    }
    months = {name: f for name, f in formats.items() if f}
    if not months:
        return mapping
    return replace(mapping, formats={**mapping.formats, **months})


def read_source(path: Path, mapping: Mapping, encoding: str | None = None) -> SourceReading:
    """Open a file for parsing; rows are parsed lazily so a million rows fit in little memory."""
    chosen = check_encoding_name(encoding) if encoding else detect_encoding(path)
    table = open_table(path, chosen)
    mapping = _with_date_order(path, chosen, _matched_to_header(mapping, table.header))
    file = path.name
    return SourceReading(path, chosen, _header_problems(table, mapping, file), _rows(table, mapping, file))
