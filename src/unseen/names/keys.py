"""Phonetic forms and keys: what is left of a name part once script and spelling no longer matter.

A *form* writes a part's ULY reading in sound classes that Chinese, Arabic-script, Cyrillic and
diaspora spellings of the same name share: b/p/f, d/t, g/gh/k/q, j/ch/zh, s/z/sh, n, with h and x as
one class H, vowels as a (a e é i) or u (o u ö ü), doubled letters once, and ng read as n+g (Latin
spellings of Tursungül never mark the break). :mod:`unseen.names.similarity` compares forms.

A *key* is coarser, for blocking and search: the consonants of the form without H (transcriptions
add and drop it freely), r and l as one (Chinese writes Rishat 力夏提), repeats once (Abdulla is
阿布都力拉), and "A" for a leading vowel: Tursun is TRSN, Tursunay TRSNY, Memet MT.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unseen.names.errors import check_text
from unseen.names.latin import to_latin
from unseen.names.parts import name_parts

__all__ = ["name_keys", "part_form", "part_key", "skeleton", "uly_form", "uly_key"]

_CLASS = {
    "b": "P", "p": "P", "f": "P", "d": "T", "t": "T", "g": "K", "gh": "K", "k": "K", "q": "K",
    "j": "J", "ch": "J", "zh": "J", "s": "S", "z": "S", "sh": "S", "x": "H", "h": "H", "l": "L",
    "r": "R", "m": "M", "n": "N", "ng": "NK", "y": "Y", "w": "W",
    "a": "a", "e": "a", "é": "a", "i": "a", "o": "u", "u": "u", "ö": "u", "ü": "u",
}
_ULY_LETTER = re.compile(r"ch|sh|gh|ng|zh|[^']")
_KEY_CLASS = str.maketrans({"a": None, "u": None, "e": None, "H": None, "L": "R"})


@lru_cache(maxsize=262144)
def uly_form(uly: str) -> str:
    """Sound-class form of a part already in ULY (as :func:`split_name` returns parts)."""
    out: list[str] = []
    for letter in _ULY_LETTER.findall(uly.replace(" ", "")):
        for c in _CLASS.get(letter, ""):
            if out and out[-1] == c:
                continue
            if c in "MP" and out and out[-1] == "N":  # n before a labial is m: 穆罕默德 muhanmed
                out[-1] = "M"
                if c == "M":
                    continue
            out.append(c)
    if len(out) > 2 and out[-1] == "a" and out[-2] in "LR" and uly[-1:] in ("e", "a"):
        out[-1] = "e"  # Adile, Kamila: a final -e/-a after l or r makes a woman's name of a man's
    return "".join(out)


def skeleton(form: str) -> str:
    """The key of a form: its consonant classes without H, repeats once, "A" for a leading vowel."""
    core = form.translate(_KEY_CLASS)
    head = "A" if form and (form[0] in "au" or (form[0] == "H" and form[1:2] in ("a", "u"))) else ""
    out = head
    for c in core:
        if not out or out[-1] != c:
            out += c
    return out


@lru_cache(maxsize=262144)
def uly_key(uly: str) -> str:
    """Key of a part already in ULY."""
    return skeleton(uly_form(uly))


@lru_cache(maxsize=262144)
def part_form(part: str) -> str:
    """Sound-class form of one part written in any script."""
    return uly_form(to_latin(part))


def part_key(part: str) -> str:
    """Canonical phonetic key of one name part in any script; "" when nothing usable is left.

    مەمەت, Memet, Mehmet, Мәмәт, 买买提 and Maimaiti all give "MT".
    """
    return _part_key(check_text(part))


@lru_cache(maxsize=262144)
def _part_key(part: str) -> str:
    return skeleton(part_form(part))


def name_keys(text: str) -> tuple[str, ...]:
    """Keys of each part of a full name, given name first; empty keys are left out."""
    return _name_keys(check_text(text))


@lru_cache(maxsize=262144)
def _name_keys(text: str) -> tuple[str, ...]:
    return tuple(filter(None, map(uly_key, name_parts(text))))
