import pytest

from unseen.ingest import parse_sex, parse_status
from unseen.ingest.errors import FieldError


@pytest.mark.parametrize(
    "text", ["M", "m", "male", "Male ", "男", "Е", "е", "ئەر", "erkek", "Мужской", "männlich"]
)
def test_male_spellings(text: str) -> None:
    assert parse_sex(text) == "male"


@pytest.mark.parametrize(
    "text",
    ["F", "f", "female", "女", "Ә", "ئايال", "kadın", "Bayan", "Ж", "әйел", "weiblich", "W", "äiel", "Áıel"],
)
def test_female_spellings(text: str) -> None:
    assert parse_sex(text) == "female"


def test_a_phrase_naming_two_statuses_is_an_error() -> None:
    with pytest.raises(FieldError, match="detained then released"):
        parse_status("detained then released")


def test_mapping_values_win_and_unknown_values_fail() -> None:
    assert parse_sex("1", {"1": "female"}) == "female"
    assert parse_sex("") is None
    with pytest.raises(FieldError, match=r"values\.sex"):
        parse_sex("X7")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("在押", "detained"),
        ("Died in custody", "died_in_custody"),
        ("released", "released"),
        ("失踪", "missing"),
        ("sentenced", "sentenced"),
        ("判刑", "sentenced"),
        ("死亡", "died"),  # a death the source does not place in custody is not said to be in custody
        ("dead", "died"),
        ("умер", "died"),
        ("在押死亡", "died_in_custody"),
        ("died in custody (2020)", "died_in_custody"),
        ("умер под стражей", "died_in_custody"),
        ("освобождён", "released"),  # ё as е
        ("قولغا ئېلىندى", "detained"),
        ("qoyup bérildi", "released"),
    ],
)
def test_status_spellings(text: str, status: str) -> None:
    assert parse_status(text) == status


@pytest.mark.parametrize("text", ["\ufe8b\ufeea\ufead", "ئه\u200cر", "ئەر"])  # presentation forms, ZWNJ
def test_uyghur_sex_as_keyboards_type_it(text: str) -> None:
    assert parse_sex(text) == "male"
