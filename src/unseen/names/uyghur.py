"""The three standard Uyghur alphabets, and Kazakh/Kyrgyz Cyrillic, as deterministic tables.

Uyghur Latin (ULY), Uyghur Arabic script (UEY) and Uyghur Cyrillic (USY) spell the same 32 sounds
letter for letter, so conversion is a table walk. ULY is the hub every other reading goes through.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ULY_LETTERS",
    "arabic_to_latin",
    "cyrillic_is_uyghur",
    "cyrillic_to_latin",
    "is_arabic_spelling",
    "latin_to_arabic",
    "latin_to_cyrillic",
    "uly_letters",
]

# ULY letter -> (Arabic script, Uyghur Cyrillic)
_ALPHABET: dict[str, tuple[str, str]] = {
    "a": ("ا", "а"), "e": ("ە", "ә"), "b": ("ب", "б"), "p": ("پ", "п"), "t": ("ت", "т"),
    "j": ("ج", "җ"), "ch": ("چ", "ч"), "x": ("خ", "х"), "d": ("د", "д"), "r": ("ر", "р"),
    "z": ("ز", "з"), "zh": ("ژ", "ж"), "s": ("س", "с"), "sh": ("ش", "ш"), "gh": ("غ", "ғ"),
    "f": ("ف", "ф"), "q": ("ق", "қ"), "k": ("ك", "к"), "g": ("گ", "г"), "ng": ("ڭ", "ң"),
    "l": ("ل", "л"), "m": ("م", "м"), "n": ("ن", "н"), "h": ("ھ", "һ"), "o": ("و", "о"),
    "u": ("ۇ", "у"), "ö": ("ۆ", "ө"), "ü": ("ۈ", "ү"), "w": ("ۋ", "в"), "é": ("ې", "е"),
    "i": ("ى", "и"), "y": ("ي", "й"),
}
ULY_LETTERS = tuple(_ALPHABET)
_VOWELS = frozenset("aeéiouöü")
_DIGRAPH_FIRST = frozenset("cszgn")
_DIGRAPHS = frozenset(("ch", "sh", "zh", "gh", "ng"))
_HAMZA = "ئ"

_AR_TO_LAT = {ar: lat for lat, (ar, _) in _ALPHABET.items()}
# Letters of Arabic (and Persian) spelling that Uyghur script does not use, as the Uyghur sounds they
# stand for: Arabic-language media write عثمان, محمد, صادق, طاهر where Uyghur writes ئوسمان, مۇھەممەد.
_AR_TO_LAT.update({"ث": "s", "ح": "h", "ذ": "z", "ص": "s", "ض": "z", "ط": "t", "ظ": "z"})
_ARABIC_ONLY = frozenset("ثحذصضطظع")
_AIN = "ع"  # a vowel's carrier at the start of a word (عمر, عالم, علي), silent inside it
_AR_LONG_VOWELS = {"ا": "a", "ي": "i", "ى": "i", "و": "u"}
_CY_TO_LAT = {cy: lat for lat, (_, cy) in _ALPHABET.items()}
_CY_TO_LAT.update({"я": "ya", "ю": "yu", "ё": "yo"})
# Kazakh and Kyrgyz Cyrillic (and Russian spellings): е is plain e there, not Uyghur é.
_KK_TO_LAT = dict(_CY_TO_LAT)
_KK_TO_LAT.update({
    "е": "e", "ж": "j", "в": "w", "ы": "i", "і": "i", "ұ": "u", "э": "e", "ц": "ts",
    "щ": "shch", "ъ": "", "ь": "", "ё": "yo",
    "ў": "o",  # Uzbek Cyrillic (Ўткир, Хўтан), as Uzbek Latin writes it o'
})
_KK_MARKERS = frozenset("іұыэцщъьёў")
_UY_MARKERS = frozenset("җһ")


def uly_letters(word: str) -> list[str]:
    """Split a ULY word into letters; an apostrophe keeps n'g, s'h apart and is dropped."""
    out: list[str] = []
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if ch == "'":
            out.append("'")
            i += 1
            continue
        if ch in _DIGRAPH_FIRST and word[i : i + 2] in _DIGRAPHS:
            out.append(word[i : i + 2])
            i += 2
            continue
        out.append(ch)
        i += 1
    return out


def _latin_word_to_arabic(word: str) -> str:
    out: list[str] = []
    prev = ""
    for letter in uly_letters(word):
        if letter == "'":
            prev = "'"
            continue
        if letter in _VOWELS and (not out or prev in _VOWELS or prev == "'"):
            out.append(_HAMZA)
        out.append(_ALPHABET[letter][0] if letter in _ALPHABET else letter)
        prev = letter
    return "".join(out)


@lru_cache(maxsize=65536)
def latin_to_arabic(text: str) -> str:
    """ULY to Uyghur Arabic script; a vowel starting a syllable gets its hamza carrier."""
    return " ".join(_latin_word_to_arabic(w) for w in text.split())


def _join_latin(letters: list[str]) -> str:
    """Join ULY letters, adding the apostrophe where two letters would read as a digraph."""
    out = ""
    for letter in letters:
        if not letter:
            continue
        if out and (out[-1] + letter[0]) in _DIGRAPHS:
            out += "'"
        out += letter
    return out


# Letters only Uyghur script writes: its own vowels (e as ە, not Arabic's ة or ه), h as ھ, ng, w.
_UYGHUR_ONLY = frozenset("ېۇۆۈڭۋەھ")
_UYGHUR_I = "ى"  # Uyghur i anywhere; Arabic alif maqsura only at a word's end (موسى, عيسى)
# Gül-, the commonest start of a Uyghur woman's name, as Arabic spelling writes it without a g: جول or
# جل before a consonant (جلال Jalal, جمال Jamal, جومه Jume keep their j).
_ARABIC_GUL = re.compile("^جو?ل[^اويى]")


def is_arabic_spelling(text: str) -> bool:
    """Whether a name in Arabic script, as written (before `clean_words` reads ة and ه as Uyghur ە),
    is spelt as Arabic writes names (short vowels left out, ئ only inside a word) rather than in
    Uyghur's own script, which writes every vowel: no word has a letter only Uyghur uses, an i inside
    it, or a first vowel on ئ."""
    words = unicodedata.normalize("NFKC", text).split()
    for word in words:
        if not _UYGHUR_ONLY.isdisjoint(word) or _UYGHUR_I in word[:-1] or word.startswith(_HAMZA):
            return False
    return any("\u0620" <= c <= "\u064a" for word in words for c in word)


def _arabic_word_to_latin(word: str, arabic_spelling: bool = False) -> str:
    letters: list[str] = []
    # Arabic rather than Uyghur spelling: the whole name says so (`is_arabic_spelling`), or a letter
    # Uyghur does not use, or a bare alif or ʿayn where Uyghur writes a word's first vowel on a hamza
    # (ئا). There a final ي is the long vowel of ʿAlī.
    arabic_letters = word[:1] in ("ا", _AIN) or not _ARABIC_ONLY.isdisjoint(word)
    arabic = arabic_spelling or arabic_letters
    final_i = arabic and len(word) > 2 and word.endswith("ي") and word[-2] not in _AR_LONG_VOWELS
    if final_i:
        word = word[:-1]
    if word.startswith(_AIN):  # Arabic spelling: ʿAlim, ʿĪsā, ʿUmar; the vowel after ʿayn is unwritten
        long_vowel = _AR_LONG_VOWELS.get(word[1:2])
        word = word[2:] if long_vowel else word[1:]
        letters.append(long_vowel or "a")
    if arabic_spelling and _ARABIC_GUL.match(word):  # Arabic has no g: جولنار, جلنيسة are Gülnar, Gülnisa
        letters.append("g")
        word = word[1:]
    if arabic and word.startswith("او") and len(word) > 2:  # a first long u or o: أوبول Obul, أومر
        letters.append("u")
        word = word[2:]
    # Arabic spelling writes ch as tsh, and Tash- (تشبولات Tashpolat) as well where it drops the
    # short vowel: only a word that is Arabic by its own letters is read with ch.
    if "تش" in word and arabic_letters:
        word = word.replace("تش", "چ")  # (جولتشيحرة, Gülchéhre); Uyghur's own ت ش stay two letters
    for i, ch in enumerate(word):
        if ch == _HAMZA:
            nxt = word[i + 1 : i + 2]
            if letters and nxt and _AR_TO_LAT.get(nxt, "") in _VOWELS and letters[-1] not in _VOWELS:
                letters.append("'")  # syllable break after a consonant: mes'ul
            elif letters and letters[-1] in _VOWELS and _AR_TO_LAT.get(nxt, "a") not in _VOWELS:
                letters.append("y")  # Arabic spelling's hamza before a consonant: عائشة ʿĀʾisha, Ayshe
            elif not letters and nxt and _AR_TO_LAT.get(nxt, "a") not in _VOWELS:
                letters.append("i")  # a first vowel left out after its hamza (ئسىمايىل): i, the commonest
            continue
        letters.append(_AR_TO_LAT.get(ch, ch if ch.isascii() else ""))
    if final_i:
        letters.append("i")
    letters = [x for x in letters if x]
    if arabic_spelling:
        letters = _short_vowels_kept_apart(letters)
    return _join_latin(letters)


def _short_vowels_kept_apart(letters: list[str]) -> list[str]:
    """Arabic spelling's letters where what it leaves unwritten would change a name's key: the vowel
    after a first h or x (حسن Hasan, خديجة Xadiche: Latin and Uyghur write it, and the key keeps a
    first vowel), and و after a long a, which is the consonant w (داولت Dawlet)."""
    if len(letters) > 1 and letters[0] in ("h", "x") and letters[1] not in _VOWELS and letters[1] != "y":
        letters = [letters[0], "a", *letters[1:]]
    return [
        "w" if x == "o" and 0 < i < len(letters) - 1 and letters[i - 1] == "a" else x
        for i, x in enumerate(letters)
    ]


@lru_cache(maxsize=65536)
def arabic_to_latin(text: str, arabic_spelling: bool = False) -> str:
    """Uyghur Arabic script to ULY; letters outside the alphabet are dropped. With `arabic_spelling`
    (see `is_arabic_spelling`), every word is read as Arabic writes it."""
    return " ".join(w for w in (_arabic_word_to_latin(w, arabic_spelling) for w in text.split()) if w)


def _latin_word_to_cyrillic(word: str) -> str:
    letters = [x for x in uly_letters(word) if x != "'"]
    out: list[str] = []
    i = 0
    while i < len(letters):
        pair = letters[i] + (letters[i + 1] if i + 1 < len(letters) else "")
        if pair in ("ya", "yu"):
            out.append("я" if pair == "ya" else "ю")
            i += 2
            continue
        out.append(_ALPHABET[letters[i]][1] if letters[i] in _ALPHABET else letters[i])
        i += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def latin_to_cyrillic(text: str) -> str:
    """ULY to Uyghur Cyrillic (я and ю for ya and yu)."""
    return " ".join(_latin_word_to_cyrillic(w) for w in text.split())


def cyrillic_is_uyghur(text: str) -> bool:
    """Whether Cyrillic text is Uyghur Cyrillic (ә җ һ, none of і ұ ы э ...) rather than Kazakh or Kyrgyz."""
    chars = set(text)
    return not (chars & _KK_MARKERS) and bool(chars & (_UY_MARKERS | {"ә"}))


@lru_cache(maxsize=65536)
def cyrillic_to_latin(text: str, uyghur: bool | None = None) -> str:
    """Uyghur, Kazakh or Kyrgyz Cyrillic to ULY letters.

    Uyghur Cyrillic writes é as е and e as ә; Kazakh, Kyrgyz and Russian write e as е. Text with
    a letter only those alphabets use, or with no ә, җ or һ at all, is read the Kazakh way, unless
    ``uyghur`` says which (the caller may decide on the whole name rather than one word). Russian
    has no letter for j and writes дж (Джума, Ниджат), so дж is read as j whichever way.
    """
    if uyghur is None:
        uyghur = cyrillic_is_uyghur(text)
    table = _CY_TO_LAT if uyghur else _KK_TO_LAT
    if "дж" in text:
        text = text.replace("дж", "җ")
    words = (_join_latin([table.get(c, c if c.isascii() else "") for c in w]) for w in text.split())
    return " ".join(w for w in words if w)
