"""A cross-script key for facility names: 塔木其培训中心, Tamchi camp and Учебный центр Тамчи agree.

Sources name a facility by its proper name plus a generic word (camp, prison, 看守所, қамақхана...),
in their own script. Dropping the generic words and keying what is left through `unseen.names`
(the same phonetic keys as personal names) makes the proper names agree across scripts. In the
project database the case app can pass its own facility ids instead, which are exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from unseen.linkage.gazetteer import fold_place

__all__ = ["GENERIC_WORDS", "facility_key"]

GENERIC_WORDS = frozenset(
    [
        "the",
        "a",
        "no",
        "camp",
        "camps",
        "prison",
        "jail",
        "detention",
        "centre",
        "center",
        "centres",
        "education",
        "educational",
        "vocational",
        "training",
        "skills",
        "re-education",
        "reeducation",
        "transformation",
        "school",
        "internment",
        "facility",
        "lager",
        "türmisi",
        "turmisi",
        "terbiyilesh",
        "merkizi",
        "qamaqxanisi",
        "qamaqxana",
        "jaza",
        "сизо",
        "тюрьма",
        "учебный",
        "центр",
        "лагерь",
        "изолятор",
        "следственный",
        "колония",
        "تۈرمىسى",
        "تەربىيىلەش",
        "مەركىزى",
        "قاماقخانىسى",
        "لاگېرى",
    ]
)
_ZH_SUFFIXES = tuple(
    sorted(
        [
            "看守所",
            "监狱",
            "監獄",
            "培训中心",
            "教育转化中心",
            "职业技能教育培训中心",
            "拘留所",
            "中心",
            "学校",
            "教育培训中心",
            "转化中心",
            "集中营",
            "营",
        ],
        key=len,
        reverse=True,
    )
)
_TOKEN = re.compile(r"[\w'’-]+")


def facility_key(text: str) -> str:
    """The key of a facility's proper name; '' for an empty name."""
    return _key(unicodedata.normalize("NFC", text.strip()))


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    if not text:
        return ""
    if any(c.isdigit() for c in text):
        return fold_place(text)  # numbered facilities and ids ("No.3", "fac-12") must stay apart
    proper = [_strip_zh(t) for t in _TOKEN.findall(_strip_zh(text).casefold()) if t not in GENERIC_WORDS]
    joined = "".join(proper)
    if not joined:
        return fold_place(text)
    keyed = _part_key()(joined)
    return keyed or fold_place(joined)


def _strip_zh(text: str) -> str:
    for suffix in _ZH_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


@lru_cache(maxsize=1)
def _part_key() -> Callable[[str], str]:
    try:
        from unseen.names import part_key, to_latin
    except ImportError:
        return fold_place

    def key(text: str) -> str:
        return str(part_key(to_latin(text).replace(" ", "")))

    return key
