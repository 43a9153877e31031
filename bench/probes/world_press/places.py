"""Place and facility vocabularies for the world_press probe.

Each county/city has a ULY-like name (from which the Uyghur-script form is derived), a Chinese
name, a PRC administrative code, a population weight, the ethnic groups it is drawn for
(U Uyghur, K Kazakh, Y Kyrgyz, Z Uzbek, H Hui) and English/French/German/Arabic/Russian/Uzbek
renderings ('/'-separated alternatives, the first being the usual press form).
"""

# code | uly | chinese | en | fr | de | ar | ru | uz | kind (v prefecture, o autonomous, c city)
PREFECTURES_TEXT = """
KS|Qeshqer|喀什地区|Kashgar/Kashi|Kachgar|Kaschgar|كاشغر|Кашгар|Qashqar|v
HT|Xoten|和田地区|Hotan/Khotan|Hotan/Khotan|Hotan/Chotan|خوتن|Хотан|Xo'tan|v
AK|Aqsu|阿克苏地区|Aksu|Aksou|Aksu|آقسو|Аксу|Oqsuv|v
IL|Ili|伊犁哈萨克自治州|Ili|Ili|Ili|إيلي|Или|Ili|o
UR|Ürümchi|乌鲁木齐市|Urumqi/Urumchi|Ouroumtchi/Urumqi|Urumtschi/Ürümqi|أورومتشي|Урумчи|Urumchi|c
TP|Turpan|吐鲁番市|Turpan/Turfan|Tourfan|Turfan|تورفان|Турфан|Turfon|c
BG|Bayin'gholin|巴音郭楞蒙古自治州|Bayingolin|Bayingolin|Bayingolin|بايينغولين|Баянгол|Bayingolin|o
KZ|Qizilsu|克孜勒苏柯尔克孜自治州|Kizilsu|Kizilsou|Kisilsu|قيزيلسو|Кызылсу|Qizilsuv|o
TC|Tarbaghatay|塔城地区|Tacheng/Tarbagatay|Tacheng|Tacheng|طرباغاتاي|Тарбагатай|Tarbog'atoy|v
AL|Altay|阿勒泰地区|Altay|Altaï|Altai|ألتاي|Алтай|Oltoy|v
CJ|Sanji|昌吉回族自治州|Changji|Changji|Changji|تشانغجي|Чанцзи|Changji|o
QM|Qumul|哈密市|Hami/Kumul|Hami/Koumoul|Hami/Kumul|قومول|Хами|Qumul|c
"""

# key | uly | chinese | pref | code | weight | groups | en | fr | de | ar | ru | uz | kind (c city, n county)
COUNTIES_TEXT = """
qeshqer|Qeshqer|喀什市|KS|653101|8|UZ|Kashgar/Kashi|Kachgar/Kashgar|Kaschgar|كاشغر|Кашгар|Qashqar|c
konasheher|Konasheher|疏附县|KS|653121|4|U|Konasheher/Shufu|Konachéher|Konascheher|كوناشهر|Конашахар|Konashahar|n
yengisheher|Yéngisheher|疏勒县|KS|653122|4|U|Yengisheher/Shule|\
Yenguichéher|Jengischeher|يانغي شهر|Янгишахар|Yangishahar|n
yengisar|Yéngisar|英吉沙县|KS|653123|3|U|Yengisar|Yenguissar|Jengisar|يانغي حصار|Янгисар|Yangihisor|n
poskam|Poskam|泽普县|KS|653124|3|U|Poskam/Zepu|Poskam|Poskam|بوسكام|Поскам|Poskam|n
yeken|Yeken|莎车县|KS|653125|7|UZ|Yarkand/Shache/Yarkant|Yarkand|Jarkand/Yarkant|ياركند|Яркенд|Yorkent|n
qaghiliq|Qaghiliq|叶城县|KS|653126|4|U|Kargilik/Yecheng|Karghalik|Kargilik|قاغيليق|Каргалык|Qag'iliq|n
mekit|Mekit|麦盖提县|KS|653127|3|U|Makit/Maigaiti|Makit|Makit|مكيت|Мекит|Makit|n
yopurgha|Yopurgha|岳普湖县|KS|653128|2|U|Yopurga/Yuepuhu|Yopourga|Jopurga|يوبورغا|Йопурга|Yopurg'a|n
peyziwat|Peyziwat|伽师县|KS|653129|3|U|Payzawat/Jiashi|Payzawat|Peisiwat/Jiashi|بيزاوات|Пейзиват|Payzovot|n
maralbeshi|Maralbéshi|巴楚县|KS|653130|3|U|Maralbeshi/Bachu|\
Maralbéchi|Maralbeschi|مارال باشي|Маралбаши|Maralboshi|n
xoten_c|Xoten|和田市|HT|653201|5|U|Hotan/Khotan|Hotan/Khotan|Hotan/Chotan|خوتن|Хотан|Xo'tan|c
xoten_n|Xoten|和田县|HT|653221|3|U|Hotan/Khotan|Hotan|Hotan|خوتن|Хотан|Xo'tan|n
qaraqash|Qaraqash|墨玉县|HT|653222|5|U|Karakax/Moyu/Karakash|Karakach|Karakasch|قراقاش|Каракаш|Qoraqosh|n
guma|Guma|皮山县|HT|653223|3|U|Guma/Pishan|Gouma|Guma|جوما|Гума|Guma|n
lop|Lop|洛浦县|HT|653224|3|U|Lop/Luopu|Lop|Lop|لوب|Лоп|Lop|n
chira|Chira|策勒县|HT|653225|2|U|Chira/Qira/Cele|Tchira|Tschira|تشيرا|Чира|Chira|n
keriye|Keriye|于田县|HT|653226|3|U|Keriya/Yutian|Keriya|Keriya|كيريا|Керия|Kariya|n
niye|Niye|民丰县|HT|653227|1|U|Niya/Minfeng|Niya|Nija|نيا|Ния|Niya|n
aqsu|Aqsu|阿克苏市|AK|652901|4|UY|Aksu|Aksou|Aksu|آقسو|Аксу|Oqsuv|c
kucha|Kucha|库车县|AK|652923|4|U|Kuqa/Kucha|Koutcha|Kutscha|كوتشا|Куча|Kuchar|n
shayar|Shayar|沙雅县|AK|652924|2|U|Shayar/Xayar|Chayar|Schajar|شايار|Шаяр|Shoyor|n
toqsu|Toqsu|新和县|AK|652925|2|U|Toksu/Xinhe|Toksou|Toksu|توقسو|Токсу|Toqsuv|n
bay|Bay|拜城县|AK|652926|2|U|Bay/Baicheng|Baï|Bai|باي|Бай|Bay|n
uchturpan|Uchturpan|乌什县|AK|652927|2|UY|Uchturpan/Wushi|\
Outchtourfan|Utschturfan|أوتش تورفان|Уч-Турфан|Uchturfon|n
awat|Awat|阿瓦提县|AK|652928|2|U|Awat/Awati|Awat|Awat|آوات|Ават|Avat|n
ghulja_c|Ghulja|伊宁市|IL|654002|5|UKZH|Ghulja/Yining/Kulja|Ghoulja/Yining|Ghulja/Gulja|غولجا|Кульджа|G'ulja|c
ghulja_n|Ghulja|伊宁县|IL|654021|3|UK|Ghulja/Yining|Ghoulja|Gulja|غولجا|Кульджа|G'ulja|n
qorghas|Qorghas|霍城县|IL|654023|2|UKH|Khorgas/Huocheng|Khorgos|Chorgos|قورغاس|Хоргос|Qorg'os|n
tekes|Tékes|特克斯县|IL|654027|2|K|Tekes|Tekes|Tekes|تيكس|Текес|Tekes|n
nilqa|Nilqa|尼勒克县|IL|654028|2|K|Nilka|Nilka|Nilka|نيلقا|Нилки|Nilqa|n
monggulkure|Mongghulküre|昭苏县|IL|654026|2|KY|Mongolkure/Zhaosu|\
Mongolküre|Mongolküre|منغول كوره|Монголкуре|Mo'g'ulkura|n
kunes|Künes|新源县|IL|654025|2|K|Kunes/Xinyuan|Künes|Künes|كونس|Кюнес|Kunes|n
urumchi|Ürümchi|乌鲁木齐市|UR|650102|6|UKHZ|Urumqi/Urumchi|Ouroumtchi/Urumqi|Urumtschi/Ürümqi|أورومتشي|Урумчи|Urumchi|c
dabancheng|Dawanchéng|乌鲁木齐市达坂城区|UR|650107|1|UH|Dabancheng|Dabancheng|Dabancheng|دابانتشنغ|Дабаньчэн|Dabanchen|n
turpan|Turpan|吐鲁番市|TP|650402|3|U|Turpan/Turfan|Tourfan|Turfan|تورفان|Турфан|Turfon|c
pichan|Pichan|鄯善县|TP|650421|2|U|Pichan/Shanshan|Pitchan|Pitschan|بيتشان|Пичан|Pichon|n
toqsun|Toqsun|托克逊县|TP|650422|1|U|Toksun|Toksoun|Toksun|توقسون|Токсун|Toqsun|n
korla|Korla|库尔勒市|BG|652801|3|UH|Korla|Korla|Korla|كورلا|Корла|Korla|c
qarasheher|Qarasheher|焉耆回族自治县|BG|652826|2|HU|Karashahr/Yanqi|Karachahr|Karaschahr|قراشهر|Карашар|Qorashahar|n
bugur|Bügür|轮台县|BG|652822|1|U|Bugur/Luntai|Bugur|Bügür|بوكور|Бугур|Bugur|n
atush|Atush|阿图什市|KZ|653001|3|UY|Atush/Artux|Artouch|Atusch|أتوش|Атуш|Otush|c
aqto|Aqto|阿克陶县|KZ|653022|2|Y|Akto|Akto|Akto|آقتو|Акто|Oqto|n
ulughchat|Ulughchat|乌恰县|KZ|653024|1|Y|Ulugqat/Wuqia|Oulougtchat|Ulugtschat|أولوغتشات|Улугчат|Ulug'chat|n
chochek|Chöchek|塔城市|TC|654201|2|KU|Chuguchak/Tacheng|Tchoutchek/Tacheng|Tschugutschak|تشوتشك|Чугучак|Chuguchak|c
dorbiljin|Dörbiljin|额敏县|TC|654221|2|K|Dorbiljin/Emin|Dörbiljin|Dörbiljin|دوربلجين|Дорбильджин|Dorbiljin|n
altay|Altay|阿勒泰市|AL|654301|2|K|Altay|Altaï|Altai|ألتاي|Алтай|Oltoy|c
burchin|Burchin|布尔津县|AL|654321|1|K|Burqin/Burchin|Bourtchin|Burtschin|بورتشين|Бурчин|Burchin|n
sanji|Sanji|昌吉市|CJ|652301|2|HK|Changji|Changji|Changji|تشانغجي|Чанцзи|Changji|c
qutubi|Qutubi|呼图壁县|CJ|652323|1|HK|Hutubi|Houtoubi|Hutubi|قوتوبي|Хутуби|Qutubi|n
qumul|Qumul|哈密市|QM|650502|2|UK|Hami/Kumul|Hami/Koumoul|Hami/Kumul|قومول|Хами|Qumul|c
"""

LANGS = ("en", "fr", "de", "ar", "ru", "uz")

PREFECTURES: dict[str, dict] = {}
for _line in PREFECTURES_TEXT.strip().splitlines():
    _f = _line.split("|")
    PREFECTURES[_f[0]] = dict(uly=_f[1], cn=_f[2], kind=_f[9], **{
        lang: _f[3 + i].split("/") for i, lang in enumerate(LANGS)})

COUNTIES: dict[str, dict] = {}
for _line in COUNTIES_TEXT.strip().splitlines():
    _f = _line.split("|")
    COUNTIES[_f[0]] = dict(uly=_f[1], cn=_f[2], pref=_f[3], code=_f[4], weight=float(_f[5]),
                           groups=_f[6], kind=_f[13], **{
                               lang: _f[7 + i].split("/") for i, lang in enumerate(LANGS)})

SEATS = dict(KS="qeshqer", HT="xoten_c", AK="aqsu", IL="ghulja_c", UR="urumchi", TP="turpan",
             BG="korla", KZ="atush", TC="chochek", AL="altay", CJ="sanji", QM="qumul")

# Facility templates.  {p} is the place as written in that language, {n} a number.
FACILITY_TEMPLATES = {
    "detention": dict(
        cn=["{p}第{cn_n}看守所", "{p}看守所"],
        en=["{p} No. {n} Detention Center", "{p} Detention Centre No. {n}", "No. {n} Detention Center, {p}"],
        fr=["centre de détention n° {n} de {p}", "centre de détention de {p}"],
        de=["Haftanstalt Nr. {n} in {p}", "Untersuchungsgefängnis {p}"],
        ar=["مركز الاحتجاز رقم {n} في {p}", "مركز احتجاز {p}"],
        ug=["{p} {n}-نومۇرلۇق تۇتۇپ تۇرۇش ئورنى", "{p} تۇتۇپ تۇرۇش ئورنى"],
        ru=["СИЗО № {n} г. {p}", "следственный изолятор {p}"],
        uz=["{p} {n}-son tergov hibsxonasi", "{p} tergov hibsxonasi"],
    ),
    "vetc": dict(
        cn=["{p}职业技能教育培训中心", "{p}教育转化培训中心"],
        en=["{p} Vocational Skills Education and Training Center", "{p} re-education camp",
            "{p} internment camp", "camp in {p}"],
        fr=["camp de rééducation de {p}", "camp d'internement de {p}", "camp de {p}"],
        de=["Umerziehungslager {p}", "Internierungslager in {p}", "Lager {p}"],
        ar=["معسكر إعادة التأهيل في {p}", "معسكر اعتقال {p}", "معسكر {p}"],
        ug=["{p} كەسپىي ماھارەت تەربىيەلەش مەركىزى", "{p} جازا لاگېرى", "{p} لاگېرى"],
        ru=["лагерь перевоспитания в {p}", "лагерь в {p}", "центр профобучения {p}"],
        uz=["{p} qayta tarbiyalash lageri", "{p} lageri"],
    ),
    "prison": dict(
        cn=["{p}监狱"],
        en=["{p} Prison", "prison in {p}"],
        fr=["prison de {p}"],
        de=["Gefängnis {p}", "Gefängnis in {p}"],
        ar=["سجن {p}"],
        ug=["{p} تۈرمىسى"],
        ru=["тюрьма {p}", "тюрьма в {p}"],
        uz=["{p} qamoqxonasi"],
    ),
    "xjprison": dict(
        cn=["新疆第{cn_n}监狱", "新疆维吾尔自治区第{cn_n}监狱"],
        en=["Xinjiang No. {n} Prison", "Xinjiang Prison No. {n}"],
        fr=["prison n° {n} du Xinjiang"],
        de=["Gefängnis Nr. {n} (Xinjiang)"],
        ar=["سجن شينجيانغ رقم {n}", "السجن رقم {n} في شينجيانغ"],
        ug=["شىنجاڭ {n}-تۈرمىسى"],
        ru=["тюрьма № {n} Синьцзяна", "Синьцзянская тюрьма № {n}"],
        uz=["Shinjon {n}-son qamoqxonasi"],
    ),
}
CN_NUM = "〇一二三四五六七八九"
