"""generate_demo: the written files say what they claim, and the truth accounts for every row."""

from __future__ import annotations

import csv
import io
import json
import tomllib
import unicodedata
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import unseen.demo
from unseen.demo import DemoBundle, DemoError, generate_demo
from unseen.demo.alphabets import uly_to_arabic
from unseen.demo.places import FACILITIES

ALLOWED_FIELDS = {
    "full_name", "sex", "birth_date", "birthplace", "ethnicity", "id_number", "facility", "detained_on",
    "released_on", "status", "reason", "notes", "witness_name", "witness_contact", "testimony",
}
SEX_VALUES = {"male", "female", "unknown"}
STATUS_VALUES = {"detained", "sentenced", "released", "died_in_custody", "missing", "unknown"}


def mod11_2(first17: str) -> str:
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Read any of the four source formats into header -> value dicts (missing cells as '')."""
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).active
        assert sheet is not None
        values = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = values[0]
        return [{h: ("" if v is None else v) for h, v in zip(header, row, strict=True)} for row in values[1:]]
    raw = path.read_bytes()
    text = raw.decode("gb18030") if path.name.startswith("county") else raw.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> DemoBundle:
    return generate_demo(tmp_path_factory.mktemp("demo"), seed=2018, people=2000)


@pytest.fixture(scope="module")
def people(bundle: DemoBundle) -> dict[str, dict[str, str]]:
    with bundle.people_path.open(encoding="utf-8") as handle:
        return {row["person_id"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def truth(bundle: DemoBundle) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = {}
    with bundle.truth_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(row["source_key"], {})[int(row["row"])] = row["person_id"]
    return out


def source(bundle: DemoBundle, key: str) -> list[dict[str, Any]]:
    return read_rows(next(s.path for s in bundle.sources if s.key == key))


def test_public_surface() -> None:
    assert sorted(unseen.demo.__all__) == sorted(
        ["DemoBundle", "DemoError", "DemoSource", "generate_demo", "generate_linkage_benchmark",
         "write_leaked_list_csv"]
    )


def test_files_exist(bundle: DemoBundle) -> None:
    names = {p.name for p in bundle.out_dir.iterdir()}
    assert {"county-list.csv", "testimonies-en.csv", "testimonies-ug.jsonl", "testimonies-kk.xlsx",
            "county-list.toml", "testimonies-en.toml", "testimonies-ug.toml", "testimonies-kk.toml",
            "truth.csv", "people.csv", "facilities.csv"} <= names
    assert len({s.key for s in bundle.sources}) == 4


def _contents(bundle: DemoBundle) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(bundle.out_dir.iterdir())}


def test_deterministic_by_seed(tmp_path: Path) -> None:
    """Same seed, same bytes (xlsx included: the importer hashes files)."""
    a = generate_demo(tmp_path / "a", seed=7, people=200)
    b = generate_demo(tmp_path / "b", seed=7, people=200)
    c = generate_demo(tmp_path / "c", seed=8, people=200)
    assert _contents(a) == _contents(b)
    differing = {name for name, data in _contents(a).items() if _contents(c)[name] != data}
    assert differing == {"county-list.csv", "testimonies-en.csv", "testimonies-ug.jsonl",
                         "testimonies-kk.xlsx", "truth.csv", "people.csv"}


def test_too_few_people_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DemoError, match="at least"):
        generate_demo(tmp_path, people=0)


def test_tiny_demo_fills_every_source(tmp_path: Path) -> None:
    bundle = generate_demo(tmp_path, seed=1, people=1)
    assert all(len(read_rows(s.path)) >= 1 for s in bundle.sources)


def test_county_list_encoding_and_headers(bundle: DemoBundle) -> None:
    raw = next(s.path for s in bundle.sources if s.key == "county-list-2018").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header = raw.decode("gb18030").splitlines()[0]
    assert header == "序号,姓名,性别,民族,出生日期,身份证号,籍贯,关押地点,收押时间,原因"


def test_every_id_number_is_valid(bundle: DemoBundle, people: dict[str, dict[str, str]]) -> None:
    numbers = [r["身份证号"] for r in source(bundle, "county-list-2018")] + [
        p["id_number"] for p in people.values()
    ]
    assert numbers
    for number in numbers:
        assert len(number) == 18 and number[:17].isdigit() and number.startswith("65")
        assert number[17] == mod11_2(number[:17])
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))  # a real calendar date
    assert len({p["id_number"] for p in people.values()}) == len(people)


def _parse(value: str, formats: list[str]) -> datetime:
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise AssertionError(f"{value!r} matches none of {formats}")


def test_some_stated_birth_dates_disagree_with_the_id(bundle: DemoBundle) -> None:
    rows = source(bundle, "county-list-2018")
    fmts = ["%Y-%m-%d", "%Y年%m月%d日"]
    conflicts = sum(_parse(r["出生日期"], fmts).strftime("%Y%m%d") != r["身份证号"][6:14] for r in rows)
    assert 0.005 * len(rows) <= conflicts <= 0.03 * len(rows)


def test_truth_covers_every_row(bundle: DemoBundle, truth: dict[str, dict[int, str]],
                                people: dict[str, dict[str, str]]) -> None:
    for s in bundle.sources:
        rows = read_rows(s.path)
        assert sorted(truth[s.key]) == list(range(1, len(rows) + 1)), s.key
        assert set(truth[s.key].values()) <= set(people)


def test_truth_agrees_with_the_rows(bundle: DemoBundle, truth: dict[str, dict[int, str]],
                                   people: dict[str, dict[str, str]]) -> None:
    for n, row in enumerate(source(bundle, "county-list-2018"), start=1):
        person = people[truth["county-list-2018"][n]]
        assert row["身份证号"] == person["id_number"]
        assert row["性别"] == {"male": "男", "female": "女"}[person["sex"]]
    for n, row in enumerate(source(bundle, "testimonies-kk-2019"), start=1):
        sex = people[truth["testimonies-kk-2019"][n]]["sex"]
        if row["Жынысы"]:
            assert row["Жынысы"] == {"male": "Е", "female": "Ә"}[sex]


def _coverage(truth: dict[str, dict[int, str]], key: str, total: int) -> float:
    return len(set(truth[key].values())) / total


@pytest.mark.parametrize(
    ("key", "low", "high"),
    [("county-list-2018", 0.55, 0.65), ("testimonies-en-2019", 0.35, 0.45),
     ("testimonies-ug-2019", 0.2, 0.3), ("testimonies-kk-2019", 0.11, 0.19)],
)
def test_coverage(truth: dict[str, dict[int, str]], people: dict[str, dict[str, str]], key: str,
                  low: float, high: float) -> None:
    assert low <= _coverage(truth, key, len(people)) <= high


def _letters(text: str) -> set[str]:
    return {c for c in text if not c.isspace()}


def test_scripts_are_what_they_claim(bundle: DemoBundle) -> None:
    for row in source(bundle, "testimonies-ug-2019"):
        assert all("\u0600" <= c <= "\u06ff" for c in _letters(row["ئىسمى"])), row["ئىسمى"]
    for row in source(bundle, "testimonies-kk-2019"):
        assert all("\u0400" <= c <= "\u04ff" for c in _letters(row["Аты-жөні"])), row["Аты-жөні"]
    for row in source(bundle, "county-list-2018"):
        assert all("CJK" in unicodedata.name(c) or c in "·•" for c in row["姓名"]), row["姓名"]
    for row in source(bundle, "testimonies-en-2019"):
        assert all(unicodedata.name(c).startswith("LATIN") for c in _letters(row["Name"])), row["Name"]


def test_mappings_parse_and_reference_real_headers(bundle: DemoBundle) -> None:
    for s in bundle.sources:
        mapping = tomllib.loads(s.mapping_path.read_text(encoding="utf-8"))
        assert mapping["source"]["key"] == s.key
        assert set(mapping) <= {"source", "columns", "values", "formats"}
        assert set(mapping["columns"]) <= ALLOWED_FIELDS
        rows = read_rows(s.path)
        headers = set().union(*(r.keys() for r in rows))
        assert set(mapping["columns"].values()) <= headers, s.key
        for field, table in mapping.get("values", {}).items():
            allowed = SEX_VALUES if field == "sex" else STATUS_VALUES
            assert set(table.values()) <= allowed
            seen = {r.get(mapping["columns"][field], "") for r in rows} - {""}
            assert seen <= set(table), (s.key, field, seen - set(table))
        for field, formats in mapping.get("formats", {}).items():
            for r in rows:
                value = r.get(mapping["columns"][field], "")
                if value:
                    _parse(str(value), formats)


def test_hard_cases_present(bundle: DemoBundle, people: dict[str, dict[str, str]],
                            truth: dict[str, dict[int, str]]) -> None:
    families = Counter((p["family_id"], p["name"].split()[1]) for p in people.values())
    assert sum(n >= 2 for n in families.values()) >= 50  # siblings sharing the father's name
    namesakes = Counter((p["name"], p["birth_date"][:4]) for p in people.values())
    clashes = [k for k, n in namesakes.items() if n >= 2]
    assert clashes
    assert any(len({p["family_id"] for p in people.values() if (p["name"], p["birth_date"][:4]) == k}) > 1
               for k in clashes)
    en = source(bundle, "testimonies-en-2019")
    assert sum(" " not in r["Name"] for r in en) >= 0.03 * len(en)  # cut to one part
    assert sum(not r["Born"] for r in en) >= 0.03 * len(en)  # missing fields


def test_reversed_names_in_testimonies(bundle: DemoBundle, people: dict[str, dict[str, str]],
                                       truth: dict[str, dict[int, str]]) -> None:
    reversed_rows = 0
    for n, row in enumerate(source(bundle, "testimonies-ug-2019"), start=1):
        given, father = people[truth["testimonies-ug-2019"][n]]["name"].split()
        if people[truth["testimonies-ug-2019"][n]]["ethnicity"] == "uyghur":
            reversed_rows += row["ئىسمى"] == f"{uly_to_arabic(father)} {uly_to_arabic(given)}"
    assert reversed_rows >= 5


def test_facilities_are_recognisable(bundle: DemoBundle) -> None:
    with bundle.facilities_path.open(encoding="utf-8") as handle:
        facilities = list(csv.DictReader(handle))
    assert len(facilities) == 8
    for f in facilities:
        assert 34.0 <= float(f["latitude"]) <= 49.5 and 73.0 <= float(f["longitude"]) <= 96.5
        assert f["kind"] in {"camp", "prison", "detention_centre"}
    assert {r["关押地点"] for r in source(bundle, "county-list-2018")} <= {f["name_zh"] for f in facilities}
    stems = [_fold(f.stem) for f in FACILITIES]
    for row in source(bundle, "testimonies-en-2019"):
        location = row["Last known location"]
        if location:
            assert any(stem in _fold(location) for stem in stems), location


def _fold(text: str) -> str:
    """Lower case without diacritics, gh and q read as g and k: how English spellings drift."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return bare.lower().replace("gh", "g").replace("q", "k")


def test_the_workbook_carries_no_save_time(bundle: DemoBundle) -> None:
    """openpyxl stamps the save time into docProps/core.xml; two builds a second apart then differed."""
    import zipfile

    xlsx = next(s.path for s in bundle.sources if s.path.suffix == ".xlsx")
    core = zipfile.ZipFile(xlsx).read("docProps/core.xml").decode()
    assert "<dcterms:modified" in core and "2019-01-01T00:00:00Z</dcterms:modified>" in core
