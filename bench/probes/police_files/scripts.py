"""Script conversions between the spellings used by the simulated sources.

Pivot spelling is a ULY-like Latin phoneme string.  From it: Uyghur Arabic script (UEY, with
the keyboard slips seen in web texts), Uyghur Cyrillic as used in Kazakhstan, Turkish spelling,
and loose English spellings.  Kazakh/Kyrgyz Cyrillic names are converted to the pivot, to
Russian-keyboard Cyrillic, and to Latin in three styles (English/BGN-like, Kazakh Latin 2021,
plain).  Pinyin of Hui/Han names is converted to the pivot and to Palladius-like Cyrillic.
"""

from __future__ import annotations

import numpy as np

_DIG = ("ch", "sh", "zh", "gh", "ng")
_V = set("aeéioöuü")

_UG = {
    "a": "ا",
    "e": "ە",
    "b": "ب",
    "p": "پ",
    "t": "ت",
    "j": "ج",
    "ch": "چ",
    "x": "خ",
    "d": "د",
    "r": "ر",
    "z": "ز",
    "zh": "ژ",
    "s": "س",
    "sh": "ش",
    "gh": "غ",
    "f": "ف",
    "q": "ق",
    "k": "ك",
    "g": "گ",
    "ng": "ڭ",
    "l": "ل",
    "m": "م",
    "n": "ن",
    "h": "ھ",
    "o": "و",
    "u": "ۇ",
    "ö": "ۆ",
    "ü": "ۈ",
    "w": "ۋ",
    "v": "ۋ",
    "é": "ې",
    "i": "ى",
    "y": "ي",
    "c": "س",
}
_UYC = {
    "a": "а",
    "e": "ә",
    "b": "б",
    "p": "п",
    "t": "т",
    "j": "җ",
    "ch": "ч",
    "x": "х",
    "d": "д",
    "r": "р",
    "z": "з",
    "zh": "ж",
    "s": "с",
    "sh": "ш",
    "gh": "ғ",
    "f": "ф",
    "q": "қ",
    "k": "к",
    "g": "г",
    "ng": "ң",
    "l": "л",
    "m": "м",
    "n": "н",
    "h": "һ",
    "o": "о",
    "u": "у",
    "ö": "ө",
    "ü": "ү",
    "w": "в",
    "v": "в",
    "é": "е",
    "i": "и",
    "y": "й",
    "c": "ц",
}
_TR = {"x": "h", "gh": "ğ", "q": "k", "ch": "ç", "sh": "ş", "j": "c", "zh": "j", "w": "v", "é": "e"}


def _tokens(word: str) -> list[str]:
    w = word.lower()
    out: list[str] = []
    i = 0
    while i < len(w):
        if w[i : i + 2] in _DIG:
            out.append(w[i : i + 2])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


def cap(s: str, turkish: bool = False) -> str:
    """Upper-case the first letter only (Turkish: i -> İ)."""
    if not s:
        return s
    if turkish and s[0] == "i":
        return "İ" + s[1:]
    return s[0].upper() + s[1:]


def uly_to_ug(text: str) -> str:
    """ULY -> Uyghur Arabic script; a vowel at word start or after a vowel takes hamza (ئ)."""
    words = []
    for word in text.split(" "):
        out: list[str] = []
        prev_v = True
        for t in _tokens(word):
            if t == "'":
                continue
            if t in _UG:
                if t in _V and prev_v:
                    out.append("ئ")
                out.append(_UG[t])
                prev_v = t in _V
            else:
                out.append(t)
                prev_v = True
        words.append("".join(out))
    return " ".join(words)


def ug_noise(s: str, rng: np.random.Generator, p: float = 0.25) -> str:
    """Keyboard/orthography slips of web Uyghur: dropped hamza, ە/ې and ى/ي confusions, Persian kaf."""
    if rng.random() > p:
        return s
    kind = int(rng.integers(4))
    if kind == 0:
        return " ".join(w[1:] if w.startswith("ئ") and len(w) > 2 else w for w in s.split(" "))
    if kind == 1:
        return s.translate(str.maketrans({"ە": "ې", "ې": "ە"})) if rng.random() < 0.5 else s.replace("ې", "ە")
    if kind == 2:
        return s.replace("ى", "ي")
    return s.replace("ك", "ک").replace("ي", "ی")


def uly_to_uyc(text: str) -> str:
    words = []
    for word in text.split(" "):
        toks = _tokens(word)
        out: list[str] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "'":
                i += 1
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t == "y" and nxt in ("a", "u"):
                out.append("я" if nxt == "a" else "ю")
                i += 2
                continue
            out.append(_UYC.get(t, t))
            i += 1
        words.append("".join(out))
    return cap(" ".join(words))


def uly_to_tr(text: str) -> str:
    words = ["".join(_TR.get(t, t) for t in _tokens(w) if t != "'") for w in text.split(" ")]
    return cap(" ".join(words), turkish=True)


def uly_to_en(text: str, style: dict) -> str:
    """Loose English spelling; style keys: x, q, gh, oe, ue, w, e2a."""
    table = {
        "x": style.get("x", "kh"),
        "q": style.get("q", "q"),
        "gh": style.get("gh", "gh"),
        "é": "e",
        "ö": style.get("oe", "o"),
        "ü": style.get("ue", "u"),
        "w": style.get("w", "w"),
    }
    words = []
    for w in text.split(" "):
        s = "".join(table.get(t, t) for t in _tokens(w) if t != "'")
        if style.get("e2a") and s[:1] in "e" and len(s) > 3:
            s = "a" + s[1:]
        words.append(cap(s))
    return " ".join(words)


# ---- Cyrillic -------------------------------------------------------------------------------
_CYR_ULY = {
    "а": "a",
    "ә": "e",
    "б": "b",
    "в": "w",
    "г": "g",
    "ғ": "gh",
    "д": "d",
    "е": "é",
    "ё": "yo",
    "ж": "j",
    "җ": "j",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ng",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "ü",
    "ф": "f",
    "х": "x",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "i",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def cyr_to_uly(text: str) -> str:
    """Kazakh/Kyrgyz Cyrillic -> pivot phonemes (initial е is 'yé', у after a vowel is 'w')."""
    words = []
    for word in text.lower().split(" "):
        out: list[str] = []
        prev = ""
        for k, ch in enumerate(word):
            if ch == "е" and k == 0:
                out.append("yé")
            elif ch == "у" and prev in "аәеиоөұүыіэ" and prev:
                out.append("w")
            else:
                out.append(_CYR_ULY.get(ch, ch))
            prev = ch
        words.append("".join(out))
    return " ".join(words)


_RU = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "җ": "дж"}
_RU_CONS = set("бвгджзйклмнпрстфхцчшщ")


def russianize(text: str) -> str:
    """Kazakh/Uyghur Cyrillic typed on a Russian keyboard: Айгүл -> Айгуль, Қайрат -> Кайрат."""
    out = []
    for word in text.split(" "):
        w = word
        for pat in ("үл", "ұл", "юл"):
            k = w.lower().find(pat)
            while k >= 0:
                after = w[k + 2 : k + 3].lower()
                if after == "" or after in _RU_CONS:
                    w = w[: k + 2] + "ь" + w[k + 2 :]
                k = w.lower().find(pat, k + 1)
        chars = []
        for c in w:
            r = _RU.get(c.lower(), c.lower())
            chars.append(r[:1].upper() + r[1:] if c.isupper() else r)
        out.append("".join(chars))
    return " ".join(out)


def kk_to_ky(text: str) -> str:
    table = {
        "ә": "э",
        "ғ": "г",
        "қ": "к",
        "ұ": "у",
        "і": "и",
        "һ": "х",
        "Ә": "Э",
        "Ғ": "Г",
        "Қ": "К",
        "Ұ": "У",
        "І": "И",
        "Һ": "Х",
    }
    return "".join(table.get(c, c) for c in text)


_LAT = {
    "bgn": {
        "а": "a",
        "ә": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "ғ": "g",
        "д": "d",
        "е": "e",
        "ё": "yo",
        "ж": "zh",
        "җ": "j",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "қ": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "ң": "ng",
        "о": "o",
        "ө": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ұ": "u",
        "ү": "u",
        "ф": "f",
        "х": "kh",
        "һ": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "і": "i",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    "lat21": {
        "ә": "ä",
        "ғ": "ğ",
        "ж": "j",
        "й": "i",
        "қ": "q",
        "ң": "ñ",
        "ө": "ö",
        "ұ": "ū",
        "ү": "ü",
        "х": "h",
        "ш": "ş",
        "ы": "y",
        "і": "ı",
        "ю": "iu",
        "я": "ia",
        "ч": "ch",
        "у": "u",
    },
    "simple": {
        "ә": "e",
        "ғ": "gh",
        "қ": "q",
        "ж": "j",
        "х": "h",
        "ы": "i",
        "ң": "ng",
        "ө": "ö",
        "ү": "ü",
        "й": "i",
    },
}


def cyr_to_lat(text: str, style: str = "bgn") -> str:
    """Cyrillic (Kazakh, Kyrgyz, Uyghur, Russian letters) -> Latin in the given style."""
    base = _LAT["bgn"]
    table = {**base, **_LAT.get(style, {})}
    out: list[str] = []
    for k, ch in enumerate(text):
        low = ch.lower()
        if low in table:
            s = table[low]
            if low == "е" and style == "bgn" and (k == 0 or text[k - 1] == " "):
                s = "ye"
            if ch.isupper() and s:
                nxt_up = k + 1 < len(text) and text[k + 1].isupper()
                s = s.upper() if nxt_up else s[0].upper() + s[1:]
            out.append(s)
        else:
            out.append(ch)
    return "".join(out)


# ---- pinyin ---------------------------------------------------------------------------------
_PY_INI = [
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
]
_PY_ULY_INI = {"zh": "j", "ch": "ch", "sh": "sh", "x": "sh", "q": "ch", "j": "j", "c": "ts", "h": "x"}
_PY_ULY_FIN = [
    ("iang", "yang"),
    ("iong", "yung"),
    ("ian", "yen"),
    ("iao", "yaw"),
    ("ong", "ung"),
    ("eng", "éng"),
    ("ie", "yé"),
    ("iu", "yu"),
    ("ia", "ya"),
    ("ei", "éy"),
    ("ai", "ay"),
    ("ao", "aw"),
    ("ou", "ow"),
    ("ui", "uy"),
    ("uo", "o"),
    ("ua", "wa"),
    ("en", "én"),
]


def _split_py(syl: str) -> tuple[str, str]:
    for ini in _PY_INI:
        if syl.startswith(ini) and len(syl) > len(ini):
            return ini, syl[len(ini) :]
    return "", syl


def py_to_uly(syllables: list[str]) -> str:
    out = []
    for syl in syllables:
        ini, fin = _split_py(syl)
        u_ini = _PY_ULY_INI.get(ini, ini)
        for a, b in _PY_ULY_FIN:
            if fin.startswith(a):
                fin = b + fin[len(a) :]
                break
        else:
            if fin == "e":
                fin = "é"
        if u_ini == "y" and fin.startswith("y"):
            u_ini = ""
        out.append(u_ini + fin)
    return "".join(out)


_PAL_INI = {
    "b": "б",
    "p": "п",
    "m": "м",
    "f": "ф",
    "d": "д",
    "t": "т",
    "n": "н",
    "l": "л",
    "g": "г",
    "k": "к",
    "h": "х",
    "j": "цз",
    "q": "ц",
    "x": "с",
    "zh": "чж",
    "ch": "ч",
    "sh": "ш",
    "r": "ж",
    "z": "цз",
    "c": "ц",
    "s": "с",
    "": "",
}
_PAL_FIN = {
    "a": "а",
    "o": "о",
    "e": "э",
    "i": "и",
    "ai": "ай",
    "ei": "эй",
    "ao": "ао",
    "ou": "оу",
    "an": "ань",
    "en": "энь",
    "ang": "ан",
    "eng": "эн",
    "ong": "ун",
    "ia": "я",
    "ie": "е",
    "iao": "яо",
    "iu": "ю",
    "ian": "янь",
    "in": "инь",
    "iang": "ян",
    "ing": "ин",
    "iong": "юн",
    "u": "у",
    "ua": "уа",
    "uo": "о",
    "uai": "уай",
    "ui": "уй",
    "uan": "уань",
    "un": "унь",
    "uang": "уан",
    "ü": "юй",
    "üe": "юэ",
    "ün": "юнь",
    "üan": "юань",
    "er": "эр",
}
_PAL_Y = {
    "ya": "я",
    "ye": "е",
    "yao": "яо",
    "you": "ю",
    "yan": "янь",
    "yin": "инь",
    "yang": "ян",
    "ying": "ин",
    "yong": "юн",
    "yi": "и",
    "yu": "юй",
    "yue": "юэ",
    "yuan": "юань",
    "yun": "юнь",
}
_PAL_W = {
    "wa": "ва",
    "wo": "во",
    "wai": "вай",
    "wei": "вэй",
    "wan": "вань",
    "wen": "вэнь",
    "wang": "ван",
    "weng": "вэн",
    "wu": "у",
}


def py_to_ru(syllables: list[str]) -> str:
    out = []
    for syl in syllables:
        if syl in _PAL_Y:
            out.append(_PAL_Y[syl])
            continue
        if syl in _PAL_W:
            out.append(_PAL_W[syl])
            continue
        ini, fin = _split_py(syl)
        if ini in ("j", "q", "x") and fin.startswith("u"):
            fin = "ü" + fin[1:]
        f = _PAL_FIN.get(fin, fin)
        if fin == "i" and ini in ("z", "c", "s"):
            f = "ы"
        out.append(_PAL_INI.get(ini, ini) + f)
    return "".join(out)
