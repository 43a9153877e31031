"""One name written in Chinese, Kazakh Cyrillic, Uyghur and Latin spellings keys alike.

Expected values come from the alphabets and transcription conventions, not from the code: the
standard Chinese transcriptions of Kazakh and Uyghur names (叶尔兰 Yerlan, 开拉提 Qayrat, 莎吾列
Saule, 阿不都热依木 Abdurehim), Kazakh Cyrillic letter values (Е ye-/e, у after a vowel w, ы i),
and the Kazakh, Kyrgyz and Russian patronymic endings (-ұлы, -қызы, -uly, -kyzy, -ovich, -ovna).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unseen.names import DEFAULT_THRESHOLD, name_keys, name_similarity, part_key, split_name, to_latin
from unseen.names.distance import form_distance, python_form_distance
from unseen.names.keys import loose_keys, loose_part_key


@pytest.mark.parametrize("spellings", [
    ("Ерлан", "Erlan", "Yerlan", "叶尔兰"),  # Kazakh Е is spoken ye; Chinese writes 叶 ye
    ("Ержан", "Yerzhan", "叶尔江"),
    ("Ербол", "Erbol", "叶尔波力"),
    ("Сәуле", "Saule", "莎吾列"),  # у after a vowel is the glide w, Chinese 吾 wu
    ("Дәурен", "Dauren", "达吾然"),
    ("Қуаныш", "Kuanysh", "宽尼西"),  # Chinese kuan: the u before a vowel is w
    ("Қайрат", "Kairat", "Qayrat", "开拉提"),  # Chinese 开 kai keeps no y
    ("Қайсар", "Qeyser", "凯赛尔"),
    ("Бақытжан", "Bakytzhan", "Baqitjan"),  # Latin y for ы, with no vowel beside it, is the vowel i
    ("Абдурәһим", "Abdurehim", "ئابدۇرەھىم", "阿不都热依木"),  # Chinese 依 for the h between vowels
    ("Eysa", "ئەيسا", "艾沙"),  # Chinese 艾 ai for ey-
    ("Erzhan", "Ержан"),  # an initial er- is never a transcription's pinyin (尔 only closes a syllable)
    ("Serik", "Serick", "Серік"),  # English ck is k, not Turkish c
    ("Nurbek", "Nurbeck", "Нұрбек"),
    # Abdul- before a consonant: Uyghur writes the l assimilated, diaspora spellings keep it.
    ("Abdulkarim", "Abdulkerim", "Abdukerim", "ئابدۇكېرىم", "阿不都克里木", "Абдулкерим"),
    ("Abdulqadir", "Abduqadir", "ئابدۇقادىر"),
])
def test_one_name_keys_alike_in_every_script(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))


@pytest.mark.parametrize(("a", "b"), [
    ("Tursun", "Tursunay"),  # a final y is a name of its own
    ("Abdulla", "Abduweli"),  # a w between consonant and vowel is kept
    ("Yasin", "Hesen"),
    ("Erlan", "Erzhan"),
    ("Aygül", "Gül"),  # the y of a leading ay- stays: Chinese writes 阿依 a-yi
    ("Abdulla", "Abdu"),  # the l of Abdulla is its own, not ʿabd al-
])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert part_key(a) != part_key(b)


@pytest.mark.parametrize(("text", "given_name", "father"), [
    ("Ерболқызы Айгүл", "aygül", "erbol"),  # Kazakh patronymic written first
    ("Айгүл Ерболқызы", "aygül", "erbol"),
    ("Мұратұлы Серік", "serik", "murat"),
    ("Серік Мұратұлы", "serik", "murat"),
    ("Serik Muratuly", "serik", "murat"),
    ("Muratuly Serik", "serik", "murat"),
    ("Aigul Serikkyzy", "aygul", "serik"),  # Latin ai before a consonant is ULY ay
    ("Beysenbaev Erlan", "erlan", "beysenba"),  # Russian-style surname first
    ("Nazarbayev Nursultan Abishuly", "nursultan", "abish"),  # the patronymic, not the surname, is the father
    ("Ivanova Aigul Petrovna", "aygul", "petr"),
    ("Nurguli Memet", "nurguli", "memet"),  # -guli is -gül, not a patronymic
    ("Асан уулу Бакыт", "bakit", "asan"),  # Kyrgyz "son of" written apart
    ("Айгүл Асан кызы", "aygül", "asan"),
    ("Abdulla o'g'li Karim", "karim", "abdulla"),  # Uzbek o'g'li
])
def test_patronymic_marks_the_father_wherever_it_stands(text: str, given_name: str, father: str) -> None:
    parts = split_name(text)
    assert (parts.given, parts.father) == (given_name, father)


def test_kazakh_patronymic_first_matches_the_same_name_in_chinese() -> None:
    assert name_keys("Ерболқызы Айгүл") == name_keys("阿依古丽·叶尔波力")
    assert name_similarity("Ерболқызы Айгүл", "阿依古丽·叶尔波力") >= DEFAULT_THRESHOLD


def test_brothers_stay_apart_with_patronymics() -> None:
    assert name_similarity("Erlan Muratuly", "Erzhan Muratuly") < DEFAULT_THRESHOLD
    assert name_similarity("Serik Muratuly", "Murat Serikuly") < DEFAULT_THRESHOLD


def test_latin_y_without_a_vowel_beside_it_is_the_vowel_i() -> None:
    assert to_latin("Syrym") == "sirim"
    assert to_latin("Aybek") == "aybek"  # a y beside a vowel stays y


@pytest.mark.parametrize(("a", "b", "cost"), [
    ("KaYRaT", "KaRaT", 0.3),  # the y of a diphthong (开拉提 for Qayrat)
    ("RaHaM", "RaYaM", 0.3),  # h written as 依 yi (热依木 Rehim)
    ("KuLaM", "uLaM", 0.5),  # a leading gh dropped (吾拉木 Ghulam)
    ("TuRSuN", "TuRSuNaY", 1.05),  # a final y is not cheap: Tursunay
])
def test_documented_transcription_costs(a: str, b: str, cost: float) -> None:
    assert form_distance(a, b) == pytest.approx(cost)
    assert python_form_distance(a, b) == pytest.approx(cost)


@pytest.mark.parametrize("spellings", [
    ("Ghulam", "غۇلام", "吾拉木"),  # gh written 吾 wu
    ("Qanat", "Қанат", "哈纳提"),  # q written 哈 ha
    ("Askar", "Асқар", "阿斯哈尔"),
    ("Bakytzhan", "Бақытжан", "巴合提江"),  # q written 合 he
    ("Patime", "پاتىمە", "帕提曼"),  # a final n added
    ("Xalide", "خالىدە", "哈丽旦"),
    ("Gheyret", "غەيرەت", "海拉提"),
    ("Hüsen", "ھۈسەن", "玉山"),  # hü written 玉 yu
])
def test_loose_key_survives_what_chinese_loses(spellings: tuple[str, ...]) -> None:
    keys = {loose_part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(loose_part_key, spellings), strict=True))


@pytest.mark.parametrize("pet, plain", [
    ("Tursunjan", "吐尔孙"), ("吐尔逊江", "Tursun"), ("Alimjan", "ئالىم"), ("Ахметжан", "Ehmet"),
])
def test_loose_key_drops_the_affectionate_jan(pet: str, plain: str) -> None:
    assert loose_part_key(pet) == loose_part_key(plain)
    assert part_key(pet) != part_key(plain)  # the key still tells them apart


@pytest.mark.parametrize("name, stem", [("Erzhan", "Er"), ("Ержан", "Ер"), ("Jan", "")])
def test_a_name_that_is_mostly_jan_keeps_it(name: str, stem: str) -> None:
    assert loose_part_key(name) != (loose_part_key(stem) if stem else "")


def test_ng_is_keyed_as_n() -> None:
    # Kazakh ң (Uyghur ڭ) is written n as often as ng in Latin, and Chinese has no way to write it.
    assert len({part_key(s) for s in ("Жеңіс", "Zhenis", "Zhengis", "Jenis", "ژەڭىس")}) == 1


def test_loose_key_keeps_tursun_from_tursunay() -> None:
    assert loose_part_key("Tursun") != loose_part_key("Tursunay")
    assert loose_keys("Tursun Memet") != loose_keys("Tursunay Memet")


@given(st.text(max_size=30))
def test_loose_keys_follow_the_keys(text: str) -> None:
    loose, keys = loose_keys(text), name_keys(text)
    assert len(loose) == len(keys)
    assert all(k and k.isascii() and k.isupper() for k in loose)


@pytest.mark.parametrize("word", ["Ghulam", "吾拉木", "Tursunay", "Ерлан", "Abdurehim"])
def test_loose_part_key_is_the_loose_key_of_a_one_part_name(word: str) -> None:
    assert (loose_part_key(word),) == loose_keys(word)


def test_uyghur_latin_words_that_split_into_pinyin_are_read_as_uyghur() -> None:
    # qizi (qi-zi) and axun (a-xun) split into pinyin syllables, but in a Latin name they are ULY.
    assert split_name("Gulnar Tursun qizi").parts == ("gulnar", "tursun")
    assert name_keys("Tursun Memet Axun") == name_keys("تۇرسۇن مەمەت ئاخۇن")


@pytest.mark.parametrize(("latin", "uyghur"), [("Ruqiye", "رۇقىيە"), ("Aqida Tursun", "ئاقىدە تۇرسۇن")])
def test_a_three_syllable_uyghur_word_with_q_is_not_pinyin(latin: str, uyghur: str) -> None:
    # ru-qi-ye splits into pinyin, but q before i is ULY q there (pinyin's q is ch)
    assert "ch" not in to_latin(latin)
    assert part_key(latin.split()[0]) == part_key(uyghur.split()[0])
