"""Shared test set-up: the database backend under test is chosen by UNSEEN_DATABASE_URL."""

from __future__ import annotations

import os

import pytest


def pytest_configure(config: pytest.Config) -> None:
    url = os.environ.get("UNSEEN_DATABASE_URL", "")
    if not url:
        return
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        raise pytest.UsageError(f"UNSEEN_DATABASE_URL={url} is not reachable: {exc}") from None
