"""Rule-based script conversions for the noisy_records probe.

The internal base form of a Uyghur name is Uyghur Latin (ULY) in which "|" marks a
compound boundary (it blocks digraphs such as n|g and is where spaces get inserted).
Conversions: ULY -> Uyghur Arabic script, Uyghur/Kazakh/Russian-style Cyrillic, Turkish,
English-style Latin; Kazakh/Kyrgyz Cyrillic -> Latin (English, ULY-like, Turkish);
Chinese characters -> pinyin and pinyin -> ULY (for Han/Hui names in Uyghur script).
"""

from __future__ import annotations

import numpy as np

from .names import PALLADIUS, PINYIN

_DIGRAPHS = ("ch", "sh", "gh", "ng", "zh")
_VOWELS = frozenset("aeéiouöü")
_ULY_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzéöü")


def uly_tokens(word: str) -> list[str]:
    """Split a (lower-cased) ULY string into letters, digraphs, '|' and apostrophes."""
    s = word.lower()
    out: list[str] = []
    i = 0
    while i < len(s):
        two = s[i : i + 2]
        if two in _DIGRAPHS:
            out.append(two)
            i += 2
        else:
            out.append(s[i])
            i += 1
    return out


def plain(uly: str) -> str:
    """ULY display form: compound markers removed."""
    return uly.replace("|", "")


_AR = {
    "a": "ا", "e": "ە", "é": "ې", "i": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "b": "ب", "p": "پ",
    "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر", "z": "ز", "zh": "ژ", "s": "س",
    "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ", "l": "ل", "m": "م",
    "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي", "v": "ۋ", "c": "س",
}


def uly_to_arabic(text: str) -> str:
    """ULY (with optional '|') -> Uyghur Arabic script (UEY), hamza carrier on initial vowels."""
    out: list[str] = []
    start = True
    prev_vowel = False
    for tok in uly_tokens(text):
        if tok == "|":
            continue
        if tok in ("'", "’"):
            start = True
            continue
        if tok in _AR:
            ch = _AR[tok]
            is_vowel = tok in _VOWELS
            if is_vowel and (start or prev_vowel):
                ch = "ئ" + ch
            out.append(ch)
            start = False
            prev_vowel = is_vowel
        else:
            out.append(tok)
            start = True
            prev_vowel = False
    return "".join(out)

_CYR_UY = {
    "a": "а", "e": "ә", "é": "е", "i": "и", "o": "о", "u": "у", "ö": "ө", "ü": "ү", "b": "б", "p": "п",
    "t": "т", "j": "җ", "ch": "ч", "x": "х", "d": "д", "r": "р", "z": "з", "zh": "ж", "s": "с",
    "sh": "ш", "gh": "ғ", "f": "ф", "q": "қ", "k": "к", "g": "г", "ng": "ң", "l": "л", "m": "м",
    "n": "н", "h": "һ", "w": "в", "y": "й", "v": "в", "c": "с",
}
_CYR_KZ = dict(_CYR_UY, e="е", j="ж", h="х")
_CYR_RU = dict(_CYR_UY, e="е", j="дж", h="х", q="к", gh="г", ng="нг", ö="о", ü="ю", x="х")


def _cap_words(s: str, turkish: bool = False) -> str:
    out = []
    for w in s.split(" "):
        if not w:
            out.append(w)
            continue
        first = w[0]
        if turkish and first == "i":
            first = "İ"
        elif turkish and first == "ı":
            first = "I"
        else:
            first = first.upper()
        out.append(first + w[1:])
    return " ".join(out)


def uly_to_cyr(text: str, style: str = "uy") -> str:
    """ULY -> Cyrillic; style 'uy' (Uyghur Cyrillic), 'kz' (Kazakh usage) or 'ru' (Russian usage)."""
    table = {"uy": _CYR_UY, "kz": _CYR_KZ, "ru": _CYR_RU}[style]
    out: list[str] = []
    start = True
    for tok in uly_tokens(text):
        if tok in ("|", "'", "’"):
            continue
        if tok in table:
            ch = table[tok]
            if style == "ru" and start and tok == "e":
                ch = "э"
            out.append(ch)
            start = False
        else:
            out.append(tok)
            start = True
    s = "".join(out)
    if style != "uy":
        s = s.replace("йа", "я").replace("йу", "ю")
    return _cap_words(s)


_TR = {
    "é": "e", "j": "c", "ch": "ç", "x": "h", "zh": "j", "sh": "ş", "gh": "ğ", "q": "k", "w": "v",
}


def uly_to_turkish(text: str) -> str:
    """ULY -> Turkish orthography."""
    out: list[str] = []
    start = True
    for tok in uly_tokens(text):
        if tok in ("|", "'", "’"):
            continue
        ch = _TR.get(tok, tok)
        if start and ch == "ğ":
            ch = "g"
        out.append(ch)
        start = tok not in _ULY_LETTERS and tok not in _DIGRAPHS
    return _cap_words("".join(out), turkish=True)


def tr_upper(s: str) -> str:
    """Turkish-aware upper-casing (i -> İ, ı -> I)."""
    return s.replace("i", "İ").replace("ı", "I").upper()


def uly_to_english(text: str, rng: np.random.Generator) -> str:
    """ULY -> an English-style romanisation with randomly chosen conventions."""
    x = str(rng.choice(["kh", "h", "x"], p=[0.4, 0.45, 0.15]))
    q = str(rng.choice(["q", "k"], p=[0.4, 0.6]))
    gh = str(rng.choice(["gh", "g"], p=[0.6, 0.4]))
    oe = str(rng.choice(["o", "u", "ö"], p=[0.7, 0.2, 0.1]))
    ue = str(rng.choice(["u", "ü", "yu"], p=[0.8, 0.15, 0.05]))
    ee = str(rng.choice(["e", "é", "ë"], p=[0.88, 0.08, 0.04]))
    w = str(rng.choice(["w", "v"], p=[0.8, 0.2]))
    zh = str(rng.choice(["zh", "j"], p=[0.6, 0.4]))
    apos = str(rng.choice(["'", "", "''", "’"], p=[0.5, 0.35, 0.05, 0.1]))
    table = {"x": x, "q": q, "gh": gh, "ö": oe, "ü": ue, "é": ee, "w": w, "zh": zh, "'": apos, "|": ""}
    s = "".join(table.get(t, t) for t in uly_tokens(text))
    return _cap_words(s)


# --- Kazakh / Kyrgyz / Russian Cyrillic to Latin --------------------------------------------

_KZ_RUSSIANIZE = str.maketrans("әғқңөұүіһӘҒҚҢӨҰҮІҺ", "агкноууихАГКНОУУИХ")


def russianize(s: str) -> str:
    """Replace Kazakh-specific letters with their Russian look-alikes (Қ->К, Ұ->У, ...)."""
    return s.translate(_KZ_RUSSIANIZE)


_CYR_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ф": "f", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "һ": "h",
}


def cyr_to_latin(text: str, style: str, rng: np.random.Generator | None = None) -> str:
    """Cyrillic -> Latin.  style: 'en' (English, random conventions), 'uly' (ULY base), 'tr' (Turkish)."""

    def pick(opts: list[str], p: list[float]) -> str:
        if rng is None:
            return opts[0]
        return str(rng.choice(opts, p=p))

    if style == "uly":
        table = dict(
            _CYR_COMMON, ә="e", в="w", ғ="gh", ж="j", қ="q", ң="ng", ө="ö", ү="ü", х="x", ы="i",
            ц="s", щ="sh",
        )
    elif style == "tr":
        table = dict(
            _CYR_COMMON, ә=pick(["e", "a"], [0.7, 0.3]), ғ="ğ", ж="c", қ="k", ң="n", ө="ö", ү="ü",
            х="h", ы="ı", ч="ç", ш="ş", щ="ş",
        )
    else:
        table = dict(
            _CYR_COMMON, ә=pick(["a", "e"], [0.75, 0.25]), ғ=pick(["g", "gh"], [0.7, 0.3]),
            ж=pick(["zh", "j"], [0.75, 0.25]), қ=pick(["k", "q"], [0.8, 0.2]),
            ң=pick(["ng", "n"], [0.6, 0.4]), ө=pick(["o", "u"], [0.85, 0.15]), ү="u",
            х=pick(["kh", "h"], [0.6, 0.4]), ы=pick(["y", "i"], [0.7, 0.3]), й=pick(["y", "i"], [0.85, 0.15]),
        )
    initial_ye = style == "en" and pick(["ye", "e"], [0.4, 0.6]) == "ye"
    out: list[str] = []
    prev_letter = False
    low = text.lower()
    for i, ch in enumerate(low):
        if ch in table:
            lat = table[ch]
            if ch == "е" and not prev_letter and initial_ye:
                lat = "ye"
            if style == "uly" and ch == "н" and i + 1 < len(low) and low[i + 1] == "г":
                lat = "n|"
            if style == "uly" and ch == "у" and i > 0 and low[i - 1] in "аәеоөыі":
                lat = "w"
            if style == "tr" and not prev_letter and lat == "ğ":
                lat = "g"
            out.append(lat)
            prev_letter = True
        else:
            out.append(ch)
            prev_letter = False
    s = "".join(out)
    return _cap_words(s, turkish=style == "tr")


def cyr_to_uly(text: str) -> str:
    """Cyrillic name -> ULY-like base (used to derive Arabic-script and Uyghur-Latin forms)."""
    return cyr_to_latin(text, "uly")


# --- Chinese / pinyin ------------------------------------------------------------------------


def zh_syllables(zh: str) -> list[list[str]]:
    """Pinyin syllables of a Chinese name, grouped by '|' compound parts."""
    return [[PINYIN[c] for c in part] for part in zh.split("|")]


def pinyin_word(zh: str, apostrophe: bool = False, split: bool = False) -> str:
    """Pinyin of one Chinese name component, e.g. 吐尔逊 -> Tuerxun (Tu'erxun with apostrophe)."""
    parts = []
    for group in zh_syllables(zh):
        s = ""
        for syl in group:
            if s and apostrophe and syl[0] in "aoe":
                s += "'"
            s += syl
        parts.append(s.capitalize())
    if split:
        return " ".join(parts)
    return "".join(parts).capitalize()


_PY_FINALS = [
    ("ian", "iyen"), ("ie", "iye"), ("iu", "iyu"), ("ui", "uy"), ("ei", "éy"), ("ai", "ay"), ("ao", "aw"),
    ("ou", "ow"), ("ong", "ung"), ("uo", "o"), ("ua", "wa"), ("v", "ü"),
]


def pinyin_syllable_to_uly(syl: str) -> str:
    """Approximate Uyghur transcription of a Mandarin syllable (x->sh, q->ch, zh->j, h->x, ...)."""
    init = ""
    for cand in ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                 "r", "z", "c", "s", "y", "w"):
        if syl.startswith(cand):
            init = cand
            break
    fin = syl[len(init):]
    if init in ("j", "q", "x", "y") and fin.startswith("u"):
        fin = "ü" + fin[1:]
    for a, b in _PY_FINALS:
        if fin.endswith(a) or fin == a:
            fin = fin[: len(fin) - len(a)] + b
            break
    init_map = {"zh": "j", "x": "sh", "q": "ch", "c": "ts", "h": "x"}
    return init_map.get(init, init) + fin


def zh_to_uly(zh: str) -> str:
    """Chinese name component -> ULY with '|' between syllables."""
    return "|".join(pinyin_syllable_to_uly(s) for g in zh_syllables(zh) for s in g).capitalize()


def zh_to_palladius(zh: str) -> str:
    """Chinese name component -> Russian Palladius Cyrillic (Han/Hui names)."""
    return "".join(PALLADIUS[s] for g in zh_syllables(zh) for s in g).capitalize()
