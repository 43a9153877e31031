"""Ctrl-C during a DuckDB query reaches Python as DuckDB's own error, wrapped by Splink: it must end
as any other Ctrl-C does ('Aborted!'), not as a traceback with the SQL."""

from __future__ import annotations

import click
import duckdb
from click.testing import CliRunner

from unseen.cli import _Commands, interrupted


class _WrappedError(Exception):
    """What Splink raises around a failed query."""


def _fail(error: BaseException) -> None:
    try:
        raise error
    except BaseException as inner:
        raise _WrappedError("Error executing the following sql for table __splink__df_comparison_vectors") \
            from inner


def test_duckdbs_interrupt_wrapped_by_splink_ends_as_aborted() -> None:
    group = _Commands()

    @group.command()
    def run() -> None:
        _fail(duckdb.InterruptException("INTERRUPT Error: Interrupted!"))

    result = CliRunner().invoke(group, ["run"])
    assert result.exit_code == 1 and "Aborted!" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_other_errors_are_not_taken_for_an_interrupt() -> None:
    for error, expected in ((RuntimeError("Query interrupted"), True), (ValueError("bad row"), False),
                            (duckdb.CatalogException("no table"), False)):
        try:
            _fail(error)
        except _WrappedError as exc:
            assert interrupted(exc) is expected


def test_a_click_error_still_reads_as_itself() -> None:
    group = _Commands()

    @group.command()
    def run() -> None:
        raise click.ClickException("row 3: no name")

    result = CliRunner().invoke(group, ["run"])
    assert result.exit_code == 1 and "row 3: no name" in result.output and "Aborted" not in result.output
