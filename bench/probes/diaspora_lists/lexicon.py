"""Name and place lexicons for the diaspora_lists probe (all invented combinations, no real persons).

Turkic (Uyghur, Uzbek) rows: ULY Latin | Chinese transcription | pinyin | Turkish form | English spellings.
Kazakh / Kyrgyz rows: native Cyrillic | Chinese transcription | pinyin.  Earlier rows are more frequent.
"""


def _rows(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines()]


UY_M = _rows("""
Memet|买买提|Maimaiti|Mehmet|Memet,Mehmet,Mamat,Mehmed
Tursun|吐尔逊|Tuerxun|Tursun|Tursun
Ehmet|艾合买提|Aihemaiti|Ahmet|Ahmet,Ahmat,Ehmet,Akhmet
Abdurehim|阿不都热依木|Abudureyimu|Abdurrahim|Abdurahim,Abdurehim,Abdureyim
Hesen|艾山|Aishan|Hasan|Hasan,Hesen,Hassan
Abdulla|阿不都拉|Abudula|Abdullah|Abdulla,Abdullah
Tohti|托合提|Tuoheti|Tohti|Tohti,Tokhti,Toxti
Qurban|库尔班|Kuerban|Kurban|Kurban,Qurban
Abdukérim|阿不都克里木|Abudukelimu|Abdulkerim|Abdukerim,Abdukarim
Osman|吾斯曼|Wusiman|Osman|Osman,Usman
Yasin|亚森|Yasen|Yasin|Yasin,Yasen
Ablimit|阿布力米提|Abulimiti|Ablimit|Ablimit,Ablimet
Rozi|肉孜|Rouzi|Rozi|Rozi,Rouzi
Yusup|玉素甫|Yusufu|Yusuf|Yusuf,Yusup
Ibrahim|依布拉音|Yibulayin|İbrahim|Ibrahim,Ibrayim
Ismayil|依斯马依力|Yisimayili|İsmail|Ismail,Ismayil
Muhemmet|木合买提|Muhemaiti|Muhammet|Muhammad,Muhemmet,Mohammed
Ilham|伊力哈木|Yilihamu|İlham|Ilham
Turghun|吐尔洪|Tuerhong|Turgun|Turghun,Turgun
Eysa|艾沙|Aisha|İsa|Isa,Eysa,Aysa
Musa|木沙|Musha|Musa|Musa
Nurmemet|努尔买买提|Nuermaimaiti|Nurmehmet|Nurmemet,Nurmehmet
Abliz|阿布力孜|Abulizi|Abliz|Abliz,Ablez
Erkin|艾尔肯|Aierken|Erkin|Erkin,Arkin
Mijit|米吉提|Mijiti|Mecit|Mijit
Perhat|帕尔哈提|Paerhati|Ferhat|Perhat,Ferhat,Parhat
Ekber|艾克拜尔|Aikebaier|Ekber|Akbar,Ekber
Dilshat|迪力夏提|Dilixiati|Dilşat|Dilshat,Dilxat
Ablet|阿布来提|Abulaiti|Ablet|Ablet,Ablat
Enwer|安外尔|Anwaier|Enver|Anwar,Enwer,Enver
Alim|阿里木|Alimu|Alim|Alim
Sidiq|斯迪克|Sidike|Sıddık|Sidiq,Sidik,Siddiq
Mehmut|买合木提|Maihemuti|Mahmut|Mahmut,Mehmut,Mahmud
Ehmetjan|艾合买提江|Aihemaitijiang|Ahmetcan|Ahmatjan,Ehmetjan,Ahmetjan
Memtimin|买买提明|Maimaitiming|Mehmetemin|Memtimin,Mamtimin
Tahir|塔依尔|Tayier|Tahir|Tahir
Esqer|艾斯卡尔|Aisikaer|Asker|Asqar,Esqer,Askar
Niyaz|尼亚孜|Niyazi|Niyaz|Niyaz
Qadir|卡德尔|Kadeer|Kadir|Kadir,Qadir
Imin|依明|Yiming|Emin|Imin,Emin
Abdurehman|阿不都热合曼|Abudureheman|Abdurrahman|Abdurahman,Abdurehman,Abdurakhman
""")

UY_F = _rows("""
Gulnur|古丽努尔|Gulinuer|Gülnur|Gulnur,Gulnor
Ayshem|阿依先木|Ayixianmu|Ayşem|Aysham,Ayshem,Aishem
Aygul|阿依古丽|Ayiguli|Aygül|Aygul,Aigul
Patigul|帕提古丽|Patiguli|Fatigül|Patigul
Rabiye|热比亚|Rebiya|Rabia|Rabiye,Rabia,Rebiya
Zohre|祖合热|Zuhere|Zühre|Zohra,Zohre,Zuhra
Meryem|玛丽亚木|Maliyamu|Meryem|Maryam,Meryem,Mariam
Patime|帕提曼|Patiman|Fatma|Fatima,Patime,Patima
Gulmire|古丽米热|Gulimire|Gülmira|Gulmira,Gulmire
Dilnur|迪丽努尔|Dilinuer|Dilnur|Dilnur
Nurgul|努尔古丽|Nuerguli|Nurgül|Nurgul
Sheripe|协丽排|Xielipai|Şerife|Sherife,Sheripe,Sharipa
Zulpiye|祖力皮亚|Zulipiya|Zülfiye|Zulfiya,Zulpiye
Mahire|玛依热|Mayire|Mahire|Mahire,Mahira
Gulbahar|古丽巴哈尔|Gulibahaer|Gülbahar|Gulbahar
Amine|阿米娜|Amina|Emine|Amina,Amine
Dilber|迪丽拜尔|Dilibaier|Dilber|Dilber,Dilbar
Munire|木尼热|Munire|Münire|Munire,Munira
Turnisa|吐尔尼沙|Tuernisha|Turnisa|Turnisa
Rizwangul|日孜完古丽|Riziwanguli|Rizvangül|Rizwangul,Rizvangul
Mihrigul|米合日古丽|Miheriguli|Mihrigül|Mihrigul,Mehrigul
Aynur|阿依努尔|Ayinuer|Aynur|Aynur,Ainur
""")

UZ_M = _rows("""
Rustem|如斯坦木|Rusitanmu|Rüstem|Rustam,Rustem
Shawket|夏吾开提|Xiawukaiti|Şevket|Shavkat,Shawket
Batur|巴图尔|Batuer|Batur|Botir,Batur
Ulughbek|乌鲁格别克|Wulugebieke|Uluğbek|Ulugbek,Ulughbek
Sherzat|谢尔扎提|Xieerzhati|Şerzat|Sherzod,Sherzat
Abdulaziz|阿不都艾则孜|Abuduaizezi|Abdülaziz|Abdulaziz
Ferhad|帕尔哈德|Paerhade|Ferhat|Farhod,Farhad
""")

UZ_F = _rows("""
Dilnoza|迪丽诺扎|Dilinuozha|Dilnoza|Dilnoza
Gulnora|古丽诺拉|Gulinuola|Gülnara|Gulnora,Gulnara
Nodira|诺迪拉|Nuodila|Nadira|Nodira,Nadira
Malike|玛丽卡|Malika|Melike|Malika
""")

KZ_M = _rows("""
Ерлан|叶尔兰|Yeerlan
Серік|赛力克|Sailike
Нұрлан|努尔兰|Nuerlan
Жеңіс|解尼斯|Jienisi
Қайрат|凯拉提|Kailati
Асқар|阿斯哈尔|Asihaer
Бауыржан|包尔江|Baoerjiang
Мұрат|木拉提|Mulati
Ербол|叶尔波力|Yeerboli
Қуаныш|阔纳什|Kuonashi
Дәулет|达吾列提|Dawulieti
Бақытжан|巴合提江|Bahetijiang
Нұрбол|努尔波力|Nuerboli
Ахмет|艾合买提|Aihemaiti
""")

KZ_F = _rows("""
Айгерім|阿依格尔木|Ayigeermu
Гүлнұр|古丽努尔|Gulinuer
Жанар|加娜尔|Jianaer
Әсел|阿塞丽|Asaili
Динара|迪娜拉|Dinala
Айнұр|阿依努尔|Ayinuer
Сәуле|莎吾列|Shawulie
Гүлмира|古丽米拉|Gulimila
Назгүл|娜孜古丽|Naziguli
Ботагөз|博塔古孜|Botaguzi
Жұлдыз|居勒德孜|Juledezi
""")

KG_M = _rows("""
Азамат|阿扎马特|Azamate
Нурлан|努尔兰|Nuerlan
Бакыт|巴合提|Baheti
Алмаз|阿力马斯|Alimasi
Эрмек|艾尔麦克|Aiermaike
Таалай|塔拉依|Talayi
Бекмурат|别克木拉提|Biekemulati
Турдубек|吐尔地别克|Tuerdibieke
""")

KG_F = _rows("""
Айпери|阿依帕丽|Ayipali
Чолпон|绰勒潘|Chuolepan
Жыпар|吉帕尔|Jipaer
Гүлзат|古丽扎提|Gulizhati
Нургүл|努尔古丽|Nuerguli
Айзада|阿依扎达|Ayizhada
""")

# Chinese surnames and given-name characters with pinyin; Palladius (Russian) syllables.
def _words(block: str) -> list[str]:
    return block.split()


HAN_SURNAMES = _words("""王wang 李li 张zhang 刘liu 陈chen 杨yang 赵zhao 黄huang 周zhou 吴wu 徐xu 孙sun 胡hu
朱zhu 郭guo 何he 高gao 林lin 罗luo""")
HUI_SURNAMES = _words("""马ma 马ma 马ma 杨yang 白bai 韩han 丁ding 哈ha 穆mu 冶ye 苏su 金jin
洪hong 沙sha 纳na 海hai""")
GIVEN_M = _words("""伟wei 军jun 建jian 国guo 华hua 明ming 强qiang 勇yong 文wen 志zhi 海hai 平ping 德de 福fu
成cheng 忠zhong 学xue 林lin 斌bin 涛tao 刚gang 峰feng 鑫xin 春chun""")
GIVEN_F = _words("""英ying 秀xiu 兰lan 芳fang 丽li 梅mei 霞xia 燕yan 玲ling 娟juan 红hong 萍ping 慧hui 玉yu
琴qin 娜na 静jing 春chun 鑫xin""")
PALLADIUS = dict(p.split(":") for p in _words("""wang:ван li:ли zhang:чжан liu:лю chen:чэнь yang:ян
zhao:чжао huang:хуан zhou:чжоу wu:у xu:сюй sun:сунь hu:ху zhu:чжу guo:го he:хэ gao:гао lin:линь
luo:ло ma:ма bai:бай han:хань
ding:дин ha:ха mu:му ye:е su:су jin:цзинь hong:хун sha:ша na:на hai:хай wei:вэй jun:цзюнь jian:цзянь
hua:хуа ming:мин qiang:цян yong:юн wen:вэнь zhi:чжи ping:пин de:дэ fu:фу cheng:чэн zhong:чжун xue:сюэ
bin:бинь tao:тао gang:ган feng:фэн xin:синь chun:чунь ying:ин xiu:сю lan:лань fang:фан mei:мэй xia:ся
yan:янь ling:лин juan:цзюань hui:хуэй yu:юй qin:цинь jing:цзин"""))

# Hui Muslim (jingming) names: English | ULY | Russian | Turkish | sex
HUI_MUSLIM = _rows("""
Yusuf|Yusup|Юсуф|Yusuf|M
Ibrahim|Ibrahim|Ибрагим|İbrahim|M
Musa|Musa|Муса|Musa|M
Ismail|Ismayil|Исмаил|İsmail|M
Ali|Ali|Али|Ali|M
Dawud|Dawut|Давуд|Davud|M
Harun|Harun|Харун|Harun|M
Fatima|Patime|Фатима|Fatma|F
Aisha|Ayshe|Аиша|Ayşe|F
Maryam|Meryem|Марьям|Meryem|F
Halima|Halime|Халима|Halime|F
Zahra|Zohre|Захра|Zehra|F
""")

# Prefectures: key | zh full | zh short | pinyin | pinyin type | ULY | English | Turkish | German | Russian
# | Kazakh
PREFS = {r[0]: r for r in _rows("""
kashgar|喀什地区|喀什|Kashi|Diqu|Qeshqer|Kashgar,Kashi,Qeshqer,Kashghar|Kaşgar|Kaschgar,Kashgar|Кашгар|Қашқар
hotan|和田地区|和田|Hetian|Diqu|Xoten|Hotan,Khotan,Hoten,Hetian|Hoten|Hotan,Chotan|Хотан|Хотан
aksu|阿克苏地区|阿克苏|Akesu|Diqu|Aqsu|Aksu,Aqsu|Aksu|Aksu|Аксу|Ақсу
kizilsu|克孜勒苏柯尔克孜自治州|克州|Kezilesu|Zizhizhou|Qizilsu|Kizilsu,Qizilsu,Artush|Kızılsu|Kisilsu|Кызылсу|Қызылсу
ili|伊犁哈萨克自治州|伊犁|Yili|Zizhizhou|Ili|Ili,Ghulja,Yining,Gulja,Kulja|İli,Gulca|Ili,Ghulja|Или,Кульджа|Іле,Құлжа
tacheng|塔城地区|塔城|Tacheng|Diqu|Chöchek|Tacheng,Chochek,Chuguchak|Çöçek|Tacheng|Чугучак|Шәуешек,Тарбағатай
altay|阿勒泰地区|阿勒泰|Aletai|Diqu|Altay|Altay,Altai|Altay|Altai|Алтай|Алтай
urumqi|乌鲁木齐市|乌鲁木齐|Wulumuqi|Shi|Ürümchi|Urumqi,Urumchi,Urumchi|Urumçi|Ürümqi,Urumtschi|Урумчи|Үрімші
turpan|吐鲁番市|吐鲁番|Tulufan|Shi|Turpan|Turpan,Turfan|Turfan|Turfan|Турфан|Тұрпан
changji|昌吉回族自治州|昌吉|Changji|Zizhizhou|Sanji|Changji,Sanji|Sancı|Changji|Чанцзи|Сәнжі
bayingol|巴音郭楞蒙古自治州|巴州|Bayinguoleng|Zizhizhou|Korla|Korla,Bayingolin|Korla|Korla|Корла|Корла
shihezi|石河子市|石河子|Shihezi|Shi|Shixenza|Shihezi|Şihezi|Shihezi|Шихэцзы|Шихэцзы
""")}

# Counties: GB/T 2260 code | zh | pinyin | ULY | prefecture key. ULY equal to the prefecture's: its seat city.
COUNTIES = _rows("""
653101|喀什市|Kashi Shi|Qeshqer|kashgar
653121|疏附县|Shufu Xian|Konasheher|kashgar
653122|疏勒县|Shule Xian|Yéngisheher|kashgar
653123|英吉沙县|Yingjisha Xian|Yéngisar|kashgar
653125|莎车县|Shache Xian|Yeken|kashgar
653126|叶城县|Yecheng Xian|Qaghiliq|kashgar
653127|麦盖提县|Maigaiti Xian|Mekit|kashgar
653129|伽师县|Jiashi Xian|Peyziwat|kashgar
653130|巴楚县|Bachu Xian|Maralbéshi|kashgar
653201|和田市|Hetian Shi|Xoten|hotan
653222|墨玉县|Moyu Xian|Qaraqash|hotan
653223|皮山县|Pishan Xian|Guma|hotan
653224|洛浦县|Luopu Xian|Lop|hotan
653225|策勒县|Cele Xian|Chira|hotan
653226|于田县|Yutian Xian|Keriye|hotan
652901|阿克苏市|Akesu Shi|Aqsu|aksu
652902|库车市|Kuche Shi|Kucha|aksu
652922|温宿县|Wensu Xian|Onsu|aksu
652924|沙雅县|Shaya Xian|Shayar|aksu
652926|拜城县|Baicheng Xian|Bay|aksu
653001|阿图什市|Atushi Shi|Atush|kizilsu
653022|阿克陶县|Aketao Xian|Aqto|kizilsu
653023|阿合奇县|Aheqi Xian|Aqchi|kizilsu
653024|乌恰县|Wuqia Xian|Ulughchat|kizilsu
654002|伊宁市|Yining Shi|Ghulja|ili
654022|察布查尔锡伯自治县|Chabuchaer Xian|Chapchal|ili
654023|霍城县|Huocheng Xian|Qorghas|ili
654025|新源县|Xinyuan Xian|Künes|ili
654026|昭苏县|Zhaosu Xian|Mongghulküre|ili
654027|特克斯县|Tekesi Xian|Tékes|ili
654028|尼勒克县|Nileke Xian|Nilqa|ili
654201|塔城市|Tacheng Shi|Chöchek|tacheng
654223|沙湾县|Shawan Xian|Saghan|tacheng
654301|阿勒泰市|Aletai Shi|Altay|altay
654321|布尔津县|Buerjin Xian|Burchin|altay
650102|天山区|Tianshan Qu|Tengritagh|urumqi
650103|沙依巴克区|Shayibake Qu|Saybagh|urumqi
650402|高昌区|Gaochang Qu|Turpan|turpan
650421|鄯善县|Shanshan Xian|Pichan|turpan
652301|昌吉市|Changji Shi|Sanji|changji
652325|奇台县|Qitai Xian|Guchung|changji
652801|库尔勒市|Kuerle Shi|Korla|bayingol
652826|焉耆回族自治县|Yanqi Xian|Qarasheher|bayingol
659001|石河子市|Shihezi Shi|Shixenza|shihezi
""")

# Where people of each group are born (prefecture weights).
HOME = {
    "uyghur": {"kashgar": 32, "hotan": 20, "aksu": 14, "ili": 10, "urumqi": 8, "turpan": 8, "kizilsu": 4,
               "bayingol": 4},
    "uzbek": {"ili": 35, "kashgar": 30, "urumqi": 25, "tacheng": 10},
    "kazakh": {"ili": 45, "tacheng": 20, "altay": 20, "changji": 10, "urumqi": 5},
    "kyrgyz": {"kizilsu": 70, "aksu": 10, "ili": 10, "kashgar": 10},
    "hui": {"changji": 35, "urumqi": 25, "bayingol": 20, "ili": 20},
    "han": {"urumqi": 35, "shihezi": 25, "changji": 20, "ili": 10, "aksu": 10},
}
