"""Xinjiang places (public geography) and detention facilities, written per script and convention.

Counties carry their GB/T 2260-style six-digit code (used as the first six digits of ID numbers),
their Chinese name, the pinyin of that, the Uyghur name (ULY), a usual English form, and Russian /
Kazakh Cyrillic forms.  Facilities are synthetic ("No. 3 camp of Kashgar") and rendered as the
different sources would describe them, from the official Chinese title to 'a camp in Kashgar'.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .scripts import cyr_to_lat, kk_to_ky, uly_to_en, uly_to_tr, uly_to_ug, uly_to_uyc


@dataclass(frozen=True)
class Pref:
    key: str
    zh: str
    zh_stem: str
    py: str
    uly: str
    en: str
    ru: str
    kk: str
    city: bool


@dataclass(frozen=True)
class County:
    key: str
    code: str
    pref: str
    zh: str
    zh_stem: str
    py: str
    uly: str
    en: str
    ru: str
    kk: str
    tr: str

    @property
    def city(self) -> bool:
        return self.zh.endswith("市") or self.zh.endswith("区")

    @property
    def py_suffix(self) -> str:
        return {"市": "Shi", "区": "Qu"}.get(self.zh[-1], "Xian")

    @property
    def en_suffix(self) -> str:
        return {"市": "City", "区": "District"}.get(self.zh[-1], "County")


_PREFS = """
kashgar|喀什地区|喀什|Kashi|Qeshqer|Kashgar|Кашгар|Қашқар|0
hotan|和田地区|和田|Hetian|Xoten|Hotan|Хотан|Қотан|0
aksu|阿克苏地区|阿克苏|Akesu|Aqsu|Aksu|Аксу|Ақсу|0
ili|伊犁哈萨克自治州|伊犁|Yili|Ili|Ili|Или|Іле|0
tacheng|塔城地区|塔城|Tacheng|Chöchek|Tacheng|Чугучак|Тарбағатай|0
altay|阿勒泰地区|阿勒泰|Aletai|Altay|Altay|Алтай|Алтай|0
kizilsu|克孜勒苏柯尔克孜自治州|克州|Kezhou|Qizilsu|Kizilsu|Кызылсу|Қызылсу|0
urumqi|乌鲁木齐市|乌鲁木齐|Wulumuqi|Ürümchi|Urumqi|Урумчи|Үрімші|1
turpan|吐鲁番市|吐鲁番|Tulufan|Turpan|Turpan|Турфан|Тұрпан|1
bayingol|巴音郭楞蒙古自治州|巴州|Bazhou|Bayinghulin|Bayingolin|Баянгол|Баянғол|0
changji|昌吉回族自治州|昌吉|Changji|Sanji|Changji|Чанцзи|Сәнжі|0
hami|哈密市|哈密|Hami|Qumul|Kumul|Хами|Құмыл|1
"""

# key|code|pref|zh|zh_stem|pinyin|ULY|English|Russian|Kazakh('' = Russian)|Turkish('' = from ULY)
_COUNTIES = """
kashgar_city|653101|kashgar|喀什市|喀什|Kashi|Qeshqer|Kashgar|Кашгар|Қашқар|Kaşgar
shufu|653121|kashgar|疏附县|疏附|Shufu|Konasheher|Shufu|Конашахар||Konaşehir
shule|653122|kashgar|疏勒县|疏勒|Shule|Yéngisheher|Shule|Янгишахар||Yengişehir
yengisar|653123|kashgar|英吉沙县|英吉沙|Yingjisha|Yéngisar|Yengisar|Янгисар||
poskam|653124|kashgar|泽普县|泽普|Zepu|Poskam|Poskam|Поскам||
yarkand|653125|kashgar|莎车县|莎车|Shache|Yeken|Yarkand|Яркенд|Жаркент|Yarkent
kargilik|653126|kashgar|叶城县|叶城|Yecheng|Qaghiliq|Kargilik|Каргалык||Kargılık
makit|653127|kashgar|麦盖提县|麦盖提|Maigaiti|Mekit|Makit|Мекит||
yopurga|653128|kashgar|岳普湖县|岳普湖|Yuepuhu|Yopurgha|Yopurga|Йопурга||
peyziwat|653129|kashgar|伽师县|伽师|Jiashi|Peyziwat|Payzawat|Пейзиват||
maralbeshi|653130|kashgar|巴楚县|巴楚|Bachu|Maralbéshi|Maralbexi|Маралбаши||
hotan_city|653201|hotan|和田市|和田|Hetian|Xoten|Hotan|Хотан|Қотан|Hoten
hotan_county|653221|hotan|和田县|和田|Hetian|Xoten|Hotan|Хотан|Қотан|Hoten
karakax|653222|hotan|墨玉县|墨玉|Moyu|Qaraqash|Karakax|Каракаш|Қарақаш|Karakaş
guma|653223|hotan|皮山县|皮山|Pishan|Guma|Guma|Гума||
lop|653224|hotan|洛浦县|洛浦|Luopu|Lop|Lop|Лоп||
chira|653225|hotan|策勒县|策勒|Cele|Chira|Chira|Чира||
keriya|653226|hotan|于田县|于田|Yutian|Kériye|Keriya|Керия||
niya|653227|hotan|民丰县|民丰|Minfeng|Niye|Niya|Ния||
aksu_city|652901|aksu|阿克苏市|阿克苏|Akesu|Aqsu|Aksu|Аксу|Ақсу|
onsu|652922|aksu|温宿县|温宿|Wensu|Onsu|Onsu|Онсу||
kuqa|652902|aksu|库车市|库车|Kuche|Kucha|Kuqa|Куча||Kuça
shayar|652924|aksu|沙雅县|沙雅|Shaya|Shayar|Shayar|Шаяр||
toksu|652925|aksu|新和县|新和|Xinhe|Toqsu|Toksu|Токсу||
bay|652926|aksu|拜城县|拜城|Baicheng|Bay|Bay|Бай||
uchturpan|652927|aksu|乌什县|乌什|Wushi|Uchturpan|Uchturpan|Учтурфан||
awat|652928|aksu|阿瓦提县|阿瓦提|Awati|Awat|Awat|Ават||
ghulja_city|654002|ili|伊宁市|伊宁|Yining|Ghulja|Ghulja|Кульджа|Құлжа|Gulca
ghulja_county|654021|ili|伊宁县|伊宁|Yining|Ghulja|Ghulja|Кульджа|Құлжа|Gulca
chapchal|654022|ili|察布查尔锡伯自治县|察布查尔|Chabuchaer|Chapchal|Chapchal|Чапчал|Шапшал|
qorghas|654023|ili|霍城县|霍城|Huocheng|Qorghas|Khorgas|Хоргос|Қорғас|Korgas
tokkuztara|654024|ili|巩留县|巩留|Gongliu|Toqquztara|Tokkuztara|Токкузтара|Тоғызтарау|
kunes|654025|ili|新源县|新源|Xinyuan|Künes|Kunes|Кунес|Күнес|
mongghulkure|654026|ili|昭苏县|昭苏|Zhaosu|Mongghulküre|Mongolkure|Монголкуре|Моңғолкүре|
tekes|654027|ili|特克斯县|特克斯|Tekesi|Tékes|Tekes|Текес|Текес|
nilka|654028|ili|尼勒克县|尼勒克|Nileke|Nilqa|Nilka|Нилки|Нылқы|
tacheng_city|654201|tacheng|塔城市|塔城|Tacheng|Chöchek|Chuguchak|Чугучак|Шәуешек|
dorbiljin|654221|tacheng|额敏县|额敏|Emin|Dörbiljin|Dorbiljin|Дорбильджин|Дөрбілжін|
toli|654224|tacheng|托里县|托里|Tuoli|Toli|Toli|Толи|Толы|
altay_city|654301|altay|阿勒泰市|阿勒泰|Aletai|Altay|Altay|Алтай|Алтай|
burqin|654321|altay|布尔津县|布尔津|Buerjin|Burchin|Burqin|Бурчун|Бүршін|
koktokay|654322|altay|富蕴县|富蕴|Fuyun|Köktoqay|Koktokay|Коктогай|Көктоғай|
kaba|654324|altay|哈巴河县|哈巴河|Habahe|Qaba|Kaba|Каба|Қаба|
shinggil|654325|altay|青河县|青河|Qinghe|Chinggil|Qinghe|Чингиль|Шіңгіл|
artush|653001|kizilsu|阿图什市|阿图什|Atushi|Atush|Artux|Артыш|Артыш|Artuş
akto|653022|kizilsu|阿克陶县|阿克陶|Aketao|Aqto|Akto|Акто|Ақто|
akqi|653023|kizilsu|阿合奇县|阿合奇|Aheqi|Aqchi|Akqi|Ак-Чий|Ақшы|
ulugchat|653024|kizilsu|乌恰县|乌恰|Wuqia|Ulughchat|Ulugqat|Улуу-Чат|Ұлықшат|
urumqi_tianshan|650102|urumqi|天山区|天山|Tianshan|Ürümchi|Urumqi|Урумчи|Үрімші|Urumçi
urumqi_saybagh|650103|urumqi|沙依巴克区|沙依巴克|Shayibake|Saybagh|Saybag|Сайбаг||
turpan_city|650402|turpan|高昌区|高昌|Gaochang|Turpan|Turpan|Турфан|Тұрпан|Turfan
pichan|650421|turpan|鄯善县|鄯善|Shanshan|Pichan|Pichan|Пичан||
toksun|650422|turpan|托克逊县|托克逊|Tuokexun|Toqsun|Toksun|Токсун||
korla|652801|bayingol|库尔勒市|库尔勒|Kuerle|Korla|Korla|Корла||
qarasheher|652826|bayingol|焉耆回族自治县|焉耆|Yanqi|Qarasheher|Karashahr|Карашар||Karaşehir
changji_city|652301|changji|昌吉市|昌吉|Changji|Sanji|Changji|Чанцзи|Сәнжі|
mori|652328|changji|木垒哈萨克自治县|木垒|Mulei|Mori|Mori|Мори|Мори|
hami_city|650502|hami|伊州区|哈密|Hami|Qumul|Kumul|Хами|Құмыл|Kumul
"""

# county|zh|pinyin|ULY|English|kind (乡 xiang / 镇 zhen)
_TOWNSHIPS = """
shufu|乌帕尔乡|Wupaer|Opal|Opal|x
shufu|托克扎克镇|Tuokezhake|Toqquzaq|Tokkuzak|z
kashgar_city|多来特巴格乡|Duolaitebage|Döletbagh|Dolatbagh|x
hotan_county|拉依喀乡|Layika|Layqa|Layka|x
hotan_county|巴格其镇|Bageqi|Baghchi|Bagchi|z
karakax|扎瓦镇|Zhawa|Zawa|Zawa|z
yarkand|艾力西湖镇|Ailixihu|Elishku|Elishku|z
ghulja_county|吐鲁番于孜乡|Tulufanyuzi|Turpanyüzi|Turpan Yuzi|x
ghulja_city|巴彦岱镇|Bayandai|Bayandai|Bayandai|z
qorghas|清水河镇|Qingshuihe|Chingshuyxé|Qingshuihe|z
kunes|那拉提镇|Nalati|Narat|Narat|z
artush|松他克乡|Songtake|Suntagh|Suntagh|x
akto|巴仁乡|Baren|Barin|Barin|x
turpan_city|亚尔乡|Yaer|Yar|Yar|x
pichan|鲁克沁镇|Lukeqin|Lükchün|Lukqun|z
"""


def _load():
    prefs = {}
    for line in _PREFS.strip().splitlines():
        f = line.split("|")
        prefs[f[0]] = Pref(*f[:8], city=f[8] == "1")
    counties = {}
    for line in _COUNTIES.strip().splitlines():
        f = line.split("|")
        kk = f[9] or f[8]
        tr = f[10] or uly_to_tr(f[6])
        counties[f[0]] = County(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], kk, tr)
    towns = [tuple(line.split("|")) for line in _TOWNSHIPS.strip().splitlines()]
    return prefs, counties, towns


PREFS, COUNTIES, TOWNSHIPS = _load()
TOWNS_BY_COUNTY: dict[str, list[tuple]] = {}
for _t in TOWNSHIPS:
    TOWNS_BY_COUNTY.setdefault(_t[0], []).append(_t)

# where people of each group come from (county key: weight)
HOME_WEIGHTS = {
    "uyghur": {
        "kashgar_city": 6,
        "shufu": 5,
        "shule": 4,
        "yengisar": 2,
        "poskam": 2,
        "yarkand": 7,
        "kargilik": 4,
        "makit": 2,
        "yopurga": 2,
        "peyziwat": 5,
        "maralbeshi": 2,
        "hotan_city": 4,
        "hotan_county": 4,
        "karakax": 5,
        "guma": 2,
        "lop": 3,
        "chira": 2,
        "keriya": 3,
        "niya": 1,
        "aksu_city": 3,
        "onsu": 2,
        "kuqa": 3,
        "shayar": 2,
        "toksu": 1,
        "bay": 1,
        "uchturpan": 1,
        "awat": 2,
        "ghulja_city": 6,
        "ghulja_county": 4,
        "chapchal": 1,
        "qorghas": 1,
        "urumqi_tianshan": 5,
        "urumqi_saybagh": 2,
        "turpan_city": 3,
        "pichan": 1,
        "toksun": 1,
        "korla": 2,
        "artush": 2,
        "hami_city": 1,
    },
    "kazakh": {
        "ghulja_county": 5,
        "ghulja_city": 2,
        "tekes": 4,
        "nilka": 4,
        "kunes": 4,
        "tokkuztara": 4,
        "mongghulkure": 3,
        "qorghas": 2,
        "tacheng_city": 3,
        "dorbiljin": 3,
        "toli": 2,
        "altay_city": 3,
        "burqin": 2,
        "koktokay": 2,
        "kaba": 2,
        "shinggil": 2,
        "mori": 2,
        "changji_city": 1,
        "urumqi_tianshan": 2,
    },
    "kyrgyz": {"artush": 4, "akto": 4, "akqi": 4, "ulugchat": 4, "mongghulkure": 1, "tekes": 1},
    "hui": {
        "changji_city": 4,
        "urumqi_tianshan": 4,
        "urumqi_saybagh": 2,
        "qarasheher": 3,
        "ghulja_city": 3,
        "qorghas": 2,
        "hami_city": 2,
        "mori": 1,
    },
    "han": {
        "urumqi_tianshan": 5,
        "urumqi_saybagh": 3,
        "korla": 2,
        "changji_city": 2,
        "kashgar_city": 1,
        "aksu_city": 1,
        "hami_city": 1,
    },
}

_ZH_NUM = "零一二三四五六七八九十"
_PY_NUM = ["ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu", "shi"]


@dataclass(frozen=True)
class Facility:
    key: str
    county: str
    kind: str  # camp | detention | prison | xj_prison | women_prison
    num: int


def _facilities() -> dict[str, Facility]:
    fac: dict[str, Facility] = {}
    seats = {
        "kashgar": ("kashgar_city", 4),
        "hotan": ("hotan_city", 3),
        "aksu": ("aksu_city", 2),
        "ili": ("ghulja_city", 3),
        "tacheng": ("tacheng_city", 1),
        "altay": ("altay_city", 1),
        "kizilsu": ("artush", 2),
        "urumqi": ("urumqi_tianshan", 2),
        "turpan": ("turpan_city", 1),
        "bayingol": ("korla", 1),
        "changji": ("changji_city", 1),
        "hami": ("hami_city", 1),
    }
    for pref, (seat, ncamps) in seats.items():
        for n in range(1, ncamps + 1):
            fac[f"{seat}_camp{n}"] = Facility(f"{seat}_camp{n}", seat, "camp", n)
        fac[f"{pref}_prison"] = Facility(f"{pref}_prison", seat, "prison", 0)
    for key, c in COUNTIES.items():
        if not c.city:
            fac[f"{key}_camp1"] = Facility(f"{key}_camp1", key, "camp", 1)
        fac[f"{key}_kss"] = Facility(f"{key}_kss", key, "detention", 0)
    for n in (1, 3, 4, 5):
        fac[f"xj_prison{n}"] = Facility(f"xj_prison{n}", "urumqi_tianshan", "xj_prison", n)
    fac["xj_women"] = Facility("xj_women", "urumqi_tianshan", "women_prison", 0)
    return fac


FACILITIES = _facilities()
FAC_BY_PREF: dict[str, list[str]] = {}
for _f in FACILITIES.values():
    FAC_BY_PREF.setdefault(COUNTIES[_f.county].pref, []).append(_f.key)


def _pick(rng: np.random.Generator, options: list, weights: list[float] | None = None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


# ---- place rendering ------------------------------------------------------------------------
def _uly_county(c: County) -> str:
    return f"{c.uly} {dict(市='shehiri', 区='rayoni').get(c.zh[-1], 'nahiyisi')}"


def place_text(county: str, town: tuple | None, script: str, gran: str, rng: np.random.Generator) -> str:
    """Birthplace as written in ``script`` at granularity county | pref | county_pref | township."""
    c = COUNTIES[county]
    p = PREFS[c.pref]
    if gran == "township" and town is None:
        gran = "county_pref"
    if script == "zh":
        if gran == "pref":
            return p.zh
        if gran == "county":
            return c.zh if rng.random() < 0.9 else c.zh_stem
        head = _pick(rng, ["", "", "新疆", "新疆维吾尔自治区"])
        pz = "" if p.city and c.zh.startswith(p.zh_stem) else p.zh
        if gran == "township":
            return (pz if rng.random() < 0.5 else "") + c.zh + town[1]
        return head + pz + c.zh
    if script == "py":
        suf_c = c.py_suffix
        county_s = _pick(rng, [f"{c.py} {suf_c}", f"{c.py} {c.en_suffix}", c.py, f"{c.py}{suf_c.lower()}"])
        pref_s = _pick(
            rng,
            [f"{p.py} {'Shi' if p.city else 'Diqu'}", f"{p.py} {'City' if p.city else 'Prefecture'}", p.py],
        )
        if gran == "pref":
            return pref_s
        if gran == "county":
            return county_s
        if gran == "township":
            return f"{town[2]} {'Xiang' if town[5] == 'x' else 'Zhen'}, {county_s}"
        return _pick(rng, [f"{pref_s} {county_s}", f"{county_s}, {pref_s}"])
    if script in ("uly", "ug", "uyc"):
        pref_s = p.uly if rng.random() < 0.4 else f"{p.uly} {'shehiri' if p.city else 'wilayiti'}"
        county_s = c.uly if rng.random() < 0.5 else _uly_county(c)
        if gran == "pref":
            s = pref_s
        elif gran == "county":
            s = county_s
        elif gran == "township":
            tw = f"{town[3]} {'yézisi' if town[5] == 'x' else 'baziri'}"
            s = _pick(rng, [f"{_uly_county(c)} {tw}", tw, f"{c.uly} {tw}"])
        else:
            s = f"{pref_s} {_uly_county(c)}"
        if script == "ug":
            return uly_to_ug(s)
        if script == "uyc":
            return uly_to_uyc(s)
        return s[0].upper() + s[1:]
    if script == "tr":
        pt = uly_to_tr(p.uly) if p.key not in ("kashgar", "hotan") else COUNTIES[f"{p.key}_city"].tr
        if gran == "pref":
            return _pick(rng, [pt, f"{pt} vilayeti"])
        if gran == "county":
            return _pick(rng, [c.tr, f"{c.tr} ilçesi", c.tr])
        if gran == "township":
            return f"{uly_to_tr(town[3])} {'köyü' if town[5] == 'x' else 'kasabası'}, {c.tr}"
        return _pick(rng, [f"{pt}, {c.tr}", f"{c.tr}, {pt}", f"{pt} {c.tr} ilçesi"])
    if script in ("kk", "ky", "kkl", "ru"):
        ky = script == "ky"
        name_c = kk_to_ky(c.kk) if ky else (c.ru if script == "ru" else c.kk)
        name_p = kk_to_ky(p.kk) if ky else (p.ru if script == "ru" else p.kk)
        city = c.zh.endswith("市")
        if script == "ru":
            sc, sp, st = ("г." if city else "р-н"), ("г." if p.city else "округ"), "пос."
        elif ky:
            sc, sp, st = ("шаары" if city else "району"), ("шаары" if p.city else "облусу"), "айылы"
        else:
            sc, sp, st = ("қаласы" if city else "ауданы"), ("қаласы" if p.city else "облысы"), "ауылы"
        county_s = (
            name_c if rng.random() < 0.5 else (f"{sc} {name_c}" if script == "ru" else f"{name_c} {sc}")
        )
        pref_s = name_p if rng.random() < 0.5 else (f"{sp} {name_p}" if sp == "г." else f"{name_p} {sp}")
        if gran == "pref":
            s = pref_s
        elif gran == "county":
            s = county_s
        elif gran == "township":
            tw = uly_to_uyc(town[3])
            s = f"{st} {tw}, {county_s}" if script == "ru" else f"{tw} {st}, {county_s}"
        else:
            s = f"{pref_s}, {county_s}"
        return cyr_to_lat(s, "lat21") if script == "kkl" else s
    # English
    ce = _pick(rng, [c.en, c.en, c.py, uly_to_en(c.uly, {})])
    pe = _pick(rng, [p.en, p.en, p.py])
    if gran == "pref":
        return _pick(rng, [pe, f"{pe} Prefecture", f"{pe} region", f"{pe} area"])
    if gran == "county":
        if c.city:
            return _pick(rng, [ce, f"{ce} {c.en_suffix}", ce])
        return _pick(rng, [ce, f"{ce} County", f"{ce} county"])
    if gran == "township":
        return _pick(
            rng, [f"{town[4]} township, {pe}", f"{town[4]}, {ce} County", f"{town[4]} village, {ce}"]
        )
    both = f"{ce} ({c.py})" if ce != c.py else f"{ce} ({c.en})" if ce != c.en else ce
    kind = c.en_suffix
    pkind = "City" if p.city else "Prefecture"
    return _pick(rng, [f"{ce} {kind}, {pe} {pkind}", f"{ce}, {pe}", f"{both} {kind}, {pe}"])


# ---- facility rendering ---------------------------------------------------------------------
def facility_text(key: str, script: str, rng: np.random.Generator) -> str:
    f = FACILITIES[key]
    c = COUNTIES[f.county]
    p = PREFS[c.pref]
    n = f.num
    vague = rng.random() < 0.25
    if script == "zh":
        if f.kind == "camp":
            return _pick(
                rng,
                [
                    f"{c.zh}第{_ZH_NUM[n]}职业技能教育培训中心",
                    f"{c.zh_stem}{n}号教培中心",
                    f"{c.zh}教育转化培训中心" if n == 1 else f"{c.zh_stem}第{_ZH_NUM[n]}教培中心",
                ],
            )
        if f.kind == "detention":
            return _pick(rng, [f"{c.zh}看守所", f"{c.zh_stem}看守所"])
        if f.kind == "prison":
            return _pick(rng, [f"{p.zh_stem}监狱", f"新疆{p.zh_stem}监狱"])
        if f.kind == "xj_prison":
            return _pick(
                rng,
                [
                    f"新疆维吾尔自治区第{_ZH_NUM[n]}监狱",
                    f"新疆第{_ZH_NUM[n]}监狱",
                    f"自治区第{_ZH_NUM[n]}监狱",
                ],
            )
        return _pick(rng, ["新疆维吾尔自治区女子监狱", "新疆女子监狱"])
    if script == "py":
        cp = f"{c.py} {c.py_suffix}"
        if f.kind == "camp":
            return _pick(
                rng,
                [
                    f"{cp} Di{_PY_NUM[n]} Zhiye Jineng Jiaoyu Peixun Zhongxin",
                    f"{c.py} No.{n} Vocational Skills Education and Training Center",
                    f"{c.py} Jiaopei Zhongxin {n}",
                ],
            )
        if f.kind == "detention":
            return _pick(rng, [f"{cp} Kanshousuo", f"{c.py} Detention Center"])
        if f.kind == "prison":
            return _pick(rng, [f"{p.py} Jianyu", f"{p.py} Prison"])
        if f.kind == "xj_prison":
            return _pick(rng, [f"Xinjiang Di{_PY_NUM[n]} Jianyu", f"Xinjiang No.{n} Prison"])
        return _pick(rng, ["Xinjiang Nuzi Jianyu", "Xinjiang Women's Prison"])
    if script in ("uly", "ug", "uyc"):
        if f.kind == "camp":
            s = (
                "lagér"
                if vague
                else _pick(
                    rng,
                    [
                        f"{c.uly} {n}-nomurluq lagér",
                        f"{c.uly} terbiyilesh lagéri",
                        f"{c.uly}diki lagér",
                        "yépiq terbiyilesh lagéri",
                    ],
                )
            )
        elif f.kind == "detention":
            s = _pick(rng, [f"{c.uly} qamaqxanisi", f"{c.uly} tutup turush orni"])
        elif f.kind == "prison":
            s = "türme" if vague else f"{p.uly} türmisi"
        elif f.kind == "xj_prison":
            s = _pick(rng, [f"Shinjang {n}-türmisi", f"Ürümchi {n}-türme"])
        else:
            s = "Ayallar türmisi"
        if script == "ug":
            return uly_to_ug(s)
        if script == "uyc":
            return uly_to_uyc(s)
        return s[0].upper() + s[1:]
    if script == "tr":
        if f.kind == "camp":
            return (
                "toplama kampı" if vague else _pick(rng, [f"{c.tr} {n} No'lu kamp", f"{c.tr} toplama kampı"])
            )
        if f.kind == "detention":
            return f"{c.tr} gözaltı merkezi"
        if f.kind == "prison":
            return "cezaevi" if vague else f"{c.tr} cezaevi"
        if f.kind == "xj_prison":
            return f"Sincan {n} No'lu Cezaevi"
        return "Sincan Kadın Cezaevi"
    if script in ("kk", "ky", "kkl", "ru"):
        if script == "ru":
            ck = c.ru
            if f.kind == "camp":
                return "лагерь" if vague else _pick(rng, [f"лагерь в {ck}", f"лагерь №{n}, {ck}"])
            if f.kind == "detention":
                return f"СИЗО {ck}"
            if f.kind == "prison":
                return f"тюрьма, {p.ru}"
            return f"Синьцзянская тюрьма №{n}" if f.kind == "xj_prison" else "женская тюрьма"
        ck = kk_to_ky(c.kk) if script == "ky" else c.kk
        pk = kk_to_ky(p.kk) if script == "ky" else p.kk
        if script == "ky":
            table = {
                "camp": [f"{ck} лагери", "лагерь", f"{ck} шаарындагы лагерь"],
                "detention": [f"{ck} тергөө изолятору"],
                "prison": [f"{pk} түрмөсү", "түрмө"],
                "xj_prison": [f"Шинжаң №{n} түрмөсү"],
                "women_prison": ["аялдар түрмөсү"],
            }
        else:
            table = {
                "camp": [f"{ck} лагері", f"{ck} қаласындағы №{n} лагерь", "саяси лагерь", "лагерь"],
                "detention": [f"{ck} тергеу изоляторы", f"{ck} КПЗ"],
                "prison": [f"{pk} түрмесі", "түрме"],
                "xj_prison": [f"Шыңжаң №{n} түрмесі"],
                "women_prison": ["Әйелдер түрмесі"],
            }
        s = _pick(rng, table[f.kind])
        return cyr_to_lat(s, "lat21") if script == "kkl" else s
    ce = _pick(rng, [c.en, c.en, c.py])
    if f.kind == "camp":
        if vague:
            return _pick(rng, [f"a camp in {ce}", "re-education camp", "political re-education camp", "camp"])
        return _pick(
            rng,
            [
                f"{ce} No. {n} re-education camp",
                f"{ce} Vocational Skills Education and Training Center No. {n}",
                f"{ce} camp",
                f"{ce} No.{n} camp",
            ],
        )
    if f.kind == "detention":
        return _pick(rng, [f"{ce} Detention Center", f"detention centre in {ce}", f"{ce} county lock-up"])
    if f.kind == "prison":
        return "sentenced, prison unknown" if vague else _pick(rng, [f"{p.en} Prison", f"prison in {p.en}"])
    if f.kind == "xj_prison":
        return _pick(rng, [f"Xinjiang No. {n} Prison", f"Urumqi No. {n} Prison", f"Xinjiang Prison No.{n}"])
    return _pick(rng, ["Xinjiang Women's Prison", "women's prison in Urumqi"])
