"""`unseen review`: judge uncertain pairs in the terminal; decisions bind every later `unseen link`."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from unseen.cli.context import actor, open_project

console = Console()
CHOICES = {"s": "same", "d": "different", "u": "unsure"}


def _show(view: object, position: int, total: int) -> None:
    from unseen.cases.review_queue import PairView

    assert isinstance(view, PairView)
    item = view.item
    table = Table(title=f"Pair {position} of {total}: match probability {item.match_probability:.2f}")
    table.add_column("field")
    table.add_column(f"R{item.record_a_id}")
    table.add_column(f"R{item.record_b_id}")
    for field, left, right in view.rows:
        table.add_row(field, left, right)
    console.print(table)
    for evidence in view.evidence:
        colour = "green" if evidence.weight > 0 else "red" if evidence.weight < 0 else "white"
        console.print(
            f"  [{colour}]{evidence.weight:+6.2f}[/{colour}]  {evidence.comparison} ({evidence.direction})"
        )


@click.command()
@click.option("--limit", type=int, default=None, help="Stop after this many pairs.")
@click.pass_context
def review(ctx: click.Context, limit: int | None) -> None:
    """Judge the uncertain pairs of the last link run, hardest first: same, different or unsure."""
    open_project(ctx)
    from unseen.cases.actions import record_decision
    from unseen.cases.review_queue import pair_view, queue

    items = queue()[:limit] if limit else queue()
    if not items:
        click.echo("The review queue is empty: run `unseen link` first, or every pair is decided.")
        return
    decided = 0
    for position, item in enumerate(items, start=1):
        _show(pair_view(item), position, len(items))
        answer = click.prompt(
            "[s]ame, [d]ifferent, [u]nsure, s[k]ip, [q]uit",
            type=click.Choice([*CHOICES, "k", "q"]),
            show_choices=False,
        )
        if answer == "q":
            break
        if answer == "k":
            continue
        reason = click.prompt("Why (optional)", default="", show_default=False)
        record_decision(actor(), item.record_a, item.record_b, CHOICES[answer], reason)
        decided += 1
    click.echo(f"{decided} decision(s) recorded; they apply from the next `unseen link`.")
