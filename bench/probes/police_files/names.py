"""Invented name inventories with a frequency skew, and hand-written spellings of common names.

Uyghur names are keyed by their Uyghur Latin (ULY) spelling, Kazakh and Kyrgyz names by their
Cyrillic spelling, Hui and Han names by Chinese characters.  ``name:weight`` gives a relative
frequency (default 1).  None of these lists describes any real person.
"""

from __future__ import annotations


def _parse(spec: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for tok in spec.split():
        name, _, w = tok.partition(":")
        out[name] = float(w) if w else 1.0
    return out


UY_MALE = _parse("""
Memet:40 Abdulla:24 Ehmet:24 Tursun:20 Muhemmed:14 Abdurehim:12 Qurban:12 Tohti:10 Yasin:10 Imin:10
Osman:8 Rozi:8 Abliz:8 Ablimit:8 Eli:8 Hesen:7 Hüsen:5 Ismayil:6 Yusup:8 Musa:6 Qadir:6 Turghun:6
Adil:6 Alim:6 Abdukérim:6 Nurmemet:6 Ilham:5 Erkin:5 Perhat:5 Mexmut:5 Ömer:5 Niyaz:4 Tahir:4 Obul:4
Hoshur:4 Mijit:4 Sawut:4 Yaqup:4 Rehim:4 Kérim:4 Ablet:4 Enwer:4 Ekber:3 Exmetjan:3 Dilshat:3
Mutellip:3 Abdusalam:3 Abdughopur:3 Abduweli:3 Abdurahman:3 Abdureshit:3 Abla:2 Alimjan:3 Arslan:2
Ayup:2 Barat:2 Dolqun:2 Elijan:2 Ershidin:2 Eysa:2 Ghalip:2 Ghappar:2 Ghayret:2 Hamut:2 Hébibulla:2
Iminjan:3 Ilyas:2 Jappar:2 Jelil:2 Kamil:2 Mirzat:2 Muxtar:2 Nurmuhemmed:2 Nijat:2 Paruq:1 Qasim:2
Salam:2 Sidiq:2 Sulayman:2 Talip:2 Tash:1 Tursunjan:3 Turdi:2 Yalqun:2 Zunun:2 Abdumijit:2
Abdukeyum:2 Memtimin:2 Hamit:2 Jume:2 Mamut:2 Mettursun:2 Metniyaz:2 Nurehmet:2 Sattar:2 Seypidin:2
Shöhret:2 Tiyip:2 Zakir:2 Abduqadir:2 Abdusemet:1 Ekrem:2 Eset:1 Exet:1 Ghulam:1 Helil:1 Izzet:1
Qurash:1 Memtili:1 Nasir:1 Nesrulla:1 Obulqasim:1 Pettar:1 Qeyser:1 Rishat:2 Sadiq:2 Tayir:1
Tursunmemet:1 Weli:2 Yunus:2 Zeydin:1 Abdushükür:1 Ablikim:2 Akbar:1 Batur:1 Bekri:1 Bilal:1
Dawut:2 Ehet:1 Eziz:2 Ghéni:1 Hashim:1 Heyrulla:1 Ibrahim:2 Isa:1 Kamal:1 Mahmut:1 Mamtimin:1
Mewlan:1 Muhter:1 Nurlan:1 Obulhesen:1 Pida:1 Qahar:1 Rahman:1 Rustem:1 Sabir:1 Sadir:2 Salih:1
Sherip:1 Tayirjan:1 Uyghun:1 Yaqub:1 Zulpiqar:1 Abdugheni:1 Abdumutellip:1 Abdurazaq:1 Adiljan:1
Bahtiyar:1 Dilmurat:2 Eziziz:1 Ghopur:2 Haji:1 Mamat:1 Nurbek:1 Perhatjan:1 Qeyum:1 Ruzi:1
Shawket:1 Ubul:1 Yüsüp:1 Zeynidin:1
""")

UY_FEMALE = _parse("""
Gulnar:15 Ayshem:14 Patime:12 Meryem:12 Aygul:12 Gulnisa:10 Amine:10 Guli:8 Zohre:8 Hürnisa:6
Tursun'gul:8 Mihray:6 Aynur:7 Gulbahar:7 Dilnur:6 Reyhan'gul:6 Rabiye:5 Zulpiye:5 Mahire:5 Munire:5
Ayshemgul:3 Anargul:3 Arzugul:3 Buhelchem:2 Bahargul:3 Chimen'gul:2 Dilber:4 Gulchehre:3 Gulmire:3
Gulshen:3 Hasiyet:2 Hepize:2 Kamile:2 Kelbinur:3 Melike:2 Nazugum:2 Nurgul:3 Nigare:2 Nurbiye:2
Peride:2 Perizat:2 Raziye:2 Rahile:3 Rizwan'gul:3 Rushen'gul:2 Roshen'gul:2 Sajide:2 Salamet:2
Zulhumar:2 Zeynep:2 Zumret:2 Turnisa:2 Tajinisa:1 Xelchem:2 Xeyrinisa:2 Mehbube:2 Mukerrem:1
Nurnisa:2 Sanuber:1 Sewde:1 Shemsinur:2 Subinur:2 Tumaris:1 Gulbostan:2 Gulpiye:2 Gulhumar:2
Hebibe:1 Halide:1 Mayinur:3 Mahigul:1 Nazigul:2 Pezilet:1 Aliye:2 Asiye:2 Gulzire:1 Gulzar:3
Patigul:3 Ayimnisa:2 Buzöhre:1 Ezizgul:1 Gulnaz:2 Hajigul:1 Hörriyet:1 Iman'gul:1 Mahinur:1
Meshüre:1 Nezire:1 Paride:1 Qiman'gul:1 Renagul:2 Sabire:1 Saniye:1 Shahide:1 Tajigul:1 Ugulay:1
Zawide:1 Zöhre:1 Adile:1 Ayjamal:1 Gülshat:1 Marhaba:1 Mirigul:1 Rena:1 Seniye:1 Tohtigul:1
""")

# hand-written Chinese forms (first = most frequent among clerks)
ZH_FORMS: dict[str, list[str]] = {
    "Memet": ["买买提", "麦麦提", "玛玛提", "买麦提"],
    "Ehmet": ["艾合买提", "艾买提", "艾合麦提", "阿合买提"],
    "Tursun": ["吐尔逊", "图尔荪", "吐尔孙"],
    "Abdurehim": ["阿不都热依木", "阿布都热依木", "阿卜杜热依木"],
    "Abdulla": ["阿不都拉", "阿布都拉", "阿卜杜拉"],
    "Qurban": ["库尔班", "库尔般"],
    "Tohti": ["托合提", "托乎提", "托合替"],
    "Rozi": ["肉孜", "如孜"],
    "Imin": ["依明", "伊明", "依敏"],
    "Osman": ["吾斯曼", "奥斯曼"],
    "Yasin": ["亚森", "亚生", "雅森"],
    "Hesen": ["艾山", "哈森", "海森"],
    "Hüsen": ["玉山", "于山", "胡赛因"],
    "Gulnar": ["古丽娜尔", "古丽娜", "古力娜尔"],
    "Ayshem": ["阿依夏木", "阿依先木", "艾夏木"],
    "Patime": ["帕提曼", "帕提麦", "法提麦"],
    "Meryem": ["麦尔耶姆", "玛丽亚木", "买热木"],
    "Aynur": ["阿依努尔", "艾努尔"],
    "Mihray": ["米合日阿依", "米热阿依"],
    "Zohre": ["祖合热", "佐合热", "祖热"],
    "Tursun'gul": ["吐尔逊古丽", "图尔荪古丽"],
    "Abliz": ["阿不力孜", "阿布力孜"],
    "Ablimit": ["阿不力米提", "阿布力米提", "阿布来米提"],
    "Turghun": ["吐尔洪", "图尔贡", "吐尔空"],
    "Yusup": ["玉素甫", "玉苏普", "尤素甫"],
    "Mexmut": ["买合木提", "麦合木提", "玛合木提"],
    "Muhemmed": ["木哈买提", "穆罕默德", "木海麦提"],
    "Nurmemet": ["努尔买买提", "努尔麦麦提"],
    "Abdukérim": ["阿不都克力木", "阿布都克热木"],
    "Alim": ["阿力木", "阿里木"],
    "Adil": ["阿迪力", "阿迪尔", "阿地力"],
    "Ilham": ["依力哈木", "伊力哈木"],
    "Erkin": ["艾尔肯"],
    "Perhat": ["帕尔哈提", "帕尔哈特"],
    "Qadir": ["卡德尔", "喀迪尔", "卡地尔"],
    "Rehim": ["热依木", "热合木"],
    "Sawut": ["沙吾提", "萨吾提"],
    "Yaqup": ["亚库甫", "雅库甫"],
    "Ismayil": ["伊斯马伊力", "司马义", "斯马依力"],
    "Musa": ["木沙", "穆萨"],
    "Ömer": ["吾买尔", "奥玛尔"],
    "Hoshur": ["吾守尔", "吾斯尔"],
    "Mijit": ["米吉提"],
    "Tahir": ["塔依尔", "塔伊尔"],
    "Niyaz": ["尼亚孜", "尼牙孜"],
    "Ablet": ["阿不来提", "阿布莱提"],
    "Kérim": ["克力木", "克热木"],
    "Eli": ["艾力", "阿里"],
    "Ekber": ["艾克拜尔"],
    "Enwer": ["艾尼瓦尔", "安外尔"],
    "Exmetjan": ["艾合买提江", "艾买提江"],
    "Dilshat": ["迪力夏提"],
    "Mutellip": ["木塔力甫", "穆塔力甫"],
    "Aygul": ["阿依古丽", "艾古丽"],
    "Guli": ["古丽", "古力"],
    "Gulbahar": ["古丽巴哈尔", "古丽巴合尔"],
    "Gulnisa": ["古丽尼沙", "古丽妮莎"],
    "Amine": ["阿米娜", "阿米乃"],
    "Dilnur": ["迪丽努尔", "迪力努尔"],
    "Dilber": ["迪丽拜尔", "地里拜尔"],
    "Hürnisa": ["乎尔尼沙", "胡尔尼沙"],
    "Mahire": ["玛依热", "麦海热"],
    "Munire": ["木妮热", "穆妮热"],
    "Nurgul": ["努尔古丽"],
    "Patigul": ["帕提古丽"],
    "Reyhan'gul": ["热依汗古丽", "热汗古丽"],
    "Rahile": ["热依拉", "热合拉"],
    "Zulpiye": ["祖力皮亚", "祖丽皮亚"],
    "Zumret": ["祖木热提"],
    "Gulzar": ["古丽扎尔"],
    "Mayinur": ["麦依努尔", "玛依努尔"],
    "Rabiye": ["热比亚", "拉比娅"],
}

TR_FORMS: dict[str, str] = {
    "Memet": "Mehmet",
    "Ehmet": "Ahmet",
    "Muhemmed": "Muhammed",
    "Hesen": "Hasan",
    "Hüsen": "Hüseyin",
    "Ismayil": "İsmail",
    "Ibrahim": "İbrahim",
    "Yusup": "Yusuf",
    "Yaqup": "Yakup",
    "Ömer": "Ömer",
    "Abdurehim": "Abdurrahim",
    "Abdulla": "Abdullah",
    "Eli": "Ali",
    "Ayshem": "Ayşe",
    "Patime": "Fatma",
    "Mexmut": "Mahmut",
    "Qadir": "Kadir",
    "Kérim": "Kerim",
    "Ilham": "İlham",
    "Exmetjan": "Ahmetcan",
    "Alimjan": "Alimcan",
    "Tursunjan": "Tursuncan",
    "Abdurahman": "Abdurrahman",
    "Sulayman": "Süleyman",
    "Zeynep": "Zeynep",
    "Meryem": "Meryem",
    "Rabiye": "Rabia",
    "Abdukérim": "Abdulkerim",
    "Dawut": "Davut",
    "Eysa": "İsa",
    "Ilyas": "İlyas",
    "Imin": "İmin",
}

EN_FORMS: dict[str, list[str]] = {
    "Memet": ["Memet", "Mamat", "Mehmet", "Memmet"],
    "Ehmet": ["Ahmet", "Ehmet", "Ahmat"],
    "Muhemmed": ["Muhammad", "Mohammed", "Muhemmed"],
    "Eli": ["Ali", "Eli"],
    "Hesen": ["Hasan", "Hesen"],
    "Hüsen": ["Husen", "Hussein", "Huseyin"],
    "Ismayil": ["Ismail", "Ismayil"],
    "Yusup": ["Yusuf", "Yusup"],
    "Yaqup": ["Yakup", "Yaqup", "Yaqub"],
    "Abdulla": ["Abdulla", "Abdullah"],
    "Ayshem": ["Ayshem", "Aishem"],
    "Patime": ["Patime", "Fatima", "Patima"],
    "Meryem": ["Meryem", "Maryam"],
    "Ömer": ["Omer", "Omar"],
    "Abdurehim": ["Abdurehim", "Abdurahim", "Abdureyim"],
    "Mexmut": ["Mehmut", "Mahmut", "Mahmud"],
    "Tohti": ["Tohti", "Tokhti"],
    "Gulnar": ["Gulnar", "Gulnur"],
}

# twin name pairs (same stem or rhyming names, as twins often receive), by ethnic group and sex
TWIN_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "uyghur": [
        ("M", "Hesen", "Hüsen"),
        ("M", "Tursun", "Tursunjan"),
        ("M", "Hesen", "Hesenjan"),
        ("F", "Gulnar", "Gulzar"),
        ("F", "Aynur", "Aygul"),
        ("F", "Patime", "Zohre"),
    ],
    "kazakh": [("M", "Нұрлан", "Нұрбол"), ("F", "Айгүл", "Айжан"), ("M", "Асхат", "Асқар")],
    "kyrgyz": [("M", "Асан", "Үсөн"), ("F", "Айгүл", "Айжан")],
}

KZ_MALE = _parse("""
Нұрлан:12 Серік:10 Ерлан:9 Бауыржан:8 Ержан:8 Асқар:7 Қайрат:7 Марат:6 Нұржан:6 Мұрат:8 Ербол:5
Дәулет:5 Жандос:4 Бақыт:5 Талғат:4 Ғалым:4 Қанат:6 Болат:5 Ерболат:3 Серікжан:3 Айдос:3 Берік:5
Ақылбек:2 Жәнібек:3 Оралхан:2 Қуаныш:3 Мақсат:3 Нұрболат:2 Өмірбек:2 Әділбек:2 Бекзат:2 Асхат:3
Тұрсынбек:2 Сәкен:2 Нұрлыбек:2 Ақан:1 Мұхтар:2 Ораз:1 Қасым:2 Әбіл:1 Ахмет:3 Мұхаммед:2 Ислам:2
Ермек:3 Жақсылық:2 Дидар:1 Шыңғыс:1 Нұрбол:2 Қабдеш:1 Мейрам:2 Жұмабек:2 Қожахмет:1 Сейітқан:1
Ағадил:1 Рахат:1 Хасен:1 Елдос:1 Бейбіт:2 Тоқтар:1 Құрманбек:1 Сансызбай:1 Әсет:1 Қалиақпар:1
""")

KZ_FEMALE = _parse("""
Гүлнар:8 Жанар:6 Айгүл:8 Сәуле:5 Ботагөз:3 Динара:4 Гүлмира:5 Әсел:4 Назым:3 Айнұр:4 Сайрагүл:3
Гүлбахрам:2 Мәдина:3 Жұлдыз:4 Бақытгүл:2 Ақмарал:2 Күләш:2 Раушан:3 Шынар:2 Ләззат:2 Гүлзира:3
Мейрамгүл:2 Әйгерім:3 Нұргүл:3 Қалима:2 Зәуре:2 Жібек:2 Ұлжан:2 Алма:2 Салтанат:3 Айжан:3
Гүлжан:2 Зылиқа:1 Гаухар:2 Меруерт:2 Арайлым:1 Құралай:2 Бибігүл:1 Үміт:1 Дәметкен:1
""")

KY_MALE = _parse("""
Айбек:6 Бакыт:6 Нурбек:5 Азамат:5 Эрлан:3 Улан:3 Талант:3 Кубанычбек:2 Медер:2 Нурлан:3 Алмаз:3
Эмил:2 Жыргалбек:2 Самат:2 Мирлан:2 Канат:2 Бекжан:2 Темир:2 Асан:3 Үсөн:2 Тологон:1 Жумабек:2
Орозбек:2 Токтосун:2 Сыдык:1 Абдыкерим:2 Мамбет:2 Турдубек:2 Качкын:1 Бактыбек:2 Мукай:1 Осмон:2
""")

KY_FEMALE = _parse("""
Айгүл:4 Жылдыз:4 Чолпон:3 Асел:3 Гүлнара:3 Нургүл:2 Айжан:3 Бермет:2 Назгүл:3 Динара:2 Гүлзат:2
Айпери:2 Мээрим:2 Жибек:2 Калыйман:1 Гүлбара:1 Саадат:1 Бурул:2 Зуура:1 Айсулуу:2 Толгонай:1
""")

ZH_FORMS.update(
    {
        "Нұрлан": ["努尔兰", "努尔郎"],
        "Серік": ["赛力克", "塞力克", "赛里克"],
        "Ерлан": ["叶尔兰", "叶尔郎"],
        "Бауыржан": ["包尔江", "保尔江", "波拉提江"],
        "Ержан": ["叶尔江", "叶尔扎恩"],
        "Асқар": ["阿斯哈尔", "阿斯卡尔"],
        "Қайрат": ["海拉提", "凯拉提", "开热特"],
        "Марат": ["马拉提", "玛拉特"],
        "Мұрат": ["木拉提", "穆拉特"],
        "Гүлнар": ["古丽娜尔", "古力娜尔"],
        "Жанар": ["加娜尔", "佳娜尔"],
        "Айгүл": ["阿依古丽", "艾古丽"],
        "Қанат": ["哈那提", "卡纳特"],
        "Бақыт": ["巴合提", "巴克特"],
        "Болат": ["波拉提", "博拉提"],
        "Берік": ["别力克", "别克"],
        "Ахмет": ["阿合买提", "艾合买提"],
        "Айбек": ["艾别克", "阿依别克"],
        "Нурбек": ["努尔别克"],
        "Азамат": ["阿扎马提", "阿孜马特"],
        "Асан": ["阿散", "阿山"],
        "Үсөн": ["玉散", "于森"],
        "Сайрагүл": ["赛热古丽", "莎依拉古丽"],
        "Жұлдыз": ["居勒都孜", "朱力德孜"],
    }
)

# Hui and Han: surname weights, given names by sex; Hui 'scripture' (Muslim) names
HUI_SURNAMES = _parse("马:35 杨:8 丁:5 白:4 李:5 王:6 韩:4 冶:2 沙:2 海:2 穆:2 金:3 周:2 张:4 罗:1")
HAN_SURNAMES = _parse("王:10 李:10 张:9 刘:7 陈:6 杨:5 赵:4 黄:4 周:3 吴:3 孙:3 胡:3")
CN_GIVEN_M = _parse("""
文华:3 建国:3 福祥:2 学军:2 海军:2 小龙:2 明:2 勇:3 志强:3 永福:2 占龙:1 国良:2 成林:1 德明:2
有福:2 正清:1 海燕:0.2 建军:2 伟:3 鹏:2 辉:2 杰:2 斌:2 忠:1 贵:1 宝山:1 兴荣:1 海林:1 平:1 新民:1
""")
CN_GIVEN_F = _parse("""
玉兰:3 秀英:3 海燕:2 丽:3 凤英:2 桂兰:2 晓梅:2 金花:1 红:2 春霞:2 静:2 芳:2 娟:2 敏:2 秀兰:2
玉梅:1 云:1 丽娟:2 春梅:1 凤:1
""")
HUI_MUSLIM = [
    # key, sex, Chinese, English, Uyghur Latin, Russian
    ("Ali", "M", "阿里", "Ali", "Eli", "Али"),
    ("Musa", "M", "穆萨", "Musa", "Musa", "Муса"),
    ("Isa", "M", "尔萨", "Isa", "Eysa", "Иса"),
    ("Yusuf", "M", "优素福", "Yusuf", "Yusup", "Юсуф"),
    ("Ibrahim", "M", "易卜拉欣", "Ibrahim", "Ibrahim", "Ибрагим"),
    ("Harun", "M", "哈伦", "Harun", "Harun", "Харун"),
    ("Dawud", "M", "达吾德", "Dawud", "Dawut", "Давуд"),
    ("Yahya", "M", "叶海亚", "Yahya", "Yehya", "Яхья"),
    ("Ismail", "M", "伊斯玛仪", "Ismail", "Ismayil", "Исмаил"),
    ("Fatima", "F", "法图麦", "Fatima", "Patime", "Фатима"),
    ("Aisha", "F", "阿依莎", "Aisha", "Ayshe", "Айша"),
    ("Maryam", "F", "麦尔彦", "Maryam", "Meryem", "Марьям"),
    ("Khadija", "F", "哈蒂洁", "Khadija", "Xedije", "Хадижа"),
    ("Zaynab", "F", "再乃白", "Zaynab", "Zeynep", "Зайнаб"),
    ("Salima", "F", "赛莉麦", "Salima", "Selime", "Салима"),
]

# English-language given names some diaspora people adopt, used as media nicknames
EN_NICK_M = ["Mike", "Sam", "Alex", "Adam", "Max", "Danny", "Eddie", "Tom"]
EN_NICK_F = ["Anna", "Mary", "Lily", "Nina", "Gina", "Sara", "Amy", "Nora"]
TITLES_M = ["Mr.", "Mr", "Dr.", "Prof.", "Imam", "Haji"]
TITLES_F = ["Mrs.", "Ms.", "Ms", "Dr.", "Madam"]
