"""World-press probe: synthetic records of invented Xinjiang detainees as the world writes them.

Simulates how one population of invented people (mostly Uyghur, some Kazakh, Kyrgyz, Uzbek and
Hui) is reported by nine kinds of source, each with its own script, transliteration habits and
field conventions:

* ``cn_official``  - a Chinese official list: names in characters 'given·father', 18-digit PRC ID
  numbers (ISO 7064 MOD 11-2 check digit, digits 7-14 = birth date), county of birth in Chinese.
* ``ar_media``     - Arabic-language media / exile groups: Arabic orthography (short vowels
  dropped, Arabic forms of Muslim names such as محمد or عبد الرحمن), Arabic place names.
* ``fr_press``     - French press ('ou' for u, ch/tch/dj, Kachgar, Ouroumtchi, Ghoulja).
* ``de_press``     - German press (sch/tsch/dsch, ch for x, j for y: Dschamal, Kaschgar).
* ``uz_latin`` / ``uz_cyrillic`` - Uzbek media (o'/g', a->o in Arabic names, -jon, -ov, o'g'li).
* ``en_report``    - English human-rights reports (ULY-like, 'international' or pinyin-derived
  spellings, titles, SURNAME-first, IDs copied with spaces or typos).
* ``ug_diaspora``  - Uyghur-script lists by diaspora groups.
* ``ru_media``     - Russian media (Cyrillic, -ов patronymic surnames, Кульджа).

Hard cases: namesakes (same name and birth year), siblings sharing the father's name and birthplace,
singletons, one-word names, typos, swapped name order, near-empty records, and the same person
listed twice by one source.  All people are synthetic.

Run from ``bench``:  python -m probes.world_press.generate --seed 5 --out DIR
"""

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from . import names as N
from . import places as P
from . import translit as T

COLUMNS = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
SOURCES = ["cn_official", "ar_media", "fr_press", "de_press", "uz_latin", "uz_cyrillic", "en_report",
           "ug_diaspora", "ru_media"]
SRC_ABBR = dict(cn_official="CN", ar_media="AR", fr_press="FR", de_press="DE", uz_latin="UZL",
                uz_cyrillic="UZC", en_report="EN", ug_diaspora="UG", ru_media="RU")
SRC_WEIGHT = dict(cn_official=0.16, ar_media=0.10, fr_press=0.08, de_press=0.08, uz_latin=0.07,
                  uz_cyrillic=0.06, en_report=0.22, ug_diaspora=0.16, ru_media=0.07)
ETH_MULT = dict(
    K=dict(ru_media=2.5, ug_diaspora=0.5, ar_media=0.6, en_report=1.3),
    Y=dict(ru_media=2.0, uz_latin=1.3, uz_cyrillic=1.3, ug_diaspora=0.6),
    Z=dict(uz_latin=3.0, uz_cyrillic=3.0),
    H=dict(ug_diaspora=0.3, en_report=1.2, cn_official=1.3, ar_media=1.2),
)
ETHNICITIES = ["U", "K", "Y", "Z", "H"]
ETH_P = [0.78, 0.08, 0.03, 0.04, 0.07]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


class Rnd:
    """Thin wrapper around numpy's Generator with the helpers translit expects."""

    def __init__(self, seed: int):
        self.g = np.random.default_rng(seed)

    def p(self, prob: float) -> bool:
        return bool(self.g.random() < prob)

    def pick(self, seq, weights=None):
        if weights is None:
            return seq[int(self.g.integers(len(seq)))]
        cw = np.cumsum(weights)
        return seq[min(int(np.searchsorted(cw, self.g.random() * cw[-1], side="right")), len(seq) - 1)]

    def int(self, lo: int, hi: int) -> int:
        return int(self.g.integers(lo, hi + 1))


class Pool:
    """Rank-skewed (Zipf-like) sampler over a name list."""

    def __init__(self, items: list[str], s: float = 1.0, offset: float = 2.0):
        self.items = items
        self.cw = np.cumsum([1.0 / (i + offset) ** s for i in range(len(items))])

    def draw(self, r: Rnd) -> str:
        return self.items[int(np.searchsorted(self.cw, r.g.random() * self.cw[-1], side="right"))]


POOLS = {
    ("U", "M"): Pool(N.name_list(N.UYGHUR_M)), ("U", "F"): Pool(N.name_list(N.UYGHUR_F)),
    ("K", "M"): Pool(N.name_list(N.KAZAKH_M)), ("K", "F"): Pool(N.name_list(N.KAZAKH_F)),
    ("Y", "M"): Pool(N.name_list(N.KYRGYZ_M)), ("Y", "F"): Pool(N.name_list(N.KYRGYZ_F)),
    ("Z", "M"): Pool(N.name_list(N.UZBEK_M)), ("Z", "F"): Pool(N.name_list(N.UZBEK_F)),
}
OWN_POOL_P = dict(U=1.0, K=0.85, Y=0.75, Z=0.6)


def prc_id(code: str, birth: dt.date, seq: int) -> str:
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    total = sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


# ------------------------------------------------------------------------------------ people
def _draw_turkic(r: Rnd, eth: str, sex: str) -> str:
    own = r.p(OWN_POOL_P[eth])
    return POOLS[(eth if own else "U", sex)].draw(r)


def _new_name(r: Rnd, pers: dict) -> None:
    if pers["eth"] == "H":
        pers["surname"] = r.pick(N.HUI_SURNAMES)
        pool = N.HUI_GIVEN_M if pers["sex"] == "M" else N.HUI_GIVEN_F
        pers["given"] = "".join(r.pick(pool) for _ in range(1 if r.p(0.45) else 2))
        pers["father"] = ""
        return
    while True:
        given, father = _draw_turkic(r, pers["eth"], pers["sex"]), _draw_turkic(r, pers["eth"], "M")
        if given != father and (given, father) not in N.BLACKLIST:
            break
    pers["given"], pers["father"] = given, father


def _birth(r: Rnd, year: int | None = None) -> dt.date:
    if year is None:
        year = int(np.clip(round(r.g.normal(1979, 13)), 1938, 2004))
    return dt.date(year, 1, 1) + dt.timedelta(days=r.int(0, 364))


def _facility_pool() -> tuple[list, list]:
    facs, w = [], []
    for seat in P.SEATS.values():
        facs += [("detention", seat, 1), ("detention", seat, 2), ("prison", seat, 0)]
        w += [2.0, 1.0, 1.5]
    for key, c in P.COUNTIES.items():
        facs.append(("vetc", key, 0))
        w.append(c["weight"])
    for n in range(1, 6):
        facs.append(("xjprison", "urumchi", n))
        w.append(0.8)
    return facs, w


FACILITIES, FAC_W = _facility_pool()


def _pick_facility(r: Rnd, county: str):
    if r.p(0.15):
        return None
    pref = P.COUNTIES[county]["pref"]
    if r.p(0.65):
        idx = [i for i, f in enumerate(FACILITIES) if P.COUNTIES[f[1]]["pref"] == pref]
        return FACILITIES[r.pick(idx, [FAC_W[i] for i in idx])]
    return r.pick(FACILITIES, FAC_W)


def _people(r: Rnd) -> list[dict]:
    n = r.int(1750, 2150)
    county_keys = list(P.COUNTIES)
    people = []
    for i in range(n):
        eth = r.pick(ETHNICITIES, ETH_P)
        pers = dict(pid=f"WP{i:05d}", eth=eth, sex="M" if r.p(0.62) else "F")
        _new_name(r, pers)
        cands = [k for k in county_keys if eth in P.COUNTIES[k]["groups"]]
        pers["county"] = r.pick(cands, [P.COUNTIES[k]["weight"] for k in cands])
        pers["birth"] = _birth(r)
        people.append(pers)
    groups: dict[tuple[str, str], list[dict]] = {}
    for pers in people:
        groups.setdefault((pers["eth"], pers["sex"]), []).append(pers)
    # namesakes: same name and birth year, otherwise unrelated
    for pers in people:
        if r.p(0.03):
            other = r.pick(groups[(pers["eth"], pers["sex"])])
            if other is not pers:
                pers["given"], pers["father"] = other["given"], other["father"]
                pers["surname"] = other.get("surname", "")
                pers["birth"] = _birth(r, other["birth"].year)
    # siblings: same father (or Hui surname) and birthplace, close birth years
    for pers in people:
        if r.p(0.05):
            other = r.pick(groups[(pers["eth"], r.pick(["M", "F"]))])
            if other is pers or "sibling_of" in other:
                continue
            pers["father"], pers["county"] = other["father"], other["county"]
            pers["surname"] = other.get("surname", "")
            year = min(2004, other["birth"].year + r.pick([-1, 1]) * r.int(1, 8))
            pers["birth"] = _birth(r, year)
            pers["sibling_of"] = other["pid"]
            while pers["given"] in (other["given"], pers["father"]):
                if pers["eth"] == "H":
                    pers["given"] = r.pick(N.HUI_GIVEN_M if pers["sex"] == "M" else N.HUI_GIVEN_F)
                else:
                    pers["given"] = _draw_turkic(r, pers["eth"], pers["sex"])
    used: set[str] = set()
    sib_fac = {}
    for pers in people:
        while True:
            seq = r.int(0, 499) * 2 + (1 if pers["sex"] == "M" else 0)
            pid = prc_id(P.COUNTIES[pers["county"]]["code"], pers["birth"], seq)
            if pid not in used:
                used.add(pid)
                break
        pers["id"] = pid
        fac = _pick_facility(r, pers["county"])
        if "sibling_of" in pers and pers["sibling_of"] in sib_fac and r.p(0.5):
            fac = sib_fac[pers["sibling_of"]]
        pers["facility"] = fac
        sib_fac[pers["pid"]] = fac
    return people


# ------------------------------------------------------------------------------------ fields
SEX_LABELS = dict(
    cn_official=[("男", "女")], ar_media=[("ذكر", "أنثى")], fr_press=[("homme", "femme"), ("H", "F")],
    de_press=[("männlich", "weiblich"), ("m", "w")], uz_latin=[("erkak", "ayol")],
    uz_cyrillic=[("эркак", "аёл")], en_report=[("M", "F"), ("Male", "Female"), ("male", "female")],
    ug_diaspora=[("ئەر", "ئايال")], ru_media=[("муж.", "жен."), ("М", "Ж")],
)
SEX_BLANK = dict(cn_official=0.03, ar_media=0.6, fr_press=0.6, de_press=0.65, uz_latin=0.4,
                 uz_cyrillic=0.4, en_report=0.3, ug_diaspora=0.5, ru_media=0.6)
# probabilities of full date, year-month, year only, blank
BIRTH_FMT = dict(cn_official=(0.95, 0.03, 0.0, 0.02), ar_media=(0.0, 0.0, 0.55, 0.45),
                 fr_press=(0.1, 0.0, 0.5, 0.4), de_press=(0.1, 0.0, 0.5, 0.4),
                 uz_latin=(0.15, 0.0, 0.55, 0.3), uz_cyrillic=(0.15, 0.0, 0.55, 0.3),
                 en_report=(0.35, 0.05, 0.4, 0.2), ug_diaspora=(0.2, 0.05, 0.5, 0.25),
                 ru_media=(0.05, 0.0, 0.5, 0.45))
PLACE_P = dict(cn_official=0.95, ar_media=0.75, fr_press=0.7, de_press=0.7, uz_latin=0.7,
               uz_cyrillic=0.7, en_report=0.8, ug_diaspora=0.8, ru_media=0.7)
FAC_P = dict(cn_official=0.65, ar_media=0.4, fr_press=0.4, de_press=0.4, uz_latin=0.35,
             uz_cyrillic=0.35, en_report=0.55, ug_diaspora=0.5, ru_media=0.35)
LANG = dict(ar_media="ar", fr_press="fr", de_press="de", uz_latin="uz", uz_cyrillic="uz",
            en_report="en", ug_diaspora="ug", ru_media="ru", cn_official="cn")
PLACE_FMT = dict(
    en=dict(n="{c} County", c="{c} City", v="{p} Prefecture", o="{p} Autonomous Prefecture",
            join=["{c}, {p}", "{c} County, {p}", "{c}, {p} Prefecture"],
            tail=[", Xinjiang", ", East Turkistan", ", XUAR"]),
    fr=dict(n="comté de {c}", c="ville de {c}", v="préfecture de {p}", o="préfecture autonome de {p}",
            join=["{c} (préfecture de {p})", "{c}, {p}"], tail=[", Xinjiang", ", Turkestan oriental"]),
    de=dict(n="Kreis {c}", c="Stadt {c}", v="Bezirk {p}", o="Präfektur {p}",
            join=["Kreis {c}, Bezirk {p}", "{c} ({p})"], tail=[", Xinjiang", ", Ostturkestan"]),
    ar=dict(n="مقاطعة {c}", c="مدينة {c}", v="ولاية {p}", o="محافظة {p}",
            join=["{c}، {p}", "{c} - {p}"], tail=["، تركستان الشرقية", "، شينجيانغ"]),
    ug=dict(n="{c} ناھىيىسى", c="{c} شەھىرى", v="{p} ۋىلايىتى", o="{p} ئوبلاستى",
            join=["{p} ۋىلايىتى {c} ناھىيىسى", "{c}، {p}"], tail=["، شەرقىي تۈركىستان"]),
    ru=dict(n="уезд {c}", c="г. {c}", v="округ {p}", o="автономный округ {p}",
            join=["{c}, округ {p}", "{c} ({p})"], tail=[", Синьцзян", ", СУАР"]),
    uz=dict(n="{c} tumani", c="{c} shahri", v="{p} viloyati", o="{p} viloyati",
            join=["{p} viloyati, {c} tumani", "{c}, {p}"], tail=[", Sharqiy Turkiston", ", Shinjon"]),
)


def _local(r: Rnd, entry: dict, lang: str) -> str:
    if lang == "ug":
        return T.to_uyghur(entry["uly"])
    alts = entry[lang]
    return alts[1] if len(alts) > 1 and r.p(0.2) else alts[0]


def _birthplace(r: Rnd, county: str, lang: str) -> str:
    c = P.COUNTIES[county]
    pref = P.PREFECTURES[c["pref"]]
    if lang == "cn":
        if c["cn"].startswith(pref["cn"]) or c["cn"] == pref["cn"]:
            return c["cn"]
        return r.pick([c["cn"], pref["cn"] + c["cn"], "新疆" + pref["cn"] + c["cn"],
                       "新疆维吾尔自治区" + pref["cn"] + c["cn"]], [0.3, 0.4, 0.2, 0.1])
    f = PLACE_FMT[lang]
    cname, pname = _local(r, c, lang), _local(r, pref, lang)
    form = r.pick(["plain", "kind", "join", "pref"], [0.45, 0.2, 0.25, 0.1])
    if form == "pref" or (form == "join" and (pname == cname or c["uly"] == pref["uly"])):
        out = pname if (pref["kind"] == "c" or r.p(0.4)) else f[pref["kind"]].format(p=pname)
    elif form == "join":
        out = r.pick(f["join"]).format(c=cname, p=pname)
    elif form == "kind":
        out = f[c["kind"]].format(c=cname)
    else:
        out = cname
    if r.p(0.08):
        out += r.pick(f["tail"])
    return out


def _facility(r: Rnd, fac, lang: str) -> str:
    typ, key, n = fac
    c = P.COUNTIES[key]
    tpl = r.pick(P.FACILITY_TEMPLATES[typ][lang])
    if lang == "cn":
        place = c["cn"]
        if typ == "prison":
            place = place.rstrip("市县")
        return tpl.format(p=place, cn_n=P.CN_NUM[n], n=n)
    return tpl.format(p=_local(r, c, lang), n=n)


def _birth_str(r: Rnd, d: dt.date, src: str) -> str:
    fmt = r.pick(["full", "ym", "y", ""], BIRTH_FMT[src])
    year = d.year + (r.pick([-1, 1]) if src != "cn_official" and fmt in ("y", "ym") and r.p(0.04) else 0)
    return {"full": d.isoformat(), "ym": f"{year}-{d.month:02d}", "y": str(year), "": ""}[fmt]


def _en_id(r: Rnd, pid: str) -> str:
    s = pid
    if r.p(0.2):
        i = r.int(6, 16)
        if r.p(0.5):
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        else:
            s = s[:i] + str((int(s[i]) + r.int(1, 9)) % 10) + s[i + 1:]
    fmt = r.pick(["plain", "sp", "grp"], [0.6, 0.25, 0.15])
    if fmt == "sp":
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if fmt == "grp":
        return " ".join(s[i:i + 4] for i in range(0, 18, 4))
    return s


# ------------------------------------------------------------------------------------ names
def _ov(key: str):
    return N.OVERRIDES.get(key)


def _base(r: Rnd, key: str, p_cl: float, eth: str) -> str:
    ov = _ov(key)
    if ov and (r.p(p_cl) or (eth == "Z" and r.p(0.5))):
        return ov[0]
    return key


def _hui_name(r: Rnd, pers: dict, src: str) -> list[str]:
    s, g = pers["surname"], pers["given"]
    if src == "cn_official":
        return [s + g]
    if src in ("ru_media", "uz_cyrillic"):
        return [N.HUI_CHARS[s][2], T.cap("".join(N.HUI_CHARS[c][2] for c in g))]
    if src in ("ar_media", "ug_diaspora"):
        fn = T.to_uyghur if src == "ug_diaspora" else (lambda w: T.to_arabic(w, r))
        return [fn(N.HUI_CHARS[s][1]), fn("".join(N.HUI_CHARS[c][1] for c in g))]
    parts = [N.HUI_CHARS[s][0], T.cap("".join(N.HUI_CHARS[c][0] for c in g))]
    if r.p(0.2):
        parts = parts[::-1]
    elif src == "en_report" and r.p(0.1):
        parts[0] = parts[0].upper()
    return parts


def _uz_word(r: Rnd, key: str, eth: str) -> str:
    ov = _ov(key)
    return ov[2] if ov and r.p(0.85) else T.to_uzbek(key, e_to_a=r.p(0.8 if eth in "UZ" else 0.1))


def _surname_suffix(word: str, sex: str, cyr: bool) -> str:
    vowel_end = word[-1].lower() in "aeiouаеиоуэюя"
    if cyr:
        return word + ("ев" if vowel_end else "ов") + ("а" if sex == "F" else "")
    return word + ("yev" if vowel_end else "ov") + ("a" if sex == "F" else "")


def _turkic_name(pers: dict, src: str, r: Rnd) -> tuple[list[str], int]:
    """Return the name parts (in the order written) and the index of the given name."""
    g, f, sex, eth = pers["given"], pers["father"], pers["sex"], pers["eth"]
    fem = sex == "F"
    if src == "cn_official":
        gc, fc = T.to_chinese(g, fem)[0], T.to_chinese(f)[0]
        if r.p(0.02):
            return [gc], 0
        sep = r.pick(["·", "•", ".", "・"], [0.85, 0.06, 0.05, 0.04])
        return ([fc + sep + gc], 0) if r.p(0.02) else ([gc + sep + fc], 0)
    if src == "ug_diaspora":
        gj = g + "jan" if sex == "M" and r.p(0.03) and not g.endswith("jan") else g
        parts = [T.to_uyghur(gj), T.to_uyghur(f)]
        if r.p(0.02):
            parts.append("ھاجى")
        return parts, 0
    if src == "ar_media":
        def ar(k, female=False):
            ov = _ov(k)
            return ov[1] if ov and r.p(0.85) else T.to_arabic(k, r, female)
        parts = [ar(g, fem), ar(f)]
        if r.p(0.03):
            parts.insert(1, "بنت" if fem else "بن")
        if r.p(0.06):
            parts = [p.replace("ي", "ی").replace("ك", "ک") for p in parts]
        return parts, 0
    if src in ("uz_latin", "uz_cyrillic"):
        gw, fw = _uz_word(r, g, eth), _uz_word(r, f, eth)
        if not fem and r.p(0.12) and not gw.endswith(("jon", "bek")):
            gw += "jon"
        elif fem and r.p(0.08) and not gw.endswith("xon"):
            gw += "xon"
        style = r.pick(["plain", "ov", "ogli"], [0.55, 0.3, 0.15])
        if style == "ov":
            parts, gi = [gw, _surname_suffix(fw, sex, False)], 0
            if r.p(0.4):
                parts, gi = [parts[1].upper() if r.p(0.3) else parts[1], gw], 1
        elif style == "ogli":
            parts, gi = [gw, fw, "qizi" if fem else "o'g'li"], 0
        else:
            parts, gi = [gw, fw], 0
        if src == "uz_cyrillic":
            return [T.uzbek_to_cyrillic(p) for p in parts], gi
        apo = r.pick(["'", "ʻ", "’"], [0.7, 0.2, 0.1])
        return [p.replace("'", apo) for p in parts], gi
    if src == "ru_media":
        gw, fw = T.to_russian(_base(r, g, 0.4, eth)), T.to_russian(_base(r, f, 0.4, eth))
        if fem and gw[-1] in "рн" and r.p(0.25):
            gw += "а"
        if r.p(0.15 if eth == "U" else 0.4):
            sur = _surname_suffix(fw, sex, True)
            return ([sur, gw], 1) if r.p(0.5) else ([gw, sur], 0)
        return [gw, fw], 0
    if src == "fr_press":
        kw = dict(ss=r.p(0.5), eu=r.p(0.6), q=r.pick(["k", "q"], [0.75, 0.25]), wou=r.p(0.3))
        gw, fw = T.to_french(_base(r, g, 0.4, eth), **kw), T.to_french(_base(r, f, 0.4, eth), **kw)
    elif src == "de_press":
        kw = dict(umlaut=r.p(0.8), z_to_s=r.p(0.3), h_ch=r.p(0.7), gh=r.pick(["gh", "g"]))
        gw, fw = T.to_german(_base(r, g, 0.4, eth), **kw), T.to_german(_base(r, f, 0.4, eth), **kw)
    else:  # en_report
        mode = r.pick(["uly", "cl", "pinyin"], [0.72, 0.2, 0.08])
        if mode == "pinyin":
            gw, fw = T.to_chinese(g, fem)[1], T.to_chinese(f)[1]
        else:
            kw = dict(x=r.pick(["h", "kh", "x"], [0.55, 0.25, 0.2]), q=r.pick(["q", "k"], [0.7, 0.3]),
                      keep_diacritics=r.p(0.15), kazakh=eth == "K")
            p_cl = 1.0 if mode == "cl" else 0.0
            gw, fw = T.to_english(_base(r, g, p_cl, eth), **kw), T.to_english(_base(r, f, p_cl, eth), **kw)
        if r.p(0.08):
            return [fw.upper(), gw], 1
    if fem and src in ("fr_press", "de_press") and gw[-1] in "rn" and r.p(0.25):
        gw += "a"
    return [gw, fw], 0


TITLES = dict(en_report=(["Mr", "Mr.", "Dr"], ["Ms", "Mrs", "Dr"]), fr_press=(["M."], ["Mme"]),
              de_press=(["Herr"], ["Frau"]), ru_media=(["г-н"], ["г-жа"]))
TYPO_P = dict(cn_official=0.01, ar_media=0.04, fr_press=0.04, de_press=0.04, uz_latin=0.04,
              uz_cyrillic=0.04, en_report=0.05, ug_diaspora=0.03, ru_media=0.04)
SCRIPT = dict(cn_official="cn", ar_media="ar", ug_diaspora="ar", uz_cyrillic="cyr", ru_media="cyr")


def _full_name(pers: dict, src: str, r: Rnd) -> str:
    if pers["eth"] == "H":
        parts, gi = _hui_name(r, pers, src), 0
    else:
        parts, gi = _turkic_name(pers, src, r)
    if src != "cn_official" and len(parts) > 1:
        if r.p(0.04):
            parts, gi = [parts[gi]], 0  # one-word name
        elif pers["eth"] != "H" and src not in ("ru_media", "uz_latin", "uz_cyrillic") and r.p(0.03):
            parts, gi = parts[::-1], len(parts) - 1 - gi  # father's name first
    if r.p(TYPO_P[src]):
        i = r.pick(range(len(parts)))
        parts[i] = T.typo(parts[i], SCRIPT.get(src, "latin"), r)
    if src in TITLES and r.p(0.04):
        parts.insert(0, r.pick(TITLES[src][0 if pers["sex"] == "M" else 1]))
    name = " ".join(parts)
    if r.p(0.02):
        name = r.pick(["  ", " ", ""]).join(["", name, " "]) if src != "cn_official" else " " + name
    return name


# ------------------------------------------------------------------------------------ records
def _record(pers: dict, src: str, r: Rnd) -> dict:
    lang = LANG[src]
    rec = dict(source=src, full_name=_full_name(pers, src, r), sex="", birth_date="", birthplace="",
               id_number="", facility="")
    if src != "cn_official" and r.p(0.08):
        return rec  # almost nothing but a name
    if not r.p(SEX_BLANK[src]):
        labels = r.pick(SEX_LABELS[src])
        rec["sex"] = labels[0] if pers["sex"] == "M" else labels[1]
    rec["birth_date"] = _birth_str(r, pers["birth"], src)
    if r.p(PLACE_P[src]):
        place_lang = "uz" if src == "uz_cyrillic" else lang
        rec["birthplace"] = _birthplace(r, pers["county"], place_lang)
    fac = pers["facility"]
    if fac is not None and r.p(FAC_P[src]):
        if r.p(0.06):
            fac = r.pick(FACILITIES, FAC_W)  # transferred / conflicting report
        rec["facility"] = _facility(r, fac, "uz" if src == "uz_cyrillic" else lang)
    if src == "uz_cyrillic":
        rec["birthplace"] = T.uzbek_to_cyrillic(rec["birthplace"])
        rec["facility"] = T.uzbek_to_cyrillic(rec["facility"])
    if src == "cn_official" and r.p(0.96):
        rec["id_number"] = pers["id"]
    elif src == "en_report" and r.p(0.15):
        rec["id_number"] = _en_id(r, pers["id"])
    elif src == "ug_diaspora" and r.p(0.05):
        rec["id_number"] = pers["id"]
    return rec


def _sources_for(r: Rnd, eth: str) -> list[str]:
    k = r.pick([1, 2, 3, 4, 5], [0.54, 0.28, 0.11, 0.05, 0.02])
    mult = ETH_MULT.get(eth, {})
    remaining = list(SOURCES)
    chosen = []
    for _ in range(k):
        w = [SRC_WEIGHT[s] * mult.get(s, 1.0) for s in remaining]
        s = r.pick(remaining, w)
        chosen.append(s)
        remaining.remove(s)
    return chosen


def generate(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    r = Rnd(seed)
    people = _people(r)
    rows, pids = [], []
    for pers in people:
        for src in _sources_for(r, pers["eth"]):
            rows.append(_record(pers, src, r))
            pids.append(pers["pid"])
            if r.p(0.035):  # the same person listed twice by one source
                rows.append(_record(pers, src, r))
                pids.append(pers["pid"])
    order = r.g.permutation(len(rows))
    counters = dict.fromkeys(SOURCES, 0)
    recs, truth = [], []
    for i in order:
        row = rows[i]
        counters[row["source"]] += 1
        rid = f"wp{seed}-{SRC_ABBR[row['source']]}-{counters[row['source']]:05d}"
        recs.append(dict(record_id=rid, **row))
        truth.append(dict(record_id=rid, person_id=pids[i]))
    records = pd.DataFrame(recs, columns=COLUMNS).astype(str)
    return records, pd.DataFrame(truth, columns=["record_id", "person_id"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    records, truth = generate(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    records.to_csv(args.out / "records.csv", index=False)
    truth.to_csv(args.out / "truth.csv", index=False)
    print(f"seed {args.seed}: {len(records)} records, {truth.person_id.nunique()} people -> {args.out}")


if __name__ == "__main__":
    main()
