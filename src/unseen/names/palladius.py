"""Han names in Cyrillic (the Palladius system: Чжан Чжицян, Хуан Пин) back to pinyin.

Russian and Kazakh writers spell Chinese names in Palladius, which no Uyghur or Kazakh reading of
Cyrillic undoes (Чжоу read as a Uyghur word is chzhow, not Zhou). The syllable table is made here from
pypinyin's syllables by the system's rules, so it covers every syllable the pinyin side knows.
"""

from __future__ import annotations

from functools import lru_cache

from unseen.names.pinyin import HAN_SURNAMES, han_syllables, pinyin_syllables

__all__ = ["palladius_name_to_pinyin", "palladius_syllable"]

_INITIALS = (("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("b", "б"), ("p", "п"), ("m", "м"), ("f", "ф"),
             ("d", "д"), ("t", "т"), ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"), ("h", "х"),
             ("j", "цз"), ("q", "ц"), ("x", "с"), ("r", "ж"), ("z", "цз"), ("c", "ц"), ("s", "с"))
# Finals after an initial; i after z, c, s is ы (цзы, цы, сы), and u after j, q, x is ü.
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е",
    "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн",
    "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
    "uang": "уан", "ü": "юй", "üe": "юэ", "üan": "юань", "ün": "юнь",
}
_ALONE = {
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
    "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь",
}


def palladius_syllable(syllable: str) -> str | None:
    """The Palladius spelling of one toneless pinyin syllable, or None for one it has no rule for."""
    if syllable in _ALONE:
        return _ALONE[syllable]
    initial, cyrillic = next(((i, c) for i, c in _INITIALS if syllable.startswith(i)), ("", ""))
    final = syllable[len(initial):]
    if initial in ("j", "q", "x") and final and final[0] == "u":
        final = "ü" + final[1:]
    if initial in ("z", "c", "s") and final == "i":
        return cyrillic + "ы"
    spelt = _FINALS.get(final)
    return None if spelt is None else cyrillic + spelt


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Palladius spelling → pinyin syllable (the first pinyin for a spelling two share)."""
    out: dict[str, str] = {}
    for syllable in sorted(pinyin_syllables()):
        spelt = palladius_syllable(syllable)
        if spelt:
            out.setdefault(spelt, syllable)
    return out


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(s for c in HAN_SURNAMES for r in han_syllables(c) if (s := palladius_syllable(r)))


@lru_cache(maxsize=65536)
def _word_to_pinyin(word: str) -> tuple[str, ...] | None:
    """A Cyrillic word split into Palladius syllables (longest first), as pinyin; None if it does not
    split."""
    table = _table()
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[n] = ()
    for i in range(n - 1, -1, -1):
        for j in range(min(n, i + 6), i, -1):  # the longest spelling, чжуань, has six letters
            rest = best[j]
            if rest is not None and word[i:j] in table:
                best[i] = (table[word[i:j]], *rest)
                break
    return best[0]


def palladius_name_to_pinyin(words: list[str]) -> list[tuple[str, ...]] | None:
    """The pinyin syllables of each word of a Han name in Palladius (lowercase words), or None when
    the name is not one: two to four words that all split into syllables, with a Han surname first or
    last (Хуан Пин, Пин Хуан). Kazakh and Uyghur names fail on their letters (і, қ, ә) or syllables."""
    if not 2 <= len(words) <= 4 or (words[0] not in _surnames() and words[-1] not in _surnames()):
        return None
    split = [_word_to_pinyin(w) for w in words]
    return None if any(s is None for s in split) else [s for s in split if s is not None]
