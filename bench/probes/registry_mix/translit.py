"""Hand-made transliteration rules for the registry_mix probe (written for this probe alone).

Uyghur Latin (ULY) is the pivot for Uyghur names: it is turned into Uyghur Arabic script, a Kazakh-style
Cyrillic spelling, English spellings and Turkish spellings.  Kazakh and Kyrgyz names are held in Cyrillic
and turned into ULY and into an English romanisation.  Chinese (Han and Hui) names are held in pinyin
syllables and turned into a Uyghur reading.
"""

from __future__ import annotations

import numpy as np

ULY_DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")
ULY_VOWELS = set("aeéioöuü")

ULY_TO_ARABIC: dict[str, str] = {
    "a": "ا", "e": "ە", "é": "ې", "i": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ",
    "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر", "z": "ز",
    "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ",
    "l": "ل", "m": "م", "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي", "v": "ۋ",
}

ULY_TO_CYR: dict[str, str] = {
    "a": "а", "e": "е", "é": "е", "o": "о", "u": "ұ", "ö": "ө", "ü": "ү",
    "b": "б", "p": "п", "t": "т", "j": "ж", "ch": "ч", "x": "х", "d": "д", "r": "р", "z": "з",
    "zh": "ж", "s": "с", "sh": "ш", "gh": "ғ", "f": "ф", "q": "қ", "k": "к", "g": "г", "ng": "ң",
    "l": "л", "m": "м", "n": "н", "h": "һ", "w": "у", "y": "й", "v": "в",
}

CYR_TO_ULY: dict[str, str] = {
    "а": "a", "ә": "e", "б": "b", "в": "w", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "ü", "ф": "f", "х": "x", "һ": "h", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
    "ы": "i", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

CYR_TO_LAT: dict[str, str] = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

TURKISH: dict[str, str] = {
    "sh": "ş", "ch": "ç", "gh": "ğ", "q": "k", "x": "h", "j": "c", "w": "v", "é": "e", "zh": "j",
}

BACK_VOWELS = set("aouаоұуы")


def uly_tokens(word: str) -> list[str]:
    """Split one lower-case ULY word into letters, digraphs counted as one."""
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in ULY_DIGRAPHS:
            out.append(pair)
            i += 2
        else:
            out.append(word[i])
            i += 1
    return out


def _words(text: str) -> list[str]:
    """Split on spaces and hyphens, keeping the separators as their own items."""
    out: list[str] = []
    cur = ""
    for ch in text:
        if ch in " -":
            if cur:
                out.append(cur)
            out.append(ch)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def uly_to_arabic(text: str) -> str:
    """ULY -> Uyghur Arabic script (hamza before word-initial vowels and vowel clusters)."""
    parts: list[str] = []
    for word in _words(text.lower().replace("'", "")):
        if word in " -":
            parts.append(word)
            continue
        prev_vowel = True  # a word-initial vowel takes a hamza
        buf = ""
        for tok in uly_tokens(word):
            if tok in ULY_VOWELS:
                buf += ("ئ" if prev_vowel else "") + ULY_TO_ARABIC[tok]
                prev_vowel = True
            else:
                buf += ULY_TO_ARABIC.get(tok, tok)
                prev_vowel = False
        parts.append(buf)
    return "".join(parts)


def uly_to_cyr(text: str) -> str:
    """ULY -> Kazakh-style Cyrillic (the first e becomes ә, i follows vowel harmony)."""
    parts: list[str] = []
    for word in _words(text.lower().replace("'", "")):
        if word in " -":
            parts.append(word)
            continue
        toks = uly_tokens(word)
        back = any(t in ("a", "o", "u") for t in toks)
        buf = ""
        seen_vowel = False
        for tok in toks:
            if tok == "i":
                buf += "ы" if back else "і"
            elif tok == "e" and not seen_vowel:
                buf += "ә"
            else:
                buf += ULY_TO_CYR.get(tok, tok)
            if tok in ULY_VOWELS:
                seen_vowel = True
        parts.append(buf[:1].upper() + buf[1:])
    return "".join(parts)


def cyr_to_uly(text: str) -> str:
    """Kazakh/Kyrgyz Cyrillic -> ULY (у after a vowel is w)."""
    out = ""
    prev = ""
    for ch in text:
        low = ch.lower()
        rep = "w" if low == "у" and prev and prev in "аәеиоөұүыіэ" else CYR_TO_ULY.get(low, low)
        if ch != low and rep:
            rep = rep[0].upper() + rep[1:]
        out += rep
        prev = low
    return out


def cyr_to_lat(text: str, zh: str = "zh") -> str:
    """Kazakh/Kyrgyz Cyrillic -> English romanisation; `zh` picks the spelling of ж."""
    out = ""
    for ch in text:
        low = ch.lower()
        rep = zh if low == "ж" else CYR_TO_LAT.get(low, low)
        if ch != low and rep:
            rep = rep[0].upper() + rep[1:]
        out += rep
    return out


def uly_to_english(word: str, rng: np.random.Generator) -> str:
    """One English-press spelling of a ULY word, drawn at random."""
    buf = ""
    for tok in uly_tokens(word.lower()):
        if tok == "q":
            buf += "k" if rng.random() < 0.7 else "q"
        elif tok == "x":
            buf += "kh" if rng.random() < 0.4 else "h"
        elif tok == "gh":
            buf += "gh" if rng.random() < 0.5 else "g"
        elif tok == "w":
            buf += "w" if rng.random() < 0.8 else "v"
        elif tok in ("é", "ö", "ü"):
            buf += {"é": "e", "ö": "o", "ü": "u"}[tok]
        else:
            buf += tok
    return buf[:1].upper() + buf[1:]


def uly_to_turkish(word: str) -> str:
    """Turkish-style spelling of a ULY word (ş, ç, ğ, c)."""
    buf = "".join(TURKISH.get(t, t) for t in uly_tokens(word.lower()))
    return buf[:1].upper() + buf[1:]


def strip_uly_diacritics(text: str) -> str:
    return text.replace("é", "e").replace("ö", "o").replace("ü", "u").replace("É", "E").replace(
        "Ö", "O").replace("Ü", "U")


PY_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
               "r", "z", "c", "s")
PY_INIT_TO_ULY = {"zh": "j", "q": "ch", "x": "sh", "h": "x", "c": "s"}
PY_FINAL_TO_ULY = {
    "ian": "yen", "iang": "yang", "iao": "yaw", "ie": "ye", "iu": "yu", "ia": "ya", "iong": "yung",
    "ong": "ung", "eng": "éng", "ai": "ay", "ei": "éy", "ao": "aw", "ou": "ow", "ui": "uy", "uo": "o",
    "uai": "uay", "v": "ü", "ü": "ü", "ue": "üe",
}
PY_WHOLE_TO_ULY = {"yan": "yen", "yu": "yü", "yuan": "yüen", "yue": "yüe", "yun": "yün"}


def pinyin_syllable_to_uly(syl: str) -> str:
    """One pinyin syllable (no tone) -> a Uyghur reading in ULY."""
    s = syl.lower()
    if s in PY_WHOLE_TO_ULY:
        return PY_WHOLE_TO_ULY[s]
    ini = next((i for i in PY_INITIALS if s.startswith(i)), "")
    fin = s[len(ini):]
    if ini in ("j", "q", "x") and fin.startswith("u"):
        fin = "ü" + fin[1:]
    return PY_INIT_TO_ULY.get(ini, ini) + PY_FINAL_TO_ULY.get(fin, fin)
