"""The estimate page: the project's persons × sources estimated, with charts, pooled and by stratum."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from unseen.cases.actions import import_source, link_persons
from unseen.cases.capture import capture_histories
from unseen.demo import generate_demo
from unseen.estimate import estimate
from unseen.ingest import load_mapping

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_with_data(client: Client, tmp_path: Path) -> Client:
    bundle = generate_demo(tmp_path / "demo", seed=3, people=200)
    for source in bundle.sources:
        import_source(source.path, load_mapping(source.mapping_path), "tester")
    link_persons("tester")
    User.objects.create_user("researcher", password="pw-for-tests")
    client.login(username="researcher", password="pw-for-tests")
    return client


def test_pooled_estimate_with_charts(client_with_data: Client) -> None:
    page = client_with_data.get("/estimate/").content.decode()
    expected = estimate(capture_histories()["all"], "loglinear")
    assert f"<dd><strong>{expected.estimate:.0f}</strong></dd>" in page
    assert page.count("<svg") == 2 and "<script" not in page


def test_by_stratum_and_bad_parameters(client_with_data: Client) -> None:
    page = client_with_data.get("/estimate/", {"by": "sex"}).content.decode()
    assert "<td>male</td>" in page and "<td>female</td>" in page
    assert client_with_data.get("/estimate/", {"method": "guess"}).status_code == 400


def test_latent_class_estimate_shows_its_convergence(client_with_data: Client) -> None:
    page = client_with_data.get("/estimate/", {"method": "lcmcr"}).content.decode()
    assert "split R̂" in page and "effective sample size" in page and "<script" not in page


def test_estimate_requires_login(client: Client) -> None:
    assert client.get("/estimate/").status_code == 302


def test_only_the_estimates_own_warnings_are_shown(client_with_data: Client, monkeypatch) -> None:
    import warnings

    from unseen.estimate import EstimateWarning
    from unseen.web import estimates

    real = estimates.ranking_figure

    def chart_that_warns(result):  # type: ignore[no-untyped-def]
        warnings.warn("constrained_layout not applied because axes sizes collapse to zero", UserWarning,
                      stacklevel=2)
        warnings.warn("a caveat about these data", EstimateWarning, stacklevel=2)
        return real(result)

    monkeypatch.setattr(estimates, "ranking_figure", chart_that_warns)
    page = client_with_data.get("/estimate/").content.decode()
    assert "a caveat about these data" in page
    assert "constrained_layout" not in page
