"""The sound-aware edit distance, by the costs its module documents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unseen.names.distance import form_distance

FORM_LETTERS = "auePTKJSHLRMNYW"


@pytest.mark.parametrize(("a", "b", "cost"), [
    ("MaMaT", "MaMaT", 0.0),
    ("aPTuRaHMaN", "aPuTuRaHaMaN", 0.55),  # two filler vowels: u (0.3) and a (0.25)
    ("RaSaT", "LaSaT", 0.25),  # Chinese l for r
    ("TuRKuN", "TuRHuN", 0.5),  # gh heard as h
    ("MaHMaT", "MaMaT", 0.25),  # h dropped
    ("TuRSuN", "TuRSuNaY", 1.05),  # a vowel (0.25) and y (0.8): Tursunay is another name
    ("TuRSuN", "TuRKuN", 1.0),  # a different consonant
    ("aPTuLa", "aPTuLaLa", 0.6),  # a-bu-du-li-la: l split over a filler (0.35) plus the vowel
])
def test_documented_costs(a: str, b: str, cost: float) -> None:
    assert form_distance(a, b) == pytest.approx(cost)


forms = st.text(alphabet=FORM_LETTERS, max_size=8)


@given(forms, forms)
def test_symmetric_and_zero_only_for_equal(a: str, b: str) -> None:
    d = form_distance(a, b)
    assert d == pytest.approx(form_distance(b, a))
    assert (d == 0) == (a == b)


@given(forms, forms)
def test_limit_caps_the_distance(a: str, b: str) -> None:
    full = form_distance(a, b)
    assert form_distance(a, b, limit=1.0) == pytest.approx(min(full, 1.0))
