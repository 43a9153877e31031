"""A sound-aware edit distance between two part forms (see :mod:`unseen.names.keys`).

Plain edit distance treats every letter alike, but transcription does not: it adds and drops
vowels (a-bu-du-re-he-man), writes r as l (力夏提 Rishat), h as s or k (塔希尔 Tahir, 吐尔洪 Turghun)
or as 依 yi (热依木 Rehim), drops the y of a diphthong (开拉提 Qayrat) and a leading gh or q (吾拉木
Ghulam), and doubles or splits consonants. Those edits are cheap here; a different consonant is not.

Linkage compares hundreds of thousands of pairs, so the dynamic programme runs compiled (numba, on the
forms' ASCII bytes: about 1 µs against 10-25 µs in Python). numba is imported and the kernel compiled,
or loaded from numba's disk cache, on the first call, not at import. The plain-Python programme stays
as the reference the kernel is tested against, and for text outside ASCII.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

__all__ = ["form_distance", "python_form_distance"]

_VOWELS = frozenset("aue")
_CLOSE = {
    frozenset("au"): 0.5, frozenset("ae"): 0.1, frozenset("ue"): 0.5,  # vowel classes
    frozenset("RL"): 0.25,  # Chinese writes r as l: 力夏提 Rishat
    frozenset("HK"): 0.5,  # gh and q heard as h: 吐尔洪 Turghun
    frozenset("HS"): 0.5,  # pinyin xi is 希 hi or 西 shi
    frozenset("TS"): 0.8,
    frozenset("SJ"): 0.5, frozenset("KJ"): 0.6, frozenset("NM"): 0.5, frozenset("PW"): 0.5,
    frozenset("Ya"): 0.5, frozenset("Wu"): 0.5,  # glide and vowel: Ayigül / Aygül
    frozenset("YH"): 0.3,  # Chinese writes an h as 依 yi (热依木 Rehim) and hü as 玉 yü (玉山 Hüsen)
}
_INDEL = {"a": 0.25, "u": 0.3, "e": 0.8, "H": 0.25, "Y": 0.8, "W": 0.6}


_ALPHABET = "auePTKJSHLRMNYW"


def _sub(a: str, b: str) -> float:
    if a == b:
        return 0.0
    close = _CLOSE.get(frozenset((a, b)))
    if close is not None:
        return close
    return 1.6 if (a in _VOWELS) != (b in _VOWELS) else 1.0


# Substitution costs as one dict per letter, looked up once per row of the table.
_SUB_ROWS = {a: {b: _sub(a, b) for b in _ALPHABET} for a in _ALPHABET}


def _split_consonant(s: str, i: int) -> bool:
    """Whether ``s[i]`` repeats a consonant across a vowel (l-a-l in a-bu-du-li-la) or next to it (l-r)."""
    c = s[i]
    if c in "LR" and ((i > 0 and s[i - 1] in "LR") or (i + 1 < len(s) and s[i + 1] in "LR")):
        return True  # 迪勒拉巴 dil-la-ba for Dilraba
    if i > 1 and s[i - 2] == c and s[i - 1] in _VOWELS:
        return True
    return i + 2 < len(s) and s[i + 2] == c and s[i + 1] in _VOWELS


_DIPHTHONG_Y = 0.3
_WEAK_EDGE = 0.5


def _diphthong_y(s: str, i: int) -> bool:
    """Whether ``s[i]`` is a y after a vowel, inside the word: Chinese drops it from diphthongs (开拉提
    Qayrat, 凯赛尔 Qeyser, 麦尔别克 Meyrbek) and puts 依 yi between vowels where an h or nothing was
    (热依木 Rehim, 塔依尔 Tahir). A final y is a sound of its own (Tursunay)."""
    return 0 < i < len(s) - 1 and s[i - 1] in _VOWELS


def _weak_edge(s: str, i: int) -> bool:
    """Whether ``s[i]`` is a leading k before a vowel, which Chinese drops when it was gh or q (吾 or
    艾: 吾拉木 Ghulam, 艾尼 Gheni). (A final n that Chinese adds, 帕提曼 for Patime, is not made cheap:
    Abdurehim and Abdurahman would meet.)"""
    return s[i] == "K" and i == 0 and len(s) > 1 and s[1] in _VOWELS


def _indel(s: str, i: int) -> float:
    c = s[i]
    if c == "Y" and _diphthong_y(s, i):
        return _DIPHTHONG_Y
    cost = _INDEL.get(c, 0.35 if _split_consonant(s, i) else 1.0)
    return min(cost, _WEAK_EDGE) if _weak_edge(s, i) else cost


@lru_cache(maxsize=65536)
def _indels(s: str) -> tuple[float, ...]:
    """Cost of adding or dropping each letter: cheap for vowels, h, a diphthong's y and a consonant
    split by a filler."""
    return tuple(_indel(s, i) for i in range(len(s)))


def form_distance(a: str, b: str, limit: float = float("inf")) -> float:
    """Weighted edit distance between two forms, capped at ``limit`` (and stopping once it is reached).

    Forms are ASCII (see :func:`unseen.names.keys.uly_form`) and go to the compiled kernel; any other
    text takes the same dynamic programme in plain Python.
    """
    if a.isascii() and b.isascii():
        return float(_kernel()((a + b).encode("ascii"), len(a), float(limit)))
    return python_form_distance(a, b, limit)


def python_form_distance(a: str, b: str, limit: float = float("inf")) -> float:
    """:func:`form_distance` in plain Python: the reference the compiled kernel is tested against."""
    ins_b = _indels(b)
    prev = [0.0]
    for cost in ins_b:
        prev.append(prev[-1] + cost)
    for ca, del_a in zip(a, _indels(a), strict=True):
        row = _SUB_ROWS.get(ca) or {}
        cur = [prev[0] + del_a]
        for j, cb in enumerate(b):
            best = prev[j] + row.get(cb, 1.0)
            up = prev[j + 1] + del_a
            left = cur[j] + ins_b[j]
            if up < best:
                best = up
            if left < best:
                best = left
            cur.append(best)
        if min(cur) >= limit:
            return limit
        prev = cur
    return min(prev[-1], limit)


# The same costs as tables over ASCII codes, for the kernel: a substitution matrix (1.0 for any letter
# outside the alphabet, even against itself, as ``_SUB_ROWS`` has it), the fixed indel costs (-1 where the
# split-consonant rule decides), and the letter classes that rule reads.
_SUB_TABLE = np.ones((128, 128))
for _a, _row in _SUB_ROWS.items():
    for _b, _cost in _row.items():
        _SUB_TABLE[ord(_a), ord(_b)] = _cost
_INDEL_TABLE = np.full(128, -1.0)
for _c, _cost in _INDEL.items():
    _INDEL_TABLE[ord(_c)] = _cost
_IS_VOWEL = np.array([chr(i) in _VOWELS for i in range(128)])
_IS_LIQUID = np.array([chr(i) in "LR" for i in range(128)])
_Y, _K = ord("Y"), ord("K")


def _distance_kernel(ab: bytes, n: int, limit: float) -> float:
    """:func:`python_form_distance` of ``ab[:n]`` and ``ab[n:]`` (ASCII), for numba to compile."""
    total = len(ab)
    indel = np.empty(total)
    for k in range(total):
        lo, hi = (0, n) if k < n else (n, total)
        c = ab[k]
        cost = _INDEL_TABLE[c]
        if c == _Y and lo < k < hi - 1 and _IS_VOWEL[ab[k - 1]]:
            cost = _DIPHTHONG_Y  # as _diphthong_y
        elif cost < 0.0:
            liquids = _IS_LIQUID[c] and (
                (k > lo and _IS_LIQUID[ab[k - 1]]) or (k + 1 < hi and _IS_LIQUID[ab[k + 1]]))
            before = k - lo > 1 and ab[k - 2] == c and _IS_VOWEL[ab[k - 1]]
            after = k + 2 < hi and ab[k + 2] == c and _IS_VOWEL[ab[k + 1]]
            cost = 0.35 if liquids or before or after else 1.0  # as _split_consonant
        if c == _K and k == lo and k + 1 < hi and _IS_VOWEL[ab[k + 1]]:
            cost = min(cost, _WEAK_EDGE)  # as _weak_edge
        indel[k] = cost
    m = total - n
    prev = np.empty(m + 1)
    cur = np.empty(m + 1)
    prev[0] = 0.0
    for j in range(m):
        prev[j + 1] = prev[j] + indel[n + j]
    for i in range(n):
        ca, del_a = ab[i], indel[i]
        cur[0] = prev[0] + del_a
        low = cur[0]
        for j in range(m):
            best = prev[j] + _SUB_TABLE[ca, ab[n + j]]
            up = prev[j + 1] + del_a
            left = cur[j] + indel[n + j]
            if up < best:
                best = up
            if left < best:
                best = left
            cur[j + 1] = best
            if best < low:
                low = best
        if low >= limit:
            return limit
        prev, cur = cur, prev
    last = float(prev[m])
    return limit if limit < last else last


_COMPILED: list[Callable[[bytes, int, float], float]] = []


def _kernel() -> Callable[[bytes, int, float], float]:
    """The compiled kernel: numba is imported, and the kernel compiled or loaded from disk, on first use."""
    if not _COMPILED:
        from numba import njit

        _COMPILED.append(njit(cache=True, nogil=True)(_distance_kernel))
    return _COMPILED[0]
