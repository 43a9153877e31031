"""Name cells that hold no name: a stand-in for a missing one, or letters of no script Unseen reads.

Two records whose "names" are both "unknown" must never be joined by them, and a score between two
such cells says nothing; linkage and pair scoring both treat them as no name.
"""

from __future__ import annotations

from unseen.ingest.missing import MISSING_WORDS
from unseen.names.scripts import SCRIPT_RUNS

__all__ = ["is_no_name", "is_placeholder_name", "is_unreadable_name"]

# What lists and testimonies write where the name is not known, in the sources' languages (compared
# casefolded, without spaces or punctuation): any stand-in for a missing value, and those only names
# have. A name without a single letter ("-", "?", "123") is read the same way. Two such records must
# never be joined by their "name".
_PLACEHOLDERS = (MISSING_WORDS - {"nil"}) | frozenset(  # Nil is a Turkish name
    {
        "noname", "unnamed", "anonymous", "anon", "namewithheld", "x", "xx", "xxx",  # X names a source
        "无名", "无名氏", "佚名", "某", "某某", "姓名不详", "неизвестный", "неизвестная", "атыбелгісіз",
        "isimsiz", "anonim",
    }
)
_LONGEST_PLACEHOLDER = 24  # characters, spaces and punctuation included


def is_placeholder_name(text: str) -> bool:
    """Whether a name cell holds a stand-in for a missing name ("unknown", "N/A", "未知", "-")."""
    if not any(c.isalpha() for c in text):
        return True
    if len(text) > _LONGEST_PLACEHOLDER:
        return False
    return "".join(c for c in text.casefold() if c.isalpha()) in _PLACEHOLDERS


def is_unreadable_name(text: str) -> bool:
    """Whether a name has letters but none in a script `unseen.names` reads (Georgian, Greek,
    Korean …): it has no keys, so it is treated as no name, never matched by its spelling."""
    return not text.isascii() and SCRIPT_RUNS.search(text) is None


def is_no_name(text: str) -> bool:
    """Whether a name cell is empty, a stand-in for a missing name, or unreadable: nothing to match."""
    return not text.strip() or is_placeholder_name(text) or is_unreadable_name(text)
