"""Outside linkage probe "kazakh_hui": fictional people of Xinjiang (Kazakh, Kyrgyz, Hui, Han, some
Uyghur) as six sources would type them. Seeds 11 and 29 are the two variants used (v1 and v2).

`generate(seed, people)` returns the records and the truth as data frames, writing nothing.
The command line writes, per variant directory:
  records.csv       input for `unseen link --input` (record_id, source, full_name, sex,
                    birth_date, birthplace, id_number, facility)
  truth.csv         record_id, person_id
  persons.csv       person attributes and relations (for error analysis only)
  records_meta.csv  record_id, person_id, form, flags (for error analysis only)

usage, from bench/:  python -m probes.kazakh_hui.generate --seed 11 --out DIR [--people 1200]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
from datetime import date, timedelta

import pandas as pd

from .lexicon import (
    FAC_KIND,
    HAN_GIVEN_F,
    HAN_GIVEN_M,
    HAN_SURNAMES,
    HUI_SURNAMES,
    KK_F,
    KK_M,
    KY_F,
    KY_M,
    MUSLIM,
    PLACE_W,
    PLACES,
    PREF,
    UY_F,
    UY_M,
)
from .translit import (
    cyr_to_lat,
    kk_to_ky,
    kk_to_ru,
    kk_to_uly,
    ky_to_ru,
    pick_lat_style,
    py_word,
    py_word_cyr,
    typo,
    uly_to_arabic,
    uly_to_cyr,
    uly_variant,
    uycyr_to_ru,
)

SOURCES = ["cn_official", "pinyin_list", "ngo_kk", "ngo_en", "media_ru_ky", "uy_list"]
AFFINITY = {
    "kk": dict(cn_official=.70, pinyin_list=.45, ngo_kk=.75, ngo_en=.50, media_ru_ky=.35, uy_list=.03),
    "ky": dict(cn_official=.70, pinyin_list=.45, ngo_kk=.35, ngo_en=.30, media_ru_ky=.75, uy_list=.03),
    "hui": dict(cn_official=.75, pinyin_list=.60, ngo_kk=.35, ngo_en=.30, media_ru_ky=.25, uy_list=0),
    "han": dict(cn_official=.85, pinyin_list=.75, ngo_kk=.10, ngo_en=.10, media_ru_ky=.15, uy_list=0),
    "uy": dict(cn_official=.60, pinyin_list=.40, ngo_kk=.20, ngo_en=.25, media_ru_ky=.20, uy_list=.85),
}
ETH_W = dict(kk=.42, ky=.12, hui=.16, han=.13, uy=.17)
HOMOPHONE = {"兰": "蓝", "江": "疆", "提": "题", "丽": "莉", "娜": "纳", "克": "可", "汗": "罕", "木": "穆",
             "买": "麦", "依": "伊", "尔": "儿", "斯": "思", "拉": "啦", "秀": "绣", "英": "瑛", "国": "帼",
             "建": "健", "华": "化", "明": "铭", "军": "君", "芳": "方", "梅": "玫"}


class Name:
    """A personal name: native spelling plus Chinese transcription."""
    def __init__(self, lang, native, zh, py, sex=None, alts=()):
        self.lang, self.native, self.zh, self.py, self.sex, self.alts = lang, native, zh, py, sex, list(alts)

    # Kazakh-Cyrillic spelling (what the Kazakh NGO writes)
    def kk(self):
        if self.lang == "uy":
            return uly_to_cyr(self.native)
        return self.native

    def ky(self):
        if self.lang == "kk":
            return kk_to_ky(self.native)
        if self.lang == "uy":
            return ky_to_ru(uly_to_cyr(self.native))
        return self.native

    def ru(self):
        if self.lang == "kk":
            return kk_to_ru(self.native)
        if self.lang == "ky":
            return ky_to_ru(self.native)
        return uycyr_to_ru(uly_to_cyr(self.native))

    def lat(self, st, rng):
        if self.lang == "uy":
            if self.alts and rng.random() < 0.3:
                return rng.choice(self.alts)
            return uly_variant(self.native, rng)
        return cap(cyr_to_lat(self.native, st))

    def uly(self):
        if self.lang == "uy":
            return self.native
        return kk_to_uly(self.native)


def cap(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def zipf_choice(rng, items, a=0.85):
    w = [1.0 / (i + 1) ** a for i in range(len(items))]
    return rng.choices(items, w)[0]


def rus_stem(b):
    """The father's name with -ев or -ов, the stem of a Russian-style surname or patronymic."""
    if b.endswith("й"):
        return b[:-1] + "ев"
    if b[-1] in "аяиіыеэ":
        return b + "ев"
    return b + "ов"


def rus_surname(base, female):
    return rus_stem(base) + ("а" if female else "")


def rus_patronymic(base, female):
    return rus_stem(base) + ("на" if female else "ич")


def typo_one_word(txt, rng):
    """`txt` with a typo in one of its words."""
    ws = txt.split()
    i = rng.randrange(len(ws))
    ws[i] = typo(ws[i], rng)
    return " ".join(ws)


def chinese_id(code, d, sex, rng):
    seq = rng.randrange(0, 1000)
    if (seq % 2 == 1) != (sex == "M"):
        seq = (seq + 1) % 1000
    body = f"{code}{d:%Y%m%d}{seq:03d}"
    wts = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(body, wts, strict=True)) % 11
    return body + "10X98765432"[s]


def id_typo(idn, rng):
    d = list(idn)
    if rng.random() < 0.25:
        i = rng.randrange(6, 16)
        if d[i] != d[i + 1]:
            d[i], d[i + 1] = d[i + 1], d[i]
            return "".join(d)
    i = rng.randrange(0, 17)
    d[i] = rng.choice([c for c in "0123456789" if c != d[i]])
    return "".join(d)


class Gen:
    def __init__(self, seed, n_people):
        self.rng = random.Random(seed)
        self.n_people = n_people
        self.persons = []
        self.fam_n = 0
        self.lex = {
            ("kk", "M"): [Name("kk", a, b, c, "M") for a, b, c in KK_M],
            ("kk", "F"): [Name("kk", a, b, c, "F") for a, b, c in KK_F],
            ("ky", "M"): [Name("ky", a, b, c, "M") for a, b, c in KY_M],
            ("ky", "F"): [Name("ky", a, b, c, "F") for a, b, c in KY_F],
            ("uy", "M"): [Name("uy", a, b, c, "M", d) for a, b, c, d in UY_M],
            ("uy", "F"): [Name("uy", a, b, c, "F", d) for a, b, c, d in UY_F],
        }
        # each variant shuffles the frequency ranks a little
        for k in self.lex:
            L = self.lex[k]
            head, tail = L[:12], L[12:]
            self.rng.shuffle(head)
            self.rng.shuffle(tail)
            self.lex[k] = head + tail

    # ---------------- people ----------------
    def birth_year(self):
        return max(1938, min(2002, int(self.rng.gauss(1978, 12))))

    def rand_date(self, y):
        d0 = date(y, 1, 1)
        return d0 + timedelta(days=self.rng.randrange(365))

    def place(self, eth):
        w = PLACE_W[eth]
        return self.rng.choices(list(w), list(w.values()))[0]

    def new_person(self, **kw):
        p = dict(pid=f"P{len(self.persons) + 1:05d}", spouse="", twin="", namesake_of="", parent="",
                 mixed=False, married_root=None, muslim=None, jingming=None, given=None, father=None,
                 root=None, surname=None, given_zh=None)
        p.update(kw)
        self.persons.append(p)
        return p

    def facility_for(self, place_key):
        pref = PLACES[place_key]["pref"]
        fac_place = PREF[pref]["key"] if self.rng.random() < 0.6 else place_key
        kind = self.rng.choices(["camp", "detention", "prison"], [0.8, 0.15, 0.05])[0]
        return (fac_place, kind)

    def family_turkic(self, eth):
        rng = self.rng
        lang = eth
        self.fam_n += 1
        fam = f"F{self.fam_n:04d}"
        F = zipf_choice(rng, self.lex[(lang, "M")])
        G = zipf_choice(rng, self.lex[(lang, "M")])
        while G is F:
            G = zipf_choice(rng, self.lex[(lang, "M")])
        place = self.place(eth)
        mixed = eth == "kk" and rng.random() < 0.12
        n = rng.choices([1, 2, 3], [0.55, 0.30, 0.15])[0]
        y0 = self.birth_year()
        kids, used = [], {F.native, G.native}
        twins = n >= 2 and rng.random() < 0.08
        for i in range(n):
            sex = rng.choice("MF")
            if twins and i == 1:
                # twins: same date; classic paired names sometimes
                a = kids[0]
                sex = a["sex"] if rng.random() < 0.6 else sex
                bd = a["bd"]
                pair = {"Асан": "Үсен", "Үсен": "Асан", "Hesen": "Hüseyin", "Hüseyin": "Hesen",
                        "Айнұр": "Гүлнұр", "Гүлнұр": "Айнұр", "Асан_ky": "Үсөн"}
                g = None
                if sex == a["sex"] and a["given"].native in pair:
                    tw = pair[a["given"].native]
                    g = next((x for x in self.lex[(lang, sex)] if x.native == tw), None)
                if g is None:
                    g = zipf_choice(rng, self.lex[(lang, sex)])
                    while g.native in used:
                        g = zipf_choice(rng, self.lex[(lang, sex)])
            else:
                y = y0 + (0 if i == 0 else rng.randint(1, 6) * i)
                bd = self.rand_date(min(y, 2002))
                g = zipf_choice(rng, self.lex[(lang, sex)])
                while g.native in used:
                    g = zipf_choice(rng, self.lex[(lang, sex)])
            used.add(g.native)
            place_i = place if rng.random() < 0.85 else self.place(eth)
            k = self.new_person(eth=eth, sex=sex, given=g, father=F, root=G, bd=bd, place=place_i,
                                fam=fam, mixed=mixed, fac=self.facility_for(place_i))
            kids.append(k)
        if twins:
            kids[0]["twin"] = kids[1]["pid"]
            kids[1]["twin"] = kids[0]["pid"]
        if rng.random() < 0.10 and kids[0]["bd"].year >= 1962:
            # the father is detained too: his own father is G, the family root
            GG = zipf_choice(rng, self.lex[(lang, "M")])
            fy = kids[0]["bd"].year - rng.randint(22, 35)
            fp = self.new_person(eth=eth, sex="M", given=F, father=G, root=GG, bd=self.rand_date(fy),
                                 place=place, fam=fam, mixed=mixed, fac=self.facility_for(place))
            fp["root"] = G  # Soviet-style family surname from the same ancestor
            for k in kids:
                k["parent"] = fp["pid"]
        return kids

    def family_sino(self, eth):
        rng = self.rng
        self.fam_n += 1
        fam = f"F{self.fam_n:04d}"
        sur = rng.choice(HUI_SURNAMES if eth == "hui" else HAN_SURNAMES)
        place = self.place(eth)
        n = rng.choices([1, 2, 3], [0.6, 0.28, 0.12])[0]
        y0 = self.birth_year()
        kids, used = [], set()
        twins = n >= 2 and rng.random() < 0.06
        for i in range(n):
            sex = rng.choice("MF")
            if twins and i == 1:
                bd = kids[0]["bd"]
            else:
                bd = self.rand_date(min(2002, y0 + (0 if i == 0 else rng.randint(1, 6) * i)))
            muslim = jing = None
            if eth == "hui" and rng.random() < 0.45:
                keys = [k for k, v in MUSLIM.items() if v[3] == sex and k not in used]
                muslim = zipf_choice(rng, keys, 0.6)
                used.add(muslim)
                gz, gp = rng.choice(MUSLIM[muslim][4])
            else:
                L = HAN_GIVEN_M if sex == "M" else HAN_GIVEN_F
                gz, gp = zipf_choice(rng, L, 0.7)
                while gz in used:
                    gz, gp = zipf_choice(rng, L, 0.7)
                used.add(gz)
                if eth == "hui" and rng.random() < 0.5:
                    jing = rng.choice([k for k, v in MUSLIM.items() if v[3] == sex])
            place_i = place if rng.random() < 0.85 else self.place(eth)
            k = self.new_person(eth=eth, sex=sex, surname=sur, given_zh=(gz, gp), muslim=muslim,
                                jingming=jing, bd=bd, place=place_i, fam=fam, fac=self.facility_for(place_i))
            kids.append(k)
        if twins:
            kids[0]["twin"] = kids[1]["pid"]
            kids[1]["twin"] = kids[0]["pid"]
        return kids

    def build_people(self):
        rng = self.rng
        target = self.n_people
        n_namesakes = int(target * 0.035)
        while len(self.persons) < target - n_namesakes:
            eth = rng.choices(list(ETH_W), list(ETH_W.values()))[0]
            if eth in ("kk", "ky", "uy"):
                self.family_turkic(eth)
            else:
                self.family_sino(eth)
        # marriages
        men = [p for p in self.persons if p["sex"] == "M" and p["bd"].year < 1996]
        women = [p for p in self.persons if p["sex"] == "F" and p["bd"].year < 1998]
        rng.shuffle(men)
        for m in men:
            if rng.random() > 0.22 or m["spouse"]:
                continue
            want = m["eth"]
            if m["eth"] == "kk" and rng.random() < 0.12:
                want = "uy"
            cands = [w for w in women if not w["spouse"] and w["eth"] == want and w["fam"] != m["fam"]
                     and abs(w["bd"].year - m["bd"].year) <= 6
                     and PLACES[w["place"]]["pref"] == PLACES[m["place"]]["pref"]]
            if not cands:
                continue
            w = rng.choice(cands)
            m["spouse"], w["spouse"] = w["pid"], m["pid"]
            if want != m["eth"]:
                m["mixed"] = w["mixed"] = True
            if m["root"] is not None and w["eth"] in ("kk", "ky") and rng.random() < 0.5:
                w["married_root"] = m["root"]
            if rng.random() < 0.5:
                w["fac"] = m["fac"] if rng.random() < 0.3 else w["fac"]
        # namesakes: same name, same town, same birth year, another person
        base = [p for p in self.persons if not p["namesake_of"]]
        for p in rng.sample(base, n_namesakes):
            self.fam_n += 1
            bd = self.rand_date(p["bd"].year)
            while bd == p["bd"]:
                bd = self.rand_date(p["bd"].year)
            extra = dict(eth=p["eth"], sex=p["sex"], given=p["given"], father=p["father"], bd=bd,
                         place=p["place"], fam=f"F{self.fam_n:04d}", fac=self.facility_for(p["place"]),
                         namesake_of=p["pid"],
                         surname=p["surname"], given_zh=p["given_zh"], muslim=p["muslim"])
            if p["eth"] in ("kk", "ky", "uy"):
                extra["root"] = zipf_choice(rng, self.lex[(p["eth"], "M")])
            self.new_person(**extra)
        for p in self.persons:
            p["id"] = chinese_id(PLACES[p["place"]]["code"], p["bd"], p["sex"], rng)

    # ---------------- rendering ----------------
    def sources_for(self, p):
        rng = self.rng
        aff = dict(AFFINITY[p["eth"]])
        if p["mixed"]:
            aff["uy_list"] = 0.6
        k = rng.choices([1, 2, 3, 4], [0.2, 0.3, 0.3, 0.2])[0]
        chosen = []
        pool = [s for s in SOURCES if aff[s] > 0]
        for _ in range(min(k, len(pool))):
            w = []
            for s in pool:
                x = aff[s]
                if s == "ngo_en" and "ngo_kk" in chosen:
                    x *= 2.5  # the English export is of the same database
                w.append(x)
            s = rng.choices(pool, w)[0]
            chosen.append(s)
            pool.remove(s)
        return chosen

    def fmt_date(self, p, src, flags):
        rng = self.rng
        bd = p["bd"]
        prec = {
            "cn_official": [1.0, 0, 0, 0],
            "pinyin_list": [0.70, 0.02, 0.18, 0.10],
            "ngo_kk": [0.45, 0.02, 0.38, 0.15],
            "ngo_en": [0.25, 0.02, 0.58, 0.15],
            "media_ru_ky": [0.50, 0.0, 0.30, 0.20],
            "uy_list": [0.30, 0.02, 0.48, 0.20],
        }[src]
        kind = rng.choices(["day", "month", "year", "none"], prec)[0]
        if kind == "none":
            flags.append("no_date")
            return ""
        y, m, d = bd.year, bd.month, bd.day
        p_off = {"cn_official": 0, "pinyin_list": 0.01}.get(src, 0.05)
        if rng.random() < p_off:
            y += rng.choice([-1, 1])
            flags.append("year_off")
        if src == "media_ru_ky" and kind == "day" and d <= 12 and d != m and rng.random() < 0.04:
            m, d = d, m
            flags.append("dm_swap")
        if kind == "year":
            return f"{y:04d}"
        if kind == "month":
            return f"{y:04d}-{m:02d}"
        # media writes DD.MM.YYYY; we convert to ISO
        raw = f"{d:02d}.{m:02d}.{y:04d}"
        dd, mm, yy = raw.split(".")
        return f"{yy}-{mm}-{dd}"

    def render_name(self, p, src, flags):
        eth = p["eth"]
        if eth in ("kk", "ky", "uy"):
            return self.name_turkic(p, src, flags)
        return self.name_sino(p, src, flags)

    def name_turkic(self, p, src, flags):
        rng = self.rng
        g, f, eth, female = p["given"], p["father"], p["eth"], p["sex"] == "F"
        root = p["married_root"] if (p["married_root"] is not None and rng.random() < 0.7) else p["root"]
        if root is not p["root"]:
            flags.append("married_surname")
        if src in ("cn_official", "pinyin_list"):
            if src == "cn_official":
                gz, fz = g.zh, f.zh
                if rng.random() < 0.03:
                    s = list(gz + "|" + fz)
                    idx = [i for i, c in enumerate(s) if c in HOMOPHONE]
                    if idx:
                        i = rng.choice(idx)
                        s[i] = HOMOPHONE[s[i]]
                        gz, fz = "".join(s).split("|")
                        flags.append("homophone")
                if rng.random() < 0.02:
                    flags.append("given_only")
                    return gz, "cn:given_only"
                sep = rng.choices(["·", "", "•", ".", " ", "・"], [0.72, 0.14, 0.05, 0.03, 0.03, 0.03])[0]
                return gz + sep + fz, "cn:given·father" if sep else "cn:nodot"
            ap = rng.random() < 0.06
            gp, fp = py_word(g.py, ap), py_word(f.py, ap)
            if rng.random() < 0.02:
                gp = typo(gp, rng)
                flags.append("typo")
            form = rng.choices(["Tt", "UP·", "Tt·", "UP", "joined"], [0.5, 0.2, 0.1, 0.15, 0.05])[0]
            return {
                "Tt": (f"{gp} {fp}", "py:given father"),
                "UP·": (f"{gp.upper()}·{fp.upper()}", "py:GIVEN·FATHER"),
                "Tt·": (f"{gp}·{fp}", "py:given·father"),
                "UP": (f"{gp.upper()} {fp.upper()}", "py:GIVEN FATHER"),
                "joined": (f"{gp}{fp.lower()}", "py:joined"),
            }[form]

        if src == "uy_list":
            arabic = rng.random() < 0.6
            if arabic:
                gu, fu = uly_to_arabic(g.uly()), uly_to_arabic(f.uly())
                if rng.random() < 0.04:
                    flags.append("given_only")
                    return gu, "uy:ar_given_only"
                return f"{gu} {fu}", "uy:ar given father"
            if eth == "uy":
                st = None
                gl = g.native if rng.random() < 0.6 else g.lat(None, rng)
                fl = f.native if rng.random() < 0.6 else f.lat(None, rng)
            else:
                gl, fl = cap(g.uly()), cap(f.uly())
            return f"{gl} {fl}", "uy:lat given father"

        if src == "ngo_kk":
            if eth == "kk":
                gk, fk, rk = g.kk(), f.kk(), root.kk()
                patr = fk + ("қызы" if female else "ұлы")
                forms = [("kk:given patr", 0.33, f"{gk} {patr}"),
                         ("kk:fsurname given", 0.22, f"{rus_surname(fk, female)} {gk}"),
                         ("kk:ru given patr surname", 0.12, None),
                         ("kk:surname given patr", 0.07, f"{rus_surname(rk, female)} {gk} {patr}"),
                         ("kk:given father", 0.13, f"{gk} {fk}"),
                         ("kk:patr given", 0.06, f"{patr} {gk}"),
                         ("kk:given_only", 0.04, gk),
                         ("kk:given fsurname", 0.03, f"{gk} {rus_surname(fk, female)}")]
            elif eth == "ky":
                gk, fk, rk = g.ky(), f.ky(), root.ky()
                forms = [("ky:given father uulu", 0.40, f"{gk} {fk} {'кызы' if female else 'уулу'}"),
                         ("ky:fsurname given", 0.25, f"{rus_surname(fk, female)} {gk}"),
                         ("ky:ru given patr surname", 0.08, None),
                         ("ky:given father", 0.15, f"{gk} {fk}"),
                         ("ky:kk-style patr", 0.08, f"{gk} {fk}{'қызы' if female else 'ұлы'}"),
                         ("ky:given_only", 0.04, gk)]
            else:
                gk, fk, rk = g.kk(), f.kk(), root.kk()
                forms = [("uy:cyr given father", 0.55, f"{gk} {fk}"),
                         ("uy:cyr fsurname given", 0.25, f"{rus_surname(fk, female)} {gk}"),
                         ("uy:cyr given patr", 0.15, f"{gk} {fk}{'қызы' if female else 'ұлы'}"),
                         ("uy:given_only", 0.05, gk)]
            form, _, txt = rng.choices(forms, [x[1] for x in forms])[0]
            if txt is None:
                # Russian style given, patronymic, surname; half the time in Russian spelling
                rus = rng.random() < 0.5
                G_, F_, R_ = (g.ru(), f.ru(), root.ru()) if rus else (g.kk(), f.kk(), root.kk())
                txt = f"{G_} {rus_patronymic(F_, female)} {rus_surname(R_, female)}"
            if "given_only" in form:
                flags.append("given_only")
            if rng.random() < 0.03:
                txt = typo_one_word(txt, rng)
                flags.append("typo")
            return txt, form

        if src == "ngo_en":
            st = pick_lat_style(rng)

            def L(n, st=st):
                return n.lat(st, rng)

            if eth in ("kk", "ky"):
                gl, fl = L(g), L(f)
                if eth == "kk":
                    patr = cap(cyr_to_lat(f.kk() + ("қызы" if female else "ұлы"), st))
                else:
                    patr = f"{fl} {'kyzy' if female else 'uulu'}"
                fsur = cap(cyr_to_lat(rus_surname(f.ru() if rng.random() < 0.5 else f.native, female), st))
                forms = [("en:FSURNAME given", 0.33, f"{fsur.upper()} {gl}"),
                         ("en:PATR given", 0.20, f"{patr.upper()} {gl}"),
                         ("en:given PATR", 0.08, f"{gl} {patr.upper()}"),
                         ("en:given patr", 0.08, f"{gl} {patr}"),
                         ("en:RSURNAME given patr_ru", 0.10, None),
                         ("en:given father", 0.12, f"{gl} {fl}"),
                         ("en:GIVEN_only", 0.04, gl.upper()),
                         ("en:given fsurname", 0.05, f"{gl} {fsur}")]
            else:
                gl, fl = L(g), L(f)
                fsur = cap(cyr_to_lat(rus_surname(f.ru(), female), st))
                forms = [("en:uy FATHER given", 0.35, f"{fl.upper()} {gl}"),
                         ("en:uy given FATHER", 0.25, f"{gl} {fl.upper()}"),
                         ("en:uy given father", 0.2, f"{gl} {fl}"),
                         ("en:uy FSURNAME given", 0.15, f"{fsur.upper()} {gl}"),
                         ("en:GIVEN_only", 0.05, gl.upper())]
            form, _, txt = rng.choices(forms, [x[1] for x in forms])[0]
            if txt is None:
                rsur = cap(cyr_to_lat(rus_surname(root.ru(), female), st))
                rpat = cap(cyr_to_lat(rus_patronymic(f.ru(), female), st))
                txt = f"{rsur.upper()} {L(g)} {rpat}"
            if "only" in form:
                flags.append("given_only")
            if rng.random() < 0.04:
                txt = typo_one_word(txt, rng)
                flags.append("typo")
            return txt, form

        if src == "media_ru_ky":
            kyrgyz_outlet = eth == "ky" or rng.random() < 0.2
            if kyrgyz_outlet and eth in ("kk", "ky"):
                gk, fk, rk = g.ky(), f.ky(), root.ky()
                forms = [("ky:given father uulu", 0.45, f"{gk} {fk} {'кызы' if female else 'уулу'}"),
                         ("ky:fsurname given", 0.25, f"{rus_surname(ky_to_ru(fk), female)} {gk}"),
                         ("ky:given fsurname", 0.12, f"{gk} {rus_surname(ky_to_ru(fk), female)}"),
                         ("ky:ru given patr surname", 0.10,
                          f"{ky_to_ru(gk)} {rus_patronymic(ky_to_ru(fk), female)} "
                          f"{rus_surname(ky_to_ru(rk), female)}"),
                         ("ky:given_only", 0.04, gk)]
            else:
                gr, fr, rr = g.ru(), f.ru(), root.ru()
                sfx = ("кызы" if female else "улы") if eth == "kk" else ""
                forms = [("ru:given fsurname", 0.20, f"{gr} {rus_surname(fr, female)}"),
                         ("ru:fsurname given", 0.28, f"{rus_surname(fr, female)} {gr}"),
                         ("ru:given patr_uly", 0.18 if sfx else 0, f"{gr} {fr}{sfx}"),
                         ("ru:rsurname given patr", 0.14,
                          f"{rus_surname(rr, female)} {gr} {rus_patronymic(fr, female)}"),
                         ("ru:given father", 0.15, f"{gr} {fr}"),
                         ("ru:given_only", 0.05, gr)]
            form, _, txt = rng.choices(forms, [x[1] for x in forms])[0]
            if "only" in form:
                flags.append("given_only")
            if rng.random() < 0.03:
                txt = typo_one_word(txt, rng)
                flags.append("typo")
            return txt, form
        raise ValueError(src)

    def name_sino(self, p, src, flags):
        rng = self.rng
        sz, sp = p["surname"]
        gz, gp = p["given_zh"]
        mus = MUSLIM[p["muslim"]] if p["muslim"] else None
        jing = MUSLIM[p["jingming"]] if p["jingming"] else None
        if src == "cn_official":
            if rng.random() < 0.03:
                s = list(gz)
                idx = [i for i, c in enumerate(s) if c in HOMOPHONE]
                if idx:
                    i = rng.choice(idx)
                    s[i] = HOMOPHONE[s[i]]
                    gz = "".join(s)
                    flags.append("homophone")
            return sz + gz, "cn:sino"
        if src == "pinyin_list":
            S, Gv = py_word(sp), py_word(gp)
            form = rng.choices(["Sg", "SG", "Sg_split", "gS", "S_g"], [0.55, 0.22, 0.06, 0.10, 0.07])[0]
            return {
                "Sg": (f"{S} {Gv}", "py:Sur Given"),
                "SG": (f"{S.upper()} {Gv.upper()}", "py:SUR GIVEN"),
                "Sg_split": (f"{S} {' '.join(py_word(x) for x in gp.split())}", "py:Sur Gi Ven"),
                "gS": (f"{Gv} {S}", "py:Given Sur"),
                "S_g": (f"{S.upper()} {Gv}", "py:SUR Given"),
            }[form]
        if src == "ngo_kk":
            r = rng.random()
            kind = "pal" if r < 0.55 else "kk"
            S, Gv = py_word_cyr(sp, kind), py_word_cyr(gp, kind)
            if mus and rng.random() < 0.5:
                Gv = mus[1]
                flags.append("muslim_meaning")
                return (f"{S} {Gv}" if rng.random() < 0.6 else f"{Gv} {S}"), "kk:hui muslim-meaning"
            if jing and rng.random() < 0.15:
                flags.append("jingming")
                return f"{jing[1]} {S}", "kk:hui jingming"
            return (f"{S} {Gv}" if rng.random() < 0.85 else f"{Gv} {S}"), f"kk:sino {kind}"
        if src == "ngo_en":
            S, Gv = py_word(sp), py_word(gp)
            if mus and rng.random() < 0.5:
                flags.append("muslim_meaning")
                txt = f"{S.upper()} {mus[2]}" if rng.random() < 0.7 else f"{mus[2]} {S.upper()}"
                return txt, "en:hui muslim-meaning"
            if jing and rng.random() < 0.15:
                flags.append("jingming")
                return f"{S.upper()} {jing[2]}", "en:hui jingming"
            if rng.random() < 0.15:
                return f"{S.upper()} {' '.join(py_word(x) for x in gp.split())}", "en:SUR Gi Ven"
            return (f"{S.upper()} {Gv}" if rng.random() < 0.8 else f"{Gv} {S.upper()}"), "en:SUR Given"
        if src == "media_ru_ky":
            S, Gv = py_word_cyr(sp, "pal"), py_word_cyr(gp, "pal")
            if mus and rng.random() < 0.5:
                flags.append("muslim_meaning")
                return f"{S} {mus[0]}", "ru:hui muslim-meaning"
            return f"{S} {Gv}", "ru:sino pal"
        raise ValueError(src)

    def render_sex(self, p, src):
        rng = self.rng
        m = p["sex"] == "M"
        if src == "cn_official":
            return ("男" if m else "女") if rng.random() < 0.98 else ""
        if src == "pinyin_list":
            return rng.choices(["M" if m else "F", "Male" if m else "Female", ""], [0.6, 0.15, 0.25])[0]
        if src == "ngo_kk":
            return rng.choices(["ер" if m else "әйел", "М" if m else "Ж", ""], [0.45, 0.40, 0.15])[0]
        if src == "ngo_en":
            return ("M" if m else "F") if rng.random() < 0.85 else ""
        if src == "media_ru_ky":
            return rng.choices(["м" if m else "ж", "муж" if m else "жен", ""], [0.4, 0.2, 0.4])[0]
        return rng.choices(["ئەر" if m else "ئايال", "er" if m else "ayal", "M" if m else "F", ""],
                           [0.35, 0.15, 0.2, 0.3])[0]

    def render_place(self, p, src, arabic=False):
        rng = self.rng
        P = PLACES[p["place"]]
        pref = PREF[P["pref"]]
        r = rng.random()
        if src == "cn_official":
            return P["zh"] if r < 0.92 else ""
        if src == "pinyin_list":
            if r < 0.6:
                return P["py"]
            if r < 0.75:
                return P["py"].replace(" Xian", " County").replace(" Shi", " City")
            return ""
        if src == "ngo_kk":
            if r < 0.55:
                return P["kk"]
            if r < 0.85:
                return pref["kk"]
            return ""
        if src == "ngo_en":
            if r < 0.55:
                return rng.choice(P["en"])
            if r < 0.8:
                return pref["en"]
            return ""
        if src == "media_ru_ky":
            if r < 0.45:
                return P["ru"]
            if r < 0.6:
                return pref["ru"]
            return ""
        if r < 0.7:
            return P["uy_ar"] if arabic else P["uy_lat"]
        return ""

    def render_fac(self, p, src, arabic=False):
        rng = self.rng
        fp, kind = p["fac"]
        if rng.random() < 0.12:  # transferred / other facility reported
            fp, kind = self.facility_for(p["place"])
        P = PLACES[fp]
        K = FAC_KIND[kind]
        pr = dict(cn_official=.85, pinyin_list=.5, ngo_kk=.7, ngo_en=.6, media_ru_ky=.4, uy_list=.5)[src]
        if rng.random() > pr:
            return ""
        if src == "cn_official":
            return K["zh"].format(P["zh"])
        if src == "pinyin_list":
            return K["py"].format(P["py"].replace(" Xian", "").replace(" Shi", ""))
        if src == "ngo_kk":
            return K["kk"].format(P["kk"])
        if src == "ngo_en":
            return rng.choice(K["en"]).format(P["en"][0])
        if src == "media_ru_ky":
            return K["ru"].format(P["ru"])
        return K["uy_ar"].format(P["uy_ar"]) if arabic else K["uy_lat"].format(P["uy_lat"])

    def record(self, p, src):
        rng = self.rng
        flags = []
        name, form = self.render_name(p, src, flags)
        arabic = form.startswith("uy:ar")
        idn = ""
        if src == "cn_official":
            idn = p["id"] if rng.random() < 0.97 else ""
        elif src == "pinyin_list":
            if rng.random() < 0.85:
                idn = p["id"]
                if rng.random() < 0.10:
                    idn = id_typo(idn, rng)
                    flags.append("id_typo")
        elif src == "ngo_kk" and rng.random() < 0.06:
            idn = p["id"]
        return dict(source=src, full_name=name, sex=self.render_sex(p, src),
                    birth_date=self.fmt_date(p, src, flags), birthplace=self.render_place(p, src, arabic),
                    id_number=idn, facility=self.render_fac(p, src, arabic)), form, flags

    def build_records(self):
        rng = self.rng
        recs = []
        for p in self.persons:
            srcs = self.sources_for(p)
            p["sources"] = srcs
            for s in srcs:
                r, form, flags = self.record(p, s)
                recs.append((p, r, form, flags))
                # within-source duplicates: a second testimony on the same person
                if s in ("ngo_kk", "media_ru_ky") and rng.random() < 0.04:
                    r2, form2, flags2 = self.record(p, s)
                    recs.append((p, r2, form2, flags2 + ["dup_in_source"]))
        rng.shuffle(recs)
        prefix = dict(cn_official="CN", pinyin_list="PY", ngo_kk="KZ", ngo_en="EN", media_ru_ky="MD",
                      uy_list="UY")
        used = set()
        out = []
        for p, r, form, flags in recs:
            while True:
                rid = f"{prefix[r['source']]}{rng.randrange(10**6):06d}"
                if rid not in used:
                    break
            used.add(rid)
            out.append((rid, p, r, form, flags))
        return out


COLUMNS = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]


def build(seed, people):
    """The generator after its run, and its records: (record_id, person, record, form, flags)."""
    g = Gen(seed, people)
    g.build_people()
    return g, g.build_records()


def generate(seed: int = 11, people: int = 1200) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Records (COLUMNS, all text, "" where missing) and truth (record_id, person_id) of one seed."""
    _, recs = build(seed, people)
    records = pd.DataFrame([[rid] + [r[c] for c in COLUMNS[1:]] for rid, _p, r, *_ in recs],
                           columns=COLUMNS, dtype=str)
    truth = pd.DataFrame([[rid, p["pid"]] for rid, p, *_ in recs], columns=["record_id", "person_id"],
                         dtype=str)
    return records, truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--people", type=int, default=1200)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    g, recs = build(a.seed, a.people)
    with open(os.path.join(a.out, "records.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for rid, _p, r, *_ in recs:
            w.writerow([rid] + [r[c] for c in COLUMNS[1:]])
    with open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id"])
        for rid, p, *_ in recs:
            w.writerow([rid, p["pid"]])
    with open(os.path.join(a.out, "records_meta.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id", "form", "flags"])
        for rid, p, _r, form, flags in recs:
            w.writerow([rid, p["pid"], form, "|".join(flags)])
    with open(os.path.join(a.out, "persons.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["person_id", "eth", "sex", "name_native", "father_native", "root_native", "surname",
                    "given_zh", "muslim", "jingming", "birth_date", "place", "family", "spouse", "twin",
                    "namesake_of", "parent", "mixed", "id", "sources"])
        for p in g.persons:
            w.writerow([p["pid"], p["eth"], p["sex"], p["given"].native if p["given"] else "",
                        p["father"].native if p["father"] else "", p["root"].native if p["root"] else "",
                        p["surname"][0] if p["surname"] else "", p["given_zh"][0] if p["given_zh"] else "",
                        p["muslim"] or "", p["jingming"] or "", p["bd"].isoformat(), p["place"], p["fam"],
                        p["spouse"], p["twin"], p["namesake_of"], p["parent"], int(p["mixed"]), p["id"],
                        "|".join(p.get("sources", []))])
    n_p = len(g.persons)
    print(f"{a.out}: {n_p} persons, {len(recs)} records")


if __name__ == "__main__":
    main()
