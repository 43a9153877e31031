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


def _list_decisions() -> None:
    from unseen.cases.review_queue import decisions

    found = decisions()
    if not found:
        click.echo("No review decisions yet.")
        return
    table = Table(title=f"{len(found)} review decision(s), newest first")
    for column in ("id", "pair", "verdict", "who", "when", "why", "withdrawn"):
        table.add_column(column)
    for d in found:
        withdrawn = f"{d.withdrawn_by} {d.withdrawn_at:%Y-%m-%d %H:%M}" if d.withdrawn_at else ""
        table.add_row(
            str(d.pk), f"R{d.record_a_id} / R{d.record_b_id}", d.verdict, d.reviewer,
            f"{d.decided_at:%Y-%m-%d %H:%M}", d.reason, withdrawn,
        )
    console.print(table)


def _withdraw(pk: int, reason: str) -> None:
    from unseen.cases.actions import withdraw_decision
    from unseen.cases.models import ReviewDecision

    decision = ReviewDecision.objects.filter(pk=pk).first()
    if decision is None:
        raise click.ClickException(f"there is no decision {pk}: `unseen review --decisions` lists them")
    try:
        withdraw_decision(actor(), decision, reason)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"Withdrew decision {pk} ({decision.verdict}, R{decision.record_a_id} / R{decision.record_b_id}); "
        "it stays in the log, and the next `unseen link` scores the pair again."
    )


_WORDS = {"same": "s", "different": "d", "unsure": "u", "skip": "k", "quit": "q"}


def _letter(typed: str) -> str:
    """The answer's letter: the README names the verdicts as words (same, Different), so those count too."""
    text = typed.strip().lower()
    letter = _WORDS.get(text, text)
    if letter not in {*CHOICES, "k", "q"}:
        raise click.BadParameter(
            f"{typed!r} is not one of s, d, u, k, q (or same, different, unsure, skip, quit)"
        )
    return letter


def _verdict() -> str | None:
    """The reviewer's answer to one pair; None to end the session ([q]uit, end of input or Ctrl-C)."""
    try:
        answer: str = click.prompt(
            "[s]ame, [d]ifferent, [u]nsure, s[k]ip, [q]uit",
            value_proc=_letter,
        )
    except click.Abort:  # end of input (or Ctrl-C): what was decided is stored already
        click.echo()
        return None
    return None if answer == "q" else answer


def _reason() -> tuple[str, bool]:
    """The optional why after a verdict, and whether input ended there. A script that pipes only
    verdicts (`printf 'd\n'`) ends its input at this prompt: the verdict was given, so it is kept with
    no reason. Ctrl-C still propagates and discards it."""
    click.echo("Why (optional): ", nl=False)
    try:
        return input().strip(), False
    except EOFError:
        click.echo()
        return "", True


def _judge(limit: int | None) -> None:
    from unseen.cases.actions import record_decision
    from unseen.cases.models import ReviewItem
    from unseen.cases.review_queue import conflict_note, pair_view, queue

    waiting = queue()
    items = waiting[:limit] if limit is not None else waiting
    if not items:
        click.echo("The review queue is empty: run `unseen link` first, or every pair is decided.")
        return
    decided = 0
    for position, item in enumerate(items, start=1):
        _show(pair_view(item), position, len(waiting))  # "of" counts the whole queue, --limit or not
        answer = _verdict()
        if answer is None:
            break
        if answer == "k":
            continue
        try:
            reason, ended = _reason()
        except KeyboardInterrupt:
            click.echo()
            break
        if not ReviewItem.objects.filter(pk=item.pk).exists():  # decided on the web, or a new run
            click.echo("Not recorded: while it was shown, this pair was decided elsewhere or a new "
                       "`unseen link` replaced the queue (see `unseen review --decisions`).")
            continue
        record_decision(actor(), item.record_a, item.record_b, CHOICES[answer], reason)
        decided += 1
        if note := conflict_note():
            click.echo(f"Warning: {note}")
        if ended:
            break
    click.echo(f"{decided} decision(s) recorded; they apply from the next `unseen link`.")


@click.command()
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Stop after this many pairs (1 or more).")
@click.option("--decisions", "list_decisions", is_flag=True,
              help="List every decision (who, when, why; withdrawn ones marked) instead of judging pairs.")
@click.option("--withdraw", type=int, metavar="ID",
              help="Withdraw decision ID (see --decisions): kept in the log, it no longer binds.")
@click.option("--reason", default="", help="With --withdraw: why, kept in the audit trail.")
@click.pass_context
def review(
    ctx: click.Context, limit: int | None, list_decisions: bool, withdraw: int | None, reason: str
) -> None:
    """Judge the uncertain pairs of the last link run, hardest first: same, different or unsure.

    Each verdict (s, d, u; k skips, q quits) is followed by an optional reason line ("Why"): answer
    it or leave it empty. Decisions are never deleted: --decisions lists them, --withdraw ID stamps
    one as withdrawn, and the next `unseen link` scores its pair again. End of input ends a session
    like [q]uit; a verdict whose reason line is cut off by it is still recorded, with no reason.
    """
    if list_decisions and withdraw is not None:
        raise click.UsageError("--decisions and --withdraw are separate commands: give one")
    if reason and withdraw is None:
        raise click.UsageError("--reason goes with --withdraw")
    open_project(ctx)
    if list_decisions:
        _list_decisions()
    elif withdraw is not None:
        _withdraw(withdraw, reason)
    else:
        _judge(limit)
