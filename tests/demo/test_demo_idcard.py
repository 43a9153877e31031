"""ID numbers: the MOD 11-2 check character, checked against the standard's worked examples."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from unseen.demo.idcard import check_character, id_numbers, make_id_number


def reference_check(first17: str) -> str:
    """ISO 7064 MOD 11-2 written out from its definition, independently of the code under test."""
    remainder = 0
    for digit in first17:
        remainder = (remainder + int(digit)) * 2 % 11
    value = (12 - remainder) % 11
    return "X" if value == 10 else str(value)


@pytest.mark.parametrize(
    "number",
    ["11010519491231002X", "440524188001010014", "110101199003077694"],
)
def test_published_examples(number: str) -> None:
    assert check_character(number[:17]) == number[17]
    assert reference_check(number[:17]) == number[17]


def test_make_id_number_layout() -> None:
    number = make_id_number("653101", date(1978, 3, 14), 123)
    assert number[:17] == "65310119780314123"
    assert number[17] == reference_check(number[:17])


def test_vectorised_matches_scalar() -> None:
    rng = np.random.default_rng(7)
    regions = rng.choice([653101, 650102, 654002], size=500).astype(np.int64)
    births = rng.choice([19780314, 19401231, 20000101, 19690909], size=500).astype(np.int64)
    seqs = rng.integers(0, 1000, size=500).astype(np.int64)
    numbers = id_numbers(regions, births, seqs)
    for r, b, s, n in zip(regions, births, seqs, numbers, strict=True):
        expected = f"{r}{b}{s:03d}"
        assert n == expected + reference_check(expected)


def test_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        check_character("1234")
