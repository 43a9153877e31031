"""Search sees through script: typing "Memet Eli" finds 买买提·艾力 and مەمەت ئېلى, not Tursun."""

from pathlib import Path

import pytest

from unseen.cases.actions import import_source
from unseen.cases.queries import search_records
from unseen.ingest.mapping import parse_mapping

pytestmark = pytest.mark.django_db

MAPPING = parse_mapping('[source]\nkey = "mixed"\ntitle = "Mixed"\n[columns]\nfull_name = "name"\n')
NAMES = ["买买提·艾力", "مەمەت ئېلى", "Мәмәт Әли", "Mehmet Ali", "Tursun Qasim", "古丽·吐尔逊"]


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
