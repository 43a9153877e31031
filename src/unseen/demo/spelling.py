"""How one person's name comes out of a given source: script, spelling, order, truncation, typos.

Every choice is drawn from the caller's seeded generator. The probabilities are the knobs that
make the data hard in the ways real sources are hard; they live here, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from unseen.demo.tables import GivenName

__all__ = ["NameStyle", "english_name", "kazakh_cyrillic_name", "typo", "uyghur_arabic_name", "zh_name"]


@dataclass(frozen=True)
class NameStyle:
    """Probabilities of the order and length accidents in one source."""

    reversed: float = 0.0  # father's name first
    one_part: float = 0.0  # only the given name


def _arrange(given: str, father: str, style: NameStyle, rng: np.random.Generator) -> str:
    u = rng.random()
    if u < style.one_part:
        return given
    if u < style.one_part + style.reversed:
        return f"{father} {given}"
    return f"{given} {father}"


def typo(text: str, rng: np.random.Generator) -> str:
    """One keyboard accident: a dropped, doubled or swapped letter, or a vowel slip."""
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 4:
        return text
    i = int(rng.choice(letters[1:-1]))
    kind = int(rng.integers(0, 4))
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    if kind == 2 and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    slips = {"a": "e", "e": "a", "u": "a", "i": "e", "o": "u"}
    return text[:i] + slips.get(text[i], text[i]) + text[i + 1 :]


def zh_name(given: GivenName, father: GivenName, rng: np.random.Generator) -> str:
    """Chinese transcription, given name first, joined by the middle dot (sometimes a bullet)."""
    dot = "·" if rng.random() < 0.95 else "•"
    return f"{given.zh}{dot}{father.zh}"


def _patronymic(father: str, male: bool, english: bool) -> str:
    if english:
        return father + ("uly" if male else "kyzy")
    return father + ("ұлы" if male else "қызы")


def english_name(given: GivenName, father: GivenName, kazakh: bool, male: bool, style: NameStyle,
                 rng: np.random.Generator, typo_rate: float = 0.06, pinyin_rate: float = 0.06) -> str:
    """An English-language spelling: a variant per part, pinyin of the Chinese form now and then."""
    if not kazakh and rng.random() < pinyin_rate:
        g, f = given.pinyin, father.pinyin
    else:
        g = str(rng.choice(given.english, p=_variant_weights(len(given.english))))
        f = str(rng.choice(father.english, p=_variant_weights(len(father.english))))
        if kazakh and rng.random() < 0.5:
            f = _patronymic(f, male, english=True)
    name = _arrange(g, f, style, rng)
    return typo(name, rng) if rng.random() < typo_rate else name


def _variant_weights(n: int) -> npt.NDArray[np.float64]:
    """The usual spelling three times as likely as each variant."""
    w = np.array([3.0] + [1.0] * (n - 1))
    return np.asarray(w / w.sum(), dtype=np.float64)


def uyghur_arabic_name(given: GivenName, father: GivenName, style: NameStyle,
                       rng: np.random.Generator) -> str:
    """Uyghur Arabic script, as a Uyghur-language collection writes any name."""
    return _arrange(given.arabic, father.arabic, style, rng)


def kazakh_cyrillic_name(given: GivenName, father: GivenName, kazakh: bool, male: bool, style: NameStyle,
                         rng: np.random.Generator) -> str:
    """Kazakh Cyrillic: Kazakhs often with -ұлы/-қызы on the father's name, Uyghurs without."""
    f = father.cyrillic
    if kazakh and rng.random() < 0.6:
        f = _patronymic(f, male, english=False)
    return _arrange(given.cyrillic, f, style, rng)
