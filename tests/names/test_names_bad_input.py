"""Bad input never crashes: it gives an empty result or a clear error."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from unseen.names import (
    NotTextError,
    detect_script,
    name_keys,
    name_similarity,
    normalize,
    part_key,
    split_name,
    to_latin,
    transliterations,
)

BAD = [
    "",
    "   ",
    "0123456789",
    "\x00\x01\x02\x7f",
    "\u200b\u200c\u200d\ufeff",
    "Mem\ud800et",  # unpaired surrogate
    "\udfff",
    "Memетمەمەت买买提",  # four scripts in one word
    "🙂🙂",
    "'''",
    "Memet" * 2048,  # 10 KB
    "买" * 10_000,
    "مەمەت " * 2000,
]


@pytest.mark.parametrize("text", BAD)
def test_every_function_survives(text: str) -> None:
    assert isinstance(normalize(text), str)
    assert detect_script(text) in ("arabic", "latin", "cyrillic", "han", "mixed", "empty", "unknown")
    assert isinstance(to_latin(text), str)
    assert isinstance(split_name(text).parts, tuple)
    assert all(isinstance(k, str) and k for k in name_keys(text))
    assert isinstance(part_key(text), str)
    assert 0.0 <= name_similarity(text, "Memet Eli") <= 1.0
    assert set(transliterations(text)) == {"latin", "arabic", "cyrillic"}


@pytest.mark.parametrize("text", ["", "   ", "0123456789", "\x00\x07", "\u200b", "🙂", "'''"])
def test_nothing_usable_gives_empty_results(text: str) -> None:
    assert to_latin(text) == ""
    assert part_key(text) == ""
    assert name_keys(text) == ()
    assert split_name(text).parts == ()


def test_surrogates_are_dropped_not_kept() -> None:
    assert normalize("Mem\ud800et") == "memet"
    assert "\ud800" not in to_latin("Mem\ud800et")


def test_mixed_scripts_in_one_word_read_each_run() -> None:
    assert to_latin("Memمەت") == "memmet"


def test_very_long_input_is_bounded() -> None:
    assert len(normalize("a" * 20_000)) <= 512


@pytest.mark.parametrize("value", [None, 42, b"Memet", ["Memet"]])
@pytest.mark.parametrize("function", [normalize, detect_script, to_latin, split_name, part_key, name_keys])
def test_non_text_is_a_clear_error(function: Callable[[str], object], value: object) -> None:
    with pytest.raises(NotTextError, match="expected a str"):
        function(value)  # type: ignore[arg-type]


def test_non_text_in_similarity_is_a_clear_error() -> None:
    with pytest.raises(NotTextError):
        name_similarity(["Memet"], "Memet")  # type: ignore[arg-type]
