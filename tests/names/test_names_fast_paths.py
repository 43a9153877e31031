"""The fast paths give exactly what the plain ones give: compiled distance, per-chunk cleaning, memos."""

from __future__ import annotations

import importlib
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unseen.names import name_keys, name_similarity, normalize, to_latin
from unseen.names.distance import form_distance, python_form_distance
from unseen.names.memo import Memo
from unseen.names.normalize import MAX_NAME_CHARS

# The module, which the package's function of the same name hides from ``from unseen.names import``.
nm = importlib.import_module("unseen.names.normalize")

FORM_LETTERS = "auePTKJSHLRMNYW"


@given(st.text(alphabet=FORM_LETTERS + "xZ", max_size=12), st.text(alphabet=FORM_LETTERS + "xZ", max_size=12),
       st.sampled_from([float("inf"), 0.5, 1.0, 2.0, 3.0, 7.25]))
@settings(max_examples=500, deadline=None)
def test_compiled_distance_is_the_python_reference(a: str, b: str, limit: float) -> None:
    # Same additions and comparisons in the same order, so equal to the last bit, not approximately.
    assert form_distance(a, b, limit) == python_form_distance(a, b, limit)


def test_distance_of_text_outside_ascii_takes_the_python_path() -> None:
    assert form_distance("MaMaT", "MéMéT") == python_form_distance("MaMaT", "MéMéT")
    assert form_distance("aPTuRaHMaN", "aPuTuRaHaMaN") == pytest.approx(0.55)


def _normalize_whole_text(text: str) -> str:
    """The cleaning steps applied to the whole text at once (as the module did before it went by chunk)."""
    text = text[:MAX_NAME_CHARS]
    if not text.islower() and not text.isupper():  # before any chunk: words typed without a space
        text = nm._JOINED_WORDS.sub(" ", text)
    text = nm._SCANNED_LETTER.sub(nm._scanned_letter, text)
    text = nm._drop_surrogates(text).translate(nm._HEH_FORMS)
    text = unicodedata.normalize("NFKC", text).lower().translate(nm._TABLE)
    if "\u0647" in text or "\u06cc" in text:
        text = nm._fix_arabic(text)
    words = [nm._fix_lookalikes(w).strip("'") for w in text.split()]
    return " ".join(w for w in words if w)


# Letters whose reading depends on their neighbours (heh, yeh, look-alikes, final sigma), separators that
# NFKC or the cleaning table turn into spaces, and marks that vanish.
TRICKY = ("ab memetаеорсΣσΑ ه ی ﻩ ﻪ ﻫ ﻬ ا ە ب ت ن ي ك ـ \u064b\u0301\u0308 ´¨ʻ'’ ·・-_,，、"
          " \t\n\u00a0\u2003\u3000\u200b\u200dİıЯәҗһ买提艾0١")


@given(st.text(alphabet=TRICKY, max_size=40) | st.text(max_size=40))
@settings(max_examples=500)
def test_cleaning_by_chunk_equals_cleaning_the_whole_text(text: str) -> None:
    assert normalize(text) == _normalize_whole_text(text)


def test_cleaning_reads_only_the_first_max_name_chars() -> None:
    text = "ب" * (MAX_NAME_CHARS - 2) + " تت"  # one character too many: the last ت is not read
    assert normalize(text) == _normalize_whole_text(text) == "ب" * (MAX_NAME_CHARS - 2) + " ت"


def test_memo_computes_each_key_once_and_stays_bounded() -> None:
    calls: list[str] = []

    def upper(key: str) -> str:
        calls.append(key)
        return key.upper()

    memo = Memo(upper, maxsize=2)
    assert [memo["a"], memo["b"], memo["a"]] == ["A", "B", "A"]
    assert calls == ["a", "b"]
    assert memo["c"] == "C"  # full: emptied, then "c" kept
    assert len(memo) == 1
    memo.cache_clear()
    assert memo["a"] == "A" and calls == ["a", "b", "c", "a"]


def _clear_word_memos() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("unseen.names"):
            for obj in vars(module).values():
                if isinstance(obj, Memo):
                    obj.cache_clear()


@pytest.mark.parametrize("first", ["Мемет Әли", "Мемет"])
def test_a_word_reads_by_its_whole_name_whatever_was_read_first(first: str) -> None:
    # Uyghur Cyrillic (the name has ә) writes é as е; Kazakh and Russian write e as е.
    _clear_word_memos()
    to_latin(first + " ")  # a new text, so the word memo is filled by this name first
    assert to_latin("Мемет Әли") == "mémét eli"
    assert to_latin("Мемет") == "memet"


def test_results_do_not_depend_on_what_is_cached() -> None:
    names = ["Memet Eli", "مەمەت ئېلى", "买买提·艾力", "Мәмәт Әли", "Abdu Rehim Yasin", "Tursun, Memet"]
    warm = [name_keys(n) for n in names], [name_similarity(a, b) for a in names for b in names]
    _clear_word_memos()
    cold = [name_keys(n + " ") for n in names], [name_similarity(a + " ", b) for a in names for b in names]
    assert cold == warm
