"""How alike two full names are, in any scripts, in [0, 1].

Each part is compared on its phonetic form: a different consonant class costs a full edit, a vowel
only a quarter (transcriptions add, drop and shift vowels freely: Abdurehman, Abudureheman). Parts
are then combined given-with-given and father-with-father by a weighted geometric mean, so one part
that disagrees pulls the whole score down (brothers share a father's name and must not match). The
reversed pairing (given-with-father) is tried too but discounted, because order carries meaning.
"""

from __future__ import annotations

import math
from functools import lru_cache

from unseen.names.distance import form_distance
from unseen.names.errors import check_text
from unseen.names.frequencies import TermFrequencies
from unseen.names.keys import part_form, uly_form, uly_key
from unseen.names.memo import Memo
from unseen.names.parts import name_parts

__all__ = [
    "DEFAULT_THRESHOLD",
    "MISSING_PART_FACTOR",
    "SWAPPED_ORDER_FACTOR",
    "name_similarity",
    "part_similarity",
]

#: Score at or above which two names are taken to be the same name (the bench measures F1 here).
DEFAULT_THRESHOLD = 0.8
#: Multiplier when the parts only agree given-with-father: "Eli Memet" is not "Memet Eli".
SWAPPED_ORDER_FACTOR = 0.75
#: Multiplier when only one name has a father's part: one agreeing part alone stays below the threshold.
MISSING_PART_FACTOR = 0.75
_FLOOR = 0.01
_SHARPNESS = 2.0


def _count_consonants(form: str) -> int:
    return sum(1 for c in form if c.isupper())


_CONSONANTS = Memo(_count_consonants)


def _form_similarity(fa: str, fb: str) -> float:
    return _FORM_SIMILARITY[fa, fb]


def _pair_similarity(forms: tuple[str, str]) -> float:
    fa, fb = forms
    if fa == fb:
        return 1.0 if fa else 0.0
    if not fa or not fb:
        return 0.0
    size = max(_CONSONANTS[fa], _CONSONANTS[fb], 2)
    closeness = max(0.0, 1.0 - form_distance(fa, fb, limit=size) / size)
    return float(closeness**_SHARPNESS)


# Keyed by the pair of forms, so that ``zip`` of two names' forms gives the keys directly.
_FORM_SIMILARITY: Memo[tuple[str, str], float] = Memo(_pair_similarity, maxsize=1 << 18)


def part_similarity(a: str, b: str) -> float:
    """Similarity of two single name parts in any scripts, in [0, 1]."""
    return _form_similarity(part_form(a), part_form(b))


@lru_cache(maxsize=262144)
def _name_forms(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Forms and keys of the first three parts of a name (given, father, grandfather)."""
    parts = name_parts(text)[:3]
    return tuple(map(uly_form, parts)), tuple(map(uly_key, parts))


def _mean(sims: list[float], weights: list[float] | None) -> float:
    """Geometric mean, weighted if ``weights``: one disagreeing part pulls the whole score down."""
    if weights is None:
        return float(math.prod([s if s > _FLOOR else _FLOOR for s in sims]) ** (1.0 / len(sims)))
    total = sum(weights)
    return math.exp(sum(w * math.log(max(s, _FLOOR)) for s, w in zip(sims, weights, strict=True)) / total)


def _weights(ka: tuple[str, ...], kb: tuple[str, ...], tf: TermFrequencies | None) -> list[float] | None:
    if tf is None:
        return None
    return [(tf.weight(x) + tf.weight(y)) / 2 or 1.0 for x, y in zip(ka, kb, strict=False)]


def name_similarity(a: str, b: str, frequencies: TermFrequencies | None = None) -> float:
    """Similarity of two full names in any scripts, in [0, 1]; order-aware (given vs father).

    Parts are compared given-with-given and father-with-father; the reversed pairing counts at
    ``SWAPPED_ORDER_FACTOR``. A name with one part against one with more scores at most
    ``MISSING_PART_FACTOR``. With ``frequencies``, agreement on a rare part outweighs disagreement
    elsewhere more than agreement on a common part does. Names with nothing readable score 0.
    """
    (fa, ka), (fb, kb) = _name_forms(check_text(a)), _name_forms(check_text(b))
    n = min(len(fa), len(fb))
    if n == 0:
        return 0.0
    sims = list(map(_FORM_SIMILARITY.__getitem__, zip(fa, fb, strict=False)))  # the first n parts
    score = _mean(sims, None if frequencies is None else _weights(ka[:n], kb[:n], frequencies))
    if n >= 2 and score < SWAPPED_ORDER_FACTOR:
        swapped = [_FORM_SIMILARITY[fa[0], fb[1]], _FORM_SIMILARITY[fa[1], fb[0]], *sims[2:]]
        swapped_weights = _weights(ka[:n], (kb[1], kb[0], *kb[2:n]), frequencies)
        score = max(score, SWAPPED_ORDER_FACTOR * _mean(swapped, swapped_weights))
    if n == 1 and max(len(fa), len(fb)) > 1:
        score *= MISSING_PART_FACTOR
    return min(1.0, max(0.0, score))
