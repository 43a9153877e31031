"""Property tests: the alphabets lose nothing, and a typo is one small edit."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from unseen.demo.alphabets import split_uly, uly_to_arabic, uly_to_cyrillic
from unseen.demo.spelling import typo

# Reference tables written out independently of the module: Uyghur Arabic and Cyrillic letter -> ULY.
ARABIC_TO_ULY = {
    "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "x", "د": "d", "ر": "r",
    "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "گ": "g", "ڭ": "ng",
    "ل": "l", "م": "m", "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "ö", "ۈ": "ü", "ۋ": "w", "ې": "é",
    "ى": "i", "ي": "y",
}
CYRILLIC_TO_ULY = {
    "а": ["a"], "ә": ["e"], "б": ["b"], "п": ["p"], "т": ["t"], "җ": ["j"], "ч": ["ch"], "х": ["x"],
    "д": ["d"], "р": ["r"], "з": ["z"], "ж": ["zh"], "с": ["s"], "ш": ["sh"], "ғ": ["gh"], "ф": ["f"],
    "қ": ["q"], "к": ["k"], "г": ["g"], "ң": ["ng"], "л": ["l"], "м": ["m"], "н": ["n"], "һ": ["h"],
    "о": ["o"], "у": ["u"], "ө": ["ö"], "ү": ["ü"], "в": ["w"], "е": ["é"], "и": ["i"], "й": ["y"],
    "я": ["y", "a"], "ю": ["y", "u"],
}
VOWELS = set("aeéiouöü")
LETTERS = sorted(set(ARABIC_TO_ULY.values()))
# Words as letter sequences; "n" followed by "g" would read as ng, so write them apart with "'".
words = st.lists(st.sampled_from(LETTERS), min_size=1, max_size=12)


def spell(letters: list[str]) -> str:
    text = ""
    for letter in letters:
        ambiguous = text and (text[-1] + letter[0]) in {"ch", "gh", "ng", "sh", "zh"}
        text += ("'" if ambiguous else "") + letter
    return text


@given(words)
def test_arabic_round_trip(letters: list[str]) -> None:
    arabic = uly_to_arabic(spell(letters))
    back: list[str] = []
    for position, char in enumerate(arabic):
        if char == "ئ":
            assert position + 1 < len(arabic) and ARABIC_TO_ULY[arabic[position + 1]] in VOWELS
            continue
        back.append(ARABIC_TO_ULY[char])
    assert back == letters
    hamzas = sum(1 for i, x in enumerate(letters) if x in VOWELS and (i == 0 or letters[i - 1] in VOWELS))
    assert arabic.count("ئ") == hamzas


@given(words)
def test_cyrillic_round_trip(letters: list[str]) -> None:
    cyrillic = uly_to_cyrillic(spell(letters)).lower()
    back = [x for char in cyrillic for x in CYRILLIC_TO_ULY[char]]
    assert back == letters
    assert split_uly(spell(letters)) == letters


@settings(max_examples=200)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=0, max_size=20), st.integers(0, 2**32 - 1))
def test_typo_is_one_small_edit(text: str, seed: int) -> None:
    changed = typo(text, np.random.default_rng(seed))
    assert DamerauLevenshtein.distance(text, changed) <= 1
