"""Cells that say a value is missing: "unknown", "N/A", "未知", "неизвестно", "-", "—".

Files read with every cell as text (as they must be, or IDs lose their leading zeros and X) keep these
stand-ins as strings. Read as values they are worse than nothing: two birthplaces "unknown" agree,
two IDs "N/A" are one ID, and a date "unknown" stops a run. They are read as empty instead.
"""

from __future__ import annotations

__all__ = ["MISSING_WORDS", "is_missing_value"]

# Compared casefolded with everything but letters removed ("N/A" is "na", "not known" is "notknown").
MISSING_WORDS = frozenset(
    {
        "unknown", "unk", "na", "nan", "none", "null", "nil", "notknown", "notavailable", "notapplicable",
        "unspecified", "notstated", "notgiven", "missing", "blank", "empty", "withheld", "redacted",
        "illegible", "tbd",
        "未知", "不详", "不明", "无", "暂无", "空",
        "неизвестно", "неизвестен", "неизвестна", "нет", "нетданных", "белгісіз", "жоқ",
        "نامەلۇم", "ئېنىقئەمەس", "يوق",
        "bilinmiyor", "bilinmeyen", "belirsiz", "yok", "namelum", "noma'lum", "nomalum", "eniqemes",
    }
)
_LONGEST = 24  # characters, spaces and punctuation included


def is_missing_value(text: str) -> bool:
    """Whether a cell holds a stand-in for a missing value: nothing but punctuation and spaces, or
    one of `MISSING_WORDS` however cased and punctuated. Anything with a digit is a value."""
    if not any(c.isalnum() for c in text):
        return True
    if len(text) > _LONGEST or any(c.isdigit() for c in text):
        return False
    return "".join(c for c in text.casefold() if c.isalpha()) in MISSING_WORDS
