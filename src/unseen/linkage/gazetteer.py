"""A small cross-script gazetteer of places, so Kashgar, Qeshqer, قەشقەر and 喀什 compare equal.

Known places map to a stable key; an unknown place falls back to a spelling key of its own text
(case, accents, spaces and punctuation folded), so two sources writing it alike still agree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib.resources import files

__all__ = ["Gazetteer", "fold_place", "default_gazetteer", "ADMIN_SUFFIXES"]

# Words that say what kind of place it is rather than which: "Hotan City", 和田市, Xoten Shehiri.
ADMIN_SUFFIXES = (
    "市",
    "县",
    "縣",
    "区",
    "區",
    "州",
    "地区",
    "镇",
    "乡",
    "city",
    "county",
    "prefecture",
    "town",
    "shehiri",
    "sheher",
    "nahiyisi",
    "nahiye",
    "wilayiti",
    "شەھىرى",
    "ناھىيىسى",
    "қаласы",
    "ауданы",
    "город",
    "уезд",
)


def fold_place(text: str) -> str:
    """Fold case, accents, spaces, hyphens and apostrophes; keep letters of every script."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = (c for c in decomposed if unicodedata.category(c)[0] in "LN")
    return unicodedata.normalize("NFC", "".join(kept))


class Gazetteer:
    """Maps a place as written in any script to a key; `to_latin` reads unknown scripts, if given."""

    def __init__(self, places: Mapping[str, Iterable[str]], to_latin: Callable[[str], str] | None = None):
        self._index: dict[str, str] = {}
        for key, variants in places.items():
            for variant in (key, *variants):
                self._index[fold_place(variant)] = key
        self._to_latin = to_latin

    def key(self, text: str | None) -> str:
        """The place's key: a gazetteer key if known, else `~` + its folded (Latin-read) spelling."""
        folded = fold_place(text or "")
        if not folded:
            return ""
        for candidate in _without_suffix(folded):
            if candidate in self._index:
                return self._index[candidate]
        latin = folded if folded.isascii() or not self._to_latin else fold_place(self._to_latin(text or ""))
        candidates = _without_suffix(latin or folded)
        for candidate in candidates:
            if candidate in self._index:
                return self._index[candidate]
        return "~" + candidates[-1]

    def __len__(self) -> int:
        return len(set(self._index.values()))


def _without_suffix(folded: str) -> list[str]:
    """The folded name, then the name without an administrative suffix, if it has one."""
    out = [folded]
    for suffix in _FOLDED_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix):
            out.append(folded[: -len(suffix)])
    return out


_FOLDED_SUFFIXES = tuple(sorted({fold_place(s) for s in ADMIN_SUFFIXES}, key=len, reverse=True))


def _read_places() -> dict[str, list[str]]:
    text = files("unseen.linkage").joinpath("places.tsv").read_text(encoding="utf-8")
    places: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, variants = line.split("\t", 1)
            places[key] = variants.split("|")
    return places


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled Xinjiang gazetteer, reading unknown scripts through `unseen.names.to_latin`."""
    return Gazetteer(_read_places(), to_latin=_names_to_latin())


def _names_to_latin() -> Callable[[str], str] | None:
    try:
        from unseen.names import to_latin
    except ImportError:
        return None
    return to_latin
