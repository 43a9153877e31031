"""Home-made transliteration rules for the world_press probe.

Canonical names are stored in a ULY-like Latin spelling (Uyghur Latin Yéziqi with é ö ü, x = kh,
q = uvular k, gh, ch, sh, zh, ng digraphs; an apostrophe separates letters that would otherwise
form a digraph).  The functions below re-spell such a word the way a given language community
would: Chinese characters (official), Arabic orthography, Uyghur Arabic script, French, German,
English journalistic, Russian Cyrillic, Uzbek Latin and Uzbek Cyrillic.  Functions that take an
``rng`` draw per-record spelling variants (anything with ``.p(prob)`` and ``.pick(seq)``).
"""

import re

VOWELS = frozenset("aeéioöuü")
_DIGRAPHS = ("ch", "sh", "gh", "ng", "zh")


def tokens(word: str) -> list[str]:
    """Split a ULY-like word into phoneme tokens."""
    w = word.lower()
    out: list[str] = []
    i = 0
    while i < len(w):
        if w[i] in "'-":
            i += 1
            continue
        if w[i:i + 2] in _DIGRAPHS:
            out.append(w[i:i + 2])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- Chinese (official transcription)
# columns: a, e, i/é, o/u/ö/ü, then the same four with a nasal coda -n
_CN_TABLE = """
- 阿a 艾ai 伊yi 吾wu 安an 恩en 因yin 温wen
b 巴ba 拜bai 比bi 布bu 班ban 本ben 宾bin 奔ben
p 帕pa 派pai 皮pi 普pu 潘pan 盆pen 平ping 蓬peng
t 塔ta 台tai 提ti 吐tu 坦tan 腾teng 汀ting 吞tun
d 达da 代dai 迪di 都du 丹dan 登deng 丁ding 顿dun
k 卡ka 克ke 克ke 库ku 坎kan 肯ken 金jin 昆kun
g 尕ga 格ge 吉ji 古gu 甘gan 根gen 金jin 贡gong
q 喀ka 克ke 克ke 库ku 坎kan 肯ken 钦qin 昆kun
x 哈ha 海hai 希xi 胡hu 汗han 很hen 欣xin 浑hun
h 哈ha 合he 希xi 乎hu 汗han 恒heng 欣xin 浑hun
gh 哈ha 合he 吉ji 古gu 汗han 很hen 金jin 滚gun
j 加jia 杰jie 吉ji 朱zhu 江jiang 金jin 金jin 准zhun
ch 恰qia 切qie 其qi 丘qiu 钱qian 琴qin 钦qin 琼qiong
sh 沙sha 谢xie 西xi 舒shu 山shan 申shen 欣xin 顺shun
zh 扎zha 哲zhe 日ri 朱zhu 詹zhan 真zhen 津jin 准zhun
s 萨sa 赛sai 斯si 素su 三san 森sen 辛xin 逊xun
z 扎zha 则ze 孜zi 祖zu 赞zan 增zeng 津jin 尊zun
r 拉la 热re 日ri 如ru 然ran 仁ren 仁ren 润run
l 拉la 莱lai 力li 鲁lu 兰lan 伦lun 林lin 伦lun
m 玛ma 买mai 米mi 木mu 曼man 孟meng 敏min 蒙meng
n 纳na 尼ni 尼ni 努nu 南nan 嫩nen 宁ning 农nong
y 亚ya 叶ye 伊yi 玉yu 阳yang 燕yan 因yin 云yun
w 瓦wa 外wai 维wei 吾wu 万wan 温wen 文wen 翁weng
f 法fa 菲fei 菲fei 夫fu 凡fan 芬fen 芬fen 丰feng
v 瓦wa 外wai 维wei 吾wu 万wan 温wen 文wen 翁weng
"""
_CN: dict[str, list[tuple[str, str]]] = {}
for _line in _CN_TABLE.strip().splitlines():
    _onset, _rest = _line.split(" ", 1)
    _CN[_onset] = re.findall(r"(\S)([a-z]+)", _rest)
_CN_CODA = dict(
    b=("卜", "bu"), p=("甫", "fu"), t=("提", "ti"), d=("德", "de"), k=("克", "ke"), g=("格", "ge"),
    q=("克", "ke"), x=("合", "he"), h=("合", "he"), gh=("合", "he"), j=("吉", "ji"), ch=("其", "qi"),
    sh=("什", "shi"), zh=("日", "ri"), s=("斯", "si"), z=("孜", "zi"), r=("尔", "er"), l=("力", "li"),
    m=("木", "mu"), n=("恩", "en"), ng=("昂", "ang"), y=("依", "yi"), w=("吾", "wu"), f=("夫", "fu"),
    v=("夫", "fu"),
)
_CN_CLASS = {"a": 0, "e": 1, "é": 2, "i": 2, "o": 3, "u": 3, "ö": 3, "ü": 3}


def to_chinese(word: str, female: bool = False) -> tuple[str, str]:
    """Return (characters, pinyin) for a ULY-like word, syllable by syllable."""
    raw = tokens(word)
    toks: list[str] = []
    for i, t in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        toks.extend(["n", "g"] if t == "ng" and nxt in VOWELS else [t])
    chars, pins = [], []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t in VOWELS:
            onset, v = "-", t
            i += 1
        elif i + 1 < n and toks[i + 1] in VOWELS:
            onset, v = t, toks[i + 1]
            i += 2
        else:
            ch, py = _CN_CODA.get(t, ("尔", "er"))
            if female and t == "l":
                ch = "丽"
            chars.append(ch)
            pins.append(py)
            i += 1
            continue
        nasal = i < n and toks[i] == "n" and (i + 1 == n or toks[i + 1] not in VOWELS)
        if nasal:
            i += 1
        col = _CN_CLASS[v] + (4 if nasal else 0)
        ch, py = _CN.get(onset, _CN["-"])[col]
        if female and (onset, col) == ("l", 2):
            ch = "丽"
        if female and (onset, col) == ("n", 0):
            ch = "娜"
        chars.append(ch)
        pins.append(py)
    return "".join(chars), cap("".join(pins))


# ---------------------------------------------------------------- Uyghur Arabic script
_UG = dict(
    a="ا", e="ە", é="ې", i="ى", o="و", u="ۇ", ö="ۆ", ü="ۈ", b="ب", p="پ", t="ت", j="ج", ch="چ",
    x="خ", d="د", r="ر", z="ز", zh="ژ", s="س", sh="ش", gh="غ", f="ف", q="ق", k="ك", g="گ", ng="ڭ",
    l="ل", m="م", n="ن", h="ھ", w="ۋ", y="ي", v="ۋ",
)


def to_uyghur(word: str) -> str:
    out = []
    prev = ""
    for t in tokens(word):
        if t in VOWELS and (not prev or prev in VOWELS):
            out.append("ئ")
        out.append(_UG.get(t, ""))
        prev = t
    return "".join(out)


# ---------------------------------------------------------------- Arabic orthography (press)
_AR = dict(
    b="ب", p="ب", t="ت", d="د", k="ك", x="خ", gh="غ", j="ج", ch="تش", sh="ش", zh="ج", s="س",
    z="ز", r="ر", l="ل", m="م", n="ن", ng="نغ", y="ي", w="و", f="ف", v="ف",
)


def to_arabic(word: str, rng, female: bool = False) -> str:
    """Arabic-orthography spelling: short vowels mostly dropped, long vowels as alif/waw/ya."""
    toks = tokens(word)
    g = rng.pick(["ج", "ج", "غ", "ك"])
    q = "ق" if rng.p(0.8) else "ك"
    h = "ه" if rng.p(0.6) else "ح"
    out: list[str] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if i and t == toks[i - 1] and t not in VOWELS:
            continue  # no shadda in press spelling
        last = i == n - 1
        if t in VOWELS:
            if i == 0:
                out.append({"a": "أ", "e": "أ", "i": "إ", "é": "إي"}.get(t, "أو"))
            elif last:
                if t == "a":
                    out.append("ة" if female and rng.p(0.2) else "ا")
                elif t == "e":
                    out.append("ة" if female else "ه")
                else:
                    out.append("ي" if t in "ié" else "و")
            elif t == "a":
                out.append("ا" if rng.p(0.7) else "")
            elif t == "e":
                out.append("ا" if rng.p(0.3) else "")
            elif t in "ié":
                out.append("ي" if rng.p(0.75) else "")
            else:
                out.append("و" if rng.p(0.85) else "")
        elif t == "g":
            out.append(g)
        elif t == "q":
            out.append(q)
        elif t == "h":
            out.append(h)
        else:
            out.append(_AR.get(t, ""))
    return "".join(out)


# ---------------------------------------------------------------- English journalistic
def to_english(word: str, x: str = "h", q: str = "q", keep_diacritics: bool = False,
               kazakh: bool = False) -> str:
    out = []
    for t in tokens(word):
        if t == "x":
            s = x
        elif t == "q":
            s = "k" if kazakh else q
        elif t in "öüé":
            s = t if keep_diacritics else {"ö": "o", "ü": "u", "é": "e"}[t]
        elif kazakh and t == "j":
            s = "zh"
        elif kazakh and t == "w":
            s = "u"
        elif kazakh and t == "gh":
            s = "g"
        else:
            s = t
        out.append(s)
    return cap("".join(out))


# ---------------------------------------------------------------- French
def to_french(word: str, ss: bool = True, eu: bool = True, q: str = "k", wou: bool = False) -> str:
    toks = tokens(word)
    n = len(toks)
    out = []
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < n else ""
        if t == "u":
            s = "ou"
        elif t == "ü":
            s = "u"
        elif t == "ö":
            s = "eu" if eu else "o"
        elif t == "e":
            s = "é" if i == n - 1 and n > 2 else "e"
        elif t == "sh":
            s = "ch"
        elif t == "ch":
            s = "tch"
        elif t == "j":
            s = "dj"
        elif t == "zh":
            s = "j"
        elif t == "x":
            s = "kh"
        elif t == "q":
            s = q
        elif t == "g" and nxt in ("e", "é", "i"):
            s = "gu"
        elif t == "y" and prev in VOWELS and nxt not in VOWELS:
            s = "ï"
        elif t == "w":
            s = "ou" if wou and i == 0 and nxt in VOWELS else "w"
        elif t == "s" and ss and nxt in VOWELS and (prev in VOWELS or prev == "r"):
            s = "ss"
        else:
            s = t
        out.append(s)
    return cap("".join(out))


# ---------------------------------------------------------------- German
def to_german(word: str, umlaut: bool = True, z_to_s: bool = False, h_ch: bool = True,
              gh: str = "gh") -> str:
    toks = tokens(word)
    n = len(toks)
    table = dict(é="e", sh="sch", ch="tsch", j="dsch", zh="sch", x="ch", q="k", y="j", v="w")
    out = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < n else ""
        if t in "öü":
            s = t if umlaut else {"ö": "oe", "ü": "ue"}[t]
        elif t == "gh":
            s = gh
        elif t == "z":
            s = "s" if z_to_s else "z"
        elif t == "h" and h_ch and i and nxt not in VOWELS:
            s = "ch"
        else:
            s = table.get(t, t)
        out.append(s)
    return cap("".join(out))


# ---------------------------------------------------------------- Russian Cyrillic
_RU = dict(
    a="а", b="б", d="д", e="е", é="е", f="ф", g="г", gh="г", h="х", x="х", i="и", j="дж", k="к",
    q="к", l="л", m="м", n="н", ng="н", o="о", ö="о", p="п", r="р", s="с", sh="ш", ch="ч", t="т",
    u="у", ü="ю", w="в", y="й", z="з", zh="ж", v="в",
)
_RU_IOT = {"a": "я", "u": "ю", "ü": "ю", "e": "е", "é": "е", "o": "ё", "ö": "ё"}


def to_russian(word: str) -> str:
    toks = tokens(word)
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "y" and nxt in _RU_IOT:
            out.append(_RU_IOT[nxt])
            i += 2
            continue
        if t in ("e", "é") and (not prev or prev in VOWELS):
            out.append("э")
        elif t == "ü" and (not prev or prev in ("sh", "ch", "j", "zh") or prev in VOWELS):
            out.append("у")
        else:
            out.append(_RU.get(t, ""))
        i += 1
    return cap("".join(out))


# ---------------------------------------------------------------- Uzbek Latin / Cyrillic
def to_uzbek(word: str, e_to_a: bool = True) -> str:
    toks = tokens(word)
    table = dict(é="e", o="o'", ö="o'", ü="u", gh="g'", w="v", zh="j")
    out = []
    for i, t in enumerate(toks):
        out.append(("a" if e_to_a and i else "e") if t == "e" else table.get(t, t))
    s = "".join(out)
    s = re.sub(r"jan$", "jon", s)
    s = re.sub(r"xan$", "xon", s)
    s = re.sub(r"bak$", "bek", s)
    return cap(s)


_UZ_CYR = dict(
    a="а", b="б", d="д", e="е", f="ф", g="г", h="ҳ", i="и", j="ж", k="к", l="л", m="м", n="н",
    o="о", p="п", q="қ", r="р", s="с", t="т", u="у", v="в", x="х", y="й", z="з", w="в",
)
_UZ_MULTI = [("o'", "ў"), ("g'", "ғ"), ("sh", "ш"), ("ch", "ч"), ("ya", "я"), ("yo", "ё"),
             ("yu", "ю"), ("ye", "е")]


def uzbek_to_cyrillic(text: str) -> str:
    """Convert an Uzbek Latin string (any apostrophe style) to Uzbek Cyrillic."""
    s = re.sub(r"[ʻ’‘`ʼ]", "'", text)
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        low = s[i:i + 2].lower()
        upper = ch.isupper()
        rep = None
        for lat, cyr in _UZ_MULTI:
            if low == lat:
                rep, step = cyr, 2
                break
        if rep is None:
            c = ch.lower()
            word_start = i == 0 or not s[i - 1].isalpha()
            if c == "e" and word_start:
                rep = "э"
            elif c == "'":
                rep = "ъ"
            else:
                rep = _UZ_CYR.get(c, ch)
            step = 1
        out.append(rep.upper() if upper else rep)
        i += step
    return "".join(out)


# ---------------------------------------------------------------- typos
_SUB_LATIN = dict(a="e", e="a", i="y", y="i", u="o", o="u", k="q", q="k", h="kh", s="z", n="m", r="l")
_SUB_CYR = dict(е="и", и="е", а="о", о="а", у="ю", к="х", с="з", н="м", ш="щ")
_SUB_AR = {"ب": "ت", "ت": "ث", "ن": "ت", "ي": "ى", "ح": "خ", "خ": "ح", "ج": "ح", "س": "ش",
           "ش": "س", "ر": "ز", "ز": "ر", "د": "ذ", "ق": "ف", "ا": "أ", "أ": "ا", "ە": "ې",
           "ې": "ى", "ى": "ې", "ۇ": "ۈ", "ۈ": "ۇ", "و": "ۇ", "گ": "ك", "ك": "گ", "ھ": "ح"}
_SUB_CN = {"提": "题", "买": "麦", "尔": "儿", "古": "固", "丽": "莉", "木": "穆", "克": "可",
           "尼": "妮", "合": "和", "依": "伊", "吐": "图", "热": "惹", "江": "疆", "阿": "啊"}


def typo(text: str, script: str, rng) -> str:
    """Apply one keyboard/OCR-like error to a letter of ``text``."""
    pos = [i for i, c in enumerate(text) if c.isalpha()]
    if len(pos) < 3:
        return text
    if script == "cn":
        cand = [i for i in pos if text[i] in _SUB_CN]
        if not cand:
            return text
        i = rng.pick(cand)
        return text[:i] + _SUB_CN[text[i]] + text[i + 1:]
    subs = {"latin": _SUB_LATIN, "cyr": _SUB_CYR}.get(script, _SUB_AR)
    i = rng.pick(pos[1:])
    op = rng.pick(["drop", "double", "swap", "sub", "sub"])
    if op == "drop":
        return text[:i] + text[i + 1:]
    if op == "double":
        return text[:i] + text[i] + text[i:]
    if op == "swap" and i + 1 < len(text) and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    c = text[i]
    rep = subs.get(c.lower())
    if rep is None:
        return text[:i] + text[i + 1:]
    return text[:i] + (rep.upper() if c.isupper() else rep) + text[i + 1:]
