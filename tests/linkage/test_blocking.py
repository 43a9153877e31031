"""Which pairs the prediction rules put in front of the model, on prepared hand-made records."""

from __future__ import annotations

import duckdb
import pandas as pd

from unseen.linkage.blocking import PREDICTION_KEYS
from unseen.linkage.prepare import prepare_records
from unseen.linkage.records import check_columns


def _candidates(rows: list[dict[str, str]]) -> set[tuple[str, str]]:
    """Record-id pairs that any prediction rule finds, evaluated as the rules' SQL in DuckDB."""
    table = check_columns(pd.DataFrame([{"source": "s", **row} for row in rows]))
    prepared = prepare_records(table)  # noqa: F841 - read by DuckDB below
    conditions = " OR ".join(
        "(" + " AND ".join([f"l.{c} = r.{c}" for c in cols] + ([extra] if extra else [])) + ")"
        for cols, extra in PREDICTION_KEYS
    )
    found = duckdb.sql(
        f"SELECT l.unique_id, r.unique_id FROM prepared l JOIN prepared r "
        f"ON l.unique_id < r.unique_id AND ({conditions})"
    ).fetchall()
    return {(str(a), str(b)) for a, b in found}


def test_a_loose_match_is_a_candidate_when_one_name_went_through_chinese() -> None:
    # 吾甫尔 is how Chinese writes Ghopur: the initial gh is lost, so only the loose keys agree.
    rows = [
        {"record_id": "1", "full_name": "吾甫尔·阿迪力", "birth_date": "1980"},
        {"record_id": "2", "full_name": "Ghopur Adil", "birth_date": "1980"},
    ]
    assert ("1", "2") in _candidates(rows)


def test_a_loose_match_born_in_different_regions_is_a_candidate_only_with_the_same_facility() -> None:
    # Loose keys and a birth year cannot outweigh birthplaces in different regions; a shared facility
    # can. Twenty-one namesakes born decades apart make the name too common to block on alone.
    namesakes = [
        {"record_id": f"n{i}", "full_name": "Ghopur Adil", "birth_date": str(1900 + 2 * i)}
        for i in range(21)
    ]
    rows = [
        {"record_id": "1", "full_name": "吾甫尔·阿迪力", "birth_date": "1980", "birthplace": "喀什",
         "facility": "Kashgar No. 1 Detention Center"},
        {"record_id": "2", "full_name": "Ghopur Adil", "birth_date": "1980", "birthplace": "Hotan",
         "facility": "Hotan No. 2 Detention Center"},
        {"record_id": "3", "full_name": "Ghopur Adil", "birth_date": "1980", "birthplace": "Hotan",
         "facility": "Kashgar No. 1 Detention Center"},
        {"record_id": "4", "full_name": "Ghopur Adil", "birth_date": "1980", "birthplace": "Kashgar"},
    ]
    found = _candidates(rows + namesakes)
    assert ("1", "2") not in found
    assert {("1", "3"), ("1", "4")} <= found


def test_an_undated_loose_match_in_another_facility_is_not_a_candidate() -> None:
    namesakes = [
        {"record_id": f"n{i}", "full_name": "Ghopur Adil", "birth_date": str(1900 + 2 * i)}
        for i in range(21)
    ]
    rows = [
        {"record_id": "1", "full_name": "吾甫尔·阿迪力", "birthplace": "喀什",
         "facility": "Kashgar No. 1 Detention Center"},
        {"record_id": "2", "full_name": "Ghopur Adil", "birthplace": "Kashgar",
         "facility": "Hotan No. 2 Detention Center"},
        {"record_id": "3", "full_name": "Ghopur Adil", "birthplace": "Kashgar"},
    ]
    found = _candidates(rows + namesakes)
    assert ("1", "2") not in found
    assert ("1", "3") in found


def test_a_loose_match_with_conflicting_sexes_is_not_a_candidate() -> None:
    # Loose keys are coarse; a man and a woman who agree only through them have different names.
    rows = [
        {"record_id": "1", "full_name": "吾甫尔·阿迪力", "birth_date": "1980", "sex": "男"},
        {"record_id": "2", "full_name": "Ghopur Adil", "birth_date": "1980", "sex": "female"},
        {"record_id": "3", "full_name": "Ghopur Adil", "birth_date": "1980", "sex": ""},
    ]
    assert _candidates(rows) == {("1", "3"), ("2", "3")}


def test_a_loose_match_of_two_latin_spellings_is_a_candidate_only_if_the_loose_key_is_uncommon() -> None:
    # Yalikun Zeydin and Aygul Seyit share a loose key; neither went through Chinese. With twenty more
    # records holding it, the loose key is common and blocks only where exactly one name went through
    # Chinese (at a million records, pairs of loose namesakes would otherwise run to millions).
    rows = [
        {"record_id": "1", "full_name": "Yalikun Zeydin", "birth_date": "1980"},
        {"record_id": "2", "full_name": "Aygul Seyit", "birth_date": "1980"},
    ]
    assert ("1", "2") in _candidates(rows)
    namesakes = [
        {"record_id": f"n{i}", "full_name": "Aygul Seyit", "birth_date": str(1900 + 3 * i)} for i in range(20)
    ]
    assert ("1", "2") not in _candidates(rows + namesakes)


def test_one_name_part_blocks_only_when_the_other_part_could_be_the_same() -> None:
    rows = [
        {"record_id": "1", "full_name": "Memet Tursun", "birth_date": "1980", "birthplace": "Aksu"},
        {"record_id": "2", "full_name": "Memet Abdukerim", "birth_date": "1980", "birthplace": "Aksu"},
        {"record_id": "3", "full_name": "Memet", "birth_date": "1980", "birthplace": "Aksu"},
        {"record_id": "4", "full_name": "Memet Tursunjan", "birth_date": "1980", "birthplace": "Aksu"},
    ]
    found = _candidates(rows)
    assert ("1", "2") not in found  # plainly different fathers
    assert {("1", "3"), ("2", "3"), ("1", "4")} <= found  # father unknown on one side; one spelt close


def test_a_rare_name_is_a_candidate_whatever_else_differs() -> None:
    rare = [
        {"record_id": "1", "full_name": "Nico Bridgland", "birth_date": "1923-04-04", "birthplace": "Aksu"},
        {"record_id": "2", "full_name": "Nico Bridgland", "birth_date": "1972-04-28", "birthplace": "Hotan"},
    ]
    assert ("1", "2") in _candidates(rare)
    # The same two records among six namesakes: a common name alone is no block.
    others = [
        {"record_id": str(i), "full_name": "Nico Bridgland", "birth_date": f"{1930 + 5 * i}"}
        for i in range(3, 7)
    ]
    assert ("1", "2") not in _candidates(rare + others)


def test_an_uncommon_name_is_a_candidate_where_the_birth_years_allow_one_person() -> None:
    # No date on one side and no place in common: only the name can bring these two together.
    pair = [
        {"record_id": "1", "full_name": "Nurbek Askar", "birthplace": ""},
        {"record_id": "2", "full_name": "Nurbek Askar", "birth_date": "1980", "birthplace": "Aksu"},
        {"record_id": "3", "full_name": "Nurbek Askar", "birth_date": "1981", "birthplace": "Hotan"},
        {"record_id": "4", "full_name": "Nurbek Askar", "birth_date": "1990", "birthplace": "Hotan"},
    ]
    found = _candidates(pair)
    assert {("1", "2"), ("2", "3")} <= found  # a year unknown, or a year apart
    assert ("2", "4") not in found  # ten years apart, places differ
    # Among twenty-one namesakes the name alone is no block.
    namesakes = [
        {"record_id": str(i), "full_name": "Nurbek Askar", "birth_date": f"{1900 + i}", "birthplace": "Kashi"}
        for i in range(5, 22)
    ]
    assert ("1", "2") not in _candidates(pair + namesakes)


def test_an_uncommon_loose_name_is_a_candidate_whatever_the_scripts() -> None:
    # Keys differ by what Chinese loses (the ending -jan); no date on one side, no place in common.
    pair = [
        {"record_id": "1", "full_name": "Yasin Tursunjan", "birthplace": ""},
        {"record_id": "2", "full_name": "亚森·吐尔逊", "birth_date": "1970-03-01", "birthplace": "和田"},
        {"record_id": "3", "full_name": "Yasin Tursun", "birth_date": "1970", "birthplace": "Aksu"},
    ]
    found = _candidates(pair)
    assert ("1", "2") in found
    assert ("1", "3") in found  # two Latin spellings too: Arabic and French spellings lose sounds as well
    namesakes = [
        {"record_id": str(i), "full_name": "亚森·吐尔逊", "birth_date": f"{1900 + i}", "birthplace": "喀什"}
        for i in range(5, 25)
    ]
    assert ("1", "2") not in _candidates(pair + namesakes)  # a common loose key is no block alone


def test_a_swapped_name_with_the_same_birthday_and_facility_is_a_candidate() -> None:
    rows = [
        {"record_id": "1", "full_name": "Zarlia Gearman", "birth_date": "1910-12-25", "facility": "Camp 3"},
        {"record_id": "2", "full_name": "Hand Zarlia", "birth_date": "1910-12-25", "facility": "Camp 3"},
    ]
    assert ("1", "2") in _candidates(rows)


def test_a_one_part_name_is_a_candidate_for_an_uncommon_given_name_of_its_birth_year() -> None:
    # A witness gives the given name only, and no place: 布阿依夏木·买买提 and Buayshem, both born 1983.
    rows = [
        {"record_id": "1", "full_name": "布阿依夏木·买买提", "birth_date": "1983", "birthplace": "墨玉县"},
        {"record_id": "2", "full_name": "Buayshem", "birth_date": "1983"},
        {"record_id": "3", "full_name": "Buayshem Tursun", "birth_date": "1983"},
        {"record_id": "4", "full_name": "Buayshem Tursun", "birth_date": "1960"},  # decades apart
    ]
    found = _candidates(rows)
    assert {("1", "2"), ("2", "3")} <= found and ("2", "4") not in found
    common = [{"record_id": f"c{i}", "full_name": "Buayshem Memet", "birth_date": "1950"} for i in range(21)]
    assert ("1", "2") not in _candidates(rows + common)  # a given name this common is no block alone


def test_an_id_one_typo_away_is_a_candidate_and_two_typos_are_not() -> None:
    # Names and dates differ (a misread list row); only the ID number ties the first two together.
    rows = [
        {"record_id": "1", "full_name": "Memet Tursun", "id_number": "653101197805224296"},
        {"record_id": "2", "full_name": "Abla Qadir", "id_number": "653101197805222496"},  # 42 -> 24
        {"record_id": "3", "full_name": "Yasin Omer", "id_number": "653101197805224286"},  # one replaced
        {"record_id": "4", "full_name": "Nur Ali", "id_number": "653101197805249296"},  # two changes
    ]
    found = _candidates(rows)
    assert ("1", "2") in found and ("1", "3") in found
    assert ("1", "4") not in found and ("2", "4") not in found


def test_blocked_pairs_are_splinks_own_with_the_same_first_rule(background: pd.DataFrame) -> None:
    from splink import DuckDBAPI, Linker

    from unseen.linkage.blocking import blocked_pairs_sql
    from unseen.linkage.model import new_settings

    prepared = prepare_records(check_columns(background))
    prepared["unique_id"] = range(len(prepared))
    db_api = DuckDBAPI()
    frame = db_api.register(prepared)
    settings = new_settings("unseen").create_settings_dict("duckdb")
    theirs = Linker(frame, settings).inference.compute_blocked_pairs_for_predict().as_pandas_dataframe()
    rules = [rule["blocking_rule"] for rule in settings["blocking_rules_to_generate_predictions"]]
    ours = db_api.duckdb_con.sql(blocked_pairs_sql(rules, frame.physical_name)).df()
    assert len(ours) > 100

    def as_set(pairs: pd.DataFrame) -> set[tuple[str, int, int]]:
        columns = (pairs["match_key"].astype(str), pairs["join_key_l"], pairs["join_key_r"])
        return set(zip(*columns, strict=True))

    assert as_set(ours) == as_set(theirs)


def test_a_given_name_alone_is_a_candidate_with_the_same_birth_year_and_facility_or_region() -> None:
    # A testimony that gives only "Tursun" and a police list's Tursun Memet: no name key agrees,
    # and one side has no birthplace, so only the birth year and the facility or region can pair them.
    rows = [
        {"record_id": "1", "full_name": "Tursun", "birth_date": "1992", "facility": "Ghulja camp"},
        {"record_id": "2", "full_name": "吐尔逊·买买提", "birth_date": "1992-05-03", "birthplace": "伊宁市",
         "facility": "Ghulja camp"},
        {"record_id": "3", "full_name": "Tursun Memet", "birth_date": "1985", "facility": "Ghulja camp"},
        {"record_id": "4", "full_name": "Tursun", "birth_date": "1976", "birthplace": "Kashgar"},
        {"record_id": "5", "full_name": "تۇرسۇن ئەلى", "birth_date": "1976", "birthplace": "يەكەن"},
        {"record_id": "6", "full_name": "تۇرسۇن ئەلى", "birth_date": "1976", "birthplace": "ئاقسۇ"},
    ]
    found = _candidates(rows)
    assert {("1", "2"), ("4", "5")} <= found
    assert ("1", "3") not in found and ("4", "6") not in found
