"""``unseen names``: look at one name, or score a file of name pairs."""

from __future__ import annotations

from pathlib import Path

import click

from unseen.cli.bars import stderr_bars
from unseen.cli.context import output_file
from unseen.names import (
    NamesError,
    detect_script,
    name_keys,
    normalize,
    split_name,
    transliterations,
)
from unseen.names.pairs import nameless_rows, read_pairs, score_pairs, write_scores

__all__ = ["names"]


@click.group(name="names")
def names() -> None:
    """Names across scripts: scripts, readings, parts, keys, similarity."""


@names.command("show")
@click.argument("name")
def show(name: str) -> None:
    """Show how NAME is read: script, normalised form, parts, keys and transliterations."""
    parts = split_name(name)
    click.echo(f"script:     {detect_script(name)}")
    click.echo(f"normalised: {normalize(name)}")
    click.echo(f"given:      {parts.given}")
    click.echo(f"father:     {parts.father}")
    click.echo(f"parts:      {' | '.join(parts.parts)}")
    click.echo(f"keys:       {' '.join(name_keys(name))}")
    for script, text in transliterations(name).items():
        click.echo(f"{script + ':':<12}{text}")


@names.command("compare")
@click.option("--pairs", "pairs_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV with columns pair_id,name_a,name_b.")
@click.option("--out", "out_path", required=True,
              type=click.Path(dir_okay=False, writable=True, path_type=Path), callback=output_file,
              help="CSV to write with columns pair_id,score.")
@click.option("--term-frequencies/--no-term-frequencies", default=False, show_default=True,
              help="Weigh rare name parts (counted over the file) more than common ones.")
def compare(pairs_path: str, out_path: Path, term_frequencies: bool) -> None:
    """Score each pair of names in PAIRS (0 to 1) and write the scores to OUT."""
    if out_path.resolve() == Path(pairs_path).resolve():
        raise click.BadParameter("is the pairs file itself: it would be overwritten", param_hint="--out")
    if not out_path.parent.is_dir():
        raise click.BadParameter(f"{out_path.parent} is not a folder", param_hint="--out")
    try:
        pairs = read_pairs(pairs_path)
        write_scores(score_pairs(pairs, term_frequencies), out_path)
    except NamesError as exc:
        raise click.ClickException(str(exc)) from exc
    nameless = nameless_rows(pairs)
    if nameless:
        more = f" and {len(nameless) - 10} more" if len(nameless) > 10 else ""
        shown = ", ".join(map(str, nameless[:10])) + more
        click.echo(f"warning: {pairs_path}: row{'s' if len(nameless) > 1 else ''} {shown}: a name is empty, "
                   "stands for a missing one ('unknown', 'N/A') or is in a script Unseen does not read; "
                   "scored 0", err=True)
    click.echo(f"scored {len(pairs)} pair{'s' if len(pairs) != 1 else ''} -> {out_path}", err=True)


@names.command("reindex")
@click.pass_context
def reindex(ctx: click.Context) -> None:
    """Recompute the stored name keys of every record in the project (after an upgrade of Unseen).

    Search finds records by keys computed at import; a newer Unseen may read some names
    differently. The names themselves are not changed.
    """

    from unseen.cli.context import actor, open_project

    open_project(ctx)
    from unseen.cases.models import Record
    from unseen.cases.name_index import reindex_names

    with stderr_bars() as bar:
        task = bar.add_task("re-keying names", total=Record.objects.count())
        changed = reindex_names(actor(), progress=lambda n: bar.advance(task, n))
    click.echo(f"name keys recomputed: {changed} records changed")
