"""Normalisation removes what carries no information and nothing that does."""

from __future__ import annotations

import pytest

from unseen.names import detect_script, normalize

CASES = [
    # (input, expected), expected written out from the Unicode facts named in each comment
    ("  Memet   Éli ", "memet éli"),  # spaces collapsed, é kept (a ULY letter), lowercased
    ("Mem\u200bet\u200d Eli\ufeff", "memet eli"),  # zero-width space, joiner, BOM removed
    ("İSMAİL", "ismail"),  # Turkish dotted capital İ lowercases to plain i
    ("Alı", "ali"),  # Turkish dotless ı read as i
    ("Mеmet", "memet"),  # U+0435 Cyrillic е inside a Latin word folded to Latin e
    ("Тursun", "тursun".replace("т", "t")),  # Cyrillic Т leading a Latin word
    ("Мәмәт", "мәмәт"),  # a Cyrillic word stays Cyrillic
    ("买买提·艾力", "买买提 艾力"),  # U+00B7 middle dot
    ("买买提•艾力", "买买提 艾力"),  # U+2022 bullet
    ("买买提・艾力", "买买提 艾力"),  # U+30FB katakana middle dot
    ("买买提‧艾力", "买买提 艾力"),  # U+2027 hyphenation point
    ("Tursun_Memet-Eli", "tursun memet eli"),  # underscore and hyphen
    ("Ｍｅｍｅｔ", "memet"),  # fullwidth Latin, NFKC
    ("مـەمـەت", "مەمەت"),  # tatweel U+0640 removed
    ("ﻣﻪﻣﻪﺕ", "مەمەت"),  # presentation forms: final heh form is Uyghur ە, NFKC for the rest
    ("کېرىم", "كېرىم"),  # Persian keheh U+06A9 is Arabic kaf U+0643
    ("مۇھەممەد\u064e", "مۇھەممەد"),  # fatha (harakat) dropped
    ("Mes’ud", "mes'ud"),  # typographic apostrophe unified
    ("a\x00b\x07c", "a b c"),  # control characters are separators, not letters
    ("", ""),
    ("   ", ""),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_is_idempotent_on_cases() -> None:
    for text, _ in CASES:
        assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize(("text", "script"), [
    ("Memet Éli", "latin"), ("مەمەت ئېلى", "arabic"), ("Мәмәт Әли", "cyrillic"), ("买买提·艾力", "han"),
    ("Memet 买买提", "mixed"), ("", "empty"), (" \u200b ", "empty"), ("12345", "unknown"), ("🙂", "unknown"),
    ("Mеmet", "latin"),  # a look-alike letter does not make a word mixed
])
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script
