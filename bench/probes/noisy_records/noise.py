"""Clerical, keyboard and OCR noise operators, date formats and Chinese ID numbers."""

from __future__ import annotations

import datetime as dt

import numpy as np

from .names import ZH_CONFUSIONS


def _adjacency(rows: list[str]) -> dict[str, str]:
    adj: dict[str, str] = {}
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            near = []
            for rr in (r - 1, r, r + 1):
                if 0 <= rr < len(rows):
                    for j in (i - 1, i, i + 1):
                        if (rr, j) != (r, i) and 0 <= j < len(rows[rr]):
                            near.append(rows[rr][j])
            adj[ch] = "".join(near)
    return adj


QWERTY = _adjacency(["qwertyuiop", "asdfghjkl", "zxcvbnm"])
JCUKEN = _adjacency(["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"])


def _letter_positions(s: str) -> list[int]:
    return [i for i, c in enumerate(s) if c.isalpha()]


def keyboard_typo(s: str, rng: np.random.Generator, layout: str = "latin") -> str:
    """One keyboard slip: adjacent-key substitution, dropped, doubled or transposed letter."""
    pos = _letter_positions(s)
    if len(pos) < 4:
        return s
    adj = QWERTY if layout == "latin" else JCUKEN
    op = int(rng.choice(4, p=[0.35, 0.25, 0.2, 0.2]))
    i = pos[int(rng.integers(1, len(pos)))] if len(pos) > 1 else pos[0]
    if op == 0:
        c = s[i]
        near = adj.get(c.lower(), "")
        if near:
            r = near[int(rng.integers(len(near)))]
            r = r.upper() if c.isupper() else r
            return s[:i] + r + s[i + 1 :]
        op = 1
    if op == 1:
        return s[:i] + s[i + 1 :]
    if op == 2:
        return s[: i + 1] + s[i] + s[i + 1 :]
    pairs = [p for p in pos if p + 1 < len(s) and s[p + 1].isalpha() and s[p] != s[p + 1]]
    if not pairs:
        return s
    j = pairs[int(rng.integers(len(pairs)))]
    return s[:j] + s[j + 1] + s[j] + s[j + 2 :]


OCR_LATIN: list[tuple[str, str]] = [
    ("rn", "m"), ("m", "rn"), ("l", "1"), ("l", "I"), ("I", "l"), ("i", "l"), ("I", "1"), ("O", "0"),
    ("o", "0"), ("cl", "d"), ("d", "cl"), ("ii", "u"), ("u", "ii"), ("e", "c"), ("h", "b"), ("n", "ri"),
    ("S", "5"), ("B", "8"), ("a", "o"), ("w", "vv"), ("t", "f"), ("U", "II"), ("M", "IVI"), ("N", "IN"),
    ("E", "F"), ("H", "II"), ("Y", "V"),
]
OCR_DIGITS: list[tuple[str, str]] = [
    ("0", "O"), ("0", "D"), ("1", "l"), ("1", "I"), ("5", "S"), ("8", "B"), ("6", "b"), ("2", "Z"),
    ("3", "8"), ("9", "g"), ("7", "1"), ("4", "A"),
]
OCR_CYR: list[tuple[str, str]] = [
    ("и", "н"), ("н", "и"), ("ш", "щ"), ("щ", "ш"), ("п", "н"), ("б", "6"), ("З", "3"), ("О", "0"),
    ("ь", "ъ"), ("л", "п"), ("ы", "ьі"), ("И", "Н"), ("Н", "И"), ("Ш", "Щ"), ("е", "ё"), ("т", "г"),
]


def ocr_confuse(s: str, rng: np.random.Generator, table: list[tuple[str, str]]) -> str:
    """Apply one OCR confusion from ``table`` at a random applicable position."""
    cands: list[tuple[int, str, str]] = []
    for a, b in table:
        start = s.find(a)
        while start >= 0:
            cands.append((start, a, b))
            start = s.find(a, start + 1)
    if not cands:
        return s
    i, a, b = cands[int(rng.integers(len(cands)))]
    return s[:i] + b + s[i + len(a) :]


_AR_DOT_GROUPS: list[str] = ["تثنبيپ", "ىي", "ەهة", "جچخح", "رزژ", "سش", "فق", "ۇۆۈۋو", "كگڭ", "دذ", "ھه"]


def arabic_dot_error(s: str, rng: np.random.Generator) -> str:
    """Arabic-script dot / shape confusion (ت/ث/ن/ب/ي, ى/ي, ە/ه/ة ...) or a dropped hamza."""
    if "ئ" in s and rng.random() < 0.2:
        idx = [i for i, c in enumerate(s) if c == "ئ"]
        i = idx[int(rng.integers(len(idx)))]
        return s[:i] + s[i + 1 :]
    cands = [(i, g) for i, c in enumerate(s) for g in _AR_DOT_GROUPS if c in g]
    if not cands:
        return s
    i, g = cands[int(rng.integers(len(cands)))]
    others = [c for c in g if c != s[i]]
    return s[:i] + others[int(rng.integers(len(others)))] + s[i + 1 :]


def zh_confuse(s: str, rng: np.random.Generator) -> str:
    """Replace one character by a homophone or look-alike (买/麦/迈, 提/题, 尔/儿, 江/疆 ...)."""
    idx = [i for i, c in enumerate(s) if c in ZH_CONFUSIONS]
    if not idx:
        return s
    i = idx[int(rng.integers(len(idx)))]
    alts = ZH_CONFUSIONS[s[i]]
    return s[:i] + alts[int(rng.integers(len(alts)))] + s[i + 1 :]


_DIACRITICS = str.maketrans("üÜöÖşŞçÇğĞıİéÉëËâäÄ", "uUoOsScCgGiIeEeEaaA")


def strip_diacritics(s: str) -> str:
    return s.translate(_DIACRITICS)


_EASTERN_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def eastern_digits(s: str) -> str:
    return s.translate(_EASTERN_DIGITS)


def truncate(s: str, n: int, rng: np.random.Generator) -> str:
    """Cut at a field length; sometimes marked with an ellipsis."""
    if len(s) <= n:
        return s
    r = rng.random()
    if r < 0.15:
        return s[: n - 1] + "…"
    if r < 0.25:
        return s[: n - 3] + "..."
    return s[:n].rstrip()


# --- dates -----------------------------------------------------------------------------------

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

FULL_FORMATS = {
    "iso": "{y:04d}-{m:02d}-{d:02d}",
    "dmy_dot": "{d:02d}.{m:02d}.{y:04d}",
    "dmy_dot_np": "{d}.{m}.{y:04d}",
    "dmy_slash": "{d:02d}/{m:02d}/{y:04d}",
    "mdy_slash": "{m:02d}/{d:02d}/{y:04d}",
    "mdy_np": "{m}/{d}/{y:04d}",
    "zh": "{y}年{m}月{d}日",
    "compact": "{y:04d}{m:02d}{d:02d}",
    "ymd_dot": "{y:04d}.{m:02d}.{d:02d}",
    "ymd_slash": "{y:04d}/{m}/{d}",
    "en_text": "{d} {mon} {y:04d}",
}
YM_FORMATS = {
    "iso": "{y:04d}-{m:02d}",
    "my_dot": "{m:02d}.{y:04d}",
    "my_slash": "{m:02d}/{y:04d}",
    "zh": "{y}年{m}月",
    "en_text": "{mon} {y:04d}",
}


def fmt_full(y: int, m: int, d: int, fmt: str) -> str:
    return FULL_FORMATS[fmt].format(y=y, m=m, d=d, mon=MONTHS_EN[m - 1])


def fmt_ym(y: int, m: int, fmt: str) -> str:
    return YM_FORMATS[fmt].format(y=y, m=m, mon=MONTHS_EN[m - 1])


def year_typo(y: int, rng: np.random.Generator) -> int:
    """1978 -> 1987 (swapped last digits) or one digit off (1978 -> 1979 / 1968)."""
    s = f"{y:04d}"
    swapped = s[:2] + s[3] + s[2]
    if rng.random() < 0.55 and s[2] != s[3] and 1925 <= int(swapped) <= 2010:
        s = swapped
    else:
        pos = int(rng.choice([2, 3], p=[0.4, 0.6]))
        dlt = int(rng.choice([-1, 1]))
        s = s[:pos] + str((int(s[pos]) + dlt) % 10) + s[pos + 1 :]
    return int(s)


def age_year(dob: dt.date, ref_year: int, rng: np.random.Generator) -> int:
    """Birth year recomputed from a stated age: interview date minus age (often off by one)."""
    ref = dt.date(ref_year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    if rng.random() < 0.2:
        age += int(rng.choice([-1, 1]))
    return ref_year - age


# --- Chinese resident ID numbers ------------------------------------------------------------

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of an 18-digit resident ID."""
    total = sum(int(c) * w for c, w in zip(first17, _W, strict=True))
    return "10X98765432"[total % 11]


def make_id(area: str, dob: dt.date, sex: str, rng: np.random.Generator) -> str:
    seq2 = int(rng.integers(0, 100))
    last = int(rng.choice([1, 3, 5, 7, 9])) if sex == "M" else int(rng.choice([0, 2, 4, 6, 8]))
    body = f"{area}{dob:%Y%m%d}{seq2:02d}{last}"
    return body + id_check_char(body)


def id_typo(s: str, rng: np.random.Generator) -> str:
    """One digit changed or two adjacent digits transposed (check character no longer matches)."""
    i = int(rng.integers(0, 17))
    if rng.random() < 0.6:
        return s[:i] + str((int(s[i]) + int(rng.integers(1, 10))) % 10) + s[i + 1 :]
    if s[i] == s[i + 1] or i == 16:
        i = max(0, i - 1)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def id_spaced(s: str, rng: np.random.Generator) -> str:
    if rng.random() < 0.5:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def id_old15(s: str) -> str:
    """Old first-generation 15-digit form: 6 area + YYMMDD + 3 sequence."""
    return s[:6] + s[8:14] + s[14:17]
