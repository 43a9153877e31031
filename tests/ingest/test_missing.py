"""Stand-ins for a missing value are told from values, in the sources' languages."""

import pytest

from unseen.ingest.missing import is_missing_value


@pytest.mark.parametrize(
    "text",
    ["unknown", "Unknown", "UNKNOWN", "N/A", "n.a.", "none", "NULL", "nan", "Not known", "-", "—", "?", "...",
     "未知", "不详", "无", "неизвестно", "Белгісіз", "bilinmiyor", "نامەلۇم", "   "],
)
def test_stand_ins_are_missing(text: str) -> None:
    assert is_missing_value(text)


@pytest.mark.parametrize(
    "text",
    ["Kashgar", "喀什市", "Na 12", "653101197905145678", "1978", "No. 3 camp", "Unknown camp No. 2", "Nurlan",
     "Annan", "x1", "X"],  # X: a source or a facility may be called so
)
def test_values_are_not_missing(text: str) -> None:
    assert not is_missing_value(text)
