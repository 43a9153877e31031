# ruff: noqa: E501  (hand-written transliteration tables, several entries per line)
"""Transliteration helpers written for the kazakh_hui probe (no code from the Unseen repo)."""

CYR_VOW = set("аәеёиоөуұүыіэюя")

# Latin styles a typist might use for Kazakh / Kyrgyz / Russian Cyrillic
LAT_STYLES = [
    # Kazakhstan passport-like (ICAO-ish)
    dict(ae="a", gh="g", ye="ye", zh="zh", y="i", q="k", ng="n", oe="o", ue="u", kh="kh", h="kh",
         yy="y", yu="yu", ya="ya", w="u", j="zh"),
    # scholarly-ish / NGO researcher
    dict(ae="a", gh="gh", ye="e", zh="zh", y="y", q="q", ng="ng", oe="o", ue="u", kh="kh", h="h",
         yy="y", yu="yu", ya="ya", w="w", j="zh"),
    # ad hoc English
    dict(ae="ae", gh="g", ye="ye", zh="j", y="y", q="q", ng="ng", oe="o", ue="u", kh="h", h="h",
         yy="i", yu="yu", ya="ya", w="w", j="j"),
    # 2021 Kazakh Latin-ish with diacritics
    dict(ae="ä", gh="ğ", ye="e", zh="j", y="i", q="q", ng="ñ", oe="ö", ue="ü", kh="h", h="h",
         yy="y", yu="iu", ya="ia", w="u", j="j"),
]
LAT_STYLE_W = [0.45, 0.25, 0.2, 0.1]


# letters each Latin style writes its own way (е and у depend on their place as well)
STYLE_KEY = {"ә": "ae", "ғ": "gh", "ж": "zh", "й": "y", "қ": "q", "ң": "ng", "ө": "oe", "ү": "ue", "х": "kh",
             "һ": "h", "ы": "yy", "ю": "yu", "я": "ya"}


def pick_lat_style(rng):
    st = dict(rng.choices(LAT_STYLES, LAT_STYLE_W)[0])
    if rng.random() < 0.35:  # typists are inconsistent
        k = rng.choice(list(st))
        st[k] = rng.choice(LAT_STYLES[:3])[k]
    return st


def cyr_to_lat(word, st):
    w = word.lower()
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        init = i == 0 or not prev.isalpha()
        m = {
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ё": "yo", "з": "z", "и": "i",
            "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
            "т": "t", "ұ": "u", "ф": "f", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
            "і": "i", "ь": "", "э": "e",
        }
        if ch in m:
            o = m[ch]
        elif ch == "е":
            o = st["ye"] if init else "e"
        elif ch == "у":
            o = st["w"] if (prev in CYR_VOW and prev not in "уұүю") else "u"
        elif ch in STYLE_KEY:
            o = st[STYLE_KEY[ch]]
        else:
            o = ch
        out.append(o)
    return "".join(out)


KK_TO_RU = str.maketrans({"ә": "а", "Ә": "А", "ғ": "г", "Ғ": "Г", "қ": "к", "Қ": "К", "ң": "н", "Ң": "Н",
                          "ө": "о", "Ө": "О", "ұ": "у", "Ұ": "У", "ү": "у", "Ү": "У", "һ": "х", "Һ": "Х",
                          "і": "и", "І": "И"})
KY_TO_RU = str.maketrans({"ң": "н", "Ң": "Н", "ө": "о", "Ө": "О", "ү": "у", "Ү": "У"})
# Kazakh -> Kyrgyz spelling (Kyrgyz keeps ң ө ү only)
KK_TO_KY = str.maketrans({"ә": "а", "Ә": "А", "ғ": "г", "Ғ": "Г", "қ": "к", "Қ": "К", "ұ": "у", "Ұ": "У",
                          "һ": "х", "Һ": "Х", "і": "и", "І": "И"})


def kk_to_ru(s): return s.translate(KK_TO_RU)
def ky_to_ru(s): return s.translate(KY_TO_RU)
def kk_to_ky(s): return s.translate(KK_TO_KY)


# ---- Uyghur ----
ULY_DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")
ULY_VOW = set("aeéiouöü")


def uly_tokens(s):
    s = s.lower()
    i, out = 0, []
    while i < len(s):
        if s[i:i + 2] in ULY_DIGRAPHS:
            out.append(s[i:i + 2])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return out


UY_AR = {"a": "ا", "e": "ە", "é": "ې", "i": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "b": "ب", "p": "پ",
         "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر", "z": "ز", "zh": "ژ", "s": "س", "sh": "ش",
         "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ",
         "w": "ۋ", "v": "ۋ", "y": "ي"}
UY_CYR = {"a": "а", "e": "ә", "é": "е", "i": "и", "o": "о", "u": "у", "ö": "ө", "ü": "ү", "b": "б", "p": "п",
          "t": "т", "j": "җ", "ch": "ч", "x": "х", "d": "д", "r": "р", "z": "з", "zh": "ж", "s": "с", "sh": "ш",
          "gh": "ғ", "f": "ф", "q": "қ", "k": "к", "g": "г", "ng": "ң", "l": "л", "m": "м", "n": "н", "h": "һ",
          "w": "в", "v": "в", "y": "й"}
UYCYR_TO_RU = str.maketrans({"ә": "а", "җ": "дж", "ғ": "г", "қ": "к", "ң": "н", "һ": "х", "ө": "о", "ү": "у",
                             "Ә": "А", "Җ": "Дж", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Һ": "Х", "Ө": "О", "Ү": "У"})


def uly_to_arabic(s):
    words = []
    for w in s.split():
        out, prev_v = [], True
        for t in uly_tokens(w):
            if t in ULY_VOW:
                if prev_v:
                    out.append("ئ")
                out.append(UY_AR[t])
                prev_v = True
            else:
                out.append(UY_AR.get(t, ""))
                prev_v = False
        words.append("".join(out))
    return " ".join(words)


def uly_to_cyr(s):
    words = []
    for w in s.split():
        toks = uly_tokens(w)
        out = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "y" and i + 1 < len(toks) and toks[i + 1] in ("a", "u"):
                out.append("я" if toks[i + 1] == "a" else "ю")
                i += 2
                continue
            out.append(UY_CYR.get(t, t))
            i += 1
        c = "".join(out)
        words.append(c[:1].upper() + c[1:])
    return " ".join(words)


def uycyr_to_ru(s): return s.translate(UYCYR_TO_RU)


def uly_variant(s, rng):
    """Uyghur Latin as an English-language typist writes it."""
    q = rng.choice(["q", "k"])
    x = rng.choice(["x", "kh", "h"])
    gh = rng.choice(["gh", "g"])
    e2 = rng.choice(["é", "e"])
    oo = rng.choice(["ö", "o"])
    uu = rng.choice(["ü", "u"])
    m = {"q": q, "x": x, "gh": gh, "é": e2, "ö": oo, "ü": uu, "zh": rng.choice(["zh", "j"]),
         "w": rng.choice(["w", "v"])}
    words = []
    for w in s.split():
        c = "".join(m.get(t, t) for t in uly_tokens(w))
        words.append(c[:1].upper() + c[1:])
    return " ".join(words)


KK_TO_ULY = {"а": "a", "ә": "e", "б": "b", "в": "w", "г": "g", "ғ": "gh", "д": "d", "е": "é", "ё": "yo",
             "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ng",
             "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "ü", "ф": "f",
             "х": "x", "һ": "h", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "і": "i", "ь": "",
             "э": "e", "ю": "yu", "я": "ya"}


def kk_to_uly(s):
    out = []
    for w in s.split():
        lw = w.lower()
        r = []
        for i, ch in enumerate(lw):
            if ch == "у" and i > 0 and lw[i - 1] in CYR_VOW:
                r.append("w")
            else:
                r.append(KK_TO_ULY.get(ch, ch))
        c = "".join(r)
        out.append(c[:1].upper() + c[1:])
    return " ".join(out)


# ---- pinyin -> Cyrillic ----
INITS = ("zh", "ch", "sh") + tuple("bpmfdtnlgkhjqxrzcsyw")
PAL_INIT = {"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
            "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз",
            "c": "ц", "s": "с"}
PAL_FIN = {"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
           "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е",
           "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у",
           "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан",
           "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь"}
PAL_ZERO = {"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь",
            "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю",
            "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ",
            "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
            "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн"}
KKC_INIT = dict(PAL_INIT, j="ж", q="ч", x="ш", zh="ж", z="з")
KKC_FIN = {"a": "а", "o": "о", "e": "е", "ai": "ай", "ei": "ей", "ao": "ау", "ou": "оу", "an": "ан", "en": "ен",
           "ang": "аң", "eng": "ең", "ong": "уң", "er": "ер", "i": "и", "ia": "иа", "ie": "ие", "iao": "иау",
           "iu": "иу", "ian": "иан", "in": "ин", "iang": "иаң", "ing": "иң", "iong": "иуң", "u": "у", "ua": "уа",
           "uo": "уо", "uai": "уай", "ui": "уй", "uan": "уан", "un": "ун", "uang": "уаң", "v": "ү", "ve": "үе",
           "van": "үан", "vn": "үн"}
KKC_ZERO = dict(PAL_ZERO, e="е", ei="ей", en="ен", er="ер", yang="яң", ying="иң", yong="юң", yu="ү", yue="үе",
                yuan="үан", yun="үн", wa="уа", wo="уо", wai="уай", wei="уей", wan="уан", wen="уен", wang="уаң",
                weng="уең", yao="яу", ang="аң", ao="ау", an="ан", ya="я", yan="ян", yin="ин")


def _split(s):
    for ini in INITS:
        if s.startswith(ini) and ini not in ("y", "w"):
            return ini, s[len(ini):]
    return "", s


def py_syl_cyr(s, kind="pal"):
    zero, init_t, fin_t = (PAL_ZERO, PAL_INIT, PAL_FIN) if kind == "pal" else (KKC_ZERO, KKC_INIT, KKC_FIN)
    s = s.replace("ü", "v")
    if s in zero:
        return zero[s]
    ini, fin = _split(s)
    if ini in ("j", "q", "x") and fin.startswith("u"):
        fin = "v" + fin[1:]
    if fin == "i" and ini in ("z", "c", "s", "zh", "ch", "sh", "r"):
        if kind == "pal":
            return init_t[ini] + ("ы" if ini in ("z", "c", "s") else "и")
        return init_t[ini] + "ы"
    if kind == "pal" and ini == "h" and fin == "ui":
        return "хуэй"
    return init_t.get(ini, ini) + fin_t.get(fin, fin)


def py_word_cyr(syls, kind="pal"):
    w = "".join(py_syl_cyr(s, kind) for s in syls.split())
    return w[:1].upper() + w[1:]


def py_word(syls, apostrophe=False):
    parts = syls.split()
    out = parts[0]
    for p in parts[1:]:
        if apostrophe and p[0] in "aoe":
            out += "'"
        out += p
    return out[:1].upper() + out[1:]


# ---- typos ----
LAT_NEAR = {"a": "eo", "e": "ai", "i": "ey", "o": "au", "u": "oi", "n": "m", "m": "n", "s": "z", "z": "s",
            "k": "q", "q": "k", "t": "d", "d": "t", "b": "p", "l": "r", "r": "l", "h": "kh", "y": "i"}
CYR_NEAR = {"а": "о", "о": "а", "е": "э", "и": "ы", "ы": "и", "н": "м", "м": "н", "с": "з", "з": "с",
            "к": "қ", "қ": "к", "т": "д", "л": "р", "р": "л", "ұ": "у", "у": "ұ", "і": "и", "ә": "а", "ж": "ш"}


def typo(word, rng):
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    c = word[i]
    r = rng.random()
    near = CYR_NEAR if "\u0400" <= c <= "\u04ff" else LAT_NEAR
    if r < 0.45 and c.lower() in near:
        n = rng.choice(near[c.lower()])
        if c.isupper():
            n = n.upper()
        return word[:i] + n + word[i + 1:]
    if r < 0.75:
        return word[:i] + word[i + 1:]
    return word[:i] + c + word[i:]
