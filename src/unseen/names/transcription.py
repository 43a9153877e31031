"""Read a Chinese-character transcription of a Uyghur or Kazakh name back into Uyghur Latin.

Chinese writes a Uyghur name one syllable per character, so every consonant cluster and every final
consonant gets a filler vowel: Abdurehman becomes a-bu-du-re-he-man (阿不都热合曼), Memet becomes
mai-mai-ti (买买提). The convention is codified in the Xinjiang standard DB65/T 2189-2005 (rules for
writing Uyghur personal names in Chinese characters): 阿 a, 艾 e, 伊 i, a consonant that closes a
syllable as its own character (尔 r, 勒 l, 木 m, 斯 s, 提/特 t). The rules here undo it on the pinyin,
syllable by syllable, so they work for names no table lists:

* vowel values: ai is Uyghur e (艾, 买), ao and uo are o, ong is un, er after a syllable is r;
* filler vowels: the vowel of a final ti, ke, mu, bu, fu, si, zi, de, li ... is dropped (提 t,
  克 k, 木 m, 丽 l), and so is that of bu, pu, he, ke, ge, si, zi, shi inside a word before a
  consonant (不 in 阿不都, 合 in 热合曼);
* glides: yi and wu after a vowel are y and w (阿依古丽 Aygül, 萨吾提 Sawut), and at the start
  are the vowels i and u; yu is yü; 江 jiang is the suffix -jan, a final gu-li (古丽) -gül;
* Chinese has no final m: a closing la-yin (拉音) is -rahim (依不拉音 Ibrahim);
* a leading si before m, l or k is is: Chinese leaves out the i of Ismayil (司马义), Islam (斯拉木).
"""

from __future__ import annotations

from functools import lru_cache

from unseen.names.memo import Memo
from unseen.names.pinyin import split_pinyin

__all__ = ["looks_like_pinyin", "pinyin_to_latin", "syllables_to_latin"]

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
             "r", "z", "c", "s", "y", "w")
_INITIAL_SOUND = {"q": "ch", "x": "sh", "zh": "z", "c": "s"}
_FINAL_SOUND = {
    "a": "a", "ai": "e", "an": "an", "ang": "an", "ao": "o", "e": "e", "ei": "é", "en": "en",
    "eng": "en", "er": "er", "i": "i", "ia": "ya", "ian": "yen", "iang": "yan", "iao": "yaw", "ie": "yé",
    "in": "in", "ing": "in", "iong": "yun", "iu": "yu", "o": "o", "ong": "un", "ou": "o", "u": "u",
    "ua": "wa", "uai": "wey", "uan": "wan", "uang": "wan", "ue": "üé", "ui": "uy", "un": "un",
    "uo": "o", "ü": "ü", "üe": "üé", "üan": "üen", "ün": "ün",
}
_PALATAL = frozenset("jqx")
# After j, q, x the pinyin i-glide and u are colour, not sounds of their own: xia is sha, jiang is jan.
_PALATAL_FINAL = {"ia": "a", "ian": "an", "iang": "an", "iao": "ew", "ie": "é", "iu": "u", "iong": "un",
                  "u": "ü", "un": "ün", "uan": "üen", "ue": "üé", "i": "i", "in": "in", "ing": "in"}
# After other consonants the i-glide is not a y either: 别 bie is Uyghur bé, 连 lian is len.
_GLIDE_FINAL = {"ie": "é", "ian": "en"}
_Y_SYLLABLE = {"yi": "i", "yin": "in", "ying": "in", "yu": "yü", "yun": "yün", "yuan": "yüen",
               "yue": "yüé", "you": "yu", "yao": "yaw", "yong": "yun", "ye": "yé", "yan": "yan",
               "yang": "yan"}
_W_SYLLABLE = {"wu": "u", "wa": "wa", "wai": "we", "wan": "wan", "wang": "wan", "wei": "wé",
               "wen": "wen", "weng": "wen", "wo": "wo"}
# Syllables whose vowel is a filler when they end a word ...
_FINAL_FILLER = frozenset(("ti", "te", "de", "ke", "ge", "he", "le", "li", "mu", "bu", "pu", "fu", "ku",
                           "si", "zi", "ci", "shi", "zhi", "chi", "ri", "er"))
# ... and when they stand inside a word before a consonant.
_MEDIAL_FILLER = frozenset(("bu", "pu", "he", "ke", "ge", "si", "zi", "ci", "shi", "zhi", "chi", "fu",
                            "er", "de", "te", "le", "mu"))
# Final syllables that are almost always fillers; a three-syllable Latin word ending in one is pinyin.
_STRONG_FILLER = frozenset(("ti", "mu", "fu", "pu", "zi", "si", "bu", "ku", "shi", "ri"))
_VOWEL_START = frozenset("aeiouüé")
_PINYIN_MARKERS = ("ai", "ao", "ei", "ou", "uo", "ia", "ie", "iu", "ui", "ue", "üe", "ong", "eng", "ang",
                   "xi", "xu", "qi", "qu", "yi", "wu", "er", "zh")


_DIGRAPH_INITIALS = frozenset(_INITIALS[:3])
_LETTER_INITIALS = frozenset(_INITIALS[3:])


def _split_initial(syllable: str) -> tuple[str, str]:
    if len(syllable) > 2 and syllable[:2] in _DIGRAPH_INITIALS:
        return syllable[:2], syllable[2:]
    if len(syllable) > 1 and syllable[0] in _LETTER_INITIALS:
        return syllable[0], syllable[1:]
    return "", syllable


def _reading_of(syllable: str) -> str:
    """Uyghur Latin sound of one pinyin syllable, before filler vowels are removed."""
    if syllable == "zhu":
        return "ju"  # 朱 Jume; zh before other vowels is z (扎 in 米尔扎提 Mirzat)
    if syllable in _Y_SYLLABLE:
        return _Y_SYLLABLE[syllable]
    if syllable in _W_SYLLABLE:
        return _W_SYLLABLE[syllable]
    ini, fin = _split_initial(syllable)
    if ini in _PALATAL and fin in _PALATAL_FINAL:
        if ini == "x" and fin.startswith("u"):
            return "s" + fin  # 逊 xun is sun (Tursun), not shün
        return _INITIAL_SOUND.get(ini, ini) + _PALATAL_FINAL[fin]
    if ini and fin in _GLIDE_FINAL:
        return _INITIAL_SOUND.get(ini, ini) + _GLIDE_FINAL[fin]
    return _INITIAL_SOUND.get(ini, ini) + _FINAL_SOUND.get(fin, fin)


# A few hundred syllables make every name: each is split and read once.
_SPLIT = Memo(_split_initial, maxsize=8192)
_READING = Memo(_reading_of, maxsize=8192)


def _strip_vowel(reading: str) -> str:
    return reading.rstrip("aeiouüé") or reading


# Two-consonant endings Uyghur words have: a sonorant, s or h, then a stop or sibilant (rt, st, nk, ht).
_CLUSTER_FIRST = frozenset(("r", "l", "n", "s", "sh", "h", "x", "y", "w", "er"))
_CLUSTER_SECOND = frozenset(("t", "d", "k", "g", "q", "j", "ch", "s", "z", "sh", "zh"))


def _coda_cluster(medial: str, final: str) -> bool:
    """Whether dropping both filler vowels leaves an ending a Uyghur word can have (托合提 toht-i)."""
    first, second = _SPLIT[medial][0] or medial, _SPLIT[final][0]
    return first in _CLUSTER_FIRST and second in _CLUSTER_SECOND and first != second


def _is_filler(syllables: tuple[str, ...], i: int) -> bool:
    """Whether the vowel of syllable ``i`` only carries a consonant (final, or before a consonant)."""
    syl, last = syllables[i], len(syllables) - 1
    if i == 0:
        return False
    if i == last:
        return syl in _FINAL_FILLER
    if i + 1 == last and syllables[last] in _FINAL_FILLER and not _coda_cluster(syl, syllables[last]):
        return False  # 艾孜孜 is e-zi-z and 吾布力 o-bul: Uyghur words do not end in z-z or b-l
    return syl in _MEDIAL_FILLER and _READING[syllables[i + 1]][:1] not in _VOWEL_START


# Uyghur words do not start with two consonants: Ismayil, Islam, Iskender begin with an i that the
# standard Chinese forms leave out (司马义, 斯拉木, 斯坎德尔), so a leading si before m, l or k reads is.
# Before other consonants si is a syllable of its own (斯迪克 Sidiq, 斯依提 Siyit).
_PROTHETIC_BEFORE = frozenset("mlk")


def _decode(syllables: tuple[str, ...]) -> str:
    word = _decode_syllables(syllables)
    if syllables[-2:] == ("gu", "li") and word.endswith("gul"):
        word = word[:-3] + "gül"  # 古丽 is the suffix -gül
    if syllables[:1] == ("wo",) and word.startswith("wo"):
        word = word[1:]  # 沃 opens a name with o, as 吾 with u: 沃拉勒拜 is Oralbay, 沃坦 Otan
    if len(syllables) > 1 and syllables[0] == "si" and syllables[1][:1] in _PROTHETIC_BEFORE:
        word = "is" + word[2:]
        if syllables[1:] == ("ma", "yi"):
            word = "ismayil"  # 司马义, 斯马依: the standard form drops the closing l as well
    return word


def _decode_syllables(syllables: tuple[str, ...]) -> str:
    out: list[str] = []
    last = len(syllables) - 1
    for i, syl in enumerate(syllables):
        r = _READING[syl]
        prev_vowel = bool(out) and out[-1][-1:] in _VOWEL_START
        if i > 0 and syl in ("yi", "wu", "yin", "ying") and prev_vowel:
            # Chinese has no final m: la-yin closing a name writes -rahim (依不拉音 Ibrahim); other closing
            # yin are the n they sound (胡赛因 Hüseyin).
            closing = i == last
            glide = {"yi": "y", "wu": "w" if closing else "wu",
                     "yin": "yim" if closing and syllables[i - 1] == "la" else "yin"}
            r = glide.get(syl, "yin")
        elif i > 0 and syl == "er":
            r = "r"
        elif _is_filler(syllables, i):
            r = _strip_vowel(r)
        elif 0 < i < last and syl == "ti" and syllables[i + 1] in ("jiang", "han"):
            r = "t"
        if i == last and i > 0 and syl == "han":
            r = "xan"
        if r[:1] == "h" and out and out[-1][-1:] in ("s", "z", "g", "c"):
            r = "x" + r[1:]  # 阿斯哈尔 as-har: an h after s, z or g is its own letter, not sh, zh, gh
        if i == last and i > 0 and syl == "en" and prev_vowel:
            r = "n"  # 恩 closes the syllable before it: 祖努恩 Zunun
        out.append(r)
    return "".join(out)


def syllables_to_latin(syllables: tuple[str, ...]) -> str:
    """Uyghur Latin reading of a transcribed name part given as its pinyin syllables (from characters
    or Palladius Cyrillic), e.g. a-bu-du-re-he-man (阿不都热合曼) → abdurehman."""
    return _decode(syllables)


# Syllables that Kazakh names in Latin have and transcriptions into Chinese do not write (ж is 加, 江
# or 杰 there, not 占 or 珍).
_KAZAKH_LATIN_SYLLABLES = frozenset(("zhan", "zhen"))
# Uyghur Latin words that happen to split into pinyin with a marker: qizi, "daughter of" (Gulnar
# Tursun qizi), and axun, the cleric's title that ends names (Memet Axun). Read as pinyin they
# became chiz and ashun, and no longer marked the father's name or joined the part before them.
_ULY_WORDS = frozenset(("qizi", "axun"))
# Pinyin's q before i or u is ULY's q too (Ruqiye, Aqida, Baqi): alone, it marks pinyin only in a word
# of one or two syllables, the length of a Han given name (Yuqi, Liqun).
_ULY_Q_MARKERS = frozenset(("qi", "qu"))


def looks_like_pinyin(word: str) -> bool:
    """True for a Latin word that is pinyin of a transcription (Maimaiti, Tuerxun), not a Uyghur spelling.

    The word must split into pinyin syllables and show the transcription convention: a Chinese
    diphthong or spelling (ai, ao, ong, xi, yi, er ...), four or more syllables, or three ending
    in a filler (Kelimu, Halipu). A word that starts with er (Erzhan, Erlan) is not: 尔 only closes
    a syllable; nor is a short word with zhan or zhen (Aizhan, Zhanna), Kazakh in Latin.
    """
    sylls = split_pinyin(word)
    if sylls is None or len(sylls) < 2 or sylls[0] == "er" or word in _ULY_WORDS:
        return False  # transcriptions write an initial e as 艾 ai or 叶 ye, never 尔 er: Erzhan is Kazakh
    if len(sylls) < 4 and any(s in _KAZAKH_LATIN_SYLLABLES for s in sylls):
        return False  # Kazakh -zhan is 江 jiang in Chinese, never zhan: Aizhan and Zhanna are Latin
    if len(sylls) >= 4 or (len(sylls) == 3 and sylls[-1] in _STRONG_FILLER):
        return True
    markers = {m for m in _PINYIN_MARKERS if m in word}
    if len(sylls) == 3 and markers <= _ULY_Q_MARKERS:
        return False  # Ruqiye, Aqida: ULY q before i or u; a Han given name has at most two syllables
    return bool(markers)


@lru_cache(maxsize=65536)
def pinyin_to_latin(word: str) -> str:
    """Uyghur Latin reading of a pinyin-spelled transcription, e.g. maimaiti → memet."""
    sylls = split_pinyin(word)
    return _decode(sylls) if sylls else word
