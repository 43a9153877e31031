"""The deterministic alphabets, pinned by hand-checked case tables (ULY, UEY, USY, Kazakh)."""

from __future__ import annotations

import pytest

from unseen.demo.alphabets import (
    kazakh_to_english,
    kazakh_to_uly,
    split_uly,
    uly_to_arabic,
    uly_to_cyrillic,
    uly_to_english,
)


@pytest.mark.parametrize(
    ("uly", "arabic"),
    [
        ("Memet Éli", "مەمەت ئېلى"),
        ("Qeshqer", "قەشقەر"),
        ("Ürümchi", "ئۈرۈمچى"),
        ("Ghulja", "غۇلجا"),
        ("Abdurehim", "ئابدۇرەھىم"),
        ("Tursun'gül", "تۇرسۇنگۈل"),
        ("Xoten", "خوتەن"),
        ("Ayshe", "ئايشە"),
        ("Eysa", "ئەيسا"),
        ("Mutellip", "مۇتەللىپ"),
    ],
)
def test_uly_to_arabic(uly: str, arabic: str) -> None:
    assert uly_to_arabic(uly) == arabic


@pytest.mark.parametrize(
    ("uly", "kazakh", "cyrillic"),
    [
        ("Memet", False, "Мәмәт"),
        ("Qeshqer", False, "Қәшқәр"),
        ("Ürümchi", False, "Үрүмчи"),
        ("Abdurehim", False, "Абдурәһим"),
        ("Abdurehim", True, "Абдурәхим"),
        ("Jappar", False, "Җаппар"),
        ("Jappar", True, "Жаппар"),
        ("Yaqup", False, "Яқуп"),
        ("Yunus", False, "Юнус"),
    ],
)
def test_uly_to_cyrillic(uly: str, kazakh: bool, cyrillic: str) -> None:
    assert uly_to_cyrillic(uly, kazakh=kazakh) == cyrillic


def test_digraphs_and_apostrophe() -> None:
    assert split_uly("Shöhret") == ["sh", "ö", "h", "r", "e", "t"]
    assert split_uly("Chimen'gül") == ["ch", "i", "m", "e", "n", "g", "ü", "l"]
    assert split_uly("Dolqun") == ["d", "o", "l", "q", "u", "n"]


@pytest.mark.parametrize(
    ("uly", "english"),
    [("Éli", "Eli"), ("Yüsüp", "Yusup"), ("Xalide", "Halide"), ("Tursun'gül", "Tursungul")],
)
def test_uly_to_english(uly: str, english: str) -> None:
    assert uly_to_english(uly) == english


@pytest.mark.parametrize(
    ("cyrillic", "english", "uly"),
    [
        ("Серік Болатұлы", "Serik Bolatuly", "Sérik Bolatuli"),
        ("Жәнібек", "Zhanibek", "Jenibék"),
        ("Гүлнар", "Gulnar", "Gülnar"),
        ("Асқар", "Askar", "Asqar"),
    ],
)
def test_kazakh_romanisations(cyrillic: str, english: str, uly: str) -> None:
    assert kazakh_to_english(cyrillic) == english
    assert kazakh_to_uly(cyrillic) == uly


def test_unknown_letter_is_refused() -> None:
    with pytest.raises(ValueError, match="Arabic-script letter"):
        uly_to_arabic("Väinö")
