"""Blocking rules: which pairs are scored at all.

Each rule is an equality join, so DuckDB and Spark run it as a hash join and candidate pairs grow
with block sizes, not with the square of the records. Names are blocked on their cross-script keys
(order-insensitive `name_key`, and `loose_name_key`, which drops the sounds Chinese transcription
loses, used only where exactly one side went through Chinese) together with one more field, so that
a million records of common names do not explode (a name held by a handful of records is blocked on
alone, whatever else differs, and one held by twenty or fewer where the birth years allow one
person, as is a loose key held by twenty or fewer, whatever the scripts: 亚森·吐尔逊 and an undated
Yasin Tursunjan, or Arabic spelling, which writes no short vowels, and its Uyghur form, and a given
name held by twenty or fewer where one record gives no father's name and the birthplaces do not
lie in different regions: a witness's Buayshem); where one
record has no birth year, the loose key joins with the
place or the facility instead (the filter on that one side runs before the join, so the blocks stay
small); one name part with birth year and place catches names whose other part is missing or read
differently, if that other part is unknown or spelt alike, and a name of one part (a testimony's
"Tursun") with birth year and facility or region catches the names whose other part was never
written (the filter on the one-part side runs before the join); the full birth date catches the
rest of a changed name, with one name part or with the place or facility (if some part is still
spelt alike), and the ID number, exact or one typo away, catches the rest. A name part with the full date
counts only dates known to the day: a year-only date is as common as its year. Rules that looked
useful but cost tens of millions of pairs at a million records for a few extra true pairs (a name
part with place and facility) are left out; `bench/link_bench.py` prints the blocking recall this
leaves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from splink.blocking_rule_library import And, CustomRule, block_on

__all__ = [
    "PREDICTION_KEYS",
    "blocked_pairs_sql",
    "prediction_rules",
    "training_rules",
    "plain_prediction_rules",
]


# Pairs whose birth years are unknown on one side or close: a block on name and place alone is big at
# a million records, and pairs of namesakes decades apart in it are never matches. The join still
# runs on the equalities; this only filters what it finds before anything is scored.
YEARS_COMPATIBLE = "(l.dob_year IS NULL OR r.dob_year IS NULL OR abs(l.dob_year - r.dob_year) <= 1)"
# The facility stands in for the place only where a place is unknown: two known places either agree
# (the place rules find the pair) or conflict, and a shared name and facility with conflicting places
# and no birth year is no link (at a million records, 2.9M pairs of namesakes without a true one).
PLACE_UNKNOWN = "(l.place_key IS NULL OR r.place_key IS NULL)"
# Sex as a filter, not a join key: a source without sex (NULL never equals NULL) would otherwise fall
# out of every rule that names it.
SEX_COMPATIBLE = "(l.sex IS NULL OR r.sex IS NULL OR l.sex = r.sex)"
# Full dates only: a year-only date equal to another is no rarer than the year (both sides are
# single-table conditions, so the engine filters before the join), and a block on them is mostly
# namesakes of a birth year, where EM would learn that a shared place and facility make a match.
# Some name part must still be spelt alike, in either order: strangers born in one town share
# birthdays.
_PARTS = ("given_latin", "father_latin")
NAMES_NEAR = "least(" + ", ".join(f"levenshtein(l.{a}, r.{b})" for a in _PARTS for b in _PARTS) + ") <= 2"
FULL_DATES = "l.dob_precision = 'day' AND r.dob_precision = 'day'"


def only_where(keys_agree: str, costly: str) -> str:
    """`costly` (an edit distance) tested only where `keys_agree` (the rule's own equality) holds.

    Splink drops a rule's duplicates by re-testing every earlier rule's condition on each later
    rule's pairs, and DuckDB computes every operand of an OR there; behind a CASE the edit distance
    runs on the few pairs that can pass (unguarded, it cost more than the joins at a million records).
    """
    return f"CASE WHEN {keys_agree} THEN {costly} ELSE false END"


def full_date_names_near(column: str) -> str:
    """Same full birth date and `column`, and some name part spelt alike."""
    return f"{FULL_DATES} AND {only_where(f'l.dob = r.dob AND l.{column} = r.{column}', NAMES_NEAR)}"


# Loose keys forgive what transcription into Chinese loses, and they are coarse (Yalikun and Aygul
# share one): a pair that agrees only loosely is worth scoring when exactly one side went through
# Chinese. Between two spellings in other scripts, or two Chinese lists, the name keys already agree.
# A man and a woman who agree only loosely have two names (at a million records, 2.7M of the 17M
# candidate pairs, none of them true): the rules on exact keys still compare such a pair.
LOOSE_PLAUSIBLE = f"(l.via_chinese <> r.via_chinese OR l.name_key = r.name_key) AND {SEX_COMPATIBLE}"
# A loose name and a birth year are too little to outweigh birthplaces in different regions (the
# model's floor for conflicting places costs 4.5 bits) unless the facility agrees too: at a million
# records such pairs were 2.1M of the 15M candidate pairs, and none scored above -0.6 bits.
PLACES_MEET = (
    f"({PLACE_UNKNOWN} OR l.place_key = r.place_key OR l.place_region = r.place_region "
    "OR l.facility_key = r.facility_key)"
)
# Namesakes of one birth year born in different regions and held in different facilities: at a
# million records 3.0M of the 13.0M candidate pairs, not one of them a match that no other rule
# finds (a rare or uncommon name is blocked on alone, whatever the places). A place the gazetteer
# does not know has no region, so a spelling it cannot read keeps the pair.
REGIONS_MEET = (
    "(l.place_region IS NULL OR r.place_region IS NULL OR l.place_region = r.place_region "
    "OR l.facility_key = r.facility_key)"
)
# Likewise a loose name and a shared birthplace, one side undated, against facilities that differ
# (a floor of 2.1 bits against): 330k candidate pairs at a million records, none above -0.9 bits.
FACILITIES_MEET = "(l.facility_key IS NULL OR r.facility_key IS NULL OR l.facility_key = r.facility_key)"


# One record's father's part is a Russian-style surname, which Soviet-era Kazakh and Kyrgyz family
# names often made from the grandfather's name (Муратов Бауыржан, son of Nurlan): the fathers' names
# may differ in one person's records, so the given name with place or birth year must do. The rule on
# given name and place is written once per side, so that the filter on that side runs before the
# join (as an OR of both sides it ran after it: about 10 s more at a million records, for no pair).
GRANDFATHER = "(l.father_surname OR r.father_surname)"


def other_part_near(part: str, blocked: str) -> str:
    """A block on one name part keeps the pair only if the other `part` is unknown on a side, agrees
    loosely, or is spelt within three letters: at a million records, a given name, birth year and
    place alone pair thousands of namesakes whose fathers are plainly different men. `blocked` is
    the part the rule joins on."""
    spelt_close = f"levenshtein(l.{part}_latin, r.{part}_latin) <= 3"
    settled = f"l.{part}_key IS NULL OR r.{part}_key IS NULL OR l.{part}_loose = r.{part}_loose"
    if part == "father":  # a Russian-style surname may be the grandfather's name (see GRANDFATHER)
        settled += f" OR {GRANDFATHER}"
    # the edit distance only where the cheap tests leave the pair open (DuckDB computes every operand
    # of an OR, and a CASE only the branch its rows take)
    open_pair = only_where(f"l.{blocked}_key = r.{blocked}_key", spelt_close)
    return f"(CASE WHEN {settled} THEN true ELSE {open_pair} END)"


def id_one_edit(near_key: str) -> str:
    """An ID one typo away shares a near-key (see `prepare.id_near_keys`); other IDs that share one
    are not pairs. One typo (a swap included) is at most two plain edits, and the plain edit distance
    is four times cheaper: a near-key that drops the check digit is shared by 730k pairs of distinct
    IDs at a million records."""
    ids = "l.id_number, r.id_number"
    one_typo = only_where(f"levenshtein({ids}) <= 2", f"damerau_levenshtein({ids}) <= 1")
    return only_where(f"l.{near_key} = r.{near_key}", one_typo)


PREDICTION_KEYS: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (("name_key", "dob_year"), REGIONS_MEET),
    (("rare_name_key",), None),
    (("uncommon_name_key",), f"{YEARS_COMPATIBLE} AND {SEX_COMPATIBLE}"),
    (("uncommon_loose_name_key",), f"{YEARS_COMPATIBLE} AND {SEX_COMPATIBLE}"),
    (("uncommon_given_key",), f"(l.father_key IS NULL OR r.father_key IS NULL) AND {YEARS_COMPATIBLE} "
     f"AND {SEX_COMPATIBLE} AND {REGIONS_MEET}"),
    (("loose_name_key", "dob_year"), f"{LOOSE_PLAUSIBLE} AND {PLACES_MEET}"),
    (("name_key", "place_key"), YEARS_COMPATIBLE),
    (("loose_name_key", "place_key"), f"l.dob_year IS NULL AND {LOOSE_PLAUSIBLE} AND {FACILITIES_MEET}"),
    (("loose_name_key", "place_key"), f"r.dob_year IS NULL AND {LOOSE_PLAUSIBLE} AND {FACILITIES_MEET}"),
    (("loose_name_key", "facility_key"), f"l.dob_year IS NULL AND {LOOSE_PLAUSIBLE} AND {PLACE_UNKNOWN}"),
    (("loose_name_key", "facility_key"), f"r.dob_year IS NULL AND {LOOSE_PLAUSIBLE} AND {PLACE_UNKNOWN}"),
    (("given_key", "dob_year", "place_key"), f"{SEX_COMPATIBLE} AND {other_part_near('father', 'given')}"),
    (("father_key", "dob_year", "place_key"), f"{SEX_COMPATIBLE} AND {other_part_near('given', 'father')}"),
    (("name_prefix", "dob_year", "place_key"), None),
    (("given_key", "place_key"), f"l.father_surname AND {YEARS_COMPATIBLE} AND {SEX_COMPATIBLE}"),
    (("given_key", "place_key"), f"r.father_surname AND {YEARS_COMPATIBLE} AND {SEX_COMPATIBLE}"),
    (("given_key", "dob_year", "facility_key"), f"l.father_key IS NULL AND {SEX_COMPATIBLE}"),
    (("given_key", "dob_year", "facility_key"), f"r.father_key IS NULL AND {SEX_COMPATIBLE}"),
    (("given_key", "dob_year", "place_region"), f"l.father_key IS NULL AND {SEX_COMPATIBLE}"),
    (("given_key", "dob_year", "place_region"), f"r.father_key IS NULL AND {SEX_COMPATIBLE}"),
    (("dob", "place_key"), full_date_names_near("place_key")),
    (("dob", "facility_key"), full_date_names_near("facility_key")),
    (("given_key", "dob"), FULL_DATES),
    (("father_key", "dob"), FULL_DATES),
    (("id_number",), None),
    (("id_near0",), id_one_edit("id_near0")),
    (("id_near1",), id_one_edit("id_near1")),
    (("id_near2",), id_one_edit("id_near2")),
)


def prediction_rules() -> list[Any]:
    """Rules that generate the candidate pairs: equality on each key tuple, plus its filter if any."""
    return [
        And(block_on(*columns), CustomRule(condition, sql_dialect="duckdb"))
        if condition
        else block_on(*columns)
        for columns, condition in PREDICTION_KEYS
    ]


def blocked_pairs_sql(rules: Sequence[str], table: str, unique_id: str = "unique_id") -> str:
    """The candidate pairs of a dedupe run under `rules` (conditions on `l` and `r`), as Splink's own
    blocking gives them: each pair once, `l` before `r`, `match_key` the first rule that finds it.

    Splink keeps each pair once by testing every earlier rule's condition on each later rule's
    pairs, which carries every column those conditions read through every join; here each join
    carries two ids and the pairs are made distinct by one aggregation. At a million records, side
    by side on one machine, this took 18 s where Splink's query took 40 s (the same 17.0M pairs).
    """
    joins = "\nUNION ALL\n".join(
        f"SELECT {i} AS rule, l.{unique_id} AS l_id, r.{unique_id} AS r_id FROM {table} AS l "
        f"JOIN {table} AS r ON ({rule}) WHERE l.{unique_id} < r.{unique_id}"
        for i, rule in enumerate(rules)
    )
    return (
        "SELECT CAST(min(rule) AS VARCHAR) AS match_key, l_id AS join_key_l, r_id AS join_key_r "
        f"FROM ({joins}) GROUP BY l_id, r_id"
    )


def training_rules() -> list[list[Any]]:
    """EM sessions, each blocking on fields it then cannot learn, so that together they learn all.

    Each session lists alternatives, tried in order when one finds no pairs (a source without sex).
    Namesakes are common, so no session blocks on names alone: within such a block EM would take
    'same name' for 'same person' and learn that birth dates hardly matter.
    """
    return [
        [block_on("given_key", "father_key", "dob_year")],
        [block_on("given_key", "father_key", "place_key"), block_on("given_key", "father_key")],
        [And(block_on("dob", "sex"), CustomRule(FULL_DATES)), And(block_on("dob"), CustomRule(FULL_DATES))],
    ]


def plain_prediction_rules() -> list[Any]:
    """The ordinary Splink blocking for the baseline: raw name columns and birth date."""
    return [
        block_on("first_name", "surname"),
        block_on("surname", "birth_date"),
        block_on("first_name", "birth_date"),
        block_on("id_number"),
    ]
