"""Xinjiang counties/cities and prefectures with their names in several scripts.

Area codes are the public GB/T 2260 administrative division codes used as the first six
digits of resident ID numbers.  Facility names are generic patterns ("<county> detention
centre"), not descriptions of any particular real site.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .translit import russianize, tr_upper, uly_to_arabic


@dataclass(frozen=True)
class Prefecture:
    key: str
    zh: str
    py: str
    uly: str
    en: str
    tr: str
    kz: str


@dataclass(frozen=True)
class County:
    key: str
    zh: str  # official full name
    zh_short: str  # without the 县/市 suffix
    py: str
    uly: str
    en: tuple[str, ...]
    tr: str
    kz: str
    code: str
    pref: str  # prefecture key ("" for none)
    city: bool  # a city (市) rather than a county (县)


PREFECTURES: dict[str, Prefecture] = {
    p.key: p
    for p in [
        Prefecture("kashgar", "喀什地区", "Kashi Diqu", "Qeshqer wilayiti", "Kashgar Prefecture",
                   "Kaşgar Vilayeti", "Қашқар аймағы"),
        Prefecture("hotan", "和田地区", "Hetian Diqu", "Xoten wilayiti", "Hotan Prefecture",
                   "Hotan Vilayeti", "Хотан аймағы"),
        Prefecture("aksu", "阿克苏地区", "Akesu Diqu", "Aqsu wilayiti", "Aksu Prefecture",
                   "Aksu Vilayeti", "Ақсу аймағы"),
        Prefecture("turpan", "吐鲁番市", "Tulufan Shi", "Turpan shehiri", "Turpan City",
                   "Turfan", "Тұрпан қаласы"),
        Prefecture("bayingolin", "巴音郭楞蒙古自治州", "Bayinguoleng Zhou", "Bayinghulin oblasti",
                   "Bayingolin Prefecture", "Bayingolin Oblastı", "Баянғол облысы"),
        Prefecture("kizilsu", "克孜勒苏柯尔克孜自治州", "Kezilesu Zhou", "Qizilsu oblasti",
                   "Kizilsu Prefecture", "Kızılsu Oblastı", "Қызылсу облысы"),
        Prefecture("ili", "伊犁哈萨克自治州", "Yili Zhou", "Ili oblasti", "Ili Prefecture",
                   "İli Oblastı", "Іле облысы"),
        Prefecture("altay", "阿勒泰地区", "Aletai Diqu", "Altay wilayiti", "Altay Prefecture",
                   "Altay Vilayeti", "Алтай аймағы"),
        Prefecture("tacheng", "塔城地区", "Tacheng Diqu", "Chöchek wilayiti", "Tacheng Prefecture",
                   "Çöçek Vilayeti", "Тарбағатай аймағы"),
        Prefecture("changji", "昌吉回族自治州", "Changji Zhou", "Sanji oblasti", "Changji Prefecture",
                   "Sanci Oblastı", "Сәңжі облысы"),
        Prefecture("hami", "哈密市", "Hami Shi", "Qumul shehiri", "Kumul City", "Kumul", "Құмыл қаласы"),
    ]
}


def _c(key: str, zh: str, py: str, uly: str, en: tuple[str, ...], tr: str, kz: str, code: str,
       pref: str) -> County:
    city = zh.endswith("市")
    short = zh[:-1] if zh[-1] in "县市" else zh
    short = short.replace("锡伯自治", "").replace("哈萨克自治", "").replace("回族自治", "")
    return County(key, zh, short, py, uly, en, tr, kz, code, pref, city)


COUNTIES: dict[str, County] = {
    c.key: c
    for c in [
        _c("kashgar", "喀什市", "Kashi", "Qeshqer", ("Kashgar", "Kashghar", "Kashi"), "Kaşgar", "Қашқар",
           "653101", "kashgar"),
        _c("shufu", "疏附县", "Shufu", "Kona sheher", ("Konasheher", "Shufu", "Kona Shahar"), "Konaşehir",
           "Кона Шәһәр", "653121", "kashgar"),
        _c("shule", "疏勒县", "Shule", "Yéngi sheher", ("Yengisheher", "Shule", "Yangi Shahar"), "Yenişehir",
           "Йеңишәһәр", "653122", "kashgar"),
        _c("yengisar", "英吉沙县", "Yingjisha", "Yéngisar", ("Yengisar", "Yangihissar", "Yingjisha"),
           "Yengisar", "Йеңисар", "653123", "kashgar"),
        _c("yarkand", "莎车县", "Shache", "Yeken", ("Yarkand", "Yarkent", "Yeken", "Shache"), "Yarkent",
           "Жаркент", "653125", "kashgar"),
        _c("kargilik", "叶城县", "Yecheng", "Qaghiliq", ("Kargilik", "Karghilik", "Yecheng"), "Kargılık",
           "Қағилиқ", "653126", "kashgar"),
        _c("makit", "麦盖提县", "Maigaiti", "Mekit", ("Makit", "Merket", "Maigaiti"), "Mekit", "Мекит",
           "653127", "kashgar"),
        _c("peyziwat", "伽师县", "Jiashi", "Peyziwat", ("Payzawat", "Peyziwat", "Jiashi"), "Peyzivat",
           "Пейзиват", "653129", "kashgar"),
        _c("hotan", "和田市", "Hetian", "Xoten", ("Hotan", "Khotan", "Hetian"), "Hotan", "Хотан", "653201",
           "hotan"),
        _c("karakax", "墨玉县", "Moyu", "Qaraqash", ("Karakax", "Karakash", "Moyu"), "Karakaş", "Қарақаш",
           "653222", "hotan"),
        _c("guma", "皮山县", "Pishan", "Guma", ("Guma", "Pishan"), "Guma", "Гума", "653223", "hotan"),
        _c("lop", "洛浦县", "Luopu", "Lop", ("Lop", "Luopu"), "Lop", "Лоп", "653224", "hotan"),
        _c("chira", "策勒县", "Cele", "Chira", ("Chira", "Qira", "Cele"), "Çira", "Чира", "653225", "hotan"),
        _c("keriye", "于田县", "Yutian", "Kériye", ("Keriya", "Keriye", "Yutian"), "Keriye", "Керия",
           "653226", "hotan"),
        _c("aksu", "阿克苏市", "Akesu", "Aqsu", ("Aksu", "Aqsu"), "Aksu", "Ақсу", "652901", "aksu"),
        _c("kucha", "库车县", "Kuche", "Kucha", ("Kucha", "Kuqa", "Kuche"), "Kuça", "Кучар", "652923",
           "aksu"),
        _c("awat", "阿瓦提县", "Awati", "Awat", ("Awat", "Awati"), "Avat", "Әват", "652928", "aksu"),
        _c("uchturpan", "乌什县", "Wushi", "Uchturpan", ("Uchturpan", "Uqturpan", "Wushi"), "Uçturfan",
           "Учтурпан", "652927", "aksu"),
        _c("turpan", "吐鲁番市", "Tulufan", "Turpan", ("Turpan", "Turfan", "Tulufan"), "Turfan", "Тұрпан",
           "650402", "turpan"),
        _c("toksun", "托克逊县", "Tuokexun", "Toqsun", ("Toksun", "Toqsun"), "Toksun", "Тоқсун", "650422",
           "turpan"),
        _c("pichan", "鄯善县", "Shanshan", "Pichan", ("Pichan", "Piqan", "Shanshan"), "Piçan", "Пичан",
           "650421", "turpan"),
        _c("korla", "库尔勒市", "Kuerle", "Korla", ("Korla", "Kuerle"), "Korla", "Корла", "652801",
           "bayingolin"),
        _c("yanqi", "焉耆回族自治县", "Yanqi", "Qarasheher", ("Karashahr", "Yanqi", "Qarasheher"),
           "Karaşehir", "Қарашаһар", "652826", "bayingolin"),
        _c("atush", "阿图什市", "Atushi", "Atush", ("Atush", "Artux", "Artush", "Atushi"), "Artuş", "Артуш",
           "653001", "kizilsu"),
        _c("akto", "阿克陶县", "Aketao", "Aqto", ("Akto", "Aqto"), "Akto", "Ақто", "653022", "kizilsu"),
        _c("ulugqat", "乌恰县", "Wuqia", "Ulughchat", ("Ulugqat", "Ulughchat", "Wuqia"), "Uluğçat",
           "Ұлықшат", "653024", "kizilsu"),
        _c("ghulja", "伊宁市", "Yining", "Ghulja", ("Ghulja", "Gulja", "Yining", "Kulja"), "Gulca", "Құлжа",
           "654002", "ili"),
        _c("ghulja_county", "伊宁县", "Yining", "Ghulja nahiyisi", ("Ghulja County", "Yining County"),
           "Gulca İlçesi", "Құлжа ауданы", "654021", "ili"),
        _c("chapchal", "察布查尔锡伯自治县", "Chabuchaer", "Chapchal", ("Chapchal", "Qapqal", "Chabuchar"),
           "Çapçal", "Шапшал", "654022", "ili"),
        _c("qorghas", "霍城县", "Huocheng", "Qorghas", ("Korgas", "Khorgos", "Huocheng"), "Korgas",
           "Қорғас", "654023", "ili"),
        _c("nilka", "尼勒克县", "Nileke", "Nilqa", ("Nilka", "Nileke"), "Nilka", "Нылқы", "654028", "ili"),
        _c("tekes", "特克斯县", "Tekesi", "Tékes", ("Tekes", "Tekesi"), "Tekes", "Текес", "654027", "ili"),
        _c("altay", "阿勒泰市", "Aletai", "Altay", ("Altay", "Altai", "Aletai"), "Altay", "Алтай", "654301",
           "altay"),
        _c("chochek", "塔城市", "Tacheng", "Chöchek", ("Chuguchak", "Tacheng", "Chochek"), "Çöçek",
           "Шәуешек", "654201", "tacheng"),
        _c("mori", "木垒哈萨克自治县", "Mulei", "Mori", ("Mori", "Mulei"), "Mori", "Мори", "652328",
           "changji"),
        _c("changji", "昌吉市", "Changji", "Sanji", ("Changji", "Sanji"), "Sanci", "Сәңжі", "652301",
           "changji"),
        _c("urumqi", "乌鲁木齐市", "Wulumuqi", "Ürümchi", ("Urumqi", "Urumchi", "Wulumuqi"), "Urumçi",
           "Үрімжі", "650102", ""),
        _c("shihezi", "石河子市", "Shihezi", "Shixenze", ("Shihezi",), "Şihezi", "Шыхыцзы", "659001", ""),
        _c("kumul", "哈密市", "Hami", "Qumul", ("Kumul", "Hami", "Qomul"), "Kumul", "Құмыл", "650502",
           "hami"),
    ]
}

# Birthplace weights by ethnicity.
BIRTHPLACE_WEIGHTS: dict[str, dict[str, float]] = {
    "uyghur": {
        "kashgar": 6, "shufu": 3, "shule": 3, "yengisar": 2, "yarkand": 5, "kargilik": 3, "makit": 2,
        "peyziwat": 3, "hotan": 5, "karakax": 4, "guma": 2, "lop": 2, "chira": 2, "keriye": 2, "aksu": 4,
        "kucha": 3, "awat": 2, "uchturpan": 1.5, "turpan": 3, "toksun": 1, "pichan": 1.5, "korla": 2,
        "atush": 3, "ghulja": 4, "ghulja_county": 2, "qorghas": 1, "urumqi": 4, "kumul": 1.5,
    },
    "kazakh": {
        "ghulja": 2, "ghulja_county": 2, "qorghas": 1.5, "nilka": 2, "tekes": 2, "altay": 4, "chochek": 3,
        "mori": 2, "changji": 1, "urumqi": 1.5,
    },
    "kyrgyz": {"atush": 4, "akto": 4, "ulugqat": 3, "kashgar": 0.5, "tekes": 0.5},
    "hui": {"changji": 4, "urumqi": 4, "yanqi": 3, "ghulja": 2, "mori": 1, "kumul": 1},
    "han": {"urumqi": 5, "shihezi": 3, "korla": 2, "changji": 2, "kashgar": 1, "aksu": 1, "hotan": 0.5},
}


def _choice(rng: np.random.Generator, items: list[str], p: list[float] | None = None) -> str:
    if p is not None:
        arr = np.asarray(p, dtype=float)
        return items[int(rng.choice(len(items), p=arr / arr.sum()))]
    return items[int(rng.integers(len(items)))]


def pick_birthplace(rng: np.random.Generator, eth: str) -> str:
    w = BIRTHPLACE_WEIGHTS[eth]
    keys = list(w)
    return _choice(rng, keys, [w[k] for k in keys])


# --- birthplace rendering ------------------------------------------------------------------


def birthplace_zh(c: County, rng: np.random.Generator) -> str:
    pref = PREFECTURES[c.pref].zh if c.pref and c.pref not in ("turpan", "hami") else ""
    r = rng.random()
    if r < 0.45 or not pref:
        base = c.zh if rng.random() < 0.85 else c.zh_short
        return ("新疆" + base) if rng.random() < 0.1 else base
    if r < 0.72:
        return pref + c.zh
    if r < 0.9:
        return "新疆" + pref + c.zh
    return "新疆维吾尔自治区" + pref + c.zh


def birthplace_py(c: County, rng: np.random.Generator) -> str:
    suffix = "Shi" if c.city else "Xian"
    r = rng.random()
    if r < 0.5:
        return f"{c.py} {suffix}"
    if r < 0.8 or not c.pref:
        return c.py
    return f"{PREFECTURES[c.pref].py} {c.py} {suffix}"


def birthplace_en(c: County, rng: np.random.Generator, us_style: bool = False) -> str:
    name = _choice(rng, list(c.en))
    r = rng.random()
    if us_style:
        tail = _choice(rng, [", Xinjiang, China", ", China", ", PRC", ", XUAR", ", Xinjiang", ""],
                       [0.3, 0.2, 0.1, 0.05, 0.1, 0.25])
        return name + tail
    if r < 0.15 and c.pref:
        return f"{name}, {PREFECTURES[c.pref].en}"
    if r < 0.25:
        return name + ", Xinjiang"
    if r < 0.3:
        return name + ", East Turkistan"
    if r < 0.35:
        return name.lower()
    return name


def birthplace_uly(c: County, rng: np.random.Generator) -> str:
    r = rng.random()
    unit = "shehiri" if c.city else "nahiyisi"
    name = c.uly
    if "nahiyisi" in name:
        unit = ""
    if r < 0.6:
        return name
    if r < 0.85 or not c.pref:
        return f"{name} {unit}".strip()
    return f"{PREFECTURES[c.pref].uly} {name} {unit}".strip()


def birthplace_ar(c: County, rng: np.random.Generator) -> str:
    return uly_to_arabic(birthplace_uly(c, rng))


def birthplace_kz(c: County, rng: np.random.Generator) -> str:
    unit = "қаласы" if c.city else "ауданы"
    name = c.kz
    r = rng.random()
    if "ауданы" in name or r < 0.6:
        out = name
    elif r < 0.88 or not c.pref:
        out = f"{name} {unit}"
    else:
        out = f"{PREFECTURES[c.pref].kz}, {name} {unit}"
    if rng.random() < 0.2:
        out = russianize(out)
    return out


def birthplace_tr(c: County, rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.65:
        out = c.tr
    elif r < 0.8 and c.pref:
        out = f"{c.tr}, {PREFECTURES[c.pref].tr.split(' ')[0]}"
    elif r < 0.92:
        out = c.tr + ", Doğu Türkistan"
    else:
        out = tr_upper(c.tr)
    return out


# --- facilities ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Facility:
    county: str
    kind: str  # "camp", "detention", "prison"
    num: int


def facility_zh(f: Facility, rng: np.random.Generator) -> str:
    c = COUNTIES[f.county]
    base = c.zh if rng.random() < 0.6 else c.zh_short
    if f.kind == "camp":
        return _choice(rng, [
            f"{base}第{f.num}职业技能教育培训中心",
            f"{base}职业技能教育培训中心",
            f"{c.zh_short}{f.num}号教培中心",
            f"{base}第{'一二三四'[f.num - 1]}职业技能教育培训中心",
            f"{c.zh_short}教培中心",
        ], [0.35, 0.2, 0.15, 0.2, 0.1])
    if f.kind == "detention":
        return _choice(rng, [f"{base}看守所", f"{c.zh_short}看守所", f"{base}拘留所"], [0.5, 0.35, 0.15])
    return _choice(rng, [f"{c.zh_short}监狱", f"新疆{c.zh_short}监狱"], [0.8, 0.2])


def facility_py(f: Facility, rng: np.random.Generator) -> str:
    c = COUNTIES[f.county]
    suffix = "Shi" if c.city else "Xian"
    if f.kind == "camp":
        return _choice(rng, [
            f"{c.py} {suffix} Di {f.num} Zhiye Jineng Jiaoyu Peixun Zhongxin",
            f"{c.py} Zhiye Jineng Jiaoyu Peixun Zhongxin",
            f"{c.py} {f.num} Hao Jiaopei Zhongxin",
        ], [0.5, 0.3, 0.2])
    if f.kind == "detention":
        return _choice(rng, [f"{c.py} {suffix} Kanshousuo", f"{c.py} Kanshousuo"])
    return f"{c.py} Jianyu"


def facility_en(f: Facility, rng: np.random.Generator) -> str:
    c = COUNTIES[f.county]
    name = _choice(rng, list(c.en))
    if f.kind == "camp":
        return _choice(rng, [
            f"{name} camp No. {f.num}",
            f"{name} Vocational Skills Education & Training Center #{f.num}",
            f"{name} re-education camp",
            f"VETC {name} {f.num}",
            f"{name} No.{f.num} camp",
            f"camp in {name}",
            f"{name} county camp {f.num}" if not c.city else f"{name} city camp {f.num}",
        ], [0.2, 0.15, 0.2, 0.1, 0.15, 0.1, 0.1])
    if f.kind == "detention":
        return _choice(rng, [
            f"{name} Detention Center", f"{name} detention centre", f"{name} PSB detention",
            f"detention center, {name}", f"{name} kanshousuo",
        ], [0.35, 0.25, 0.15, 0.15, 0.1])
    return _choice(rng, [f"{name} Prison", f"{name} prison", f"prison ({name})"], [0.5, 0.35, 0.15])


def facility_uly(f: Facility, rng: np.random.Generator) -> str:
    c = COUNTIES[f.county]
    name = c.uly
    if f.kind == "camp":
        return _choice(rng, [
            f"{name} {f.num}-nomurluq lagér",
            f"{name} lagéri",
            f"{name} terbiyelesh merkizi",
            f"{name} jaza lagéri",
            f"{name} {f.num}-lagér",
        ], [0.3, 0.25, 0.2, 0.1, 0.15])
    if f.kind == "detention":
        return _choice(rng, [f"{name} qamaqxanisi", f"{name} tutup turush orni", f"{name} qamaqxana"])
    return _choice(rng, [f"{name} türmisi", f"{name} türme"], [0.7, 0.3])


def facility_ar(f: Facility, rng: np.random.Generator) -> str:
    return uly_to_arabic(facility_uly(f, rng))


def facility_kz(f: Facility, rng: np.random.Generator) -> str:
    c = COUNTIES[f.county]
    name = c.kz
    if f.kind == "camp":
        out = _choice(rng, [
            f"{name} №{f.num} лагері",
            f"{name} лагері",
            f"{name} қайта тәрбиелеу орталығы",
            f"{name} саяси тәрбиелеу лагері",
            f"{name}, лагерь №{f.num}",
        ], [0.3, 0.25, 0.2, 0.1, 0.15])
    elif f.kind == "detention":
        out = _choice(rng, [f"{name} тергеу изоляторы", f"{name} СИЗО", f"{name} қамау орны"])
    else:
        out = _choice(rng, [f"{name} түрмесі", f"{name} абақтысы"], [0.7, 0.3])
    if rng.random() < 0.2:
        out = russianize(out)
    return out


def facility_tr(f: Facility, rng: np.random.Generator) -> str:
    c = COUNTIES[f.county]
    name = c.tr
    if f.kind == "camp":
        return _choice(rng, [
            f"{name} {f.num} No'lu Toplama Kampı",
            f"{name} Eğitim Kampı",
            f"{name} toplama kampı",
            f"{name} {f.num} nolu kamp",
        ], [0.3, 0.25, 0.3, 0.15])
    if f.kind == "detention":
        return _choice(rng, [f"{name} Gözaltı Merkezi", f"{name} gözaltı merkezi", f"{name} Tutukevi"])
    return _choice(rng, [f"{name} Cezaevi", f"{name} Hapishanesi"])
