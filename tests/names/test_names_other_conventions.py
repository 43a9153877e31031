"""Spellings from conventions our own sources do not use still key with the rest.

Each expected value comes from a letter correspondence of the convention named beside it (Russian
дж for j, Turkish spellings, pinyin orthography ...), not from what the code happens to produce.
"""

from __future__ import annotations

import pytest

from unseen.names import name_keys, part_key


@pytest.mark.parametrize("spellings", [
    ("Джума", "Җүмә", "Juma", "朱马"),
    ("Ниджат", "Ниҗат", "Nijat", "尼加提"),
    ("Миджит", "Mijit", "米吉提"),
    ("Саджида", "Sajida", "ساجىدە"),
    ("Джалил", "Jalil", "Җәлил"),
])
def test_russian_dzh_is_the_letter_j(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))


@pytest.mark.parametrize("spellings", [
    ("Abdülkerim", "Abdulkerim", "Abdukérim", "ئابدۇكېرىم", "阿不都克里木"),
    ("Abdülkadir", "Abdulqadir", "Abduqadir", "ئابدۇقادىر"),
    ("Abdülgafur", "Abdughopur", "ئابدۇغوپۇر"),
    ("Abdülhamit", "Abduhamit"),
])
def test_turkish_abdul_with_u_umlaut_assimilates_like_abdul(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))


def test_turkish_abdul_written_apart_joins_the_name_after_it() -> None:
    assert name_keys("Abdül Kerim Tursun") == name_keys("Abdukérim Tursun")
    assert name_keys("Abdür Rahim Tursun") == name_keys("Abdurehim Tursun")
