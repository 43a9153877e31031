"""Fuzzy behaviour pinned by case tables: pairs that are one name, and pairs that are not."""

from __future__ import annotations

import pytest

from unseen.names import DEFAULT_THRESHOLD, TermFrequencies, name_similarity, part_similarity
from unseen.names.similarity import MISSING_PART_FACTOR, SWAPPED_ORDER_FACTOR

SAME = [
    ("Memet Eli", "مەمەت ئېلى"),
    ("Memet Eli", "Мәмәт Әли"),
    ("Memet Eli", "买买提·艾力"),
    ("Memet Eli", "Maimaiti Aili"),
    ("Memet Eli", "Mehmet Ali"),
    ("Memet Éli", "MEMET ELI"),
    ("Abdurehman Tursun", "阿不都热合曼·吐尔逊"),
    ("Abdurehman Tursun", "Abdurrahman Tursun"),
    ("Abdu Rehim Yasin", "Abdurehim Yasin"),
    ("Tursun Memet", "Memet, Tursun"),  # "Father, Given"
    ("Ehmetjan Qurban", "艾合买提江•库尔班"),
    ("Shöhret Yüsüp", "Şöhret Yusuf"),
    ("Ilham Tohti", "伊力哈木·托合提"),
    ("Ilham Tohti", "Ilham Tokhti"),
]

DIFFERENT = [
    ("Tursun Memet", "Tursunay Memet"),  # a sister: same father, a different (female) name
    ("Tursun Memet", "Turghun Memet"),  # a brother
    ("Memet Eli", "Memet Tursun"),  # another Memet
    ("Memet Eli", "Eli Memet"),  # order reversed: another man
    ("Adil Qurban", "Yasin Qurban"),
    ("Dilnur Hesen", "Dilber Hesen"),
    ("Abdurehim Tursun", "Abdukerim Tursun"),
    ("Memet Eli", "Ablikim Yasin"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_name(a: str, b: str) -> None:
    assert name_similarity(a, b) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_name(a: str, b: str) -> None:
    assert name_similarity(a, b) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), SAME + DIFFERENT)
def test_symmetric_and_bounded(a: str, b: str) -> None:
    score = name_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == pytest.approx(name_similarity(b, a))


def test_identical_names_score_one() -> None:
    assert name_similarity("Memet Eli", "Memet Eli") == 1.0


def test_reversed_order_is_discounted_by_the_factor() -> None:
    assert name_similarity("Memet Eli", "Eli Memet") == pytest.approx(SWAPPED_ORDER_FACTOR)


def test_one_part_against_two_is_discounted() -> None:
    assert name_similarity("Memet", "Memet Eli") == pytest.approx(MISSING_PART_FACTOR)


def test_nothing_readable_scores_zero() -> None:
    assert name_similarity("", "Memet Eli") == 0.0
    assert name_similarity("123", "456") == 0.0


def test_part_similarity_by_the_documented_costs() -> None:
    # 吐尔洪 reads turhun; against Turghun only h/gh differ, a close substitution costing 0.5 over
    # four consonants, and the score is (1 - 0.5 / 4) squared.
    assert part_similarity("吐尔洪", "Turghun") == pytest.approx((1 - 0.5 / 4) ** 2)
    # Tursun against Tursunay: an added vowel (0.25) and y (0.8) over five consonants.
    assert part_similarity("Tursun", "Tursunay") == pytest.approx((1 - 1.05 / 5) ** 2)
    assert part_similarity("Tursun", "Tursun") == 1.0


def test_rare_agreement_counts_for_more() -> None:
    # Many Memets, one Abduqeyyum: the same half-agreement weighs differently.
    corpus = ["Memet Eli"] * 50 + ["Memet Tursun"] * 50 + ["Abduqeyyum Yasin", "Tursun Yasin"]
    tf = TermFrequencies(corpus)
    rare_agrees = name_similarity("Abduqeyyum Eli", "Abduqeyyum Tursun", tf)
    common_agrees = name_similarity("Memet Eli", "Memet Tursun", tf)
    assert rare_agrees > common_agrees
