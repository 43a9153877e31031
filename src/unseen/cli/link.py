"""`unseen link`: the standalone CSV mode of the linker (records CSV in, record → cluster CSV out).

A thin shell over `unseen.linkage.link_records`: it reads, shows progress, writes and reports; all
decisions are the library's. The project-database mode is added by the case app on the same API.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from unseen.cli.bars import stderr_bars
from unseen.cli.context import output_file

if TYPE_CHECKING:
    import pandas as pd

    from unseen.linkage import InvalidRecordsError

__all__ = ["link", "RichProgress"]


def _rows_error(path: Path, exc: InvalidRecordsError) -> str:
    """The problems of an input that cannot be linked as it is, with how rows are counted and, where
    it would help, how to link the rest."""
    if not exc.problems:
        return str(exc)
    fixable = any(p.column != "record_id" for p in exc.problems)
    return (f"{path}: {exc}\n(rows are counted as the file shows them: the header is row 1)"
            + ("; --bad-rows singleton links the rest and keeps each such row as a person of its own"
               if fixable else ""))


class RichProgress:
    """Progress bars for the long steps; a step without a total shows a spinner."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._current: TaskID | None = None

    def step(self, name: str, total: int | None = None) -> Callable[[int], None]:
        if self._current is not None:
            task = self._progress.tasks[self._current]
            self._progress.update(self._current, completed=task.total or 1, total=task.total or 1)
        self._current = self._progress.add_task(name, total=total)
        current = self._current
        return lambda n: self._progress.advance(current, n)

    def close(self) -> None:
        if self._current is not None:
            task = self._progress.tasks[self._current]
            self._progress.update(self._current, completed=task.total or 1, total=task.total or 1)


def _write_clusters(path: Path, rows: list[tuple[str, str]]) -> None:
    """Written beside the target and moved into place, so that a failure leaves no half a file."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["record_id", "cluster_id"])
            writer.writerows(rows)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


@click.command("link")
@click.option(
    "--input",
    "input_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Standalone mode: a records CSV (record_id, source, full_name, sex, birth_date, birthplace, "
    "id_number, facility; record_id and full_name required; other columns are not used, and named on "
    "stderr). Without it, the project's records are linked.",
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=output_file,
    help="With --input: where to write record_id,cluster_id for every input record.",
)
@click.option(
    "--incremental",
    is_flag=True,
    help="Project mode: score only records new since the last run, with its model; person ids stay.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0, min_open=True, max_open=True),
    default=0.5,
    show_default=True,
    help="Match probability at which two records are linked; groups of three or more also need the "
    "mean weight between them to clear this threshold's by 0.5 bits (the chaining guard moves with it).",
)
@click.option(
    "--model",
    "model_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Use this trained model (JSON) instead of training on the input.",
)
@click.option(
    "--save-model",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=output_file,
    help="Save the trained model (JSON) here, so a later run scores pairs the same way.",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=output_file,
    help="Write a report of the model (match weights, the most uncertain pair's waterfall) here: "
    "plain text for a .txt file, else HTML. In project mode, the model the run stored.",
)
@click.option(
    "--bad-rows",
    type=click.Choice(["error", "singleton"]),
    default="error",
    show_default=True,
    help="Rows with no name or an impossible birth date: stop with an error naming them, or "
    "leave each as a cluster of its own (a row whose only problem is a missing name is linked "
    "through its ID number, if it has one). Duplicate record ids always stop.",
)
@click.pass_context
def link(
    ctx: click.Context,
    input_path: Path | None,
    out_path: Path | None,
    incremental: bool,
    threshold: float,
    model_path: Path | None,
    save_model: Path | None,
    report: Path | None,
    bad_rows: str,
) -> None:
    """Link records into persons: the project's, or with --input/--out those of a CSV.

    Project mode stores the persons (ids stay stable; merged persons are stamped), keeps the model
    with the run and queues uncertain pairs for `unseen review`; review decisions always apply.
    Standalone mode trains the model on the input (unsupervised) unless --model is given. Rows that
    cannot be linked (no name, impossible birth date, duplicate record id) stop the run with their
    row numbers, or with --bad-rows singleton become clusters of their own (a row missing only its
    name is then linked through its ID number, if it has one).
    """
    if input_path is None:
        if out_path or model_path or save_model:
            raise click.UsageError("--out, --model and --save-model need --input (a project keeps its "
                                   "model with each run)")
        if bad_rows != "error":
            raise click.UsageError("--bad-rows needs --input: in a project, rows that cannot be linked "
                                   "were refused or set aside when their source was imported")
        from unseen.cli.link_project import link_project

        link_project(ctx, incremental, threshold, report)
        return
    if out_path is None or incremental:
        raise click.UsageError("--input needs --out, and --incremental works on the project only")
    for written, option in ((out_path, "--out"), (save_model, "--save-model"), (report, "--report")):
        if written is not None and written.resolve() == input_path.resolve():
            raise click.UsageError(
                f"{option} names the input file {str(input_path)!r}: it would be overwritten"
            )
    from unseen.linkage import (
        InvalidRecordsError,
        LinkageError,
        LinkageModel,
        LinkOptions,
        link_records,
        read_records_csv,
    )

    console = Console(stderr=True, soft_wrap=True)  # paths in messages stay whole when piped
    options = LinkOptions(threshold=threshold, invalid="raise" if bad_rows == "error" else "singleton")
    try:
        records = read_records_csv(input_path)
        if records.attrs.get("unused"):  # a column not used must not vanish unseen (Prison, PRC ID ...)
            console.print(f"[yellow]note:[/] {escape(records.attrs['unused'])}", soft_wrap=True)
        model = LinkageModel.load(model_path) if model_path else None
        with stderr_bars(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        ) as bars:
            reporter = RichProgress(bars)
            result = link_records(records, model=model, options=options, progress=reporter)
            reporter.close()
    except InvalidRecordsError as exc:
        raise click.ClickException(_rows_error(input_path, exc)) from exc
    except LinkageError as exc:
        raise click.ClickException(str(exc)) from exc
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    rows = list(zip(result.assignments["record_id"], result.assignments["person_id"], strict=True))
    _write_clusters(out_path, rows)
    if save_model:
        result.model.save(save_model)
    if report:
        from unseen.cli.link_report import write_report

        write_report(report, result.model, result.review, result.scored.named_nearest(result.linked_ids))
    for problem in result.set_aside:
        console.print(f"[yellow]left as a singleton:[/] {problem}")
    _warn_unread_values(console, records)
    console.print(f"{result.summary}; wrote {out_path}")


def _rows_shown(rows: list[int]) -> str:
    return ", ".join(map(str, rows[:10])) + (f" and {len(rows) - 10} more" if len(rows) > 10 else "")


def _warn_unread_values(console: Console, records: pd.DataFrame) -> None:
    """Say which rows hold a sex or an ID number that is not used as written: a sex no table reads,
    an ID without a digit, an ID whose check character is wrong (rows as the file counts them)."""
    import numpy as np

    from unseen.ingest.chinese_id import is_scientific_notation
    from unseen.ingest.errors import FieldError
    from unseen.ingest.values import parse_sex
    from unseen.linkage.idnumbers import failing_check, normalize_ids

    def unreadable_sex(value: str) -> bool:
        try:
            parse_sex(value)
        except FieldError:
            return True
        return False

    sexes = records["sex"]
    odd = {v for v in sexes.unique().tolist() if v and unreadable_sex(v)}
    if odd:
        rows = [int(i) + 2 for i in np.flatnonzero(sexes.isin(list(odd)).to_numpy())]
        values = escape(", ".join(map(repr, sorted(odd)[:5])))
        console.print(f"[yellow]{len(rows)} sex value(s) cannot be read[/] ({values}; "
                      f"row {_rows_shown(rows)}): treated as unknown")
    ids = records["id_number"]
    normalized = normalize_ids(ids)
    unread = ((ids != "") & (normalized == "")).to_numpy()
    rounded = np.zeros(len(ids), dtype=bool)  # only unread IDs can be rounded ones: no Python per ID
    rounded[unread] = ids[unread].map(is_scientific_notation).to_numpy(dtype=bool)
    rows = [int(i) + 2 for i in np.flatnonzero(rounded)]
    if rows:
        console.print(f"[yellow]{len(rows)} ID number(s) in scientific notation[/] "
                      f"(row {_rows_shown(rows)}): a spreadsheet rounded them and their last digits are "
                      "lost; treated as no ID number (export the column as text)")
    rows = [int(i) + 2 for i in np.flatnonzero(unread & ~rounded)]
    if rows:
        console.print(f"[yellow]{len(rows)} ID number(s) hold no digit[/] (row {_rows_shown(rows)}): treated "
                      "as no ID number")
    rows = [int(i) + 2 for i in np.flatnonzero(failing_check(normalized))]
    if rows:
        console.print(f"[yellow]{len(rows)} ID number(s) fail their check character[/] "
                      f"(row {_rows_shown(rows)}): a copying error somewhere in them; they are compared as "
                      "written, one typo apart still counting as a near match")
