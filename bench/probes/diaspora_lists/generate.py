"""diaspora_lists: synthetic linkage probe of people detained in Xinjiang, as seven kinds of list write them.

All people are invented. About 72% Uyghur, 12% Kazakh, 4% Kyrgyz, 3% Uzbek, 5% Hui, 4% Han. A Turkic person
is "Given Father" (the father's given name stands where a surname would); Kazakhs and Kyrgyz also carry it
as -ұлы/-қызы, уулу/кызы, or a Russian-style surname/patronymic (Серіков, Серикова, Серікович). Han and Hui
have a Chinese surname + given name; 60% of Hui also have a Muslim name (Yusuf, Fatima) that diaspora
sources use instead ("Yusuf Ma") of the registered Han-style name (马建国). Each person has a birth date, a
birth county (real GB/T 2260 code) and, for 75%, an 18-digit resident ID (county code, YYYYMMDD, sequence
whose last digit is odd for men, ISO 7064 MOD 11-2 check character); the ID's code is the birth county's.
Detention: a camp, a county detention centre or a prefecture prison, in the home prefecture for 75%. Hard
negatives: families (father in the data, children whose father-name is his given name, siblings sharing it,
twins born the same day with other names), and namesake groups of 2-5 unrelated people with the same common
given+father name, some born the same year in the same county. Each person is in 1-5 sources (about 2.5
records on average); testimony lists sometimes hold the same person twice. Typos are dropped/doubled
letters, swapped neighbours, changed vowels, or a homophone character.

Field codings: sex is M / F / "" in about 80% of the records that give it; the rest use the source's own
word (男/女, male/female/Male/m/f, Erkek/Kadın, ئەر/ئايال, Е/Ә, м/ж).  birth_date is YYYY, YYYY-MM or
YYYY-MM-DD in about 80%; others are 14.03.1978, 1978/03/14, 1978年3月14日, 1978.03, 03.1978, and in NGO
testimonies "approx. 1978".

Sources (one paragraph each):

police_zh -- a leaked police list in Chinese characters: Turkic names as official transcription with a
middle dot (买买提·吐尔逊), sometimes without it or with •, ・, ．, "." or a space; Han/Hui plain (马建国).
Full dates, ID for most (about 4% with one wrong digit), birthplace 疏附县 / 喀什地区疏附县 /
新疆喀什地区疏附县 / 喀什地区, Chinese facility names.

pinyin_export -- a pinyin export of a Chinese list: MAIMAITI TUERXUN, Maimaiti·Tuerxun, Maimaitituerxun; Han
surname first (WANG Jianguo); places as "Shufu Xian", "Kashi Diqu Shufu Xian", "Shufu County"; facilities in
pinyin.

ngo_testimony_en -- relatives' testimonies in English: ad-hoc spellings (Mehmet/Memet/Mamat Tursun,
Qurban/Kurban), given name only, father's name first, "Memet Tursun oglu", "Tursunov Memet"; mostly birth
year only, sometimes "approx." and/or a year off by one; birthplace Kashgar/Kashi/Qeshqer, Ghulja/Yining;
facility described loosely.

turkish_list -- a Turkish-language list: Turkish equivalents (Mehmet, Abdurrahim, Şerife, Gülnur),
"oğlu/kızı", places Kaşgar, Urumçi, Hoten; dates often 14.03.1978; sex Erkek/Kadın in part.

uyghur_list -- a Uyghur list, 80% Arabic script (مەمەت تۇرسۇن), 12% ULY Latin (Memet Tursun, Abdukérim), 8%
Yengi Yeziq typed in ASCII (x = sh, q = ch: Dilxat, Məmət); places in Uyghur (كوناشەھەر ناھىيىسى).

kazakh_kyrgyz_list -- a list from Kazakhstan/Kyrgyzstan: Kazakh Cyrillic (Жеңіс Серікұлы), Kazakh Latin of
2018 (Jeńis Serikuly, Aıgerim, Qaırat), Russian-style Серіков Жеңіс / Серикова Айгерим Сериковна, Kyrgyz
"Азамат Бакыт уулу"; Uyghurs in Kazakh spelling (Мемет Тұрсын); Han in Palladius (Ван Цзяньго); places Іле,
Құлжа, Шәуешек, Үрімші.

press_de_ru -- German or Russian press lists: Мамет Турсун, Абдурахман, Кашгар; Mehmet Tursun, Abdurachman,
Scheripe, Kaschgar; few dates, no IDs.
"""

import argparse
import datetime as dt
import os

import numpy as np
import pandas as pd

from . import lexicon as L
from . import scripts as S

ETHNIC = {"uyghur": .72, "kazakh": .12, "kyrgyz": .04, "uzbek": .03, "hui": .05, "han": .04}
SOURCES = ["police_zh", "pinyin_export", "ngo_testimony_en", "turkish_list", "uyghur_list",
           "kazakh_kyrgyz_list", "press_de_ru"]
CODE = dict(zip(SOURCES, ["ZH", "PY", "EN", "TR", "UG", "KZ", "PR"], strict=True))
SRC_W = {  # chance weight of appearing in each source, by group
    "uyghur": [1, .8, 1, .8, 1, .1, .5], "uzbek": [1, .8, 1, .6, .5, .1, .5],
    "hui": [1, .8, 1, .3, .2, .1, .5], "kazakh": [1, .8, 1, .3, .2, 1.3, .5],
    "kyrgyz": [1, .8, 1, .3, .2, 1.3, .5],
    "han": [1, .8, 1, .05, .05, .05, .4]}
N_SOURCES_P = [.29, .28, .23, .12, .08]
# per source: P(missing) for sex, date, place, facility; P(ID shown | person has one); P(name typo)
MISS = {"police_zh": (.03, .03, .08, .10, .88, .03), "pinyin_export": (.08, .05, .12, .20, .70, .04),
        "ngo_testimony_en": (.20, .20, .25, .35, .06, .15), "turkish_list": (.15, .20, .25, .30, .10, .10),
        "uyghur_list": (.10, .15, .15, .25, .20, .08), "kazakh_kyrgyz_list": (.10, .10, .15, .25, .12, .08),
        "press_de_ru": (.30, .35, .40, .35, 0., .08)}


def choice(rng, items, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return items[rng.choice(len(items), p=p)]


def alt(rng, field: str, first: float = .6) -> str:
    """Pick from a comma list: the first form with probability `first`, else any."""
    opts = field.split(",")
    return opts[0] if rng.random() < first else opts[rng.integers(len(opts))]


# ----------------------------------------------------------------------------------------------- name entries
def _turkic(row):
    return dict(kind="uy", uly=row[0], zh=row[1], py=row[2], tr=row[3], en=row[4].split(","))


def _steppe(row, kind):
    return dict(kind=kind, cyr=row[0], zh=row[1], py=row[2], uly=S.cyr_map(row[0], S.CYR_ULY))


POOLS = {
    ("uyghur", "M"): [_turkic(r) for r in L.UY_M], ("uyghur", "F"): [_turkic(r) for r in L.UY_F],
    ("uzbek", "M"): [_turkic(r) for r in L.UZ_M + L.UY_M[:15]],
    ("uzbek", "F"): [_turkic(r) for r in L.UZ_F + L.UY_F[:10]],
    ("kazakh", "M"): [_steppe(r, "kz") for r in L.KZ_M], ("kazakh", "F"): [_steppe(r, "kz") for r in L.KZ_F],
    ("kyrgyz", "M"): [_steppe(r, "kg") for r in L.KG_M], ("kyrgyz", "F"): [_steppe(r, "kg") for r in L.KG_F],
}


def zipf_pick(rng, pool, top: int | None = None):
    pool = pool[:top] if top else pool
    return choice(rng, pool, 1.0 / np.arange(1, len(pool) + 1) ** 0.8)


def han_given(rng, sex):
    chars = [(c[0], c[1:]) for c in (L.GIVEN_M if sex == "M" else L.GIVEN_F)]
    k = 2 if rng.random() < .72 else 1
    picks = [chars[i] for i in rng.choice(len(chars), k, replace=False)]
    return "".join(c for c, _ in picks), [p for _, p in picks]


# ----------------------------------------------------------------------------------------------- people
COUNTIES_BY_PREF: dict[str, list] = {}
for _c in L.COUNTIES:
    COUNTIES_BY_PREF.setdefault(_c[4], []).append(_c)
CAMP_PREFS = ["urumqi", "kashgar", "hotan", "aksu", "ili", "kizilsu", "turpan"]


def id_number(code: str, born: dt.date, sex: str, rng) -> str:
    last = int(rng.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8]))
    body = f"{code}{born:%Y%m%d}{int(rng.integers(0, 100)):02d}{last}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def random_date(rng, y0, y1):
    return dt.date(int(y0), 1, 1) + dt.timedelta(days=int(rng.integers(0, 365 * (int(y1) - int(y0) + 1))))


def home_county(rng, eth):
    pref = choice(rng, list(L.HOME[eth]), list(L.HOME[eth].values()))
    return choice(rng, COUNTIES_BY_PREF[pref])


def new_person(rng, eth, sex=None, father=None, born=None, county=None, surname=None, given=None):
    sex = sex or ("M" if rng.random() < .52 else "F")
    p = dict(eth=eth, sex=sex, born=born or random_date(rng, 1945, 2003),
             county=county or home_county(rng, eth))
    if eth in ("han", "hui"):
        sur = surname or choice(rng, L.HAN_SURNAMES if eth == "han" else L.HUI_SURNAMES)
        p["sur"] = (sur[0], sur[1:])
        p["gzh"], p["gpy"] = given or han_given(rng, sex)
        mus = [r for r in L.HUI_MUSLIM if r[4] == sex]
        p["muslim"] = choice(rng, mus) if eth == "hui" and rng.random() < .6 else None
    else:
        p["given"] = given or zipf_pick(rng, POOLS[(eth, sex)])
        p["father"] = father or zipf_pick(rng, POOLS[(eth, "M")])
        while p["father"] is p["given"] and given is None:   # a son is rarely named after his own father
            p["given"] = zipf_pick(rng, POOLS[(eth, sex)])
    code = p["county"][0]
    p["id"] = id_number(code, p["born"], sex, rng) if rng.random() < .75 else ""
    fpref = p["county"][4] if rng.random() < .75 else choice(rng, CAMP_PREFS)
    fcounty = p["county"] if fpref == p["county"][4] else choice(rng, COUNTIES_BY_PREF[fpref])
    p["fac"] = (choice(rng, ["camp", "detention", "prison"], [.55, .2, .25]), fpref, fcounty)
    return p


def make_people(rng, n: int) -> list[dict]:
    people: list[dict] = []
    eths, ew = list(ETHNIC), list(ETHNIC.values())
    while len(people) < n:
        eth, r = choice(rng, eths, ew), rng.random()
        if r < .16:                                     # father with children in the data
            dad = new_person(rng, eth, sex="M", born=random_date(rng, 1940, 1972))
            people.append(dad)
            people += children(rng, eth, dad, int(rng.integers(1, 4)))
        elif r < .28:                                   # siblings whose father is not listed
            dad = new_person(rng, eth, sex="M", born=random_date(rng, 1930, 1965))
            people += children(rng, eth, dad, int(rng.integers(2, 4)))
        elif r < .34 and eth in ("uyghur", "kazakh"):   # namesakes: same common given + father name
            first = new_person(rng, eth, sex="M")
            first["given"] = zipf_pick(rng, POOLS[(eth, "M")], top=5)
            first["father"] = first["given"]
            while first["father"] is first["given"]:
                first["father"] = zipf_pick(rng, POOLS[(eth, "M")], top=6)
            group = [first]
            for _ in range(int(rng.integers(1, 5))):
                born = random_date(rng, first["born"].year, first["born"].year) if rng.random() < .4 else None
                county = first["county"] if rng.random() < .5 else None
                group.append(new_person(rng, eth, sex="M", father=first["father"], born=born, county=county,
                                        given=first["given"]))
            people += group
        else:
            people.append(new_person(rng, eth))
    for i, p in enumerate(people[:n]):
        p["pid"] = f"P{i + 1:05d}"
    return people[:n]


def children(rng, eth, dad, k):
    kids, used = [], set()
    for j in range(k):
        twin = j > 0 and rng.random() < .1
        y = dad["born"].year
        born = kids[-1]["born"] if twin else random_date(rng, y + 20, min(y + 40, 2005))
        county = dad["county"] if rng.random() < .85 else None
        for _ in range(20):   # siblings never share a given name
            kid = new_person(rng, eth, born=born, county=county, father=dad.get("given"), surname=None)
            key = kid.get("gzh") or kid["given"]["uly"]
            if key not in used:
                break
        if eth in ("han", "hui"):
            kid["sur"] = dad["sur"]
        used.add(kid.get("gzh") or kid["given"]["uly"])
        kids.append(kid)
    return kids


# ----------------------------------------------------------------------------------------------- names
def nm(e, lang, rng) -> str:
    """One name in one writing habit: zh, py, en, tr, uly, yengi, ar, kk (native Cyrillic), kz18, ru, de."""
    u, r = e["uly"], rng.random()
    if lang in ("zh", "py", "uly"):
        return e[lang] if lang != "uly" else u
    if lang in ("ar", "yengi"):
        return S.uly_to_arabic(u) if lang == "ar" else S.uly_to_yengi(u, schwa=r < .5)
    if e["kind"] == "uy":
        return {"en": lambda: (e["en"][0] if r < .5 else choice(rng, e["en"]) if r < .8
                               else S.uly_to_english(u, rng)),
                "tr": lambda: e["tr"] if r < .85 else S.uly_to_turkish(u),
                "kk": lambda: S.uly_to_kazakh(u), "kz18": lambda: S.uly_to_english(u, rng),
                "ru": lambda: S.uly_to_russian(u, broad=r < .35),
                "de": lambda: (S.uly_to_german(u) if r < .4
                               else S.cyr_map(S.uly_to_russian(u, True), S.CYR_DE) if r < .7
                               else e["tr"] if r < .85 else e["en"][0])}[lang]()
    c = e["cyr"]
    return {"en": lambda: S.cyr_map(c, S.CYR_EN, initial_ye=r < .5),
            "tr": lambda: S.cyr_map(c, S.CYR_TR, turkish=True),
            "kk": lambda: c, "kz18": lambda: S.cyr_map(c, S.CYR_KZ18 if e["kind"] == "kz" else S.CYR_EN),
            "ru": lambda: S.cyr_to_russian(c), "de": lambda: S.cyr_map(S.cyr_to_russian(c), S.CYR_DE)}[lang]()


VOWEL_END = set("aeiouıаеиоуыэяюәөұүі")


def rus_surname(f: str, sex: str, patronymic: bool = False) -> str:
    """Russian-style surname (Tursunov, Серикова) or patronymic (Серикович) from a father's name."""
    cyr = any("\u0400" <= ch <= "\u04ff" for ch in f)
    stem, soft = (f[:-1], True) if f[-1] in "йy" else (f, f[-1].lower() in VOWEL_END)
    link = ("е" if soft else "о") if cyr else ("ye" if soft else "o")
    ends = (("вич", "вна") if patronymic else ("в", "ва")) if cyr else \
        (("vich", "vna") if patronymic else ("v", "va"))
    return stem + link + ends[sex == "F"]


PAT = {"en": ("oglu", "kizi"), "tr": ("oğlu", "kızı"), "uly": ("oghli", "qizi"), "yengi": ("oghli", "kizi"),
       "ar": ("ئوغلى", "قىزى"), "kk": ("ұлы", "қызы"), "kz18": ("uly", "qyzy"), "ru": ("улы", "кызы")}
KG_PAT = {"kk": ("уулу", "кызы"), "kz18": ("uulu", "kyzy"), "en": ("uulu", "kyzy"), "ru": ("уулу", "кызы")}
FMT_W = {  # GF, G, FG, PAT, SUR, SUR3
    "ngo_testimony_en": [.62, .10, .10, .08, .10, 0], "turkish_list": [.78, .08, .06, .08, 0, 0],
    "uyghur_list": [.88, .05, .04, .03, 0, 0], "press_de_ru": [.80, .07, .05, 0, .08, 0],
    ("kazakh_kyrgyz_list", "kz"): [.22, .05, .08, .35, .20, .10],
    ("kazakh_kyrgyz_list", "kg"): [.20, .05, .05, .45, .25, 0],
    ("kazakh_kyrgyz_list", "uy"): [.60, .05, .10, 0, .25, 0]}


def turkic_name(p, src, lang, rng) -> str:
    g, f, sex = nm(p["given"], lang, rng), nm(p["father"], lang, rng), p["sex"]
    if src == "police_zh":
        sep = choice(rng, ["·", "", "•", "・", ".", " ", "．"], [.78, .07, .05, .03, .03, .02, .02])
        return g + sep + f
    if src == "pinyin_export":
        form = choice(rng, ["UP ", "·", " ", "", "UP·", "."], [.35, .2, .3, .06, .05, .04])
        s = g + form.replace("UP", "") + (f.lower() if form == "" else f)
        return s.upper() if form.startswith("UP") else s
    kind = p["given"]["kind"]
    w = FMT_W.get((src, kind), FMT_W.get(src))
    fmt = choice(rng, ["GF", "G", "FG", "PAT", "SUR", "SUR3"], w)
    if src == "press_de_ru" and lang != "ru" and fmt == "SUR":
        fmt = "GF"
    if fmt == "G":
        return g
    if fmt == "FG":
        return f"{f} {g}"
    if fmt == "SUR":
        return f"{rus_surname(f, sex)} {g}"
    if fmt == "SUR3":
        ru_f = S.cyr_to_russian(f) if lang == "ru" else f
        return f"{rus_surname(f, sex)} {g} {rus_surname(ru_f, sex, patronymic=True)}"
    if fmt == "PAT":
        if kind == "kg":
            return f"{g} {f} {KG_PAT.get(lang, KG_PAT['en'])[sex == 'F']}"
        suf = PAT.get(lang, PAT["en"])[sex == "F"]
        if kind == "kz" and lang in ("kk", "kz18", "ru", "en"):   # joined: Серікұлы, Serikuly
            return f"{g} {f}{suf if lang != 'en' else ('uly', 'kyzy')[sex == 'F']}"
        return f"{g} {f} {suf}"
    return f"{g} {f}"


def chinese_name(p, src, lang, rng) -> str:
    sur_zh, sur_py = p["sur"]
    if src == "police_zh":
        return sur_zh + p["gzh"]
    gpy = "".join(p["gpy"]).capitalize()
    if src == "pinyin_export":
        sp = sur_py.capitalize()
        return choice(rng, [f"{sp.upper()} {gpy}", f"{sp} {gpy}", f"{sp} {gpy}".upper(), f"{sp}{gpy}"],
                      [.4, .35, .2, .05])
    mus = p.get("muslim")
    if mus and rng.random() < .55:                  # the Muslim name, with or without the surname
        m = {"en": mus[0], "tr": mus[3], "ar": S.uly_to_arabic(mus[1]), "uly": mus[1], "yengi": mus[1],
             "ru": mus[2], "kk": mus[2], "kz18": mus[0], "de": mus[0]}[lang]
        s = {"ar": S.uly_to_arabic(sur_py.capitalize()), "ru": S.PALLADIUS[sur_py].capitalize(),
             "kk": S.PALLADIUS[sur_py].capitalize()}.get(lang, sur_py.capitalize())
        return choice(rng, [f"{m} {s}", f"{s} {m}", m], [.5, .3, .2])
    if lang in ("ru", "kk"):
        return f"{S.PALLADIUS[sur_py].capitalize()} {S.pinyin_to_russian(p['gpy']).capitalize()}"
    if lang in ("ar", "uly", "yengi"):
        u = f"{S.pinyin_to_uly([sur_py]).capitalize()} {S.pinyin_to_uly(p['gpy']).capitalize()}"
        return S.uly_to_arabic(u) if lang == "ar" else u
    if lang in ("en", "de") and rng.random() < .35:
        return f"{gpy} {sur_py.capitalize()}"
    if rng.random() < .1:
        return f"{sur_py.capitalize()} " + " ".join(s.capitalize() for s in p["gpy"])
    return f"{sur_py.capitalize()} {gpy}"


# ----------------------------------------------------------------------------------------------- fields
SEX_ALT = {"police_zh": [("男", "女")], "pinyin_export": [("male", "female"), ("m", "f")],
           "ngo_testimony_en": [("male", "female"), ("Male", "Female"), ("m", "f")],
           "turkish_list": [("Erkek", "Kadın")], "uyghur_list": [("ئەر", "ئايال")],
           "kazakh_kyrgyz_list": [("Е", "Ә"), ("м", "ж")], "press_de_ru": [("m", "f"), ("м", "ж")]}
SEX_ALT_P = {"police_zh": .2, "pinyin_export": .12, "ngo_testimony_en": .25, "turkish_list": .25,
             "uyghur_list": .2, "kazakh_kyrgyz_list": .25, "press_de_ru": .2}


def sex_field(p, src, lang, rng) -> str:
    if rng.random() < MISS[src][0]:
        return ""
    i = p["sex"] == "F"
    if rng.random() < SEX_ALT_P[src]:
        alts = SEX_ALT[src]
        if src == "press_de_ru":
            return alts[lang == "ru"][i]
        if src == "kazakh_kyrgyz_list":
            return alts[lang == "ru" or p["eth"] == "kyrgyz"][i]
        return choice(rng, alts)[i]
    return "MF"[i]


DATE_POLICY = {  # (P full, P month, P year), P nonstandard, nonstandard styles for full / month
    "police_zh": ((.93, .03, .04), .2, ["zh", "slash"], ["ym."]),
    "pinyin_export": ((.9, .04, .06), .15, ["slash", "dmy"], ["ym."]),
    "ngo_testimony_en": ((.2, .1, .7), .4, ["dmy", "slash"], ["my."]),
    "turkish_list": ((.35, .1, .55), .5, ["dmy"], ["my."]),
    "uyghur_list": ((.5, .15, .35), .25, ["slash", "dmy"], ["ym."]),
    "kazakh_kyrgyz_list": ((.6, .1, .3), .4, ["dmy"], ["my."]),
    "press_de_ru": ((.4, .05, .55), .4, ["dmy"], ["my.", "ym."]),
}


def date_field(p, src, rng) -> str:
    if rng.random() < MISS[src][1]:
        return ""
    d = p["born"]
    if src in ("police_zh", "pinyin_export") and rng.random() < .02:     # clerical slip in the day
        d = d.replace(day=min(28, max(1, d.day + int(rng.choice([-10, -1, 1, 10])))))
    prec_p, alt_p, full_styles, month_styles = DATE_POLICY[src]
    prec = choice(rng, ["d", "m", "y"], prec_p)
    testimony = src in ("ngo_testimony_en", "turkish_list", "press_de_ru")
    if prec == "y":
        year = d.year + (int(rng.choice([-1, 1])) if testimony and rng.random() < .08 else 0)
        if src == "ngo_testimony_en" and rng.random() < .2:
            return f"approx. {year + int(rng.choice([-1, 0, 0, 1]))}"
        return str(year)
    if rng.random() >= alt_p:
        return f"{d:%Y-%m-%d}" if prec == "d" else f"{d:%Y-%m}"
    style = choice(rng, full_styles if prec == "d" else month_styles)
    return {"zh": f"{d.year}年{d.month}月{d.day}日", "slash": f"{d:%Y/%m/%d}", "dmy": f"{d:%d.%m.%Y}",
            "ym.": f"{d:%Y.%m}", "my.": f"{d:%m.%Y}"}[style]


def id_field(p, src, rng) -> str:
    if not p["id"] or rng.random() >= MISS[src][4]:
        return ""
    s = p["id"]
    if rng.random() < (.04 if src in ("police_zh", "pinyin_export") else .1):
        i = int(rng.integers(0, 17))
        s = s[:i] + str((int(s[i]) + int(rng.integers(1, 10))) % 10) + s[i + 1:]
    return s.lower() if src == "pinyin_export" and rng.random() < .3 else s


def pref_in(pr, lang, rng) -> str:
    """A prefecture's name in one language; ULY for the Uyghur-script forms."""
    i = {"en": 6, "tr": 7, "de": 8, "ru": 9, "kk": 10, "kz18": 10}.get(lang)
    name = alt(rng, pr[i], .5 if lang == "en" else .6) if i else pr[5]
    return S.cyr_map(name, S.CYR_KZ18) if lang == "kz18" else name


def county_in(county, lang, rng) -> str:
    cu = county[3]
    if lang == "en":
        return S.uly_to_english(cu, rng) if rng.random() < .6 else county[2].split(" ")[0]
    f = {"tr": S.uly_to_turkish, "de": S.uly_to_german, "ru": lambda u: S.uly_to_russian(u, False),
         "kk": S.uly_to_kazakh, "kz18": lambda u: S.cyr_map(S.uly_to_kazakh(u), S.CYR_KZ18)}.get(lang)
    return f(cu) if f else cu


def place_field(county, src, lang, rng) -> str:
    if rng.random() < MISS[src][2]:
        return ""
    pr = L.PREFS[county[4]]
    seat = county[3] == pr[5]
    r = rng.random()
    if lang == "zh":
        if county[1] == pr[1] or seat:
            return county[1] if r < .7 else pr[1] + county[1]
        full = pr[1] + county[1]
        return choice(rng, [county[1], full, "新疆" + full, pr[1]], [.45, .3, .1, .15])
    if lang == "py":
        cpy = county[2]
        return choice(rng, [cpy, f"{pr[3]} {pr[4]} {cpy}", cpy.upper(), cpy.replace(" Xian", " County")],
                      [.4, .3, .15, .15])
    level = "pref" if seat or r < .5 else "county" if r < .75 else "both"
    pref_name = pref_in(pr, lang, rng)
    if level == "pref":
        return S.uly_to_arabic(pref_name) if lang == "ar" else pref_name
    cu, cname = county[3], county_in(county, lang, rng)
    if lang == "ar":
        unit = " rayoni" if county[1].endswith("区") else " nahiyisi"
        s = cu + unit if level == "county" else f"{pr[5]} {cu}"
        return S.uly_to_arabic(s)
    if lang == "en" and level == "county" and rng.random() < .4:
        return cname + " County"
    return f"{cname}, {pref_name}" if lang in ("en", "de", "ru") else f"{pref_name} {cname}"


FAC_TEXT = {  # lang: (camp, detention centre, prison) templates, "/" separates alternatives
    "en": ("camp in {P}/{P} re-education camp/'vocational school' in {P}/{C} camp/"
           "political education camp ({P})",
           "{C} detention center/detained in {C}/{P} jail", "{P} prison/prison in {P}/sentenced, {P} prison"),
    "tr": ("{P} toplama kampı/{P} kampı", "{C} gözaltı merkezi", "{P} cezaevi/{P} hapishanesi"),
    "uly": ("{P} lagéri/{C} terbiyelesh merkizi", "{C} qamaqxanisi", "{P} türmisi"),
    "kk": ("{P} лагері/{P} қайта тәрбиелеу лагері", "{C} тергеу изоляторы", "{P} түрмесі"),
    "de": ("Lager in {P}/Umerziehungslager {P}", "Haftanstalt {C}", "Gefängnis {P}"),
    "ru": ("лагерь, {P}/лагерь перевоспитания ({P})", "СИЗО, {C}", "тюрьма, {P}")}


def facility_field(p, src, lang, rng) -> str:
    if rng.random() < MISS[src][3]:
        return ""
    kind, pref, county = p["fac"]
    pr, cz = L.PREFS[pref], county[1]
    if lang == "zh":
        return {"camp": cz + ("职业技能教育培训中心" if rng.random() < .85 else "教育培训中心"),
                "detention": cz + "看守所", "prison": pr[2] + "监狱"}[kind]
    if lang == "py":
        return {"camp": county[2] + " Zhiye Jineng Jiaoyu Peixun Zhongxin",
                "detention": county[2] + " Kanshousuo", "prison": pr[3] + " Jianyu"}[kind]
    key = {"ar": "uly", "yengi": "uly", "kz18": "kk"}.get(lang, lang)
    tmpl = choice(rng, FAC_TEXT[key][["camp", "detention", "prison"].index(kind)].split("/"))
    P, C = pref_in(pr, key, rng), county_in(county, key, rng)
    s = tmpl.format(P=P, C=C)
    if lang == "ar":
        return S.uly_to_arabic(s)
    if lang == "kz18":
        return S.cyr_map(s, S.CYR_KZ18)
    return s


LANGS = {"police_zh": (["zh"], [1]), "pinyin_export": (["py"], [1]), "ngo_testimony_en": (["en"], [1]),
         "turkish_list": (["tr"], [1]), "uyghur_list": (["ar", "uly", "yengi"], [.8, .12, .08]),
         "press_de_ru": (["de", "ru"], [.5, .5]), "kazakh": (["kk", "kz18", "ru"], [.55, .25, .2]),
         "kyrgyz": (["kk", "kz18", "ru"], [.6, .15, .25]), "other": (["kk", "ru"], [.6, .4])}


def pick_lang(p, src, rng) -> str:
    if src == "kazakh_kyrgyz_list":
        src = p["eth"] if p["eth"] in ("kazakh", "kyrgyz") else "other"
    return choice(rng, *LANGS[src])


def render(p, src, rng) -> dict:
    lang = pick_lang(p, src, rng)
    name = (chinese_name if "sur" in p else turkic_name)(p, src, lang, rng)
    if rng.random() < MISS[src][5]:
        name = S.typo(name, rng)
        if rng.random() < .15:
            name = S.typo(name, rng)
    return dict(source=src, full_name=name, sex=sex_field(p, src, lang, rng),
                birth_date=date_field(p, src, rng), birthplace=place_field(p["county"], src, lang, rng),
                id_number=id_field(p, src, rng), facility=facility_field(p, src, lang, rng))


# ----------------------------------------------------------------------------------------------- main
def generate(seed: int = 5, people: int = 1500) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    persons = make_people(rng, people)
    rows = []
    for p in persons:
        k = int(rng.choice(5, p=N_SOURCES_P)) + 1
        w = np.asarray(SRC_W[p["eth"]], float)
        srcs = [SOURCES[i] for i in rng.choice(len(SOURCES), k, replace=False, p=w / w.sum())]
        srcs += [s for s in srcs if s in ("ngo_testimony_en", "turkish_list") and rng.random() < .06]
        for s in srcs:
            rows.append(dict(render(p, s, rng), person_id=p["pid"]))
    order = rng.permutation(len(rows))
    rows = [rows[i] for i in order]
    for i, r in enumerate(rows):
        r["record_id"] = f"{CODE[r['source']]}{i + 1:06d}"
    cols = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
    df = pd.DataFrame(rows, columns=cols + ["person_id"])
    records = df[cols].astype(str).reset_index(drop=True)
    truth = df[["record_id", "person_id"]].astype(str).reset_index(drop=True)
    return records, truth


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--people", type=int, default=1500)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    records, truth = generate(a.seed, a.people)
    os.makedirs(a.out, exist_ok=True)
    records.to_csv(os.path.join(a.out, "records.csv"), index=False, encoding="utf-8")
    truth.to_csv(os.path.join(a.out, "truth.csv"), index=False, encoding="utf-8")
    print(f"{len(records)} records of {truth.person_id.nunique()} people -> {a.out}")
    print(records.source.value_counts().to_string())


if __name__ == "__main__":
    main()
