"""``unseen estimate``: how many people no list has found, from a CSV of capture histories.

A thin shell over :func:`unseen.estimate.estimate`: it reads the file, calls one library function and
prints a summary or, with ``--json``, one JSON object on stdout (warnings go to stderr and into the
object, so stdout stays machine-readable).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.progress import (
    BarColumn,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from unseen.cli.bars import stderr_bars
from unseen.cli.context import output_file
from unseen.cli.link import RichProgress
from unseen.estimate import (
    METHODS,
    CaptureHistories,
    EstimateError,
    EstimateResult,
    EstimateWarning,
    StrataResult,
    estimate_strata,
    read_histories_csv,
    read_histories_csv_by,
)
from unseen.estimate import (
    estimate as run_estimate,
)

__all__ = ["estimate", "estimator_options", "stratum_file"]


def figure_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """A chart's path, checked before the fit: its folder must exist and its suffix name a format."""
    from unseen.estimate.plots import FIGURE_SUFFIXES

    if value is not None and value.suffix.lower() not in FIGURE_SUFFIXES:
        raise click.BadParameter(f"{str(value)!r}: charts are written as {' or '.join(FIGURE_SUFFIXES)}",
                                 ctx=ctx, param=param)
    return output_file(ctx, param, value)


def estimator_options(method: str, criterion: str, models: str, max_order: int | None, k: int,
                      chains: int, burnin: int, samples: int, thin: int, delta: float | None,
                      level: float) -> dict[str, Any]:
    """The options each method takes, from the command line (shared with ``--by`` over strata)."""
    if method == "loglinear":
        return {"criterion": criterion, "models": models, "max_order": max_order, "level": level}
    if method == "lcmcr":
        return {"K": k, "chains": chains, "burnin": burnin, "samples": samples, "thin": thin, "level": level}
    return {"delta": delta, "level": level}


def _project_histories(ctx: click.Context, by: str | None) -> dict[str, CaptureHistories]:
    from unseen.cli.context import open_project

    open_project(ctx)
    from unseen.cases.capture import capture_histories

    return capture_histories(by)


@contextmanager
def _progress() -> Iterator[RichProgress]:
    """The bars ``unseen link`` shows, on stderr (stdout stays the summary or the JSON). Transient, as
    ``import``'s: they vanish when done, and a stderr that is not a terminal gets nothing."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
               TimeElapsedColumn())
    with stderr_bars(*columns) as bars:
        reporter = RichProgress(bars)
        yield reporter
        reporter.close()


@contextmanager
def _estimating(histories_path: Path | None = None) -> Iterator[list[str]]:
    """Estimation errors as CLI errors, naming the histories file where one was read; warnings to
    stderr, and into the list yielded once the block ends."""
    messages: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", EstimateWarning)
        try:
            yield messages
        except (EstimateError, ValueError) as exc:
            message = str(exc)
            if histories_path is not None and not message.startswith(str(histories_path)):
                message = f"{histories_path}: {message}"
            said = "".join(f"\nwarning: {text}" for text in dict.fromkeys(str(w.message) for w in caught))
            raise click.ClickException(message + said) from exc  # the warnings often say why
    for text in dict.fromkeys(str(w.message) for w in caught):  # each once, in order
        click.echo(f"warning: {text}", err=True)
        messages.append(text)


def _strata(ctx: click.Context, histories_path: Path | None, by: str, method: str, seed: int | None,
            options: dict[str, Any], as_json: bool, plot: Path | None, overlap_plot: Path | None) -> None:
    with _estimating(histories_path):
        if histories_path is not None:
            histories = read_histories_csv_by(histories_path, by)
        else:
            histories = _project_histories(ctx, by)
        with _progress() as progress:
            result = estimate_strata(histories, method, seed=seed, progress=progress, **options)
    written = _strata_plots(result, histories, plot, overlap_plot)
    if written:
        click.echo(f"wrote {len(written)} chart(s): {', '.join(map(str, written))}", err=True)
    if result.total is None:
        # An object or table without an estimate, exiting 0, reads as a result to a script; it is none.
        unwritten = f" (no chart written to {plot}: it shows an estimate)" if plot is not None else ""
        raise click.ClickException(result.why_no_total() + unwritten)
    click.echo(json.dumps(result.to_dict(), allow_nan=False) if as_json else result.summary())


def stratum_file(path: Path, stratum: str, taken: set[Path]) -> Path:
    """``ranking.png`` for stratum ``Aqtash Prison`` → ``ranking-Aqtash-Prison.png`` (unique in ``taken``)."""
    slug = re.sub(r"[^\w.-]+", "-", stratum).strip("-.") or "stratum"
    out, n = path.with_name(f"{path.stem}-{slug}{path.suffix}"), 1
    while out in taken:
        n += 1
        out = path.with_name(f"{path.stem}-{slug}-{n}{path.suffix}")
    taken.add(out)
    return out


def _strata_plots(result: StrataResult, histories: dict[str, CaptureHistories], plot: Path | None,
                  overlap_plot: Path | None) -> list[Path]:
    """One chart per stratum, the stratum in the file name: the ranking or posterior of each estimated
    stratum, the overlaps of every stratum (a stratum's own lists are what its estimate rests on)."""
    taken: set[Path] = set()
    written = []
    for name in sorted(histories):
        fitted = result.strata.get(name)
        if plot is not None and fitted is not None:
            written.append(stratum_file(plot, name, taken))
            _plots(fitted, written[-1], None, None, name)
        elif plot is not None and result.total is not None:
            click.echo(f"note: no {plot.name} chart for stratum {name!r}: it could not be estimated",
                       err=True)
        if overlap_plot is not None:
            written.append(stratum_file(overlap_plot, name, taken))
            _plots(None, None, written[-1], histories[name], name)
    return written


def _plots(result: EstimateResult | None, plot: Path | None, overlap_plot: Path | None,
           histories: Any, stratum: str | None = None) -> None:
    from unseen.estimate.plots import overlap_figure, posterior_figure, ranking_figure, save_figure

    if plot is not None and result is not None:
        if result.method == "loglinear":
            fig = ranking_figure(result, stratum=stratum)
        else:
            fig = posterior_figure(result, stratum)
        save_figure(fig, plot)
    if overlap_plot is not None:
        save_figure(overlap_figure(histories, stratum), overlap_plot)


# Options that only one method reads, by parameter name.
_METHOD_OF_OPTION = {
    "criterion": "loglinear", "models": "loglinear", "max_order": "loglinear",
    "k": "lcmcr", "chains": "lcmcr", "burnin": "lcmcr", "samples": "lcmcr", "thin": "lcmcr", "delta": "dga",
    "seed": "lcmcr",  # the other two methods draw nothing at random
}


def _warn_about_unused_options(ctx: click.Context, method: str) -> None:
    """An option given for another method is said to be ignored (AIC asked of LCMCR changes nothing)."""
    from click.core import ParameterSource

    for param in ctx.command.params:
        name = param.name or ""
        used_by = _METHOD_OF_OPTION.get(name)
        if used_by and used_by != method and ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE:
            click.echo(f"warning: {param.opts[-1]} applies to --method {used_by} only; ignored", err=True)


@click.command("estimate")
@click.option("--histories", "histories_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV: one 0/1 column per list plus 'count', or one row per person "
                   "(default: the project's persons x sources).")
@click.option("--method", type=click.Choice(METHODS, case_sensitive=False), default="loglinear",
              show_default=True)
@click.option("--criterion", type=click.Choice(["aic", "bic"], case_sensitive=False), default="bic",
              show_default=True,
              help="Log-linear model selection criterion.")
@click.option("--models", type=click.Choice(["hierarchical", "classical", "all"]), default="hierarchical",
              show_default=True,
              help="Log-linear candidates: hierarchical, classical (M0, Mt, Mh, Mth) or all.")
@click.option("--max-order", type=click.IntRange(min=1), default=None,
              help="Highest log-linear interaction order.")
@click.option("--seed", type=click.IntRange(min=0), default=None,
              help="Seed for LCMCR (printed, so a run can be repeated).")
@click.option("-K", "--classes", "k", type=click.IntRange(min=1), default=10, show_default=True,
              help="LCMCR latent classes.")
@click.option("--chains", type=click.IntRange(min=1), default=4, show_default=True)
@click.option("--burnin", type=click.IntRange(min=0), default=10000, show_default=True)
@click.option("--samples", type=click.IntRange(min=1), default=1000, show_default=True,
              help="LCMCR draws kept per chain.")
@click.option("--thin", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--delta", type=click.FloatRange(min=0, min_open=True), default=None,
              help="dga hyper-Dirichlet parameter (default 2^-lists).")
@click.option("--level", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=0.95,
              show_default=True, help="Interval level, between 0 and 1.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None, callback=figure_file,
              help="Write the model ranking (loglinear) or posterior of N (lcmcr, dga) as .png/.svg; "
                   "with --by, one file per estimated stratum, named FILE-STRATUM.png.")
@click.option("--overlap-plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              callback=figure_file,
              help="Write the list-overlap chart as .png/.svg; with --by, one file per stratum, "
                   "named FILE-STRATUM.png.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
@click.option("--by", default=None, metavar="FIELD",
              help="Estimate per stratum of FIELD: the project's persons by sex, ethnicity, birthplace, "
                   "facility, status, birth_year or detained_year; with --histories, by a column of the "
                   "file (region, year ...), whose values name the strata.")
@click.pass_context
def estimate(ctx: click.Context, histories_path: Path | None, method: str, criterion: str, models: str,
             max_order: int | None, seed: int | None, k: int, chains: int, burnin: int, samples: int,
             thin: int, delta: float | None, level: float, plot: Path | None, overlap_plot: Path | None,
             as_json: bool, by: str | None) -> None:
    """Estimate the total population, including people on no list (multiple systems estimation).

    With --histories, from a CSV of capture histories; without it, from the project's persons (after
    `unseen link`) and the sources that name them; either optionally --by a field (a column of the
    file). Long runs show progress on stderr when it is a terminal.
    """
    options = estimator_options(method, criterion, models, max_order, k, chains, burnin, samples, thin,
                                delta, level)
    _warn_about_unused_options(ctx, method)
    if by is not None:
        _strata(ctx, histories_path, by, method, seed, options, as_json, plot, overlap_plot)
        return
    with _estimating(histories_path) as messages:
        if histories_path is not None:
            histories = read_histories_csv(histories_path)
        else:
            histories = _project_histories(ctx, None)["all"]
        with _progress() as progress:
            result = run_estimate(histories, method, seed=seed, progress=progress, **options)
    result.warnings.extend(m for m in messages if m not in result.warnings)
    _plots(result, plot, overlap_plot, histories)
    if as_json:
        click.echo(json.dumps(result.to_dict(), allow_nan=False))
    else:
        click.echo(result.summary())
