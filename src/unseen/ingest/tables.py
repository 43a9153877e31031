"""Iterate the rows of CSV, JSON Lines and XLSX files as (row number, header→cell) pairs.

Row numbers are what a person sees in an editor or spreadsheet: the CSV/XLSX header is row 1,
a JSON Lines file counts lines from 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unseen.ingest.errors import IngestError

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines", ".json"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}


@dataclass(frozen=True)
class TableRow:
    row: int
    cells: dict[str, Any]
    problem: str = ""


class Table:
    """A source file opened for reading: its header and a single pass over its rows."""

    def __init__(self, header: list[str], rows: Iterator[TableRow]) -> None:
        self.header = header
        self.rows = rows


def _cell_text(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value


def csv_delimiter(sample: str) -> str:
    """The delimiter of CSV text from its header line: comma, semicolon (spreadsheets in many locales),
    tab or bar; a comma when the line has none of them."""
    try:
        return str(csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample, delimiters=",;\t|").delimiter)
    except csv.Error:
        return ","


def _open_csv(path: Path, encoding: str) -> Table:
    handle = path.open("r", encoding=encoding, errors="surrogateescape", newline="")
    sample = handle.read(1 << 16)
    handle.seek(0)
    reader = csv.reader(handle, delimiter=csv_delimiter(sample))
    header = [h.strip() for h in next(reader, [])]
    if not any(header):
        handle.close()
        raise IngestError(f"{path}:1: the file has no header row")

    def rows() -> Iterator[TableRow]:
        with handle:
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue
                row = reader.line_num
                if len(cells) > len(header) and not any(c.strip() for c in cells[len(header):]):
                    cells = cells[: len(header)]  # a spreadsheet's trailing empty cells
                if len(cells) != len(header):
                    problem = f"row has {len(cells)} fields, the header has {len(header)}"
                    extra = {f"column {i}": c for i, c in enumerate(cells[len(header):], len(header) + 1)}
                    yield TableRow(row, {**dict(zip(header, cells, strict=False)), **extra}, problem)
                else:
                    yield TableRow(row, dict(zip(header, cells, strict=True)))

    return Table(header, rows())


def _open_json_array(path: Path, encoding: str) -> Table:
    """A .json file holding one array of objects; rows are numbered by their place in the array."""
    try:
        items = json.loads(path.read_text(encoding=encoding, errors="surrogateescape"))
    except json.JSONDecodeError as exc:
        raise IngestError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(items, list):
        raise IngestError(f"{path}: a .json source must hold an array of objects, or one object per line")

    def rows() -> Iterator[TableRow]:
        for number, cells in enumerate(items, start=1):
            if isinstance(cells, dict):
                yield TableRow(number, cells)
            else:
                yield TableRow(number, {}, "an array element must be one JSON object")

    return Table([], rows())


def _starts_with_array(path: Path, encoding: str) -> bool:
    with path.open("r", encoding=encoding, errors="surrogateescape") as handle:
        return handle.read(4096).lstrip("\ufeff \t\r\n").startswith("[")


def _open_jsonl(path: Path, encoding: str) -> Table:
    if path.suffix.lower() == ".json" and _starts_with_array(path, encoding):
        return _open_json_array(path, encoding)
    handle = path.open("r", encoding=encoding, errors="surrogateescape")
    header: list[str] = []

    def rows() -> Iterator[TableRow]:
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    cells = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield TableRow(number, {}, f"not valid JSON: {exc.msg} at column {exc.colno}")
                    continue
                if not isinstance(cells, dict):
                    yield TableRow(number, {}, "a line must hold one JSON object")
                    continue
                yield TableRow(number, cells)

    return Table(header, rows())


def _open_xlsx(path: Path) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise IngestError(f"{path}: not a readable XLSX workbook: {exc}") from None
    sheet = book.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    header: list[str] = []
    header_row = 0
    for number, cells in enumerate(values, start=1):
        if any(c not in (None, "") for c in cells):
            header, header_row = ["" if c is None else str(c).strip() for c in cells], number
            break
    if not header:
        book.close()
        raise IngestError(f"{path}:1: the sheet has no header row")

    def rows() -> Iterator[TableRow]:
        for number, cells in enumerate(values, start=header_row + 1):
            if all(c in (None, "") for c in cells):
                continue
            mapped = {h: _cell_text(c) for h, c in zip(header, cells, strict=False) if h}
            yield TableRow(number, mapped, _lost_digits(header, cells))
        book.close()

    return Table(header, rows())


# A spreadsheet keeps a number to 15 significant digits: an 18-digit ID number typed into a cell that
# is not formatted as text is stored with its last digits changed, and may even pass its check.
_EXACT_DIGITS = 15


def _lost_digits(header: list[str], cells: tuple[Any, ...]) -> str:
    """Why a row cannot be trusted if a cell holds a number too long for the spreadsheet, else ''."""
    for name, value in zip(header, cells, strict=False):
        if isinstance(value, float) and abs(value) >= 10.0**_EXACT_DIGITS:
            return (
                f"{name or 'a column'}: the number {value:.0f} has more than {_EXACT_DIGITS} digits, and a "
                f"spreadsheet keeps only {_EXACT_DIGITS}: its last digits were lost when it was stored; "
                "format the column as text and enter the values again"
            )
    return ""


def open_table(path: Path, encoding: str) -> Table:
    """Open by file suffix; text formats are decoded with `encoding`."""
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _open_csv(path, encoding)
    if suffix in JSONL_SUFFIXES:
        return _open_jsonl(path, encoding)
    if suffix in XLSX_SUFFIXES:
        return _open_xlsx(path)
    known = sorted(CSV_SUFFIXES | JSONL_SUFFIXES | XLSX_SUFFIXES)
    raise IngestError(f"{path}: unknown file type {suffix!r}; expected one of {', '.join(known)}")


def text_of(value: Any) -> str:
    """A cell as text for fields that are text; JSON for nested JSON values."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def jsonable(cells: dict[str, Any]) -> dict[str, Any]:
    """The raw row kept verbatim, with spreadsheet dates written as ISO text."""
    return {k: (v.isoformat() if isinstance(v, dt.datetime | dt.date) else v) for k, v in cells.items()}
