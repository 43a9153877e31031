"""Shared test set-up: the database backend under test is chosen by UNSEEN_DATABASE_URL."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# No time limit per example: Hypothesis's deadline is a timing assert, and on a loaded two-core
# machine a 200 ms example can take longer without anything being wrong.
settings.register_profile("unseen", deadline=None)
settings.load_profile("unseen")


def pytest_configure(config: pytest.Config) -> None:
    url = os.environ.get("UNSEEN_DATABASE_URL", "")
    if not url:
        return
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        raise pytest.UsageError(f"UNSEEN_DATABASE_URL={url} is not reachable: {exc}") from None
