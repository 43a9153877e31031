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


@pytest.mark.parametrize(
    "written", [
        "Hotan City", "和田市", "Xoten Shehiri", "Hotan", "Hotan Şehri", "Hoten Vilayeti", "Hetian area",
        "Hotan region", "Hoten bölgesi", "Хотән шәһири", "Hotan oblysy", "г. Хотан", "Хотан р-н",
        "Хотан окр.", "g. Hotan", "préfecture de Hotan", "ville de Hotan", "Bezirk Hotan", "Stadt Chotan",
        "مدينة خوتن", "ولاية خوتن", "Xo'tan viloyati", "Хўтан вилояти", "Hotan Autonomous Prefecture",
    ]
)
def test_administrative_suffixes_do_not_make_another_place(written: str) -> None:
    assert default_gazetteer().key(written) == "hotan"


def test_unknown_place_with_suffix_keys_without_it() -> None:
    g = Gazetteer({})
    assert g.key("Bay County") == g.key("Bay") == "~bay"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("喀什地区疏勒县", "yengisheher"),  # the county, not the prefecture around it
        ("新疆维吾尔自治区和田地区墨玉县", "karakax"),
        ("乌鲁木齐市天山区", "urumqi"),  # a unit the gazetteer does not list: the one it does
        ("乌鲁木齐达坂城", "urumqi"),  # no unit marks between the names
        ("Shule County, Kashgar Prefecture", "yengisheher"),
        ("Hotan (Xoten)", "hotan"),
    ],
)
def test_a_place_written_with_larger_units_is_its_most_specific_known_part(written: str, key: str) -> None:
    assert default_gazetteer().key(written) == key


def test_an_unknown_place_is_keyed_by_sound_across_scripts() -> None:
    g = default_gazetteer()
    keys = {g.key(w) for w in ("Bay Tagh", "Baytagh", "باي تاغ", "Бай Таг")}
    assert len(keys) == 1 and keys.pop().startswith("~")
    assert g.key("Bay Tagh") != g.key("Qara Tagh")


@pytest.mark.parametrize(
    ("written", "key"),
    [("Yutyan", "keriye"), ("Awatti", "awat"), ("Qaraqax", "karakax"), ("Shinggil", "qinggil"),
     ("Tekkes", "tekes")],
)
def test_an_unlisted_spelling_that_sounds_like_one_listed_place_is_that_place(written: str, key: str) -> None:
    # None of these spellings is listed: Yutyan is a glide away from the pinyin of 于田 (Keriye).
    assert fold_place(written) not in default_gazetteer()._index
    assert default_gazetteer().key(written) == key


@pytest.mark.parametrize(
    ("written", "key"),
    [("Jiashi Xian", "peyzawat"), ("Wuqia Xian", "ulugqat"), ("Kashi Diqu Shule Xian", "yengisheher"),
     ("Xinjiang Weiwuer Zizhiqu Hetian Diqu Moyu Xian", "karakax"),
     ("Yili Hasake Zizhizhou Yining Shi", "ghulja")],
)
def test_pinyin_units_are_units_like_chinese_ones(written: str, key: str) -> None:
    # Jiashi Xian (伽师县) once keyed as Ulugqat (乌恰县, Wuqia Xian) by sound, while Jiashi was right.
    assert default_gazetteer().key(written) == key


def test_the_pinyin_of_a_listed_chinese_name_is_a_spelling_of_it() -> None:
    # 伽师 is read Gashi (伽 gā) as well as Jiashi; by sound alone Gashi is Kashi as much as 伽师.
    g = default_gazetteer()
    assert "gashi" not in {fold_place(v) for v in ("Jiashi", "Peyzawat", "Peyziwat")}
    assert g.key("Gashi") == g.key("Gashi Xian") == g.key("伽师") == "peyzawat"
    assert g.key("Kashi") == "kashgar"


def test_a_sound_one_vowel_away_but_spelt_otherwise_is_no_listed_place() -> None:
    g = default_gazetteer()
    assert g.key("Peixun") != g.key("Pishan")  # 培训, "training": one vowel from Pishan's sound form
    assert g.key("Jiashixian") != g.key("Wuqiaxian")
    assert g.key("Xian").startswith("~")


def test_a_sound_one_consonant_away_is_another_place() -> None:
    assert default_gazetteer().key("Bay Tagh") != default_gazetteer().key("Maytagh")


def test_fold_place_drops_accents_case_and_punctuation() -> None:
    assert fold_place("Yéngi-Sar") == "yengisar"


def test_unknown_script_goes_through_to_latin_when_given() -> None:
    g = Gazetteer({"kashgar": ["Qeshqer"]}, to_latin=lambda s: "Qeshqer" if s == "ق1" else s)
    assert g.key("ق1") == "kashgar"
    assert g.key("Q1") == "~q1"  # Latin text is not re-read


def _place_level_holds(label: str, a: str, b: str) -> bool:
    """Whether the place comparison's level labelled with `label` holds for birthplaces `a` and `b`."""
    import duckdb

    from unseen.linkage.comparisons import unseen_comparisons

    compared = [c.get_comparison("duckdb").as_dict() for c in unseen_comparisons()]
    levels = next(c for c in compared if c["output_column_name"] == "place_key")["comparison_levels"]
    sql = next(level for level in levels if label in level.get("label_for_charts", ""))["sql_condition"]
    gazetteer = default_gazetteer()
    ka, kb = gazetteer.key(a), gazetteer.key(b)
    values = {"place_key_l": ka, "place_key_r": kb, "place_region_l": gazetteer.region(ka),
              "place_region_r": gazetteer.region(kb)}
    for column, value in values.items():
        sql = sql.replace(column, "NULL" if value is None else f"'{value}'")
    return bool(duckdb.execute(f"SELECT coalesce({sql}, false)").fetchone()[0])  # type: ignore[index]


def test_unlisted_places_one_typo_apart_have_a_level_of_their_own() -> None:
    def level_holds(a: str, b: str) -> bool:
        return _place_level_holds("typo", a, b)

    assert level_holds("Whittingham", "Whittinhgam")
    assert not level_holds("Whittingham", "Whitton")
    assert not level_holds("Kashgar", "Kashgr")  # a known place and an unlisted one: no spelling level


@pytest.mark.parametrize(("written", "region"), [
    ("疏勒县", "kashgar"), ("Shule", "kashgar"), ("Kashgar", "kashgar"), ("Ghulja", "ili"), ("Nilka", "ili"),
    ("伊犁", "ili"), ("Қотан", "hotan"), ("Karakash", "hotan"), ("Ürümchi", "urumqi"),
    # Kazakh and Russian names of their own: Tarbagatay is Tacheng, Shikho is Wusu, Emel is Emin.
    ("Тарбағатай", "tacheng"), ("Шиху", "tacheng"), ("Емел", "tacheng"), ("Ақшы", "kizilsu"),
])
def test_a_place_lies_in_its_prefecture_level_region(written: str, region: str) -> None:
    gazetteer = default_gazetteer()
    assert gazetteer.region(gazetteer.key(written)) == region


def test_an_unlisted_place_has_no_region() -> None:
    gazetteer = default_gazetteer()
    assert gazetteer.region(gazetteer.key("Whittingham")) is None
    assert gazetteer.region("") is None


def test_regions_may_only_name_listed_places() -> None:
    with pytest.raises(ValueError, match="nowhere"):
        Gazetteer({"kashgar": ["Qeshqer"]}, regions={"kashgar": ["nowhere"]})


def test_a_place_inside_the_region_the_other_names_is_not_a_conflict() -> None:
    def level_holds(a: str, b: str) -> bool:
        return _place_level_holds("within", a, b)

    assert level_holds("Kashgar", "疏勒县") and level_holds("Nilka", "Ili")
    assert not level_holds("Shule", "Shufu")  # two counties of one prefecture are two places
    assert not level_holds("Kashgar", "Ghulja")
    assert not level_holds("Whittingham", "Whittinghm")


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("Kaşgar Yengisar", "英吉沙县"),  # Turkish lists: region, then county, no comma
        ("قەشقەر يەكەن", "莎车县"),
        ("Yengisar Kashgar", "英吉沙县"),
        ("Hoten Guma", "皮山县"),
        ("Алтай Бұрчин", "布尔津县"),
        ("Kaşgar Yengisar İlçesi", "英吉沙县"),
        ("Gulca Tekes", "特克斯县"),  # a prefecture's seat stands for the prefecture
        ("كورلا قاراشەھەر", "焉耆县"),
    ],
)
def test_a_county_written_beside_its_region_without_a_comma_is_the_county(written: str, same_as: str) -> None:
    g = default_gazetteer()
    assert g.key(written) == g.key(same_as) != g.region(g.key(same_as))


def test_words_that_are_not_all_places_of_one_region_are_no_known_place() -> None:
    g = default_gazetteer()
    assert g.key("Kashgar Hotan").startswith("~")  # two regions: which one is not said
    assert g.key("Bay Tagh").startswith("~")  # a mountain, though Bay is a county


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("Kızılsu'nun Atuş ilçesi", "阿图什市"),  # Turkish: Atush county of Kizilsu, case endings
        ("Aksu'nun Onsu ilçesi", "温宿县"),
        ("Kaşgar'da", "喀什"),
        ("قەشقەر ۋىلايىتى ماڭشىن بازىرى", "喀什地区"),  # a township not listed: its region
        ("Opal Township Kashgar", "喀什地区"),
        ("Kashgar Prefecture Yengisar County", "英吉沙县"),
        ("Tengritagh", "天山区"),  # listed as Tengritagh Rayoni
    ],
)
def test_places_written_with_case_endings_townships_or_no_unit_word(written: str, same_as: str) -> None:
    g = default_gazetteer()
    assert g.key(written) == g.key(same_as)


def test_a_unit_word_dropped_does_not_make_two_places_one() -> None:
    # Yéngisheher Rayoni is a district of Ürümqi; Yéngisheher alone stays Shule county in Kashgar.
    g = default_gazetteer()
    assert g.region(g.key("Yengisheher")) == "kashgar"


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("Aksu, Xinjiang, China", "阿克苏"),  # the province and country are no part of the place
        ("ئۈرۈمچى، شەرقىي تۈركىستان", "乌鲁木齐"),
        ("ШҰАР, Артыш", "阿图什市"),
        ("Xinjiang Yecheng Xian", "叶城县"),
        ("Xinjiang Bayinguoleng Menggu Zizhizhou Yanqi Huizu Zizhixian", "焉耆县"),
    ],
)
def test_the_province_around_a_place_is_dropped(written: str, same_as: str) -> None:
    g = default_gazetteer()
    assert g.key(written) == g.key(same_as)


@pytest.mark.parametrize("written", ["Xinjiang", "East Turkestan", "新疆", "شەرقىي تۈركىستان"])
def test_the_province_alone_is_no_place(written: str) -> None:
    assert default_gazetteer().key(written) == ""


def test_turkish_letters_are_read_before_a_sound_is_taken() -> None:
    g = default_gazetteer()
    assert g.key("Yengişeher") == g.key("疏勒县")  # folded to 'yengiseher' it matched nothing
    assert g.key("Korla Karaşeher") == g.key("焉耆县")


def test_a_prefecture_beside_an_unlisted_district_is_the_prefecture() -> None:
    g = default_gazetteer()
    assert g.key("Urumçi'nin Tanrıdağı ilçesi") == g.key("乌鲁木齐")
    assert g.key("Hotan Bagh") == g.key("和田")
    assert g.key("Bay Tagh").startswith("~")  # beside a county, an unknown word may be a mountain
