"""Han names in Cyrillic (the Palladius system: Чжан Чжицян, Хуан Пин; Kazakh letters: Жоу Шиулан) back
to pinyin.

Russian and Kazakh writers spell Chinese names in Palladius, which no Uyghur or Kazakh reading of
Cyrillic undoes (Чжоу read as a Uyghur word is chzhow, not Zhou). The syllable table is made here from
pypinyin's syllables by the system's rules, so it covers every syllable the pinyin side knows.
"""

from __future__ import annotations

from functools import lru_cache

from unseen.names.pinyin import HAN_SURNAMES, han_syllables, pinyin_syllables

__all__ = ["kazakh_syllable", "palladius_name_to_pinyin", "palladius_syllable"]

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


def _spelling(syllable: str, initials: tuple[tuple[str, str], ...], finals: dict[str, str],
              alone: dict[str, str], after_zcs: str | None) -> str | None:
    """One toneless pinyin syllable spelt by a system's tables, or None where they have no rule."""
    if syllable in alone:
        return alone[syllable]
    initial, cyrillic = next(((i, c) for i, c in initials if syllable.startswith(i)), ("", ""))
    final = syllable[len(initial):]
    if initial in ("j", "q", "x") and final and final[0] == "u":
        final = "ü" + final[1:]
    if after_zcs and initial in ("z", "c", "s") and final == "i":
        return cyrillic + after_zcs
    spelt = finals.get(final)
    return None if spelt is None else cyrillic + spelt


def palladius_syllable(syllable: str) -> str | None:
    """The Palladius spelling of one toneless pinyin syllable, or None for one it has no rule for."""
    return _spelling(syllable, _INITIALS, _FINALS, _ALONE, "ы")


# Kazakh and Kyrgyz writers (and Dungan) spell Chinese names by sound in their own letters instead:
# Жоу Шиулан for 周秀兰, Ваң Жиянгуо for 王建国, Ли Хуңмей for 李红梅 (ң for ng, ж for zh and j, ш for
# sh and x, ч for ch and q, diphthongs as written: иян, иу, уо). Where they differ from Palladius:
_KZ_INITIALS = tuple((i, {"zh": "ж", "j": "ж", "q": "ч", "x": "ш", "z": "з"}.get(i, c)) for i, c in _INITIALS)
_KZ_FINALS = {
    **_FINALS, "e": "е", "ei": "ей", "ao": "ау", "an": "ан", "en": "ен", "ang": "аң", "eng": "ең",
    "ong": "уң", "er": "ер", "ia": "ия", "ie": "ие", "iao": "ияу", "iu": "иу", "ian": "иян", "in": "ин",
    "iang": "ияң", "ing": "иң", "iong": "иуң", "uo": "уо", "uan": "уан", "un": "ун", "uang": "уаң",
    "ü": "ү", "üe": "үе", "üan": "үан", "ün": "үн",
}
_KZ_ALONE = {
    **_ALONE, "yao": "яу", "yan": "ян", "yin": "ин", "yang": "яң", "ying": "иң", "yong": "юң", "wa": "уа",
    "wo": "уо", "wai": "уай", "wei": "уей", "wan": "уан", "wen": "уен", "wang": "ваң", "weng": "уең",
    "yu": "ү", "yue": "үе", "yuan": "үан", "yun": "үн",
}


def kazakh_syllable(syllable: str) -> str | None:
    """The Kazakh-letter spelling of one toneless pinyin syllable, or None for one it has no rule for."""
    return _spelling(syllable, _KZ_INITIALS, _KZ_FINALS, _KZ_ALONE, None)


_SYSTEMS = {"palladius": palladius_syllable, "kazakh": kazakh_syllable}


def _initial_rank(syllable: str) -> tuple[int, str]:
    """Kazakh letters write zh, j and r alike (ж), sh and x (ш), ch and q (ч): a spelling two syllables
    share is read with the initial listed first (zh, ch, sh), which reads the same in Uyghur Latin."""
    rank = next((i for i, (initial, _) in enumerate(_KZ_INITIALS) if syllable.startswith(initial)), -1)
    return rank, syllable


@lru_cache(maxsize=2)
def _table(system: str) -> dict[str, str]:
    """Spelling in `system` → pinyin syllable (for a spelling two share, see `_initial_rank`)."""
    out: dict[str, str] = {}
    for syllable in sorted(pinyin_syllables(), key=_initial_rank):
        spelt = _SYSTEMS[system](syllable)
        if spelt:
            out.setdefault(spelt, syllable)
    return out


@lru_cache(maxsize=2)
def _surnames(system: str) -> frozenset[str]:
    spell = _SYSTEMS[system]
    return frozenset(s for c in HAN_SURNAMES for r in han_syllables(c) if (s := spell(r)))


@lru_cache(maxsize=65536)
def _word_to_pinyin(word: str, system: str) -> tuple[str, ...] | None:
    """A Cyrillic word split into syllables of `system` (longest first), as pinyin; None if it does
    not split."""
    table = _table(system)
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
    """The pinyin syllables of each word of a Han name in Palladius, or else in Kazakh letters
    (lowercase words), or None when the name is not one: two to four words that all split into
    syllables of one system, with a Han surname first or last (Хуан Пин, Пин Хуан, Жоу Шиулан). Kazakh
    and Uyghur names fail on their letters (і, қ, ә) or syllables."""
    if not 2 <= len(words) <= 4:
        return None
    readings: list[list[tuple[str, ...]]] = []
    for system in _SYSTEMS:
        if words[0] not in _surnames(system) and words[-1] not in _surnames(system):
            continue
        split = [_word_to_pinyin(w, system) for w in words]
        if all(s is not None for s in split):
            readings.append([s for s in split if s is not None])
    # Where both systems read the name, the one with fewer syllables: Шиулан is Kazakh xiu-lan, not
    # Palladius shi-wu-lang (a Han given name has one or two)
    return min(readings, key=lambda r: sum(map(len, r)), default=None)
