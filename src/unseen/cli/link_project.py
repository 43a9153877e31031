"""`unseen link` without --input: link the project's records into persons (the case database mode)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, SpinnerColumn, TextColumn, TimeElapsedColumn

from unseen.cli.bars import stderr_bars
from unseen.cli.context import actor, open_project


def link_project(ctx: click.Context, incremental: bool, threshold: float, report: Path | None = None) -> None:
    open_project(ctx)
    from unseen.cases.actions import link_persons
    from unseen.cases.models import Record
    from unseen.cases.review_queue import conflict_note
    from unseen.cli.link import RichProgress
    from unseen.linkage import LinkageError, ReviewConflictError

    console = Console(stderr=True, soft_wrap=True)  # paths in messages stay whole when piped
    before = Record.objects.values("person").distinct().count()  # so the summary's change can be read
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    try:
        with stderr_bars(*columns, console=console, transient=False) as bars:
            reporter = RichProgress(bars)
            outcome = link_persons(actor(), incremental=incremental, threshold=threshold, progress=reporter)
            reporter.close()
    except ReviewConflictError as exc:
        raise click.ClickException(conflict_note() or str(exc)) from exc
    except (LinkageError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    summary = outcome.summary
    kind = "incremental run" if outcome.run.incremental else "full run"
    click.echo(
        f"Linked {summary.records} records into {summary.persons} persons, {before} before ({kind}): "
        f"{summary.created} created, {summary.merged} merged, {summary.split} split (persons that gave up "
        "records: to a person of their own, which may be an earlier id given back, or to another)"
    )
    if outcome.model_outgrown:
        click.echo(
            f"Warning: the model of this run was made by a full run over {outcome.model_records} records, "
            f"{summary.records / max(outcome.model_records, 1):.0f} times fewer than now; run a full "
            "`unseen link` to retrain it on all of them"
        )
    if outcome.set_aside:
        one = outcome.set_aside == 1
        said = "record with no usable name or date stays a person of its own" if one else (
            "records with no usable name or date stay persons of their own")
        click.echo(f"{outcome.set_aside} {said}")
    fresh = f" ({outcome.review_items} from this run)" if outcome.review_items != outcome.waiting else ""
    pairs = "uncertain pair waits" if outcome.waiting == 1 else "uncertain pairs wait"
    click.echo(f"{outcome.waiting} {pairs} for review{fresh}: `unseen review` or /review/")
    if report:
        from unseen.cli.link_report import write_project_report

        write_project_report(report, outcome)
        click.echo(f"Wrote the report of this run's model to {report}")
