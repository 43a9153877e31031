import datetime as dt
from itertools import combinations, permutations
from typing import Any

import pandas as pd
import pytest

from tests.linkage.conftest import CASES, true_pairs
from unseen.linkage import (
    InvalidRecordsError,
    LinkageModel,
    LinkOptions,
    LinkResult,
    ReviewDecision,
    Verdict,
    link_records,
)
from unseen.linkage.idnumbers import prc_check_char
from unseen.linkage.model import reference_model
from unseen.linkage.records import COLUMNS

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _person(result: LinkResult) -> dict[str, str]:
    return result.person_of()


def test_every_record_gets_exactly_one_person(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    records, result = linked
    assert result.assignments["record_id"].tolist() == records["record_id"].tolist()
    assert result.assignments["person_id"].notna().all()
    assert result.summary.records == len(records)
    assert result.summary.persons == result.assignments["person_id"].nunique()


def test_the_rows_order_does_not_change_the_persons() -> None:
    # A record that fits two namesakes equally well joins one of them; which one must not depend on
    # how the file happened to be sorted.
    camp = "Kashgar No. 3 Detention Center"
    rows = [
        ("a", "list", "Ayshem Tahir", "F", "1980-02-03", "Kashgar", "", camp),
        ("b", "list", "Ayshem Tahir", "F", "1975-07-09", "Kashgar", "", camp),
        ("c", "testimony", "ئايشەم تاھىر", "F", "", "قەشقەر", "", camp),
        ("d", "list", "Memet Tursun", "M", "1979", "Hotan", "", ""),
    ]
    partitions = set()
    for order in permutations(rows):
        assignments = link_records(pd.DataFrame(list(order), columns=list(COLUMNS))).assignments
        assert assignments["record_id"].tolist() == [row[0] for row in order]
        partitions.add(frozenset(frozenset(g["record_id"]) for _, g in assignments.groupby("person_id")))
    assert len(partitions) == 1


def test_one_detainee_across_three_scripts_is_one_person(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    person = _person(linked[1])
    assert person["case-police"] == person["case-sister"] == person["case-report"]


def test_two_memet_tursuns_of_the_same_year_stay_apart(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    person = _person(linked[1])
    assert person["case-other"] != person["case-police"]


def test_quality_on_synthetic_cross_script_records(
    background: pd.DataFrame, linked: tuple[pd.DataFrame, LinkResult]
) -> None:
    truth = true_pairs(background, "person")
    found = {p for p in true_pairs(linked[1].assignments, "person_id") if not p[0].startswith("case")}
    tp = len(truth & found)
    precision, recall = tp / len(found), tp / len(truth)
    assert precision > 0.85 and recall > 0.7


def test_model_round_trips_through_json_and_scores_the_same(
    tmp_path: object, linked: tuple[pd.DataFrame, LinkResult]
) -> None:
    records, result = linked
    path = f"{tmp_path}/model.json"
    result.model.save(path)
    loaded = LinkageModel.load(path)
    again = link_records(records, model=loaded)
    assert again.assignments.equals(result.assignments)
    assert loaded.origin == result.model.origin == f"trained without labels (EM) on {len(records):,} records"


def test_review_decisions_split_and_join(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    records, result = linked
    decisions = [
        ReviewDecision("case-police", "case-report", Verdict.DIFFERENT, T0, "ana", "different mothers"),
        ReviewDecision("case-police", "case-other", Verdict.SAME, T0, "ana", "same ID photo"),
    ]
    again = link_records(records, model=result.model, previous=result.person_of(), decisions=decisions)
    person = _person(again)
    assert person["case-police"] != person["case-report"]
    assert person["case-police"] == person["case-other"]
    assert again.summary.split >= 1 and again.summary.merged >= 1


def test_review_queue_is_uncertain_pairs_worst_first(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    review = linked[1].review
    low, high = LinkOptions().review_band
    assert review["match_probability"].between(low, high, inclusive="left").all()
    distances = review["match_weight"].abs().tolist()
    assert distances == sorted(distances)
    assert {"full_name_l", "full_name_r"}.isdisjoint(review.columns)  # evidence is the compared fields
    assert any(c.startswith("mw_") for c in review.columns)


def test_incremental_run_keeps_every_existing_person_id(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    records, result = linked
    old, new = records.iloc[:-60], records.iloc[-60:]
    first = link_records(old, model=result.model)
    second = link_records(records, model=result.model, previous=first.person_of(), incremental=True)
    before, after = first.person_of(), second.person_of()
    assert all(after[r] == p for r, p in before.items())
    assert second.summary.split == 0
    fresh = {after[r] for r in new["record_id"]} - set(before.values())
    assert second.summary.created == len(fresh)


def test_missing_required_column_is_named() -> None:
    with pytest.raises(InvalidRecordsError, match="full_name"):
        link_records(pd.DataFrame({"record_id": ["a"], "name": ["x"]}))


def test_bad_rows_are_named_and_never_merged_silently() -> None:
    bad = CASES.copy()
    bad.loc[1, "full_name"] = ""
    bad.loc[2, "birth_date"] = "1979-02-30"
    with pytest.raises(InvalidRecordsError) as info:
        link_records(bad)
    rows = {(p.row, p.column) for p in info.value.problems}
    assert rows == {(3, "full_name"), (4, "birth_date")}  # the header is row 1, as `unseen import` counts
    assert "row 3 (record_id='case-sister') full_name: no name" in str(info.value)


def test_duplicate_ids_always_raise(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    dup = pd.concat([CASES, CASES.iloc[[0]]], ignore_index=True)
    with pytest.raises(InvalidRecordsError, match=r"duplicate record id \(rows 2, 6\)"):
        link_records(dup, options=LinkOptions(invalid="singleton"))


def test_ids_that_differ_only_by_invisible_characters_are_duplicates() -> None:
    dup = pd.concat([CASES, CASES.iloc[[0]]], ignore_index=True)
    dup.loc[4, "record_id"] = f" {dup.loc[0, 'record_id']}\0"
    with pytest.raises(InvalidRecordsError, match=r"duplicate record id \(rows 2, 6; written 'case-police' "
                       r"and ' case-police'\)"):
        link_records(dup)


def test_record_ids_come_back_as_written() -> None:
    written = [f" {r}" if i % 2 else f"{r}\t" for i, r in enumerate(CASES["record_id"])]
    spaced = CASES.assign(record_id=written)
    result = link_records(spaced)
    assert result.assignments["record_id"].tolist() == spaced["record_id"].tolist()


def test_singleton_mode_leaves_bad_rows_alone(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    records, result = linked
    bad = records.copy()
    bad.loc[bad["record_id"] == "case-sister", "birth_date"] = "1979-13"
    out = link_records(bad, model=result.model, options=LinkOptions(invalid="singleton"))
    person = _person(out)
    assert [p.record_id for p in out.set_aside] == ["case-sister"]
    assert list(person.values()).count(person["case-sister"]) == 1
    assert person["case-police"] == person["case-report"]


def test_a_nameless_row_with_an_id_links_through_the_id_only(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    records, result = linked
    police = records.loc[records["record_id"] == "case-police"].iloc[0]
    extra = pd.DataFrame(
        [
            # The police list's row again, name illegible: same ID, birth date and place.
            {**police, "record_id": "nameless-same-id", "full_name": "", "source": "other-list"},
            # Another illegible name, same birth date and place, another ID: no name rule may join it.
            {**police, "record_id": "nameless-other-id", "full_name": "", "id_number": "653101197905145678"},
            # No name and no ID: nothing to link through.
            {**police, "record_id": "nameless-no-id", "full_name": "", "id_number": ""},
        ]
    )
    both = pd.concat([records, extra], ignore_index=True)
    with pytest.raises(InvalidRecordsError, match="no name"):
        link_records(both, model=result.model)
    out = link_records(both, model=result.model, options=LinkOptions(invalid="singleton"))
    person = _person(out)
    assert [p.record_id for p in out.set_aside] == ["nameless-no-id"]
    assert person["nameless-same-id"] == person["case-police"]
    assert list(person.values()).count(person["nameless-other-id"]) == 1
    assert list(person.values()).count(person["nameless-no-id"]) == 1


@pytest.mark.parametrize(("name", "reason"), [
    *[(n, "stands for a missing name") for n in ("unknown", "N/A", "-", "??", "未知", "неизвестно", "نامەلۇم",
                                                  "bilinmiyor")],
    *[(n, "in none of the scripts Unseen reads") for n in ("მამუკა ბერიძე", "Γιώργος Παπαδόπουλος",
                                                         "אברהם כהן")],
])
def test_placeholder_and_unreadable_names_are_no_names_and_never_join(
    name: str, reason: str, linked: tuple[pd.DataFrame, LinkResult]
) -> None:
    records, result = linked
    sister = records.loc[records["record_id"] == "case-sister"].iloc[0]
    extra = pd.DataFrame([{**sister, "record_id": f"stand-in-{i}", "full_name": name} for i in range(2)])
    both = pd.concat([records, extra], ignore_index=True)
    with pytest.raises(InvalidRecordsError, match=reason):
        link_records(both, model=result.model)
    out = link_records(both, model=result.model, options=LinkOptions(invalid="singleton"))
    person = _person(out)
    assert person["stand-in-0"] != person["stand-in-1"]
    assert person["stand-in-0"] != person["case-sister"]
    assert {p.record_id for p in out.set_aside} == {"stand-in-0", "stand-in-1"}


@pytest.mark.parametrize("name", ["Nil", "Na Li", "Yok Ahmet", "김철수", "X Æ A-12", "Ян"])
def test_short_or_unusual_real_names_are_names(name: str) -> None:
    from unseen.names.placeholders import is_placeholder_name

    assert not is_placeholder_name(name)


def test_contradicting_decisions_are_named_by_record_id(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    from unseen.linkage import ReviewConflictError

    records, result = linked
    decisions = [
        ReviewDecision("case-police", "case-other", Verdict.SAME, T0),
        ReviewDecision("case-other", "case-sister", Verdict.SAME, T0),
        ReviewDecision("case-police", "case-sister", Verdict.DIFFERENT, T0),
    ]
    with pytest.raises(ReviewConflictError, match="case-police/case-sister"):
        link_records(records, model=result.model, decisions=decisions)


def test_new_person_ids_come_from_the_callers_factory(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    records, result = linked
    made = iter(f"p-{i}" for i in range(10**6))
    out = link_records(records.iloc[:50], model=result.model, new_person_id=lambda: next(made))
    assert out.assignments["person_id"].str.startswith("p-").all()


def test_training_is_reproducible(background: pd.DataFrame) -> None:
    records = background.drop(columns="person").iloc[:300]
    first, second = link_records(records), link_records(records)
    assert first.model.settings == second.model.settings
    assert first.assignments.equals(second.assignments)


def test_a_source_without_sex_keeps_the_birth_date_in_the_model(background: pd.DataFrame) -> None:
    # EM's session on (date, sex) finds no pairs and falls back to the date alone; Splink 5.0 had
    # already taken the date comparison out of the linker's settings by then.
    records = background.drop(columns="person").assign(sex="")
    model = link_records(records).model
    names = [c["output_column_name"] for c in model.settings["comparisons"]]
    assert "birth_date" in names and "sex" in names


def test_a_run_closes_the_duckdb_connection_it_opened() -> None:
    # Left to the garbage collector, a connection can be finalised in a forked child and crash it.
    import duckdb

    from unseen.linkage.backends import open_db_api

    with open_db_api() as db_api:
        assert db_api._con.execute("SELECT 1").fetchall() == [(1,)]
    with pytest.raises(duckdb.ConnectionException):
        db_api._con.execute("SELECT 1")


SMALL = pd.DataFrame(
    [
        ("1", "list", "麦麦提·吐尔逊", "男", "1980-03-04", "喀什市", "653101198003041234"),
        ("2", "en", "Memet Tursun", "M", "1980", "Kashgar", ""),
        ("3", "ug", "مەمەت تۇرسۇن", "ئەر", "", "قەشقەر", ""),
        ("4", "en", "Gulnur Abdulla", "F", "1975-06", "Hotan", ""),
        ("5", "kk", "Гүлнұр Абдулла", "Ә", "1975", "Хотан", ""),
        ("6", "en", "Ahmet Yusup", "M", "1990", "Aksu", ""),
        ("7", "list", "艾合买提·玉素甫", "男", "1962-01-01", "阿克苏市", ""),
    ],
    columns=["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number"],
)


def test_a_handful_of_records_is_scored_with_the_reference_model() -> None:
    # Trained on these seven rows, EM learnt nothing about names and the records' own frequencies
    # made every name common: Ahmet Yusup born 1990 and his namesake born 1962 became one person.
    result = link_records(SMALL)
    person = result.person_of()
    assert person["1"] == person["2"] == person["3"]
    assert person["4"] == person["5"] != person["1"]
    assert person["6"] != person["7"]
    assert result.model.settings == reference_model().settings


def test_two_valid_ids_are_two_people_however_alike_the_rest() -> None:
    # Namesakes of one county born on one day, each with a valid ID of their own (MOD 11-2 passes
    # no single slip, so neither is a misread of the other), and a testimony that fits both.
    first, second = "65430119590514" + "777", "65430119590514" + "127"
    listed = ("list", "马拉特·艾合买提", "男", "1959-05-14", "阿勒泰市")
    rows = pd.DataFrame(
        [
            ("a", *listed, first + prc_check_char(first)),
            ("b", *listed, second + prc_check_char(second)),
            ("c", "en", "Marat Ahmet", "M", "1959", "Altay", ""),
        ],
        columns=["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number"],
    )
    person = link_records(rows).person_of()
    assert person["a"] != person["b"]
    assert person["c"] in (person["a"], person["b"])
    same = [ReviewDecision("a", "b", Verdict.SAME, T0, "ana", "one card misread")]
    joined = link_records(rows, decisions=same).person_of()
    assert joined["a"] == joined["b"] == joined["c"]


def test_stand_ins_for_missing_values_are_no_values() -> None:
    # Two namesakes born fifteen years apart, whose sources wrote "N/A", "unknown" and "未知" for what
    # they did not know: the stand-ins are not an ID, a place, a camp or a date the two share.
    rows = pd.DataFrame(
        [
            ("a", "list", "Memet Tursun", "M", "1970", "unknown", "N/A", "unknown"),
            ("b", "report", "Memet Tursun", "M", "1985", "unknown", "N/A", "unknown"),
            ("c", "testimony", "Memet Tursun", "unknown", "unknown", "未知", "—", "未知"),
        ],
        columns=list(COLUMNS),
    )
    person = link_records(rows).person_of()
    assert person["a"] != person["b"]


def test_identical_records_of_one_name_are_one_person() -> None:
    rows = SMALL.iloc[[1, 1, 1]].assign(record_id=["a", "b", "c"])
    assert link_records(rows).assignments["person_id"].nunique() == 1


def test_levels_the_data_cannot_train_take_the_reference_values(background: pd.DataFrame) -> None:
    # Year-only dates: no random pair and no EM block ever shows two equal full dates.
    records = background.drop(columns="person").assign(birth_date=lambda f: f["birth_date"].str[:4])
    settings = link_records(records).model.settings
    same_day = _level(settings, "birth_date", "same full date")
    expected = _level(reference_model().settings, "birth_date", "same full date")
    assert same_day["u_probability"] == expected["u_probability"]
    assert same_day["m_probability"] is not None


def _level(settings: dict[str, Any], comparison: str, label: str) -> dict[str, Any]:
    levels = next(c for c in settings["comparisons"] if c["output_column_name"] == comparison)
    return next(lv for lv in levels["comparison_levels"] if lv.get("label_for_charts") == label)


def test_one_source_or_none_still_links_its_repeats(background: pd.DataFrame) -> None:
    # Every pair is then 'same source' (or no source): the level carries no information and the
    # detainee named three times must still be one person.
    both = pd.concat([background.drop(columns="person"), CASES], ignore_index=True)
    for source in ("one-list", ""):
        records = both.assign(source=source)
        person = link_records(records).person_of()
        assert person["case-police"] == person["case-sister"] == person["case-report"], source
        assert person["case-other"] != person["case-police"], source


def test_an_empty_source_is_no_source() -> None:
    from unseen.linkage.prepare import prepare_records
    from unseen.linkage.records import check_columns

    table = check_columns(CASES.assign(source=["a", "", " ", "b"]))
    assert prepare_records(table)["source"].tolist() == ["a", None, None, "b"]


def test_trained_parameters_are_rounded_so_reruns_agree_to_the_bit(
    linked: tuple[pd.DataFrame, LinkResult],
) -> None:
    # DuckDB sums in parallel: unrounded, two trainings on the same records differed in the last
    # bits of m, u and the prior, the saved models differed, and a pair on the threshold could flip.
    settings = linked[1].model.settings
    values = [settings["probability_two_random_records_match"]] + [
        level[key]
        for comparison in settings["comparisons"]
        for level in comparison["comparison_levels"]
        for key in ("m_probability", "u_probability")
        if isinstance(level.get(key), float)
    ]
    assert len(values) > 20
    assert all(float(f"{v:.8g}") == v for v in values)


def test_every_pair_inside_a_person_of_three_or_more_is_scored(
    linked: tuple[pd.DataFrame, LinkResult],
) -> None:
    # Blocking need not find every pair of one person's records; the guard against chaining must
    # still weigh each pair, so the pairs blocking missed are scored before clustering.
    _, result = linked
    pairs = result.pairs
    scored = {tuple(sorted(p)) for p in zip(pairs["record_id_l"], pairs["record_id_r"], strict=True)}
    persons = result.assignments.groupby("person_id")["record_id"].apply(sorted)
    inside = [pair for ids in persons if len(ids) >= 3 for pair in combinations(ids, 2)]
    assert len(inside) > 50
    assert all(pair in scored for pair in inside)


def test_a_swapped_rare_name_counts_for_more_than_a_swapped_common_one(
    linked: tuple[pd.DataFrame, LinkResult],
) -> None:
    # The same two names in the other order, once for a name no one else holds and once for one that
    # twenty other records hold: the rare one is the stronger evidence, as it is in order.
    background = linked[0]
    row = {"source": "testimony", "sex": "M", "birth_date": "1970", "birthplace": "Kashgar"}
    extra = [
        {**row, "record_id": "rare-1", "full_name": "Zulpiqar Nurbostan"},
        {**row, "record_id": "rare-2", "full_name": "Nurbostan Zulpiqar", "source": "list"},
        {**row, "record_id": "common-1", "full_name": "Memet Tursun"},
        {**row, "record_id": "common-2", "full_name": "Tursun Memet", "source": "list"},
        *({**row, "record_id": f"other-{i}", "full_name": "Memet Tursun" if i % 2 else "Tursun Memet",
           "birth_date": str(1940 + i), "birthplace": "Hotan"} for i in range(20)),
    ]
    records = pd.concat([background, pd.DataFrame(extra)], ignore_index=True)
    pairs = link_records(records, model=linked[1].model).pairs.set_index(["record_id_l", "record_id_r"])

    def weight(a: str, b: str) -> float:
        key = (a, b) if (a, b) in pairs.index else (b, a)
        return float(pairs.loc[key, "match_weight"])

    assert weight("rare-1", "rare-2") > weight("common-1", "common-2") + 2
