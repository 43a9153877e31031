"""A cross-script key for facility names: 塔木其培训中心, Tamchi camp and Учебный центр Тамчи agree.

Sources name a facility by its proper name (most often the place it stands in), a number, and
words that say what kind of facility it is or which administrative unit runs it (camp, VETC,
prison, 看守所, 职业技能教育培训中心, лагері, قاماقخانىسى, county, 地区 ...), in their own script.
Those words are dropped; the number is read whichever way it is written (No.1, No 1, #1, first,
第一, №1); what is left is looked up in the place gazetteer (阿克苏地区看守所 and Aksu jail both
stand in Aksu) or keyed by sound through `unseen.names`. Witnesses mix up the kinds (a detention
centre is "the camp"), so the kind is not part of the key. In the project database the case app
can pass its own facility ids instead, which are exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from unseen.linkage.gazetteer import ZH_PROVINCE, ZH_UNITS, default_gazetteer, fold_place, has_han

__all__ = ["GENERIC_WORDS", "facility_key", "facility_place", "facility_region"]

# Kinds of facility and administrative words, in English, Turkish, Uyghur (Latin and Arabic script),
# Kazakh and Russian; compared casefolded, word by word.
GENERIC_WORDS = frozenset((
    "the", "a", "an", "of", "in", "at", "and", "no", "number", "nr", "camp", "camps", "prison", "prisons",
    "jail", "gaol", "detention", "detained", "centre", "center", "centres", "centers", "education",
    "educational", "vocational", "skills", "skill", "training", "re-education", "reeducation",
    "transformation", "political", "school", "internment", "concentration", "facility", "facilities",
    "lager", "labour", "labor", "reform", "police", "station", "bureau", "vetc", "vtc", "ptc", "county",
    "city", "prefecture", "prefectural", "district", "region", "regional", "municipal", "autonomous",
    "xinjiang", "uyghur", "uighur", "kamp", "kampı", "kampi", "cezaevi", "hapishane", "hapishanesi",
    "toplama", "eğitim", "egitim", "merkezi", "gözaltı", "gozalti", "ilçe", "il", "lagéri", "lageri",
    "türmisi", "turmisi", "türme", "turme", "terbiyilesh", "merkizi", "qamaqxanisi",
    "qamaqxana", "jaza", "yighiwélish", "yighiwelish", "kespiy", "téxnika", "maarip", "nahiye", "nahiyisi",
    "sheher", "shehiri", "wilayet", "wilayiti", "лагері", "лагерь", "лагеря", "түрмесі", "түрме",
    "оқу", "орталығы", "тергеу", "изоляторы", "изолятор", "қамау", "ауданы", "аудандық", "облысы",
    "қаласы", "сизо", "тюрьма", "учебный", "центр", "профобучения", "исправительная", "колония",
    "следственный", "район", "города", "области", "تۈرمىسى", "تۈرمە", "تەربىيىلەش", "مەركىزى",
    "قاماقخانىسى", "قاماقخانا", "لاگېرى", "لاگىرى", "يىغىۋېلىش", "كەسپىي", "تېخنىكا", "مائارىپ",
    "ۋىلايەتلىك", "ناھىيەلىك", "شەھەرلىك",
)) | frozenset((
    # The Chinese kinds and units in pinyin, as lists copied from Chinese write them ("Kashi Di Yi
    # Zhiye Jineng Jiaoyu Peixun Zhongxin" is 喀什第一职业技能教育培训中心): words like any other here,
    # and otherwise read as place names by sound (Peixun came out as Pishan, Zhiye as Shaya).
    "zhiye", "jineng", "jiaoyu", "peixun", "zhongxin", "jiaopei", "zhuanhua", "kanshousuo", "jianyu",
    "juliusuo", "jiedusuo", "qiangzhi", "geli", "xuexiao", "jizhongying", "fenju", "gonganju", "gong'anju",
    "paichusuo", "laogai", "laojiao", "weiwuer", "weiwu'er", "xian", "shi", "diqu", "qu", "zhou", "zizhizhou",
    "zizhiqu", "zizhixian", "xiang", "zhen", "cun",
)) | frozenset((
    # More kinds, and the province, as Uyghur (Latin, Arabic and Cyrillic script), Kazakh, Kyrgyz,
    # Uzbek, Turkish, Russian, German, French and Arabic write them: "Qeshqerdiki lagér", "саяси
    # лагерь", "Yépiq terbiyilesh lagéri", "Shinjang 1-türmisi", "Haftanstalt Schajar", "İli 1 No'lu
    # kamp", "camp d'internement de Turpan", "معسكر إعادة التأهيل في نيا", "السجن رقم 1".
    "lagér", "lagër", "lagëri", "lagerі", "лагер", "лагери", "лагерi", "لاگېر", "لاگەر", "لاگەرى",
    "لاگېري", "yépiq", "yepiq", "يېپىق", "يەپىق", "йепиқ", "саяси", "sayasi", "saiasi", "siyasi", "siyosiy",
    "yighiwëlish", "tergeý", "ızolıatory", "izolyator", "qamoqxona", "qamoqxonasi", "türmesi", "turmesi",
    "түрмөсү", "түрмиси", "тәрбийиләш", "тәрбиелеу", "қайта", "кайра", "тарбиялоо", "no'lu", "nolu",
    "numaralı", "numarali", "shinjang", "sincan", "шыңжаң", "шинжаң", "شىنجاڭ", "синьцзян",
    "синьцзянская", "синьцзянский", "перевоспитания", "политический", "концлагерь", "haftanstalt",
    "umerziehungslager", "internierungslager", "gefängnis", "gefangnis", "d'internement",
    "internement", "rééducation", "détention", "de", "du", "la", "le", "des",
    "معسكر", "معسكرات", "اعتقال", "إعادة", "اعادة", "التأهيل", "التاهيل", "تأهيل", "في", "مركز", "احتجاز",
    "السجن", "سجن", "رقم", "شينجيانغ", "son", "сон", "қамоқхонаси", "қамоқхона", "шинжон", "шинҗаң", "şyñjañ",
    "shyngzhang", "shinjon", "türmesı", "түрмө", "الاحتجاز", "қалалық", "облыстық", "оқыту",
    "nahiyilik", "wilayetlik", "shehirlik", "sheherlik", "qalalyq", "audandyq", "oqytu",
))
# Words that name one kind of facility in several languages, read as one word: the women's prison
# (女子监狱, Women's Prison, Ayallar türmisi, Kadın Cezaevi, Әйелдер түрмесі, Nuzi Jianyu).
_SAME_WORDS = {w: "women" for w in (
    "女子", "女", "women's", "womens", "women", "woman's", "ayallar", "ئاياللار", "аяллар", "kadın", "kadin",
    "әйелдер", "nuzi", "nüzi", "женская", "frauen", "femmes", "نساء", "النساء",
)}
# "in": the Uyghur, Kazakh, Kyrgyz and Turkish locative that makes a place a facility's name
# (Qeshqerdiki lagér, قەشقەردىكى لاگېر, Қәшқәрдики лагер, Kaşgar'daki kamp): cut from the place.
_LOCATIVE = re.compile(
    r"(?<=\w\w)(?:['’]?(?:diki|tiki|daki|deki|taki|teki|dagi|tagi)|дики|тики|дағы|дегі|тағы|тегі|даги|деги"
    r"|[دت][ىيی][كک][ىيی])$"
)
# Chinese kinds and units, longest first, cut from the end (and units from anywhere) of a name.
_ZH_KINDS = tuple(sorted((
    "看守所", "监狱", "監獄", "拘留所", "戒毒所", "强制隔离戒毒所",
    "培训中心", "教培中心", "教育培训中心", "技能培训中心",
    "职业技能教育培训中心", "職業技能教育培訓中心",
    "教育转化中心", "教育转化培训中心", "转化中心", "集中营",
    "学校", "中心", "营", "分局", "派出所", "公安局",
), key=len, reverse=True))
_ZH_UNITS = re.compile(f"{ZH_PROVINCE}|自治区|自治區|{ZH_UNITS}")
_ZH_NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九十", start=0)}
_ZH_ORDINAL = re.compile(r"第([〇一二三四五六七八九十]+|\d+)")
# 第一 in pinyin (Di Yi, Diyi, Di-shiyi): the syllables are the Chinese numerals, read as those.
_PINYIN_DIGITS = {"ling": "〇", "yi": "一", "er": "二", "san": "三", "si": "四", "wu": "五", "liu": "六",
                  "qi": "七", "ba": "八", "jiu": "九", "shi": "十"}
_PINYIN_DIGIT = "shi|si|ling|liu|yi|er|san|wu|qi|ba|jiu"
_PINYIN_ORDINAL = re.compile(rf"\bdi[\s-]*((?:{_PINYIN_DIGIT}){{1,3}})\b")
_ORDINAL_WORDS = {w: i for i, w in enumerate(
    ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
)}
_NUMBER = re.compile(r"(?:no\.?|nr\.?|n°|number|#|№)?\s*(\d+)(?:st|nd|rd|th)?", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’-]+")


def facility_key(text: str) -> str:
    """The key of a facility's place or proper name, with its number if it has one; '' for none."""
    return _key(unicodedata.normalize("NFC", text.strip()).casefold())


_NUMBER_SUFFIX = re.compile(r"#\d+$")


def facility_place(key: str) -> str:
    """A facility key without its number: Kashgar camp and Kashgar camp No. 1 may be one, a witness
    not knowing the number (see `comparisons._facility`)."""
    return _NUMBER_SUFFIX.sub("", key)


def facility_region(key: str) -> str:
    """The region (prefecture) of a facility keyed by its place, as a facility key ('@kashgar' for
    Yarkand camp No. 2 and for "a camp in Kashgar"); '' where the place is not a listed one."""
    if not key.startswith("@"):
        return ""
    region = default_gazetteer().region(facility_place(key)[1:])
    return f"@{region}" if region else ""


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    if not text:
        return ""
    text, number = _without_number(text)
    tokens = (w.strip("-") for w in _TOKEN.findall(_strip_zh(text)))  # 1-türmisi: the number is gone
    words = [_SAME_WORDS.get(w) or _LOCATIVE.sub("", w) for w in tokens
             if w and w not in GENERIC_WORDS and w not in _ORDINAL_WORDS]
    proper = [_strip_zh(w) for w in words]
    suffix = f"#{number}" if number is not None else ""
    place = _place(proper)
    if place:
        return f"@{place}{suffix}"
    joined = "".join(proper)
    if not joined:
        return suffix  # "the camp", "Xinjiang No.1 Prison": a number at most, no name
    return (_part_key()(joined) or fold_place(joined)) + suffix


def _without_number(text: str) -> tuple[str, int | None]:
    """The name without its number, and the number (第三, Di San, No. 3, #3, 3rd, third, №3 are all 3)."""
    m = _ZH_ORDINAL.search(text)
    if m:
        digits = m.group(1)
        number = int(digits) if digits.isdigit() else _zh_number(digits)
        return text[: m.start()] + " " + text[m.end():], number
    m = _PINYIN_ORDINAL.search(text)
    if m:
        numeral = "".join(_PINYIN_DIGITS[s] for s in re.findall(_PINYIN_DIGIT, m.group(1)))
        return text[: m.start()] + " " + text[m.end():], _zh_number(numeral)
    m = _NUMBER.search(text)
    if m:
        return text[: m.start()] + " " + text[m.end():], int(m.group(1))
    for word in _TOKEN.findall(text):
        if word in _ORDINAL_WORDS:
            return text, _ORDINAL_WORDS[word]
    return text, None


def _zh_number(numeral: str) -> int:
    """一 .. 九十九 written in Chinese numerals."""
    if "十" not in numeral:
        return int("".join(str(_ZH_NUMERALS[c]) for c in numeral))
    tens, _, ones = numeral.partition("十")
    return (_ZH_NUMERALS[tens] if tens else 1) * 10 + (_ZH_NUMERALS[ones] if ones else 0)


def _strip_zh(text: str) -> str:
    """A Chinese name without its kind words at the end and its administrative units anywhere."""
    changed = True
    while changed:
        changed = False
        for kind in _ZH_KINDS:
            if text.endswith(kind):
                text, changed = text[: -len(kind)], True
                break
    return _ZH_UNITS.sub(" ", text).strip() if has_han(text) else text


def _place(words: list[str]) -> str | None:
    """The gazetteer key of the most specific known place among the words (the last one named:
    Urumqi Dabancheng, 乌鲁木齐达坂城), or of all of them together (Yangi Shahar)."""
    if not words:
        return None
    gazetteer = default_gazetteer()
    for candidate in (" ".join(words), *reversed([w for part in words for w in part.split()])):
        key = gazetteer.key(candidate)
        if key and not key.startswith("~"):
            return key
    return None


@lru_cache(maxsize=1)
def _part_key() -> Callable[[str], str]:
    try:
        from unseen.names import part_key, to_latin
    except ImportError:
        return fold_place

    def key(text: str) -> str:
        return str(part_key(to_latin(text).replace(" ", "")))

    return key
