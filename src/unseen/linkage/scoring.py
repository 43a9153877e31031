"""Score candidate pairs with a trained model, and pull back what clustering and review need.

Only three numeric columns per pair come back for clustering (row indices and the match weight);
the full evidence (each comparison's values, level and weight) is fetched only for pairs in the
review band, most uncertain first, so a million-record run does not drag every column into Python.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from splink import Linker

from unseen.linkage.blocking import blocked_pairs_sql
from unseen.linkage.cluster import probability_to_weight
from unseen.linkage.model import LinkageModel, stable
from unseen.linkage.prior import calibrate_prior, logit2

if TYPE_CHECKING:
    from unseen.linkage.pipeline import LinkOptions

__all__ = ["ScoredPairs", "score_pairs", "evidence_columns"]

MAX_REVIEW = 10_000


@dataclass
class ScoredPairs:
    """Pairs by row index (`left` < `right` not guaranteed), their weights, and the review band."""

    left: npt.NDArray[np.int64]
    right: npt.NDArray[np.int64]
    weight: npt.NDArray[np.float64]
    probability: npt.NDArray[np.float64]
    review: pd.DataFrame
    prior: float
    nearest: pd.DataFrame = field(default_factory=pd.DataFrame)
    """Only when the review band is empty: the scored pair with probability nearest 0.5, with its
    evidence, so a report can still show how one pair's score adds up."""

    def named_pairs(self, ids: list[str]) -> pd.DataFrame:
        """The scored pairs with record ids in place of row indices."""
        lookup = np.asarray(ids, dtype=object)
        return pd.DataFrame(
            {
                "record_id_l": lookup[self.left],
                "record_id_r": lookup[self.right],
                "match_weight": self.weight,
                "match_probability": self.probability,
            }
        )

    def named_review(self, ids: list[str], decided: Iterable[tuple[str, str]]) -> pd.DataFrame:
        """The review band with record ids, without pairs a reviewer has already decided."""
        if self.review.empty:
            return self.review
        review = _named(self.review, ids)
        done = {tuple(sorted(p)) for p in decided}
        keys = [tuple(sorted(p)) for p in zip(review["record_id_l"], review["record_id_r"], strict=True)]
        return review[[k not in done for k in keys]].reset_index(drop=True)

    def named_nearest(self, ids: list[str]) -> pd.DataFrame:
        """`nearest` with record ids (empty when the review band was not)."""
        return self.nearest if self.nearest.empty else _named(self.nearest, ids)


def _named(frame: pd.DataFrame, ids: list[str]) -> pd.DataFrame:
    lookup = np.asarray(ids, dtype=object)
    frame = frame.copy()
    frame.insert(0, "record_id_l", lookup[frame.pop("unique_id_l").to_numpy(dtype=np.int64)])
    frame.insert(1, "record_id_r", lookup[frame.pop("unique_id_r").to_numpy(dtype=np.int64)])
    return frame


def _settings_for_run(model: LinkageModel, only_new: bool, dialect: str, wide: bool) -> dict[str, Any]:
    settings = model.settings_for(dialect)
    settings["retain_intermediate_calculation_columns"] = wide
    settings["retain_matching_columns"] = wide
    if not wide:
        settings["additional_columns_to_retain"] = []
    settings.pop("linker_uid", None)
    if only_new:
        for rule in settings["blocking_rules_to_generate_predictions"]:
            rule["blocking_rule"] = f"({rule['blocking_rule']}) AND (l.is_new = 1 OR r.is_new = 1)"
    return settings


def score_pairs(
    frame: Any,
    model: LinkageModel,
    options: LinkOptions,
    only_new: bool = False,
    links: Sequence[tuple[int, int]] = (),
    calibrate: bool = False,
) -> ScoredPairs:
    """Predict with `model` over a registered frame.

    Pairs at or above the floor weight all come back. Below it, only pairs whose two records may
    end up in one cluster of three or more (joined by strong links or `links`, e.g. review 'same'
    decisions) come back too, so the chaining guard sees every strong 'no' inside a cluster.
    With `calibrate`, the prior is first re-estimated from the pairs (see `prior`) and every weight
    shifted to it; `ScoredPairs.prior` is the prior the weights are under.
    """
    prior = float(model.settings["probability_two_random_records_match"])
    dialect = frame.db_api.sql_dialect.sql_dialect_str
    settings = _settings_for_run(model, only_new, dialect, wide=False)
    linker = Linker(frame, settings, log_level=None)
    blocked = _blocked_pairs_table(frame, settings) if dialect == "duckdb" else None
    with _handed_to_predict(linker, frame, blocked):
        # Pairs far below the floor are not kept at all (a million records block tens of millions of
        # namesake pairs); inside a cluster the guard counts such a pair like an uncompared one.
        predictions = linker.inference.predict(threshold_match_weight=options.pair_floor_weight - _MAX_SHIFT)
    table = predictions.physical_name
    pairs = fetch_frame(linker, f"SELECT unique_id_l, unique_id_r, match_weight FROM {table}")
    shift = 0.0
    if calibrate:
        n_records = int(query(linker, f"SELECT count(*) AS n FROM {frame.physical_name}")["n"][0])
        weights = pairs["match_weight"].to_numpy(dtype=np.float64)
        new_prior = stable(calibrate_prior(weights, prior, n_records))
        shift = float(np.clip(logit2(new_prior) - logit2(prior), -_MAX_SHIFT, _MAX_SHIFT))
        prior = 1 / (1 + 2 ** -(logit2(prior) + shift))
    pairs = _shifted(pairs, shift)
    pairs = pairs[pairs["match_weight"] >= options.pair_floor_weight]
    nodes, component = _strong_components(pairs, options, links)
    weak = _shifted(_weak_pairs_in_clusters(linker, table, nodes, component, options, shift), shift)
    if dialect == "duckdb":  # where pairs can be handed to predict
        unblocked = _unblocked_pairs_in_clusters(nodes, component, pairs, weak)
        if len(unblocked):
            weak = pd.concat(
                [weak, _shifted(_score_listed(linker, frame, unblocked), shift)], ignore_index=True
            )
    band = _review_band(linker, table, options, shift)
    nearest = _nearest_pair(linker, table, shift) if band.empty else band.iloc[:0]
    predictions.drop_table_from_database_and_remove_from_cache()
    wide = Linker(frame, _settings_for_run(model, only_new, dialect, wide=True), log_level=None)
    review = _shifted(_with_evidence(wide, band), shift)
    nearest = _shifted(_with_evidence(wide, nearest), shift) if len(nearest) else pd.DataFrame()
    both = pd.concat([pairs, weak], ignore_index=True) if len(weak) else pairs
    return ScoredPairs(
        left=both["unique_id_l"].to_numpy(dtype=np.int64),
        right=both["unique_id_r"].to_numpy(dtype=np.int64),
        weight=both["match_weight"].to_numpy(dtype=np.float64),
        probability=both["match_probability"].to_numpy(dtype=np.float64),
        review=evidence_columns(review),
        prior=prior,
        nearest=evidence_columns(nearest) if len(nearest) else nearest,
    )


_MAX_SHIFT = 8.0


def query(linker: Linker, sql: str) -> pd.DataFrame:
    """Run SQL on the linker's backend and return a pandas frame (Splink's helper is untyped)."""
    frame: pd.DataFrame = linker.misc.query_sql(sql, output_type="pandas")  # type: ignore[no-untyped-call]
    return frame


def _blocked_pairs_table(frame: Any, settings: dict[str, Any]) -> str:
    """Block on DuckDB with `blocking.blocked_pairs_sql` (the model's own rules, Splink's pairs) into
    a new table, for `_handed_to_predict`; returns its name.

    Splink's public `register_blocked_pairs_for_predict` would also first copy the records that
    occur in some pair, twice (one copy per side): almost every record at a million, 1.7 s for nothing.
    """
    rules = [rule["blocking_rule"] for rule in settings["blocking_rules_to_generate_predictions"]]
    name = f"__unseen_blocked_{uuid.uuid4().hex[:8]}"
    sql = blocked_pairs_sql(rules, frame.physical_name, settings["unique_id_column_name"])
    frame.db_api.duckdb_con.execute(f"CREATE TABLE {name} AS {sql}")
    return name


@contextmanager
def _handed_to_predict(linker: Linker, frame: Any, table: str | None) -> Iterator[None]:
    """Inside the block, predict scores the pairs of `table` (match_key, join_key_l, join_key_r) as
    its blocked pairs: they go where Splink caches the pairs it blocks itself. After it, the table is
    dropped and forgotten, so a later predict on this connection blocks for itself again. None: predict
    blocks as usual."""
    if table is None:
        yield
        return
    blocked = frame.db_api.table_to_splink_dataframe(_BLOCKED_PAIRS, table)
    linker._intermediate_table_cache[_BLOCKED_PAIRS] = blocked  # noqa: SLF001
    try:
        yield
    finally:
        linker._intermediate_table_cache.pop(blocked.templated_name, None)  # noqa: SLF001
        frame.db_api.duckdb_con.execute(f"DROP TABLE {table}")


# Splink's cache key for the blocked pairs of an unchunked predict (splink.internals.chunking).
_BLOCKED_PAIRS = "__splink__blocked_id_pairs"


def fetch_frame(linker: Linker, sql: str) -> pd.DataFrame:
    """`query`, but on DuckDB through NumPy arrays: pandas' conversion of nullable columns took 1.7 s
    for the ten million scored pairs of a million records, NumPy's 0.13 s (the columns fetched
    here hold no NULLs)."""
    db_api = linker._db_api  # noqa: SLF001
    if db_api.sql_dialect.sql_dialect_str != "duckdb":  # (every backend has a helper `duckdb_con`)
        return query(linker, sql)
    arrays = db_api.duckdb_con.sql(sql).fetchnumpy()
    return pd.DataFrame({name: np.ma.getdata(values) for name, values in arrays.items()})


def _shifted(frame: pd.DataFrame, shift: float) -> pd.DataFrame:
    """Weights moved by `shift` bits (a change of prior), with probabilities to match."""
    frame = frame.copy()
    frame["match_weight"] = frame["match_weight"].astype(float) + shift
    frame["match_probability"] = 1.0 / (1.0 + np.exp2(-frame["match_weight"].clip(-60, 60)))
    return frame


def _review_band(linker: Linker, table: str, options: LinkOptions, shift: float) -> pd.DataFrame:
    """Ids of the pairs in the review band, most uncertain first, at most MAX_REVIEW."""
    low, high = (probability_to_weight(p) - shift for p in options.review_band)
    return query(
        linker,
        f"SELECT unique_id_l, unique_id_r FROM {table} WHERE match_weight >= {low} AND match_weight < {high} "
        f"ORDER BY abs(match_weight + {shift}), unique_id_l, unique_id_r LIMIT {MAX_REVIEW}",
    )


def _nearest_pair(linker: Linker, table: str, shift: float) -> pd.DataFrame:
    """Ids of the one scored pair with probability nearest 0.5 (none if nothing was scored)."""
    return query(
        linker,
        f"SELECT unique_id_l, unique_id_r FROM {table} "
        f"ORDER BY abs(match_weight + {shift}), unique_id_l, unique_id_r LIMIT 1",
    )


def _with_evidence(wide: Linker, band: pd.DataFrame) -> pd.DataFrame:
    """Score just the review pairs again, keeping every compared value and per-field weight."""
    if band.empty:
        return pd.DataFrame(columns=["unique_id_l", "unique_id_r", "match_weight", "match_probability"])
    pairs = pd.DataFrame(
        {"match_key": "0", "join_key_l": band["unique_id_l"], "join_key_r": band["unique_id_r"]}
    )
    registered = wide._db_api.register(pairs, table_name=f"__unseen_review_{uuid.uuid4().hex[:8]}")  # noqa: SLF001
    wide.table_management.register_blocked_pairs_for_predict(registered)
    scored = wide.inference.predict()
    out = query(wide, f"SELECT * FROM {scored.physical_name}")
    scored.drop_table_from_database_and_remove_from_cache()
    order = {pair: i for i, pair in enumerate(zip(band["unique_id_l"], band["unique_id_r"], strict=True))}
    rank = [order[p] for p in zip(out["unique_id_l"], out["unique_id_r"], strict=True)]
    return out.assign(_rank=rank).sort_values("_rank").drop(columns="_rank").reset_index(drop=True)


def _weak_pairs_in_clusters(
    linker: Linker,
    table: str,
    nodes: npt.NDArray[np.int64],
    component: npt.NDArray[np.int64],
    options: LinkOptions,
    shift: float,
) -> pd.DataFrame:
    ids = np.empty(0, dtype=np.int64)
    empty = pd.DataFrame({"unique_id_l": ids, "unique_id_r": ids, "match_weight": np.empty(0)})
    if len(nodes) == 0:
        return empty
    sizes = np.bincount(component)
    big = sizes[component] >= 3
    if not big.any():
        return empty
    members = pd.DataFrame({"uid": nodes[big]})
    name = f"__unseen_components_{uuid.uuid4().hex[:8]}"
    linker.table_management.register_table(members, name, overwrite=True)
    # Semi-joins only, then the same-component test here: a join on the component id lets the
    # engine pair every two members of one big component first (billions of rows at 300k records).
    weak = fetch_frame(
        linker,
        f"SELECT unique_id_l, unique_id_r, match_weight FROM {table} "
        f"WHERE match_weight + {shift} < {options.pair_floor_weight} "
        f"AND unique_id_l IN (SELECT uid FROM {name}) AND unique_id_r IN (SELECT uid FROM {name})",
    )
    comp = pd.Series(component, index=nodes)
    same = comp.loc[weak["unique_id_l"]].to_numpy() == comp.loc[weak["unique_id_r"]].to_numpy()
    return weak[same].reset_index(drop=True)


_IDS = ("unique_id_l", "unique_id_r")
# A cluster of strong links this small or smaller has every pair of its records scored, not only
# the pairs blocking found.
COMPLETE_UP_TO = 20


def _strong_components(
    pairs: pd.DataFrame, options: LinkOptions, links: Sequence[tuple[int, int]]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Records joined by strong links (or `links`) and the component of each, by connectivity."""
    strong = pairs[pairs["match_weight"] >= probability_to_weight(options.threshold)]
    extra = np.asarray(links, dtype=np.int64).reshape(-1, 2)
    left = np.concatenate([strong["unique_id_l"].to_numpy(dtype=np.int64), extra[:, 0]])
    right = np.concatenate([strong["unique_id_r"].to_numpy(dtype=np.int64), extra[:, 1]])
    if len(left) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    nodes, inverse = np.unique(np.concatenate([left, right]), return_inverse=True)
    n = len(nodes)
    graph = coo_matrix(
        (np.ones(len(left), dtype=np.int8), (inverse[: len(left)], inverse[len(left) :])), (n, n)
    )
    _, component = connected_components(graph, directed=False)
    return nodes.astype(np.int64), component.astype(np.int64)


def _unblocked_pairs_in_clusters(
    nodes: npt.NDArray[np.int64], component: npt.NDArray[np.int64], pairs: pd.DataFrame, weak: pd.DataFrame
) -> pd.DataFrame:
    """Pairs of records in one small component of strong links that blocking never put together.

    The guard against chaining counts such a pair as mild evidence of two people; scored, it says
    how much: a newcomer blocked with one member of a family of records is mostly the same person
    as the others, and a namesake chained in through one link mostly is not."""
    none = pd.DataFrame({"unique_id_l": np.empty(0, np.int64), "unique_id_r": np.empty(0, np.int64)})
    if len(nodes) == 0:
        return none
    sizes = np.bincount(component)
    small = (sizes[component] >= 3) & (sizes[component] <= COMPLETE_UP_TO)
    if not small.any():
        return none
    order = np.argsort(component[small], kind="stable")
    members, groups = nodes[small][order], component[small][order]
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    lengths = np.diff(np.r_[starts, len(groups)])
    left_parts, right_parts = [], []
    for size in np.unique(lengths).tolist():  # every component of one size at once
        block = members[starts[lengths == size][:, None] + np.arange(size)]
        a, b = np.triu_indices(size, k=1)
        left_parts.append(block[:, a].ravel())
        right_parts.append(block[:, b].ravel())
    left, right = np.concatenate(left_parts), np.concatenate(right_parts)
    lo, hi = np.minimum(left, right), np.maximum(left, right)
    known_pairs = [tuple(f[c].to_numpy(dtype=np.int64) for c in _IDS) for f in (pairs, weak)]
    width = int(max(hi.max(), *(ids.max(initial=0) for pair in known_pairs for ids in pair))) + 1
    inside = np.zeros(width, dtype=bool)
    inside[members] = True
    known_lo, known_hi = [], []
    for a, b in known_pairs:  # only pairs inside these components can be known
        among = inside[a] & inside[b]
        known_lo.append(np.minimum(a[among], b[among]))
        known_hi.append(np.maximum(a[among], b[among]))
    known = np.concatenate(known_lo) * width + np.concatenate(known_hi)
    new = ~np.isin(lo * width + hi, known)
    return pd.DataFrame({"unique_id_l": lo[new], "unique_id_r": hi[new]})


def _score_listed(linker: Linker, frame: Any, listed: pd.DataFrame) -> pd.DataFrame:
    """Scores of exactly the `listed` pairs (DuckDB), handed to predict as its blocked pairs."""
    con = frame.db_api.duckdb_con
    name = f"__unseen_listed_{uuid.uuid4().hex[:8]}"
    con.register(f"{name}_frame", listed)
    con.execute(
        f"CREATE TABLE {name} AS SELECT '0' AS match_key, unique_id_l AS join_key_l, "
        f"unique_id_r AS join_key_r FROM {name}_frame"
    )
    con.unregister(f"{name}_frame")
    with _handed_to_predict(linker, frame, name):
        predictions = linker.inference.predict()
    scored = fetch_frame(
        linker, f"SELECT unique_id_l, unique_id_r, match_weight FROM {predictions.physical_name}"
    )
    predictions.drop_table_from_database_and_remove_from_cache()
    return scored


def evidence_columns(review: pd.DataFrame) -> pd.DataFrame:
    """Per-comparison evidence as match weights: `mw_<comparison>` and `mw_tf_adj_<comparison>` (log2).

    DuckDB's Splink output has them already; a backend that gives Bayes factors (`bf_`) is converted.
    """
    out = review.drop(columns=[c for c in review.columns if c in ("is_new_l", "is_new_r")])
    for column in [c for c in out.columns if c.startswith("bf_")]:
        target = "mw_" + column[3:]
        if target not in out.columns:
            out[target] = np.log2(out[column].astype(float).clip(lower=1e-300))
    return out.drop(columns=[c for c in out.columns if c.startswith("bf_")])
