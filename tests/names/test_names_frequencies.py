"""Term frequencies: counts, smoothed shares and weights by arithmetic."""

from __future__ import annotations

import math

from unseen.names import TermFrequencies, part_key


def test_counts_parts_across_scripts() -> None:
    tf = TermFrequencies(["Memet Eli", "买买提·艾力", "Tursun Memet"])
    assert tf.count(part_key("Memet")) == 3
    assert tf.count(part_key("Eli")) == 2
    assert tf.total == 6
    assert len(tf) == 3


def test_frequency_and_weight_by_arithmetic() -> None:
    tf = TermFrequencies.from_keys(["MT", "MT", "MT", "TRSN", ""])
    # add-one smoothing over 4 counted keys and 2 distinct ones: (3 + 1) / (4 + 2 + 1)
    assert tf.frequency("MT") == 4 / 7
    assert tf.frequency("UNSEEN") == 1 / 7
    assert tf.weight("TRSN") == -math.log(2 / 7)
    assert tf.weight("TRSN") > tf.weight("MT")
    assert "MT" in tf and "" not in tf
