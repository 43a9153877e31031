"""Places and fictional facilities of the synthetic world.

Places are real towns (birthplaces are public geography, not personal data), each with the spellings
the different sources use and the six-digit administrative code that opens a national ID number.
Facilities are invented: their names are made up and their coordinates merely plausible (near a
town in Xinjiang), so nothing here describes a real site.
"""

from __future__ import annotations

from dataclasses import dataclass

from unseen.demo.alphabets import uly_to_arabic, uly_to_english

__all__ = ["FACILITIES", "PLACES", "Facility", "Place"]


@dataclass(frozen=True)
class Place:
    """A town with its spellings per source language and its ID-number region code."""

    key: str
    zh: str
    uly: str
    english: tuple[str, ...]  # first is the usual English spelling, the rest variants
    kazakh: str
    region_code: str
    kazakh_weight: float  # how likely a Kazakh (vs Uyghur) person is born here, relative
    uyghur_weight: float

    @property
    def arabic(self) -> str:
        return uly_to_arabic(self.uly)


PLACES: tuple[Place, ...] = (
    Place("kashgar", "喀什市", "Qeshqer", ("Kashgar", "Kashi", "Qeshqer"), "Қашқар", "653101", 0, 10),
    Place("hotan", "和田市", "Xoten", ("Hotan", "Khotan", "Hoten"), "Хотан", "653201", 0, 8),
    Place("aksu", "阿克苏市", "Aqsu", ("Aksu", "Aqsu"), "Ақсу", "652901", 0, 6),
    Place("ghulja", "伊宁市", "Ghulja", ("Ghulja", "Yining", "Kulja", "Gulja"), "Құлжа", "654002", 8, 6),
    Place("urumchi", "乌鲁木齐市", "Ürümchi", ("Urumqi", "Urumchi"), "Үрімші", "650102", 4, 5),
    Place("turpan", "吐鲁番市", "Turpan", ("Turpan", "Turfan"), "Тұрпан", "650402", 0, 4),
    Place("kucha", "库车县", "Kucha", ("Kucha", "Kuqa", "Kuchar"), "Күшар", "652923", 0, 4),
    Place("yeken", "莎车县", "Yeken", ("Yarkand", "Shache", "Yeken"), "Жәкән", "653125", 0, 5),
    Place("korla", "库尔勒市", "Korla", ("Korla", "Korle"), "Корла", "652801", 1, 3),
    Place("atush", "阿图什市", "Atush", ("Artux", "Atush", "Atushi"), "Атуш", "653001", 0, 3),
    Place("qaramay", "克拉玛依市", "Qaramay", ("Karamay", "Qaramay"), "Қарамай", "650203", 3, 1),
    Place("altay", "阿勒泰市", "Altay", ("Altay", "Altai"), "Алтай", "654301", 8, 0.5),
    Place("chochek", "塔城市", "Chöchek", ("Tacheng", "Chuguchak", "Chochek"), "Шәуешек", "654201", 7, 1),
    Place("bortala", "博乐市", "Bortala", ("Bole", "Bortala"), "Бұратала", "652701", 4, 1),
    Place("tekes", "特克斯县", "Tékes", ("Tekes",), "Текес", "654027", 4, 0.5),
    Place("nilqa", "尼勒克县", "Nilqa", ("Nilka", "Nilqa"), "Нылқы", "654028", 4, 0.5),
)


@dataclass(frozen=True)
class Facility:
    """A fictional place of detention, named in each language the sources use."""

    key: str
    stem: str  # the invented proper name, in ULY
    name_en: str
    name_zh: str
    name_ru: str
    latitude: float
    longitude: float
    kind: str  # camp | prison | detention_centre
    near: tuple[str, ...]  # place keys whose people are mostly held here

    @property
    def name_ug(self) -> str:
        return uly_to_arabic(f"{self.stem} {_UG_KIND[self.kind]}")

    @property
    def english_variants(self) -> tuple[str, ...]:
        """How relatives name it in English: full name, or the stem with a generic word."""
        plain = uly_to_english(self.stem).lower().replace("gh", "g").replace("q", "k").capitalize()
        short = {"camp": "camp", "prison": "prison", "detention_centre": "detention center"}[self.kind]
        return (self.name_en, f"{plain} {short}", f"the {plain} {short}", f"{self.stem} {short}")


_UG_KIND = {
    "camp": "terbiyilesh merkizi",
    "prison": "türmisi",
    "detention_centre": "qamaqxanisi",
}

FACILITIES: tuple[Facility, ...] = (
    Facility("qizilbagh", "Qizilbagh", "Qizilbagh Vocational Training Centre",
             "克孜勒巴格职业技能教育培训中心",
             "Учебный центр Кызылбаг", 39.512, 76.043, "camp", ("kashgar", "atush", "yeken")),
    Facility("yantaq", "Yantaq", "Yantaq Detention Centre", "羊塔克看守所",
             "СИЗО Янтак", 37.158, 79.874, "detention_centre", ("hotan", "yeken")),
    Facility("aqtash", "Aqtash", "Aqtash Prison", "阿克塔什监狱",
             "Тюрьма Акташ", 41.226, 80.351, "prison", ("aksu", "kucha")),
    Facility("toghraq", "Toghraq", "Toghraq Education Centre", "托格拉克教育转化中心",
             "Учебный центр Тограк", 41.703, 86.204, "camp", ("korla", "turpan", "kucha")),
    Facility("kokterek", "Kökterek", "Kokterek Education Centre", "阔克铁热克教育转化中心",
             "Учебный центр Коктерек", 43.952, 81.248, "camp", ("ghulja", "tekes", "nilqa")),
    Facility("saribulaq", "Sariqbulaq", "Sarikbulak Detention Centre", "萨热克布拉克看守所",
             "СИЗО Сарыкбулак", 47.806, 88.207, "detention_centre", ("altay",)),
    Facility("beshkent", "Béshkent", "Beshkent Prison", "别什肯特监狱",
             "Тюрьма Бешкент", 43.904, 87.493, "prison", ("urumchi", "qaramay", "turpan")),
    Facility("tamchi", "Tamchi", "Tamchi Training Centre", "塔木其培训中心",
             "Учебный центр Тамчи", 46.702, 83.051, "camp", ("chochek", "bortala", "qaramay")),
)
