"""Field codings seen in the wild: sex codes, date formats, ID numbers, typing slips."""

from __future__ import annotations

import datetime as dt

import numpy as np

from .hanzi import homophone

SEX_CODES: dict[str, tuple[str, str]] = {
    "zh": ("男", "女"),
    "M": ("M", "F"),
    "m": ("m", "f"),
    "male": ("male", "female"),
    "Male": ("Male", "Female"),
    "kk": ("Е", "Ә"),
    "kkw": ("ер", "әйел"),
    "ky": ("эр", "аял"),
    "ky2": ("эркек", "аял"),
    "tr": ("erkek", "kadın"),
    "tr2": ("E", "K"),
    "uly": ("er", "ayal"),
    "ug": ("ئەر", "ئايال"),
    "uyc": ("әр", "аял"),
    "ru": ("муж", "жен"),
    "ru2": ("М", "Ж"),
    "kkl": ("er", "äiel"),
}


def sex_code(sex: str, style: str) -> str:
    pair = SEX_CODES[style]
    return pair[0] if sex == "M" else pair[1]


def fmt_date(d: dt.date, fmt: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}",
        "ym": f"{y:04d}-{m:02d}",
        "y": f"{y:04d}",
        "dmy": f"{dd:02d}.{m:02d}.{y:04d}",
        "dmy_slash": f"{dd:02d}/{m:02d}/{y:04d}",
        "mdy": f"{m:02d}/{dd:02d}/{y:04d}",
        "zh": f"{y}年{m}月{dd}日",
        "zh_ym": f"{y}年{m}月",
        "zh_y": f"{y}年",
        "compact": f"{y:04d}{m:02d}{dd:02d}",
        "dot": f"{y:04d}.{m:02d}.{dd:02d}",
        "slash_ymd": f"{y}/{m}/{dd}",
        "circa": f"c. {y}",
        "q": f"{y}?",
        "born_in": f"born {y}",
        "y_ug": f"{y}-يىلى",
        "y_kk": f"{y} ж.",
        "y_ky": f"{y}-ж.",
        "y_tr": f"{y} doğumlu",
    }[fmt]


def remembered(d: dt.date, rng: np.random.Generator, p: float = 1.0) -> dt.date:
    """A date as a relative remembers it: sometimes a year off, day and month swapped, month wrong."""
    r = rng.random()
    if r < 0.08 * p:
        return _safe(d.year + (1 if rng.random() < 0.5 else -1), d.month, d.day)
    if r < 0.13 * p and d.day <= 12 and d.day != d.month:
        return _safe(d.year, d.day, d.month)
    if r < 0.17 * p:
        return _safe(d.year, int(rng.integers(1, 13)), d.day)
    return d


def _safe(y: int, m: int, d: int) -> dt.date:
    while True:
        try:
            return dt.date(y, m, d)
        except ValueError:
            d -= 1


def age_year(d: dt.date, report: dt.date) -> int:
    """Birth year back-computed from the age stated at report time (one year late if birthday not yet)."""
    age = report.year - d.year - (1 if (report.month, report.day) < (d.month, d.day) else 0)
    return report.year - age


# ---- ID numbers ----------------------------------------------------------------------------
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CHK = "10X98765432"


def check_digit(body17: str) -> str:
    return _CHK[sum(int(c) * w for c, w in zip(body17, _W, strict=True)) % 11]


def make_id(code: str, d: dt.date, sex: str, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (1 if sex == "M" else 0)
    body = f"{code}{d:%Y%m%d}{seq:03d}"
    return body + check_digit(body)


def id_typo(idn: str, rng: np.random.Generator) -> str:
    """One digit mistyped, or two neighbouring digits swapped."""
    k = int(rng.integers(len(idn) - 1))
    if rng.random() < 0.3 and idn[k] != idn[k + 1]:
        return idn[:k] + idn[k + 1] + idn[k] + idn[k + 2 :]
    k = int(rng.integers(len(idn)))
    new = str((int(idn[k]) + int(rng.integers(1, 10))) % 10) if idn[k].isdigit() else "1"
    return idn[:k] + new + idn[k + 1 :]


def old_id(idn: str) -> str:
    """The 15-digit ID issued before 1999: area code, YYMMDD, sequence, no check digit."""
    return idn[:6] + idn[8:14] + idn[14:17]


def masked_id(idn: str, rng: np.random.Generator) -> str:
    k = int(rng.integers(3))
    if k == 0:
        return idn[:6] + "********" + idn[14:]
    if k == 1:
        return idn[:10] + "****" + idn[14:]
    return idn[:14] + "****"


# ---- typing slips --------------------------------------------------------------------------
_CONFUSE = {
    "a": "e",
    "e": "a",
    "i": "y",
    "y": "i",
    "u": "o",
    "o": "u",
    "k": "q",
    "q": "k",
    "s": "z",
    "z": "s",
    "h": "x",
    "x": "h",
    "ä": "a",
    "ü": "u",
    "ö": "o",
    "é": "e",
    "ı": "i",
    "а": "ә",
    "ә": "а",
    "е": "э",
    "э": "е",
    "и": "ы",
    "ы": "и",
    "і": "и",
    "у": "ұ",
    "ұ": "у",
    "ү": "у",
    "к": "қ",
    "қ": "к",
    "г": "ғ",
    "ғ": "г",
    "н": "ң",
    "ң": "н",
    "о": "ө",
    "ө": "о",
    "ە": "ې",
    "ې": "ى",
    "ى": "ې",
    "ۇ": "ۈ",
    "ۈ": "ۇ",
    "و": "ۇ",
    "ق": "ك",
    "ك": "ق",
    "س": "ش",
}


def typo(s: str, rng: np.random.Generator) -> str:
    """Drop, double, swap or confuse one letter (Chinese: a homophone or a dropped character)."""
    idx = [k for k, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    if any("\u4e00" <= c <= "\u9fff" for c in s):
        k = idx[int(rng.integers(len(idx)))]
        if rng.random() < 0.7:
            return s[:k] + homophone(s[k], rng) + s[k + 1 :]
        return s[:k] + s[k + 1 :]
    k = idx[int(rng.integers(1, len(idx)))]
    op = int(rng.integers(4))
    if op == 0:
        return s[:k] + s[k + 1 :]
    if op == 1:
        return s[:k] + s[k] + s[k:]
    if op == 2 and k + 1 < len(s) and s[k + 1].isalpha():
        return s[:k] + s[k + 1] + s[k] + s[k + 2 :]
    low = s[k].lower()
    if low in _CONFUSE:
        rep = _CONFUSE[low]
        return s[:k] + (rep.upper() if s[k].isupper() else rep) + s[k + 1 :]
    return s[:k] + s[k + 1 :]
