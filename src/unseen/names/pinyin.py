"""Chinese characters to toneless pinyin syllables, and pinyin written in Latin letters back to syllables.

Only the syllable layer lives here; turning syllables into a Uyghur reading is ``transcription.py``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from pypinyin.pinyin_dict import pinyin_dict

from unseen.names.scripts import char_script

__all__ = ["HAN_SURNAMES", "SURNAME_NAME_MAX", "han_name_cut", "han_surname_syllables", "han_syllables",
           "joined_pinyin_given_name", "pinyin_syllables", "split_pinyin"]

# Characters used in name transcription whose everyday reading is the wrong one here.
_READINGS = {
    "都": "du", "默": "me", "伯": "bo", "曾": "zeng", "单": "shan", "朴": "pu", "区": "ou",
    "乐": "le", "长": "chang", "蔓": "man", "喀": "ka", "给": "gei", "什": "shi", "俩": "lia",
    "合": "he", "克": "ke", "尔": "er", "卜": "bu", "仆": "pu", "帕": "pa", "沙": "sha", "勒": "le",
    "希": "hi",  # writes hi and xi (伊布拉希木 Ibrahim, 塔希尔 Tahir); shi is 西 or 什
}


def _toneless(reading: str) -> str:
    base = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in base if not unicodedata.combining(c)).replace("v", "ü")


# Common Han and Hui surnames (a name of two or three characters starting with one is a surname and a
# given name: 张志强 is Zhang Zhiqiang) ...
HAN_SURNAMES = frozenset(
    "马王李张刘陈杨黄赵周吴徐孙胡朱高林何郭罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜程魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
    "白于傅鲁葛温柳翟申邢牛常俞殷施聂章穆苏哈"
    "冶沙纳海兰虎撒者喇米锁妥拜摆闪脱敏"  # Hui surnames
)
# ... except those that also begin transcriptions of Uyghur and Kazakh names (马木提 Mamut, 胡赛因
# Hüseyin, 肖开提 Shewket, 夏依旦 Shaydan, 朱麦 Juma, 谢力甫 Sherip, 江 -jan, 穆合塔尔 Muxtar, 苏力坦 Sultan,
# 哈力克 Halik, 沙吾提 Sawut, 纳迪热 Nadire, 海拉提 Gheyret, 米吉提 Mijit, 拜合提亚尔 Bextiyar, 脱库尔
# Toqur), where only the rest of the name or the other records of a linkage run can tell
# (`unseen.names.unbroken`).
_ALSO_TRANSCRIPTION = frozenset("马胡肖夏朱谢江穆苏哈沙纳海撒米拜脱")
# Characters common in Han and Hui given names that the transcription of Uyghur and Kazakh names does
# not use: after one of those surnames, any of them makes the name Han (马建国 Ma Jianguo, 穆明 Mu Ming,
# 马秀英 Ma Xiuying), while 马木提 and 穆合塔尔 stay one name.
_HAN_GIVEN_ONLY = frozenset(
    "建国秀英军伟强平红志刚勇文云涛斌辉鹏飞春霞静婷芳娟艳琴萍洁蓉颖慧俊峰磊超鑫宇浩晓小永成东宁庆生喜"
    "忠贵富兴光龙凤玲莲明华兵桂秋菊珍翠淑惠学振家民彬晶瑞雪梦欣悦琳倩雯嘉涵博轩宏晨阳卫"
    "新梅芬燕花荣福祥礼仁智勤"
)


# The longest name that may be a surname before a given name: Han given names have one or two
# characters, Hui ones written as a transcribed Muslim name three (杨法图麦 Yang Fatima).
SURNAME_NAME_MAX = 4


def han_name_cut(text: str) -> int:
    """Where a name of Chinese characters written without a mark falls apart when it reads as a Han
    or Hui name standing alone (after the surname of 张志强, 王伟, or of a Hui surname before a
    transcribed Muslim name, 杨法图麦 Yang Fatima), else 0."""
    if not 2 <= len(text) <= SURNAME_NAME_MAX or text[0] not in HAN_SURNAMES:
        return 0
    if text[0] in _ALSO_TRANSCRIPTION and (
        len(text) == SURNAME_NAME_MAX or not any(c in _HAN_GIVEN_ONLY for c in text[1:])
    ):
        return 0
    return 1 if all(char_script(c) == "han" for c in text) else 0


# Readings so rare that they only make ordinary Uyghur spellings look like pinyin (er-shi-din).
_RARE = frozenset(("din", "dia", "den", "len", "kei", "tei", "dei", "shei", "zhei", "nou", "fiao", "lo", "yo",
                   "hm", "hng", "ng", "m", "n", "ê", "o"))


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """The toneless Mandarin syllables of pypinyin's dictionary, less a few rare ones (about 400)."""
    out: set[str] = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            t = _toneless(r)
            if t.isalpha() and len(t) <= 6:
                out.add(t)
    return frozenset(out - _RARE)


@lru_cache(maxsize=65536)
def han_syllables(word: str) -> tuple[str, ...]:
    """Toneless pinyin of each Chinese character in ``word``; other characters are skipped."""
    return tuple(r for r in map(_char_reading, word) if r)


@lru_cache(maxsize=65536)
def _char_reading(ch: str) -> str:
    """First dictionary reading of one character (names have no phrase context to use)."""
    if ch in _READINGS:
        return _READINGS[ch]
    readings = pinyin_dict.get(ord(ch))
    return _toneless(readings.split(",")[0]) if readings else ""


@lru_cache(maxsize=65536)
def split_pinyin(word: str) -> tuple[str, ...] | None:
    """Split a Latin word into pinyin syllables (preferring long ones), or None if it is not pinyin."""
    sylls = pinyin_syllables()
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[n] = ()
    for i in range(n - 1, -1, -1):
        for j in range(min(n, i + 6), i, -1):
            rest = best[j]
            if rest is not None and word[i:j] in sylls:
                best[i] = (word[i:j], *rest)
                break
    return best[0]


@lru_cache(maxsize=1)
def han_surname_syllables() -> frozenset[str]:
    """The pinyin of `HAN_SURNAMES` (ma, zhang, ...): the syllables a Han name in pinyin may start with."""
    return frozenset(r for c in HAN_SURNAMES for r in han_syllables(c))


def joined_pinyin_given_name(words: list[str]) -> list[str]:
    """A Han name in pinyin whose given name is written in syllables (Xu Mei Qin, Xu Mei-qin, Mei-qin
    Xu) with that given name in one word, as 徐美琴 and Xu Meiqin have it: three or four words, a
    surname first or last, and every other word one pinyin syllable. A transcription written one
    syllable to a word (Tu Er Sun Ku Er Ban, 吐尔逊·库尔班) comes back as one word, which the
    linker splits where the other records' names say. Other names come back as they are."""
    if len(words) < 3 or not all(w.isascii() for w in words):
        return words
    sylls, surnames = pinyin_syllables(), han_surname_syllables()
    if len(words) <= SURNAME_NAME_MAX:
        if words[0] in surnames and all(w in sylls for w in words[1:]):
            return [words[0], "".join(words[1:])]
        if words[-1] in surnames and all(w in sylls for w in words[:-1]):
            return ["".join(words[:-1]), words[-1]]
    if is_syllable_run(words):
        return ["".join(words)]
    return words


def is_syllable_run(words: Sequence[str]) -> bool:
    """Whether lower-case `words` are a transcription written one pinyin syllable to a word: four
    or more, each a syllable (Han names in pinyin have three syllables at most, surname included,
    beyond a rare compound surname)."""
    sylls = pinyin_syllables()
    return len(words) >= 4 and all(w in sylls for w in words)
    sylls, surnames = pinyin_syllables(), han_surname_syllables()
    if words[0] in surnames and all(w in sylls for w in words[1:]):
        return [words[0], "".join(words[1:])]
    if words[-1] in surnames and all(w in sylls for w in words[:-1]):
        return ["".join(words[:-1]), words[-1]]
    return words

