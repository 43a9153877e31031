import pytest

from unseen.linkage.gazetteer import Gazetteer, default_gazetteer, fold_place


@pytest.mark.parametrize("written", ["Kashgar", "Qeshqer", "قەشقەر", "喀什", "KASHI", "kashghar"])
def test_kashgar_in_every_script_is_one_place(written: str) -> None:
    assert default_gazetteer().key(written) == "kashgar"


@pytest.mark.parametrize(
    ("a", "b"), [("Hotan", "和田"), ("Khotan", "خوتەن"), ("Ürümchi", "乌鲁木齐"), ("Yarkand", "莎车")]
)
def test_known_places_agree_across_scripts(a: str, b: str) -> None:
    assert default_gazetteer().key(a) == default_gazetteer().key(b)


def test_different_places_differ() -> None:
    g = default_gazetteer()
    assert g.key("Kashgar") != g.key("Hotan")


def test_unknown_place_keys_its_folded_spelling() -> None:
    g = Gazetteer({"kashgar": ["Kashi"]})
    assert g.key("Bay Tagh") == "~baytagh"
    assert g.key("bay-tagh") == g.key("Bay Tagh")
    assert g.key("") == ""


@pytest.mark.parametrize("written", ["Hotan City", "和田市", "Xoten Shehiri", "Hotan"])
def test_administrative_suffixes_do_not_make_another_place(written: str) -> None:
    assert default_gazetteer().key(written) == "hotan"


def test_unknown_place_with_suffix_keys_without_it() -> None:
    g = Gazetteer({})
    assert g.key("Bay County") == g.key("Bay") == "~bay"


def test_fold_place_drops_accents_case_and_punctuation() -> None:
    assert fold_place("Yéngi-Sar") == "yengisar"


def test_unknown_script_goes_through_to_latin_when_given() -> None:
    g = Gazetteer({"kashgar": ["Qeshqer"]}, to_latin=lambda s: "Qeshqer" if s == "ق1" else s)
    assert g.key("ق1") == "kashgar"
    assert g.key("Q1") == "~q1"  # Latin text is not re-read


def test_unlisted_places_one_typo_apart_have_a_level_of_their_own() -> None:
    import duckdb

    from unseen.linkage.comparisons import unseen_comparisons

    compared = [c.get_comparison("duckdb").as_dict() for c in unseen_comparisons()]
    levels = next(c for c in compared if c["output_column_name"] == "place_key")["comparison_levels"]
    near = next(level for level in levels if "typo" in level.get("label_for_charts", ""))
    gazetteer = default_gazetteer()

    def level_holds(a: str, b: str) -> bool:
        sql = near["sql_condition"].replace("place_key_l", "$1").replace("place_key_r", "$2")
        return bool(duckdb.execute(f"SELECT {sql}", [gazetteer.key(a), gazetteer.key(b)]).fetchone()[0])  # type: ignore[index]

    assert level_holds("Whittingham", "Whittinhgam")
    assert not level_holds("Whittingham", "Whitton")
    assert not level_holds("Kashgar", "Kashgr")  # a known place and an unlisted one: no spelling level
