"""Search finds a name whatever script it was typed in: the keys agree across spellings."""

from __future__ import annotations

import pytest

from unseen.names import name_keys

SPELLINGS = {
    "Memet Eli": ["买买提·艾力", "Maimaiti Aili", "مەمەت ئېلى", "Мәмәт Әли", "Mehmet Ali", "MEMET ELI",
                  "Memet Éli", "Eli, Memet"],
    "Abdurehman Tursun": ["阿不都热合曼·吐尔逊", "Abudureheman Tuerxun", "ئابدۇرەھمان تۇرسۇن",
                          "Абдурәһман Турсун", "Abdurrahman Tursun", "Abdu Rehman Tursun"],
    "Gülnar Qurban": ["古丽娜尔·库尔班", "گۈلنار قۇربان", "Гүлнар Қурбан", "Gulnar Kurban"],
}


@pytest.mark.parametrize(("typed", "stored"), [(k, v) for k, vs in SPELLINGS.items() for v in vs])
def test_typed_name_finds_every_spelling(typed: str, stored: str) -> None:
    assert name_keys(typed) == name_keys(stored)


def test_different_people_do_not_share_keys() -> None:
    assert name_keys("Tursun Memet") != name_keys("Tursunay Memet")
    assert name_keys("Memet Eli") != name_keys("Eli Memet")
