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


def interrupted(exc: BaseException) -> bool:
    """Whether an error is a Ctrl-C in disguise: DuckDB turns it into its own error (or a RuntimeError
    "Query interrupted"), which Splink wraps in another, so the KeyboardInterrupt never arrives."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt) or type(seen).__name__ == "InterruptException":
            return True
        if isinstance(seen, RuntimeError) and "query interrupted" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class _Commands(click.Group):
    """The group, with a Ctrl-C that reached DuckDB ending as click ends any other: 'Aborted!'."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            if interrupted(exc):
                raise click.Abort() from None
            raise


@click.group(
    cls=_Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
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
