"""Commands over the case database: import, sources, search, show, export."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from unseen.cli.bars import stderr_bars
from unseen.cli.context import actor, open_project, output_file

err = Console(stderr=True, soft_wrap=True)  # paths in messages stay whole when piped
out = Console()


def _count_lines(path: Path) -> int | None:
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return None
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _check_rejects_path(rejects: Path, file: Path, mapping_path: Path, skip_bad_rows: bool) -> None:
    """Refuse a rejects file that would overwrite the evidence being imported, or cannot be written."""
    if not skip_bad_rows:
        raise click.UsageError("--rejects is where --skip-bad-rows writes the bad rows: give both or neither")
    for given, what in ((file, "the file being imported"), (mapping_path, "the mapping")):
        if rejects.resolve() == given.resolve():
            raise click.BadParameter(f"{rejects} is {what}: it would be overwritten", param_hint="--rejects")
    if not rejects.resolve().parent.is_dir():
        raise click.BadParameter(f"{rejects.parent} is not a folder", param_hint="--rejects")


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--mapping", "mapping_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--encoding", default=None, help="Text encoding of the file (default: detected).")
@click.option("--append", is_flag=True, help="Add this file to a source key that already has one.")
@click.option("--skip-bad-rows", is_flag=True, help="Import good rows; write bad ones to a reject file.")
@click.option(
    "--rejects",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=output_file,
    help="Reject file (default FILE.rejects.csv).",
)
@click.pass_context
def import_file(
    ctx: click.Context,
    file: Path,
    mapping_path: Path,
    encoding: str | None,
    append: bool,
    skip_bad_rows: bool,
    rejects: Path | None,
) -> None:
    """Import a CSV, XLSX or JSON Lines FILE as one source, described by a mapping TOML."""
    if rejects is not None:
        _check_rejects_path(rejects, file, mapping_path, skip_bad_rows)
    open_project(ctx)
    from unseen.cases.actions import ImportFailed, import_source
    from unseen.ingest import IngestError, load_mapping

    try:
        mapping = load_mapping(mapping_path)
        total = _count_lines(file)
        columns = [
            TextColumn("importing {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        ]
        with stderr_bars(*columns, console=err) as progress:
            task = progress.add_task(file.name, total=total)
            result = import_source(
                file,
                mapping,
                actor(),
                encoding=encoding,
                append=append,
                skip_bad_rows=skip_bad_rows,
                rejects_path=rejects,
                progress=lambda n: progress.advance(task, n),
            )
    except ImportFailed as exc:
        for problem in exc.problems:
            err.print(str(problem), markup=False, highlight=False, soft_wrap=True)
        raise click.ClickException(f"{file.name}: {exc}") from None
    except (IngestError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if result.already_imported:
        digest = result.sha256[:12]
        click.echo(f"{file.name} was already imported (SHA-256 {digest}) into {result.source_key}: no change")
        return
    click.echo(
        f"Imported {result.imported} records from {file.name} into source {result.source_key} "
        f"(encoding {result.encoding}; {result.conflicts} with flagged conflicts)"
    )
    if result.rejected:
        click.echo(f"Rejected {result.rejected} rows; reasons written to {result.rejects_path}")
    if result.nameless:
        rows = ", ".join(map(str, result.nameless[:10])) + (" …" if len(result.nameless) > 10 else "")
        click.echo(
            f"{len(result.nameless)} record(s) have no name (rows {rows}): kept as the source gives them; "
            "linkage can join them to others only through an ID number"
        )


@click.command()
@click.pass_context
def sources(ctx: click.Context) -> None:
    """List the sources with their grade, kind and number of records."""
    open_project(ctx)
    from django.db.models import Count

    from unseen.cases.models import Source

    rows = list(Source.objects.annotate(n=Count("records", distinct=True), f=Count("files", distinct=True)))
    table = Table()
    # the key is what `import --append`, `export` and linkage take: shown whole, whatever the width
    table.add_column("key", no_wrap=True, min_width=max((len(s.key) for s in rows), default=3))
    for name in ("title", "kind", "lang", "grade"):  # wrapped at spaces; a word wider than the column folds
        table.add_column(name, overflow="fold")
    for name in ("files", "records"):
        table.add_column(name, overflow="fold", justify="right")
    for source in rows:
        table.add_row(
            source.key, source.title, source.kind, source.language, source.grade, str(source.f), str(source.n)
        )
    out.print(table)


@click.command()
@click.argument("query")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1))
@click.pass_context
def search(ctx: click.Context, query: str, limit: int) -> None:
    """Find records by name."""
    open_project(ctx)
    from unseen.cases.queries import partial_date, search_records

    table = Table("person", "record", "name", "born", "source")
    found = list(search_records(query, limit + 1))
    cut = len(found) > limit
    found = found[:limit]
    for record in found:
        table.add_row(
            f"P{record.person_id}",
            f"R{record.pk}",
            record.full_name,
            partial_date(record, "birth_date"),
            record.source.key,
        )
    out.print(table if found else f"No records match {query!r}")
    if cut:
        out.print(f"Only the first {limit} records are shown; --limit shows more.")


@click.command()
@click.argument("ident")
@click.pass_context
def show(ctx: click.Context, ident: str) -> None:
    """Show a person (P12 or 12) or a record (R12) with every fact and its source."""
    open_project(ctx)
    from unseen.cases.models import Person, Record
    from unseen.cases.queries import PersonSplit, record_row, resolve_person

    kind, number = (ident[0].upper(), ident[1:]) if ident[:1].isalpha() else ("P", ident)
    if not number.isdigit() or kind not in "PR":
        raise click.BadParameter(f"{ident!r}: expected P<number>, R<number> or a number", param_hint="ID")
    try:
        person = resolve_person(int(number)) if kind == "P" else Record.objects.get(pk=int(number)).person
    except (Person.DoesNotExist, Record.DoesNotExist):
        raise click.ClickException(f"no {'person' if kind == 'P' else 'record'} {number}") from None
    except PersonSplit as split:
        out.print(f"{split}: `unseen show` one of them", markup=False)
        return
    heading = f"[bold]Person P{person.pk}[/bold]"
    if kind == "P" and person.pk != int(number):
        heading += f" (P{number} was merged; the records it held are here now)"
    if kind == "R":
        heading += f", the person of record R{number}"
    out.print(heading)
    for record in person.records.select_related("source"):
        row = record_row(record)
        table = Table(
            title=f"R{record.pk} from {record.source.key} ({record.source.grade}), row {record.row_number}"
        )
        table.add_column("field")
        table.add_column("value")
        for name, value in row.items():
            if value not in ("", [], None) and name not in {"record_id", "source", "row_number", "person_id"}:
                table.add_row(name, json.dumps(value, ensure_ascii=False) if name == "flags" else str(value))
        out.print(table)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: Any) -> Any:
    """A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`) with a leading
    apostrophe, so that opening a shared export runs nothing; numbers and a lone "-" as they are."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START) or value == "-":
        return value
    try:
        float(value)
    except ValueError:
        return "'" + value
    return value


def _write(rows_format: str, handle: IO[str]) -> int:
    from unseen.cases.queries import EXPORT_COLUMNS, export_rows

    count = 0
    if rows_format == "csv":
        writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in export_rows():
            flags = json.dumps(row["flags"], ensure_ascii=False) if row["flags"] else ""
            writer.writerow({name: _inert(value) for name, value in {**row, "flags": flags}.items()})
            count += 1
    else:
        for row in export_rows():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


@click.command()
@click.option(
    "--format", "rows_format", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True
)
@click.option(
    "--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), callback=output_file,
    help="File (default: stdout).",
)
@click.pass_context
def export(ctx: click.Context, rows_format: str, out_path: Path | None) -> None:
    """Export one row per record: record_id, source, every parsed field, person_id."""
    open_project(ctx)
    if out_path is None:
        _write(rows_format, sys.stdout)
        return
    temp = out_path.with_name(out_path.name + ".part")
    with temp.open("w", encoding="utf-8", newline="") as handle:
        count = _write(rows_format, handle)
    temp.replace(out_path)
    err.print(f"Exported {count} records to {out_path}")
