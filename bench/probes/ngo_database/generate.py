"""Synthetic probe: an NGO victims database merged with leaked lists.

All people are invented.  About 1500 people (mostly Uyghur; also Kazakh, Kyrgyz,
Uzbek, Hui and Han) are drawn with Turkic "Given Father" names (the second name is
the father's given name; some sources add the grandfather's name as a third part),
and each person appears in 1-5 of six sources (about 2.4 records per person).
Hard negatives are built in: namesakes (same common given+father name, some with
the same birth year and county), siblings sharing the father's name, twins (same
birth date and father, different given names such as Hesen/Hüsen), and father/son
pairs where the son is named after his grandfather ("Tursun Memet" is the father
of "Memet Tursun").  Some diaspora relatives report an adopted family surname:
Turkish style (Kaşgarlı, Turan, Uygur...) or a Kazakhstan -ov/-ova surname built
from the GRANDFATHER's name, which therefore differs from the father's name.
Field codings: sex is mostly M/F/"" with ~15% other spellings (male, 男, Е/Ә, м/ж,
Erkek/Kadın, ئەر/ئايال); pinyin_court has no sex at all.  birth_date is mostly
YYYY, YYYY-MM, YYYY-MM-DD or "", the rest readable variants (14.03.1978,
1978/03/14, 1978年3月14日, ~1978, 1978?, 1978-يىلى).

xjpolice_list -- leaked county police spreadsheet in Chinese.  Turkic names are
Chinese transliterations joined by a middle dot (买买提·吐尔逊; sometimes •, ．, .
or nothing), with homophone mis-keyings (麦/买, 迅/逊).  Full birth dates, 18-digit
IDs with a valid check character (sometimes lowercase x, sometimes spaced or
dashed in 6-8-4 blocks) and, for older people, some old 15-digit IDs (area code,
YYMMDD, 3-digit sequence).  Birthplace is prefecture/county/township in Chinese
(疏附县托克扎克镇, 喀什地区疏附县, 乌鲁木齐市天山区); facilities are Chinese names
including numbered centres (喀什市第三职业技能教育培训中心), 看守所 and 监狱.

victims_db_en -- NGO victims database exported in English.  The name cell often
holds alternates: "Memet Tursun (Mehmet Tursun)", "Memet Tursun / مەمەت تۇرسۇن",
"Maimaiti Tuerxun (买买提·吐尔逊)", "TURSUN, Memet"; titles and address/kinship
words ("Haji", "Dr.", "teacher", "aka", "hede"); sometimes a grandfather's name or
the diaspora surname.  Hui people mostly appear under their Muslim name ("Yusuf
Ma").  Birth is a year, "~1975", "1975?", "c. 1975" or a full date; birthplace
"Yengisar County, Kashgar Prefecture, Xinjiang", "Opal Township, Kashgar",
"Ghulja (Yining)", "Korla, Bayingolin"; facility "No. 3 camp in Kashgar",
"Kashgar City No.3 VETC", "a camp near Ghulja", "unknown".  A few duplicates.

uyghur_testimony -- testimonies in Uyghur Arabic script (مەمەت تۇرسۇن), 15% in ULY
Latin; grandfather's name more often; titles ھاجى/دوختۇر.  Birthplace in Uyghur
("قەشقەر يېڭىسار ناھىيىسى"), dates "1975-يىلى" or a bare year; many fields missing.

kazakh_ngo -- a Kazakhstan NGO list.  Kazakh Cyrillic with -ұлы/-қызы patronymics
(Нұрлан Ерланұлы), Russian-style "Сериков Нурлан Ерланович" (surname from the
grandfather, patronymic from the father), Kazakh Latin 2021 (Nurlan Erlanuly),
Kyrgyz "Асылбек Турсун уулу", Uyghurs in Uyghur Cyrillic (Мәмәт Турсун) or
Russian style.  Dates dd.mm.yyyy or year; sex Е/Ә, м/ж or M/F; places Құлжа, Іле
облысы.

turkish_press -- Turkish press: Mehmet Tursun, Ayşegül Abdullah, "Memet Tursun
Hacı", "Mehmet Kaşgarlı"; places Kaşgar, Urumçi, Hoten, Gulca, "Kaşgar'ın Yengisar
ilçesi"; dates yyyy or dd.mm.yyyy; sex Erkek/Kadın or M/F, often missing.

pinyin_court -- court verdicts transcribed in pinyin: "Maimaiti Tuerxun",
"Maimaiti·Tuerxun", occasionally run together; Han names surname first
("ZHANG Wei"); Hui under their Han-style name (Ma Jianguo) while other sources use
the Muslim name (under 5% of people are Hui).  Sex column entirely empty.
"""

# ruff: noqa: E501 - name and place tables are kept one row per line
import argparse
import calendar
import os

import numpy as np
import pandas as pd

from . import data as D
from .data import COUNTY, GROUPS, NAMES, PREF, TOWN

SOURCES = ["xjpolice_list", "victims_db_en", "uyghur_testimony", "kazakh_ngo", "turkish_press",
           "pinyin_court"]
PREFIX = dict(zip(SOURCES, ["XJP", "VDB", "UYT", "KZN", "TRP", "PCV"], strict=False))
ETHS = {"uyghur": .735, "kazakh": .14, "kyrgyz": .04, "uzbek": .03, "hui": .03, "han": .025}
TURKIC = {"uyghur": "uy", "kazakh": "kz", "kyrgyz": "kg", "uzbek": "uz"}
HOME = {
    "uyghur": "653101:6 653121:6 653122:4 653123:4 653125:6 653126:3 653127:2 653129:3 653130:2 "
              "653201:4 653221:4 653222:5 653224:2 653226:3 652901:3 652922:2 652924:2 650102:4 "
              "650103:2 654002:4 654021:2 652801:2 653001:3 650402:2",
    "kazakh": "654002:3 654021:3 654023:3 654024:3 654025:4 654027:3 654028:3 654201:4 654301:4 "
              "652301:2 650102:1",
    "kyrgyz": "653001:3 653022:3 653024:4",
    "uzbek": "653101:3 654002:3 650102:2 653125:1",
    "hui": "652826:3 652301:3 654002:2 650102:2 650103:2",
    "han": "650102:3 650103:2 652801:2 652301:2 653101:1",
}
HOME = {k: [(c.split(":")[0], float(c.split(":")[1])) for c in v.split()] for k, v in HOME.items()}
SRC_W = {"uyghur": [1, 1.2, .9, .12, .6, .5], "kazakh": [1, 1, .12, 1.6, .2, .4],
         "kyrgyz": [1, 1, .2, .8, .4, .4], "uzbek": [1, 1, .5, .5, .5, .4],
         "hui": [1, 1, .1, .05, .2, 1], "han": [1, 1, .05, .02, .1, 1]}
N_SRC_P = [.30, .29, .2, .13, .08]
TR_SURNAMES = ["Turan", "Uygur", "Türkistanlı", "Doğan"]
TR_CITY_SURNAME = {"kashgar": "Kaşgarlı", "hotan": "Hotenli", "aksu": "Aksulu", "ili": "Gulcalı"}
SEX = {  # (male, female, weight); ("", "") = missing
    "xjpolice_list": [("M", "F", .74), ("男", "女", .22), ("", "", .04)],
    "victims_db_en": [("M", "F", .76), ("male", "female", .12), ("", "", .12)],
    "uyghur_testimony": [("M", "F", .45), ("ئەر", "ئايال", .17), ("", "", .38)],
    "kazakh_ngo": [("M", "F", .58), ("Е", "Ә", .14), ("м", "ж", .14), ("", "", .14)],
    "turkish_press": [("M", "F", .5), ("Erkek", "Kadın", .15), ("", "", .35)],
    "pinyin_court": [("", "", 1.0)],
}
DATES = {
    "xjpolice_list": {"ymd": .78, "zh": .07, "slash": .06, "ym": .04, "": .05},
    "victims_db_en": {"y": .42, "approx": .07, "q": .05, "c": .03, "ymd": .15, "ym": .05, "": .23},
    "uyghur_testimony": {"uy": .2, "y": .32, "ymd": .06, "": .42},
    "kazakh_ngo": {"dmy": .3, "y": .3, "ymd": .22, "": .18},
    "turkish_press": {"y": .45, "dmy": .18, "": .37},
    "pinyin_court": {"ymd": .68, "zh": .07, "ym": .1, "": .15},
}
MISSING = {  # birthplace, id, facility
    "xjpolice_list": (.07, .08, .1), "victims_db_en": (.2, .72, .15),
    "uyghur_testimony": (.35, .93, .35), "kazakh_ngo": (.25, .8, .3),
    "turkish_press": (.3, 1.0, .45), "pinyin_court": (.2, .35, .15),
}
VETC_ZH, VETC_PY = "职业技能教育培训中心", "Zhiye Jineng Jiaoyu Peixun Zhongxin"
FAC = {  # facility templates per source and kind
    "xjpolice_list": {"vetc": ["{seat_zh}第{cn}" + VETC_ZH] * 3 + ["{czh}" + VETC_ZH, "{czh}教培中心"],
                      "detention": ["{czh}看守所"], "prison": ["新疆维吾尔自治区第{cn}监狱"], "unknown": [""]},
    "pinyin_court": {"vetc": ["{seat_py} Di {pyn} " + VETC_PY] * 2 + ["{cpy} " + VETC_PY],
                     "detention": ["{cpy} Kanshousuo"], "unknown": [""],
                     "prison": ["Xinjiang Di {pyn} Jianyu", "Xinjiang Weiwuer Zizhiqu Di {pyn} Jianyu"]},
    "victims_db_en": {"vetc": ["No. {n} camp in {sen}", "{sen} City No.{n} VETC", "a camp near {cen}", "camp",
                               "{sen} No. {n} Vocational Skills Education and Training Center"],
                      "detention": ["{cen} Detention Center", "detention centre in {cen}"],
                      "prison": ["Xinjiang No. {n} Prison", "prison in {pen}"], "unknown": ["unknown"] * 2 + [""]},
    "uyghur_testimony": {"vetc": ["{puly} {n}-nomurluq lagër", "{puly} lagëri", "yighiwëlish lagëri"],
                         "detention": ["{culy} tutup turush orni"], "prison": ["türme", "{puly} türmisi"],
                         "unknown": [""]},
    "kazakh_ngo": {"vetc": ["{pkk} №{n} лагері", "лагерь ({pkk})", "лагерь", "саяси лагерь"],
                   "detention": ["тергеу изоляторы"], "prison": ["түрме", "{pkk} түрмесі"], "unknown": ["белгісіз", ""]},
    "turkish_press": {"vetc": ["{ptr} {n} No'lu kamp", "{ptr} toplama kampı", "kamp", "toplama kampı"],
                      "detention": ["{ctr} gözaltı merkezi"], "prison": ["cezaevi", "Sincan {n} No'lu Cezaevi"],
                      "unknown": ["bilinmiyor", "", ""]},
}
SIM = {"a": "e", "e": "a", "i": "y", "y": "i", "u": "o", "o": "u", "k": "q", "q": "k", "s": "z",
       "z": "s", "ş": "s", "ç": "c", "ü": "u", "ö": "o", "ı": "i", "ğ": "g", "m": "n", "n": "m",
       "ى": "ي", "ي": "ى", "ە": "ا", "ا": "ە", "ۇ": "ۈ", "ۈ": "ۇ", "ۆ": "ۇ", "ق": "ك", "ك": "ق",
       "ې": "ى", "ت": "د", "ұ": "у", "у": "ұ", "і": "и", "и": "і", "қ": "к", "к": "қ", "ә": "а",
       "а": "ә", "ө": "о", "ү": "у", "ғ": "г", "ы": "и", "е": "э"}


def id18(area, y, m, d, seq):
    body = f"{area}{y:04d}{m:02d}{d:02d}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w, strict=False)) % 11]


def tr_genitive(word):
    vow = [c for c in word.lower() if c in "aıoueiöü"]
    v = vow[-1] if vow else "a"
    suf = {"a": "ın", "ı": "ın", "e": "in", "i": "in", "o": "un", "u": "un", "ö": "ün", "ü": "ün"}[v]
    return word + "'" + ("n" + suf if word[-1].lower() in "aıoueiöü" else suf)


def ascii_tr(s):
    return s.translate(str.maketrans("şŞçÇğĞıİöÖüÜ", "sScCgGiIoOuU"))


class Gen:
    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    # ---------------------------------------------------------------- helpers
    def p(self, x):
        return self.rng.random() < x

    def pick(self, seq, w=None):
        if w is not None:
            w = np.asarray(w, float)
            w = w / w.sum()
        return seq[int(self.rng.choice(len(seq), p=w))]

    def wpick(self, d):
        return self.pick(list(d), list(d.values()))

    def zipf(self, group, exclude=()):
        keys = [k for k in GROUPS[group] if k not in exclude]
        return self.pick(keys, [1.0 / (i + 1) ** 0.7 for i in range(len(keys))])

    # ---------------------------------------------------------------- people
    def male_group(self, eth):
        t = TURKIC[eth]
        if t in ("kg", "uz") and self.p(.45):
            return "uy_m"
        return t + "_m"

    def new_person(self, eth, sex=None, father=None, grand=None, county=None, year=None):
        sex = sex or ("M" if self.p(.62) else "F")
        p = dict(eth=eth, sex=sex, title="", trsur="", hui=None)
        if eth in TURKIC:
            mg = self.male_group(eth)
            p["g"] = self.zipf(TURKIC[eth] + ("_m" if sex == "M" else "_f"))
            p["gf"] = grand or self.zipf(mg)
            p["f"] = father or self.zipf(mg, exclude=(p["gf"], p["g"]))
            if p["g"] == p["f"]:
                p["g"] = self.zipf(TURKIC[eth] + ("_m" if sex == "M" else "_f"), exclude=(p["f"],))
            if p["gf"] == p["f"]:
                p["gf"] = self.zipf(mg, exclude=(p["f"],))
        else:
            sur = self.pick(D.HUI_SURNAMES if eth == "hui" else D.HAN_SURNAMES)
            giv = self.pick(D.HAN_GIVEN_M if sex == "M" else D.HAN_GIVEN_F)
            mus = self.pick(D.HUI_MUSLIM_M if sex == "M" else D.HUI_MUSLIM_F)
            p["hui"] = dict(sur=sur, giv=giv, mus=mus)
            p["g"] = p["f"] = p["gf"] = ""
        year = year or int(np.clip(round(self.rng.normal(1977, 12)), 1940, 2003))
        m = int(self.rng.integers(1, 13))
        d = int(self.rng.integers(1, calendar.monthrange(year, m)[1] + 1))
        p.update(y=year, m=m, d=d)
        cs = HOME[eth]
        p["county"] = county or self.pick([c for c, _ in cs], [w for _, w in cs])
        towns = TOWN.get(p["county"], [])
        p["town"] = self.pick(towns) if towns and self.p(.8) else None
        p["seq"] = int(self.rng.integers(0, 500)) * 2 + (1 if sex == "M" else 0)
        if eth in TURKIC:
            if sex == "M" and year < 1966 and self.p(.3):
                p["title"] = "haji"
            elif self.p(.08):
                p["title"] = self.pick(["dr", "teacher", "teacher", "imam" if sex == "M" else "dr"])
        pref = COUNTY[p["county"]]["pref"]
        if eth == "uyghur" and self.p(.1):
            p["trsur"] = TR_CITY_SURNAME.get(pref) if self.p(.5) else None
            p["trsur"] = p["trsur"] or self.pick(TR_SURNAMES)
        p["fac"] = self.new_fac(pref, p["county"])
        p["fac2"] = self.new_fac(pref, p["county"]) if self.p(.25) else None
        return p

    def new_fac(self, pref, county):
        kind = self.wpick({"vetc": .55, "detention": .15, "prison": .2, "unknown": .1})
        if self.p(.15):
            pref = self.pick(list(PREF))
            county = self.pick([c for c, v in COUNTY.items() if v["pref"] == pref])
        return (kind, pref, county, int(self.rng.integers(1, 6)))

    def people(self, n):
        out = []
        while len(out) < n:
            eth = self.wpick(ETHS)
            r = self.rng.random()
            if eth in TURKIC and r < .08:  # siblings sharing the father's (and grandfather's) name
                a = self.new_person(eth)
                fam, used = [a], {a["g"]}
                for _ in range(int(self.rng.integers(1, 3))):
                    sex = "M" if self.p(.55) else "F"
                    b = self.new_person(eth, sex, a["f"], a["gf"], a["county"],
                                        int(np.clip(a["y"] + self.rng.integers(-9, 10), 1940, 2003)))
                    if b["g"] in used:
                        continue
                    used.add(b["g"])
                    b["town"] = a["town"]
                    fam.append(b)
                out += fam
            elif eth == "uyghur" and r < .095:  # twins
                a = self.new_person(eth, "M" if self.p(.5) else "F")
                if a["sex"] == "M" and self.p(.5):
                    a["g"], g2 = "Hesen", "Hüsen"
                else:
                    g2 = self.zipf("uy_" + a["sex"].lower(), exclude=(a["g"],))
                if g2 == a["f"] or a["g"] == a["f"]:
                    continue
                b = dict(a, g=g2, seq=(a["seq"] + 2) % 1000, title="", fac=self.new_fac(COUNTY[a["county"]]["pref"], a["county"]))
                out += [a, b]
            elif eth in TURKIC and r < .135:  # father and son named after the grandfather
                fa = self.new_person(eth, "M")
                fa["y"] = min(fa["y"], 1975)
                son = self.new_person(eth, "M", father=fa["g"], grand=fa["f"], county=fa["county"],
                                      year=min(2003, fa["y"] + int(self.rng.integers(21, 34))))
                if son["g"] == son["f"] or self.p(.6) and fa["f"] != fa["g"]:
                    son["g"] = fa["f"]
                if son["g"] == son["f"]:
                    continue
                out += [fa, son]
            elif eth in TURKIC and r < .19 and out:  # namesake of an earlier person
                src = self.pick([q for q in out[-300:] if q["eth"] in TURKIC] or [None])
                if src is None:
                    continue
                q = self.new_person(src["eth"], src["sex"], src["f"], None,
                                    src["county"] if self.p(.45) else None,
                                    src["y"] if self.p(.35) else None)
                q["g"] = src["g"]
                if q["gf"] == q["f"]:
                    continue
                out.append(q)
            else:
                out.append(self.new_person(eth))
        out = out[:n]
        for i, q in enumerate(out):
            q["pid"] = f"P{i + 1:05d}"
        return out

    # ---------------------------------------------------------------- noise
    def typo(self, s):
        idx = [i for i, c in enumerate(s) if c.isalpha()]
        if len(idx) < 3:
            return s
        i = self.pick(idx[1:])
        c, op = s[i], self.rng.integers(0, 4)
        if "\u4e00" <= c <= "\u9fff":
            cands = [j for j in idx if s[j] in D.ZH_HOMOPHONE]
            if cands:
                j = self.pick(cands)
                return s[:j] + D.ZH_HOMOPHONE[s[j]] + s[j + 1:]
            return s
        if op == 0:
            return s[:i] + s[i + 1:]
        if op == 1:
            return s[:i] + c + s[i:]
        if op == 2 and i + 1 < len(s) and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + c + s[i + 2:]
        sub = SIM.get(c.lower())
        if sub:
            return s[:i] + (sub.upper() if c.isupper() else sub) + s[i + 1:]
        return s[:i] + s[i + 1:]

    def maybe_typo(self, s, rate):
        return self.typo(s) if s and self.p(rate) else s

    # ---------------------------------------------------------------- name forms
    def en(self, key):
        n = NAMES[key]
        opts = n["en"] or [D.en_word(key)]
        return opts[0] if self.p(.55) else self.pick(opts + [D.en_word(key)])

    def parts(self, p, src_gf_rate):
        ks = [p["g"], p["f"]]
        if self.p(src_gf_rate):
            ks.append(p["gf"])
        return ks

    def patronym(self, p, script):
        fem = p["sex"] == "F"
        if p["eth"] == "kyrgyz":
            return {"cyr": D.cyr_name(p["f"]) + (" кызы" if fem else " уулу"),
                    "lat": self.en(p["f"]) + (" kyzy" if fem else " uulu")}[script]
        suf = "қызы" if fem else "ұлы"
        if script == "cyr":
            return D.cyr_name(p["f"]) + suf
        return D.kzlat(D.cyr_name(p["f"]) + suf, plain=self.p(.6))

    def russian(self, p):
        fem = p["sex"] == "F"
        sur = D.ru_surname(D.cyr_name(p["gf"]), fem)
        if self.p(.25):
            sur = sur.upper()
        return f"{sur} {D.ru(D.cyr_name(p['g']))} {D.ru_patronymic(D.cyr_name(p['f']), fem)}"

    def hui_han(self, p, latin=True, upper=False):
        h = p["hui"]
        if not latin:
            return h["sur"][0] + h["giv"][0]
        sur = h["sur"][1].upper() if upper else h["sur"][1]
        return f"{sur} {h['giv'][1]}"

    def name_xjpolice(self, p):
        if p["hui"]:
            return self.maybe_typo(self.hui_han(p, latin=False), .03)
        dot = self.wpick({"·": .8, "•": .05, ".": .05, "．": .04, "": .06})
        ks = self.parts(p, .02)
        return self.maybe_typo(dot.join(NAMES[k]["zh"] for k in ks), .08)

    def name_victims(self, p):
        if p["hui"]:
            h = p["hui"]
            if p["eth"] == "hui" and self.p(.75):
                s = f"{self.en(h['mus'])} {h['sur'][1]}"
                return s + (f" ({self.hui_han(p)})" if self.p(.2) else "")
            return self.hui_han(p, upper=self.p(.3)) if self.p(.7) else f"{h['giv'][1]} {h['sur'][1]}"
        ks = self.parts(p, .08)
        words = [self.en(k) for k in ks]
        if p["eth"] in ("kazakh", "kyrgyz") and self.p(.3):
            words = [words[0], self.patronym(p, "lat")]
        if p["trsur"] and self.p(.45):
            sur = ascii_tr(p["trsur"]) if self.p(.6) else p["trsur"]
            words = [words[0], sur] if self.p(.5) else words + [sur]
        main = " ".join(words)
        r = self.rng.random()
        if r < .08:
            main = f"{words[1].upper()}, {words[0]}"
        elif r < .16:
            alt = " ".join(NAMES[k]["tr"] if self.p(.6) else self.en(k) for k in ks[:2])
            main += f" ({alt})" if alt != main else ""
        elif r < .24:
            main += " / " + D.uey(" ".join(NAMES[k]["uly"] for k in ks[:2]))
        elif r < .31:
            zh = "·".join(NAMES[k]["zh"] for k in ks[:2])
            main = f"{' '.join(NAMES[k]['py'] for k in ks[:2])} ({zh})" if self.p(.6) else f"{main} ({zh})"
        main = self.maybe_typo(main, .07)
        if p["title"] and self.p(.5):
            t = {"haji": "Haji", "dr": "Dr.", "teacher": "teacher", "imam": "Imam"}[p["title"]]
            main = f"{t} {main}"
        elif self.p(.05):
            main += self.pick([" aka", " hajim"] if p["sex"] == "M" else [" hede", " acha"])
        return main

    def name_testimony(self, p, latin):
        if p["hui"]:
            h = p["hui"]
            s = f"{h['mus']} {h['sur'][1].lower()}" if p["eth"] == "hui" else \
                f"{h['sur'][1]} {h['giv'][1]}".lower().replace("zh", "j").replace("x", "sh").replace("q", "ch")
            return s.title() if latin else D.uey(s)
        ks = self.parts(p, .22)
        s = " ".join(NAMES[k]["uly"] for k in ks)
        if p["title"] and self.p(.5):
            t = {"haji": "hajim", "dr": "doxtur", "teacher": "muellim", "imam": "imam"}[p["title"]]
            s = f"{t} {s}" if t == "doxtur" else f"{s} {t}"
        if latin:
            return self.maybe_typo(" ".join(w.capitalize() for w in s.split()), .07)
        return self.maybe_typo(D.uey(s), .07)

    def name_kazakh(self, p):
        if p["hui"]:
            h = p["hui"]
            return f"{D.ucyr(h['mus'])} {D.ucyr(h['sur'][1].lower())}" if p["eth"] == "hui" and self.p(.6) \
                else self.hui_han(p)
        e = p["eth"]
        if e == "kazakh":
            st = self.wpick({"cyr_pat": .35, "ru": .25, "lat": .2, "cyr": .2})
        elif e == "kyrgyz":
            st = self.wpick({"cyr_pat": .5, "ru": .3, "cyr": .2})
        else:
            st = self.wpick({"cyr": .45, "ru": .4, "en": .15})
        g = D.cyr_name(p["g"])
        if st == "cyr_pat":
            s = f"{g} {self.patronym(p, 'cyr')}"
        elif st == "ru":
            s = self.russian(p)
        elif st == "lat":
            s = f"{D.kzlat(g)} {self.patronym(p, 'lat')}"
        elif st == "en":
            s = f"{self.en(p['g'])} {self.en(p['f'])}"
        else:
            s = f"{g} {D.cyr_name(p['f'])}"
        return self.maybe_typo(s, .07)

    def name_turkish(self, p):
        if p["hui"]:
            h = p["hui"]
            return f"{NAMES[h['mus']]['tr']} {h['sur'][1]}" if p["eth"] == "hui" else self.hui_han(p)
        ks = self.parts(p, .05)
        loose = self.p(.25)  # Uyghur-style spelling kept by the reporter
        words = [self.en(k) if loose else NAMES[k]["tr"] for k in ks]
        if p["trsur"] and self.p(.6):
            words = [words[0], p["trsur"]] if self.p(.6) else words + [p["trsur"]]
        s = " ".join(words)
        if p["title"] and self.p(.6):
            t = {"haji": "Hacı", "dr": "Dr.", "teacher": "öğretmen", "imam": "İmam"}[p["title"]]
            s = f"{s} {t}" if t == "Hacı" and self.p(.5) else f"{t} {s}"
        return self.maybe_typo(s, .06)

    def name_court(self, p):
        if p["hui"]:
            return self.hui_han(p, upper=self.p(.5))
        ks = [p["g"], p["f"]]
        pys = [NAMES[k]["py"] for k in ks]
        sep = self.wpick({" ": .78, "·": .15, "": .04, "-": .03})
        s = sep.join(pys) if sep else pys[0] + pys[1].lower()
        if self.p(.08):
            s = s.upper()
        return self.maybe_typo(s, .05)

    # ---------------------------------------------------------------- other fields
    def sex(self, p, src):
        opts = SEX[src]
        m, f, _ = self.pick(opts, [o[2] for o in opts])
        return m if p["sex"] == "M" else f

    def date(self, p, src):
        st = self.wpick(DATES[src])
        y, m, d = p["y"], p["m"], p["d"]
        if st in ("approx", "q", "c", "uy") and self.p(.3):
            y += int(self.pick([-1, 1]))
        if st in ("ymd", "zh", "slash", "dmy") and self.p(.04):
            if d <= 12 and self.p(.5):
                m, d = d, m
            else:
                d = max(1, min(28, d + int(self.pick([-1, 1, 10]))))
        if st in ("y", "ym") and self.p(.03):
            y += int(self.pick([-1, 1]))
        return {"": "", "y": f"{y}", "ym": f"{y}-{m:02d}", "ymd": f"{y}-{m:02d}-{d:02d}",
                "zh": f"{y}年{m}月{d}日", "slash": f"{y}/{m:02d}/{d:02d}", "dmy": f"{d:02d}.{m:02d}.{y}",
                "approx": f"~{y}", "q": f"{y}?", "c": f"c. {y}", "uy": f"{y}-يىلى"}[st]

    def id_number(self, p, src):
        old = p["y"] < 1986 and self.p(.12 if src == "xjpolice_list" else .04)
        if old:
            s = f"{p['county']}{p['y'] % 100:02d}{p['m']:02d}{p['d']:02d}{p['seq']:03d}"
            blocks = [s[:6], s[6:12], s[12:]]
        else:
            s = id18(p["county"], p["y"], p["m"], p["d"], p["seq"])
            if s.endswith("X") and self.p(.35):
                s = s[:-1] + "x"
            blocks = [s[:6], s[6:14], s[14:]]
        st = self.wpick({"": .86, " ": .08, "-": .06})
        if st:
            s = st.join(blocks)
        if self.p(.02):
            i = int(self.rng.integers(6, 14))
            s = s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:] if s[i].isdigit() else s
        return s

    def place(self, p, src):
        c, t = COUNTY[p["county"]], p["town"]
        pr = PREF[c["pref"]]
        r = self.rng.random()
        if src == "xjpolice_list":
            full = pr["zh"] + c["zh"] if pr["zh"] != c["zh"] else c["zh"]
            if t and r < .6:
                return (full if r < .35 else c["zh"]) + t["zh"]
            return full if r < .85 else c["zh"]
        if src == "pinyin_court":
            s = f"{pr['py']} {c['py']}" if r < .5 else c["py"]
            if t and self.p(.5):
                s += " " + t["py"]
            return ("Xinjiang " + s) if self.p(.3) else s
        if src == "victims_db_en":
            kind = {"xian": " County", "shi": " City", "qu": ""}[c["kind"]]
            pen = pr["en"]
            alt = c["py"].rsplit(" ", 1)[0]
            if t and r < .2:
                return f"{t['en']} Township, {pen}"
            if r < .45:
                tail = "" if c["en"] == pen else f", {pen}" + (" Prefecture" if pr["unit"] == "wilayiti" else "")
                return f"{c['en']}{kind}{tail}, Xinjiang"
            if r < .6 and alt.lower() != c["en"].split()[0].lower():
                return f"{c['en']} ({alt})"
            if r < .8 and c["en"] != pen:
                return f"{c['en']}, {pen}"
            return pen if self.p(.7) else f"{c['en']}, East Turkistan"
        if src == "uyghur_testimony":
            unit = {"xian": "nahiyisi", "shi": "shehiri", "qu": "rayoni"}[c["kind"]]
            if c["uly"] == pr["uly"]:
                s = f"{c['uly']} {unit}"
            elif r < .7:
                s = f"{pr['uly']} {c['uly']} {unit}"
            else:
                s = f"{pr['uly']} {pr['unit']}" if r < .85 else c["uly"]
            if t and self.p(.35):
                s += f" {t['uly']} " + ("baziri" if t["kind"] == "zhen" else "yëzisi")
            return s
        if src == "kazakh_ngo":
            kc = c["kk"] or D.ucyr(c["uly"])
            word = {"xian": "ауданы", "shi": "қаласы", "qu": "ауданы"}[c["kind"]]
            if r < .35:
                unit = "облысы" if pr["unit"] == "oblasti" else "аймағы"
                return f"{pr['kk']} {unit}, {kc} {word}" if pr["kk"] != kc else f"{kc} {word}"
            if r < .55:
                return f"ШҰАР, {kc}"
            return kc if r < .85 else f"Шыңжаң, {kc}"
        if src == "turkish_press":
            if c["tr"] == pr["tr"] or r < .35:
                return pr["tr"] if r < .2 or c["tr"] == pr["tr"] else f"Doğu Türkistan, {pr['tr']}"
            if r < .65:
                return f"{tr_genitive(pr['tr'])} {c['tr']} ilçesi"
            return c["tr"] if r < .85 else f"{pr['tr']}, {c['tr']}"
        raise ValueError(src)

    def facility(self, p, src, latin_uy=False):
        kind, pk, ck, n = p["fac2"] if p["fac2"] and self.p(.35) else p["fac"]
        pr, c = PREF[pk], COUNTY[ck]
        s = self.pick(FAC[src][kind]).format(
            n=n, cn=D.CN_NUM[n], pyn=D.PY_NUM[n], seat_zh=pr["seat_zh"], seat_py=pr["seat_py"],
            sen=pr["seat_en"], pen=pr["en"], puly=pr["uly"], pkk=pr["kk"], ptr=pr["tr"],
            czh=c["zh"], cpy=c["py"], cen=c["en"], culy=c["uly"], ctr=c["tr"])
        return D.uey(s) if src == "uyghur_testimony" and not latin_uy else s

    # ---------------------------------------------------------------- records
    def record(self, p, src):
        latin = src == "uyghur_testimony" and self.p(.15)
        name = {"xjpolice_list": self.name_xjpolice, "victims_db_en": self.name_victims,
                "kazakh_ngo": self.name_kazakh, "turkish_press": self.name_turkish,
                "pinyin_court": self.name_court}.get(src)
        full = name(p) if name else self.name_testimony(p, latin)
        m_bp, m_id, m_fac = MISSING[src]
        bp = "" if self.p(m_bp) else self.maybe_typo(self.place(p, src), .03)
        if src == "uyghur_testimony" and bp and not latin:
            bp = D.uey(bp)
        idn = "" if self.p(m_id) else self.id_number(p, src)
        fac = "" if self.p(m_fac) else self.facility(p, src, latin)
        return dict(source=src, full_name=full.strip(), sex=self.sex(p, src),
                    birth_date=self.date(p, src), birthplace=bp, id_number=idn, facility=fac,
                    person_id=p["pid"])

    def build(self, n):
        people = self.people(n)
        recs = []
        for p in people:
            k = int(self.rng.choice(5, p=N_SRC_P)) + 1
            w = np.asarray(SRC_W[p["eth"]], float)
            for si in self.rng.choice(len(SOURCES), size=k, replace=False, p=w / w.sum()):
                src = SOURCES[int(si)]
                recs.append(self.record(p, src))
                if src in ("victims_db_en", "xjpolice_list") and self.p(.04 if src == "victims_db_en" else .02):
                    recs.append(self.record(p, src))  # duplicate entry within the source
        order = self.rng.permutation(len(recs))
        counters, rows = {s: 0 for s in SOURCES}, []
        for i in order:
            r = recs[int(i)]
            counters[r["source"]] += 1
            rows.append(dict(record_id=f"{PREFIX[r['source']]}-{counters[r['source']]:05d}", **r))
        df = pd.DataFrame(rows)
        cols = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
        return df[cols].astype(str).fillna(""), df[["record_id", "person_id"]].astype(str)


def generate(seed: int = 3, people: int = 1500):
    return Gen(seed).build(people)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--people", type=int, default=1500)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    records, truth = generate(a.seed, a.people)
    os.makedirs(a.out, exist_ok=True)
    records.to_csv(os.path.join(a.out, "records.csv"), index=False, encoding="utf-8")
    truth.to_csv(os.path.join(a.out, "truth.csv"), index=False, encoding="utf-8")
    print(f"records={len(records)} people={truth.person_id.nunique()} "
          f"records_per_person={len(records) / truth.person_id.nunique():.2f}")
    for s, c in records.source.value_counts().items():
        print(f"  {s:18s} {c:5d}  {c / len(records):.1%}")


if __name__ == "__main__":
    main()
