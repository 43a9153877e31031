"""Coded values (sex, status) as files in the wild write them, in the languages of our sources.

A mapping's own [values.FIELD] table is consulted first; these built-in spellings are the fallback,
so that M, m, male, 男, Е and ئەر all read as the same value without a mapping entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from unseen.ingest.errors import FieldError

SEXES = ("male", "female", "unknown")
STATUSES = ("detained", "sentenced", "released", "died_in_custody", "died", "missing", "unknown")

_SEX_SPELLINGS = {
    "male": (
        "m",
        "male",
        "man",
        "men",
        "boy",
        "he",
        "1",
        "男",
        "男性",
        "e",
        "е",
        "ер",
        "ер адам",
        "еркек",
        "м",
        "муж",
        "мужской",
        "мужчина",
        "er",
        "erkek",
        "bay",
        "ئەر",
        "ئەركەك",
        "erkak",
        "эр",
        "эркек",
        "homme",
        "männlich",
        "maennlich",
        "herr",
    ),
    "female": (
        "f",
        "female",
        "woman",
        "women",
        "girl",
        "she",
        "2",
        "女",
        "女性",
        "ж",
        "жен",
        "женский",
        "женщина",
        "ә",
        "әйел",
        "әйел адам",
        "äiel",  # Kazakh in the Latin alphabets of 2021, 2018 and 2017
        "áıel",
        "a'iel",
        "aiel",
        "к",
        "кыз",
        "kadın",
        "kadin",
        "bayan",
        "k",
        "ayal",
        "ئايال",
        "ayol",
        "аял",
        "қыз",
        "w",
        "femme",
        "weiblich",
        "frau",
    ),
    "unknown": ("u", "unknown", "?", "-", "n/a", "na", "不详", "未知", "белгісіз", "noma'lum", "bilinmiyor"),
}

_STATUS_SPELLINGS = {
    "detained": (
        "detained",
        "in detention",
        "held",
        "in custody",
        "arrested",
        "in camp",
        "camp",
        "taken",
        "在押",
        "关押",
        "拘留",
        "羁押",
        "收押",
        "教培",
        "培训",
        "tutulğan",
        "tutulghan",
        "qamaqta",
        "لاگېردا",
        "تۇتۇلغان",
        "қамауда",
        "قولغا ئېلىندى",
        "قولغا ئېلىنغان",
        "qolgha élindi",
        "qolgha elindi",
        "ұсталған",
        "ұсталды",
        "tutuklu",
        "gözaltında",
        "gozaltinda",
        "задержан",
    ),
    "sentenced": (
        "sentenced",
        "convicted",
        "imprisoned",
        "in prison",
        "prison",
        "jailed",
        "判刑",
        "判决",
        "服刑",
        "有期徒刑",
        "kesildi",
        "كېسىلگەن",
        "сотталған",
        "hüküm giydi",
        "hapis",
        "осужден",
    ),
    "released": (
        "released",
        "freed",
        "let go",
        "out",
        "free",
        "home",
        "释放",
        "结业",
        "已释放",
        "qoyuwétilgen",
        "قويۇۋېتىلگەن",
        "قويۇپ بېرىلدى",
        "قويۇپ بېرىلگەن",
        "qoyup bérildi",
        "qoyup berildi",
        "босатылған",
        "босатылды",
        "serbest bırakıldı",
        "serbest",
        "освобожден",
    ),
    "died_in_custody": (
        "died in custody",
        "died_in_custody",
        "died in detention",
        "died in camp",
        "died in prison",
        "羁押期间死亡",
        "在押死亡",
        "狱中死亡",
        "قاماقتا ۋاپات بولغان",
        "qamaqta wapat bolghan",
        "умер в заключении",
        "умер под стражей",
        "тұтқында қайтыс болды",
        "gözaltında öldü",
        "cezaevinde öldü",
    ),
    # Death without the word that places it in custody: the source does not say where (a list may
    # mark a man who died after his release), so the record does not say it either.
    "died": (
        "dead",
        "died",
        "deceased",
        "death",
        "死亡",
        "已死亡",
        "ölgen",
        "ئۆلگەن",
        "ۋاپات بولغان",
        "wapat bolghan",
        "қайтыс болды",
        "қаза тапты",
        "öldü",
        "vefat",
        "vefat etti",
        "умер",
        "умерла",
        "погиб",
        "погибла",
        "скончался",
    ),
    "missing": (
        "missing",
        "disappeared",
        "whereabouts unknown",
        "unknown whereabouts",
        "lost contact",
        "失踪",
        "下落不明",
        "yoqap kétilgen",
        "ئىز-دېرەكسىز",
        "хабарсыз",
        "хабарсыз кеткен",
        "kayıp",
        "kayip",
        "пропал",
        "пропал без вести",
    ),
    "unknown": ("unknown", "?", "-", "n/a", "不详", "未知", "белгісіз", "bilinmiyor", "неизвестно"),
}


def _fold(text: str) -> str:
    """Any case, spacing or Unicode form (Arabic presentation forms too); ё as е, ZWNJ dropped."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").replace("\u200c", "")
    text = text.replace("\u0647", "\u06d5")  # Arabic heh, as Uyghur typed on an Arabic keyboard writes ە
    return " ".join(text.replace("_", " ").split()).strip(".:;,()")


_NON_WORD = re.compile(r"[^\w]+")


def _within(folded: str, builtin: dict[str, str]) -> str | None:
    """The one value whose spellings appear as whole words in a longer phrase ("sentenced to 10 years",
    "died in custody (2020)": the longest spelling wins); None when none or several values do."""
    words = " " + _NON_WORD.sub(" ", folded) + " "
    matched = [spelling for spelling in builtin if len(spelling) > 2 and f" {spelling} " in words]
    longest = [s for s in matched if not any(s != other and s in other for other in matched)]
    found = {builtin[spelling] for spelling in longest}
    return found.pop() if len(found) == 1 else None


def _table(spellings: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_fold(spelling): value for value, names in spellings.items() for spelling in names}


_SEX = _table(_SEX_SPELLINGS)
_STATUS = _table(_STATUS_SPELLINGS)


def _coded(value: object, own: Mapping[str, str], builtin: dict[str, str], field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    if text in own:
        return own[text]
    folded = _fold(text)
    for key, ours in own.items():
        if _fold(key) == folded:
            return ours
    if folded in builtin:
        return builtin[folded]
    if builtin is _STATUS and (phrase := _within(folded, builtin)):
        return phrase
    raise FieldError(f"cannot read {field} {text!r}; add it under [values.{field}] in the mapping")


def parse_sex(value: object, own: Mapping[str, str] | None = None) -> str | None:
    """male / female / unknown, or None for an empty cell."""
    return _coded(value, own or {}, _SEX, "sex")


def parse_status(value: object, own: Mapping[str, str] | None = None) -> str | None:
    """One of STATUSES, or None for an empty cell."""
    return _coded(value, own or {}, _STATUS, "status")
