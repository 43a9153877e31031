"""The Splink comparisons of Unseen's model, over the columns that `prepare` computes.

Names are compared through `unseen.names` keys (stable across scripts) and their Latin readings;
a level for a swapped order (given name in one record is the father's name in the other) keeps the
comparison order-aware, and term-frequency adjustment makes a match on a common name count for less.
Levels are written once in DuckDB SQL and translated by Splink for other backends (Spark).
"""

from __future__ import annotations

from typing import Any

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink.internals.comparison_level_creator import ComparisonLevelCreator

__all__ = ["unseen_comparisons", "plain_comparisons"]

_DIALECT = "duckdb"
SWAPPED_M = 0.25
LOOSE_SWAPPED_M = 0.015
DATE_NEAR_M = 0.03
DATE_SWAP_M = 0.01
DATE_NEAR2_M = 0.01
DATE_CONFLICT_M = 0.005
PLACE_CONFLICT_M = 0.04
# One true pair in twenty has one record naming the region and the other a place in it (documented
# assumption). Fixed: where the data never write a region for a county (the synthetic benchmark the
# reference model is trained on), EM sees only different places of one region here and would learn
# it as a conflict.
PLACE_WITHIN_M = 0.05
ID_CONFLICT_M = 0.01
FACILITY_MOVED_M = 0.2
# Starting values for a facility named by its place only against one with its number, kept where the
# data have no such pair to learn from (the synthetic benchmark the reference model is trained on has
# none): about 3 bits for, against about 5 for the same facility (documented assumption).
FACILITY_PLACE_M = 0.08
FACILITY_PLACE_U = 0.01
# Starting values for a facility named by its region only against one in a county of that region,
# kept where the data have no such pair (the reference model's benchmark has none): about 0.7 bits
# for, as a witness's "a camp in Kashgar" says little (documented assumption).
# Starting values for fathers' names that differ where one is a Russian-style surname: about 1.6 bits
# against, as EM learnt them on an outside evaluator's records where two in five Kazakh surnames are
# the grandfather's (documented assumption).
GRANDFATHER_SURNAME_M = 0.03
GRANDFATHER_SURNAME_U = 0.09
FACILITY_REGION_M = 0.05
FACILITY_REGION_U = 0.03


def _custom(sql: str, label: str) -> cll.CustomLevel:
    return cll.CustomLevel(sql, label_for_charts=label, base_dialect_str=_DIALECT)


# A swap needs two parts on both sides, and an order that at least one name leaves open: where both
# mark the father's part with an ending (Serik Nurlanov, Нурлан Сериков), crossed parts are two people.
_ORDER_UNKNOWN = ' AND NOT ("order_marked_l" AND "order_marked_r")'


def _name_part(part: str, other: str) -> cl.CustomComparison:
    """One name part: same key (tf-adjusted), swapped with the other part, same loose key, close
    Latin spelling."""
    return cl.CustomComparison(
        output_column_name=f"{part}_name",
        comparison_levels=[
            cll.NullLevel(f"{part}_key"),
            cll.ExactMatchLevel(f"{part}_key").configure(tf_adjustment_column=f"{part}_key"),
            # Fixed m: order swaps are too rare among EM's training pairs to learn, and would otherwise
            # come out as strong evidence *against*. A swap moves both parts at once, which two
            # independent levels cannot say; m = 0.25 per part makes a full swap cost ~3 bits
            # against the same names in order (the documented assumption).
            # A key already matched in order is not also a swap: Hesen Hesen and Hesen Teyip agree
            # on the given name, and that says nothing about their father's names.
            _custom(
                f'"{part}_key_l" = "{other}_key_r" AND "{other}_key_l" IS DISTINCT FROM "{other}_key_r"'
                f' AND "{other}_key_l" IS NOT NULL AND "{part}_key_r" IS NOT NULL{_ORDER_UNKNOWN}',
                f"{part} name is the other's {other} name",
            ).configure(m_probability=SWAPPED_M, fix_m_probability=True, tf_adjustment_column=f"{part}_key"),
            # Keys that differ only in what Chinese transcription loses (q/gh/h, glides, a final n):
            # 哈丽旦 and Xalide, 尼加尔 and Nigare. Weaker than the key; EM learns how much.
            cll.ExactMatchLevel(f"{part}_loose"),
            # A swap seen through loose keys only (赛丽曼·阿不力米提 and Ablimit Selima): as rare as
            # a swap, as weak as a loose match, so its m is theirs multiplied (documented assumption).
            _custom(
                f'"{part}_loose_l" = "{other}_loose_r" '
                f'AND "{other}_loose_l" IS DISTINCT FROM "{other}_loose_r"'
                f' AND "{other}_loose_l" IS NOT NULL AND "{part}_loose_r" IS NOT NULL{_ORDER_UNKNOWN}',
                f"{part} name is the other's {other} name, loosely",
            ).configure(m_probability=LOOSE_SWAPPED_M, fix_m_probability=True),
            cll.JaroWinklerLevel(f"{part}_latin", 0.92),
            cll.JaroWinklerLevel(f"{part}_latin", 0.80),
            *([_grandfather_surname()] if part == "father" else []),
            cll.ElseLevel(),
        ],
        comparison_description=f"{part} name, across scripts",
    )


def _grandfather_surname() -> ComparisonLevelCreator:
    """Fathers' names that differ where one record gives a Russian-style surname (Муратов Бауыржан
    against 包尔江·努尔兰): Soviet-era Kazakh and Kyrgyz family names were often made from the
    grandfather's name, so the two may name different men in one family. EM learns this level from
    the data (where no surname is ever the grandfather's, it comes out as strong against as any other
    difference); where the data have no such pair, as the reference model's benchmark has none, the
    starting values stand."""
    level = _custom('"father_surname_l" OR "father_surname_r"', "father's name differs, one a surname")
    return level.configure(m_probability=GRANDFATHER_SURNAME_M, u_probability=GRANDFATHER_SURNAME_U)


def _birth_date() -> cl.CustomComparison:
    """Birth date with its precision: a year-only date agreeing with a full date is not a conflict.

    Disagreements have fixed m: EM, seeing namesakes in its blocks, would learn that true matches
    often have other birth dates. A clerk's slip (one character, or the year off by one with the
    same day) is allowed for, and so are day and month read the other way round (m 0.01, fixed:
    a source of one convention has none for EM to learn from); two full dates that differ
    otherwise are strong evidence against.
    Where one date is vague (a year, a month), a witness's memory one or two years off is allowed
    for, at m 0.03 and 0.01 (documented assumptions).
    """
    both_full = "dob_precision_l = 'day' AND dob_precision_r = 'day'"
    imprecise = "(dob_precision_l <> 'day' OR dob_precision_r <> 'day')"
    months_agree = "(dob_month_l IS NULL OR dob_month_r IS NULL OR dob_month_l = dob_month_r)"
    return cl.CustomComparison(
        output_column_name="birth_date",
        comparison_levels=[
            cll.NullLevel("dob_year"),
            _custom(f"{both_full} AND dob_l = dob_r", "same full date"),
            _custom(f"{both_full} AND levenshtein(dob_l, dob_r) <= 1", "full dates one character apart"),
            _custom(
                f"{both_full} AND abs(dob_year_l - dob_year_r) = 1 AND substr(dob_l, 6) = substr(dob_r, 6)",
                "same day, year off by one",
            ).configure(m_probability=0.02),
            # 1990-01-07 against 07.01.1990 read the other way round (day-first and month-first lists).
            _custom(
                f"{both_full} AND dob_year_l = dob_year_r AND substr(dob_l, 6, 2) = substr(dob_r, 9, 2)"
                " AND substr(dob_l, 9, 2) = substr(dob_r, 6, 2)",
                "same year, day and month swapped",
            ).configure(m_probability=DATE_SWAP_M, fix_m_probability=True),
            _custom(f"dob_year_l = dob_year_r AND {imprecise} AND {months_agree}", "agree as far as known"),
            _custom(
                f"abs(dob_year_l - dob_year_r) <= 1 AND {imprecise}", "imprecise, within a year"
            ).configure(m_probability=DATE_NEAR_M, fix_m_probability=True),
            _custom(
                f"abs(dob_year_l - dob_year_r) <= 2 AND {imprecise}", "imprecise, within two years"
            ).configure(m_probability=DATE_NEAR2_M, fix_m_probability=True),
            cll.ElseLevel().configure(m_probability=DATE_CONFLICT_M, fix_m_probability=True),
        ],
        comparison_description="birth date with precision",
    )


def _place() -> cl.CustomComparison:
    """Birthplace through the gazetteer; disagreement has a fixed m for the reason dates have.

    Places the gazetteer does not know keep a key of their own spelling (`~` first), so one typo
    apart is a level of its own; known places are never near each other by spelling. A place inside
    the region the other record names (疏勒县 and "Kashgar", Ghulja and "Ili") is no conflict: a
    witness names the prefecture where a list names the county.
    """
    unlisted = "place_key_l LIKE '~%' AND place_key_r LIKE '~%'"
    within = (
        "place_region_l = place_region_r AND (place_key_l = place_region_l OR place_key_r = place_region_r)"
    )
    return cl.CustomComparison(
        output_column_name="place_key",
        comparison_levels=[
            cll.NullLevel("place_key"),
            cll.ExactMatchLevel("place_key").configure(tf_adjustment_column="place_key"),
            _custom(
                f"{unlisted} AND damerau_levenshtein(place_key_l, place_key_r) <= 1",
                "unlisted places one typo apart",
            ),
            _custom(within, "one place within the other's region").configure(
                m_probability=PLACE_WITHIN_M, fix_m_probability=True
            ),
            cll.ElseLevel().configure(m_probability=PLACE_CONFLICT_M, fix_m_probability=True),
        ],
        comparison_description="birthplace through the gazetteer",
    )


# IDs one typo apart share a near-key unless their lengths differ (see `prepare.id_near_keys`; IDs too
# short for near-keys have none). Testing that first spares the edit distance for the millions of
# namesake pairs whose IDs plainly differ; it was a third of the scoring time at a million records.
_ID_MAY_BE_ONE_EDIT = (
    "(id_near0_l = id_near0_r OR id_near1_l = id_near1_r OR id_near2_l = id_near2_r "
    "OR id_near0_l IS NULL OR id_near0_r IS NULL OR length(id_number_l) <> length(id_number_r))"
)
_ID_ONE_EDIT = f"{_ID_MAY_BE_ONE_EDIT} AND damerau_levenshtein(id_number_l, id_number_r) <= 1"


def _id_number() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="id_number",
        comparison_levels=[
            cll.NullLevel("id_number"),
            # Starting m values, kept where no pair in the data has IDs on both sides to learn from.
            cll.ExactMatchLevel("id_number").configure(m_probability=0.85, u_probability=1e-7),
            _custom(_ID_ONE_EDIT, "one typo apart").configure(m_probability=0.08, u_probability=1e-6),
            cll.ElseLevel().configure(m_probability=ID_CONFLICT_M, fix_m_probability=True),
        ],
        comparison_description="national ID number",
    )


def _facility() -> cl.CustomComparison:
    """Facility; disagreement has a fixed, mild m: detainees are moved between facilities, and a
    list from 2018 and a testimony from 2019 may both be right (documented assumption)."""
    return cl.CustomComparison(
        output_column_name="facility_key",
        comparison_levels=[
            cll.NullLevel("facility_key"),
            cll.ExactMatchLevel("facility_key").configure(tf_adjustment_column="facility_key"),
            # A key is the facility's place and its number if known (`facilities.facility_key`): a
            # witness who says "the camp in Kashgar" does not contradict a list's Kashgar No. 1, and
            # only says less than a list naming it. Weaker than the same key; EM learns how much.
            _custom(
                "facility_place_l = facility_place_r "
                "AND (facility_place_l = facility_key_l OR facility_place_r = facility_key_r)",
                "same place, one number unknown",
            ).configure(m_probability=FACILITY_PLACE_M, u_probability=FACILITY_PLACE_U),
            # A witness names the prefecture ("a camp in Kashgar") where a list names the facility in
            # one of its counties (Yarkand): no conflict, only less said. EM learns how much.
            _custom(
                "facility_region_l = facility_region_r "
                "AND (facility_key_l = facility_region_l OR facility_key_r = facility_region_r)",
                "one names the region of the other's facility",
            ).configure(m_probability=FACILITY_REGION_M, u_probability=FACILITY_REGION_U),
            cll.ElseLevel().configure(m_probability=FACILITY_MOVED_M, fix_m_probability=True),
        ],
        comparison_description="facility",
    )


def _source() -> cl.CustomComparison:
    """Whether the two records come from one source. A list or a collection of testimonies names
    most people once, so two records of one source are less often one person than two records of
    different sources; how much less is learnt from the data (EM), so a source full of repeats
    costs its pairs nothing. 'Same' is the last level, the one no other may weigh less than."""
    return cl.CustomComparison(
        output_column_name="source",
        comparison_levels=[
            cll.NullLevel("source"),
            _custom("source_l <> source_r", "different sources"),
            cll.ElseLevel().configure(label_for_charts="same source"),
        ],
        comparison_description="source",
    )


def _exact(column: str, description: str, tf: bool) -> cl.CustomComparison:
    exact: Any = cll.ExactMatchLevel(column)
    if tf:
        exact = exact.configure(tf_adjustment_column=column)
    return cl.CustomComparison(
        output_column_name=column,
        comparison_levels=[cll.NullLevel(column), exact, cll.ElseLevel()],
        comparison_description=description,
    )


def unseen_comparisons() -> list[Any]:
    """The comparisons of Unseen's cross-script model."""
    return [
        _name_part("given", "father"),
        _name_part("father", "given"),
        _birth_date(),
        _place(),
        _exact("sex", "sex", tf=False),
        _id_number(),
        _facility(),
        _source(),
    ]


def plain_comparisons() -> list[Any]:
    """Splink configured the ordinary way: its own string comparisons, no cross-script handling."""
    return [
        cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
        cl.NameComparison("surname").configure(term_frequency_adjustments=True),
        cl.LevenshteinAtThresholds("birth_date", [1, 2]),
        cl.ExactMatch("birthplace").configure(term_frequency_adjustments=True),
        cl.ExactMatch("sex"),
        cl.LevenshteinAtThresholds("id_number", [1]),
        cl.ExactMatch("facility").configure(term_frequency_adjustments=True),
    ]
