"""Invented-person name and place tables plus script converters for the
ngo_database probe.  Names are common given names; places are real
administrative units (public codes); no real person's data is used.

Name rows: ULY Latin | Chinese | pinyin | extra English spellings | Turkish | Cyrillic
(Cyrillic only where it is not the plain Uyghur-Cyrillic transliteration).
"""

# ruff: noqa: E501 - name and place tables are kept one row per line

UY_MALE = """Memet|买买提|Maimaiti|Mamat,Mehmet|Mehmet|;Tursun|吐尔逊|Tuerxun|Tursun|Tursun|
Abdulla|阿不都拉|Abudula|Abdullah,Abdulla|Abdullah|;Ablimit|阿不力米提|Abulimiti|Ablimit,Ablemit|Ablimit|
Ehmet|艾合买提|Aihemaiti|Ahmat,Ahmet|Ahmet|;Eli|艾力|Aili|Ali|Ali|
Hesen|艾山|Aishan|Hasan,Hassan|Hasan|;Hüsen|玉山|Yushan|Husan,Hussein|Hüseyin|
Tohti|托合提|Tuoheti|Tohti,Tokhti|Tohti|;Abdurehim|阿不都热依木|Abudureyimu|Abdurahim,Abdurehim|Abdurrahim|
Abdukerim|阿不都克热木|Abudukeremu|Abdukarim|Abdülkerim|;Yasin|亚森|Yasen|Yassin|Yasin|
Nurmemet|努尔买买提|Nuermaimaiti|Nurmamat,Nurmuhammad|Nurmehmet|;Rozi|肉孜|Rouzi|Rozi,Rozy|Rozi|
Qurban|库尔班|Kuerban|Kurban|Kurban|;Ismayil|伊斯马伊力|Yisimayili|Ismail|İsmail|
Yusup|玉素甫|Yusufu|Yusuf,Yusup|Yusuf|;Musa|木沙|Musha|Musa|Musa|
Ömer|吾买尔|Wumaier|Omar,Omer|Ömer|;Mamut|马木提|Mamuti|Mahmut,Mahmud|Mahmut|
Turghun|吐尔洪|Tuerhong|Turgun,Turghun|Turgun|;Abliz|阿不力孜|Abulizi|Abliz|Abliz|
Kamil|卡米力|Kamili|Kamil|Kamil|;Erkin|艾尔肯|Aierken|Arkin,Erkin|Erkin|
Adil|阿迪力|Adili|Adil|Adil|;Nijat|尼加提|Nijiati|Nijat|Nicat|
Perhat|帕尔哈提|Paerhati|Parhat,Ferhat|Ferhat|;Alim|阿力木|Alimu|Alim|Alim|
Rehman|热合曼|Rehemen|Rahman,Rehman|Rahman|;Tahir|塔依尔|Tayier|Tahir|Tahir|
Sadiq|沙迪克|Shadike|Sadik,Sadiq|Sadık|;Eziz|艾则孜|Aizezi|Aziz,Eziz|Aziz|
Mijit|米吉提|Mijiti|Mijit|Mücit|;Osman|吾斯曼|Wusiman|Osman|Osman|
Abduweli|阿不都外力|Abuduwaili|Abduwali,Abduweli|Abdülveli|;Qadir|卡德尔|Kadeer|Kadir,Qadir|Kadir|
Ekber|艾克拜尔|Aikebaier|Akbar,Ekber|Ekber|;Imin|依明|Yiming|Emin,Imin|Emin|
Abdusalam|阿不都萨拉木|Abudusalamu|Abdusalam|Abdüsselam|;Ibrahim|依不拉音|Yibulayin|Ibrahim|İbrahim|
Yunus|玉努斯|Yunusi|Yunus|Yunus|;Niyaz|尼亚孜|Niyazi|Niyaz|Niyaz|
Sawut|沙吾提|Shawuti|Savut,Sawut|Savut|;Jume|居麦|Jumai|Juma,Jume|Cuma|
Ghopur|吾甫尔|Wufuer|Gopur,Ghopur|Gopur|;Obul|吾布力|Wubuli|Ubul,Obul|Ubul|
Ablet|阿不来提|Abulaiti|Ablat,Ablet|Ablet|;Abdureshit|阿不都热西提|Abudurexiti|Abdurashid,Abdureshit|Abdürreşit|"""

UY_FEMALE = """Gülnar|古丽娜尔|Gulinaer|Gulnar|Gülnar|;Gülnisa|古丽尼沙|Gulinisha|Gulnisa|Gülnisa|
Mihrigül|米日古丽|Miriguli|Mihrigul,Mehrigul|Mihrigül|;Aygül|阿依古丽|Ayiguli|Aygul,Aigul|Aygül|
Patigül|帕提古丽|Patiguli|Patigul,Fatigul|Fatigül|;Zulpiye|祖丽皮亚|Zulipiya|Zulpiya,Zulpiye|Zülfiye|
Rabiye|热比娅|Rebiya|Rabia,Rebiya|Rabia|;Gülbahar|古丽巴哈尔|Gulibahaer|Gulbahar|Gülbahar|
Mahire|玛依热|Mayire|Mahira,Mahire|Mahire|;Nurgül|努尔古丽|Nuerguli|Nurgul|Nurgül|
Ayshem|阿依先木|Ayixianmu|Aishem,Ayshem|Ayşem|;Meryem|玛丽亚木|Maliyamu|Maryam,Meryem|Meryem|
Hebibe|艾比拜|Aibibai|Habiba,Hebibe|Habibe|;Zeynep|再乃甫|Zainaifu|Zaynab,Zeynep|Zeynep|
Tajigül|塔吉古丽|Tajiguli|Tajigul|Tacigül|;Buhelchem|布海丽切木|Buhailiqiemu|Buhalchem,Buhelchem|Buhelçem|
Sajide|萨吉旦|Sajidan|Sajida|Sacide|;Nigare|尼尕热|Nigare|Nigara|Nigare|
Rena|热娜|Rena|Rena|Rena|;Dilnur|迪丽努尔|Dilinuer|Dilnur|Dilnur|
Dilber|迪力拜尔|Dilibaier|Dilbar,Dilber|Dilber|;Mukerrem|木开热木|Mukairemu|Mukarram|Mükerrem|
Gülshen|古丽先|Gulixian|Gulshan,Gulshen|Gülşen|;Ayimnisa|阿依木尼沙|Ayimunisha|Aimnisa,Ayimnisa|Ayimnisa|
Tursungül|吐尔逊古丽|Tuerxunguli|Tursungul|Tursungül|;Reyhan|热依汗|Reyihan|Rayhan,Reyhan|Reyhan|
Ayshegül|阿依夏古丽|Ayixiaguli|Ayshagul,Aishagul|Ayşegül|;Fatime|法蒂玛|Fadima|Fatima|Fatma|
Ayshe|阿依夏|Ayixia|Aisha,Ayshe|Ayşe|"""

KZ_MALE = """Nurlan|努尔兰|Nuerlan|Nurlan|Nurlan|Нұрлан;Serik|赛力克|Sailike|Serik|Serik|Серік
Erlan|叶尔兰|Yeerlan|Yerlan,Erlan|Yerlan|Ерлан;Bawirjan|巴吾尔江|Bawuerjiang|Bauyrzhan,Baurzhan|Bavurcan|Бауыржан
Qayrat|海拉提|Hailati|Kairat,Qairat|Kayrat|Қайрат;Asqar|阿斯哈尔|Asihaer|Askar|Askar|Асқар
Murat|木拉提|Mulati|Murat|Murat|Мұрат;Erbol|叶尔波力|Yeerboli|Yerbol,Erbol|Yerbol|Ербол
Nurbek|努尔别克|Nuerbieke|Nurbek|Nurbek|Нұрбек;Dawren|达吾然|Dawuran|Dauren|Davren|Дәурен
Bolat|波拉提|Bolati|Bolat,Bulat|Bolat|Болат;Ömirbek|吾木尔别克|Wumuerbieke|Omirbek|Ömirbek|Өмірбек
Erjan|叶尔江|Yeerjiang|Yerzhan,Erzhan|Yercan|Ержан;Qanat|哈那提|Hanati|Kanat,Qanat|Kanat|Қанат
Aybek|艾别克|Aibieke|Aibek,Aybek|Aybek|Айбек"""

KZ_FEMALE = """Sayragül|沙依拉古丽|Shayilaguli|Sairagul,Sayragul|Sayragül|Сайрагүл;Gülzira|古丽孜拉|Gulizila|Gulzira|Gülzira|Гүлзира
Aynur|阿依努尔|Ayinuer|Ainur,Aynur|Aynur|Айнұр;Dinara|迪娜拉|Dinala|Dinara|Dinara|Динара
Sawle|萨吾列|Sawulie|Saule|Saule|Сәуле;Janar|加娜尔|Jianaer|Zhanar|Canar|Жанар
Aqmaral|阿克玛拉勒|Akemalale|Akmaral|Akmaral|Ақмарал;Ayjan|阿依江|Ayijiang|Aizhan,Ayzhan|Ayjan|Айжан"""

KG_MALE = """Asilbek|阿斯勒别克|Asilebieke|Asylbek|Asılbek|Асылбек;Almazbek|阿勒玛孜别克|Alemazibieke|Almazbek|Almazbek|Алмазбек
Tursunbek|吐尔逊别克|Tuerxunbieke|Tursunbek|Tursunbek|Турсунбек;Toqtosun|托克托逊|Tuoketuoxun|Toktosun|Toktosun|Токтосун
Sultan|苏力坦|Sulitan|Sultan|Sultan|Султан"""

KG_FEMALE = """Cholpan|乔力潘|Qiaolipan|Cholpon|Çolpan|Чолпон;Jildiz|居勒都孜|Juledouzi|Jyldyz,Zhyldyz|Yıldız|Жылдыз
Aysulu|阿依苏鲁|Ayisulu|Aisuluu,Aysulu|Aysulu|Айсулуу"""

UZ_MALE = """Alishir|阿力舍尔|Alisheer|Alisher|Alişer|Алишер;Rustem|如斯塔木|Rusitamu|Rustam|Rüstem|Рустам
Bahadir|巴哈迪尔|Bahadier|Bakhodir,Bahodir|Bahadır|Баходир;Ulughbek|乌鲁别克|Wulubieke|Ulugbek|Uluğbek|Улугбек
Shöhret|舒赫热提|Shuherti|Shukhrat,Shohrat|Şöhret|Шухрат"""

UZ_FEMALE = """Dilnoza|迪丽诺扎|Dilinuozha|Dilnoza|Dilnoza|Дилноза;Nodire|诺迪拉|Nuodila|Nodira|Nadire|Нодира
Gülnora|古丽诺拉|Gulinuola|Gulnora|Gülnora|Гулнора"""

# Han-style names (Hui and Han people): surname, male and female given names
HAN_SURNAMES = [("张", "Zhang"), ("王", "Wang"), ("李", "Li"), ("刘", "Liu"), ("陈", "Chen"),
                ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu")]
HUI_SURNAMES = [("马", "Ma")] * 5 + [("杨", "Yang"), ("丁", "Ding"), ("白", "Bai"), ("金", "Jin"),
                                     ("韩", "Han"), ("哈", "Ha")]
HAN_GIVEN_M = [("伟", "Wei"), ("建国", "Jianguo"), ("志强", "Zhiqiang"), ("文明", "Wenming"),
               ("明", "Ming"), ("学军", "Xuejun"), ("永福", "Yongfu"), ("海", "Hai"),
               ("军", "Jun"), ("国强", "Guoqiang")]
HAN_GIVEN_F = [("芳", "Fang"), ("海燕", "Haiyan"), ("玉兰", "Yulan"), ("秀英", "Xiuying"),
               ("丽", "Li"), ("静", "Jing"), ("桂花", "Guihua"), ("红梅", "Hongmei")]
HUI_MUSLIM_M = ["Yusup", "Ibrahim", "Musa", "Ismayil", "Eli", "Ömer", "Osman"]
HUI_MUSLIM_F = ["Fatime", "Ayshe", "Meryem", "Zeynep"]

# Prefectures: key|zh|pinyin|ULY|English|Turkish|Kazakh|seat zh|seat pinyin|ULY unit word
PREFS = """kashgar|喀什地区|Kashi Diqu|Qeshqer|Kashgar|Kaşgar|Қашқар|喀什市|Kashi Shi|wilayiti
hotan|和田地区|Hetian Diqu|Xoten|Hotan|Hoten|Хотан|和田市|Hetian Shi|wilayiti
aksu|阿克苏地区|Akesu Diqu|Aqsu|Aksu|Aksu|Ақсу|阿克苏市|Akesu Shi|wilayiti
urumqi|乌鲁木齐市|Wulumuqi Shi|Ürümchi|Urumqi|Urumçi|Үрімші|乌鲁木齐市|Wulumuqi Shi|shehiri
ili|伊犁哈萨克自治州|Yili Hasake Zizhizhou|Ili|Ili|İli|Іле|伊宁市|Yining Shi|oblasti
bayingolin|巴音郭楞蒙古自治州|Bayinguoleng Menggu Zizhizhou|Bayin'ghulin|Bayingolin|Bayingolin|Баянғол|库尔勒市|Kuerle Shi|oblasti
kizilsu|克孜勒苏柯尔克孜自治州|Kezilesu Keerkezi Zizhizhou|Qizilsu|Kizilsu|Kızılsu|Қызылсу|阿图什市|Atushi Shi|oblasti
turpan|吐鲁番市|Tulufan Shi|Turpan|Turpan|Turfan|Тұрпан|吐鲁番市|Tulufan Shi|shehiri
tacheng|塔城地区|Tacheng Diqu|Chöchek|Tacheng|Çöçek|Тарбағатай|塔城市|Tacheng Shi|wilayiti
altay|阿勒泰地区|Aletai Diqu|Altay|Altay|Altay|Алтай|阿勒泰市|Aletai Shi|wilayiti
changji|昌吉回族自治州|Changji Huizu Zizhizhou|Sanji|Changji|Sancı|Санжы|昌吉市|Changji Shi|oblasti"""

# Counties: code|pref|zh|pinyin|ULY|English|Turkish|Kazakh|kind (shi/xian/qu)
COUNTIES = """653101|kashgar|喀什市|Kashi Shi|Qeshqer|Kashgar|Kaşgar|Қашқар|shi
653121|kashgar|疏附县|Shufu Xian|Konasheher|Konasheher|Konaşehir||xian
653122|kashgar|疏勒县|Shule Xian|Yëngisheher|Yengisheher|Yenişehir||xian
653123|kashgar|英吉沙县|Yingjisha Xian|Yëngisar|Yengisar|Yengisar||xian
653125|kashgar|莎车县|Shache Xian|Yeken|Yarkand|Yarkent||xian
653126|kashgar|叶城县|Yecheng Xian|Qaghiliq|Kargilik|Kargılık||xian
653127|kashgar|麦盖提县|Maigaiti Xian|Mekit|Makit|Mekit||xian
653129|kashgar|伽师县|Jiashi Xian|Peyziwat|Payzawat|Peyzivat||xian
653130|kashgar|巴楚县|Bachu Xian|Maralbëshi|Maralbeshi|Maralbaşı||xian
653201|hotan|和田市|Hetian Shi|Xoten|Hotan|Hoten|Хотан|shi
653221|hotan|和田县|Hetian Xian|Xoten|Hotan|Hoten|Хотан|xian
653222|hotan|墨玉县|Moyu Xian|Qaraqash|Karakax|Karakaş||xian
653224|hotan|洛浦县|Luopu Xian|Lop|Lop|Lop||xian
653226|hotan|于田县|Yutian Xian|Këriye|Keriya|Keriye||xian
652901|aksu|阿克苏市|Akesu Shi|Aqsu|Aksu|Aksu|Ақсу|shi
652922|aksu|温宿县|Wensu Xian|Onsu|Onsu|Onsu||xian
652924|aksu|沙雅县|Shaya Xian|Shayar|Shayar|Şayar||xian
650102|urumqi|天山区|Tianshan Qu|Tengritagh|Tianshan District|Tanrıdağ|Тәңіртау|qu
650103|urumqi|沙依巴克区|Shayibake Qu|Saybagh|Saybagh District|Saybağ|Сайбағ|qu
654002|ili|伊宁市|Yining Shi|Ghulja|Ghulja|Gulca|Құлжа|shi
654021|ili|伊宁县|Yining Xian|Ghulja|Ghulja County|Gulca|Құлжа|xian
654023|ili|霍城县|Huocheng Xian|Qorghas|Korgas|Korgas|Қорғас|xian
654024|ili|巩留县|Gongliu Xian|Toqquztara|Tokkuztara|Tokuztara|Тоғызтарау|xian
654025|ili|新源县|Xinyuan Xian|Künes|Kunes|Künes|Күнес|xian
654027|ili|特克斯县|Tekesi Xian|Tekes|Tekes|Tekes|Текес|xian
654028|ili|尼勒克县|Nileke Xian|Nilqa|Nilka|Nilka|Нылқы|xian
652801|bayingolin|库尔勒市|Kuerle Shi|Korla|Korla|Korla|Корла|shi
652826|bayingolin|焉耆回族自治县|Yanqi Huizu Zizhixian|Qarasheher|Karashahr|Karaşehir|Қарашәр|xian
653001|kizilsu|阿图什市|Atushi Shi|Atush|Artux|Atuş|Артыш|shi
653022|kizilsu|阿克陶县|Aketao Xian|Aqto|Akto|Akto||xian
653024|kizilsu|乌恰县|Wuqia Xian|Ulughchat|Ulugqat|Uluğçat||xian
650402|turpan|高昌区|Gaochang Qu|Turpan|Turpan|Turfan|Тұрпан|shi
654201|tacheng|塔城市|Tacheng Shi|Chöchek|Tacheng|Çöçek|Шәуешек|shi
654301|altay|阿勒泰市|Aletai Shi|Altay|Altay|Altay|Алтай|shi
652301|changji|昌吉市|Changji Shi|Sanji|Changji|Sancı|Санжы|shi"""

# Townships: county code|zh|pinyin|ULY|English|zhen or xiang
TOWNS = """653121|托克扎克镇|Tuokezhake Zhen|Toqquzaq|Tokkuzak|zhen;653121|乌帕尔镇|Wupaer Zhen|Opal|Opal|zhen
653121|塔什米里克乡|Tashimilike Xiang|Tashmiliq|Tashmilik|xiang;653122|罕南力克镇|Hannanlike Zhen|Xaneriq|Haneriq|zhen
653101|浩罕乡|Haohan Xiang|Xoqan|Hohan|xiang;653101|帕哈太克里乡|Pahataikeli Xiang|Paxtekli|Pakhtakli|xiang
653123|芒辛镇|Mangxin Zhen|Mangshin|Mangshin|zhen;653125|阿瓦提镇|Awati Zhen|Awat|Awat|zhen
653125|喀群乡|Kaqun Xiang|Qachung|Kachung|xiang;653221|巴格其镇|Bageqi Zhen|Baghchi|Baghchi|zhen
653222|扎瓦镇|Zhawa Zhen|Zawa|Zawa|zhen;653222|喀拉喀什镇|Kalakashi Zhen|Qaraqash|Karakash|zhen
654002|巴彦岱镇|Bayandai Zhen|Bayanday|Bayanday|zhen;654021|吐鲁番于孜乡|Tulufanyuzi Xiang|Turpanyüzi|Turpanyuzi|xiang
654025|那拉提镇|Nalati Zhen|Narat|Narat|zhen;653001|阿扎克乡|Azhake Xiang|Azaq|Azak|xiang"""

CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七"]
PY_NUM = ["Ling", "Yi", "Er", "San", "Si", "Wu", "Liu", "Qi"]

# Chinese transliteration homophones (typical mis-keyings in police spreadsheets)
ZH_HOMOPHONE = {"买": "麦", "提": "堤", "尔": "儿", "吐": "图", "逊": "迅", "阿": "啊",
                "丽": "力", "木": "穆", "艾": "爱", "力": "利", "沙": "莎", "孜": "兹",
                "依": "伊", "古": "姑", "热": "惹", "尼": "妮", "娜": "那", "合": "和",
                "拉": "啦", "克": "可", "江": "疆", "别": "拜"}


def _rows(block):
    return [ln.strip().split("|") for ln in block.strip().replace(";", "\n").splitlines()]


def _names(block):
    out = []
    for uly, zh, py, en, tr, cyr in _rows(block):
        out.append(dict(uly=uly, zh=zh, py=py, en=[e for e in en.split(",") if e], tr=tr, cyr=cyr))
    return out


NAMES = {}
GROUPS = {}
for _key, _blk in [("uy_m", UY_MALE), ("uy_f", UY_FEMALE), ("kz_m", KZ_MALE), ("kz_f", KZ_FEMALE),
                   ("kg_m", KG_MALE), ("kg_f", KG_FEMALE), ("uz_m", UZ_MALE), ("uz_f", UZ_FEMALE)]:
    GROUPS[_key] = []
    for _n in _names(_blk):
        NAMES[_n["uly"]] = _n
        GROUPS[_key].append(_n["uly"])

PREF = {r[0]: dict(zip(["key", "zh", "py", "uly", "en", "tr", "kk", "seat_zh", "seat_py", "unit"], r, strict=False)) for r in _rows(PREFS)}
COUNTY = {r[0]: dict(zip(["code", "pref", "zh", "py", "uly", "en", "tr", "kk", "kind"], r, strict=False)) for r in _rows(COUNTIES)}
for _p in PREF.values():
    _seat = [c["en"] for c in COUNTY.values() if c["zh"] == _p["seat_zh"]]
    _p["seat_en"] = _seat[0] if _seat else _p["en"]
TOWN = {}
for _r in _rows(TOWNS):
    TOWN.setdefault(_r[0], []).append(dict(zip(["zh", "py", "uly", "en", "kind"], _r[1:], strict=False)))

# ---------------------------------------------------------------- script converters
_DIGRAPHS = ["ch", "gh", "ng", "sh", "zh"]
_UEY = dict(a="ا", b="ب", ch="چ", d="د", e="ە", ë="ې", f="ف", g="گ", gh="غ", h="ھ", i="ى", j="ج",
            k="ك", l="ل", m="م", n="ن", ng="ڭ", o="و", ö="ۆ", p="پ", q="ق", r="ر", s="س", sh="ش",
            t="ت", u="ۇ", ü="ۈ", w="ۋ", x="خ", y="ي", z="ز", zh="ژ", v="ۋ", c="س")
_UCY = dict(a="а", b="б", ch="ч", d="д", e="ә", ë="е", f="ф", g="г", gh="ғ", h="һ", i="и", j="җ",
            k="к", l="л", m="м", n="н", ng="ң", o="о", ö="ө", p="п", q="қ", r="р", s="с", sh="ш",
            t="т", u="у", ü="ү", w="в", x="х", y="й", z="з", zh="ж", v="в", c="с")
_VOWELS = set("aeëioöuü")


def _tokens(word):
    w, i, out = word.lower().replace("'", ""), 0, []
    while i < len(w):
        if w[i:i + 2] in _DIGRAPHS:
            out.append(w[i:i + 2])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


def uey(text):
    """ULY Latin -> Uyghur Arabic script (hamza before word-initial / hiatus vowels)."""
    words = []
    for word in text.split(" "):
        out, prev_vowel = [], True
        for t in _tokens(word):
            if t in _VOWELS and prev_vowel:
                out.append("ئ")
            out.append(_UEY.get(t, t))
            prev_vowel = t in _VOWELS
        words.append("".join(out))
    return " ".join(words)


def ucyr(text):
    """ULY Latin -> Uyghur Cyrillic (as used by Uyghurs in Kazakhstan)."""
    words = []
    for word in text.split(" "):
        s = "".join(_UCY.get(t, t) for t in _tokens(word)).replace("йа", "я").replace("йу", "ю")
        words.append(s[:1].upper() + s[1:])
    return " ".join(words)


_RU = str.maketrans("әғқңөұүһіҗӘҒҚҢӨҰҮҺІҖ", "агкноуухижАГКНОУУХИЖ")


def ru(cyr):
    return cyr.translate(_RU)


def ru_surname(cyr, female):
    r = ru(cyr)
    if r[-1] in "ий":
        r = r[:-1] + "ев"
    elif r[-1] in "аеоуыэяю":
        r = r + "ев"
    else:
        r = r + "ов"
    return r + ("а" if female else "")


def ru_patronymic(cyr, female):
    s = ru_surname(cyr, False)
    return s[:-2] + ("евна" if s.endswith("ев") else "овна") if female else s + "ич"


_KZLAT = dict(zip("абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә",
                  ["a", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n",
                   "ñ", "o", "ö", "p", "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ch", "ş", "şş",
                   "", "y", "i", "", "e", "iu", "ia", "ä"], strict=False))


def kzlat(cyr, plain=False):
    """Kazakh Cyrillic -> Kazakh Latin (2021); plain drops the macron on ū."""
    out = []
    for word in cyr.split(" "):
        s = "".join(_KZLAT.get(c, c) for c in word.lower())
        if plain:
            s = s.replace("ū", "u")
        out.append(s[:1].upper() + s[1:])
    return " ".join(out)


_EN_RULES = [("zh", "j"), ("q", "k"), ("x", "kh"), ("ë", "e"), ("ö", "o"), ("ü", "u")]


def en_word(uly):
    """Plain English spelling of a ULY name (q->k, x->kh, diacritics dropped)."""
    w = uly.lower()
    for a, b in _EN_RULES:
        w = w.replace(a, b)
    return w.capitalize()


def cyr_name(key):
    n = NAMES[key]
    return n["cyr"] or ucyr(n["uly"])
