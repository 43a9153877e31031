"""The same pipeline on Splink's Spark backend, on a small set with local Spark (needs pyspark + Java)."""

import shutil

import pandas as pd
import pytest

from tests.linkage.conftest import CASES
from tests.linkage.synth import synthetic_records

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:  # pragma: no cover - depends on the machine
    pytest.skip("Spark needs Java", allow_module_level=True)

from unseen.linkage import link_records  # noqa: E402


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    session = (
        SparkSession.builder.master("local[1]")
        .appName("unseen-linkage-test")
        .config("spark.jars", similarity_jar_location())
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setCheckpointDir("/tmp/unseen-spark-checkpoints")
    yield session
    session.stop()


def test_spark_and_duckdb_agree_on_a_small_set(spark, linked) -> None:  # type: ignore[no-untyped-def]
    model = linked[1].model  # trained on DuckDB; Spark gets the same parameters in its own SQL
    records = pd.concat([synthetic_records(60, seed=5).drop(columns="person"), CASES], ignore_index=True)
    on_duckdb = link_records(records, model=model)
    on_spark = link_records(records, model=model, backend=spark)
    assert on_spark.assignments.equals(on_duckdb.assignments)
    person = on_spark.person_of()
    assert person["case-police"] == person["case-sister"] == person["case-report"] != person["case-other"]
