"""Which SQL engine runs Splink: DuckDB in-process by default, Spark for data beyond one machine.

Spark is optional and imported only when asked for, with a clear error if it is not installed.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

from unseen.linkage.errors import BackendUnavailableError

__all__ = ["make_db_api", "open_db_api", "register_records", "DUCKDB_MEMORY"]

# DuckDB's share of memory; it spills beyond. At a million records 2 GB took the same time as 3 GB
# (47.0 s against 47.2 s) and kept the whole run's peak at 4.5 GB rather than 5.4 GB, under the 6 GB
# the linkage issue allows; `UNSEEN_DUCKDB_MEMORY` raises it on a larger machine.
DUCKDB_MEMORY = "2GB"


def make_db_api(backend: Any = None) -> Any:
    """A Splink database API: None or 'duckdb' for DuckDB, a SparkSession for Spark, or an API as is."""
    if backend is None or backend == "duckdb":
        import duckdb
        from splink import DuckDBAPI

        # Bounded, spilling to the system's temporary folder (DuckDB's default is ./.tmp, inside
        # whatever folder the user runs from): a million records then stay within a few GB.
        config: dict[str, str | bool | int | float | list[str]] = {
            "memory_limit": os.environ.get("UNSEEN_DUCKDB_MEMORY", DUCKDB_MEMORY),
            "temp_directory": os.path.join(tempfile.gettempdir(), "unseen-duckdb"),
        }
        return DuckDBAPI(connection=duckdb.connect(config=config))
    if type(backend).__name__ == "SparkSession":
        try:
            from splink import SparkAPI
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise BackendUnavailableError("the Spark backend needs pyspark: pip install pyspark") from exc
        return SparkAPI(spark_session=backend)  # type: ignore[no-untyped-call]
    if hasattr(backend, "register") and hasattr(backend, "sql_dialect"):
        return backend
    raise BackendUnavailableError(f"unknown linkage backend {backend!r}: use 'duckdb' or a SparkSession")


@contextmanager
def open_db_api(backend: Any = None) -> Iterator[Any]:
    """`make_db_api` for one run: a DuckDB connection made here is closed at the end (a caller's
    SparkSession or API is left open). Closed at once, not by the garbage collector: a connection
    left in a reference cycle can otherwise be finalised in a forked child, which crashes."""
    db_api = make_db_api(backend)
    try:
        yield db_api
    finally:
        if backend is None or backend == "duckdb":
            db_api._con.close()  # noqa: SLF001 - Splink 5.0 has no public close


def register_records(db_api: Any, frame: pd.DataFrame) -> Any:
    """The prepared records as Splink's input table. On DuckDB they are copied into a table first:
    a registered DataFrame is a view that DuckDB converts from Python strings on every scan, and
    blocking scans the input twice per rule (at a million records the copy took about a second;
    the scans had taken several)."""
    if db_api.sql_dialect.sql_dialect_str != "duckdb":
        return db_api.register(frame)
    name = f"__unseen_records_{uuid.uuid4().hex[:8]}"
    con = db_api.duckdb_con
    con.register(f"{name}_view", frame)
    try:
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_view")
    finally:
        con.unregister(f"{name}_view")
    return db_api.register(name)
