"""Han names written in Cyrillic by the Palladius system meet their characters and their pinyin."""

from __future__ import annotations

import pytest

from unseen.names import name_keys, split_name
from unseen.names.palladius import palladius_name_to_pinyin, palladius_syllable


@pytest.mark.parametrize(("pinyin", "cyrillic"), [
    ("zhang", "чжан"), ("zhi", "чжи"), ("zi", "цзы"), ("si", "сы"), ("ju", "цзюй"), ("xue", "сюэ"),
    ("juan", "цзюань"), ("guo", "го"), ("huang", "хуан"), ("jian", "цзянь"), ("wei", "вэй"), ("yu", "юй"),
])
def test_pinyin_syllables_are_spelt_as_palladius_spells_them(pinyin: str, cyrillic: str) -> None:
    assert palladius_syllable(pinyin) == cyrillic


@pytest.mark.parametrize(("cyrillic", "han", "pinyin"), [
    ("Чжан Чжицян", "张志强", "Zhang Zhiqiang"),
    ("Хуан Пин", "黄平", "Huang Ping"),
    ("Чжоу Цзюаньюй", "周娟玉", "Zhou Juanyu"),
    ("Сюй Мэйцинь", "徐美琴", "Xu Meiqin"),
])
def test_a_han_name_in_cyrillic_keys_like_its_characters_and_pinyin(cyrillic: str, han: str,
                                                                    pinyin: str) -> None:
    assert name_keys(cyrillic) == name_keys(han)
    assert name_keys(cyrillic) == name_keys(pinyin)


@pytest.mark.parametrize(("name", "latin"), [
    ("Мамат Турсун", "Memet Tursun"), ("Серік Болат", "Serik Bolat"), ("Нияз Осман", "Niyaz Osman"),
    ("Айгүл Асқарқызы", "Aygul Asqarkyzy"), ("Али Ахмет", "Ali Ehmet"),
])
def test_uyghur_and_kazakh_names_in_cyrillic_are_not_read_as_palladius(name: str, latin: str) -> None:
    assert palladius_name_to_pinyin(name.lower().split()) is None
    assert name_keys(name) == name_keys(latin)


@pytest.mark.parametrize(("kazakh", "han"), [
    ("Жоу Шиулан", "周秀兰"),  # ж is zh here (Palladius ж is r), ш is x, иу is iu
    ("Ли Хуңмей", "李红梅"),  # ң for ng
    ("Ваң Жиянгуо", "王建国"),  # иян for ian, ж for j
    ("Ма Шиулан", "马秀兰"),  # Palladius would read ши-у-лан: the reading with fewer syllables wins
])
def test_han_names_in_kazakh_letters_meet_their_characters(kazakh: str, han: str) -> None:
    assert name_keys(kazakh) == name_keys(han)


def test_a_kazakh_name_is_not_read_as_chinese() -> None:
    assert split_name("Серік Нұрлан").parts == ("serik", "nurlan")
