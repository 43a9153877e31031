import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

import unseen.linkage as linkage
from unseen.linkage import ClusterOptions, LinkResult, cluster_records, link_records
from unseen.linkage.pipeline import SMALL_INPUT
from unseen.linkage.report import html_report, level_weights, prior_weight, text_report, waterfall


def test_public_surface_is_exactly_all() -> None:
    public = {name for name in dir(linkage) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(linkage, name)).__name__ == "module"}
    assert set(linkage.__all__) == public - modules
    assert len(linkage.__all__) == len(set(linkage.__all__))


def test_waterfall_adds_up_to_the_pair_weight(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    result = linked[1]
    for _, pair in result.review.head(20).iterrows():
        total = sum(weight for _, weight in waterfall(pair, result.model))
        assert total == pytest_approx(pair["match_weight"])


def test_a_waterfall_weight_off_the_level_chart_is_explained_by_how_common_the_name_is(
    linked: tuple[pd.DataFrame, LinkResult],
) -> None:
    result = linked[1]
    scored = result.scored.named_nearest(result.linked_ids) if result.review.empty else result.review
    adjusted = scored[scored.filter(like="mw_tf_adj_").fillna(0).ne(0).any(axis=1)]
    assert not adjusted.empty
    pair = adjusted.iloc[0]
    text = text_report(result.model, pair)
    assert "for how common the shared value is" in text
    page = html_report(result.model, adjusted)
    assert "Adjusted for how common the shared value is" in page


def pytest_approx(value: float) -> object:
    import pytest

    return pytest.approx(value, abs=1e-6)


def test_level_weights_are_log2_m_over_u(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    model = linked[1].model
    first = model.settings["comparisons"][0]["comparison_levels"][1]
    level = level_weights(model)[0]
    assert level.weight == math.log2(first["m_probability"] / first["u_probability"])
    p = model.settings["probability_two_random_records_match"]
    assert prior_weight(model) == math.log2(p / (1 - p))


def test_reports_name_every_comparison(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    result = linked[1]
    text = text_report(result.model, result.review.iloc[0])
    page = html_report(result.model, result.review)
    for comparison in ("given_name", "father_name", "birth_date", "place_key", "id_number"):
        assert comparison in text and comparison in page
    assert "match probability" in text and page.count("<svg") == 2
    trained = f"trained without labels (EM) on {len(linked[0]):,} records"
    assert trained in text and trained in page


def test_a_report_says_when_the_weights_are_the_bundled_reference_models(
    linked: tuple[pd.DataFrame, LinkResult],
) -> None:
    few = linked[0].head(40)
    assert len(few) < SMALL_INPUT
    model = link_records(few).model
    assert "bundled reference model" in text_report(model) and "bundled reference model" in html_report(model)


edges = st.lists(
    st.tuples(st.integers(0, 11), st.integers(0, 11), st.floats(-30, 30, allow_nan=False)), max_size=40
)


@settings(max_examples=60, deadline=None)
@given(edges)
def test_without_the_guard_clusters_are_connected_components(pairs: list[tuple[int, int, float]]) -> None:
    pairs = [(a, b, w) for a, b, w in pairs if a != b]
    a = np.array([p[0] for p in pairs], dtype=np.int64)
    b = np.array([p[1] for p in pairs], dtype=np.int64)
    w = np.array([p[2] for p in pairs], dtype=np.float64)
    options = ClusterOptions(threshold=0.9, min_mean_weight=-math.inf)
    labels = cluster_records(12, a, b, w, options)
    strong = w >= options.threshold_weight
    graph = coo_matrix((np.ones(int(strong.sum())), (a[strong], b[strong])), shape=(12, 12))
    _, reference = connected_components(graph, directed=False)
    same = labels[:, None] == labels[None, :]
    assert (same == (reference[:, None] == reference[None, :])).all()


@settings(max_examples=60, deadline=None)
@given(edges)
def test_guarded_clusters_refine_components_and_every_cluster_holds_together(
    pairs: list[tuple[int, int, float]],
) -> None:
    pairs = [(a, b, w) for a, b, w in pairs if a != b]
    a = np.array([p[0] for p in pairs], dtype=np.int64)
    b = np.array([p[1] for p in pairs], dtype=np.int64)
    w = np.array([p[2] for p in pairs], dtype=np.float64)
    guarded = cluster_records(12, a, b, w)
    loose = cluster_records(12, a, b, w, ClusterOptions(min_mean_weight=-math.inf))
    # refinement: records together under the guard are together without it
    same_guarded = guarded[:, None] == guarded[None, :]
    assert not (same_guarded & (loose[:, None] != loose[None, :])).any()
    # labels name a member of their own cluster (the smallest index)
    for label in set(guarded.tolist()):
        assert guarded[label] == label and label == int(np.flatnonzero(guarded == label).min())
