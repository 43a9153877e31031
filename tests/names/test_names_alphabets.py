"""Uyghur Arabic script, Latin and Cyrillic convert by the standard alphabets."""

from __future__ import annotations

import pytest

from unseen.names import name_keys, to_latin, transliterations
from unseen.names.uyghur import arabic_to_latin, cyrillic_to_latin, latin_to_arabic, latin_to_cyrillic

# ULY, Uyghur Arabic script, Uyghur Cyrillic, spelled letter by letter from the published alphabets.
TRIPLES = [
    ("memet", "مەمەت", "мәмәт"),
    ("éli", "ئېلى", "ели"),
    ("abdurehim", "ئابدۇرەھىم", "абдурәһим"),
    ("tursunay", "تۇرسۇناي", "турсунай"),
    ("gülnar", "گۈلنار", "гүлнар"),
    ("shöhret", "شۆھرەت", "шөһрәт"),
    ("qurban", "قۇربان", "қурбан"),
    ("ghulam", "غۇلام", "ғулам"),
    ("chimengül", "چىمەڭۈل", "чимәңүл"),
    ("yasin", "ياسىن", "ясин"),
    ("xelchem", "خەلچەم", "хәлчәм"),
    ("zhale", "ژالە", "жалә"),
]


@pytest.mark.parametrize(("uly", "arabic", "cyrillic"), TRIPLES)
def test_three_alphabets(uly: str, arabic: str, cyrillic: str) -> None:
    assert latin_to_arabic(uly) == arabic
    assert arabic_to_latin(arabic) == uly
    assert latin_to_cyrillic(uly) == cyrillic
    assert cyrillic_to_latin(cyrillic, uyghur=True) == uly


def test_hamza_starts_a_syllable_after_a_consonant() -> None:
    assert latin_to_arabic("mes'ul") == "مەسئۇل"
    assert arabic_to_latin("مەسئۇل") == "mes'ul"


def test_separate_n_and_g_keep_their_apostrophe() -> None:
    assert arabic_to_latin("سەنگۈل") == "sen'gül"  # ن + گ, not the letter ڭ
    assert arabic_to_latin("سەڭۈل") == "sengül"


@pytest.mark.parametrize(("kazakh", "latin"), [
    ("Ерлан", "erlan"),  # Kazakh е is e, not Uyghur é
    ("Нұрлан", "nurlan"),  # ұ
    ("Айгерім", "aygerim"),  # і
    ("Қайрат", "qayrat"),
    ("Асқар Бейсенбаев", "asqar beysenbaew"),
])
def test_kazakh_cyrillic(kazakh: str, latin: str) -> None:
    assert to_latin(kazakh) == latin


def test_transliterations_of_arabic_script_name() -> None:
    expected = {"latin": "memet éli", "arabic": "مەمەت ئېلى", "cyrillic": "мәмәт ели"}
    assert transliterations("مەمەت ئېلى") == expected


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Dáýlet Erlan", "Дәулет Ерлан"),  # Kazakh Latin of 2018: ý is у
    ("Baýyrjan Omirbek", "Бауыржан Өмірбек"),
    ("Sáýle Erbol", "Сәуле Ербол"),
    ("Qaırat Nurlanuly", "Қайрат Нұрланұлы"),
])
def test_kazakh_latin_2018_keys_as_its_cyrillic(latin: str, cyrillic: str) -> None:
    assert name_keys(latin) == name_keys(cyrillic)
