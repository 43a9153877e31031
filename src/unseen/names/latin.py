"""One Uyghur Latin (ULY) reading of a name in any script.

ULY is the hub: Arabic script and Cyrillic convert letter for letter, Chinese characters and pinyin
through the transcription rules, and Latin spellings from other traditions (Turkish ş ç ğ, English
kh and dzh, Russian-style v) are respelled into ULY letters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unseen.names.errors import check_text
from unseen.names.memo import Memo
from unseen.names.normalize import clean_words
from unseen.names.palladius import palladius_name_to_pinyin
from unseen.names.pinyin import han_syllables, is_syllable_run, pinyin_syllables
from unseen.names.scripts import RUN_SCRIPTS, SCRIPT_RUNS, char_script
from unseen.names.transcription import looks_like_pinyin, pinyin_to_latin, syllables_to_latin
from unseen.names.uyghur import arabic_to_latin, cyrillic_is_uyghur, cyrillic_to_latin, is_arabic_spelling

__all__ = ["latin_to_uly", "latin_words", "to_latin", "via_chinese"]

_ULY_KEEP = frozenset("éöü")
_LETTER_MAP = str.maketrans({
    "ş": "sh", "ç": "ch", "ğ": "gh", "ä": "e", "ə": "e", "ñ": "ng", "ž": "zh", "č": "ch", "š": "sh",
    "ġ": "gh", "ḥ": "h", "ë": "é", "ı": "i", "v": "w", "ŋ": "ng", "ɣ": "gh", "ƣ": "gh", "ɵ": "ö", "ⱪ": "q",
    "ⱨ": "h", "ⱬ": "j",
    "ý": "u",  # Kazakh Latin of 2018 writes у as ý (Dáýlet, Baýyrjan)
})
# Other traditions' spellings of ULY letters, longest first (German sch and tsch are sh and ch:
# Scheripe, Pitschan); a lone c is Turkish c (j), but ck is the English k (Serick, Nurbeck). ou is
# the French and English u (Toursoun, Yousuf, Ousman): ULY never writes o and u side by side, and
# read as o + glide it put a W in the key.
# German dsch is j (Dschamal, Tursundschan), and a ch after a vowel before m, n, r, t or at the word's
# end is German kh (Achmat, Abdurachman, Tochti, Schöchret, Rachmatullach): ULY and English ch stand
# there only before q or k (Uchqun) or a vowel. (-ich ends a Russian patronymic: Aliyevich.)
_SPELLING = re.compile(
    r"dzh|dsch|tsch|sch|tch|tsh|dj|kh|(?P<german_kh>(?<=[aeiouöüé])ch(?=[mnrt])|(?<=[aeouöüé])ch$)"
    r"|ch|ck|ph|th|oo|ou|ee|c|(?<=[aeouöü])i(?![aeiouöüé])"
)
_RESPELL = {"dzh": "j", "dsch": "j", "tsch": "ch", "sch": "sh", "tch": "ch", "tsh": "ch", "dj": "j",
            "kh": "x", "ch": "ch", "ck": "k", "ph": "f", "th": "t", "oo": "u", "ou": "u", "ee": "i", "c": "j",
            "i": "y"}

# A y with no vowel beside it is a vowel: Kazakh and Kyrgyz romanisation writes ы as y (Bakytzhan,
# Syrym, -kyzy, -uly), which ULY writes i. ULY's own y always has a vowel next to it.
_VOWEL_Y = re.compile(r"(?<![aeiouéöü])y(?![aeiouéöü])")
# A j after a vowel and before a consonant or the word's end is the glide y, as German, Polish and
# Scandinavian spell it (Ajgul, Kajrat, Baj): ULY and English j never stands there. Between vowels
# it stays j (Mejit).
_GLIDE_J = re.compile(r"(?<=[aeiouéöü])j(?![aeiouéöüj])")


def _strip_marks(word: str) -> str:
    out = []
    for ch in word:
        if ch in _ULY_KEEP or ch.isascii():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if c.isascii() and c.isalpha()))
    return "".join(out)


# French spelling writes sh as ch (Aïchem, Djamchid, Tourchoun); a word shows it by ou, dj or a
# diaeresis, which ULY, English and German do not write.
_FRENCH_MARKS = re.compile(r"ou|dj|[ïë]")


def _respelt(m: re.Match[str]) -> str:
    return "x" if m.group("german_kh") else _RESPELL[m.group()]


@lru_cache(maxsize=131072)
def latin_to_uly(word: str) -> str:
    """Respell one lowercase Latin word in ULY letters (Mehmet stays Mehmet; Şükür becomes shükür)."""
    french = "ch" in word and bool(_FRENCH_MARKS.search(word))
    word = _strip_marks(word.translate(_LETTER_MAP).replace("'", ""))
    if french:
        word = word.replace("ch", "sh")
    if "j" in word:
        word = _GLIDE_J.sub("y", word)
    word = _SPELLING.sub(_respelt, word)
    if "y" in word:
        word = _VOWEL_Y.sub("i", word)
    return "".join(ch for ch in word if ch.isalpha())


# Pinyin's tone marks. é is left out: it is a ULY letter, and a word marked with it alone is ULY.
_TONE_MARKS = frozenset("āáǎàēěèīíǐìōóǒòūúǔùǖǘǚǜ")
_TONELESS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ", "aaaaeeeeiiiioooouuuuüüüü")


def _pinyin_of(run: str) -> str | None:
    """The plain pinyin of a Latin run that is pinyin of a transcription, else None.

    Pinyin written by its own rules carries tone marks (Màimǎití) and an apostrophe before a
    syllable that starts with a, o or e (Tu'erxun, Nu'ermaimaiti). Both hide the pinyin from
    :func:`looks_like_pinyin`: read as a Latin spelling, Tu'erxun keyed TWRN, not Tursun's TRSN.
    """
    if looks_like_pinyin(run):
        return run
    word = run
    if "'" in word:
        after = {word[i + 1 : i + 2].translate(_TONELESS) for i, c in enumerate(word) if c == "'"}
        if not after <= {"a", "o", "e"}:
            return None
        word = word.replace("'", "")
    if not word.isascii():
        if _TONE_MARKS.isdisjoint(word):
            return None
        word = word.translate(_TONELESS)
    return word if word != run and looks_like_pinyin(word) else None


def _run_to_latin(run: str, script: str, uyghur_cyrillic: bool, arabic_spelling: bool = False) -> str:
    if script == "arabic":
        return arabic_to_latin(run, arabic_spelling).replace("'", "")
    if script == "cyrillic":
        return cyrillic_to_latin(run, uyghur_cyrillic)
    if script == "han":
        return _pinyin_part(han_syllables(run))
    if script == "latin":
        if _single_pinyin_syllable(run):
            return _han_syllable(run)
        pinyin = _pinyin_of(run)
        return latin_to_uly(run) if pinyin is None else pinyin_to_latin(pinyin)
    return ""


def _word_to_latin(word: str, uyghur_cyrillic: bool, arabic_spelling: bool = False) -> str:
    if word.isascii():
        return _run_to_latin(word, "latin", uyghur_cyrillic)
    runs = SCRIPT_RUNS.finditer(word)
    scripts = ((m.group(), RUN_SCRIPTS[m.lastindex or 0]) for m in runs)
    return "".join(_run_to_latin(run, script, uyghur_cyrillic, arabic_spelling) for run, script in scripts)


# ULY reading of each clean word, remembered: names share their words. Whether Cyrillic is read the
# Uyghur way, and Arabic script as Arabic spells, is decided on the whole name, so words of such names
# have a memo of their own.
_WORDS: Memo[str, str] = Memo(lambda word: _word_to_latin(word, False), maxsize=131072)
_UYGHUR_CYRILLIC_WORDS: Memo[str, str] = Memo(lambda word: _word_to_latin(word, True), maxsize=131072)
_ARABIC_SPELLING_WORDS: Memo[str, str] = Memo(lambda word: _word_to_latin(word, False, True), maxsize=65536)


def to_latin(text: str) -> str:
    """Best ULY reading of a name in any script, lowercase, words separated by single spaces."""
    return _to_latin(check_text(text))


@lru_cache(maxsize=262144)
def _to_latin(text: str) -> str:
    return " ".join(latin_words(text))


# Arabic spelling writes a compound name in two words (عبد الرحيم ʿAbd al-Raḥīm, رحمة الله Raḥmat
# Allāh, نور الدين Nūr al-Dīn) that Uyghur writes as one (ئابدۇرەھىم, رەھمەتۇللا, نۇرىددىن), and "son
# of" (بن) between a name and the father's. Only these forms are joined (a Uyghur word that lost its
# hamza, الىم for ئالىم, also starts with ال); words as `clean_words` leaves them (ة is ە, أ is ا).
_ARABIC_FIRST_HALVES = frozenset(w for half in ("عبد", "أبو") for w in clean_words(half))
_ARABIC_SECOND_HALVES = frozenset(w for half in ("الله", "الدين") for w in clean_words(half))  # اللە
_ARABIC_SON_OF = frozenset(w for half in ("بن", "بنت", "ابن") for w in clean_words(half))
_ARABIC_MARKS = _ARABIC_FIRST_HALVES | _ARABIC_SECOND_HALVES | _ARABIC_SON_OF


def _arabic_compounds(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word in _ARABIC_SON_OF and out:
            continue
        if out and (word in _ARABIC_SECOND_HALVES or out[-1] in _ARABIC_FIRST_HALVES):
            before = out.pop()
            if word in _ARABIC_SECOND_HALVES and before.endswith("ە"):
                before = before[:-1] + "ت"  # the ta marbuta of Raḥmat Allāh is spoken
            elif before in _ARABIC_FIRST_HALVES and word.startswith("ال") and word[2:3] not in ("ع", "ا", ""):
                word = word[2:]  # ʿAbd al-Karīm is Abdukérim: Uyghur drops the article before a consonant
            word = before + word
        out.append(word)
    return out


def latin_words(text: str) -> tuple[str, ...]:
    """The words of :func:`to_latin` (``text`` already checked to be a ``str``)."""
    words = clean_words(text)
    if not text.isascii() and not _ARABIC_MARKS.isdisjoint(words):
        words = _arabic_compounds(words)
    clean = " ".join(words)
    if not clean.isascii() and (han := palladius_name_to_pinyin(words)) is not None:
        return tuple(_pinyin_part(syllables) for syllables in han)
    uyghur_cyrillic = not clean.isascii() and cyrillic_is_uyghur(clean)
    memo = _UYGHUR_CYRILLIC_WORDS if uyghur_cyrillic else _WORDS
    if not clean.isascii() and not uyghur_cyrillic and is_arabic_spelling(text):
        memo = _ARABIC_SPELLING_WORDS
    return tuple(filter(None, map(memo.__getitem__, words)))


def _pinyin_part(syllables: tuple[str, ...]) -> str:
    """A name part known by its pinyin syllables (Chinese characters, Palladius Cyrillic). One syllable
    standing alone is a Han or Hui name (马·建国, 王 伟, Хуан), not a syllable of a transcription: it
    reads as its pinyin, as Ma and Wang are spelt in Latin, with the pinyin letters for sounds other
    scripts write otherwise read as those sounds. Several read as a transcription's."""
    return _han_syllable(syllables[0]) if len(syllables) == 1 else syllables_to_latin(syllables)


# Pinyin q is ch, x is sh, c is ts, as Uyghur script writes them (强 چياڭ, 霞 شيا, 曹 تساۋ); read as a
# Latin spelling, q would be Uyghur q and x Uyghur x (kh), and c Turkish j. Pinyin's finals (ao, iu,
# uo) are left as spelt: Cyrillic and Latin lists keep them (Лиу, Luo), and read as Uyghur script
# sounds them they would key Liu and Luo as Li.
_PINYIN_SOUNDS = {"q": "ch", "x": "sh", "c": "ts"}
_PINYIN_INITIAL = re.compile(r"^(?:q|x|c(?!h))")


def _han_syllable(syllable: str) -> str:
    return latin_to_uly(_PINYIN_INITIAL.sub(lambda m: _PINYIN_SOUNDS[m.group()], syllable))


def _single_pinyin_syllable(run: str) -> bool:
    """A Latin word that is one pinyin syllable starting with q or x (Qiang, Xia, Xiu) is a Han or Hui
    name part: a Uyghur spelling with q or x is not one pinyin syllable (Qurban, Xan, Xoja). A c is
    left to the Latin reading, where it is Turkish j (Can, Cemal)."""
    return run[:1] in ("q", "x") and run in pinyin_syllables()


def via_chinese(text: str) -> bool:
    """True when a name was written through Chinese: in characters, or as pinyin of a transcription
    (Maimaiti Tuerxun).

    Such a reading has lost sounds no other script loses (gh, q and h, glides, a final n), so two
    names that agree only once those are dropped are plausible when exactly one went through Chinese.
    """
    return _via_chinese(check_text(text))


@lru_cache(maxsize=262144)
def _via_chinese(text: str) -> bool:
    words = clean_words(text)
    return any(_CHINESE_WORDS[word] for word in words) or is_syllable_run(words)


def _word_via_chinese(word: str) -> bool:
    if any(char_script(c) == "han" for c in word):
        return True
    return all(c == "'" or char_script(c) == "latin" for c in word) and _pinyin_of(word) is not None


# Per word: names are new far more often than their words are.
_CHINESE_WORDS: Memo[str, bool] = Memo(_word_via_chinese, maxsize=131072)
