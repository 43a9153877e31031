"""Chinese names written without the dot are split where the run's own name parts say."""

import pandas as pd

from unseen.linkage.prepare import prepare_records
from unseen.linkage.records import check_columns
from unseen.names import part_key
from unseen.names.unbroken import split_unbroken


def _held(*names: str) -> list[tuple[str, int]]:
    return [(part_key(n), 1) for n in names]


def _prepared_keys(names: list[str]) -> list[str]:
    ids = [str(i) for i in range(len(names))]
    table = check_columns(pd.DataFrame({"record_id": ids, "full_name": names}))
    return list(prepare_records(table)["name_key"])


def test_a_name_without_its_dot_is_split_between_two_held_names() -> None:
    split = split_unbroken([("麦麦提吐尔逊", 1)], _held("Memet", "Tursun", "Memet"))
    assert split == {"麦麦提吐尔逊": "麦麦提·吐尔逊"}


def test_a_name_no_split_explains_stays_whole() -> None:
    assert split_unbroken([("麦麦提吐尔逊", 1)], _held("Memet", "Eli")) == {}
    assert split_unbroken([("Memettursun", 1), ("麦麦提", 1)], _held("Memet", "Tursun")) == {}


def test_a_name_held_whole_more_often_than_split_stays_whole() -> None:
    # 阿布力米提 is Ablimit; Mit and Abli are not names the run holds more often than Ablimit.
    held = _held("Ablimit", "Ablimit", "Memet") + [(part_key("阿布力米提"), 1)]
    assert split_unbroken([("阿布力米提", 1)], held) == {}


def test_prepared_keys_of_an_unbroken_name_match_its_spelling_elsewhere() -> None:
    names = ["麦麦提吐尔逊", "Memet Tursun", "Ablimit Hesen", "阿布力米提", "阿布力米提艾山"]
    keys = _prepared_keys(names)
    assert keys[0] == keys[1]
    assert keys[4] == keys[2]
    assert keys[3] == part_key("Ablimit")


def test_a_transcription_written_one_syllable_to_a_word_meets_its_name_elsewhere() -> None:
    # A pinyin export that writes 吐尔逊·库尔班 as Tu Er Sun Ku Er Ban; a Han name of three
    # syllables (Wang Jian Guo) stays a surname and a given name.
    names = ["Tu Er Sun Ku Er Ban", "Tursun Kurban", "Kurban Memet", "Wang Jian Guo", "王建国"]
    keys = _prepared_keys(names)
    assert keys[0] == keys[1]
    assert keys[3] == keys[4]


def test_a_han_name_is_cut_after_its_surname_where_the_run_holds_both() -> None:
    assert split_unbroken([("马建国", 1)], _held("Ma", "Jianguo")) == {"马建国": "马·建国"}
    assert split_unbroken([("马建国", 1)], _held("Jianguo")) == {}  # no record holds Ma as a name


def test_a_hui_name_of_four_characters_is_cut_after_its_surname_on_the_runs_evidence() -> None:
    # 马 also begins transcriptions (马木提 Mamut), so only the run can say that 马法蒂玛 is Ma Fatima.
    assert split_unbroken([("马法蒂玛", 1)], _held("Ma", "Fadima")) == {"马法蒂玛": "马·法蒂玛"}
    assert split_unbroken([("Mafadima", 1)], _held("Ma", "Fadima")) == {"Mafadima": "Ma Fadima"}


def test_su_and_ha_are_surnames_that_also_begin_transcriptions() -> None:
    assert split_unbroken([("苏杰", 1)], _held("Su", "Jie")) == {"苏杰": "苏·杰"}
    assert split_unbroken([("哈超", 1)], _held("Ha", "Chao")) == {"哈超": "哈·超"}
    assert split_unbroken([("苏力坦", 1)], _held("Su", "Sultan", "Sultan")) == {}


def test_a_uyghur_name_that_starts_like_a_han_surname_stays_whole() -> None:
    # 马木提 is Mamut, keyed like Memet: held as a whole name far more often than Ma is a part.
    held = _held("Ma", "Memet", "Memet", "Mamut")
    assert split_unbroken([("马木提", 1)], held) == {}


def test_a_han_name_in_characters_meets_its_pinyin_when_the_run_holds_both_parts() -> None:
    names = ["张志强", "Zhang Zhiqiang", "Zhang Wei"]
    keys = _prepared_keys(names)
    assert keys[0] == keys[1] != keys[2]


def test_halves_the_run_writes_apart_in_characters_come_first() -> None:
    # 买买提艾合 and 买提 both key as Memet, the commonest part: by keys alone the name would be
    # Memet son of Memet. The run writes 买买提 and 艾合买提 apart, so it is Memet son of Ehmet.
    held = _held("Memet", "Memet", "Memet", "Ehmet", "Tursun")
    assert split_unbroken([("买买提艾合买提", 1)], held) == {"买买提艾合买提": "买买提艾合·买提"}
    written = {"买买提": 2, "艾合买提": 1, "吐尔逊": 1}
    assert split_unbroken([("买买提艾合买提", 1)], held, written) == {"买买提艾合买提": "买买提·艾合买提"}


def test_prepared_keys_of_an_unbroken_name_follow_the_parts_written_apart() -> None:
    names = ["买买提·吐尔逊", "买买提 艾合买提", "买买提·艾力", "艾合买提·吐尔逊", "买买提艾合买提",
             "Memet Ehmet"]
    keys = _prepared_keys(names)
    assert keys[4] == keys[5] == keys[1]


def test_pinyin_written_as_one_word_is_split_between_two_held_names() -> None:
    held = _held("Memet", "Tursun", "Memet")
    assert split_unbroken([("Maimaitituerxun", 1)], held) == {"Maimaitituerxun": "Maimaiti Tuerxun"}
    assert split_unbroken([("MAIMAITITUERXUN", 1)], held) == {"MAIMAITITUERXUN": "MAIMAITI TUERXUN"}
    assert split_unbroken([("Maimaitituerxun", 1)], _held("Memet", "Eli")) == {}


def test_pinyin_is_cut_where_its_halves_read_as_pinyin_not_only_where_the_whole_does() -> None:
    # Kamiliadili reads best as ka-mi-lia-di-li; Kamili Adili is ka-mi-li a-di-li.
    held = _held("Kamil", "Adil", "Kamil")
    assert split_unbroken([("Kamiliadili", 1)], held) == {"Kamiliadili": "Kamili Adili"}


def test_pinyin_halves_the_run_writes_apart_come_first() -> None:
    held = _held("Saji", "Saji", "Dandilshat", "Dandilshat", "Sajidan", "Dilshat")
    assert split_unbroken([("Sajidandilixiati", 1)], held) == {"Sajidandilixiati": "Saji Dandilixiati"}
    split = split_unbroken([("Sajidandilixiati", 1)], held, {"sajidan": 1, "dilixiati": 1})
    assert split == {"Sajidandilixiati": "Sajidan Dilixiati"}


def test_prepared_keys_of_unbroken_pinyin_match_the_name_written_apart() -> None:
    names = ["Maimaitituerxun", "买买提·吐尔逊", "Sajidandilixiati", "萨吉旦·迪力夏提", "Ablimit Hesen"]
    keys = _prepared_keys(names)
    assert keys[0] == keys[1]
    assert keys[2] == keys[3]


def test_a_half_keyed_by_one_consonant_is_a_name() -> None:
    # Tohti keys as T, Reyila as R, Li as R: one letter, but a name of its own.
    held = _held("Zulpiye", "Zulpiye", "Tohti", "Memet")
    assert split_unbroken([("祖丽皮耶托合提", 1)], held) == {"祖丽皮耶托合提": "祖丽皮耶·托合提"}
    assert split_unbroken([("托合提买买提", 1)], held) == {"托合提买买提": "托合提·买买提"}
    held = _held("Reyila", "Reyila", "Memet", "Rey")
    assert split_unbroken([("Reyilamaimaiti", 1)], held) == {"Reyilamaimaiti": "Reyila Maimaiti"}
    assert split_unbroken([("马丽", 1)], _held("Ma", "Li")) == {"马丽": "马·丽"}


def test_a_half_keyed_by_a_bare_vowel_is_not_a_name() -> None:
    assert split_unbroken([("买买提艾合", 1)], _held("Memet", "Eh")) == {}


def test_pinyin_of_a_han_name_in_one_word_is_split_where_the_run_writes_it_apart() -> None:
    # Dingyulan is not plainly pinyin by its letters (it could be a Latin spelling), and Baiping keys
    # as Ping does (PN): the run writing Ding Yulan and Bai Ping apart settles both.
    keys = _prepared_keys(["Dingyulan", "Ding Yulan", "Baiping", "Bai Ping", "Tursun Memet"])
    assert keys[0] == keys[1] and keys[2] == keys[3]
    assert _prepared_keys(["Dingyulan", "Tursun Memet"])[0] != keys[1]  # nothing says where it breaks


def test_a_transcription_is_not_split_at_surnames_the_run_writes_apart_elsewhere() -> None:
    # Musha is pinyin of 木沙 (Musa); Hui names in the run write the surnames Mu and Sha apart, more
    # often than Musha is written apart, but Musa is the far more common name: Musha stays whole.
    names = ["Musha", "Musa Tursun", "Musa Memet", "Tuerxun Musha", "Mu Ming", "Guoqing Mu", "Fuxiang Mu",
             "Sha Guoqing", "Sha Yumei", "Amina Sha"]
    keys = _prepared_keys(names)
    assert keys[0] == "MS" and "MS" in keys[1].split("|")
