"""Splitting a full name into given name and father's name."""

from __future__ import annotations

import pytest

from unseen.names import name_keys, part_key, split_name


@pytest.mark.parametrize(("text", "given", "father"), [
    ("Memet Eli", "memet", "eli"),
    ("مەمەت ئېلى", "memet", "éli"),
    ("买买提·艾力", "memet", "el"),
    ("Eli, Memet", "memet", "eli"),  # surname-first lists put the father first, after a comma
    ("Memet", "memet", ""),
    ("Abdu Rehim Tursun", "abdurehim", "tursun"),  # bound prefix joined
    ("Muhemmed Emin Tursun", "muhemmedemin", "tursun"),  # Muhemmed- joined when a father remains
    ("Muhemmed Tursun", "muhemmed", "tursun"),  # ... and not when it would leave none
    ("Tursun Jan Memet", "tursunjan", "memet"),  # -jan attaches to the part before
    ("Aygül Nisa Hesen", "aygülnisa", "hesen"),
    ("Tursun Hajim Eli", "tursun", "eli"),  # an honorific after a name is no part of it
    ("Ablimit Tursun hajim", "ablimit", "tursun"),
    ("Memet Tursun Hacı", "memet", "tursun"),
    ("Haji Nurlan Qairatuly", "nurlan", "qayrat"),  # ... nor before it where two parts remain
    ("Haji Memet", "haji", "memet"),  # ... but Haji may be the man's name, son of Memet
    ("Haji Muhemmet Adil", "muhemmet", "adil"),  # titles out first: Muhemmet-Adil is no compound here
    ("Muhemmet Tursun Haji", "muhemmet", "tursun"),
    ("Memet Hajim", "memet", ""),
    ("Memet Xan Qurban", "memetxan", "qurban"),
    ("Erlan Beysenbaev", "erlan", "beysenba"),  # Russian-style ending -ev removed
    ("Memet Niyaz", "memet", "niyaz"),  # Niyaz is a name of its own: joined only when a father remains
    ("Memet Niyaz Tursun", "memetniyaz", "tursun"),
    ("ABLET İlham", "ilham", "ablet"),  # 'SURNAME Given', as passports and exports write it
    ("MEHMET Alim", "alim", "mehmet"),
    ("MA Halima", "ma", "halima"),  # ... but a Han surname stays first, as Chinese writes it
    ("MAIMAITI Tuerxun", "memet", "tursun"),  # ... and so does pinyin of a transcription
    ("MEMET TURSUN", "memet", "tursun"),  # all in capitals: nothing to read from them
    ("Yerlan Bek", "yerlan", "bek"),  # Bek too is a name of its own
    ("Marat Bek Serikov", "maratbek", "serik"),
    ("MARATULY Bek", "bek", "marat"),  # never joined to a patronymic ...
    ("Маратов Бек", "bek", "marat"),  # ... or a surname
    ("买买提·尼亚孜", "memet", "niyaz"),  # the middle dot marks off the father's name
    ("Tursun·Jan", "tursun", "jan"),  # ... even before a part that is usually a second half
    ("阿不都·热合曼·吐尔逊", "abdurehman", "tursun"),  # a bound prefix cut off by the dot is joined
    ("teacher Ablimit Tursun", "ablimit", "tursun"),  # an occupation before the name is no part
    ("öğretmen Gülnisa Memet", "gülnisa", "memet"),
    ("ئەلى ھۈسەن مۇئەللىم", "eli", "hüsen"),  # ... nor after it (Ali Hüsen, teacher)
    ("Imam Memet", "imam", "memet"),  # two words: Imam may be the man's name
    ("", "", ""),
])
def test_split(text: str, given: str, father: str) -> None:
    parts = split_name(text)
    assert (parts.given, parts.father) == (given, father)


def test_parts_keep_all_parts_in_order() -> None:
    assert split_name("Memet Eli Tursun").parts == ("memet", "eli", "tursun")


def test_name_keys_follow_the_parts() -> None:
    assert name_keys("Eli, Memet") == (part_key("Memet"), part_key("Eli"))
    assert name_keys("") == ()


def test_compound_written_apart_or_together_has_one_key() -> None:
    assert name_keys("Tursun Gül Memet") == name_keys("Tursungül Memet")


def test_a_first_half_written_apart_after_the_given_name_joins_the_fathers_part() -> None:
    # Aynur, daughter of Nurmemet: "Nur Memet" after a given name is the father's compound name,
    # as at the start of a name (Nur Memet Tursun); two words alone stay Nur, son of Memet.
    assert split_name("Aynur Nur Memet").parts == ("aynur", "nurmemet")
    assert split_name("Nur Memet Tursun").parts == ("nurmemet", "tursun")
    assert split_name("Nur Memet").parts == ("nur", "memet")


def test_han_after_a_name_of_two_words_is_the_chinese_surname_not_the_suffix() -> None:
    # Yifu Han is Han Yifu (韩), not one name Yifuhan; in three words han still joins (Aygul Han Tursun).
    assert split_name("Yifu Han").parts == ("if", "han")
    assert name_keys("Yifu Han") == tuple(reversed(name_keys("Han Yifu")))
    assert split_name("Aygul Han Tursun").parts == ("aygulhan", "tursun")
