"""Persons × sources from the database, pooled and by stratum, checked by counting by hand."""

import warnings
from pathlib import Path

import numpy as np
import pytest

from unseen.cases.actions import import_source
from unseen.cases.capture import capture_histories
from unseen.cases.models import LinkageRun, Record
from unseen.estimate import CaptureHistories, EstimateWarning
from unseen.ingest.mapping import Mapping, parse_mapping

pytestmark = pytest.mark.django_db


def mapping(key: str) -> Mapping:
    columns = '[columns]\nfull_name = "name"\nsex = "sex"'
    return parse_mapping(f'[source]\nkey = "{key}"\ntitle = "{key}"\n{columns}')


def load(tmp_path: Path, key: str, rows: str) -> None:
    path = tmp_path / f"{key}.csv"
    path.write_text("name,sex\n" + rows, encoding="utf-8")
    import_source(path, mapping(key), "tester")


def linked() -> None:
    """Mark the project as linked (a run row), for tests that link by hand or keep one record a person."""
    LinkageRun.objects.create(
        actor="tester", threshold=0.6, model={}, records=0,
        last_record_id=Record.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        persons=0, created=0, merged=0, split=0,
    )


def counts(histories: CaptureHistories) -> dict[tuple[int, ...], int]:
    pairs = zip(histories.patterns, histories.counts, strict=True)
    return {tuple(int(x) for x in pattern): int(count) for pattern, count in pairs}


def test_patterns_follow_persons_not_records(tmp_path: Path) -> None:
    load(tmp_path, "a", "P1,M\nP2,F\nP3,M\n")
    load(tmp_path, "b", "P1,M\nP4,F\n")
    load(tmp_path, "c", "P2,\nP5,M\n")
    # Link by hand: records with the same name are one person.
    for record in Record.objects.order_by("-pk"):
        Record.objects.filter(full_name=record.full_name).update(person_id=record.person_id)
    linked()
    pooled = capture_histories()["all"]
    assert pooled.lists == ("a", "b", "c")
    assert counts(pooled) == {(1, 1, 0): 1, (1, 0, 1): 1, (1, 0, 0): 1, (0, 1, 0): 1, (0, 0, 1): 1}
    by_sex = capture_histories("sex")
    assert set(by_sex) == {"male", "female"}
    assert int(np.sum(by_sex["male"].counts)) == 3  # P1, P3, P5; P2 is female by the record that says so
    with pytest.raises(ValueError, match="cannot stratify"):
        capture_histories("shoe_size")


def strata_sizes(tmp_path: Path, field: str, rows: dict[str, str]) -> dict[str, int]:
    """Sources of one name column and one `field` column (rows per source key), linked as imported
    (a record a person): the people of each stratum of `field`."""
    columns = f'[columns]\nfull_name = "name"\n{field} = "{field}"'
    for key, text in rows.items():
        path = tmp_path / f"{key}.csv"
        path.write_text(f"name,{field}\n" + text, encoding="utf-8")
        import_source(path, parse_mapping(f'[source]\nkey = "{key}"\ntitle = "{key}"\n{columns}'), "tester")
    linked()
    return {label: int(np.sum(h.counts)) for label, h in capture_histories(field).items()}


def test_birthplace_strata_see_through_script(tmp_path: Path) -> None:
    rows = {"p": "A,Kashgar\nB,قەشقەر\nC,喀什市\n", "q": "D,Hotan\nE,\n"}
    assert strata_sizes(tmp_path, "birthplace", rows) == {"kashgar": 3, "hotan": 1, "unknown": 1}


def test_facility_strata_are_named_as_written_and_missing_cells_are_no_facility(tmp_path: Path) -> None:
    rows = {
        "p": "A,Kashgar No. 3 Detention Center\nB,Kashgar No. 3 Detention Center\n"
             "C,Ghulja prison\nD,unknown\n",
        "q": "E,喀什第三看守所\nF,Unknown facility\nG,N/A\nH,نامەلۇم\n",
    }
    sizes = strata_sizes(tmp_path, "facility", rows)
    assert sizes == {"Kashgar No. 3 Detention Center": 3, "Ghulja prison": 1, "unknown": 4}


def test_before_any_link_run_it_says_to_link_first(tmp_path: Path) -> None:
    load(tmp_path, "a", "P1,M\nP2,F\n")
    load(tmp_path, "b", "P1,M\nP3,F\n")
    with pytest.raises(ValueError, match=r"no records are linked into persons yet: run `unseen link` first"):
        capture_histories()
    with pytest.raises(ValueError, match="no records are linked"):
        capture_histories("sex")
    linked()
    assert capture_histories()["all"].lists == ("a", "b")


def test_records_imported_after_the_last_link_run_are_named(tmp_path: Path) -> None:
    load(tmp_path, "a", "P1,M\nP2,F\n")
    load(tmp_path, "b", "P1,M\nP3,F\n")
    linked()
    with warnings.catch_warnings():
        warnings.simplefilter("error", EstimateWarning)
        capture_histories()  # everything linked: nothing to say
    load(tmp_path, "c", "P4,M\nP5,F\nP6,M\n")
    with pytest.warns(EstimateWarning, match=r"3 record\(s\) imported since the last `unseen link`"):
        capture_histories()
