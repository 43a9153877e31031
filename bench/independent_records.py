# ruff: noqa: E501  (hand-written tables of names, places and facilities, one entry per line)
"""A second synthetic linkage benchmark, written apart from Unseen's own generator.

It was written by someone who had not read `unseen.demo` or its name and place tables, to see how
the linker does on spellings, places, facilities and source habits it was not built on: Turkish
spellings, Hui and Han names, Chinese names without their dot, sex written in six ways, facilities
named by prefecture and number. All people are invented. Used by `bench/link_bench.py`; also writes
files for the command line:

    .venv/bin/python bench/independent_records.py --people 2200 --seed 7 --out DIR
    .venv/bin/unseen link --input DIR/records.csv --out DIR/clusters.csv
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

import pandas as pd

# ---------------------------------------------------------------- names
# key: (zh, [english/latin variants], [turkish variants], uyghur-arabic)
UY_M = {
    "memet": ("麦麦提", ["Memet", "Mehmet", "Muhammad", "Mamat", "Memmet"], ["Mehmet", "Memet"], "مەمەت"),
    "tursun": ("吐尔逊", ["Tursun", "Tursunjan", "Tursin", "Tursune"], ["Tursun"], "تۇرسۇن"),
    "abdulla": ("阿不都拉", ["Abdulla", "Abdullah", "Abdulah", "Abdullo"], ["Abdullah"], "ئابدۇللا"),
    "ehmet": ("艾合买提", ["Ehmet", "Ahmat", "Ahmet", "Ahmed"], ["Ahmet"], "ئەخمەت"),
    "ablimit": ("阿布力米提", ["Ablimit", "Ablimet", "Abilimit"], ["Ablimit"], "ئابلىمىت"),
    "ablikim": ("阿不力克木", ["Ablikim", "Ablekim", "Ablikem"], ["Ablikim"], "ئابلىكىم"),
    "rozi": ("肉孜", ["Rozi", "Rozy", "Rozu"], ["Rozi"], "روزى"),
    "yasin": ("亚森", ["Yasin", "Yassin", "Yasen"], ["Yasin"], "ياسىن"),
    "tahir": ("塔依尔", ["Tahir", "Tayir", "Taher"], ["Tahir"], "تاھىر"),
    "ismail": ("伊斯马伊力", ["Ismail", "Ismayil", "Esmail"], ["İsmail", "Ismail"], "ئىسمائىل"),
    "hesen": ("艾山", ["Hesen", "Hasan", "Hassan", "Hesan"], ["Hasan"], "ھەسەن"),
    "omer": ("吾麦尔", ["Omer", "Umar", "Omar", "Ömer"], ["Ömer", "Omer"], "ئۆمەر"),
    "qurban": ("库尔班", ["Kurban", "Qurban", "Kurbanjan"], ["Kurban"], "قۇربان"),
    "nurmemet": ("努尔麦麦提", ["Nurmemet", "Nurmehmet", "Nurmuhammad", "Nur Memet"], ["Nurmehmet"], "نۇرمەمەت"),
    "abduweli": ("阿不都外力", ["Abduweli", "Abdulvali", "Abduvali", "Abdiweli"], ["Abdülvelî", "Abdulveli"], "ئابدۇۋەلى"),
    "eysa": ("艾萨", ["Eysa", "Isa", "Aysa", "Eisa"], ["İsa", "Isa"], "ئەيسا"),
    "yusup": ("玉素甫", ["Yusup", "Yusuf", "Yusuph", "Yosup"], ["Yusuf"], "يۇسۇپ"),
    "ilham": ("伊力哈木", ["Ilham", "Elham", "Ilhom"], ["İlham", "Ilham"], "ئىلھام"),
    "erkin": ("艾尔肯", ["Erkin", "Arkin", "Erken"], ["Erkin"], "ئەركىن"),
    "mamut": ("玛木提", ["Mamut", "Mahmut", "Mahmud", "Mamud"], ["Mahmut"], "مامۇت"),
    "kerim": ("克里木", ["Kerim", "Karim", "Kirim"], ["Kerim"], "كېرىم"),
    "sadiq": ("沙迪克", ["Sadiq", "Sadik", "Sadyk"], ["Sadık", "Sadik"], "سادىق"),
    "obul": ("吾布力", ["Obul", "Ubul", "Ubulkasim"], ["Obul"], "ئوبۇل"),
    "osman": ("吾斯曼", ["Osman", "Usman", "Osmanjan"], ["Osman"], "ئوسمان"),
    "rehman": ("热合曼", ["Rehman", "Rahman", "Rakhman"], ["Rahman"], "رەھمان"),
    "adil": ("阿迪力", ["Adil", "Adiljan", "Odil"], ["Adil"], "ئادىل"),
}
UY_F = {
    "gulnar": ("古丽娜尔", ["Gulnar", "Gulnara", "Gulnaar", "Gülnar"], ["Gülnar"], "گۈلنار"),
    "gulnur": ("古丽努尔", ["Gulnur", "Gulnure", "Gülnur"], ["Gülnur"], "گۈلنۇر"),
    "patigul": ("帕提古丽", ["Patigul", "Patigül", "Fatigul", "Patiqul"], ["Fatigül", "Patigül"], "پاتىگۈل"),
    "aynur": ("阿依努尔", ["Aynur", "Ainur", "Aynure"], ["Aynur"], "ئاينۇر"),
    "mihray": ("米合热依", ["Mihray", "Mihrai", "Mehray"], ["Mihray"], "مىھرىاي"),
    "rabiye": ("热比娅", ["Rabiye", "Rabia", "Rabiya"], ["Rabia", "Rabiye"], "رابىيە"),
    "zohre": ("祖合热", ["Zohre", "Zuhra", "Zohra", "Zühre"], ["Zühre"], "زۆھرە"),
    "buhelchem": ("布海丽且姆", ["Buhelchem", "Buhalchem", "Buhelqem"], ["Buhelçem"], "بۇھەلچەم"),
    "ayshem": ("阿依先木", ["Ayshem", "Aishem", "Ayshemgul"], ["Ayşem"], "ئايشەم"),
    "meryem": ("麦热姆", ["Meryem", "Maryam", "Mariam", "Meriyem"], ["Meryem"], "مەريەم"),
    "mahire": ("玛依热", ["Mahire", "Mahira", "Mahirem"], ["Mahire"], "ماھىرە"),
    "nurgul": ("努尔古丽", ["Nurgul", "Nurgül", "Nurgol"], ["Nurgül"], "نۇرگۈل"),
    "adile": ("阿迪莱", ["Adile", "Adila", "Adilem"], ["Adile"], "ئادىلە"),
    "hasiyet": ("阿斯耶提", ["Hasiyet", "Hasiyat", "Asiyet"], ["Hasiyet"], "ھاسىيەت"),
    "rukiye": ("如克亚", ["Rukiye", "Ruqiye", "Rukiya"], ["Rukiye"], "رۇقىيە"),
    "hajigul": ("哈吉古丽", ["Hajigul", "Hajigül", "Hajiqul"], ["Hacıgül"], "ھاجىگۈل"),
}
# Kazakh: (zh, [latin variants], cyrillic)
KZ_M = {
    "serik": ("赛力克", ["Serik", "Serick", "Serık"], "Серік"),
    "asqar": ("阿斯哈尔", ["Askar", "Asqar", "Askhar"], "Асқар"),
    "nurlan": ("努尔兰", ["Nurlan", "Nurlon"], "Нұрлан"),
    "erlan": ("叶尔兰", ["Erlan", "Yerlan", "Yerlen"], "Ерлан"),
    "bolat": ("波拉提", ["Bolat", "Bulat", "Bolot"], "Болат"),
    "dauren": ("达吾然", ["Dauren", "Dawren", "Dauran"], "Дәурен"),
    "marat": ("马拉提", ["Marat", "Marrat"], "Марат"),
    "qairat": ("凯拉提", ["Kairat", "Qayrat", "Kayrat"], "Қайрат"),
    "berik": ("别力克", ["Berik", "Berick", "Berek"], "Берік"),
    "nurbek": ("努尔别克", ["Nurbek", "Nurbeck"], "Нұрбек"),
    "qanat": ("哈纳提", ["Kanat", "Qanat", "Khanat"], "Қанат"),
    "zhanibek": ("加尼别克", ["Zhanibek", "Janibek", "Dzhanibek"], "Жәнібек"),
    "erzhan": ("叶尔江", ["Erzhan", "Yerzhan", "Yerjan"], "Ержан"),
    "aqylbek": ("阿克勒别克", ["Akylbek", "Aqylbek", "Akilbek"], "Ақылбек"),
}
KZ_F = {
    "gulzhan": ("古丽江", ["Gulzhan", "Guljan", "Gulzhana"], "Гүлжан"),
    "aigul": ("阿依古丽", ["Aigul", "Aygul", "Aigül"], "Айгүл"),
    "aizhan": ("阿依江", ["Aizhan", "Ayjan", "Aizhana"], "Айжан"),
    "dinara": ("迪娜拉", ["Dinara", "Dinora"], "Динара"),
    "saule": ("沙吾列", ["Saule", "Sawle", "Saulie"], "Сәуле"),
    "gulnaz": ("古丽娜孜", ["Gulnaz", "Gulnas"], "Гүлназ"),
    "zhanar": ("加娜尔", ["Zhanar", "Janar"], "Жанар"),
    "asel": ("阿赛丽", ["Asel", "Assel", "Asiel"], "Әсел"),
    "quralai": ("库拉莱", ["Kuralai", "Kuralay", "Quralay"], "Құралай"),
    "bakhyt": ("巴合提", ["Bakhyt", "Bakyt", "Bahyt"], "Бақыт"),
}
# Hui / Han: surname (zh, pinyin), given (zh, pinyin)
CN_SUR = [("马", "Ma"), ("马", "Ma"), ("马", "Ma"), ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("杨", "Yang")]
CN_GIV_M = [("建国", "Jianguo"), ("海龙", "Hailong"), ("志强", "Zhiqiang"), ("德明", "Deming"), ("文华", "Wenhua"), ("永福", "Yongfu")]
CN_GIV_F = [("秀兰", "Xiulan"), ("玉兰", "Yulan"), ("淑芳", "Shufang"), ("桂英", "Guiying"), ("丽娟", "Lijuan")]

# ---------------------------------------------------------------- places
# code, zh, [latin variants], uyghur-arabic, kazakh cyrillic, turkish, group
PLACES = [
    ("653101", "喀什市", ["Kashgar", "Kashi", "Qeshqer", "Kashgar City"], "قەشقەر", "Қашқар", "Kaşgar", "S"),
    ("653121", "疏附县", ["Shufu", "Kona Sheher", "Konasheher"], "كونا شەھەر", "Шуфу", "Konaşehir", "S"),
    ("653122", "疏勒县", ["Shule", "Yengisheher", "Yangi Shahar"], "يېڭىشەھەر", "Шулэ", "Yengişehir", "S"),
    ("653125", "莎车县", ["Yarkand", "Shache", "Yarkent", "Yeken"], "يەكەن", "Жаркент", "Yarkent", "S"),
    ("653126", "叶城县", ["Kargilik", "Yecheng", "Qaghiliq"], "قاغىلىق", "Қарғалық", "Kargılık", "S"),
    ("653130", "巴楚县", ["Maralbeshi", "Bachu", "Maralbexi"], "مارالبېشى", "Маралбашы", "Maralbaşı", "S"),
    ("653201", "和田市", ["Hotan", "Khotan", "Xoten", "Hetian"], "خوتەن", "Хотан", "Hoten", "S"),
    ("653222", "墨玉县", ["Karakax", "Moyu", "Qaraqash", "Karakash"], "قاراقاش", "Қарақаш", "Karakaş", "S"),
    ("653226", "于田县", ["Keriya", "Yutian", "Yutyan"], "كېرىيە", "Керия", "Keriye", "S"),
    ("652901", "阿克苏市", ["Aksu", "Aqsu", "Akesu"], "ئاقسۇ", "Ақсу", "Aksu", "S"),
    ("652928", "阿瓦提县", ["Awat", "Awati", "Avat"], "ئاۋات", "Ауат", "Avat", "S"),
    ("650402", "吐鲁番市高昌区", ["Turpan", "Turfan", "Tulufan"], "تۇرپان", "Тұрпан", "Turfan", "E"),
    ("650421", "鄯善县", ["Pichan", "Shanshan", "Piqan"], "پىچان", "Пичан", "Piçan", "E"),
    ("650102", "乌鲁木齐市天山区", ["Urumqi", "Urumchi", "Ürümqi", "Wulumuqi"], "ئۈرۈمچى", "Үрімжі", "Urumçi", "C"),
    ("652801", "库尔勒市", ["Korla", "Kuerle", "Korle"], "كورلا", "Корла", "Korla", "C"),
    ("652301", "昌吉市", ["Changji", "Sanji", "Sanju"], "سانجى", "Сәнжі", "Sancı", "C"),
    ("654002", "伊宁市", ["Ghulja", "Yining", "Gulja", "Kulja"], "غۇلجا", "Құлжа", "Gulca", "N"),
    ("654021", "伊宁县", ["Yining County", "Ghulja County", "Ghulja Nahiye"], "غۇلجا ناھىيىسى", "Құлжа ауданы", "Gulca ilçesi", "N"),
    ("654023", "霍城县", ["Korgas", "Huocheng", "Qorghas", "Khorgos"], "قورغاس", "Қорғас", "Korgas", "N"),
    ("654028", "尼勒克县", ["Nilka", "Nileke", "Nilqi"], "نىلقا", "Нылқы", "Nilka", "N"),
    ("654201", "塔城市", ["Tacheng", "Chochek", "Chuguchak", "Qoqek"], "چۆچەك", "Шәуешек", "Çöçek", "N"),
    ("654301", "阿勒泰市", ["Altay", "Aletai", "Altai"], "ئالتاي", "Алтай", "Altay", "N"),
    ("654322", "富蕴县", ["Koktogay", "Fuyun", "Koktokay"], "كۆكتوقاي", "Көктоғай", "Koktogay", "N"),
    ("654325", "青河县", ["Chinggil", "Qinghe", "Shingil"], "چىڭگىل", "Шіңгіл", "Çinggil", "N"),
]
UY_PLACE_W = {"S": 6, "E": 2, "C": 2, "N": 1}
KZ_PLACE_W = {"S": 0, "E": 0, "C": 2, "N": 8}
CN_PLACE_W = {"S": 0, "E": 1, "C": 5, "N": 3}

# facility: zh, [english variants], group
FACILITIES = [
    ("喀什地区第一职业技能教育培训中心", ["Kashgar No.1 Vocational Skills Education and Training Center", "Kashgar camp No. 1", "Kashgar No 1 VETC"], "S"),
    ("疏勒县职业技能教育培训中心", ["Shule County VETC", "Yengisheher camp", "Shule re-education camp"], "S"),
    ("和田地区看守所", ["Hotan Prefecture Detention Center", "Hotan detention centre", "Khotan jail"], "S"),
    ("墨玉县职业技能教育培训中心", ["Karakax County VETC", "Moyu camp", "Qaraqash camp"], "S"),
    ("阿克苏地区看守所", ["Aksu Prefecture Detention Center", "Aksu detention center", "Aksu jail"], "S"),
    ("吐鲁番市看守所", ["Turpan City Detention Center", "Turpan jail"], "E"),
    ("乌鲁木齐达坂城职业技能教育培训中心", ["Dabancheng VETC", "Dabancheng camp", "Urumqi Dabancheng center"], "C"),
    ("乌鲁木齐市第三看守所", ["Urumqi No.3 Detention Center", "Urumqi third detention centre"], "C"),
    ("伊宁市职业技能教育培训中心", ["Yining City VETC", "Ghulja camp", "Kulja re-education camp"], "N"),
    ("塔城地区看守所", ["Tacheng Prefecture Detention Center", "Chochek jail", "Tacheng detention center"], "N"),
    ("阿勒泰市职业技能教育培训中心", ["Altay City VETC", "Altay camp"], "N"),
    ("新疆第一监狱", ["Xinjiang No.1 Prison", "Xinjiang First Prison"], "C"),
]
FAC_CYR = {"N": "лагері", "C": "лагері"}

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(first17):
    return ID_C[sum(int(c) * w for c, w in zip(first17, ID_W, strict=True)) % 11]


def make_id(rng, code, y, m, d, sex):
    seq = rng.randint(0, 99)
    last = rng.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    body = f"{code}{y:04d}{m:02d}{d:02d}{seq:02d}{last}"
    return body + id_check(body)


# ---------------------------------------------------------------- people
def weighted_place(rng, w):
    pl = [p for p in PLACES if w[p[6]] > 0]
    return rng.choices(pl, weights=[w[p[6]] for p in pl])[0]


def pick_facility(rng, place):
    same = [f for f in FACILITIES if f[2] == place[6]]
    if same and rng.random() < 0.75:
        return rng.choice(same)
    return rng.choice(FACILITIES)


def birth(rng, year=None):
    y = year or rng.randint(1945, 2000)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def new_person(rng, pid, eth=None, sex=None, given=None, father=None, place=None, year=None):
    eth = eth or rng.choices(["uy", "kz", "cn"], weights=[70, 24, 6])[0]
    sex = sex or rng.choice("MF")
    if eth == "uy":
        given = given or rng.choice(list((UY_M if sex == "M" else UY_F).keys()))
        father = father or rng.choice(list(UY_M.keys()))
        place = place or weighted_place(rng, UY_PLACE_W)
    elif eth == "kz":
        given = given or rng.choice(list((KZ_M if sex == "M" else KZ_F).keys()))
        father = father or rng.choice(list(KZ_M.keys()))
        place = place or weighted_place(rng, KZ_PLACE_W)
    else:
        given = given if given is not None else rng.randrange(len(CN_GIV_M if sex == "M" else CN_GIV_F))
        father = father if father is not None else rng.randrange(len(CN_SUR))
        place = place or weighted_place(rng, CN_PLACE_W)
    y, m, d = birth(rng, year)
    fac = pick_facility(rng, place)
    fac2 = pick_facility(rng, place) if rng.random() < 0.1 else fac  # transferred
    return dict(pid=pid, eth=eth, sex=sex, given=given, father=father, place=place,
                y=y, m=m, d=d, idn=make_id(rng, place[0], y, m, d, sex), fac=fac, fac2=fac2)


# ---------------------------------------------------------------- noise
def typo(rng, s):
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.choice(["swap", "drop", "dup", "sub"])
    if op == "swap":
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == "drop":
        return s[:i] + s[i + 1:]
    if op == "dup":
        return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice("aeiouy") + s[i + 1:]


ZH_HOMO = {"提": "题", "尔": "儿", "力": "利", "不": "布", "依": "伊", "丽": "莉", "克": "科", "木": "姆"}


def zh_typo(rng, s):
    idx = [i for i, c in enumerate(s) if c in ZH_HOMO]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + ZH_HOMO[s[i]] + s[i + 1:]


# ---------------------------------------------------------------- renderers
def date_str(p, mode):
    if mode == "full":
        return f"{p['y']:04d}-{p['m']:02d}-{p['d']:02d}"
    if mode == "month":
        return f"{p['y']:04d}-{p['m']:02d}"
    if mode == "year":
        return f"{p['y']:04d}"
    return ""


def latin_given_father(p):
    if p["eth"] == "uy":
        g = UY_M.get(p["given"]) or UY_F[p["given"]]
        return g, UY_M[p["father"]]
    if p["eth"] == "kz":
        g = KZ_M.get(p["given"]) or KZ_F[p["given"]]
        return g, KZ_M[p["father"]]
    return None, None


def r_cn_list(rng, p):
    if p["eth"] == "cn":
        name = CN_SUR[p["father"]][0] + (CN_GIV_M if p["sex"] == "M" else CN_GIV_F)[p["given"]][0]
    else:
        g, f = latin_given_father(p)
        sep = rng.choices(["·", "•", "", "."], weights=[80, 8, 8, 4])[0]
        name = g[0] + sep + f[0]
        if rng.random() < 0.05:
            name = zh_typo(rng, name)
    idn = p["idn"] if rng.random() < 0.95 else ""
    if idn and rng.random() < 0.02:  # one transcribed digit wrong
        i = rng.randrange(6, 17)
        idn = idn[:i] + str((int(idn[i]) + 1) % 10) + idn[i + 1:]
    dmode = "full" if rng.random() < 0.9 else ""
    return dict(full_name=name, sex="男" if p["sex"] == "M" else "女", birth_date=date_str(p, dmode),
                birthplace=p["place"][1] if rng.random() < 0.95 else "", id_number=idn,
                facility=p["fac"][0])


def r_testimony_en(rng, p):
    if p["eth"] == "cn":
        sur = CN_SUR[p["father"]][1]
        giv = (CN_GIV_M if p["sex"] == "M" else CN_GIV_F)[p["given"]][1]
        name = f"{sur} {giv}" if rng.random() < 0.6 else f"{giv} {sur}"
        form = "cn"
    else:
        g, f = latin_given_father(p)
        gv, fv = rng.choice(g[1]), rng.choice(f[1])
        if p["eth"] == "kz" and rng.random() < 0.25:
            fv = fv + ("uly" if p["sex"] == "M" else "kyzy")
        if rng.random() < 0.12:
            gv = typo(rng, gv)
        if rng.random() < 0.08:
            fv = typo(rng, fv)
        name, form = arrange(rng, gv, fv, given_only=0.08, reversed_=0.12, comma=0.05)
    coder = rng.random()
    if coder < 0.4:
        sex = p["sex"]
    elif coder < 0.8:
        sex = "male" if p["sex"] == "M" else "female"
    else:
        sex = "1" if p["sex"] == "M" else "2"
    if rng.random() < 0.07:
        sex = ""
    dmode = rng.choices(["year", "month", "full", ""], weights=[50, 20, 15, 15])[0]
    fac = p["fac2"]
    return dict(full_name=name, sex=sex, birth_date=date_str(p, dmode),
                birthplace=rng.choice(p["place"][2]) if rng.random() < 0.85 else "",
                id_number=p["idn"] if rng.random() < 0.1 else "",
                facility=rng.choice(fac[1]) if rng.random() < 0.7 else ""), form


def arrange(rng, gv, fv, given_only, reversed_, comma=0.0):
    """The name as a witness writes it: given name only, father first, "FATHER, Given", or in order."""
    r = rng.random()
    if r < given_only:
        return gv, "given_only"
    if r < given_only + reversed_:
        return f"{fv} {gv}", "reversed"
    if r < given_only + reversed_ + comma:
        return f"{fv.upper()}, {gv}", "comma"
    return f"{gv} {fv}", "normal"


def r_testimony_tr(rng, p):
    g, f = UY_M.get(p["given"]) or UY_F[p["given"]], UY_M[p["father"]]
    gv, fv = rng.choice(g[2]), rng.choice(f[2])
    if rng.random() < 0.1:
        gv = typo(rng, gv)
    name, form = arrange(rng, gv, fv, given_only=0.1, reversed_=0.1)
    dmode = rng.choices(["year", "full", ""], weights=[70, 10, 20])[0]
    return dict(full_name=name, sex=("erkek" if p["sex"] == "M" else "kadın") if rng.random() < 0.9 else "",
                birth_date=date_str(p, dmode), birthplace=p["place"][5] if rng.random() < 0.8 else "",
                id_number="", facility=rng.choice(p["fac2"][1]) if rng.random() < 0.3 else ""), form


def r_uy_arabic(rng, p):
    g, f = UY_M.get(p["given"]) or UY_F[p["given"]], UY_M[p["father"]]
    name, form = f"{g[3]} {f[3]}", "normal"
    if rng.random() < 0.08:
        name, form = g[3], "given_only"
    dmode = rng.choices(["year", "month", ""], weights=[70, 10, 20])[0]
    return dict(full_name=name, sex=("ئەر" if p["sex"] == "M" else "ئايال") if rng.random() < 0.9 else "",
                birth_date=date_str(p, dmode), birthplace=p["place"][3] if rng.random() < 0.85 else "",
                id_number="", facility=""), form


def r_kz_cyrillic(rng, p):
    g, f = KZ_M.get(p["given"]) or KZ_F[p["given"]], KZ_M[p["father"]]
    fa = f[2]
    r = rng.random()
    if r < 0.5:
        name, form = f"{g[2]} {fa}{'ұлы' if p['sex'] == 'M' else 'қызы'}", "patronymic"
    elif r < 0.75:
        suff = "ов" if p["sex"] == "M" else "ова"
        if fa.endswith("к") or fa.endswith("т") or fa.endswith("н") or fa.endswith("р") or fa.endswith("л"):
            name, form = f"{fa}{suff} {g[2]}", "russified_rev"
        else:
            name, form = f"{g[2]} {fa}", "normal"
    elif r < 0.92:
        name, form = f"{g[2]} {fa}", "normal"
    else:
        name, form = g[2], "given_only"
    dmode = rng.choices(["full", "year", ""], weights=[40, 45, 15])[0]
    fac = p["fac2"]
    facname = ""
    if rng.random() < 0.5:
        facname = f"{p['place'][4]} {FAC_CYR.get(fac[2], 'лагері')}"
    return dict(full_name=name, sex=("Е" if p["sex"] == "M" else "Ә") if rng.random() < 0.9 else "",
                birth_date=date_str(p, dmode), birthplace=p["place"][4] if rng.random() < 0.85 else "",
                id_number=p["idn"] if rng.random() < 0.15 else "", facility=facname), form


# ---------------------------------------------------------------- generation
COLUMNS = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]


def _people(rng, n):
    people, kinds = [], {}
    while len(people) < n:
        pid = f"P{len(people) + 1:05d}"
        r = rng.random()
        if r < 0.10 and people:
            # sibling: same father, same place, other given name, close birth year
            b = rng.choice([q for q in people if q["eth"] != "cn"] or people)
            if b["eth"] == "cn":
                continue
            year = max(1945, min(2002, b["y"] + rng.choice([-4, -3, -2, -1, 1, 2, 3, 4])))
            p = new_person(rng, pid, eth=b["eth"], father=b["father"], place=b["place"], year=year)
            if p["given"] == b["given"]:
                continue
            kinds[pid] = f"sibling_of:{b['pid']}"
        elif r < 0.18 and people:
            # namesake: same given + father, different person (same birth year 40%)
            b = rng.choice(people)
            p = new_person(rng, pid, eth=b["eth"], sex=b["sex"], given=b["given"], father=b["father"],
                           year=b["y"] if rng.random() < 0.4 else None,
                           place=b["place"] if rng.random() < 0.3 else None)
            kinds[pid] = f"namesake_of:{b['pid']}"
        else:
            p = new_person(rng, pid)
            kinds[pid] = "plain"
        people.append(p)
    return people, kinds


def generate(people: int = 2200, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Records in the standalone linkage columns, and the truth (record_id, person_id, eth, form)."""
    rng = random.Random(seed)
    persons, _ = _people(rng, people)
    rows, truth = [], []
    counters: dict[str, int] = {}

    def emit(src, p, rec, form="normal"):
        counters[src] = counters.get(src, 0) + 1
        rid = f"{src}-{counters[src]:05d}"
        rows.append({"record_id": rid, "source": src, **rec})
        truth.append({"record_id": rid, "person_id": p["pid"], "eth": p["eth"], "form": form})

    for p in persons:
        emitted = 0
        if rng.random() < 0.5:
            emit("cn_list", p, r_cn_list(rng, p))
            emitted += 1
        if rng.random() < 0.35:
            rec, form = r_testimony_en(rng, p)
            emit("testimony_en", p, rec, form)
            emitted += 1
            if rng.random() < 0.06:  # a second relative testifies
                rec, form = r_testimony_en(rng, p)
                emit("testimony_en", p, rec, form)
        if p["eth"] == "uy" and rng.random() < 0.2:
            rec, form = r_testimony_tr(rng, p)
            emit("testimony_tr", p, rec, form)
            emitted += 1
        if p["eth"] == "uy" and rng.random() < 0.25:
            rec, form = r_uy_arabic(rng, p)
            emit("uy_arabic", p, rec, form)
            emitted += 1
        if p["eth"] == "kz" and rng.random() < 0.5:
            rec, form = r_kz_cyrillic(rng, p)
            emit("kz_cyrillic", p, rec, form)
            emitted += 1
        if emitted == 0:  # everyone appears somewhere
            rec, form = r_testimony_en(rng, p)
            emit("testimony_en", p, rec, form)
    order = list(range(len(rows)))
    rng.shuffle(order)
    records = pd.DataFrame([rows[i] for i in order], columns=COLUMNS)
    return records, pd.DataFrame([truth[i] for i in order])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=2200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    records, truth = generate(args.people, args.seed)
    records.to_csv(args.out / "records.csv", index=False, quoting=csv.QUOTE_MINIMAL)
    truth.to_csv(args.out / "truth.csv", index=False)
    print(f"{truth['person_id'].nunique()} people, {len(records)} records in {args.out}")


if __name__ == "__main__":
    main()
