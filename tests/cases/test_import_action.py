"""The import action on the real database: all-or-nothing, idempotency, append, reject files."""

from dataclasses import replace
from pathlib import Path

import pytest

from unseen.cases.actions import ImportFailed, SourceExists, import_source
from unseen.cases.models import AuditEntry, Person, Record, Source, SourceFile
from unseen.ingest.mapping import parse_mapping

pytestmark = pytest.mark.django_db

MAPPING = parse_mapping(
    """
[source]
key = "county-list-2018"
title = "Leaked county detainee list"
kind = "leaked_list"
language = "zh"
reliability = "B"
credibility = 2
[columns]
full_name = "姓名"
sex = "性别"
birth_date = "出生日期"
id_number = "身份证号"
witness_name = "报告人"
"""
)
GOOD = (
    "姓名,性别,出生日期,身份证号,报告人\n买买提·艾力,男,1949-12-31,11010519491231002X,W1\n古丽,女,1985,,W2\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Source, SourceFile, Record, Person, AuditEntry))


def test_import_stores_every_row_with_its_raw_row_and_audit(tmp_path: Path) -> None:
    result = import_source(write(tmp_path, "a.csv", GOOD), MAPPING, "alice")
    assert (result.imported, result.rejected, result.conflicts) == (2, 0, 0)
    first = Record.objects.get(row_number=2)
    assert first.full_name == "买买提·艾力" and first.sex == "male"
    assert first.sensitive_value("id_number") == "11010519491231002X"
    assert first.raw() == {
        "姓名": "买买提·艾力",
        "性别": "男",
        "出生日期": "1949-12-31",
        "身份证号": "11010519491231002X",
        "报告人": "W1",
    }
    second = Record.objects.get(row_number=3)
    assert (second.birth_date.year, second.birth_date_precision) == (1985, "year")  # type: ignore[union-attr]
    assert first.person_id != second.person_id
    entry = AuditEntry.objects.get(action="import_source")
    assert entry.actor == "alice" and entry.details["rows"] == 2


def test_same_file_twice_is_a_no_op(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", GOOD)
    import_source(path, MAPPING, "alice")
    before = snapshot()
    again = import_source(path, MAPPING, "alice")
    assert again.already_imported and snapshot() == before


def test_second_file_needs_append(tmp_path: Path) -> None:
    import_source(write(tmp_path, "a.csv", GOOD), MAPPING, "alice")
    other = write(tmp_path, "b.csv", GOOD.replace("W2", "W3"))
    before = snapshot()
    with pytest.raises(SourceExists, match="--append"):
        import_source(other, MAPPING, "alice")
    assert snapshot() == before
    result = import_source(other, MAPPING, "alice", append=True)
    assert result.imported == 2 and Source.objects.get().files.count() == 2


def test_one_bad_row_aborts_everything_and_reports_all(tmp_path: Path) -> None:
    import_source(write(tmp_path, "a.csv", GOOD), MAPPING, "alice")
    before = snapshot()
    bad = write(tmp_path, "b.csv", GOOD + "Tursun,M,1980-02-30,,\nEli,M,1980,110105194912310021,\n")
    with pytest.raises(ImportFailed) as info:
        import_source(bad, replace(MAPPING, source=replace(MAPPING.source, key="other-list")), "alice")
    assert [(p.row, p.column) for p in info.value.problems] == [(4, "出生日期"), (5, "身份证号")]
    assert snapshot() == before
    assert not Source.objects.filter(key="other-list").exists()


def test_skip_bad_rows_keeps_good_rows_and_writes_rejects(tmp_path: Path) -> None:
    bad = write(tmp_path, "b.csv", GOOD + "Tursun,M,1980-02-30,,\n")
    rejects = tmp_path / "rejects.csv"
    result = import_source(bad, MAPPING, "alice", skip_bad_rows=True, rejects_path=rejects)
    assert (result.imported, result.rejected) == (2, 1)
    lines = rejects.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "row,column,reason,raw"
    assert lines[1].startswith("4,出生日期,impossible date '1980-02-30',")
    assert SourceFile.objects.get().rejected_rows == 1


def test_conflicting_birth_dates_are_kept_and_flagged(tmp_path: Path) -> None:
    text = "姓名,性别,出生日期,身份证号,报告人\nA,男,1950-01-01,11010519491231002X,\n"
    result = import_source(write(tmp_path, "c.csv", text), MAPPING, "alice")
    record = Record.objects.get()
    assert result.conflicts == 1
    assert record.birth_date.isoformat() == "1950-01-01"  # type: ignore[union-attr]
    assert record.flags[0]["in_id_number"] == "1949-12-31"


def test_a_failure_mid_way_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unseen.cases.actions import imports

    rows = "".join(f"P{i},男,1980,,\n" for i in range(3 * imports.BATCH))
    path = write(tmp_path, "big.csv", "姓名,性别,出生日期,身份证号,报告人\n" + rows)
    calls = []

    def explode(n: int) -> None:
        calls.append(n)
        if len(calls) == 2:  # two batches are stored by now
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        import_source(path, MAPPING, "alice", progress=explode)
    assert snapshot() == (0, 0, 0, 0, 0)
