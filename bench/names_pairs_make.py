"""Build the labelled name pairs that bench/names_bench.py scores.

    .venv/bin/python bench/names_pairs_make.py            # writes bench/data/names_pairs_{dev,test}.csv

Synthetic people only. Every person is drawn from a held-out list of real Uyghur (and a few Kazakh)
given names that appear in no table of ``unseen.names`` (checked below). Each person is then written
the way sources write names, by renderers that are independent of the package's decoding code:

* Uyghur Arabic script and Uyghur / Kazakh Cyrillic from this file's own copies of the standard
  alphabets (not the package's tables);
* Chinese characters by the transcription convention (one character per syllable, a filler vowel
  for every consonant cluster and final consonant), picking at random among the characters that
  convention allows, from this file's own syllable table;
* pinyin of that Chinese (pypinyin), as Chinese documents romanise it;
* diaspora Latin spellings (Turkish, English, Russian-style) and Uyghur Latin with or without
  diacritics;
* typing noise: zero-width characters, tatweel, presentation forms, Cyrillic look-alikes, middle
  dots and hyphens.

Names are split in two halves: the dev half sets the default threshold, the test half is reported.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

from pypinyin import Style, lazy_pinyin

DATA = Path(__file__).parent / "data"

MALE = [
    "abdurehim", "abdukérim", "abdushükür", "abduqadir", "abdulla", "abduweli", "abliz", "ablikim",
    "ablet", "ablimit", "adil", "alim", "alimjan", "enwer", "arslan", "barat", "bekri", "dilmurat",
    "dilshat", "ehmet", "ekrem", "ekber", "erkin", "ershidin", "eset", "ezimet", "eziz", "ghappar",
    "ghalip", "ghulam", "hamut", "hesen", "hébibulla", "hoshur", "ibrahim", "ilham", "ilyas", "imin",
    "iminjan", "ismayil", "jelil", "jume", "kamil", "kérim", "mahmut", "mejit", "memtimin", "mewlan",
    "mirzat", "muxtar", "mutellip", "nijat", "nurmemet", "obul", "ömer", "osman", "perhat", "polat",
    "qadir", "qasim", "qeyser", "qurban", "rehman", "rishat", "rozi", "sabir", "sadiq", "sattar",
    "sawut", "sayit", "sherip", "shöhret", "tahir", "talip", "téyipjan", "tohti", "turdi", "turghun",
    "tursun", "yasin", "yalqun", "yunus", "yüsüp", "zakir", "zunun", "memet", "éli", "hüseyin", "hamit",
    "qeyyum", "rustem", "sultan", "wahit", "yaqup", "yoldash", "zeydin", "abdusalam", "ayup", "batur",
    "bahadir", "abdurahman", "ablajan", "eysa", "ghopur", "hézim", "abdughéni", "nurlan", "erlan",
    "bolat", "serik", "asqar", "marat", "daniyar", "qayrat", "musa", "nasir", "ömerjan", "sidiq",
    "xalmurat", "yarmuhemmed", "zayit"
]

FEMALE = [
    "ayshem", "aygül", "ayjamal", "amine", "anargül", "buhelchem", "bahargül", "dilnur", "dilber",
    "gülnar", "gülbahar", "gülnisa", "gülshen", "gülzar", "hélchem", "horigül", "kamile", "mahire",
    "meryem", "mihray", "mukerrem", "nurbiye", "nurgül", "patigül", "patime", "rahile", "reyhan",
    "risalet", "roshengül", "sajide", "saliha", "sanawer", "shahide", "tajinisa", "tursunay",
    "tursungül", "zöhre", "zulpiye", "zumret", "zeynep", "xalide", "mehriban", "méhrigül", "muyesser",
    "nezire", "perwin", "renagül", "arzugül", "ayimnisa", "aynur", "chimengül", "dilraba", "elmire",
    "hurshide", "inayet", "kalbinur", "mayinur", "nadire", "pezilet", "qimangül", "raziye", "saadet",
    "xeyrinisa", "zebinisa", "aygerim", "adile", "halime", "mutiwer", "paziliye"
]

# Pairs of different names close enough to fool a matcher (hard non-matches).
CONFUSABLE = [("tursun", "tursunay"), ("tursun", "tursungül"), ("adil", "adile"), ("kamil", "kamile"),
              ("abdurehim", "abdurahman"), ("abdukérim", "abdushükür"),
              ("alim", "alimjan"), ("imin", "iminjan"), ("ömer", "ömerjan"), ("nurmemet", "memet"),
              ("dilnur", "dilber"), ("gülnar", "gülnisa"), ("mihray", "mahire"),
              ("hesen", "hüseyin"), ("tohti", "turdi"), ("ablikim", "ablimit"), ("abliz", "ablet"),
              ("nurgül", "nurbiye"), ("tursun", "turghun"), ("sadiq", "sidiq"), ("zöhre", "zumret")]

VOWELS = set("aeéiouöü")
DIGRAPHS = ("ch", "sh", "gh", "ng", "zh")

# --- Uyghur Arabic script and Cyrillic, the standard alphabets, written out again for the bench ---
ULY_LETTERS = "a e b p t j ch x d r z zh s sh gh f q k g ng l m n h o u ö ü w é i y"
ARABIC_LETTERS = "ا ە ب پ ت ج چ خ د ر ز ژ س ش غ ف ق ك گ ڭ ل م ن ھ و ۇ ۆ ۈ ۋ ې ى ي"
CYRILLIC_LETTERS = "а ә б п т җ ч х д р з ж с ш ғ ф қ к г ң л м н һ о у ө ү в е и й"
ARABIC = dict(zip(ULY_LETTERS.split(), ARABIC_LETTERS.split(), strict=True))
CYRILLIC_UY = dict(zip(ULY_LETTERS.split(), CYRILLIC_LETTERS.split(), strict=True))
CYRILLIC_KZ = dict(CYRILLIC_UY, e="е", é="е", j="ж", w="в", i="и", x="х", h="х")


def letters(word: str) -> list[str]:
    out, i = [], 0
    while i < len(word):
        if word[i : i + 2] in DIGRAPHS:
            out.append(word[i : i + 2])
            i += 2
        else:
            out.append(word[i])
            i += 1
    return out


def to_arabic(word: str) -> str:
    out, prev = [], ""
    for letter in letters(word):
        if letter in VOWELS and (not out or prev in VOWELS):
            out.append("ئ")
        out.append(ARABIC[letter])
        prev = letter
    return "".join(out)


def to_cyrillic(word: str, table: dict[str, str]) -> str:
    return "".join(table[x] for x in letters(word))


# --- Chinese transcription: one character per syllable -------------------------------------------
# Characters for consonant + vowel class (a, e, i, o, u), from the usual transcription practice.
CV = {
    "": ("阿", "艾", "伊依", "奥吾", "吾乌"),
    "b": ("巴", "拜别", "比", "博", "布"),
    "p": ("帕", "排派", "皮", "坡", "普"),
    "t": ("塔", "太台", "提", "托", "吐图"),
    "j": ("加扎", "杰", "吉", "卓", "朱居"),
    "ch": ("恰", "切", "奇其", "乔", "丘"),
    "x": ("哈", "海", "希", "霍", "胡"),
    "d": ("达", "代德", "迪地", "多", "都杜"),
    "r": ("拉热", "热", "日力", "肉若", "如肉"),
    "z": ("扎", "再则", "孜", "卓", "祖"),
    "s": ("萨沙", "赛", "斯思", "索", "苏素"),
    "sh": ("沙夏", "谢协", "希西", "肖", "舒"),
    "gh": ("尕哈", "盖", "吉", "果", "古"),
    "f": ("帕法", "费", "菲", "佛", "夫福"),
    "q": ("卡喀", "凯", "克", "阔", "库"),
    "k": ("卡", "开克", "克", "阔", "库"),
    "g": ("尕", "盖格", "吉", "果", "古"),
    "l": ("拉", "来", "力丽里", "洛", "鲁"),
    "m": ("玛马", "买麦", "米", "莫", "木穆"),
    "n": ("纳娜", "乃奈", "尼妮", "诺", "努"),
    "h": ("哈", "海", "希", "霍", "胡"),
    "w": ("瓦娃", "外韦", "维", "沃", "吾"),
    "y": ("亚雅", "叶耶", "依伊", "尤约", "玉尤"),
    "zh": ("扎", "哲", "日", "卓", "朱"),
    "ng": ("昂", "恩", "英", "翁", "翁"),
}
# Syllables closed by n, where Chinese has them.
CVN = {
    ("b", "a"): "班", ("p", "a"): "潘", ("t", "a"): "坦", ("d", "a"): "丹", ("z", "a"): "赞",
    ("s", "a"): "散桑", ("sh", "a"): "山善", ("q", "a"): "坎", ("k", "a"): "坎", ("g", "a"): "甘",
    ("l", "a"): "兰", ("m", "a"): "曼", ("n", "a"): "南", ("h", "a"): "罕汗", ("x", "a"): "罕汗",
    ("w", "a"): "万", ("y", "a"): "燕彦", ("j", "a"): "江", ("", "a"): "安", ("b", "e"): "本",
    ("r", "e"): "仁", ("s", "e"): "森", ("sh", "e"): "申", ("k", "e"): "肯", ("g", "e"): "根",
    ("m", "e"): "门", ("", "e"): "恩", ("w", "e"): "温", ("y", "e"): "延", ("b", "i"): "宾", ("t", "i"): "亭",
    ("d", "i"): "丁", ("s", "i"): "辛", ("sh", "i"): "欣新", ("k", "i"): "肯", ("l", "i"): "林",
    ("m", "i"): "敏明", ("n", "i"): "宁", ("y", "i"): "因音", ("", "i"): "因", ("t", "u"): "吞屯",
    ("d", "u"): "敦", ("s", "u"): "逊孙", ("sh", "u"): "顺", ("q", "u"): "坤", ("k", "u"): "昆",
    ("g", "u"): "衮", ("l", "u"): "伦", ("h", "u"): "洪浑", ("x", "u"): "洪", ("gh", "u"): "洪",
    ("", "u"): "温", ("z", "u"): "尊", ("j", "u"): "军",
}
# A consonant with no vowel of its own: a filler syllable.
CODA = {"b": "布卜", "p": "甫普", "t": "提特", "j": "吉", "ch": "其", "x": "合赫", "d": "德都", "r": "尔",
        "z": "孜兹", "s": "斯思", "sh": "什", "gh": "格合", "f": "夫甫", "q": "克", "k": "克", "g": "格",
        "ng": "恩", "l": "力勒", "m": "木姆", "n": "恩", "h": "合赫", "y": "依", "w": "吾", "zh": "日"}
VCLASS = {"a": 0, "e": 1, "é": 2, "i": 2, "o": 3, "ö": 3, "u": 4, "ü": 4}


def vowel_class(vowel: str) -> str:
    return {"a": "a", "e": "e", "é": "i", "i": "i"}.get(vowel, "u")


def syllables(word: str) -> list[tuple[str, str, str]]:
    """(onset, vowel, coda) units; a consonant cluster or a final consonant becomes its own unit."""
    ls = letters(word)
    out: list[tuple[str, str, str]] = []
    i = 0
    while i < len(ls):
        if ls[i] in VOWELS:
            onset, vowel = "", ls[i]
            i += 1
        elif i + 1 < len(ls) and ls[i + 1] in VOWELS:
            onset, vowel = ls[i], ls[i + 1]
            i += 2
        else:
            out.append((ls[i], "", ""))
            i += 1
            continue
        coda = ""
        closes = i < len(ls) and ls[i] == "n" and (i + 1 >= len(ls) or ls[i + 1] not in VOWELS)
        if closes and (onset, vowel_class(vowel)) in CVN:
            coda, i = "n", i + 1
        out.append((onset, vowel, coda))
    return out


def to_chinese(word: str, rng: random.Random) -> str:
    if word.endswith("gül") and len(word) > 3:
        return to_chinese(word[:-3], rng) + "古丽"
    if word.endswith("jan") and len(word) > 3:
        return to_chinese(word[:-3], rng) + "江"
    out = []
    for onset, vowel, coda in syllables(word):
        if not vowel:
            out.append(rng.choice(CODA.get(onset, "?")))
            continue
        if coda and (onset, vowel_class(vowel)) in CVN:
            out.append(rng.choice(CVN[(onset, vowel_class(vowel))]))
        else:
            out.append(rng.choice(CV.get(onset, CV[""])[VCLASS[vowel]]))
    return "".join(out)


# Readings names take where the dictionary's first reading is another word's (什么 shenme, 都 dou).
NAME_READINGS = {"什": "shi", "勒": "le", "都": "du", "卜": "bu", "喀": "ka", "合": "he", "尕": "ga"}


def to_pinyin(chinese: str) -> str:
    syllables = lazy_pinyin(chinese, style=Style.NORMAL)
    text = "".join(NAME_READINGS.get(c, s) for c, s in zip(chinese, syllables, strict=True))
    return text.replace("ü", "u").capitalize()


# --- Latin spellings -------------------------------------------------------------------------------
def strip_diacritics(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def diaspora(word: str, rng: random.Random) -> str:
    """An English/Turkish/Russian-style Latin spelling of a ULY word."""
    style = rng.choice(("english", "turkish", "russian", "plain"))
    w = word
    if style == "english":
        w = w.replace("x", "kh").replace("q", rng.choice(("q", "k"))).replace("zh", "j").replace("é", "e")
        w = w.replace("ö", "o").replace("ü", "u").replace("w", rng.choice(("w", "v")))
    elif style == "turkish":
        w = w.replace("sh", "ş").replace("ch", "ç").replace("gh", "ğ").replace("j", "c").replace("x", "h")
        w = w.replace("q", "k").replace("é", "e").replace("w", "v")
    elif style == "russian":
        w = w.replace("x", "kh").replace("q", "k").replace("gh", "g").replace("é", "e").replace("w", "v")
        w = strip_diacritics(w).replace("j", "dzh" if rng.random() < 0.3 else "j")
    else:
        w = strip_diacritics(w)
    if rng.random() < 0.3:  # a vowel spelled the Arabic/Turkish way
        w = w.replace("e", "a", 1) if "e" in w[1:] else w
    if rng.random() < 0.15 and len(w) > 4:  # doubled consonant
        i = rng.randrange(1, len(w) - 1)
        if w[i] not in "aeiouöüé":
            w = w[: i + 1] + w[i] + w[i + 1 :]
    return w


# --- Whole names, with noise ------------------------------------------------------------------------
def noise(text: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.08:
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice("\u200b\u200c\u200d\u2060\ufeff") + text[i:]
    if r < 0.12:
        return "  " + text.replace(" ", "  ") + " "
    if r < 0.15:
        return text.upper()
    return text


def render(given: str, father: str, style: str, rng: random.Random) -> str:
    parts = [given, father]
    if style == "uly":
        return " ".join(p.capitalize() for p in parts)
    if style == "ascii":
        return " ".join(strip_diacritics(p).capitalize() for p in parts)
    if style == "arabic":
        text = " ".join(to_arabic(p) for p in parts)
        if rng.random() < 0.2:
            text = text.replace("ك", "ک").replace("ى", "ی")
        if rng.random() < 0.15:
            text = text.replace("م", "مـ", 1)
        return text
    if style == "cyrillic":
        return " ".join(to_cyrillic(p, CYRILLIC_UY).capitalize() for p in parts)
    if style == "kazakh":
        return " ".join(to_cyrillic(p, CYRILLIC_KZ).capitalize() for p in parts)
    if style == "chinese":
        sep = rng.choice(("·", "·", "•", "・", "‧", "-", " "))
        return sep.join(to_chinese(p, rng) for p in parts)
    if style == "pinyin":
        return " ".join(to_pinyin(to_chinese(p, rng)) for p in parts)
    if style == "diaspora":
        text = " ".join(diaspora(p, rng).capitalize() for p in parts)
        if rng.random() < 0.15:
            text = text.replace("e", "е", 1)  # a Cyrillic look-alike typed into a Latin name
        return text
    if style == "surname_first":
        return f"{diaspora(father, rng).capitalize()}, {diaspora(given, rng).capitalize()}"
    raise ValueError(style)


STYLES = ("uly", "ascii", "arabic", "cyrillic", "kazakh", "chinese", "pinyin", "diaspora", "surname_first")
WEIGHTS = (2, 1, 3, 2, 1, 3, 2, 3, 1)


def pick_style(rng: random.Random) -> str:
    return rng.choices(STYLES, WEIGHTS)[0]


Row = tuple[str, str, int, str]


def make_pairs(names: tuple[list[str], list[str]], n: int, rng: random.Random) -> list[Row]:
    male, female = names
    confusable = [(a, b) for a, b in CONFUSABLE if {a, b} <= set(male + female)]
    rows: list[Row] = []
    while len(rows) < n:
        given = rng.choice(male + female)
        father = rng.choice([m for m in male if m != given])
        kind = rng.choices(("match", "sibling", "similar_given", "same_given", "swapped", "random"),
                           (50, 12, 12, 14, 7, 5))[0]
        a = render(given, father, pick_style(rng), rng)
        if kind == "match":
            b = render(given, father, pick_style(rng), rng)
        elif kind == "sibling":
            other = rng.choice([x for x in male + female if x not in (given, father)])
            b = render(other, father, pick_style(rng), rng)
        elif kind == "similar_given":
            if not confusable:
                continue
            x, y = rng.choice(confusable)
            if y == father or x == father:
                continue
            a, b = render(x, father, pick_style(rng), rng), render(y, father, pick_style(rng), rng)
        elif kind == "same_given":
            other = rng.choice([m for m in male if m not in (given, father)])
            b = render(given, other, pick_style(rng), rng)
        elif kind == "swapped":
            style_b = rng.choice([s for s in STYLES if s != "surname_first"])
            b = render(father, given, style_b, rng)
        else:
            b = render(rng.choice(male + female), rng.choice(male), pick_style(rng), rng)
        rows.append((noise(a, rng), noise(b, rng), int(kind == "match"), kind))
    return rows


def code_tables() -> set[str]:
    """Every name-like string the package's tables hold; the held-out lists must avoid them."""
    from unseen.names import parts

    return set(parts._PREFIXES | parts._SOFT_PREFIXES | parts._SUFFIXES)


def split_names(seed: int) -> dict[str, tuple[list[str], list[str]]]:
    """Dev and test halves of the name lists; confusable partners stay in the same half."""
    rng = random.Random(seed)
    groups: list[set[str]] = []
    for a, b in CONFUSABLE:
        for g in groups:
            if a in g or b in g:
                g.update((a, b))
                break
        else:
            groups.append({a, b})
    grouped = set().union(*groups)
    singles = [[n] for n in sorted(set(MALE + FEMALE) - grouped)]
    units = [sorted(g) for g in groups] + singles
    rng.shuffle(units)
    half = {"dev": set(), "test": set()}
    for i, unit in enumerate(units):
        half["dev" if i % 2 else "test"].update(unit)
    return {k: ([m for m in MALE if m in v], [f for f in FEMALE if f in v]) for k, v in half.items()}


def main() -> None:
    clash = code_tables() & set(MALE + FEMALE)
    if clash:
        raise SystemExit(f"held-out names appear in unseen.names tables: {sorted(clash)}")
    DATA.mkdir(exist_ok=True)
    for split, names in split_names(7).items():
        rng = random.Random(2026 if split == "test" else 11)
        rows = make_pairs(names, 3000, rng)
        with open(DATA / f"names_pairs_{split}.csv", "w", encoding="utf-8", newline="") as handle:
            w = csv.writer(handle)
            w.writerow(("pair_id", "name_a", "name_b", "label", "kind"))
            for i, row in enumerate(rows, 1):
                w.writerow((f"{split}-{i:05d}", *row))
        print(f"{split}: {len(rows)} pairs, {sum(r[2] for r in rows)} matches, "
              f"{len(names[0])} male + {len(names[1])} female names")


if __name__ == "__main__":
    main()
