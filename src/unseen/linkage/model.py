"""Build, train, save and load the Splink model.

Training is unsupervised: u probabilities from random pairs (seeded, so reruns agree), then m
probabilities by EM over three blocking schemes that each leave the others' fields free to be
learnt. A few m values are fixed by documented assumption where EM, fooled by namesakes, would
learn nonsense (see `comparisons`), and no single field may weigh more than `min_weight` against a
match. The prior is re-estimated from the scored pairs at the first run (see `prior`). The trained
model is plain JSON, saved with the project, so every later run scores pairs the same way.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from splink import Linker, SettingsCreator
from splink.internals.exceptions import EMTrainingException

from unseen.linkage.blocking import (
    plain_prediction_rules,
    prediction_rules,
    training_rules,
)
from unseen.linkage.comparisons import plain_comparisons, unseen_comparisons

__all__ = ["ModelKind", "TrainingOptions", "LinkageModel", "new_settings", "reference_model", "train"]

ModelKind = Literal["unseen", "plain"]
_PLAIN_DETERMINISTIC = "l.first_name = r.first_name AND l.surname = r.surname AND l.birth_date = r.birth_date"
_PLAIN_TRAINING = ("l.first_name = r.first_name AND l.surname = r.surname", "l.birth_date = r.birth_date")
FORMAT_VERSION = 1


@dataclass(frozen=True)
class TrainingOptions:
    """How much data training looks at; `seed` makes the random sampling of u reproducible.

    `em_max_pairs`: pairs per EM session. 300,000 pairs pin down the model's few dozen parameters:
    a million records linked with 1e6 and with 3e5 gave the same pairwise F1 (0.7430 / 0.7430) and
    B-cubed F1 (0.913 / 0.913), and training took 6 s less. `u_max_pairs`: random pairs for u (Splink's
    default); two million gave the same F1 on two 20,000-person benchmarks (0.932 / 0.934 and
    0.929 / 0.928, pairwise) at 1 s more per million records.
    """

    u_max_pairs: float = 1e6
    em_max_pairs: float = 3e5
    em_probe_records: int = 100_000
    prior_recall: float = 0.8
    seed: int = 42
    min_weight: float = -15.0


@dataclass(frozen=True)
class LinkageModel:
    """A trained model: the Splink settings with their parameters, which model it is, and where its
    parameters came from (`origin`, said in the model report: a person explaining a decision must
    be able to say whether the weights were learnt from the records or are the bundled defaults)."""

    kind: ModelKind
    settings: dict[str, Any] = field(repr=False)
    origin: str = ""

    def save(self, path: str | Path) -> None:
        """Write the model as JSON (Splink settings plus a small header)."""
        payload = {"format": FORMAT_VERSION, "kind": self.kind, "origin": self.origin,
                   "splink_settings": self.settings}
        Path(path).write_text(json.dumps(payload, indent=2, sort_keys=True), encoding="utf-8")

    def with_prior(self, prior: float) -> LinkageModel:
        """The same model with another prior probability that two random records match."""
        settings = json.loads(json.dumps(self.settings))
        settings["probability_two_random_records_match"] = stable(prior)
        return LinkageModel(self.kind, settings, self.origin)

    def settings_for(self, dialect: str) -> dict[str, Any]:
        """The trained settings written in `dialect`'s SQL ('duckdb', 'spark', ...).

        A model trained on DuckDB carries DuckDB SQL; for another backend the comparisons are
        written afresh from the same definitions and the trained parameters copied over, level by
        level, so one saved model scores the same on every backend.
        """
        if self.settings.get("sql_dialect") == dialect:
            return json.loads(json.dumps(self.settings))  # type: ignore[no-any-return]
        fresh = new_settings(self.kind).create_settings_dict(dialect)
        fresh["probability_two_random_records_match"] = self.settings["probability_two_random_records_match"]
        for new, old in zip(fresh["comparisons"], self.settings["comparisons"], strict=True):
            for new_level, old_level in zip(new["comparison_levels"], old["comparison_levels"], strict=True):
                for key in ("m_probability", "u_probability"):
                    if key in old_level:
                        new_level[key] = old_level[key]
        return fresh

    @classmethod
    def load(cls, path: str | Path) -> LinkageModel:
        """Read a model written by `save`."""
        try:
            payload = json.loads(Path(path).read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: not an Unseen linkage model (not JSON: {exc})") from None
        form = payload.get("format") if isinstance(payload, dict) else None
        if form != FORMAT_VERSION:
            raise ValueError(f"{path}: not an Unseen linkage model (format {form!r})")
        return cls(payload["kind"], payload["splink_settings"], payload.get("origin", ""))

    def stored(self) -> dict[str, Any]:
        """The model as a project keeps it with a linkage run (JSON)."""
        return {"kind": self.kind, "settings": self.settings, "origin": self.origin}

    @classmethod
    def from_stored(cls, stored: dict[str, Any]) -> LinkageModel:
        """A model from `stored` (a run stored before models had an origin has none)."""
        return cls(stored["kind"], stored["settings"], stored.get("origin", ""))


def new_settings(kind: ModelKind = "unseen") -> SettingsCreator:
    """Untrained settings for Unseen's model or for the plain-Splink baseline."""
    plain = kind == "plain"
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=plain_comparisons() if plain else unseen_comparisons(),
        blocking_rules_to_generate_predictions=plain_prediction_rules() if plain else prediction_rules(),
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=True,
        additional_columns_to_retain=["source"],
        max_iterations=10,
    )


def train(
    frame: Any, db_api: Any, kind: ModelKind = "unseen", options: TrainingOptions = TrainingOptions()
) -> LinkageModel:
    """Train a model on a registered input table (a SplinkDataFrame) and return it."""
    linker = Linker(frame, new_settings(kind), log_level=None)
    if kind == "plain":
        # Splink's usual start; Unseen's model re-estimates the prior from the scored pairs instead.
        with contextlib.suppress(ValueError):
            linker.training.estimate_probability_two_random_records_match(
                [_PLAIN_DETERMINISTIC], recall=options.prior_recall
            )
    linker.training.estimate_u_using_random_sampling(max_pairs=options.u_max_pairs, seed=options.seed)
    sessions = training_rules() if kind == "unseen" else [[rule] for rule in _PLAIN_TRAINING]
    n_records = int(
        linker.misc.query_sql(  # type: ignore[no-untyped-call]
            f"SELECT count(*) AS n FROM {frame.physical_name}", output_type="pandas"
        )["n"][0]
    )
    sample = min(1.0, options.em_probe_records / max(n_records, 1))
    for i, alternatives in enumerate(sessions):
        _em_session(linker, alternatives, options, populate_prior=i == 0, sample=sample)
    settings = linker.misc.save_model_to_json()
    settings.pop("linker_uid", None)  # a random id per run; without it the same data gives the same file
    if kind == "unseen":
        _fill_untrained(settings)
    origin = f"trained without labels (EM) on {n_records:,} records"
    return LinkageModel(kind, _rounded(bound_weights(settings, options.min_weight)), origin)


def stable(value: float) -> float:
    """`value` to 8 significant digits. DuckDB sums in parallel, so a parameter or prior learnt twice
    from the same data differs in its last bits from run to run; rounded, reruns give the same model
    file and the same clusters (a pair whose weight sat on the threshold could flip)."""
    return float(f"{value:.8g}")


def _rounded(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings with every m and u probability and the prior passed through `stable`."""
    prior = "probability_two_random_records_match"
    settings[prior] = stable(settings[prior])
    for comparison in settings["comparisons"]:
        for level in comparison["comparison_levels"]:
            for key in ("m_probability", "u_probability"):
                if isinstance(level.get(key), float):
                    level[key] = stable(level[key])
    return settings


def _fill_untrained(settings: dict[str, Any]) -> None:
    """Levels the data could not train (an EM session with no pairs, a level no random pair fell in)
    take the reference model's m or u: left empty, Splink would count them as no evidence at all."""
    reference = {
        (comparison["output_column_name"], level.get("label_for_charts")): level
        for comparison in json.loads(_reference_settings())["comparisons"]
        for level in comparison["comparison_levels"]
    }
    for comparison in settings["comparisons"]:
        for level in comparison["comparison_levels"]:
            known = reference.get((comparison["output_column_name"], level.get("label_for_charts")))
            if known is None or level.get("is_null_level"):
                continue
            for key in ("m_probability", "u_probability"):
                if level.get(key) is None and known.get(key) is not None:
                    level[key] = known[key]


def _em_session(
    linker: Linker, alternatives: list[Any], options: TrainingOptions, populate_prior: bool, sample: float
) -> None:
    """One EM session on the first blocking rule that yields pairs.

    Splink 5.0 also raises when an m probability underflows to exactly 0 on small data; that
    session is then skipped, keeping the parameters learnt so far (u from sampling, fixed m).
    A session that fails leaves Splink's settings without the comparisons its rule used (5.0
    removes them before it knows there are pairs), so they are put back before the next try.
    """
    core = linker._settings_obj.core_model_settings
    comparisons, prior = list(core.comparisons), core.probability_two_random_records_match
    for rule in alternatives:
        core.comparisons, core.probability_two_random_records_match = list(comparisons), prior
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule,
                max_pairs=options.em_max_pairs,
                record_sample_proportion=sample,
                populate_probability_two_random_records_match_from_trained_values=populate_prior,
            )
            return
        except EMTrainingException:
            continue  # no pairs under this rule: try the next
        except ValueError as exc:
            if "below the minimum allowed" not in str(exc):
                raise
            logging.getLogger(__name__).warning("EM session skipped: %s", exc)
            break
    core.comparisons, core.probability_two_random_records_match = comparisons, prior


def bound_weights(settings: dict[str, Any], min_weight: float) -> dict[str, Any]:
    """Raise m where log2(m/u) fell below `min_weight`, so no single field is worth more than that
    against a match, or below the comparison's last level ('all other'): no kind of agreement, a
    near spelling included, may count for less than plain disagreement. Weaker agreements are first
    capped at the stronger ones (`_cap_weaker_agreements`).

    EM on clean data learns 'never disagrees' as near-infinite evidence; in real sources any field
    can carry a clerk's error, and a bound keeps one typo from vetoing a person. A level that few
    pairs reach can also collapse under EM (a near spelling of the given name once fell to m = 2e-7,
    worth 15 bits against, where spelling it wholly otherwise was worth 5).
    """
    floor = 2.0**min_weight
    for comparison in settings["comparisons"]:
        levels = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
        _cap_weaker_agreements(levels)
        last = levels[-1] if levels else {}
        m_last, u_last = last.get("m_probability"), last.get("u_probability")
        level_floor = max(floor, m_last / u_last) if m_last is not None and u_last else floor
        for level in levels:
            m, u = level.get("m_probability"), level.get("u_probability")
            bound = floor if level is last else level_floor
            if m is not None and u and m / u < bound:
                level["m_probability"] = u * bound
    return settings


def _ratio(level: dict[str, Any]) -> float | None:
    m, u = level.get("m_probability"), level.get("u_probability")
    return m / u if m is not None and u else None


def _cap_weaker_agreements(levels: list[dict[str, Any]]) -> None:
    """Lower m where a weaker kind of agreement came out worth more than a stronger one: no level
    above the comparison's first (its strictest agreement), no similarity band above the stricter
    band of the same measure before it.

    EM fits the levels few pairs reach loosely; on the 433 records of the demo it made an ID one
    typo apart worth 16 bits and an exact ID 10, and a Jaro-Winkler of 0.8 worth more than one of
    0.92. Scores and the model report must not say that a worse agreement is better evidence.
    """
    if not levels or (top := _ratio(levels[0])) is None:
        return
    for before, level in zip(levels, levels[1:], strict=False):
        cap = top
        stricter = _ratio(before)
        if stricter is not None and _same_measure(before, level):
            cap = min(cap, stricter)
        ratio = _ratio(level)
        if ratio is not None and ratio > cap:
            level["m_probability"] = level["u_probability"] * cap


def _same_measure(stricter: dict[str, Any], looser: dict[str, Any]) -> bool:
    """Two bands of one similarity measure (`f(x) >= 0.92`, then `f(x) >= 0.8`)."""
    a, b = str(stricter.get("sql_condition", "")), str(looser.get("sql_condition", ""))
    return ">=" in a and a.rsplit(">=", 1)[0] == b.rsplit(">=", 1)[0]


def reference_model() -> LinkageModel:
    """The bundled model for inputs too small to train on (see `bench/make_reference_model.py`).

    A few dozen records give EM no blocks to learn from and u no random pairs to count, and their
    term frequencies say that a name held by two of five records is common: such a model finds no
    evidence in names and links strangers. The reference model was trained on the synthetic
    cross-script benchmark; term-frequency adjustment is left out, since the input's own
    frequencies are what cannot be trusted, and its prior is kept, since they cannot estimate that
    either (the pipeline calibrates the prior only for models it trained).
    """
    return LinkageModel("unseen", json.loads(_reference_settings()), REFERENCE_ORIGIN)


REFERENCE_ORIGIN = (
    "the bundled reference model, trained on Unseen's synthetic benchmark: used where the records are "
    "too few to train on"
)


@lru_cache(maxsize=1)
def _reference_settings() -> str:
    payload = json.loads(files("unseen.linkage").joinpath("reference_model.json").read_text(encoding="utf-8"))
    settings = payload["splink_settings"]
    for comparison in settings["comparisons"]:
        for level in comparison["comparison_levels"]:
            level.pop("tf_adjustment_column", None)
            level.pop("tf_adjustment_weight", None)
    return json.dumps(settings)
