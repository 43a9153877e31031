"""The comparison levels as SQL, evaluated on hand-made pairs, and the trained model's shape."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd
import pytest

from unseen.linkage import LinkResult
from unseen.linkage.model import new_settings
from unseen.linkage.prepare import id_near_keys

_NAME_COLUMNS = (
    "given_key", "father_key", "given_loose", "father_loose", "given_latin", "father_latin", "order_marked",
    "father_surname",
)


def _level(comparison: str, left: dict[str, Any], right: dict[str, Any]) -> str:
    """Label of the level a pair falls into, evaluated as Splink would (first true condition)."""
    settings = new_settings("unseen").create_settings_dict("duckdb")
    levels = next(c for c in settings["comparisons"] if c["output_column_name"] == comparison)
    labels = [
        str(lv.get("label_for_charts", "null")).replace("'", "''") for lv in levels["comparison_levels"]
    ]
    cases = " ".join(
        f"{'ELSE' if lv['sql_condition'] == 'ELSE' else 'WHEN ' + lv['sql_condition'] + ' THEN'} '{label}'"
        for lv, label in zip(levels["comparison_levels"], labels, strict=True)
    )
    names = _NAME_COLUMNS if comparison.endswith("_name") else tuple(sorted(set(left) | set(right)))
    columns = ", ".join(
        f"{value!r} AS {name}_{side}" if value is not None else f"NULL::VARCHAR AS {name}_{side}"
        for side, row in (("l", left), ("r", right))
        for name, value in ((c, row.get(c)) for c in names)
    )
    return str(duckdb.execute(f"SELECT CASE {cases} END FROM (SELECT {columns})").fetchall()[0][0])


def _name(given: str, father: str | None, marked: bool = False, surname: bool = False) -> dict[str, Any]:
    return {
        "order_marked": marked,
        "father_surname": surname,
        "given_key": given,
        "father_key": father,
        "given_loose": given,
        "father_loose": father,
        "given_latin": given.lower(),
        "father_latin": father.lower() if father else None,
    }


def test_a_full_swap_is_a_swap_on_both_parts() -> None:
    left, right = _name("MT", "TRSN"), _name("TRSN", "MT")
    assert "other's" in _level("given_name", left, right)
    assert "other's" in _level("father_name", left, right)


def test_fathers_names_that_differ_where_one_is_a_surname_have_a_level_of_their_own() -> None:
    # Муратов Бауыржан and 包尔江·努尔兰: the surname may be the grandfather's name
    assert _level("father_name", _name("PWRJN", "MRT", surname=True), _name("PWRJN", "NRRN")) == (
        "father's name differs, one a surname"
    )
    assert _level("father_name", _name("PWRJN", "MRT"), _name("PWRJN", "NRRN")) == "All other comparisons"
    given_apart = _level("given_name", _name("SRK", "MRT", surname=True), _name("NRRN", "MRT"))
    assert given_apart == "All other comparisons"


def test_crossed_parts_of_two_names_that_mark_the_father_are_no_swap() -> None:
    # Serik Nurlanov and Нурлан Сериков: each ending says whose son he is; they are not one man.
    left, right = _name("SRK", "NRN", marked=True), _name("NRN", "SRK", marked=True)
    assert _level("given_name", left, right) == "All other comparisons"
    assert _level("father_name", left, right) == "All other comparisons"
    # One marked name against one that is not (Nurlan Serik): the order is still open.
    assert "other's" in _level("given_name", left, _name("NRN", "SRK"))


def test_a_one_part_name_is_no_swap_with_the_others_father() -> None:
    # Memet (the given name only) and Ehmet Memet: Memet is Ehmet's father's name, not a swap.
    assert "other's" not in _level("given_name", _name("MT", None), _name("AMT", "MT"))
    assert "other's" not in _level("father_name", _name("AMT", "MT"), _name("MT", None))


def test_a_key_matched_in_order_is_not_also_a_swap() -> None:
    # Hesen Hesen and Hesen Teyip: the given names agree; the fathers' names do not.
    left, right = _name("ASN", "ASN"), _name("ASN", "TP")
    assert _level("given_name", left, right).startswith("Exact match")
    assert _level("father_name", left, right) == "All other comparisons"


def _id(number: str) -> dict[str, Any]:
    near = id_near_keys(number)
    return {"id_number": number, **{f"id_near{i}": key or None for i, key in enumerate(near)}}


def test_ids_one_typo_apart_are_found_whatever_the_typo() -> None:
    base = "650102198901178128"
    typos = [
        "650102198901178129",  # a replaced check digit
        "651002198901178128",  # two neighbours swapped
        "65010219890117812",  # a digit dropped: the lengths differ, no near-key is shared
        "6501021989011781288",  # one added
    ]
    for typo in typos:
        assert _level("id_number", _id(base), _id(typo)) == "one typo apart", typo
    assert _level("id_number", _id(base), _id("650102198901178128")).startswith("Exact match")
    assert _level("id_number", _id(base), _id("650102198901170000")) == "All other comparisons"
    assert _level("id_number", _id("12345"), _id("12354")) == "one typo apart"  # too short for near-keys


def test_the_trained_model_keeps_every_comparison(linked: tuple[pd.DataFrame, LinkResult]) -> None:
    # Splink 5.0 drops a training session's comparisons when its rule finds no pairs; the model
    # must come back whole whichever sessions found pairs.
    trained = [c["output_column_name"] for c in linked[1].model.settings["comparisons"]]
    fresh = new_settings("unseen").create_settings_dict("duckdb")["comparisons"]
    assert trained == [c["output_column_name"] for c in fresh]


def test_no_agreement_level_counts_for_less_than_plain_disagreement() -> None:
    from unseen.linkage.model import bound_weights

    def level(m: float, u: float, null: bool = False) -> dict[str, Any]:
        return {"m_probability": m, "u_probability": u, "is_null_level": null}

    # A near spelling that EM drove to m = 2e-7 (-15 bits) where 'all other' is worth -5 bits.
    near, other = level(2.4e-7, 0.0079), level(0.0337, 0.9537)
    exact, never = level(0.85, 0.016), level(1e-9, 0.5)
    settings = {"comparisons": [
        {"comparison_levels": [level(0.1, 0.1, null=True), exact, near, other]},
        {"comparison_levels": [level(0.9, 0.1), never]},
    ]}
    bound_weights(settings, min_weight=-15.0)
    assert near["m_probability"] / near["u_probability"] == pytest.approx(0.0337 / 0.9537)
    assert exact["m_probability"] == 0.85 and other["m_probability"] == 0.0337  # untouched
    assert never["m_probability"] / never["u_probability"] == pytest.approx(2.0**-15)


def test_a_vague_date_two_years_off_is_its_own_mild_level() -> None:
    def born(dob: str, precision: str) -> dict[str, Any]:
        return {"dob": dob, "dob_year": int(dob[:4]), "dob_month": int(dob[5:7]) if len(dob) > 4 else None,
                "dob_precision": precision}

    full, year = born("1980-03-14", "day"), born("1978", "year")
    assert _level("birth_date", full, year) == "imprecise, within two years"
    assert _level("birth_date", full, born("1979", "year")) == "imprecise, within a year"
    assert _level("birth_date", full, born("1977", "year")) == "All other comparisons"
    # Two full dates are exact records: two years apart is a conflict, not a witness's slip.
    assert _level("birth_date", full, born("1978-03-14", "day")) == "All other comparisons"


def test_day_and_month_read_the_other_way_round_are_a_slip_not_a_conflict() -> None:
    def born(dob: str) -> dict[str, Any]:
        return {"dob": dob, "dob_year": int(dob[:4]), "dob_month": int(dob[5:7]), "dob_precision": "day"}

    # 1990-01-07 in a month-first list, 07.01.1990 read day-first in another.
    assert _level("birth_date", born("1990-01-07"), born("1990-07-01")) == "same year, day and month swapped"
    assert _level("birth_date", born("1990-01-07"), born("1991-07-01")) == "All other comparisons"
    assert _level("birth_date", born("1990-01-07"), born("1990-07-02")) == "All other comparisons"


def test_records_of_one_source_fall_in_the_same_source_level() -> None:
    assert _level("source", {"source": "police-list"}, {"source": "police-list"}) == "same source"
    assert _level("source", {"source": "police-list"}, {"source": "testimony"}) == "different sources"
    assert _level("source", {"source": "police-list"}, {"source": None}) == "source is NULL"


def test_the_model_learns_that_a_source_seldom_names_one_person_twice(
    linked: tuple[pd.DataFrame, LinkResult],
) -> None:
    # The synthetic sources name each person at most once: EM must find 'same source' against a
    # match and 'different sources' for one, not take them from a fixed guess.
    levels = next(c for c in linked[1].model.settings["comparisons"] if c["output_column_name"] == "source")
    bits = {lv["label_for_charts"]: lv["m_probability"] / lv["u_probability"]
            for lv in levels["comparison_levels"] if not lv.get("is_null_level")}
    assert bits["same source"] < 0.25 and bits["different sources"] > 1.0



def test_a_swap_seen_through_loose_keys_is_a_loose_swap() -> None:
    # 赛丽曼·阿不力米提 and Ablimit Selima: Chinese adds an n to Selime, so only the loose keys
    # of the given name meet the other's father's name.
    left = {**_name("SRMN", "APRMT"), "given_loose": "SRM"}
    right = {**_name("APRMT", "SRM"), "father_loose": "SRM"}
    assert _level("given_name", left, right) == "given name is the other's father name, loosely"
    assert _level("father_name", left, right) == "father name is the other's given name"
    # In order, the loose keys are a loose match, not a swap.
    assert _level("given_name", left, {**_name("SRM", "APRMT")}) == "Exact match on given_loose"


def test_no_weaker_agreement_counts_for_more_than_a_stronger_one() -> None:
    from unseen.linkage.model import bound_weights

    def level(m: float, u: float, sql: str = "x") -> dict[str, Any]:
        return {"m_probability": m, "u_probability": u, "sql_condition": sql}

    # What EM learnt on the demo's 433 records: an ID one typo apart above an exact ID, a
    # Jaro-Winkler of 0.8 above one of 0.92.
    exact_id, typo, other_id = level(0.1, 1e-4), level(0.08, 1e-6), level(0.01, 1.0)
    key, near = level(0.85, 0.01), level(0.001, 0.002, "jaro_winkler_similarity(a_l, a_r) >= 0.92")
    loose = level(0.01, 0.003, "jaro_winkler_similarity(a_l, a_r) >= 0.8")
    other_name = level(0.01, 0.95)
    settings = {"comparisons": [
        {"comparison_levels": [exact_id, typo, other_id]},
        {"comparison_levels": [key, near, loose, other_name]},
    ]}
    bound_weights(settings, min_weight=-15.0)
    assert typo["m_probability"] / typo["u_probability"] == pytest.approx(0.1 / 1e-4)
    assert loose["m_probability"] / loose["u_probability"] == pytest.approx(0.001 / 0.002)
    assert exact_id["m_probability"] == 0.1 and key["m_probability"] == 0.85  # the strongest stay
    assert near["m_probability"] == 0.001  # below the key, and the first band of its measure


def _facility_row(written: str) -> dict[str, Any]:
    from unseen.linkage.facilities import facility_key, facility_place, facility_region

    key = facility_key(written)
    return {
        "facility_key": key, "facility_place": facility_place(key), "facility_region": facility_region(key)
    }


def test_a_facility_without_its_number_is_not_another_facility() -> None:
    # "The camp in Kashgar" against Kashgar No. 1 was a disagreement, as much as Hotan's camp.
    def level(a: str, b: str) -> str:
        return _level("facility_key", _facility_row(a), _facility_row(b))

    unknown_number = "same place, one number unknown"
    assert level("Vocational Training Center in Kashgar", "Kashgar No. 1 VETC") == unknown_number
    assert level("Kashgar No. 1 VETC", "Kashi Di Yi Zhiye Jineng Jiaoyu Peixun Zhongxin") != (
        "same place, one number unknown"
    )
    assert level("Kashgar No. 2 VETC", "Kashgar No. 1 VETC") == "All other comparisons"
    assert level("Hotan camp", "Kashgar camp") == "All other comparisons"


def test_a_facility_without_its_number_weighs_between_the_same_and_another() -> None:
    from unseen.linkage.model import reference_model

    levels = next(c for c in reference_model().settings["comparisons"]
                  if c["output_column_name"] == "facility_key")["comparison_levels"]
    ratio = {lv.get("label_for_charts"): lv["m_probability"] / lv["u_probability"]
             for lv in levels if not lv.get("is_null_level")}
    place_only = ratio["same place, one number unknown"]
    assert ratio["Exact match on facility_key"] >= place_only > ratio["All other comparisons"]


def test_a_facility_named_by_its_region_only_is_no_conflict_with_one_in_a_county_of_it() -> None:
    def level(a: str, b: str) -> str:
        return _level("facility_key", _facility_row(a), _facility_row(b))

    in_region = "one names the region of the other's facility"
    assert level("a camp in Kashgar", "莎车县职业技能教育培训中心") == in_region  # Yarkand, in Kashgar
    assert level("Yarkand camp No. 2", "camp in Kashgar") == in_region
    assert level("Yarkand camp", "Kargilik camp") == "All other comparisons"  # two counties of Kashgar
    assert level("camp in Hotan", "莎车县职业技能教育培训中心") == "All other comparisons"
