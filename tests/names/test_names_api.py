"""The public surface of unseen.names is exactly what other packages code against."""

from __future__ import annotations

import dataclasses

import pytest

import unseen.names as names


def test_all_is_exact() -> None:
    assert sorted(names.__all__) == sorted([
        "DEFAULT_THRESHOLD", "NameParts", "NamesError", "NotTextError", "PairsFileError",
        "TermFrequencies", "detect_script", "loose_keys", "name_keys", "name_similarity", "normalize",
        "part_key", "part_similarity", "split_name", "to_latin", "transliterations", "via_chinese",
    ])
    for name in names.__all__:
        assert hasattr(names, name)


def test_name_parts_is_frozen() -> None:
    parts = names.split_name("Memet Eli")
    assert (parts.given, parts.father, parts.parts) == ("memet", "eli", ("memet", "eli"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        parts.given = "x"  # type: ignore[misc]


def test_threshold_is_a_probability() -> None:
    assert 0.0 < names.DEFAULT_THRESHOLD < 1.0


def test_errors_share_one_base() -> None:
    assert issubclass(names.NotTextError, names.NamesError)
    assert issubclass(names.PairsFileError, names.NamesError)
    assert issubclass(names.NotTextError, TypeError)
