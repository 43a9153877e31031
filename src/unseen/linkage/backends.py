"""Which SQL engine runs Splink: DuckDB in-process by default, Spark for data beyond one machine.

Spark is optional and imported only when asked for, with a clear error if it is not installed.
"""

from __future__ import annotations

from typing import Any

from unseen.linkage.errors import BackendUnavailableError

__all__ = ["make_db_api"]


def make_db_api(backend: Any = None) -> Any:
    """A Splink database API: None or 'duckdb' for DuckDB, a SparkSession for Spark, or an API as is."""
    if backend is None or backend == "duckdb":
        from splink import DuckDBAPI

        return DuckDBAPI()
    if type(backend).__name__ == "SparkSession":
        try:
            from splink import SparkAPI
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise BackendUnavailableError("the Spark backend needs pyspark: pip install pyspark") from exc
        return SparkAPI(spark_session=backend)  # type: ignore[no-untyped-call]
    if hasattr(backend, "register") and hasattr(backend, "sql_dialect"):
        return backend
    raise BackendUnavailableError(f"unknown linkage backend {backend!r}: use 'duckdb' or a SparkSession")
