"""Import one source file: all rows in one transaction, or (with skip_bad_rows) the good rows only.

The database is either exactly as before or holds the whole file: a failure, a bad row in the default
mode, or a process killed mid-import leaves no partial source behind because nothing is committed
until the last row is stored.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from unseen.cases.actions.audit import audit
from unseen.cases.actions.parse_worker import BackgroundReading, ParsedBatch, read_in_background
from unseen.cases.actions.record_rows import insert_records
from unseen.cases.models import Source, SourceFile
from unseen.ingest import IngestError, Mapping, Problem
from unseen.ingest.reading import ParsedRow

BATCH = 2000


class ImportFailed(IngestError):
    """The file was not imported; `problems` lists every bad row and cell."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s); nothing was imported")


class SourceExists(IngestError):
    """A different file already fed this source key and --append was not given."""


@dataclass
class ImportResult:
    source_key: str
    file_name: str
    sha256: str
    already_imported: bool = False
    encoding: str = ""
    imported: int = 0
    rejected: int = 0
    conflicts: int = 0
    rejects_path: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    nameless: list[int] = field(default_factory=list)  # rows stored without a name


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _source_for(mapping: Mapping, append: bool) -> Source:
    meta = mapping.source
    existing = Source.objects.filter(key=meta.key).first()
    if existing is not None:
        if not append:
            raise SourceExists(
                f"source {meta.key!r} already has a file ({existing.files.count()} so far); "
                "use --append to add this one to it"
            )
        return existing
    source = Source(
        key=meta.key,
        title=meta.title,
        kind=meta.kind,
        language=meta.language,
        reliability=meta.reliability,
        credibility=meta.credibility,
        notes=meta.notes,
    )
    source.full_clean()
    source.save()
    return source


class _Rejects:
    """Rejected rows and their reasons, written to a temporary file renamed only on success."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = path.with_name(path.name + ".part")
        self.handle = self.temp.open("w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(["row", "column", "reason", "raw"])

    def add(self, parsed: ParsedRow) -> None:
        raw = json.dumps(parsed.raw, ensure_ascii=False, default=str)
        for problem in parsed.problems:
            self.writer.writerow([problem.row, problem.column, problem.reason, raw])

    def finish(self, keep: bool) -> None:
        self.handle.close()
        if keep:
            os.replace(self.temp, self.path)
        else:
            self.temp.unlink(missing_ok=True)


def _take(
    batch: ParsedBatch, result: ImportResult, rejects: _Rejects | None, store: Callable[..., None]
) -> None:
    for parsed in batch.bad:
        result.problems.extend(parsed.problems)
        if rejects is not None:
            rejects.add(parsed)
    result.rejected += len(batch.bad)
    if not result.problems or rejects is not None:
        store(batch.good)
        result.imported += len(batch.good)
        result.conflicts += batch.conflicts
        result.nameless += batch.nameless


def import_source(
    path: Path,
    mapping: Mapping,
    actor: str,
    *,
    encoding: str | None = None,
    append: bool = False,
    skip_bad_rows: bool = False,
    rejects_path: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Store a whole file as one source (or more rows of one, with append) in one transaction."""
    sha = file_sha256(path)
    result = ImportResult(mapping.source.key, path.name, sha)
    known = SourceFile.objects.filter(sha256=sha).select_related("source").first()
    if known is not None:
        result.already_imported = True
        result.source_key = known.source.key
        result.imported = known.rows
        return result
    reading = read_in_background(path, mapping, encoding, BATCH)
    with closing(reading):
        result.encoding = reading.encoding
        if reading.header_problems:
            raise ImportFailed(reading.header_problems)
        _store_all(reading, mapping, actor, append, result, skip_bad_rows, rejects_path, progress)
    return result


def _store_all(
    reading: BackgroundReading,
    mapping: Mapping,
    actor: str,
    append: bool,
    result: ImportResult,
    skip_bad_rows: bool,
    rejects_path: Path | None,
    progress: Callable[[int], None] | None,
) -> None:
    path = reading.path
    rejects = _Rejects(rejects_path or path.with_name(path.name + ".rejects.csv")) if skip_bad_rows else None
    sha = result.sha256
    try:
        with transaction.atomic():
            source = _source_for(mapping, append)
            source_file = SourceFile.objects.create(
                source=source,
                original_name=path.name,
                sha256=sha,
                encoding=reading.encoding,
                imported_by=actor,
            )

            def store(rows: list[tuple[object, ...]]) -> None:
                insert_records(rows, source.pk, source_file.pk)

            for batch in reading.batches:
                _take(batch, result, rejects, store)
                if progress is not None:
                    progress(batch.seen)
            if result.problems and rejects is None:
                raise ImportFailed(result.problems)
            if result.imported == 0 and result.rejected == 0:
                empty = Problem(path.name, 1, "*", "no rows after the header: nothing to import")
                raise ImportFailed([empty])
            source_file.rows = result.imported
            source_file.rejected_rows = result.rejected
            source_file.save(update_fields=["rows", "rejected_rows"])
            audit(
                actor,
                "import_source",
                f"source:{source.key}",
                file=path.name,
                sha256=sha,
                rows=result.imported,
                rejected=result.rejected,
                conflicts=result.conflicts,
            )
    except BaseException:
        if rejects is not None:
            rejects.finish(keep=False)
        raise
    if rejects is not None:
        rejects.finish(keep=result.rejected > 0)
        result.rejects_path = rejects.path if result.rejected else None
