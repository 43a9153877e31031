"""Clean a name so that invisible and cosmetic differences disappear.

Sources type the same name with Arabic presentation forms, Persian letter variants, tatweel,
zero-width joiners, Cyrillic letters hidden in Latin words, Turkish dotted capitals and half a dozen
different middle dots. None of that is information about the person, so it is removed here, once,
before any reading of the name. The result keeps the script and the letters (é ö ü stay).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unseen.names.errors import check_text
from unseen.names.memo import Memo
from unseen.names.scripts import char_script

__all__ = ["MAX_NAME_CHARS", "clean_words", "normalize"]

#: Only this many characters of a name are read; no real name comes close, and it bounds the work.
MAX_NAME_CHARS = 512

_APOSTROPHES = "'’‘ʼʻ`´′ʹ"
_KEEP_PUNCT = {a: "'" for a in _APOSTROPHES}

# Letter variants that carry no information (mapped after lowercasing).
_LETTER_VARIANTS = {
    "ک": "ك", "ڪ": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ة": "ە",
    "ۀ": "ە", "ے": "ي", "ٸ": "ي", "ı": "i", "ҳ": "һ", "ӯ": "у", "ʻ": "'",
}


class _CleanTable(dict[int, str | None]):
    """``str.translate`` table that classifies each new character once and remembers it."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        out = _classify(ch)
        self[code] = out
        return out


def _classify(ch: str) -> str | None:
    if ch in _KEEP_PUNCT:
        return "'"
    if ch in _LETTER_VARIANTS:
        return _LETTER_VARIANTS[ch]
    if ch == "ـ":  # tatweel
        return None
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf", "Cs", "Co", "Cn"):
        return None  # harakat, combining dots, zero-width, bidi controls, surrogates
    if cat[0] in "LN":
        return ch
    return " "  # controls, spaces, middle dots, hyphens, underscores, other punctuation


_TABLE = _CleanTable()

_AR_VOWELS = "اەوۇۆۈېى"
_AR_LETTER = r"[\u0620-\u064A\u066E-\u06D5\u06FA-\u06FF]"
_HEH_FINAL = re.compile(r"\u0647(?!" + _AR_LETTER + ")")
_HEH_AFTER_CONSONANT = re.compile("(?<=[\u0628-\u0646\u067e\u0686\u0698\u06a9-\u06ad\u06af\u06be])\u0647")
# Presentation forms of heh: the isolated and final ones are Uyghur ە (e), the joining ones ھ (h).
_HEH_FORMS = str.maketrans({"\ufee9": "\u06d5", "\ufeea": "\u06d5", "\ufeeb": "\u06be", "\ufeec": "\u06be"})
_YEH_BEFORE_VOWEL = re.compile("\u06cc(?=[" + _AR_VOWELS + "])")
_YEH_INITIAL = re.compile(r"(?<!" + _AR_LETTER + ")\u06cc")

# Cyrillic look-alikes of Latin letters, and the reverse, for words that mix the two.
_CYR_TO_LAT = str.maketrans("аеорсухіјѕһԁԛԝӏкмтвн", "aeopcyxijshdqwlkmtbh")
_LAT_TO_CYR = str.maketrans("aeopcyxkmth", "аеорсухкмтһ")


def _fix_arabic(text: str) -> str:
    """Persian yeh and Arabic heh mean different Uyghur letters depending on position."""
    text = _HEH_FINAL.sub("\u06d5", text)
    text = _HEH_AFTER_CONSONANT.sub("\u06d5", text).replace("\u0647", "\u06be")
    text = _YEH_BEFORE_VOWEL.sub("\u064a", text)
    text = _YEH_INITIAL.sub("\u064a", text)
    return text.replace("\u06cc", "\u0649")


def _fix_lookalikes(word: str) -> str:
    """Fold the minority script of a Latin/Cyrillic mixed word into the majority one."""
    if word.isascii():
        return word
    scripts = [char_script(c) for c in word]
    lat, cyr = scripts.count("latin"), scripts.count("cyrillic")
    if not (lat and cyr):
        return word
    return word.translate(_CYR_TO_LAT if lat >= cyr else _LAT_TO_CYR)


def _drop_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)
    return text


def normalize(text: str) -> str:
    """NFKC, lowercase, letter variants unified, noise removed, separators as single spaces.

    Never raises on a string: empty or unusable text gives "". Raises :class:`NotTextError`
    for anything that is not a string.
    """
    return _normalize(check_text(text))


_ASCII_TABLE = {code: _classify(chr(code)) for code in range(128)}


@lru_cache(maxsize=262144)
def _normalize(text: str) -> str:
    return " ".join(clean_words(text))


# Two names typed without the space between them (MehmetArslan, AydosBöken): a capital after two
# small letters starts a word. Turkish, Kazakh and Russian capitals included.
_JOINED_WORDS = re.compile(
    r"(?<=[a-zà-ÿğışçöüəäöñа-яёөүұқңғһәі]{2})(?=[A-ZÀ-ÞĞİŞÇÖÜƏÄÑА-ЯЁӨҮҰҚҢҒҺӘІ])"
)
# Digits that text recognition reads inside a word of a scanned name (A8ULAITI, ZHU0HERE, AY1XIAMU):
# a digit between two letters is the letter it was mistaken for.
_SCANNED_LETTER = re.compile(r"(?<=[^\W\d_])[0158](?=[^\W\d_])")
_SCANNED_LETTERS = {"0": "o", "1": "i", "5": "s", "8": "b"}
_DIGIT = re.compile(r"\d")


def _scanned_letter(m: re.Match[str]) -> str:
    return _SCANNED_LETTERS[m.group()]


def clean_words(text: str) -> list[str]:
    """The words of :func:`normalize` (``text`` already checked to be a ``str``)."""
    text = text[:MAX_NAME_CHARS]
    if not text.islower() and not text.isupper():
        text = _JOINED_WORDS.sub(" ", text)
    if _DIGIT.search(text):
        text = _SCANNED_LETTER.sub(_scanned_letter, text)
    if text.isascii():  # most names: nothing to compose, no look-alikes, no surrogates
        words = [w.strip("'") for w in text.lower().translate(_ASCII_TABLE).split()]
        return [w for w in words if w]
    # Every step of the general case stays inside a whitespace-separated chunk, so each chunk is
    # cleaned once and remembered: a name never seen before is still made of words seen many times.
    return [w for chunk in text.split() for w in _CHUNKS[chunk]]


def _clean_chunk(chunk: str) -> tuple[str, ...]:
    """The clean words of one chunk of a name that has no whitespace in it."""
    chunk = _drop_surrogates(chunk)
    if not chunk.isascii():
        chunk = chunk.translate(_HEH_FORMS)
    chunk = unicodedata.normalize("NFKC", chunk).lower().translate(_TABLE)
    if "\u0647" in chunk or "\u06cc" in chunk:
        chunk = _fix_arabic(chunk)
    words = [_fix_lookalikes(w).strip("'") for w in chunk.split()]
    return tuple(w for w in words if w)


_CHUNKS = Memo(_clean_chunk)
