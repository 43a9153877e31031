import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unseen.ingest import parse_chinese_id
from unseen.ingest.errors import FieldError


def mod11_2(digits: str) -> str:
    """ISO 7064 MOD 11-2 computed the long way (GB 11643 annex), independent of the code under test."""
    remainder = 0
    for digit in digits:
        remainder = (remainder + int(digit)) * 2 % 11
    value = (12 - remainder) % 11
    return "X" if value == 10 else str(value)


def test_standard_example_is_valid() -> None:
    # The worked example printed in GB 11643-1999.
    parsed = parse_chinese_id("11010519491231002X")
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.region == "110105"


@given(st.integers(min_value=10**16, max_value=10**17 - 1))
def test_check_character_matches_reference(number: int) -> None:
    first17 = str(number)
    candidate = first17 + mod11_2(first17)
    try:
        parsed = parse_chinese_id(candidate.lower())
    except FieldError as exc:  # only an impossible embedded birth date may fail
        assert "birth date" in str(exc)
    else:
        assert parsed.number == candidate


@pytest.mark.parametrize(
    "text",
    [
        "110105194912310021",
        "11010519491231002",
        "1101051949123100211",
        "11010519491331002X",
        "A1010519491231002X",
    ],
)
def test_bad_numbers_are_errors(text: str) -> None:
    with pytest.raises(FieldError):
        parse_chinese_id(text)


def test_first_generation_fifteen_digit_numbers() -> None:
    assert parse_chinese_id("110105491231002").birth_date == dt.date(1949, 12, 31)
