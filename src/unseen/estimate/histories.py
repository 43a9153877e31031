"""Capture histories: which lists name each person, as counts per capture pattern.

Every estimator in this package takes a :class:`CaptureHistories`. Building one validates the input once
(0/1 cells, non-negative whole counts, no all-zero pattern, at least two lists) so the estimators can
trust it. Patterns are also kept as bit masks (list ``j`` is bit ``j``), which is how the log-linear and
graphical models index the cells of the full ``2^t`` table.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from unseen.ingest.decoding import detect_encoding
from unseen.ingest.errors import IngestError
from unseen.ingest.missing import is_missing_value
from unseen.ingest.tables import XLSX_SUFFIXES, csv_delimiter, open_table, text_of

from .errors import EstimateWarning, HistoriesError

__all__ = ["MAX_LISTS", "CaptureHistories", "read_histories_csv"]

#: Above this many lists the pattern space (2^t) is too sparse for anything but the latent-class model.
MAX_LISTS = 30
COUNT_COLUMN = "count"
# How tables in the wild name the count column (R's `as.data.frame(table(...))` writes `Freq`) and the
# person column of one-row-per-person files; matched without regard to case.
COUNT_ALIASES = frozenset({"count", "counts", "freq", "frequency", "n", "number", "total", "cases", "weight",
                           "weights", "people", "persons", "number_of_people", "number_of_persons", "num",
                           "cnt", "n_obs", "detainees", "victims", "records", "count_of_persons",
                           "number_of_detainees", "number_of_victims",
                           # German, Spanish, French, Turkish, Russian, Kazakh, Chinese, Uyghur
                           "anzahl", "cantidad", "número", "numero", "effectif", "nombre", "sayı", "sayi",
                           "adet", "количество", "число", "саны", "数量", "人数", "计数", "سانى"})
ID_ALIASES = frozenset(
    {"id", "person", "person_id", "personid", "record_id", "unique_id", "uid", "individual", "case_id", "pid",
     "uuid", "no", "no.", "nr", "#", "№", "person_no", "编号", "序号", "номер", "sıra_no", "kayıt_no"}
)
# Columns that describe a person in words and are left out like identifiers (but never merge rows).
LABEL_ALIASES = frozenset({"name", "full_name", "label", "note", "notes", "comment", "comments", "nom",
                           "имя", "фио", "аты", "аты_жөні", "isim", "ad_soyad", "姓名", "名字", "ئىسمى"})
# List names that are more likely a description of people (a 0/1 covariate) than a list: said, not refused.
_COVARIATE_LIKE = frozenset({"female", "male", "sex", "gender", "woman", "man", "age", "adult", "child",
                             "minor", "died", "dead", "alive", "year", "region", "stratum", "urban", "rural"})
# Cell spellings read as "on the list" / "not on it": spreadsheets mark with x or yes and leave the rest
# blank; exports write booleans or floats.
# Yes and no in the languages of the users' spreadsheets (Spanish, French, German, Turkish, Russian,
# Kazakh, Uyghur, Chinese) are read too.
ON_LIST = frozenset({"1", "1.0", "true", "t", "yes", "y", "x", "✓", "✔", "是", "有", "sí", "si", "oui", "ja",
                     "evet", "да", "иә", "ھەئە"})
OFF_LIST = frozenset({"0", "0.0", "false", "f", "no", "n", "", "-", "否", "无", "non", "nein", "hayır",
                      "hayir", "нет", "жоқ", "ياق", "yaq"})

IntArray = NDArray[np.int64]
UNKNOWN_STRATUM = "unknown"
MAX_COUNT = 10**15  # far above any count of people, and below where sums of counts overflow


@dataclass(frozen=True)
class CaptureHistories:
    """Observed capture patterns and their counts; the all-zero pattern is never among them.

    ``patterns`` is an ``(m, t)`` 0/1 array of distinct non-zero patterns, ``counts`` their counts (zero
    allowed, meaning the pattern was possible but not seen), ``lists`` the list names in column order.
    """

    lists: tuple[str, ...]
    patterns: NDArray[np.int8]
    counts: IntArray

    def __post_init__(self) -> None:
        _check_shape(self.lists, self.patterns, self.counts)

    # ---------------------------------------------------------------- constructors
    @classmethod
    def from_patterns(
        cls, lists: Sequence[str], patterns: Iterable[Sequence[object]], counts: Iterable[object],
        where: str = "",
    ) -> CaptureHistories:
        """Validate patterns (0/1 rows) with their counts; duplicate patterns are added together."""
        names = tuple(str(x) for x in lists)
        rows = [list(p) for p in patterns]
        cnts = list(counts)
        if len(rows) != len(cnts):
            raise HistoriesError(f"{len(rows)} patterns but {len(cnts)} counts", where.rstrip(":") or None)
        _check_lists(names, where)
        cells = np.zeros((len(rows), len(names)), dtype=np.int8)
        values = np.zeros(len(rows), dtype=np.int64)
        for i, (row, count) in enumerate(zip(rows, cnts, strict=True)):
            loc = f"{where}row {i + 2}" if where else f"row {i + 1}"
            unknown = str(count).strip().lower() in _UNKNOWN_COUNTS
            values[i] = 0 if unknown else _parse_count(count, f"{loc}:{COUNT_COLUMN}")
            cells[i] = _parse_pattern(row, names, loc, none_seen=values[i] == 0)
            if unknown and cells[i].any():
                _parse_count(count, f"{loc}:{COUNT_COLUMN}")  # raises: a seen pattern needs its count
        seen = cells.any(axis=1)  # an all-zero row with a count of 0 says nothing and is left out
        return cls._merged(names, cells[seen], values[seen])

    @classmethod
    def from_records(cls, lists: Sequence[str], rows: Iterable[Sequence[object]]) -> CaptureHistories:
        """One row per person (0/1 per list); a person on no list cannot have been observed."""
        names = tuple(str(x) for x in lists)
        material = [list(r) for r in rows]
        return cls.from_patterns(names, material, [1] * len(material))

    @classmethod
    def from_memberships(cls, pairs: Iterable[tuple[object, str]], lists: Sequence[str] | None = None
                         ) -> CaptureHistories:
        """From ``(person id, list name)`` pairs, as linkage leaves them (persons × sources).

        ``lists`` fixes the list order (and keeps lists that name no one in this stratum); by default
        the names found, sorted.
        """
        on: dict[object, set[str]] = {}
        for person, source in pairs:
            on.setdefault(person, set()).add(str(source))
        names = list(lists) if lists is not None else sorted({s for v in on.values() for s in v})
        unknown = {s for v in on.values() for s in v} - set(names)
        if unknown:
            raise HistoriesError(f"sources {sorted(unknown)} are not among the lists {names}")
        rows = [[1 if name in sources else 0 for name in names] for sources in on.values()]
        return cls.from_records(names, rows)

    @classmethod
    def from_mapping(cls, table: Mapping[str, Sequence[object]]) -> CaptureHistories:
        """Columns by name (e.g. ``DataFrame.to_dict('list')``): one per list plus ``count`` (or an alias);
        identifier columns (``id``, ``person`` …) are left out."""
        keys = list(table)
        count, keep = _columns([str(k) for k in keys], "", list(zip(*(table[k] for k in keys), strict=True)))
        lists = [keys[i] for i in keep]
        rows = zip(*(table[k] for k in lists), strict=True)
        if count is None:
            return cls.from_records(lists, rows)
        return cls.from_patterns(lists, rows, table[keys[count]])

    @classmethod
    def _merged(cls, lists: tuple[str, ...], cells: NDArray[np.int8], values: IntArray) -> CaptureHistories:
        masks = _masks(cells)
        uniq, inverse = np.unique(masks, return_inverse=True)
        counts = np.zeros(len(uniq), dtype=np.int64)
        np.add.at(counts, inverse, values)
        patterns = ((uniq[:, None] >> np.arange(len(lists))) & 1).astype(np.int8)
        return cls(lists, patterns, counts)

    # ---------------------------------------------------------------- views
    @property
    def n_lists(self) -> int:
        return len(self.lists)

    @property
    def observed(self) -> int:
        """Number of distinct people on at least one list."""
        return int(self.counts.sum())

    @property
    def masks(self) -> IntArray:
        """Each pattern as a bit mask: list ``j`` is bit ``j``."""
        return _masks(self.patterns)

    def cell_counts(self) -> IntArray:
        """Counts of all ``2^t - 1`` observable cells, index ``mask - 1`` (unseen patterns are 0)."""
        if self.n_lists > 20:
            raise HistoriesError(f"{self.n_lists} lists: the full table of 2^{self.n_lists} cells is too big")
        full = np.zeros(2**self.n_lists - 1, dtype=np.int64)
        np.add.at(full, self.masks - 1, self.counts)
        return full

    def list_totals(self) -> dict[str, int]:
        """How many people each list names."""
        tot = (self.patterns.astype(np.int64) * self.counts[:, None]).sum(axis=0)
        return dict(zip(self.lists, (int(x) for x in tot), strict=True))

    def overlaps(self) -> IntArray:
        """``t × t`` matrix: people named by both list ``i`` and list ``j`` (diagonal: list totals)."""
        p = self.patterns.astype(np.int64)
        return np.asarray((p * self.counts[:, None]).T @ p, dtype=np.int64)

    def isolated_lists(self) -> list[str]:
        """Lists with records that share no person with any other list (no overlap information)."""
        ov = self.overlaps()
        out = []
        for j, name in enumerate(self.lists):
            if ov[j, j] > 0 and ov[j].sum() - ov[j, j] == 0:
                out.append(name)
        return out

    def nonempty_lists(self) -> list[str]:
        totals = self.list_totals()
        return [name for name in self.lists if totals[name] > 0]

    def drop_empty_lists(self) -> CaptureHistories:
        """The same people over only the lists that name someone."""
        keep = [j for j, name in enumerate(self.lists) if self.list_totals()[name] > 0]
        return self.select(keep)

    def select(self, columns: Sequence[int]) -> CaptureHistories:
        """Restrict to some lists; people on none of them drop out (they are then unobserved)."""
        cells = self.patterns[:, list(columns)]
        seen = cells.any(axis=1)
        names = tuple(self.lists[j] for j in columns)
        _check_lists(names, "")
        return CaptureHistories._merged(names, cells[seen], self.counts[seen])

    def to_rows(self) -> list[dict[str, int]]:
        """Plain rows (one per pattern) for JSON and CSV output."""
        return [
            {**dict(zip(self.lists, (int(v) for v in p), strict=True)), COUNT_COLUMN: int(c)}
            for p, c in zip(self.patterns, self.counts, strict=True)
        ]

    def warn_about_problems(self) -> None:
        """Refuse tables where no two lists overlap; warn about single lists that overlap no other.

        A list that shares no one with the others says that every person it names was missed by all
        of them: models take that at face value, and the estimate grows with the list's size.
        """
        isolated = self.isolated_lists()
        named = self.nonempty_lists()
        if len(isolated) == len(named):
            raise HistoriesError(
                "no two lists share anyone: capture-recapture estimates the unseen from the overlap "
                "between lists, and these lists have none"
            )
        if isolated:
            rest = [x for x in named if x not in isolated]
            warnings.warn(
                f"list(s) {', '.join(isolated)} share no one with any other list: the estimate then "
                f"counts all of their people as missed by every other list, which makes it much larger; "
                f"to estimate from the overlapping lists only ({', '.join(rest)}), leave the isolated "
                f"column(s) out of the table",
                EstimateWarning,
                stacklevel=2,
            )
        seen = self.patterns[self.counts > 0]
        everyone = [x for x in named if len(seen) and bool(seen[:, self.lists.index(x)].all())]
        if everyone and len(everyone) < len(named):
            warnings.warn(
                f"list(s) {', '.join(everyone)} name everyone observed: no one is seen only by the other "
                "lists, so the tables that models fit have empty cells and many models have no estimate; "
                "the overlap says little about whom these lists miss",
                EstimateWarning,
                stacklevel=2,
            )
        named_columns = [self.lists.index(x) for x in named]
        if len(named) >= 2 and len(seen) and bool(seen[:, named_columns].all()):
            warnings.warn(
                "everyone observed is on every list: the lists never miss anyone they could have named, "
                "so the data say nothing of people no list found; the estimate cannot be more than the "
                "number observed, whatever the truth",
                EstimateWarning,
                stacklevel=2,
            )


def read_histories_csv(path: str | Path) -> CaptureHistories:
    """Read a CSV (or XLSX) of patterns (0/1 per list plus ``count``) or of persons (0/1 per list, no
    ``count``).

    Encoding and delimiter are detected as the importer detects them. The count column may be spelt
    as R and spreadsheets spell it (``Freq``, ``n``, ``weight`` …); a person identifier column (``id``,
    ``person_id`` …) or a name column is left out, and rows that share an identifier are one person;
    cells may be yes/no, true/false or x/blank; a column of pattern strings (``0101``) is one list per
    character.
    """
    p = Path(path)
    header, body = _checked_rows(p)
    return _histories(header, body, str(p))


def read_histories_csv_by(path: str | Path, column: str) -> dict[str, CaptureHistories]:
    """The file of :func:`read_histories_csv`, one capture-history table per value of `column` (a
    stratum: region, year, sex …), every table with all the file's lists. Values that differ only in
    case or spacing are one stratum, named as most rows write it; a blank cell, and one that only
    says the value is missing (``unknown``, ``N/A``, ``未知``), is in the ``unknown`` stratum."""
    p = Path(path)
    header, body = _checked_rows(p)
    wanted = _folded(column)
    found = [k for k, h in enumerate(header) if _folded(h) == wanted]
    if not found:
        raise HistoriesError(f"no column {column!r} to estimate by (columns: {', '.join(header)})", str(p))
    k = found[0]
    _check_stratum_column(header, body, k, str(p))
    groups: dict[str, list[list[str]]] = {}
    spellings: dict[str, Counter[str]] = {}
    for row in body:
        value = " ".join(row[k].split())
        key = UNKNOWN_STRATUM if is_missing_value(value) else value.casefold()
        spellings.setdefault(key, Counter())[value or "(blank)"] += 1
        groups.setdefault(key, []).append(row[:k] + row[k + 1 :])
    merged = [sorted(c) for c in spellings.values() if len(c) > 1]
    if merged:
        shown = "; ".join(", ".join(map(repr, names)) for names in merged[:5])
        warnings.warn(f"{p}: values of {header[k]!r} that differ only in case or spacing, or that say the "
                      f"value is missing, are one stratum each: {shown}", EstimateWarning, stacklevel=2)
    rest = header[:k] + header[k + 1 :]
    named = {key: UNKNOWN_STRATUM if key == UNKNOWN_STRATUM else spellings[key].most_common(1)[0][0]
             for key in groups}
    return {named[key]: _histories(rest, rows, f"{p} ({header[k]} = {named[key]})")
            for key, rows in groups.items()}


def _check_stratum_column(header: Sequence[str], body: Sequence[Sequence[str]], k: int, where: str) -> None:
    """A column of counts or of 0/1 cells splits nothing into strata: it is part of the table."""
    count, _ = _columns(header, where, body)
    cells = {row[k].strip().lower() for row in body}
    if k == count or cells <= ON_LIST | OFF_LIST:
        what = "the count column" if k == count else "a list (its cells are 0/1)"
        raise HistoriesError(f"column {header[k]!r} is {what}; --by needs a column that names strata "
                             "(region, year, sex …)", where)


def _checked_rows(p: Path) -> tuple[list[str], list[list[str]]]:
    """Header and non-blank rows, each row as wide as the header."""
    header, body = _read_rows(p)
    if not header:
        raise HistoriesError("the file is empty", str(p))
    body = [row for row in body if any(cell.strip() for cell in row)]
    for i, row in enumerate(body):
        if len(row) != len(header):
            raise HistoriesError(f"{len(row)} cells, the header has {len(header)}", f"{p}:row {i + 2}")
    if not body:
        workbook = p.suffix.lower() in XLSX_SUFFIXES
        first_sheet = " (of a workbook, only the first sheet is read)" if workbook else ""
        raise HistoriesError(f"no capture patterns in the file{first_sheet}", str(p))
    return header, body


def _histories(header: list[str], body: list[list[str]], where: str) -> CaptureHistories:
    header, body = _pattern_strings_split(header, body)
    count, keep = _columns(header, where, body)
    lists = [header[k] or f"column {k + 1}" for k in keep]
    if nameless := [name for k, name in zip(keep, lists, strict=True) if not header[k]]:
        warnings.warn(f"{where}: a list without a name in the header is called by its place: "
                      f"{', '.join(nameless)}", EstimateWarning, stacklevel=3)
    rows = [[r[k] for k in keep] for r in body]
    _check_no_label_column(rows, lists, where)
    _warn_about_blanks(rows, lists, where)
    _warn_about_covariates(lists, where)
    if count is not None:
        h = CaptureHistories.from_patterns(lists, rows, [r[count] for r in body], where=f"{where}:")
        _warn_about_repeated_patterns(rows, where)  # once every cell is read: a bad cell is no repeat
        _warn_about_dot_thousands([r[count] for r in body], where)
        return h
    rows = _one_row_per_person(header, body, rows, where)
    return CaptureHistories.from_patterns(lists, rows, [1] * len(rows), where=f"{where}:")


def _read_rows(p: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows as stripped text, from a CSV in any common encoding and delimiter, or a
    workbook's first sheet."""
    if p.suffix.lower() in XLSX_SUFFIXES:
        try:
            table = open_table(p, "utf-8")
            header = [h.strip() for h in table.header]
            return header, [[text_of(r.cells.get(h)) for h in header] for r in table.rows]
        except IngestError as exc:
            raise HistoriesError(str(exc)) from None
    with p.open("rb") as raw:
        if raw.read(4) == b"PK\x03\x04":  # a zip archive: a workbook under a text file's name
            raise HistoriesError("this is a spreadsheet workbook, not CSV text: name it .xlsx, or save it "
                                 "as CSV", str(p))
    try:
        with p.open(newline="", encoding=detect_encoding(p)) as handle:
            start, first = handle.tell(), handle.readline()
            while first and not first.strip():  # blank lines above the header are passed over
                start, first = handle.tell(), handle.readline()
            declared = _EXCEL_SEP.fullmatch(first.strip())  # Excel's "sep=;" line names the delimiter
            delimiter = declared[1] if declared else csv_delimiter(first)
            if not declared:
                handle.seek(start)  # back to the header line, for the csv reader
            reader = csv.reader(handle, delimiter=delimiter)
            header = [h.strip() for h in next(reader, [])]
            return header, list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise HistoriesError(f"cannot be read as a CSV text file ({exc}); save it as CSV", str(p)) from None


_PATTERN_STRING = re.compile(r"^[01]{2,}$")
_EXCEL_SEP = re.compile(r"\ufeff?sep=(.)", re.IGNORECASE)
# Headers of a column that holds whole capture histories as strings (Rcapture and MARK write them so).
_PATTERN_HEADERS = frozenset({"pattern", "patterns", "history", "histories", "capture_history", "ch"})


def _pattern_strings_split(header: list[str], body: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The one column beside counts and identifiers, when it holds strings of 0s and 1s of one length
    (``0101``), as one list per character: named by the header's letters when it has one per list
    (``ABCD``), else ``pattern1`` … A count of 100 is also such a string, so no other column is split."""
    others = [k for k, h in enumerate(header) if _folded(h) not in COUNT_ALIASES | ID_ALIASES | LABEL_ALIASES]
    if len(others) != 1:
        return header, body
    k = others[0]
    name, cells = header[k], [row[k].strip() for row in body]
    if not all(_PATTERN_STRING.match(c) for c in cells) or len({len(c) for c in cells}) != 1:
        return header, body
    width = len(cells[0])
    names = list(name) if len(name) == width == len(set(name)) and name.isalpha() else [
        f"{name or 'list'}{j + 1}" for j in range(width)]
    return header[:k] + names + header[k + 1:], [row[:k] + list(row[k].strip()) + row[k + 1:] for row in body]


def _one_row_per_person(header: Sequence[str], body: Sequence[Sequence[str]], rows: list[list[str]],
                        where: str) -> list[list[str]]:
    """Rows that share a person identifier are one person, on every list any of them marks (a file with
    a row per mention); said, since a file meant as one row per person then holds a mistake."""
    ids = [k for k, h in enumerate(header) if _folded(h) in ID_ALIASES]
    if not ids:
        return rows
    merged: dict[str, list[str]] = {}
    for row, values in zip(body, rows, strict=True):
        person = row[ids[0]].strip()
        if not person:
            merged[f"\0{len(merged)}"] = values  # no identifier: a person of its own
            continue
        seen = merged.get(person)
        merged[person] = values if seen is None else [
            "1" if _on_list(a) or _on_list(b) else "0"
            for a, b in zip(seen, values, strict=True)]
    if len(merged) < len(rows):
        warnings.warn(
            f"{where}: {len(rows) - len(merged)} row(s) repeat a person's {header[ids[0]]!r}; each person "
            f"is counted once, on every list any of their rows marks ({len(merged)} persons)",
            EstimateWarning, stacklevel=3,
        )
    return list(merged.values())


_DOT_ZEROS = re.compile(r"\d{1,3}(\.000)+")


def _warn_about_dot_thousands(counts: Sequence[str], where: str) -> None:
    """69.000 is read as 69, as a number written with decimals; where a dot groups thousands (German,
    Turkish, Russian spreadsheets) it is 69,000, a thousand times more. Said, since both are common."""
    grouped = [c.strip() for c in counts if _DOT_ZEROS.fullmatch(c.strip())]
    if grouped:
        warnings.warn(f"{where}: {len(grouped)} count(s) written like {grouped[0]!r} are read as "
                      f"{int(float(grouped[0]))}; if the dot groups thousands there, write the counts "
                      "without it", EstimateWarning, stacklevel=3)


def _warn_about_repeated_patterns(rows: Sequence[Sequence[str]], where: str) -> None:
    patterns = [tuple(map(_on_list, row)) for row in rows]
    repeated = len(patterns) - len(set(patterns))
    if repeated:
        warnings.warn(
            f"{where}: {repeated} row(s) repeat a capture pattern of an earlier row; their counts are added",
            EstimateWarning, stacklevel=3,
        )


def _warn_about_covariates(lists: Sequence[str], where: str) -> None:
    described = [name for name in lists if _folded(name) in _COVARIATE_LIKE]
    if described:
        warnings.warn(
            f"{where}: column(s) {described} are read as lists (who is on them); if they describe people "
            "instead, leave them out of the file (in a project, estimate by them with --by)",
            EstimateWarning, stacklevel=3,
        )


def _on_list(cell: object) -> bool:
    """Whether a capture cell, as spelt, says 'on the list' (see `ON_LIST`)."""
    return str(cell).strip().lower() in ON_LIST


def _folded(header: str) -> str:
    """A header as the aliases spell it: lower case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", header.strip().lower())


def _check_no_label_column(rows: Sequence[Sequence[str]], lists: Sequence[str], where: str) -> None:
    """A column of words with no capture cell at all is a label (names), not a list: say how to keep
    it. (A column of other numbers gets the per-cell error.)"""
    for j, name in enumerate(lists):
        cells = [row[j].strip().lower() for row in rows]
        worded = any(ch.isalpha() for c in cells for ch in c)
        if worded and not any(c in ON_LIST or c in OFF_LIST for c in cells):
            raise HistoriesError(
                f"column {name!r} holds no 0/1 cells (first: {rows[0][j].strip()!r}): a list column marks "
                "who is on the list; a column that identifies people is left out when it is called id or "
                "person_id (rows with one id are one person), or name; to estimate per value of a column "
                f"that describes people, pass --by {name}",
                where,
            )


def _warn_about_blanks(rows: Sequence[Sequence[str]], lists: Sequence[str], where: str) -> None:
    """Blank cells mean 'not on the list' in a table marked with x; among 0s and 1s a blank is more
    likely a value nobody entered, so it is read as 0 but said."""
    blanks = [(i + 2, lists[j]) for i, row in enumerate(rows) for j, cell in enumerate(row)
              if not cell.strip()]
    if blanks and any(cell.strip() == "0" for row in rows for cell in row):
        shown = ", ".join(f"row {r} {name}" for r, name in blanks[:5]) + (" …" if len(blanks) > 5 else "")
        warnings.warn(
            f"{where}: {len(blanks)} blank cell(s) in a table of 0s and 1s, read as 0 (not on the list): "
            f"{shown}; write 0 or 1 there if that is not what they mean",
            EstimateWarning,
            stacklevel=3,
        )


def _columns(header: Sequence[str], where: str, rows: Sequence[Sequence[object]] = ()
             ) -> tuple[int | None, list[int]]:
    """Index of the count column (any of `COUNT_ALIASES`; None for one row per person) and the
    indices of the list columns (all others but identifier columns, `ID_ALIASES`).

    A column named like a count only by a word that also names lists (N, Total, Number, Cases) is a
    list when its cells are 0/1 with some 0 and the other columns repeat patterns: one row per
    person, with a list called N. Unnamed columns (a trailing delimiter) are dropped.
    """
    folded = [_folded(h) for h in header]
    found = [k for k, h in enumerate(folded) if h in COUNT_ALIASES]
    found = [k for k in found if folded[k] not in _LIST_LIKE_COUNTS or not _is_list_column(rows, k)]
    if len(found) > 1:
        raise HistoriesError(f"several count columns: {[header[k] for k in found]}", where)
    count = found[0] if found else None
    unnamed = {k for k, h in enumerate(folded) if not h and all(not str(r[k]).strip() for r in rows)}
    left_out = ID_ALIASES | LABEL_ALIASES
    return count, [k for k, h in enumerate(folded) if k != count and h not in left_out and k not in unnamed]


# Words for a count column that are also plausible list names.
_LIST_LIKE_COUNTS = frozenset({"n", "number", "total", "cases"})


def _is_list_column(rows: Sequence[Sequence[object]], k: int) -> bool:
    cells = [str(r[k]).strip().lower() for r in rows]
    if not cells or not all(c in ON_LIST or c in OFF_LIST for c in cells):
        return False
    if all(c in ON_LIST for c in cells):
        return False  # every pattern seen once: a count of ones
    patterns = [tuple(str(v).strip().lower() for j, v in enumerate(r) if j != k) for r in rows]
    return len(set(patterns)) < len(patterns)


# -------------------------------------------------------------------- validation helpers
def _check_lists(names: tuple[str, ...], where: str) -> None:
    where = where.rstrip(":")  # a file's locator ends in ':' before a row; HistoriesError adds its own
    if len(names) < 2:
        listed = f" ({names[0]})" if names else ""
        raise HistoriesError(
            f"{len(names)} list{listed}: capture-recapture needs the overlap of at least two lists "
            "(three for any model that allows dependence between lists)", where or None,
        )
    if len(names) > MAX_LISTS:
        raise HistoriesError(f"{len(names)} lists: at most {MAX_LISTS} are supported", where or None)
    if len(set(names)) != len(names):
        raise HistoriesError(f"duplicate list names in {list(names)}", where or None)


def _parse_pattern(row: Sequence[object], names: tuple[str, ...], loc: str, none_seen: bool = False
                   ) -> NDArray[np.int8]:
    if len(row) != len(names):
        raise HistoriesError(f"{len(row)} cells for {len(names)} lists", loc)
    out = np.zeros(len(names), dtype=np.int8)
    for j, cell in enumerate(row):
        text = str(cell).strip().lower()
        if text in ON_LIST:
            out[j] = 1
        elif text not in OFF_LIST:
            hint = (f"; if {names[j]!r} holds counts, call it count (or Freq, n), and if it identifies "
                    "people, id (or person_id)") if text.isdigit() else ""
            raise HistoriesError(
                f"cell is {str(cell).strip()!r}; capture cells must be 0 or 1 "
                f"(or yes/no, true/false, x/blank){hint}",
                f"{loc}:{names[j]}",
            )
    if not out.any() and not none_seen:
        raise HistoriesError(
            "the all-zero pattern (on no list) cannot be observed; it is what is estimated", loc
        )
    return out


# What tables write for the unobserved all-zero cell's count (R's NA; a blank, a dash): the cell
# says nothing, as one with a count of 0 does. For any other pattern it is an error.
_UNKNOWN_COUNTS = frozenset({"na", "n/a", "nan", "", "-", "?", "."})
_THOUSANDS_SPACE = re.compile(r"(?<=\d)[\s\u00a0\u202f\u2009'](?=\d{3}(?!\d))")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")


def _parse_count(value: object, loc: str) -> int:
    """A whole count; thousands may be grouped with commas or spaces (2,470, 2 470)."""
    text = _THOUSANDS_SPACE.sub("", str(value).strip())
    if _COMMA_THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise HistoriesError(f"count is {value!r}, not a number", loc) from None
    if not np.isfinite(number) or number != int(number):
        grouped = " (if the dot groups thousands, write the count without it)" if _DOT_THOUSANDS.fullmatch(
            text) else ""
        raise HistoriesError(f"count is {value!r}; counts must be whole numbers{grouped}", loc)
    if number < 0:
        raise HistoriesError(f"count is {value!r}; counts cannot be negative", loc)
    if number > MAX_COUNT:
        raise HistoriesError(f"count is {value!r}; a count above 10^15 cannot be a count of people (a "
                             "number pasted into the wrong column?)", loc)
    return int(number)


def _check_shape(lists: tuple[str, ...], patterns: NDArray[np.int8], counts: IntArray) -> None:
    if patterns.ndim != 2 or patterns.shape[1] != len(lists) or patterns.shape[0] != counts.shape[0]:
        raise HistoriesError(f"patterns {patterns.shape} do not match {len(lists)} lists / {counts.shape}")
    if patterns.shape[0] == 0 or int(counts.sum()) == 0:
        raise HistoriesError("no one is observed: every count is zero")


def _masks(cells: NDArray[np.int8]) -> IntArray:
    weights = np.left_shift(np.int64(1), np.arange(cells.shape[1], dtype=np.int64))
    return np.asarray(cells.astype(np.int64) @ weights, dtype=np.int64)
