"""Blocking rules: which pairs are scored at all.

Each rule is an equality join, so DuckDB and Spark run it as a hash join and candidate pairs grow
with block sizes, not with the square of the records. Names are blocked on their cross-script keys
(order-insensitive `name_key`) together with one more field, so that a million records of common
names do not explode; the ID number and single name parts with a full birth date catch the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from splink.blocking_rule_library import And, CustomRule, block_on

__all__ = [
    "PREDICTION_KEYS",
    "pair_is_blocked",
    "prediction_rules",
    "training_rules",
    "deterministic_rules",
    "plain_prediction_rules",
    "only_new",
]


PREDICTION_KEYS: tuple[tuple[str, ...], ...] = (
    ("name_key", "dob_year"),
    ("name_key", "place_key"),
    ("name_key", "facility_key"),
    ("id_number",),
    ("given_key", "dob"),
    ("father_key", "dob"),
    ("given_key", "dob_year", "place_key"),
    ("father_key", "dob_year", "place_key"),
)


def prediction_rules() -> list[Any]:
    """Rules that generate the candidate pairs of Unseen's model: equality on each key tuple."""
    return [block_on(*columns) for columns in PREDICTION_KEYS]


def pair_is_blocked(left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    """Whether the prediction rules would compare two prepared records (for blocking recall)."""
    return any(
        all(left[c] is not None and left[c] == right[c] for c in columns) for columns in PREDICTION_KEYS
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
        [block_on("dob", "sex"), block_on("dob")],
    ]


def deterministic_rules() -> list[str]:
    """Near-certain matches, used to estimate the prior that two random records match."""
    return [
        "l.name_key = r.name_key AND l.dob = r.dob AND l.dob_precision = 'day'",
        "l.id_number = r.id_number",
    ]


def plain_prediction_rules() -> list[Any]:
    """The ordinary Splink blocking for the baseline: raw name columns and birth date."""
    return [
        block_on("first_name", "surname"),
        block_on("surname", "birth_date"),
        block_on("first_name", "birth_date"),
        block_on("id_number"),
    ]


def only_new(rules: list[Any]) -> list[Any]:
    """The same rules restricted to pairs touching a new record, for incremental runs."""
    touching_new = CustomRule("(l.is_new = 1 OR r.is_new = 1)")
    return [And(rule, touching_new) for rule in rules]
