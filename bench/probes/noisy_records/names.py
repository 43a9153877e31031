"""Invented name inventories for the noisy_records probe.

Every name here is an ordinary given name; the people built from them are synthetic.
Uyghur names are stored in Uyghur Latin (ULY) with "|" marking a compound boundary
(Abdu|rehim, Tursun|gül), together with a Chinese transcription whose compound boundary
is also marked.  Kazakh and Kyrgyz names are stored in their native Cyrillic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NameEntry:
    """One given name with its renderings."""

    key: str
    sex: str  # "M" or "F"
    eth: str  # "uyghur", "kazakh", "kyrgyz"
    zh: str  # Chinese transcription, "|" marks a compound boundary
    uly: str = ""  # Uyghur Latin base (derived from Cyrillic for Kazakh/Kyrgyz)
    cyr: str = ""  # native Cyrillic (Kazakh/Kyrgyz only)
    tr: str = ""  # conventional Turkish spelling, if any
    en: tuple[str, ...] = field(default_factory=tuple)  # conventional English spellings
    weight: float = 1.0


# (ULY, Chinese, Turkish override, English overrides, weight)
_UY_MALE: list[tuple[str, str, str, tuple[str, ...], float]] = [
    ("Abdu|rehim", "阿不都|热依木", "Abdurrahim", ("Abdurahim", "Abdurakhim"), 3.0),
    ("Abdu|kérim", "阿不都|克里木", "Abdulkerim", ("Abdukerim", "Abdukarim"), 2.0),
    ("Abdulla", "阿不都拉", "Abdullah", ("Abdullah",), 3.0),
    ("Abdu|salam", "阿不都|萨拉木", "Abdüsselam", ("Abdusalam",), 1.0),
    ("Abdu|weli", "阿不都|外力", "", ("Abduvali",), 1.0),
    ("Abdu|qadir", "阿不都|卡德尔", "Abdulkadir", ("Abdukadir", "Abdulkadir"), 1.5),
    ("Abdu|ghopur", "阿不都|吾甫尔", "Abdulgafur", ("Abdugopur",), 1.0),
    ("Ablimit", "阿不力米提", "", ("Ablimit", "Ablemit"), 2.5),
    ("Ablet", "阿不来提", "", (), 1.5),
    ("Abliz", "阿布力孜", "", (), 1.5),
    ("Adil", "阿迪力", "", (), 1.5),
    ("Alim", "阿力木", "", (), 1.5),
    ("Arslan", "阿尔斯兰", "", (), 1.0),
    ("Barat", "巴拉提", "", (), 1.0),
    ("Bekri", "拜克力", "", (), 1.0),
    ("Dilshat", "迪力夏提", "Dilşat", (), 1.0),
    ("Ekber", "艾克拜尔", "", ("Akbar",), 1.0),
    ("Ekrem", "艾克热木", "", ("Akram",), 1.0),
    ("Eli", "艾力", "Ali", ("Ali",), 2.5),
    ("Enwer", "艾尼瓦尔", "Enver", ("Anwar", "Enver"), 1.5),
    ("Erkin", "艾尔肯", "", (), 1.5),
    ("Exmet", "艾合买提", "Ahmet", ("Ahmet", "Ehmet", "Akhmet"), 3.0),
    ("Eziz", "艾则孜", "Aziz", ("Aziz",), 1.0),
    ("Ghalip", "哈力普", "Galip", ("Galip",), 1.0),
    ("Ghopur", "吾甫尔", "Gafur", ("Gopur",), 1.0),
    ("Hashim", "哈希木", "Haşim", (), 1.0),
    ("Hesen", "艾山", "Hasan", ("Hasan", "Hassan"), 2.5),
    ("Hüsen", "吾山", "Hüseyin", ("Husen", "Hussein"), 1.5),
    ("Ilham", "伊力哈木", "İlham", (), 1.5),
    ("Imin", "依明", "Emin", ("Emin",), 2.5),
    ("Imin|jan", "依明|江", "Emincan", ("Eminjan",), 1.0),
    ("Isa", "伊沙", "İsa", (), 1.0),
    ("Ismayil", "伊斯马伊力", "İsmail", ("Ismail",), 1.5),
    ("Jappar", "加帕尔", "Cabbar", ("Jabbar",), 1.0),
    ("Jelil", "吉力力", "Celil", ("Jalil",), 1.0),
    ("Kamil", "卡米力", "", (), 1.0),
    ("Kérim", "克里木", "Kerim", ("Kerim", "Karim"), 1.5),
    ("Mehmut", "买合木提", "Mahmut", ("Mahmut", "Mahmud"), 1.5),
    ("Memet", "买买提", "Mehmet", ("Mamat", "Mehmet", "Mamet"), 3.0),
    ("Memtimin", "买提明", "Mehmetemin", ("Mamtimin",), 1.5),
    ("Mes'ud", "麦斯吾德", "Mesut", ("Masud", "Mesud"), 1.0),
    ("Mijit", "米吉提", "Mecit", ("Mejit",), 1.0),
    ("Mutellip", "木塔力甫", "Muttalip", ("Mutalip",), 1.0),
    ("Muxtar", "木合塔尔", "Muhtar", ("Mukhtar", "Muhtar"), 1.0),
    ("Nijat", "尼加提", "Necat", (), 1.0),
    ("Nur|memet", "努尔|买买提", "Nurmehmet", ("Nurmamat",), 1.5),
    ("Nur'ehmet", "努尔|艾合买提", "Nurahmet", ("Nurahmet", "Nurehmet"), 1.0),
    ("Obul", "吾布力", "", (), 1.0),
    ("Osman", "奥斯曼", "", (), 2.0),
    ("Ömer", "吾买尔", "", ("Omer", "Umar"), 1.5),
    ("Perhat", "帕尔哈提", "Ferhat", ("Parhat", "Ferhat"), 1.5),
    ("Polat", "波拉提", "", (), 1.0),
    ("Qasim", "卡斯木", "Kasım", ("Kasim",), 1.0),
    ("Qadir", "卡迪尔", "Kadir", ("Kadir",), 1.0),
    ("Qurban", "库尔班", "Kurban", ("Kurban",), 2.0),
    ("Rehman", "热合曼", "Rahman", ("Rahman",), 1.0),
    ("Rozi", "肉孜", "", (), 1.5),
    ("Rustem", "如斯塔木", "Rüstem", ("Rustam",), 1.0),
    ("Sadiq", "萨迪克", "Sadık", ("Sadik",), 1.0),
    ("Sawut", "沙吾提", "Savut", ("Savut",), 1.0),
    ("Shewket", "夏吾开提", "Şevket", ("Shawkat", "Shevket"), 1.0),
    ("Tahir", "塔依尔", "", (), 1.5),
    ("Tursun", "吐尔逊", "", (), 3.0),
    ("Tursun|jan", "吐尔逊|江", "Tursuncan", (), 1.5),
    ("Tursun|memet", "吐尔逊|买买提", "Tursunmehmet", ("Tursunmamat",), 1.0),
    ("Toxti", "托合提", "Tohti", ("Tokhti", "Tohti"), 2.0),
    ("Yalqun", "亚力坤", "Yalkun", ("Yalkun",), 1.0),
    ("Yasin", "亚森", "", (), 2.0),
    ("Yüsüp", "玉素甫", "Yusuf", ("Yusup", "Yusuf"), 2.0),
    ("Zunun", "祖农", "", (), 1.0),
]

_UY_FEMALE: list[tuple[str, str, str, tuple[str, ...], float]] = [
    ("Gül|nar", "古丽|娜尔", "", ("Gulnar",), 3.0),
    ("Gül|nisa", "古丽|尼沙", "", ("Gulnisa",), 2.5),
    ("Gül|zire", "古丽|孜热", "", (), 1.0),
    ("Gül|bahar", "古丽|巴哈尔", "", (), 1.5),
    ("Gül|mire", "古丽|米热", "", ("Gulmira",), 1.5),
    ("Gül|shen", "古丽|先", "Gülşen", ("Gulshan",), 1.0),
    ("Ay|gül", "阿依|古丽", "", ("Aigul",), 3.0),
    ("Ayshem", "阿依夏木", "Ayşem", ("Aysham",), 1.5),
    ("Ay|jamal", "阿依|加马力", "Aycemal", (), 1.0),
    ("Ay|nur", "阿依|努尔", "", (), 1.5),
    ("Mahire", "玛依热", "", (), 1.0),
    ("Mihri|gül", "米日|古丽", "", ("Mihrigul", "Mehrigul"), 2.0),
    ("Munire", "木妮热", "Münire", (), 1.0),
    ("Nigare", "尼尕热", "", ("Nigara",), 1.0),
    ("Nur|gül", "努尔|古丽", "", (), 1.5),
    ("Pati|gül", "帕提|古丽", "Fatigül", ("Patigul",), 2.5),
    ("Rahile", "热依拉", "", ("Rahila",), 1.5),
    ("Rizwan|gül", "日孜万|古丽", "Rizvangül", (), 1.0),
    ("Reyhan|gül", "热依汗|古丽", "", (), 1.0),
    ("Subi|nur", "苏比|努尔", "", (), 1.0),
    ("Zulpiye", "祖力皮亚", "Zülfiye", ("Zulpiya",), 1.0),
    ("Zöhre", "卓合热", "Zühre", ("Zohra",), 2.0),
    ("Zumret", "祖木热提", "Zümrüt", ("Zumrat",), 1.0),
    ("Zeynep", "再乃甫", "", (), 1.0),
    ("Dil|nur", "迪丽|努尔", "", (), 1.5),
    ("Dil|ber", "迪丽|拜尔", "", (), 1.0),
    ("Dil|naz", "迪丽|娜孜", "", (), 1.0),
    ("Mukerrem", "木开热木", "Mükerrem", (), 1.0),
    ("Meryem", "麦尔耶姆", "", ("Maryam",), 2.5),
    ("Ayshe", "阿依夏", "Ayşe", ("Aisha",), 2.5),
    ("Amine", "阿米娜", "Emine", ("Amina",), 1.5),
    ("Patime", "帕提曼", "Fatma", ("Fatima",), 2.0),
    ("Qelbi|nur", "克力比|努尔", "Kalbinur", ("Kalbinur", "Qalbinur"), 1.0),
    ("Tursun|ay", "吐尔逊|阿依", "", (), 1.5),
    ("Tursun|gül", "吐尔逊|古丽", "", ("Tursungul",), 1.5),
    ("Sanawer", "沙娜瓦尔", "Sanaver", ("Sanawar",), 1.0),
    ("Sa'adet", "萨阿代提", "Saadet", ("Saadet",), 1.0),
    ("Rena", "热娜", "", (), 1.0),
    ("Xalide", "哈丽黛", "Halide", ("Khalida", "Halida"), 1.0),
]

# (Cyrillic, Chinese)
_KZ_MALE: list[tuple[str, str]] = [
    ("Серік", "赛力克"), ("Ерлан", "叶尔兰"), ("Нұрлан", "努尔兰"), ("Бауыржан", "包尔江"),
    ("Қайрат", "哈依拉提"), ("Асхат", "阿斯哈提"), ("Ержан", "叶尔江"), ("Дәулет", "达吾列提"),
    ("Мұрат", "木拉提"), ("Жанат", "加纳提"), ("Ақылбек", "阿克勒别克"), ("Бекзат", "别克扎提"),
    ("Талғат", "塔力哈提"), ("Қуаныш", "宽尼西"), ("Ерболат", "叶尔波拉提"), ("Нұрбек", "努尔别克"),
    ("Айдос", "艾多斯"), ("Бақыт", "巴合提"), ("Оралбай", "奥拉尔拜"), ("Бөкен", "波肯"),
    ("Сейіт", "赛依提"), ("Мақсат", "马合沙提"), ("Әділ", "阿迪力"), ("Омар", "吾玛尔"),
]
_KZ_FEMALE: list[tuple[str, str]] = [
    ("Гүлнар", "古丽娜尔"), ("Айгүл", "阿依古丽"), ("Жанар", "加娜尔"), ("Әйгерім", "阿依格仁"),
    ("Гүлмира", "古丽米拉"), ("Сәуле", "沙吾列"), ("Динара", "迪娜拉"), ("Назгүл", "娜孜古丽"),
    ("Мәдина", "玛迪娜"), ("Ботагөз", "波塔古孜"), ("Ақмарал", "阿克玛拉勒"), ("Жазира", "加孜拉"),
    ("Гүлзия", "古丽孜亚"), ("Ләззат", "拉扎提"), ("Перизат", "帕丽扎提"),
]
_KG_MALE: list[tuple[str, str]] = [
    ("Азамат", "阿扎马特"), ("Бакыт", "巴克特"), ("Эрмек", "艾尔麦克"), ("Нурбек", "努尔别克"),
    ("Улан", "吾兰"), ("Мирлан", "米尔兰"), ("Темир", "铁木尔"), ("Жумабек", "居马别克"),
    ("Токтосун", "托合托逊"), ("Абдыкадыр", "阿布都卡迪尔"),
]
_KG_FEMALE: list[tuple[str, str]] = [
    ("Айгерим", "阿依格林"), ("Жылдыз", "吉勒德孜"), ("Нургүл", "努尔古丽"), ("Асель", "阿塞力"),
    ("Чолпон", "乔勒潘"), ("Бермет", "别尔麦提"), ("Гүлзат", "古丽扎提"),
]

# Groups of look-alike given names used for brothers / sisters (hard negatives).
SIMILAR_GROUPS: list[list[str]] = [
    ["Tursun", "Tursun|jan", "Tursun|memet"],
    ["Memet", "Memtimin", "Mehmut", "Nur|memet"],
    ["Abdu|rehim", "Abdu|kérim", "Abdu|qadir", "Abdu|salam", "Abdu|weli", "Abdu|ghopur", "Abdulla"],
    ["Ablimit", "Ablet", "Abliz"],
    ["Adil", "Alim", "Eli"],
    ["Ekber", "Ekrem", "Erkin"],
    ["Hesen", "Hüsen"],
    ["Imin", "Imin|jan", "Memtimin"],
    ["Exmet", "Nur'ehmet", "Mehmut"],
    ["Qasim", "Qadir", "Kamil"],
    ["Gül|nar", "Gül|nisa", "Gül|mire", "Gül|zire", "Gül|bahar", "Gül|shen"],
    ["Ay|gül", "Ay|nur", "Ayshem", "Ayshe", "Ay|jamal"],
    ["Dil|nur", "Dil|ber", "Dil|naz"],
    ["Tursun|ay", "Tursun|gül"],
    ["Nur|gül", "Mihri|gül", "Pati|gül", "Rizwan|gül", "Reyhan|gül"],
    ["Zöhre", "Zumret", "Zulpiye", "Zeynep"],
    ["Amine", "Patime", "Rahile", "Mahire"],
]

# Twin name pairs (classic rhyming names); any pair of distinct names is also used.
TWIN_PAIRS: list[tuple[str, str]] = [
    ("Hesen", "Hüsen"), ("Adil", "Alim"), ("Ablet", "Ablimit"), ("Gül|nar", "Gül|nisa"),
    ("Ay|gül", "Ay|nur"), ("Hesen", "Hüsen"),
]

# Han / Hui Chinese names.
HAN_SURNAMES: list[tuple[str, float]] = [
    ("王", 3.0), ("李", 3.0), ("张", 3.0), ("刘", 2.0), ("陈", 2.0), ("杨", 1.5), ("赵", 1.5),
    ("黄", 1.0), ("周", 1.0), ("吴", 1.0), ("徐", 1.0), ("孙", 1.0), ("胡", 1.0), ("朱", 1.0),
    ("高", 1.0), ("郭", 1.0),
]
HUI_SURNAMES: list[tuple[str, float]] = [
    ("马", 6.0), ("丁", 1.5), ("白", 1.0), ("金", 1.0), ("韩", 1.0), ("杨", 1.0), ("李", 1.0),
    ("何", 0.8), ("穆", 0.8), ("哈", 0.5), ("纳", 0.5), ("沙", 0.5),
]
HAN_GIVEN_M: list[str] = list("建国军华明平伟强勇涛海龙志德福贵成辉文学忠保新林春")
HAN_GIVEN_F: list[str] = list("红梅英玲芳兰燕霞丽秀华玉凤春林萍")

# Chinese character -> toneless pinyin, for every character used above.
PINYIN: dict[str, str] = {
    "阿": "a", "不": "bu", "都": "du", "热": "re", "依": "yi", "木": "mu", "克": "ke", "里": "li",
    "拉": "la", "萨": "sa", "外": "wai", "力": "li", "卡": "ka", "德": "de", "尔": "er", "吾": "wu",
    "甫": "fu", "米": "mi", "提": "ti", "来": "lai", "布": "bu", "孜": "zi", "迪": "di", "斯": "si",
    "兰": "lan", "巴": "ba", "拜": "bai", "夏": "xia", "艾": "ai", "肯": "ken", "尼": "ni", "瓦": "wa",
    "合": "he", "买": "mai", "则": "ze", "哈": "ha", "普": "pu", "希": "xi", "山": "shan", "伊": "yi",
    "明": "ming", "江": "jiang", "沙": "sha", "马": "ma", "加": "jia", "帕": "pa", "吉": "ji",
    "麦": "mai", "塔": "ta", "努": "nu", "奥": "ao", "曼": "man", "波": "bo", "库": "ku", "班": "ban",
    "肉": "rou", "如": "ru", "开": "kai", "逊": "xun", "吐": "tu", "托": "tuo", "亚": "ya", "坤": "kun",
    "森": "sen", "玉": "yu", "素": "su", "祖": "zu", "农": "nong", "古": "gu", "丽": "li", "娜": "na",
    "先": "xian", "玛": "ma", "日": "ri", "妮": "ni", "尕": "ga", "汗": "han", "万": "wan", "苏": "su",
    "比": "bi", "皮": "pi", "卓": "zhuo", "再": "zai", "乃": "nai", "耶": "ye", "姆": "mu", "代": "dai",
    "黛": "dai", "赛": "sai", "叶": "ye", "包": "bao", "达": "da", "列": "lie", "纳": "na", "勒": "le",
    "别": "bie", "宽": "kuan", "西": "xi", "多": "duo", "格": "ge", "仁": "ren", "扎": "zha", "特": "te",
    "铁": "tie", "居": "ju", "乔": "qiao", "潘": "pan", "林": "lin", "塞": "sai", "王": "wang",
    "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "赵": "zhao", "黄": "huang",
    "周": "zhou", "吴": "wu", "徐": "xu", "孙": "sun", "胡": "hu", "朱": "zhu", "高": "gao", "郭": "guo",
    "丁": "ding", "白": "bai", "金": "jin", "韩": "han", "何": "he", "穆": "mu", "建": "jian", "国": "guo",
    "军": "jun", "华": "hua", "平": "ping", "伟": "wei", "强": "qiang", "勇": "yong", "涛": "tao",
    "海": "hai", "龙": "long", "志": "zhi", "福": "fu", "贵": "gui", "成": "cheng", "辉": "hui",
    "文": "wen", "学": "xue", "忠": "zhong", "保": "bao", "新": "xin", "春": "chun", "红": "hong",
    "梅": "mei", "英": "ying", "玲": "ling", "芳": "fang", "燕": "yan", "霞": "xia", "秀": "xiu",
    "凤": "feng", "萍": "ping",
}

# Palladius-style Russian Cyrillic for the Han/Hui syllables.
PALLADIUS: dict[str, str] = {
    "wang": "ван", "li": "ли", "zhang": "чжан", "liu": "лю", "chen": "чэнь", "yang": "ян",
    "zhao": "чжао", "huang": "хуан", "zhou": "чжоу", "wu": "у", "xu": "сюй", "sun": "сунь", "hu": "ху",
    "zhu": "чжу", "gao": "гао", "guo": "го", "ma": "ма", "ding": "дин", "bai": "бай", "jin": "цзинь",
    "han": "хань", "he": "хэ", "mu": "му", "ha": "ха", "na": "на", "sha": "ша", "jian": "цзянь",
    "jun": "цзюнь", "hua": "хуа", "ming": "мин", "ping": "пин", "wei": "вэй", "qiang": "цян",
    "yong": "юн", "tao": "тао", "hai": "хай", "long": "лун", "zhi": "чжи", "de": "дэ", "fu": "фу",
    "gui": "гуй", "cheng": "чэн", "hui": "хуэй", "wen": "вэнь", "xue": "сюэ", "zhong": "чжун",
    "bao": "бао", "xin": "синь", "lin": "линь", "chun": "чунь", "hong": "хун", "mei": "мэй",
    "ying": "ин", "ling": "лин", "fang": "фан", "lan": "лань", "yan": "янь", "xia": "ся", "xiu": "сю",
    "yu": "юй", "feng": "фэн",
}

# Chinese homophone / look-alike substitutions seen in transcribed minority names.
ZH_CONFUSIONS: dict[str, list[str]] = {
    "买": ["麦", "迈", "卖"], "麦": ["买", "迈"], "提": ["题", "堤"], "尔": ["儿", "而"], "江": ["疆", "将"],
    "丽": ["莉", "力"], "娜": ["那", "纳"], "依": ["伊", "衣"], "孜": ["兹", "子"], "木": ["穆", "本"],
    "古": ["姑", "故"], "吐": ["图", "土"], "逊": ["孙", "迅"], "热": ["惹"], "克": ["可", "科"],
    "力": ["立", "利", "刀"], "沙": ["莎"], "斯": ["思", "司"], "甫": ["普", "浦"], "塔": ["他", "搭"],
    "拉": ["啦", "垃"], "尼": ["妮", "泥"], "汗": ["罕"], "阿": ["啊"], "都": ["杜"], "艾": ["爱"],
    "吾": ["乌", "五"], "玉": ["王"], "明": ["名", "铭"], "曼": ["满", "慢"], "亚": ["雅"], "拜": ["白"],
    "夏": ["下"], "哈": ["合"], "合": ["哈", "和"], "肯": ["啃"], "森": ["生"], "农": ["侬"],
    "努": ["奴"], "米": ["咪"], "布": ["步"], "马": ["玛"], "玛": ["马"], "别": ["列"], "叶": ["也"],
    "建": ["健"], "国": ["果"], "军": ["君"], "华": ["化"], "伟": ["玮"], "红": ["虹"], "梅": ["美"],
    "玲": ["铃"], "芳": ["方"], "兰": ["岚"], "燕": ["艳"], "霞": ["侠"], "海": ["每"], "春": ["椿"],
}


def _uy_entries(rows: list[tuple[str, str, str, tuple[str, ...], float]], sex: str) -> list[NameEntry]:
    return [
        NameEntry(key=uly, sex=sex, eth="uyghur", zh=zh, uly=uly, tr=tr, en=en, weight=w)
        for uly, zh, tr, en, w in rows
    ]


UY_MALE: list[NameEntry] = _uy_entries(_UY_MALE, "M")
UY_FEMALE: list[NameEntry] = _uy_entries(_UY_FEMALE, "F")


def cyr_entries(
    rows: list[tuple[str, str]], sex: str, eth: str, to_uly: Callable[[str], str]
) -> list[NameEntry]:
    """Build Kazakh/Kyrgyz entries; ``to_uly`` converts Cyrillic to a ULY-like base."""
    return [NameEntry(key=c, sex=sex, eth=eth, zh=z, uly=to_uly(c), cyr=c) for c, z in rows]


KZ_MALE_ROWS = _KZ_MALE
KZ_FEMALE_ROWS = _KZ_FEMALE
KG_MALE_ROWS = _KG_MALE
KG_FEMALE_ROWS = _KG_FEMALE
