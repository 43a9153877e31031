"""Split a full name into given name and father's name.

Uyghur names are the person's given name followed by the father's given name; siblings share the
second part. Sources reverse the order ("Eli, Memet"), write one part only, separate Chinese
transcriptions with a middle dot, and split or join compounds (Abdu Rehim / Abdurehim,
Tursun Gül / Tursungül). Parts are returned in ULY, compounds joined, Russian-style surname
endings (-ov, -eva, -uly) removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unseen.names.errors import check_text
from unseen.names.latin import latin_words
from unseen.names.memo import Memo
from unseen.names.normalize import normalize

__all__ = ["NameParts", "name_parts", "split_name"]

# Bound first halves: never a part on their own.
_PREFIXES = frozenset(("abdu", "abdul", "abd", "ebdu", "ebdul", "abdi", "ebdi", "abdur", "ebdur", "abu",
                       "ebu"))
# First halves that are also names: joined only when the name still keeps a father's part.
_SOFT_PREFIXES = frozenset(("muhemmed", "muhammed", "muhammad", "mohammed", "mohamed", "muhemmet",
                            "nur", "gül", "gul", "ay"))
# Second halves that attach to the part before them.
_SUFFIXES = frozenset(("jan", "jang", "gül", "gul", "nisa", "xan", "han", "khan", "hajim", "haji", "hajiim",
                       "bek", "beg", "axun", "ahun", "axunum", "niyaz", "bübi", "bibi", "xanim", "xenim"))
_SURNAME_END = re.compile(
    r"(?<=[a-zéöü]{3})([oeé]wich|[oeé]wna|[oeé]wa|[oeé]w|uly|ulï|oghli|ogli|qizi|kizi|kyzy)$"
)
_REVERSED = re.compile(r"^\s*([^,，、]+?)\s*[,，、]\s*([^,，、]+?)\s*$")


@dataclass(frozen=True)
class NameParts:
    """A name cut into parts: ``given`` first, ``father`` second ("" if absent), all in ULY."""

    given: str
    father: str
    parts: tuple[str, ...]


_COMPOUND_WORDS = _PREFIXES | _SOFT_PREFIXES | _SUFFIXES


def _join_compounds(words: tuple[str, ...]) -> tuple[str, ...]:
    if _COMPOUND_WORDS.isdisjoint(words):
        return words  # the common case: nothing to join
    out: list[str] = []
    pending = ""
    for i, w in enumerate(words):
        remaining = len(words) - i
        if not pending and (w in _PREFIXES or (w in _SOFT_PREFIXES and remaining > 2)) and remaining > 1:
            pending = w
            continue
        w = pending + w
        pending = ""
        if out and w in _SUFFIXES:
            out[-1] += w
        else:
            out.append(w)
    if pending:
        out.append(pending)
    return tuple(out)


def _strip_surname_ending(part: str) -> str:
    return _SURNAME_END.sub("", part)


_STRIPPED = Memo(_strip_surname_ending)


def split_name(text: str) -> NameParts:
    """Given name, father's name and all parts (ULY) of a full name in any script.

    "Father, Given" (a comma, as in surname-first lists) is put back in reading order.
    """
    return _split_name(check_text(text))


@lru_cache(maxsize=262144)
def _split_name(text: str) -> NameParts:
    parts = name_parts(text)
    return NameParts(parts[0] if parts else "", parts[1] if len(parts) > 1 else "", parts)


@lru_cache(maxsize=262144)
def name_parts(text: str) -> tuple[str, ...]:
    """The ``parts`` of :func:`split_name` (``text`` already checked to be a ``str``)."""
    m = _REVERSED.match(text) if ("," in text or "，" in text or "、" in text) else None
    if m and normalize(m.group(1)) and normalize(m.group(2)):
        text = m.group(2) + " " + m.group(1)
    return tuple(filter(None, map(_STRIPPED.__getitem__, _join_compounds(latin_words(text)))))
