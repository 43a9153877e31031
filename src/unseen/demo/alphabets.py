"""Deterministic alphabets for rendering synthetic names in the scripts the sources use.

The generator stores every Uyghur name once, in Uyghur Latin (ULY), and derives the other scripts
from it letter by letter: Uyghur Arabic script (UEY) and Uyghur Cyrillic (USY, optionally with the
Kazakh letter habits found in Kazakh-language testimonies). Kazakh names are stored in Kazakh
Cyrillic and romanised from there. Deriving, rather than hand-typing each script, keeps the synthetic
data internally consistent, which is what a benchmark with known truth needs.

This module is deliberately independent of ``unseen.names``: the names package is what the benchmark
measures, so the generator must not share its tables.
"""

from __future__ import annotations

__all__ = [
    "kazakh_to_english",
    "kazakh_to_uly",
    "split_uly",
    "uly_to_arabic",
    "uly_to_cyrillic",
    "uly_to_english",
]

# ULY letters, digraphs first so that "sh" is read before "s".
_DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")
_VOWELS = frozenset("aeéiouöü")

_ARABIC = {
    "a": "ا", "e": "ە", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ",
    "d": "د", "r": "ر", "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف",
    "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ",
    "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "w": "ۋ", "é": "ې", "i": "ى", "y": "ي",
}
_HAMZA = "ئ"

_CYRILLIC = {
    "a": "а", "e": "ә", "b": "б", "p": "п", "t": "т", "j": "җ", "ch": "ч", "x": "х",
    "d": "д", "r": "р", "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "ғ", "f": "ф",
    "q": "қ", "k": "к", "g": "г", "ng": "ң", "l": "л", "m": "м", "n": "н", "h": "һ",
    "o": "о", "u": "у", "ö": "ө", "ü": "ү", "w": "в", "é": "е", "i": "и", "y": "й",
}
# Kazakh writers spell Uyghur names with Kazakh letters: no җ, and һ mostly as х.
_KAZAKH_HABITS = {"җ": "ж", "һ": "х"}

_ENGLISH = {"é": "e", "ö": "o", "ü": "u", "x": "h", "É": "E", "Ö": "O", "Ü": "U", "X": "H", "'": ""}

_KAZAKH_TO_ULY = {
    "а": "a", "ә": "e", "б": "b", "в": "w", "г": "g", "ғ": "gh", "д": "d", "е": "é", "ё": "yo",
    "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "ü", "ф": "f", "х": "x", "һ": "h", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
    "ы": "i", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_KAZAKH_TO_ENGLISH = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def split_uly(word: str) -> list[str]:
    """Split one ULY word into letters, reading digraphs (ch, gh, ng, sh, zh) as one letter.

    An apostrophe separates two letters that would otherwise read as a digraph (Tursun'gül).
    """
    word = word.lower()
    letters: list[str] = []
    i = 0
    while i < len(word):
        if word[i] == "'":
            i += 1
            continue
        pair = word[i : i + 2]
        if pair in _DIGRAPHS:
            letters.append(pair)
            i += 2
        else:
            letters.append(word[i])
            i += 1
    return letters


def _word_to_arabic(word: str) -> str:
    out: list[str] = []
    previous = ""
    for position, letter in enumerate(split_uly(word)):
        if letter not in _ARABIC:
            raise ValueError(f"no Arabic-script letter for {letter!r} in {word!r}")
        # A vowel that opens a word or follows another vowel is carried by a hamza.
        if letter in _VOWELS and (position == 0 or previous in _VOWELS):
            out.append(_HAMZA)
        out.append(_ARABIC[letter])
        previous = letter
    return "".join(out)


def uly_to_arabic(text: str) -> str:
    """Render ULY text (words separated by spaces) in Uyghur Arabic script."""
    return " ".join(_word_to_arabic(word) for word in text.split())


def _word_to_cyrillic(word: str, kazakh: bool) -> str:
    letters = split_uly(word)
    out: list[str] = []
    i = 0
    while i < len(letters):
        letter, following = letters[i], letters[i + 1] if i + 1 < len(letters) else ""
        if letter == "y" and following in ("a", "u"):
            out.append("я" if following == "a" else "ю")
            i += 2
            continue
        if letter not in _CYRILLIC:
            raise ValueError(f"no Cyrillic letter for {letter!r} in {word!r}")
        out.append(_CYRILLIC[letter])
        i += 1
    cyrillic = "".join(out)
    if kazakh:
        cyrillic = "".join(_KAZAKH_HABITS.get(c, c) for c in cyrillic)
    return cyrillic[:1].upper() + cyrillic[1:]


def uly_to_cyrillic(text: str, kazakh: bool = False) -> str:
    """Render ULY text in Uyghur Cyrillic; ``kazakh=True`` applies Kazakh spelling habits."""
    return " ".join(_word_to_cyrillic(word, kazakh) for word in text.split())


def uly_to_english(text: str) -> str:
    """The plain diaspora romanisation of a ULY name: diacritics dropped, x written h."""
    return "".join(_ENGLISH.get(c, c) for c in text)


def _convert_kazakh(text: str, table: dict[str, str]) -> str:
    words = []
    for word in text.split():
        latin = "".join(table.get(c, c) for c in word.lower())
        words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)


def kazakh_to_uly(text: str) -> str:
    """Read a Kazakh Cyrillic name into ULY letters, so that it can be rendered in Arabic script."""
    return _convert_kazakh(text, _KAZAKH_TO_ULY)


def kazakh_to_english(text: str) -> str:
    """Romanise a Kazakh Cyrillic name the way English-language testimonies usually do."""
    return _convert_kazakh(text, _KAZAKH_TO_ENGLISH)
