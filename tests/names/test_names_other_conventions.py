"""Spellings from conventions our own sources do not use still key with the rest.

Each expected value comes from a letter correspondence of the convention named beside it (Russian
дж for j, Turkish spellings, pinyin orthography ...), not from what the code happens to produce.
"""

from __future__ import annotations

import pytest

from unseen.names import part_key


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

