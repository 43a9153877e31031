"""Synthetic Chinese resident ID numbers (GB 11643): region, birth date, sequence, check character.

The 18th character is the ISO 7064 MOD 11-2 check over the first 17 digits. Every number this
generator emits carries a valid check character; the birth date inside it (digits 7-14) is the
person's true birth date, which lets tests and the importer compare it with the stated one.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import numpy.typing as npt

__all__ = ["check_character", "id_numbers", "make_id_number"]

_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)], dtype=np.int64)
_CHECK = "10X98765432"


def check_character(first17: str) -> str:
    """The MOD 11-2 check character for a 17-digit string."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(int(d) * int(w) for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def make_id_number(region_code: str, birth: date, sequence: int) -> str:
    """One ID number; ``sequence`` (0-999) is odd for men and even for women by convention."""
    first17 = f"{region_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)


def id_numbers(
    region_codes: npt.NDArray[np.int64],
    birth_yyyymmdd: npt.NDArray[np.int64],
    sequences: npt.NDArray[np.int64],
) -> npt.NDArray[np.object_]:
    """Vectorised :func:`make_id_number` over integer arrays; returns an object array of str."""
    first17 = region_codes * 10**11 + birth_yyyymmdd * 10**3 + sequences
    digits = (first17[:, None] // 10 ** np.arange(16, -1, -1, dtype=np.int64)) % 10
    checks = np.array(list(_CHECK))[(digits @ _WEIGHTS) % 11]
    text = np.char.add(np.char.zfill(first17.astype(str), 17), checks)
    return text.astype(object)
