"""Chinese-character transcriptions and their pinyin read back as Uyghur names."""

from __future__ import annotations

import pytest

from unseen.names import (
    DEFAULT_THRESHOLD,
    name_keys,
    name_similarity,
    part_key,
    split_name,
    to_latin,
    via_chinese,
)
from unseen.names.keys import loose_part_key

# Published transcriptions of common names and their Uyghur forms.
READINGS = [
    ("阿不都热合曼", "abdurehman"),
    ("吐尔逊", "tursun"),
    ("古丽", "gül"),
    ("买买提", "memet"),
    ("艾合买提江", "ehmetjan"),
    ("阿布力孜", "abliz"),
    ("努尔买买提", "nurmemet"),
    ("米尔扎提", "mirzat"),
    ("阿依古丽", "aygül"),
    ("帕提古丽", "patigül"),
    ("萨吾提", "sawut"),
    ("艾孜孜", "eziz"),
    ("吐尔逊娜依", "tursunnay"),
    ("库尔班", "kurban"),
    ("阿迪力", "adil"),
    ("肖开提", "shewket"),
]


@pytest.mark.parametrize(("han", "uly"), READINGS)
def test_han_reads_as_uyghur(han: str, uly: str) -> None:
    assert to_latin(han) == uly


@pytest.mark.parametrize(("han", "spelling"), [
    ("阿不都热合曼", "Abdurehman"), ("吐尔逊", "Tursun"), ("古丽", "Gül"), ("买买提", "Memet"),
    ("伊力哈木", "Ilham"), ("玉素甫", "Yüsüp"), ("穆罕默德", "Muhemmed"),
    ("托合提", "Tohti"), ("艾力", "Eli"), ("木合塔尔", "Muxtar"),
    ("依不拉音", "Ibrahim"), ("伊布拉音", "Ibrahim"), ("Yibulayin", "Ibrahim"),
])
def test_han_key_matches_the_uyghur_spelling(han: str, spelling: str) -> None:
    assert part_key(han) == part_key(spelling)


@pytest.mark.parametrize(("han", "spelling"), [
    ("司马义", "Ismail"), ("斯马依", "Ismayil"), ("Simayi", "Ismayil"), ("斯拉木", "Islam"),
    ("斯坎德尔", "Iskender"),
])
def test_the_i_chinese_leaves_out_before_two_consonants(han: str, spelling: str) -> None:
    assert part_key(han) == part_key(spelling)


@pytest.mark.parametrize(
    ("han", "spelling"), [("沃坦", "Otan"), ("沃拉孜别克", "Оразбек"), ("Wolazibieke", "Orazbek")]
)
def test_wo_opening_a_transcription_is_the_vowel_o(han: str, spelling: str) -> None:
    assert part_key(han) == part_key(spelling)


@pytest.mark.parametrize(("han", "spelling"), [("斯迪克", "Sidiq"), ("斯依提", "Siyit")])
def test_si_before_other_consonants_is_a_syllable(han: str, spelling: str) -> None:
    assert part_key(han) == part_key(spelling)


@pytest.mark.parametrize(("latin", "other"), [("Aizhan", "阿依江"), ("Aizhan", "Айжан"), ("Zhanna", "Жанна")])
def test_a_kazakh_name_in_latin_that_splits_into_pinyin_is_still_latin(latin: str, other: str) -> None:
    assert part_key(latin) == part_key(other)


def test_only_la_yin_closes_on_m() -> None:
    assert part_key("依不拉音") == "APRM"
    assert part_key("秀英") == "SN"  # 英 ying is the n of a Han given name, Xiuying
    # 胡赛因 is Hüseyin, and Huseyin in Latin splits into pinyin syllables too: both keep their n.
    assert part_key("胡赛因") == part_key("Huseyin") == part_key("Hüseyin") == "USN"


@pytest.mark.parametrize(("pinyin", "spelling"), [
    ("Maimaiti", "Memet"), ("Aili", "Eli"), ("Tuerxun", "Tursun"), ("Abudureheman", "Abdurehman"),
    ("Aihemaitijiang", "Ehmetjan"),
])
def test_pinyin_of_a_transcription_is_read_back(pinyin: str, spelling: str) -> None:
    assert part_key(pinyin) == part_key(spelling)


@pytest.mark.parametrize("word", ["Kamile", "Nadire", "Tursun", "Memet", "Adil", "Hasan"])
def test_uyghur_latin_spellings_are_not_taken_for_pinyin(word: str) -> None:
    assert to_latin(word) == word.lower()


@pytest.mark.parametrize(
    ("name", "through_chinese"),
    [
        ("买买提·吐尔逊", True),
        ("Maimaiti Tuerxun", True),
        ("MAIMAITI TUERXUN", True),
        ("Aili Kelimu", True),
        ("Memet Tursun", False),
        ("مەمەت تۇرسۇن", False),
        ("Мемет Турсун", False),
        ("Erzhan Serik", False),  # Kazakh: transcriptions never start a name with 尔 er
        ("", False),
    ],
)
def test_via_chinese_tells_transcriptions_from_other_spellings(name: str, through_chinese: bool) -> None:
    assert via_chinese(name) is through_chinese


@pytest.mark.parametrize(("han", "pinyin"), [
    ("张", "Zhang"), ("王", "Wang"), ("刘", "Liu"), ("黄", "Huang"), ("周", "Zhou"), ("明", "Ming"),
])
def test_one_character_standing_alone_reads_as_its_pinyin(han: str, pinyin: str) -> None:
    # A Han or Hui name part of one character (a surname, a one-character given name) is spelt in
    # pinyin elsewhere; read as a transcription syllable, 张 was zan and never met Zhang.
    assert part_key(han) == part_key(pinyin)


def test_a_han_name_with_its_parts_apart_keys_like_its_pinyin() -> None:
    assert name_keys("张·志强") == name_keys("Zhang Zhiqiang")
    assert name_keys("王 伟") == name_keys("Wang Wei")


@pytest.mark.parametrize(("han", "pinyin"), [
    ("张志强", "Zhang Zhiqiang"), ("王萍", "Wang Ping"), ("孙燕春", "Sun Yanchun"), ("徐美琴", "Xu Meiqin"),
    ("王秀英", "Wang Xiuying"),
    # Hui names whose surname also starts transcriptions: the given name's characters tell.
    ("马建国", "Ma Jianguo"), ("马秀英", "Ma Xiuying"), ("穆明", "Mu Ming"), ("穆军", "Mu Jun"),
    ("苏明", "Su Ming"), ("苏秀英", "Su Xiuying"), ("哈建国", "Ha Jianguo"), ("哈军", "Ha Jun"),
    # Hui surnames, and a Hui surname before a transcribed Muslim name.
    ("冶桂芳", "Ye Guifang"), ("纳秀英", "Na Xiuying"), ("马立新", "Ma Lixin"), ("杨法图麦", "Yang Fatumai"),
    ("丁玛丽亚", "Ding Maliya"), ("米建国", "Mi Jianguo"), ("米秀兰", "Mi Xiulan"), ("锁秀英", "Suo Xiuying"),
])
def test_a_han_name_in_characters_reads_as_surname_and_given_name(han: str, pinyin: str) -> None:
    assert name_keys(han) == name_keys(pinyin)
    assert name_similarity(han, pinyin) >= DEFAULT_THRESHOLD
    assert name_similarity(han, "Zhang Wei") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(("han", "pinyin", "uyghur", "cyrillic"), [
    ("马强", "Ma Qiang", "ما چياڭ", "Ма Цян"),
    ("白霞", "Bai Xia", "بەي شيا", "Бай Ся"),
    ("徐明", "Xu Ming", "شۇ مىڭ", "Сюй Мин"),
])
def test_a_one_syllable_part_with_pinyin_q_or_x_keys_as_other_scripts_sound_it(
    han: str, pinyin: str, uyghur: str, cyrillic: str
) -> None:
    # Pinyin q is ch and x is sh: Uyghur script writes 强 چياڭ, not with q (ق), and 霞 شيا, not with x (خ).
    assert name_keys(han) == name_keys(pinyin) == name_keys(uyghur) == name_keys(cyrillic)


@pytest.mark.parametrize(("spelling", "key"), [("Qurban", "KRPN"), ("Qasim", "KSM"), ("Xadiche", "ATJ")])
def test_uyghur_q_and_x_stay_uyghur_q_and_x(spelling: str, key: str) -> None:
    assert name_keys(spelling) == (key,)


@pytest.mark.parametrize("transcription", [
    "马木提", "胡赛因", "肖开提", "艾尔肯", "古丽", "夏依旦", "穆合塔尔", "穆罕默德", "马合木提",
    "苏力坦", "苏来曼", "苏比努尔", "哈力克", "哈斯木", "哈丽玛", "沙吾提", "纳迪热", "海拉提", "马立克",
    "马合木提江", "阿不都拉", "米合日班", "米吉提", "拜合提亚尔", "米日古丽",
])
def test_a_transcription_that_starts_like_a_surname_stays_one_name(transcription: str) -> None:
    assert len(name_keys(transcription)) == 1


@pytest.mark.parametrize("spelling", ["Xu Meiqin", "Xu Mei-qin", "Xu Mei Qin", "XU MEI-QIN"])
def test_a_pinyin_given_name_in_syllables_is_one_name(spelling: str) -> None:
    assert name_keys(spelling) == name_keys("徐美琴")
    assert name_keys("Memet Tursun Ali") == name_keys("Memet Tursun") + (part_key("Ali"),)  # not pinyin


def test_a_transcription_written_one_syllable_to_a_word_is_read_as_one_word() -> None:
    # Tu Er Sun Ku Er Ban is 吐尔逊库尔班 spelt apart, not six names; where it splits is the linker's
    # to say from the other records.
    assert split_name("Tu Er Sun Ku Er Ban").parts == split_name("吐尔逊库尔班").parts == ("tursunkurban",)
    assert via_chinese("Tu Er Sun Ku Er Ban")


def test_hasan_and_husen_are_two_names_in_every_script() -> None:
    # Twins are named Hasan and Hüsen; only the leading vowel tells the names apart once h is gone.
    hesen = {part_key(n) for n in ("Hesen", "ھەسەن", "Hasan", "Хасан", "艾山")}
    husen = {part_key(n) for n in ("Hüsen", "ھۈسەن", "Hüseyin", "Үсөн", "胡赛因")}
    assert len(hesen) == len(husen) == 1 and hesen != husen
    assert loose_part_key("Hesen") == loose_part_key("Hüsen")  # blocking through Chinese still pairs them
