"""Invariants by property tests: round trips, and keys unmoved by normalisation noise."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unseen.names import name_keys, normalize, part_key
from unseen.names.uyghur import arabic_to_latin, latin_to_arabic

# The Uyghur Arabic alphabet as the test's own table (letter -> is it a vowel).
ARABIC_CONSONANTS = list("بپتجچخدرزژسشغفقكگڭلمنھۋي")
ARABIC_VOWELS = list("اەوۇۆۈېى")
HAMZA = "ئ"


@st.composite
def arabic_words(draw: st.DrawFn) -> str:
    """Valid Uyghur Arabic-script words: a vowel opening a syllable carries hamza."""
    letters = draw(st.lists(st.sampled_from(ARABIC_CONSONANTS + ARABIC_VOWELS), min_size=1, max_size=10))
    out: list[str] = []
    prev_vowel = True  # word start behaves like "after a vowel"
    for letter in letters:
        is_vowel = letter in ARABIC_VOWELS
        if is_vowel and prev_vowel:
            out.append(HAMZA)
        out.append(letter)
        prev_vowel = is_vowel
    return "".join(out)


@given(st.lists(arabic_words(), min_size=1, max_size=3).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_arabic_latin_arabic_round_trip(text: str) -> None:
    assert latin_to_arabic(arabic_to_latin(text)) == text


LATIN_NAMES = ["Memet Eli", "Tursun Qurban", "Abdurehim Yasin", "Gülnar Hesen", "Shöhret Tohti",
               "Ilham Ablikim", "Ayshem Rozi", "Mihray Sawut"]
ARABIC_NAMES = ["مەمەت ئېلى", "تۇرسۇن قۇربان", "ئابدۇرەھىم ياسىن", "گۈلنار ھەسەن"]
HAN_NAMES = ["买买提 艾力", "吐尔逊 库尔班", "阿不都热合曼 亚森", "艾合买提江 吐尔洪"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SEPARATORS = [" ", "  ", "·", "•", "・", "‧", "-", "_", " · "]
LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х"}


def _insert(text: str, index: int, piece: str) -> str:
    i = index % (len(text) + 1)
    return text[:i] + piece + text[i:]


ALL_NAMES = LATIN_NAMES + ARABIC_NAMES + HAN_NAMES


@given(st.sampled_from(ALL_NAMES), st.integers(0, 40), st.sampled_from(INVISIBLE))
def test_keys_ignore_invisible_characters(name: str, where: int, mark: str) -> None:
    assert name_keys(_insert(name, where, mark)) == name_keys(name)


@given(st.sampled_from(ARABIC_NAMES), st.integers(0, 40))
def test_keys_ignore_tatweel(name: str, where: int) -> None:
    noisy = _insert(name, where, "ـ")
    if not noisy.startswith("ـ") and " ـ" not in noisy:  # tatweel only ever sits inside a word
        assert name_keys(noisy) == name_keys(name)


@given(st.sampled_from(HAN_NAMES), st.sampled_from(SEPARATORS))
def test_keys_ignore_the_separator_between_chinese_parts(name: str, sep: str) -> None:
    assert name_keys(sep.join(name.split(" "))) == name_keys(name)


@given(st.sampled_from(LATIN_NAMES), st.data())
def test_keys_ignore_case_and_one_cyrillic_lookalike(name: str, data: st.DataObject) -> None:
    noisy = data.draw(st.sampled_from([name.upper(), name.lower(), name.title()]))
    spots = [i for i, c in enumerate(noisy.lower()) if c in LOOKALIKES]
    if spots:
        i = data.draw(st.sampled_from(spots))
        noisy = noisy[:i] + LOOKALIKES[noisy[i].lower()] + noisy[i + 1 :]
    assert name_keys(noisy) == name_keys(name)


@given(st.sampled_from(LATIN_NAMES + ARABIC_NAMES + HAN_NAMES))
def test_keys_are_stable_under_normalize(name: str) -> None:
    assert name_keys(normalize(name)) == name_keys(name)
    assert normalize(normalize(name)) == normalize(name)


@given(st.sampled_from(["Ismail", "Ilham", "Imin"]))
def test_turkish_capital_i_with_dot(name: str) -> None:
    assert part_key(name.replace("I", "İ")) == part_key(name)


@given(st.text(max_size=60))
@settings(max_examples=300)
def test_any_text_gives_well_formed_keys(text: str) -> None:
    keys = name_keys(text)
    assert all(k and k.isascii() and k.isupper() for k in keys)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_fast_path_agrees_with_the_general_path(text: str) -> None:
    # A zero-width space sends the text down the general (Unicode) path and is itself removed.
    assert normalize(text) == normalize(text + "\u200b")
