"""Search sees through script: typing "Memet Eli" finds 买买提·艾力 and مەمەت ئېلى, not Tursun."""

from pathlib import Path

import pytest

from unseen.cases.actions import import_source
from unseen.cases.queries import search_records
from unseen.ingest.mapping import parse_mapping

pytestmark = pytest.mark.django_db

MAPPING = parse_mapping('[source]\nkey = "mixed"\ntitle = "Mixed"\n[columns]\nfull_name = "name"\n')
NAMES = ["买买提·艾力", "مەمەت ئېلى", "Мәмәт Әли", "Mehmet Ali", "Tursun Qasim", "古丽·吐尔逊", "依明·吐尔洪"]


@pytest.fixture
def records(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("name\n" + "\n".join(NAMES) + "\n", encoding="utf-8")
    import_source(path, MAPPING, "tester")


@pytest.mark.usefixtures("records")
@pytest.mark.parametrize("query", ["Memet Eli", "买买提·艾力", "مەمەت ئېلى"])
def test_cross_script_search(query: str) -> None:
    found = {r.full_name for r in search_records(query)}
    assert {"买买提·艾力", "مەمەت ئېلى", "Мәмәт Әли"} <= found
    assert "Tursun Qasim" not in found and "古丽·吐尔逊" not in found


@pytest.mark.usefixtures("records")
def test_one_part_finds_it_in_every_script_and_substrings_still_match() -> None:
    assert {r.full_name for r in search_records("吐尔逊")} == {"古丽·吐尔逊", "Tursun Qasim"}
    assert [r.full_name for r in search_records("Qas")] == ["Tursun Qasim"]


@pytest.mark.usefixtures("records")
def test_reindex_restores_keys_an_older_version_stored() -> None:
    from unseen.cases.models import AuditEntry, Record
    from unseen.cases.name_index import reindex_names

    stale = Record.objects.filter(full_name__in=["买买提·艾力", "مەمەت ئېلى"])
    stale.update(name_keys=" OLD KEYS ")
    assert "买买提·艾力" not in {r.full_name for r in search_records("Memet Eli")}
    seen: list[int] = []
    assert reindex_names("tester", progress=seen.append) == 2
    assert sum(seen) == len(NAMES)
    assert {"买买提·艾力", "مەمەت ئېلى"} <= {r.full_name for r in search_records("Memet Eli")}
    assert set(Record.objects.values_list("full_name", flat=True)) == set(NAMES)  # names untouched
    assert AuditEntry.objects.filter(action="names.reindex", details__changed=2).exists()
    assert reindex_names("tester") == 0


@pytest.mark.usefixtures("records")
def test_what_chinese_transcription_loses_is_forgiven() -> None:
    # 吐尔洪 has no gh: Turghun keys TRKN, 吐尔洪 TRN; their loose keys agree.
    assert "依明·吐尔洪" in {r.full_name for r in search_records("Imin Turghun")}


@pytest.mark.usefixtures("records")
def test_a_chinese_query_without_its_dot_finds_the_name_with_it() -> None:
    assert [r.full_name for r in search_records("依明吐尔洪")] == ["依明·吐尔洪"]
    assert "古丽·吐尔逊" in {r.full_name for r in search_records("古丽吐尔逊")}
