"""The `unseen` command: a thin shell over the library (STYLE habit 1)."""

from __future__ import annotations

import click

from unseen import __version__
from unseen.cli.demo import demo
from unseen.cli.estimate import estimate
from unseen.cli.link import link
from unseen.cli.names import names
from unseen.cli.records import export, import_file, search, show, sources
from unseen.cli.review import review
from unseen.cli.setup import init, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--project",
    type=click.Path(file_okay=False),
    help="Project folder (default: $UNSEEN_PROJECT, then the current folder).",
)
@click.version_option(__version__, prog_name="unseen")
@click.pass_context
def main(ctx: click.Context, project: str | None) -> None:
    """Unseen: document mass detention from many sources, in many scripts."""
    ctx.obj = project


for command in (init, import_file, sources, search, show, export, serve, demo, names, link, review, estimate):
    main.add_command(command)
