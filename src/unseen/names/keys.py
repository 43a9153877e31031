"""Phonetic forms and keys: what is left of a name part once script and spelling no longer matter.

A *form* writes a part's ULY reading in sound classes that Chinese, Arabic-script, Cyrillic and
diaspora spellings of the same name share: b/p/f, d/t, g/gh/k/q, j/ch/zh, s/z/sh, n, with h and x as
one class H, vowels as a (a e é i) or u (o u ö ü), doubled letters once, and ng read as n+g (Latin
spellings of Tursungül never mark the break). :mod:`unseen.names.similarity` compares forms.

A *key* is coarser, for blocking and search: the consonants of the form without H (transcriptions
add and drop it freely), ng as n (Kazakh ң and Uyghur ڭ are written n as often as ng: Жеңіс is
Zhenis and Zhengis), r and l as one (Chinese writes Rishat 力夏提), repeats once (Abdulla is
阿布都力拉), no y inside the word (Chinese drops and adds it: 开拉提 Qayrat, 热依木 Rehim), and "A"
for a leading a, e, é or i, "U" for a leading o, u, ö or ü: Tursun is TRSN, Tursunay TRSNY, Memet
MT, Hesen ASN and Hüsen USN (two names, which twins are given, not two spellings of one: every
script writes the rounded vowel with a letter or character of its own, 吾 and 乌 in Chinese).

A *loose key* is coarser still, for blocking records that come through Chinese: it also leaves out
the sounds Chinese writes with the same characters as h or as a vowel (k, g, gh, q: 哈纳提 Qanat,
吾拉木 Ghulam) and the n Chinese adds at the end (帕提曼 Patime), and reads j and s as one. It also drops
the affectionate ending -jan (江) that one source writes and another leaves off (Tursunjan, 吐尔孙),
where two consonant classes or more are left (Erzhan keeps it). Equal keys give equal loose keys. See
:func:`loose_keys`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unseen.names.errors import check_text
from unseen.names.latin import to_latin
from unseen.names.parts import name_parts

__all__ = [
    "loose_keys", "loose_part_key", "loosen", "name_keys", "part_form", "part_key", "skeleton", "uly_form",
    "uly_key",
]

_CLASS = {
    "b": "P", "p": "P", "f": "P", "d": "T", "t": "T", "g": "K", "gh": "K", "k": "K", "q": "K",
    "j": "J", "ch": "J", "zh": "J", "s": "S", "z": "S", "sh": "S", "x": "H", "h": "H", "l": "L",
    "r": "R", "m": "M", "n": "N", "ng": "NK", "y": "Y", "w": "W",
    "a": "a", "e": "a", "é": "a", "i": "a", "o": "u", "u": "u", "ö": "u", "ü": "u",
}
_ULY_LETTER = re.compile(r"ch|sh|gh|ng|zh|[^']")
_KEY_CLASS = str.maketrans({"a": None, "u": None, "e": None, "H": None, "L": "R"})


_VOWEL_LETTERS = frozenset("aeéioöuü")
_GLIDE_START = ("ye", "yé", "yi")
_MAY_GLIDE = re.compile(r"[aeéioöuü][uü]|[uü][aeéioöuü]")


def _letters(uly: str) -> list[str]:
    """ULY letters of a part, with the readings that differ only by script made one.

    A u or ü next to another vowel is the glide w: Kazakh writes Дәурен, Сәуле and Қуаныш with у
    where Chinese writes 吾 wu or kuan (达吾然, 莎吾列, 宽尼西) and Uyghur writes w. An initial
    ye- is the bare vowel e: Kazakh Е is spoken ye, Chinese writes 叶 ye, Latin spellings go either
    way (Erlan, Yerlan, 叶尔兰). (Initial yu- keeps its y: Chinese 尤 writes yo- as well, Yoldash.)
    """
    letters = _ULY_LETTER.findall(uly.replace(" ", ""))
    if uly.startswith(_GLIDE_START):
        letters = letters[1:]
    if not _MAY_GLIDE.search(uly):
        return letters  # the common case: no u or ü beside another vowel
    for i in range(1, len(letters)):
        if letters[i] in ("u", "ü") and (
            letters[i - 1] in _VOWEL_LETTERS
            or (letters[i - 1] not in "yw" and i + 1 < len(letters) and letters[i + 1] in _VOWEL_LETTERS)
        ):
            letters[i] = "w"
    return letters


# Abdul- before a consonant other than l or r: Uyghur writes the l of Arabic ʿabd al- as it sounds,
# assimilated (ئابدۇكېرىم Abdukérim, 阿不都克里木), diaspora spellings keep it (Abdulkerim, Abdulkarim),
# Turkish with ü (Abdülkerim, Abdülkadir).
_ABDUL = re.compile(r"^abd[uü]l(?=[^aeéioöuülr'\s])")


@lru_cache(maxsize=262144)
def uly_form(uly: str) -> str:
    """Sound-class form of a part already in ULY (as :func:`split_name` returns parts)."""
    out: list[str] = []
    for letter in _letters(_ABDUL.sub("abdu", uly)):
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


def _kept_y(form: str, i: int) -> bool:
    """Whether the y at ``form[i]`` survives in the key: only at the start, at the end, or after a
    leading vowel (阿依古丽 Aygül keeps it, written as its own character)."""
    return i == 0 or i == len(form) - 1 or (i == 1 and form[0] in "au")


def skeleton(form: str) -> str:
    """The key of a form: its consonant classes without H and without a g (K) right after n, repeats
    once, "A" or "U" for a leading vowel (after an h or not) as it is unrounded or rounded.

    A y inside the word is left out too: Chinese drops it from diphthongs (开拉提 for Qayrat, 凯赛尔
    for Qeyser) and adds it between vowels (阿不都热依木 for Abdurehim), and Kazakh spellings write the
    vowel ы as y (Bakytzhan). A final y stays (Tursunay is not Tursun), and so does the y of a leading
    ay- (Aygül).
    """
    if "Y" in form[1:]:
        form = "".join(c for i, c in enumerate(form) if c != "Y" or _kept_y(form, i))
    core = form.replace("NK", "N").translate(_KEY_CLASS)
    vowel = form[1:2] if form[:1] == "H" else form[:1]
    head = {"a": "A", "u": "U"}.get(vowel, "") if vowel else ""
    out = head
    for c in core:
        if not out or out[-1] != c:
            out += c
    return out


# A leading e, i, o or u with y: Chinese writes it as one character (艾 ai for Eysa, 玉 for Üy-),
# so only a leading a keeps its y in the key.
_FRONT_DIPHTHONG = re.compile(r"[hx]?[eéioöuü]y")


@lru_cache(maxsize=262144)
def uly_key(uly: str) -> str:
    """Key of a part already in ULY."""
    key = skeleton(uly_form(uly))
    if key[1:2] == "Y" and key[0] in "AU" and _FRONT_DIPHTHONG.match(uly):
        key = key[0] + key[2:]
    return key


# The loose key drops what Chinese cannot keep apart: k, g, gh, q (written 哈, 合, 吾 or 卡 as often as
# with a k), w and y (吾 and 依 come and go), and a final n (帕提曼 for Patime, 哈丽旦 for Xalide);
# j and s are one (Erzhan is read as pinyin zhan by some). A final -jan after two consonant classes
# or more is the affectionate ending, not the name (Tursunjan is Tursun's; Erzhan, Aizhan are names).
_LOOSE_CLASS = str.maketrans({"K": None, "W": None, "J": "S"})


@lru_cache(maxsize=65536)
def loosen(key: str) -> str:
    """The loose key of a part's key (see :func:`loose_keys`); "" for ""."""
    if not key:
        return ""
    if key.endswith("JN") and len(key.lstrip("A")) >= 4:
        key = key[:-2]
    head = "A" if key[0] in "AUKWY" else ""
    final_y = "Y" if key[-1] == "Y" and len(key) > 1 else ""
    body = key[1 if head else 0 : len(key) - len(final_y)].translate(_LOOSE_CLASS).replace("Y", "")
    if body.endswith("N") and not final_y:
        body = body[:-1]
    out = head
    for c in body + final_y:
        if not out or out[-1] != c:
            out += c
    return out or "A"


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
    return uly_key(to_latin(part))


def loose_part_key(part: str) -> str:
    """Loose key of one name part in any script: :func:`part_key` with what Chinese loses left out."""
    return loosen(_part_key(check_text(part)))


def loose_keys(text: str) -> tuple[str, ...]:
    """Loose keys of the parts of a full name, one for each key of :func:`name_keys`, in its order.

    For blocking: a part's loose key is its key without a final -jan (JN) after two consonant
    classes or more, without K (k, g, gh, q) and W, with no Y but a final one, J read as S, and
    without a final N; a leading U, K, W or Y counts as the leading vowel "A" (Chinese writes Odil
    and Adil alike, 阿迪力). Equal keys always give equal loose keys. 吾拉木 and Ghulam (keys URM and
    KRM) are both ARM, 哈纳提 and Qanat (ANT, KNT) both ANT, 帕提曼 and Patime (PTMN, PTM) both PTM;
    Tursun (TRS) stays apart from Tursunay (TRSNY).
    """
    return tuple(map(loosen, name_keys(text)))


def name_keys(text: str) -> tuple[str, ...]:
    """Keys of each part of a full name, given name first; empty keys are left out."""
    return _name_keys(check_text(text))


@lru_cache(maxsize=262144)
def _name_keys(text: str) -> tuple[str, ...]:
    return tuple(filter(None, map(uly_key, name_parts(text))))
