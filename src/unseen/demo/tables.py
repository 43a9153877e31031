"""The given-name table: every name in every script the sources use, plus English variants.

Built once from :mod:`unseen.demo.names_data` by the deterministic alphabets, so that the demo
files and the linkage benchmark render the same name the same way. The table is indexed by
integer so that the benchmark can render a million names with array look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
import numpy.typing as npt
from pypinyin import lazy_pinyin

from unseen.demo.alphabets import (
    kazakh_to_english,
    kazakh_to_uly,
    uly_to_arabic,
    uly_to_cyrillic,
    uly_to_english,
)
from unseen.demo.names_data import (
    KAZAKH_FEMALE,
    KAZAKH_MALE,
    UYGHUR_FEMALE,
    UYGHUR_MALE,
    parse_entries,
)

__all__ = ["GivenName", "NameTable", "name_table"]

# Spellings seen in English-language testimonies beyond the mechanical romanisation.
_ENGLISH_OVERRIDES: dict[str, tuple[str, ...]] = {
    "Memet": ("Mehmet", "Muhammad", "Mamat"),
    "Éli": ("Ali",),
    "Ehmet": ("Ahmet", "Ahmad"),
    "Tursun": ("Tursan",),
    "Abdurehim": ("Abdurahim", "Abdurakhim"),
    "Abdurehman": ("Abdurahman", "Abdurrahman"),
    "Hesen": ("Hasan", "Hassan"),
    "Hüsen": ("Huseyin",),
    "Yüsüp": ("Yusuf",),
    "Ismayil": ("Ismail",),
    "Ömer": ("Umar",),
    "Osman": ("Usman",),
    "Ibrahim": ("Ebrahim",),
    "Abdulla": ("Abdullah",),
    "Reshit": ("Rashid",),
    "Enwer": ("Anwar", "Enver"),
    "Muhemmed": ("Muhammed", "Mohammed"),
    "Meryem": ("Maryam", "Meriem"),
    "Patime": ("Fatima",),
    "Zeynep": ("Zeynab", "Zainab"),
    "Ayshe": ("Aisha",),
    "Xadiche": ("Khadija",),
    "Gülnar": ("Gulnara",),
}


@dataclass(frozen=True)
class GivenName:
    """One given name with its renderings; ``uly`` is the canonical Latin form."""

    uly: str
    zh: str
    arabic: str
    cyrillic: str  # Kazakh Cyrillic for Kazakh names, Uyghur names in Kazakh spelling habits
    english: tuple[str, ...]  # the usual spelling first, then variants
    pinyin: str  # the Chinese transcription read back in pinyin (Maimaiti), as some lists spell it
    male: bool
    kazakh: bool


def _uyghur_english(uly: str, male: bool) -> tuple[str, ...]:
    base = uly_to_english(uly)
    forms = [base, base.replace("q", "k"), uly_to_english(uly.replace("x", "kh")), base.replace("gh", "g")]
    if not male and base.endswith("e"):
        forms.append(base[:-1] + "a")
    forms.extend(_ENGLISH_OVERRIDES.get(uly, ()))
    return tuple(dict.fromkeys(f[:1].upper() + f[1:] for f in forms))


def _kazakh_english(cyrillic: str) -> tuple[str, ...]:
    base = kazakh_to_english(cyrillic)
    with_q = kazakh_to_english(cyrillic.replace("қ", "q").replace("Қ", "Q"))
    return tuple(dict.fromkeys((base, with_q)))


def _pinyin(zh: str) -> str:
    return "".join(lazy_pinyin(zh)).capitalize()


def _uyghur(block: str, male: bool) -> list[GivenName]:
    return [
        GivenName(uly, zh, uly_to_arabic(uly), uly_to_cyrillic(uly, kazakh=True),
                  _uyghur_english(uly, male), _pinyin(zh), male, kazakh=False)
        for uly, zh in parse_entries(block)
    ]


def _kazakh(block: str, male: bool) -> list[GivenName]:
    names = []
    for cyrillic, zh in parse_entries(block):
        uly = kazakh_to_uly(cyrillic)
        names.append(GivenName(uly, zh, uly_to_arabic(uly), cyrillic, _kazakh_english(cyrillic),
                               _pinyin(zh), male, kazakh=True))
    return names


@dataclass(frozen=True)
class NameTable:
    """All given names, with the index arrays the population sampler draws from."""

    names: tuple[GivenName, ...]

    @cached_property
    def _groups(self) -> dict[tuple[bool, bool], tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]]:
        groups = {}
        for kazakh in (False, True):
            for male in (False, True):
                members = [i for i, n in enumerate(self.names) if n.kazakh == kazakh and n.male == male]
                w = 1.0 / (np.arange(len(members), dtype=np.float64) + 4.0)
                groups[kazakh, male] = (np.array(members, dtype=np.int64), w / w.sum())
        return groups

    def group(self, kazakh: bool, male: bool) -> npt.NDArray[np.int64]:
        """Indices of the names of one ethnicity and sex, most common first."""
        return self._groups[kazakh, male][0]

    def weights(self, kazakh: bool, male: bool) -> npt.NDArray[np.float64]:
        """Zipf-like popularity, so that common names (Memet, Ehmet) collide as in reality."""
        return self._groups[kazakh, male][1]

    def column(self, attribute: str) -> npt.NDArray[np.object_]:
        """One rendering of every name, as an object array for vectorised look-ups."""
        return np.array([getattr(n, attribute) for n in self.names], dtype=object)


@cache
def name_table() -> NameTable:
    """The shared table (built once; cheap, but the alphabets run on every entry)."""
    return NameTable(tuple(
        _uyghur(UYGHUR_MALE, True) + _uyghur(UYGHUR_FEMALE, False)
        + _kazakh(KAZAKH_MALE, True) + _kazakh(KAZAKH_FEMALE, False)
    ))
