"""Writing-system converters and typo models for the diaspora_lists probe (written from scratch)."""

import re

import numpy as np

from .lexicon import PALLADIUS


def uly_tokens(word: str) -> list[str]:
    """ULY Latin word -> letters (digraphs kept whole, apostrophe separators dropped)."""
    return re.findall(r"ch|sh|gh|ng|zh|[^']", word.lower())


def cap(word: str, turkish: bool = False) -> str:
    if not word:
        return word
    if turkish and word[0] == "i":
        return "İ" + word[1:]
    return word[0].upper() + word[1:]


def per_word(text: str, fn, turkish: bool = False) -> str:
    """Convert word by word; a word keeps an initial capital only if it had one (so 'uulu' stays small)."""
    words = text.split(" ")
    out = [fn(w).lower() for w in words]
    return " ".join(cap(o, turkish) if w[:1].isupper() else o for o, w in zip(out, words, strict=True))


UY_VOWELS = set("aeéiouöü")
AR = dict(a="ا", e="ە", é="ې", i="ى", o="و", u="ۇ", ö="ۆ", ü="ۈ", b="ب", p="پ", t="ت", j="ج", ch="چ", x="خ",
          d="د", r="ر", z="ز", zh="ژ", s="س", sh="ش", gh="غ", f="ف", q="ق", k="ك", g="گ", ng="ڭ", l="ل",
          m="م", n="ن", h="ھ", w="ۋ", v="ۋ", y="ي", c="س")


def uly_to_arabic(text: str) -> str:
    """Uyghur Ereb Yéziqi: vowels at word start or after a vowel carry the hamza seat ئ."""
    def conv(word):
        out, prev_vowel = [], True
        for t in uly_tokens(word):
            if t in UY_VOWELS:
                out.append(("ئ" if prev_vowel else "") + AR[t])
                prev_vowel = True
            else:
                out.append(AR.get(t, t))
                prev_vowel = False
        return "".join(out)
    return per_word(text, conv)


def uly_map(text: str, table: dict[str, str], turkish: bool = False) -> str:
    return per_word(text, lambda w: "".join(table.get(t, t) for t in uly_tokens(w)), turkish)


def uly_to_yengi(text: str, schwa: bool) -> str:
    """Yengi Yeziq as typed in ASCII-ish form: sh->x, ch->q, x->h, q->k; e sometimes as ə."""
    return uly_map(text, dict(sh="x", ch="q", x="h", q="k", é="e", zh="j", ö="ɵ", e="ə" if schwa else "e"))


def uly_to_turkish(text: str) -> str:
    tr = dict(sh="ş", ch="ç", gh="ğ", q="k", x="h", w="v", j="c", zh="j", é="e")
    return uly_map(text, tr, turkish=True)


def uly_to_english(text: str, rng: np.random.Generator) -> str:
    """Ad-hoc English spelling: one set of habits per call (q/k, x/kh/h, gh/g, é/e/i, ö/o/u)."""
    m = dict(q="q" if rng.random() < .4 else "k", x=["kh", "h", "x"][rng.integers(3)],
             gh="gh" if rng.random() < .7 else "g", é="e" if rng.random() < .7 else "i",
             ö="o" if rng.random() < .6 else "u", ü="u", zh="zh" if rng.random() < .5 else "j")
    broad = rng.random() < .15       # Memet -> Mamat
    def conv(word):
        toks = uly_tokens(word)
        return cap("".join("a" if (t == "e" and broad and 0 < i < len(toks) - 1) else m.get(t, t)
                           for i, t in enumerate(toks)))
    return per_word(text, conv)


RU = dict(a="а", e="е", é="е", i="и", o="о", u="у", ö="о", ü="у", b="б", p="п", t="т", j="дж", ch="ч",
          x="х", d="д", r="р", z="з", zh="ж", s="с", sh="ш", gh="г", f="ф", q="к", k="к", g="г", ng="н",
          l="л", m="м", n="н", h="х", w="в", v="в", y="й", c="ц")
RU_Y = dict(a="я", u="ю", e="е", é="е", o="ё", i="и")


def uly_to_russian(text: str, broad: bool) -> str:
    """Russian press transliteration; 'broad' writes Uyghur e as а (Мамет, Абдурахман)."""
    def conv(word):
        toks, out, i = uly_tokens(word), [], 0
        while i < len(toks):
            t = toks[i]
            if t == "y" and i + 1 < len(toks) and toks[i + 1] in RU_Y:
                out.append(RU_Y[toks[i + 1]])
                i += 2
                continue
            if t == "e" and i == 0:
                out.append("а" if broad and len(toks) > 1 and toks[1] == "h" else "э")
            elif t == "e" and broad and i < len(toks) - 1:
                out.append("а")
            else:
                out.append(RU.get(t, t))
            i += 1
        return cap("".join(out))
    return per_word(text, conv)


def uly_to_german(text: str) -> str:
    de = dict(sh="sch", ch="tsch", j="dsch", y="j", x="ch", zh="sch", z="s", q="k", é="e", v="w")
    return uly_map(text, de)


def uly_to_kazakh(text: str) -> str:
    """Uyghur name as a Kazakh clerk writes it in Cyrillic (Тұрсын, Мемет)."""
    return uly_map(text, dict(a="а", e="е", é="е", i="и", o="о", u="ұ", ö="ө", ü="ү", q="қ", gh="ғ",
                              ng="ң", x="х", h="х", j="ж", sh="ш", ch="ч", zh="ж", y="й", w="у", v="в",
                              b="б", p="п", t="т", d="д", r="р", z="з", s="с", f="ф", k="к", g="г", l="л",
                              m="м", n="н", c="ц"))


def _table(spec: str) -> dict[str, str]:
    pairs = (p.split(":") for p in spec.split())
    return {k: "" if v == "_" else v for k, v in pairs}


# Kazakh / Kyrgyz Cyrillic to other forms.
CYR_EN = _table("а:a ә:a б:b в:v г:g ғ:g д:d е:e ё:yo ж:zh з:z и:i й:y к:k қ:k л:l м:m н:n ң:n о:o ө:o "
                "п:p р:r с:s т:t у:u ұ:u ү:u ф:f х:kh һ:h ц:ts ч:ch ш:sh щ:shch ъ:_ ы:y і:i ь:_ э:e "
                "ю:yu я:ya")
CYR_KZ18 = _table("а:a ә:á б:b в:v г:g ғ:ǵ д:d е:e ё:ıo ж:j з:z и:ı й:ı к:k қ:q л:l м:m н:n ң:ń о:o ө:ó п:p "
                  "р:r с:s т:t у:ý ұ:u ү:ú ф:f х:h һ:h ц:ts ч:ch ш:sh щ:shch ъ:_ ы:y і:i ь:_ э:e ю:ıý я:ıa")
CYR_TR = _table("а:a ә:e б:b в:v г:g ғ:ğ д:d е:e ё:yo ж:j з:z и:i й:y к:k қ:k л:l м:m н:n ң:n о:o ө:ö п:p "
                "р:r с:s т:t у:u ұ:u ү:ü ф:f х:h һ:h ц:ts ч:ç ш:ş щ:ş ъ:_ ы:ı і:i ь:_ э:e ю:yu я:ya")
CYR_ULY = _table("а:a ә:e б:b в:w г:g ғ:gh д:d е:e ё:yo ж:j з:z и:i й:y к:k қ:q л:l м:m н:n ң:ng о:o ө:ö "
                 "п:p р:r с:s т:t у:u ұ:u ү:ü ф:f х:x һ:h ц:s ч:ch ш:sh щ:sh ъ:_ ы:i і:i ь:_ э:e ю:yu я:ya")
CYR_DE = _table("а:a б:b в:w г:g д:d е:e ё:jo ж:sh з:s и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f "
                "х:ch ц:z ч:tsch ш:sch щ:schtsch ъ:_ ы:y ь:_ э:e ю:ju я:ja")
KZ_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def cyr_map(text: str, table: dict[str, str], turkish: bool = False, initial_ye: bool = False) -> str:
    def conv(word):
        w = word.lower()
        out = "".join(table.get(c, c) for c in w)
        if initial_ye and w[:1] == "е":
            out = "y" + out
        return out
    return per_word(text, conv, turkish)


def cyr_to_russian(text: str) -> str:
    return text.translate(KZ_TO_RU)


# Chinese: pinyin of Han given names, Palladius, and a rough Uyghur-script rendering of pinyin.
def pinyin_to_russian(syllables: list[str]) -> str:
    return "".join(PALLADIUS.get(s, s) for s in syllables)


PY_INITIAL = dict(zh="j", ch="ch", sh="sh", h="x", j="j", q="ch", x="sh", c="ts")
PY_FINAL = dict(ian="yen", ie="ye", iu="yu", ui="uy", ao="aw", ou="ow", ong="ung", ei="éy", eng="éng")


def pinyin_to_uly(syllables: list[str]) -> str:
    """Rough Uyghur-Latin spelling of Mandarin syllables (Wang Jianguo -> Wang Jyen'go), for Arabic script."""
    out = []
    for s in syllables:
        ini = next((i for i in ("zh", "ch", "sh") if s.startswith(i)), s[0] if s[0] not in "aeiou" else "")
        fin = s[len(ini):]
        fin = PY_FINAL.get(fin, fin)
        if ini in ("j", "q", "x") and fin.startswith("u"):
            fin = "ü" + fin[1:]
        out.append(PY_INITIAL.get(ini, ini) + fin)
    return "".join(out)


# Typos.
LAT_V, CYR_V, AR_V = "aeiou", "аеиоуыэі", "اەېىوۇۆۈ"
ZH_HOMOPHONE = dict(zip("提尔力克斯孜买古依木江汗艾吐热甫迪丽娜玉",
                        "堤儿丽可思子麦姑伊穆疆罕爱图惹夫地莉那于", strict=True))


def typo(text: str, rng: np.random.Generator) -> str:
    """One keyboard/hearing slip: drop, double, swap neighbours or change a vowel (homophone for Chinese)."""
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        idx = [i for i, c in enumerate(text) if c in ZH_HOMOPHONE]
        if not idx:
            return text
        i = idx[rng.integers(len(idx))]
        return text[:i] + ZH_HOMOPHONE[text[i]] + text[i + 1:]
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 4]
    if not cand:
        return text
    wi = cand[rng.integers(len(cand))]
    w = words[wi]
    p = int(rng.integers(1, len(w) - 1))        # never touch the first letter
    op = rng.choice(["drop", "double", "swap", "vowel"], p=[.3, .25, .2, .25])
    if op == "drop":
        w = w[:p] + w[p + 1:]
    elif op == "double":
        w = w[:p + 1] + w[p] + w[p + 1:]
    elif op == "swap" and p + 1 < len(w):
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    else:
        for vs in (LAT_V, CYR_V, AR_V):
            pos = [i for i in range(1, len(w)) if w[i] in vs]
            if pos:
                i = pos[rng.integers(len(pos))]
                w = w[:i] + rng.choice([v for v in vs if v != w[i]]) + w[i + 1:]
                break
    words[wi] = w
    return " ".join(words)
