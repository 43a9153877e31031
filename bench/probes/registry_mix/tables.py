"""Reference tables for the registry_mix probe: names, Chinese transcriptions, places and facilities.

All tables were written for this probe.  Names are common given names used only as building blocks for
invented people; places are real Xinjiang counties with their resident-ID area codes.
"""

from __future__ import annotations


def _pairs(text: str) -> list[tuple[str, str]]:
    return [tuple(item.split("=", 1)) for item in text.split()]  # type: ignore[misc]


# Uyghur given names: ULY spelling = Chinese official transcription.
UYGHUR_MALE = _pairs("""
Memet=买买提 Abduréhim=阿不都热依木 Tursun=吐尔逊 Ablimit=阿不力米提 Abdukérim=阿不都克力木
Abdulla=阿不都拉 Ehmet=艾合买提 Ekber=艾克拜尔 Erkin=艾尔肯 Ilham=伊力哈木 Osman=奥斯曼
Qurban=库尔班 Rozi=肉孜 Sadir=沙迪尔 Tahir=塔依尔 Yasin=亚森 Yüsüp=玉素甫 Nurmemet=努尔买买提
Hesen=艾山 Kérim=克力木 Mijit=米吉提 Nijat=尼加提 Perhat=帕尔哈提 Polat=波拉提 Qadir=卡迪尔
Réhim=热依木 Sattar=沙塔尔 Turghun=吐尔洪 Yaqup=亚库甫 Zunun=祖农 Mahmut=马合木提
Abduwéli=阿不都外力 Eysa=艾萨 Musa=木沙 Ismayil=伊斯马伊力 Ibrahim=伊布拉音 Adil=阿迪力 Alim=阿力木
Batur=巴图尔 Dilshat=迪力夏提 Ghopur=吾甫尔 Hoshur=吾守尔 Jappar=加帕尔 Kamil=卡米力 Niyaz=尼亚孜
Ömer=吾买尔 Qasim=卡斯木 Rishat=热夏提 Shewket=肖开提 Tursunjan=吐尔逊江 Abduqadir=阿不都卡迪尔
Ablikim=阿不力克木 Eli=艾力 Memtimin=买买提明 Obulqasim=吾布力卡斯木 Yalqun=亚力坤 Tohti=托合提
Hamut=哈木提
""")
UYGHUR_FEMALE = _pairs("""
Aygül=阿依古丽 Gülnar=古丽娜尔 Mehriban=买合日班 Patigül=帕提古丽 Reyhan=热依汗 Zulpiye=祖力皮亚
Ayshem=阿依夏木 Buayshem=布阿依夏木 Gülnisa=古丽尼萨 Hebibe=艾比拜 Mahire=玛依热 Nurgül=努尔古丽
Parida=帕丽达 Rabiye=热比亚 Sajide=沙吉旦 Tajigül=塔吉古丽 Zeynep=再娜甫 Dilnur=迪丽努尔
Gülzar=古丽扎尔 Mayinur=玛依努尔 Nigare=尼格拉 Roshengül=肉先古丽 Tursungül=吐尔逊古丽
Zöhre=祖合热 Amine=阿米娜 Meryem=麦尔耶姆 Gülbahar=古丽巴哈尔 Dilber=迪丽拜尔 Gülshen=古丽先
Ruqiye=茹克亚 Saniye=萨尼亚 Arzugül=阿尔祖古丽 Mihray=米合热依 Xelchem=海力切木 Adalet=阿达莱提
Nurbiye=努尔比亚
""")

# Kazakh given names: Cyrillic = Chinese.
KAZAKH_MALE = _pairs("""
Серік=赛力克 Нұрлан=努尔兰 Ерлан=叶尔兰 Асқар=阿斯卡尔 Бауыржан=包尔江 Қайрат=海拉提 Ержан=叶尔江
Мұрат=木拉提 Бақыт=巴合提 Дәулет=达吾来提 Жандос=江多斯 Талғат=塔里哈提 Ғалым=哈力木 Әділ=阿迪力
Омар=吾马尔 Арман=阿尔曼 Қуаныш=库安尼西 Сәкен=沙肯 Болат=波拉提 Берік=别力克 Айдос=艾多斯
Ерболат=叶尔波拉提 Мақсат=马合沙提 Оралбай=沃拉勒拜 Нұрбол=努尔波力 Ерсін=叶尔森 Төлеген=托列根
Жеңіс=杰恩斯
""")
KAZAKH_FEMALE = _pairs("""
Айгүл=阿依古丽 Гүлнар=古丽娜尔 Сәуле=沙吾列 Жанар=加娜尔 Назгүл=娜孜古丽 Ботагөз=波塔古孜
Динара=迪娜拉 Әйгерім=阿依格仁 Мәдина=玛迪娜 Ақмарал=阿克玛热丽 Гүлжан=古丽江 Ләззат=拉扎提
Ардақ=阿尔达克 Салтанат=沙勒塔娜提 Гүлмира=古丽米拉 Жұлдыз=居勒德孜
""")
KYRGYZ_MALE = _pairs("""
Нурбек=努尔别克 Алмаз=阿勒玛孜 Талант=塔兰特 Бакыт=巴克特 Азамат=阿扎马特 Эрмек=艾尔麦克
Курманбек=库尔曼别克 Асан=阿散 Үсөн=吾森 Жумабек=居马别克 Темир=铁米尔 Мамыт=玛米特 Токтосун=托合托逊
""")
KYRGYZ_FEMALE = _pairs("""
Айнура=阿依努拉 Гүлзат=古丽扎提 Жылдыз=吉勒迪孜 Чолпон=乔力潘 Бермет=别尔麦提 Айжан=阿依江
Нургүл=努尔古丽 Бактыгүл=巴克特古丽
""")

# Chinese (Han / Hui) names: characters = pinyin syllables joined by commas.
HUI_SURNAMES = _pairs("马=ma 杨=yang 丁=ding 白=bai 哈=ha 穆=mu 纳=na 金=jin 海=hai 沙=sha")
HAN_SURNAMES = _pairs("王=wang 李=li 张=zhang 刘=liu 陈=chen 赵=zhao 黄=huang 周=zhou 吴=wu 徐=xu "
                      "孙=sun 胡=hu")
CHINESE_MALE = _pairs("""
建国=jian,guo 志强=zhi,qiang 文军=wen,jun 国华=guo,hua 永福=yong,fu 德明=de,ming 小龙=xiao,long
伟=wei 勇=yong 军=jun 海涛=hai,tao 成林=cheng,lin 福贵=fu,gui 学文=xue,wen 忠=zhong 玉山=yu,shan
""")
CHINESE_FEMALE = _pairs("""
秀英=xiu,ying 丽华=li,hua 海燕=hai,yan 玉兰=yu,lan 红梅=hong,mei 桂芳=gui,fang 春燕=chun,yan 芳=fang
静=jing 秀兰=xiu,lan 金花=jin,hua 淑珍=shu,zhen 雪梅=xue,mei
""")

# Pinyin of every character used in the minority transcriptions above.
_CHAR_PINYIN_TEXT = """
买mai 提ti 阿a 不bu 都du 热re 依yi 木mu 吐tu 尔er 逊xun 力li 米mi 克ke 拉la 艾ai 合he 拜bai 肯ken
伊yi 哈ha 奥ao 斯si 曼man 库ku 班ban 肉rou 孜zi 沙sha 迪di 塔ta 亚ya 森sen 玉yu 素su 甫fu 努nu 山shan
吉ji 尼ni 加jia 帕pa 波bo 卡ka 洪hong 祖zu 农nong 马ma 外wai 萨sa 布bu 音yin 巴ba 图tu 夏xia 吾wu
守shou 明ming 肖xiao 开kai 江jiang 坤kun 托tuo 古gu 丽li 娜na 日ri 汗han 皮pi 比bi 玛ma 达da 旦dan
再zai 扎zha 格ge 先xian 麦mai 耶ye 姆mu 茹ru 切qie 海hai 莱lai 赛sai 兰lan 叶ye 包bao 来lai 多duo
里li 曼man 安an 西xi 别bie 勒le 沃wo 列lie 仁ren 杰jie 恩en 居ju 德de 散san 铁tie 特te 乔qiao 潘pan 根gen 科ke
"""
CHAR_PINYIN: dict[str, str] = {item[0]: item[1:] for item in _CHAR_PINYIN_TEXT.split()}

# County: code, Chinese, pinyin, ULY, Kazakh Cyrillic, English.
COUNTIES_RAW = """
650102|乌鲁木齐市天山区|Wulumuqi Shi Tianshan Qu|Ürümchi|Үрімші|Urumqi
650402|吐鲁番市高昌区|Tulufan Shi Gaochang Qu|Turpan|Тұрпан|Turpan
650421|鄯善县|Shanshan Xian|Pichan|Пішан|Pichan
650502|哈密市伊州区|Hami Shi Yizhou Qu|Qumul|Құмыл|Kumul
652301|昌吉市|Changji Shi|Sanji|Санжы|Changji
652324|玛纳斯县|Manasi Xian|Manas|Манас|Manas
652801|库尔勒市|Kuerle Shi|Korla|Корла|Korla
652901|阿克苏市|Akesu Shi|Aqsu|Ақсу|Aksu
652922|温宿县|Wensu Xian|Onsu|Оңсу|Wensu
652924|沙雅县|Shaya Xian|Shayar|Шаяр|Shayar
652926|拜城县|Baicheng Xian|Bay|Бай|Bay
652928|阿瓦提县|Awati Xian|Awat|Ауат|Awat
653001|阿图什市|Atushi Shi|Atush|Артыш|Artux
653022|阿克陶县|Aketao Xian|Aqto|Ақтоо|Akto
653024|乌恰县|Wuqia Xian|Ulughchat|Улуқчат|Ulugqat
653101|喀什市|Kashi Shi|Qeshqer|Қашқар|Kashgar
653121|疏附县|Shufu Xian|Kona Sheher|Кона Шәһәр|Shufu
653122|疏勒县|Shule Xian|Yéngisheher|Йеңишәһәр|Shule
653123|英吉沙县|Yingjisha Xian|Yéngisar|Йеңисар|Yengisar
653124|泽普县|Zepu Xian|Poskam|Поскам|Poskam
653125|莎车县|Shache Xian|Yeken|Йәкән|Yarkand
653126|叶城县|Yecheng Xian|Qaghiliq|Қағылық|Kargilik
653127|麦盖提县|Maigaiti Xian|Mekit|Мәкит|Makit
653128|岳普湖县|Yuepuhu Xian|Yopurgha|Йопурға|Yopurga
653129|伽师县|Jiashi Xian|Peyziwat|Пейзиуат|Peyziwat
653130|巴楚县|Bachu Xian|Maralbéshi|Маралбеши|Maralbeshi
653201|和田市|Hetian Shi|Xoten|Хотан|Hotan
653221|和田县|Hetian Xian|Xoten Nahiyisi|Хотан ауданы|Hotan County
653222|墨玉县|Moyu Xian|Qaraqash|Қарақаш|Karakax
653223|皮山县|Pishan Xian|Guma|Гума|Guma
653224|洛浦县|Luopu Xian|Lop|Лоп|Lop
653225|策勒县|Cele Xian|Chira|Чира|Chira
653226|于田县|Yutian Xian|Kériye|Керия|Keriya
653227|民丰县|Minfeng Xian|Niye|Ния|Niya
654002|伊宁市|Yining Shi|Ghulja|Құлжа|Ghulja
654021|伊宁县|Yining Xian|Ghulja Nahiyisi|Құлжа ауданы|Ghulja County
654025|新源县|Xinyuan Xian|Künes|Күнес|Kunes
654026|昭苏县|Zhaosu Xian|Mongghulküre|Моңғолкүре|Mongolkure
654027|特克斯县|Tekesi Xian|Tékes|Текес|Tekes
654028|尼勒克县|Nileke Xian|Nilqa|Нылқы|Nilka
654201|塔城市|Tacheng Shi|Chöchek|Шәуешек|Chuguchak
654221|额敏县|Emin Xian|Dörbiljin|Дөрбілжін|Dorbiljin
654301|阿勒泰市|Aletai Shi|Altay|Алтай|Altay
654321|布尔津县|Buerjin Xian|Burchin|Бүршін|Burqin
654322|富蕴县|Fuyun Xian|Köktoqay|Көктоғай|Koktokay
"""

# Prefecture: code, Chinese, pinyin, ULY, Kazakh Cyrillic, English.
PREFECTURES_RAW = """
6501|乌鲁木齐市|Wulumuqi Shi|Ürümchi|Үрімші|Urumqi
6504|吐鲁番市|Tulufan Shi|Turpan|Тұрпан|Turpan
6505|哈密市|Hami Shi|Qumul|Құмыл|Hami
6523|昌吉回族自治州|Changji Huizu Zizhizhou|Sanji Oblasti|Санжы|Changji Prefecture
6528|巴音郭楞蒙古自治州|Bayinguoleng Menggu Zizhizhou|Bayin'gholin|Баянғол|Bayingolin
6529|阿克苏地区|Akesu Diqu|Aqsu Wilayiti|Ақсу|Aksu Prefecture
6530|克孜勒苏柯尔克孜自治州|Kezilesu Keerkezi Zizhizhou|Qizilsu|Қызылсу|Kizilsu
6531|喀什地区|Kashi Diqu|Qeshqer Wilayiti|Қашқар|Kashgar Prefecture
6532|和田地区|Hetian Diqu|Xoten Wilayiti|Хотан|Hotan Prefecture
6540|伊犁哈萨克自治州|Yili Hasake Zizhizhou|Ili|Іле|Ili
6542|塔城地区|Tacheng Diqu|Tarbaghatay|Тарбағатай|Tacheng Prefecture
6543|阿勒泰地区|Aletai Diqu|Altay Wilayiti|Алтай|Altay Prefecture
"""

# Facility: key, prefectures served, Chinese, pinyin, ULY, Kazakh Cyrillic, English variants (;-separated).
FACILITIES_RAW = """
KS1|6531|喀什市第一职业技能教育培训中心|Kashi Shi Diyi Zhiye Jineng Jiaoyu Peixun Zhongxin|Qeshqer 1-nomurluq terbiyilesh merkizi|Қашқар №1 оқыту орталығы|Kashgar City No. 1 Vocational Skills Education and Training Center;Kashgar No.1 camp;Kashgar No. 1 re-education camp
YK|6531|莎车县职业技能教育培训中心|Shache Xian Zhiye Jineng Jiaoyu Peixun Zhongxin|Yeken nahiyilik terbiyilesh merkizi|Йәкән аудандық оқыту орталығы|Yarkand County Vocational Skills Education and Training Center;Yarkand camp;Shache VSETC
KSD|6531|喀什地区看守所|Kashi Diqu Kanshousuo|Qeshqer wilayetlik qamaqxana|Қашқар аймақтық тергеу изоляторы|Kashgar Prefecture Detention Center;Kashgar detention center
HT|6532|和田县看守所|Hetian Xian Kanshousuo|Xoten nahiyilik qamaqxana|Хотан аудандық тергеу изоляторы|Hotan County Detention Center;Hotan County jail
MY|6532|墨玉县职业技能教育培训中心|Moyu Xian Zhiye Jineng Jiaoyu Peixun Zhongxin|Qaraqash nahiyilik terbiyilesh merkizi|Қарақаш аудандық оқыту орталығы|Karakax County Vocational Skills Education and Training Center;Karakax camp;Moyu VSETC
AKS|6529|阿克苏监狱|Akesu Jianyu|Aqsu türmisi|Ақсу түрмесі|Aksu Prison
URC|6501,6523,6505|乌鲁木齐市第三看守所|Wulumuqi Shi Disan Kanshousuo|Ürümchi 3-nomurluq qamaqxana|Үрімші №3 тергеу изоляторы|Urumqi No. 3 Detention Center;Urumqi Detention Center No. 3
TRP|6504,6505|吐鲁番市职业技能教育培训中心|Tulufan Shi Zhiye Jineng Jiaoyu Peixun Zhongxin|Turpan terbiyilesh merkizi|Тұрпан оқыту орталығы|Turpan Vocational Skills Education and Training Center;Turpan camp
YN|6540|伊宁市职业技能教育培训中心|Yining Shi Zhiye Jineng Jiaoyu Peixun Zhongxin|Ghulja sheherlik terbiyilesh merkizi|Құлжа қалалық оқыту орталығы|Yining City Vocational Skills Education and Training Center;Ghulja re-education camp
YL|6540|伊犁监狱|Yili Jianyu|Ili türmisi|Іле түрмесі|Ili Prison
TC|6542|塔城地区职业技能教育培训中心|Tacheng Diqu Zhiye Jineng Jiaoyu Peixun Zhongxin|Chöchek terbiyilesh merkizi|Тарбағатай аймақтық оқыту орталығы|Tacheng Vocational Skills Education and Training Center;Chuguchak camp
ALT|6543|阿勒泰市职业技能教育培训中心|Aletai Shi Zhiye Jineng Jiaoyu Peixun Zhongxin|Altay terbiyilesh merkizi|Алтай қалалық оқыту орталығы|Altay City Vocational Skills Education and Training Center;Altay camp
ATS|6530|阿图什市职业技能教育培训中心|Atushi Shi Zhiye Jineng Jiaoyu Peixun Zhongxin|Atush terbiyilesh merkizi|Артыш оқыту орталығы|Artux Vocational Skills Education and Training Center;Atush camp
KRL|6528|库尔勒市看守所|Kuerle Shi Kanshousuo|Korla qamaqxanisi|Корла тергеу изоляторы|Korla Detention Center
CJ|6523|昌吉市看守所|Changji Shi Kanshousuo|Sanji qamaqxanisi|Санжы тергеу изоляторы|Changji Detention Center
"""  # noqa: E501

# Where each group's birthplaces lie: county code -> relative weight.
COUNTY_WEIGHTS: dict[str, dict[str, float]] = {
    "ug": {
        "653101": 6, "653121": 4, "653122": 4, "653123": 3, "653124": 2, "653125": 7, "653126": 4,
        "653127": 2, "653128": 2, "653129": 3, "653130": 2, "653201": 5, "653221": 4, "653222": 5,
        "653223": 2, "653224": 3, "653225": 2, "653226": 3, "653227": 1, "652901": 4, "652922": 2,
        "652924": 2, "652926": 1, "652928": 2, "650402": 3, "650421": 2, "650102": 5, "654002": 4,
        "654021": 2, "652801": 2, "650502": 2, "653001": 2,
    },
    "kz": {
        "654002": 3, "654021": 2, "654025": 3, "654026": 2, "654027": 2, "654028": 3, "654201": 4,
        "654221": 3, "654301": 4, "654321": 2, "654322": 2, "652301": 1, "652324": 1, "650102": 1,
    },
    "kg": {"653001": 4, "653022": 4, "653024": 4, "654026": 1},
    "hui": {"652301": 4, "652324": 2, "650102": 4, "654002": 2, "654021": 1, "650502": 1},
    "han": {"650102": 5, "652801": 2, "652301": 2, "652901": 1, "653101": 1, "654002": 1},
}
