"""`unseen demo`: generate synthetic sources, import them into a fresh project, summarise, serve."""

from __future__ import annotations

import csv
import secrets
import shutil
import warnings
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from unseen.cli.context import start_django
from unseen.project import init_project

DEMO_USER = "demo"
DEMO_MARK = "demo-sources"  # the folder of generated files; its presence marks a folder demo may replace
console = Console()


def _import_bundle(root: Path, people: int, seed: int) -> list[tuple[str, int]]:
    from unseen.cases.actions import add_facility, import_source
    from unseen.demo import generate_demo
    from unseen.ingest import load_mapping

    bundle = generate_demo(root / DEMO_MARK, seed=seed, people=people)
    with bundle.facilities_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names = {
                lang: row[f"name_{lang}"] for lang in ("en", "zh", "ug", "ru") if row.get(f"name_{lang}")
            }
            add_facility(
                "demo",
                row["key"],
                row["name_en"],
                names=names,
                kind=row["kind"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
            )
    imported = []
    for source in bundle.sources:
        result = import_source(source.path, load_mapping(source.mapping_path), "demo")
        imported.append((source.key, result.imported))
    return imported


def _link_and_estimate(people: int) -> list[tuple[str, str]]:
    """The later stages on the demo: linkage into persons, then the multiple systems estimate."""
    from unseen.cases.actions import link_persons
    from unseen.cases.capture import capture_histories
    from unseen.estimate import EstimateError, EstimateWarning, estimate

    outcome = link_persons("demo")
    histories = capture_histories()["all"]
    summary = outcome.summary
    found = [
        ("persons after linkage", f"{summary.persons} ({summary.merged} merged into another)"),
        ("pairs waiting for review", str(outcome.review_items)),
    ]
    with warnings.catch_warnings(record=True) as caught:  # said as the CLI says them, not with a source line
        warnings.simplefilter("always", EstimateWarning)
        try:
            result = estimate(histories, "loglinear", criterion="bic")
        except EstimateError as exc:  # a handful of people: lists that never overlap
            return [*found, ("estimated total (log-linear, BIC)", f"none: {exc}"),
                    ("true total of synthetic people", str(people))]
    for text in dict.fromkeys(str(w.message) for w in caught):
        click.echo(f"note: {text}", err=True)
    interval = f"95% interval {result.lower:,.0f} to {result.upper:,.0f}; model {result.model}"
    return [
        *found,
        ("people named by at least one source", str(result.observed)),
        ("estimated total (log-linear, BIC)", f"{result.estimate:,.0f} ({interval})"),
        ("true total of synthetic people", str(people)),
    ]


def _demo_login() -> str:
    from django.contrib.auth.models import User

    password = secrets.token_urlsafe(9)
    user, _ = User.objects.get_or_create(username=DEMO_USER, defaults={"is_staff": True})
    user.set_password(password)
    user.save()
    return password


@click.command()
@click.option(
    "--dir", "directory", default="unseen-demo", show_default=True, type=click.Path(file_okay=False)
)
@click.option("--people", default=300, show_default=True, type=click.IntRange(min=1),
              help="Synthetic people to generate.")
@click.option("--seed", default=2018, show_default=True)
@click.option("--serve/--no-serve", default=True, help="Serve the web UI when done.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def demo(directory: str, people: int, seed: int, serve: bool, port: int) -> None:
    """Build a fresh demo project from synthetic sources and open it in the browser."""
    root = Path(directory).resolve()
    if root.exists() and any(root.iterdir()):
        if not (root / DEMO_MARK).exists():
            raise click.ClickException(f"{root} exists and is not a demo project: refusing to replace it")
        shutil.rmtree(root)
    init_project(root)
    try:
        start_django(root)
        imported = _import_bundle(root, people, seed)
        table = Table("source", "records", title=f"Demo project in {root}")
        for key, count in imported:
            table.add_row(key, str(count))
        table.add_row("[bold]total[/bold]", f"[bold]{sum(c for _, c in imported)}[/bold]")
        console.print(table)
        found = Table("stage", "result", title="What the later stages found")
        for stage, value in _link_and_estimate(people):
            found.add_row(stage, value)
        console.print(found)
        password = _demo_login()
    except BaseException:  # Ctrl-C too: no half-built demo is left to be taken for a whole one
        shutil.rmtree(root, ignore_errors=True)
        raise
    console.print(
        f"Log in at http://127.0.0.1:{port}/ as [bold]{DEMO_USER}[/bold] / password [bold]{password}[/bold]"
    )
    if serve:
        from unseen.cli.setup import run_server

        run_server("127.0.0.1", port)
