from __future__ import annotations

from itertools import combinations

import pandas as pd
import pytest

from tests.linkage.synth import synthetic_records
from unseen.linkage import LinkResult, link_records

# The issue's own example, as data: one detainee in three sources and scripts, and two different
# men called Memet Tursun born the same year. IDs carry valid check characters (GB 11643).
CASES = pd.DataFrame(
    [
        (
            "case-police",
            "police-list",
            "买买提·吐尔逊",
            "男",
            "1979-05-14",
            "喀什",
            "653101197905141236",
            "Kashgar No.1 detention centre",
        ),
        ("case-sister", "testimony", "Memet Tursun", "M", "1979", "Kashgar", "", ""),
        ("case-report", "uyghur-report", "مەمەت تۇرسۇن", "", "1979-05-14", "قەشقەر", "", ""),
        (
            "case-other",
            "police-list",
            "买买提·吐尔逊",
            "男",
            "1979-11-02",
            "和田",
            "653201197911021113",
            "Hotan prison",
        ),
    ],
    columns=["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"],
)


def true_pairs(frame: pd.DataFrame, column: str) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for _, group in frame.groupby(column):
        pairs.update(combinations(sorted(group["record_id"]), 2))
    return pairs


@pytest.fixture(scope="session")
def background() -> pd.DataFrame:
    return synthetic_records(500, seed=11)


@pytest.fixture(scope="session")
def linked(background: pd.DataFrame) -> tuple[pd.DataFrame, LinkResult]:
    records = pd.concat([background.drop(columns="person"), CASES], ignore_index=True)
    return records, link_records(records)
