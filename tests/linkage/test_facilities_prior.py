import numpy as np
import pytest
from scipy.optimize import brentq

from unseen.linkage.facilities import facility_key
from unseen.linkage.prior import calibrate_prior, logit2


@pytest.mark.parametrize(
    "variants",
    [
        ("Tamchi camp", "塔木其培训中心", "Учебный центр Тамчи"),
        ("Beshkent prison", "the Beshkent prison", "别什肯特监狱", "Тюрьма Бешкент"),
        ("Yantaq Detention Centre", "羊塔克看守所", "يانتاق قاماقخانىسى"),
    ],
)
def test_one_facility_in_every_script_has_one_key(variants: tuple[str, ...]) -> None:
    assert len({facility_key(v) for v in variants}) == 1


@pytest.mark.parametrize(
    "variants",
    [
        ("阿克苏地区看守所", "Aksu jail", "Aksu Prefecture Detention Center"),
        ("墨玉县职业技能教育培训中心", "Karakax County VETC", "Moyu camp", "Qaraqash camp"),
        ("喀什地区第一职业技能教育培训中心", "Kashgar No 1 VETC", "Kashgar camp No. 1",
         "Kashgar first camp"),
        ("乌鲁木齐市第三看守所", "Urumqi No.3 Detention Center", "Urumqi third detention centre",
         "Урумчи СИЗО №3"),
        ("新疆第一监狱", "Xinjiang First Prison", "Xinjiang No.1 Prison"),
    ],
)
def test_a_facility_named_by_its_place_and_number_has_one_key(variants: tuple[str, ...]) -> None:
    assert len({facility_key(v) for v in variants}) == 1


@pytest.mark.parametrize(
    "variants",
    [
        ("喀什第一职业技能教育培训中心", "Kashi Di Yi Zhiye Jineng Jiaoyu Peixun Zhongxin",
         "Kashgar No. 1 VETC"),
        ("乌鲁木齐第三看守所", "Wulumuqi Di San Kanshousuo", "Wulumuqi Disan Kanshousuo",
         "Urumqi No.3 Detention Center"),
        ("伊宁第十一监狱", "Yining Di Shiyi Jianyu", "Ghulja No. 11 prison"),
        ("喀什地区看守所", "Kashi Diqu Kanshousuo", "Kashgar Prefecture Detention Center"),
    ],
)
def test_a_facility_written_in_pinyin_is_the_facility_written_in_chinese(variants: tuple[str, ...]) -> None:
    assert len({facility_key(v) for v in variants}) == 1


def test_pinyin_kind_words_name_no_place() -> None:
    # Peixun once keyed as Pishan and Zhiye as Shaya: unrelated records agreed on a facility.
    for kind in ("Zhiye Jineng Jiaoyu Peixun Zhongxin", "Jiaoyu Zhuanhua Peixun Zhongxin", "Kanshousuo",
                 "Jianyu", "Juliusuo", "Xuexiao"):
        assert facility_key(kind) == "", kind
    assert facility_key("Di Er Kanshousuo") == "#2"


def test_a_facility_named_only_by_its_kind_is_no_facility() -> None:
    assert facility_key("the camp") == facility_key("看守所") == ""
    for kind in ("саяси лагерь", "Lagér", "لاگېر", "Лагер", "Yépiq terbiyilesh lagéri", "معسكر اعتقال",
                 "Haftanstalt", "camp d'internement"):
        assert facility_key(kind) == "", kind


@pytest.mark.parametrize(
    "variants",
    [
        ("Qeshqerdiki lagér", "قەشقەردىكى لاگېر", "Қәшқәрдики лагер", "Kaşgar'daki kamp", "Kashgar camp"),
        ("新疆维吾尔自治区第三监狱", "自治区第三监狱", "Shinjang 3-türmisi", "Шыңжаң №3 түрмесі",
         "prison n° 3 du Xinjiang", "Xinjiang No. 3 Prison"),
        ("新疆女子监狱", "Xinjiang Women's Prison", "Ayallar türmisi", "Sincan Kadın Cezaevi"),
        ("معسكر إعادة التأهيل في نيا", "Niya re-education camp", "Internierungslager in Niya"),
        ("Құлжа қалалық оқыту орталығы", "Yining Shi Zhiye Jineng Jiaoyu Peixun Zhongxin"),
        ("Yeken nahiyilik terbiyilesh merkizi", "莎车县教育培训中心"),
    ],
)
def test_facilities_in_the_words_of_more_languages_have_one_key(variants: tuple[str, ...]) -> None:
    assert len({facility_key(v) for v in variants}) == 1


def test_different_facilities_differ_and_empty_is_empty() -> None:
    assert facility_key("Tamchi camp") != facility_key("Beshkent prison")
    assert facility_key("") == ""


def test_numbered_facilities_and_ids_stay_apart() -> None:
    assert facility_key("Urumqi No.3 detention centre") != facility_key("Urumqi No.2 detention centre")
    assert facility_key("fac-12") != facility_key("fac-13")
    assert facility_key("fac-12") == facility_key("FAC-12")


def test_calibrated_prior_is_the_fixed_point() -> None:
    # 10 records, 45 pairs: 3 certain matches (weight +40) and 42 certain non-matches (-40)
    weights = np.array([40.0] * 3 + [-40.0] * 42)
    prior = calibrate_prior(weights, prior=0.5, n_records=10)
    assert prior == pytest.approx(3 / 45, rel=1e-4)


def test_calibration_removes_the_old_prior_first() -> None:
    # 100 records (4950 pairs), two scored pairs with evidence +14 and +3 bits, scored under
    # prior 0.01. Reference: solve λ = Σ sigmoid2(e_i + logit2 λ) / 4950 with a root finder.
    evidence = np.array([14.0, 3.0])
    prior = calibrate_prior(evidence + logit2(0.01), prior=0.01, n_records=100)

    def gap(lam: float) -> float:
        return float(sum(1 / (1 + 2 ** -(e + logit2(lam))) for e in evidence)) / 4950 - lam

    expected = brentq(gap, 1e-9, 0.4)
    assert prior == pytest.approx(expected, rel=1e-4)


def test_calibration_finds_the_root_where_most_pairs_are_weak() -> None:
    # Many weak pairs and a few strong ones: the fixed point moves slowly here, Newton must still land.
    rng = np.random.default_rng(3)
    evidence = np.concatenate([rng.normal(12, 5, 500), rng.normal(-6, 4, 20000)])
    prior = calibrate_prior(evidence + logit2(0.001), prior=0.001, n_records=20000)

    def gap(lam: float) -> float:
        return float((1 / (1 + 2 ** -(evidence + logit2(lam)))).sum()) / (20000 * 19999 / 2) - lam

    assert prior == pytest.approx(brentq(gap, 1e-12, 0.4, xtol=1e-15), rel=1e-5)
