# ruff: noqa: E501, SIM905  (hand-written tables of names and places, one entry per line)
"""Hand-made name, place and facility tables for the synthetic benchmark.

Every name is a common given name; combinations are random, people are fictional.
Each entry: key -> dict(zh=[Chinese transcriptions], en=[Latin spellings used by
relatives abroad], tr=[Turkish spellings], ug=[Uyghur Arabic script], cy=[Cyrillic])
"""

def N(zh, en, tr, ug, cy):
    return dict(zh=zh.split('|'), en=en.split('|'), tr=tr.split('|'), ug=ug.split('|'), cy=cy.split('|'))

UYGHUR_M = {
    'Memet':     N('买买提|麦麦提', 'Memet|Mehmet|Muhammad|Mamat', 'Mehmet|Memet', 'مەمەت|مۇھەممەت', 'Мәмет|Мамет'),
    'Tursun':    N('吐尔逊|吐尔孙', 'Tursun|Tursoon|Tursunjan', 'Tursun', 'تۇرسۇن', 'Тұрсын|Турсун'),
    'Ablimit':   N('阿布力米提|阿不力米提', 'Ablimit|Abulimit|Ablimiti', 'Ablimit|Ablimit', 'ئابلىمىت', 'Әблімит|Аблимит'),
    'Abdurehim': N('阿不都热依木|阿布都热依木', 'Abdurehim|Abdurahim|Abdureyim|Abdurrahim', 'Abdurrahim|Abdurehim', 'ئابدۇرېھىم', 'Абдурахим|Әбдірахым'),
    'Ahmet':     N('艾合买提|艾合麦提', 'Ahmet|Ehmet|Akhmet|Ahmat', 'Ahmet', 'ئەخمەت', 'Ахмет|Ахмәт'),
    'Alim':      N('阿里木|阿力木', 'Alim|Aalim|Alimjan', 'Alim', 'ئالىم', 'Әлім|Алим'),
    'Eli':       N('艾力|阿力', 'Eli|Ali|Ely', 'Ali', 'ئەلى', 'Әли|Али'),
    'Ilham':     N('伊力哈木', 'Ilham|Elham|Ilhom', 'İlham', 'ئىلھام', 'Ильхам|Ілхам'),
    'Ismail':    N('司马义|斯马依', 'Ismail|Ismayil|Ismayl|Smail', 'İsmail', 'ئىسمائىل', 'Исмаил|Ысмайыл'),
    'Rozi':      N('肉孜', 'Rozi|Rozy|Roozi', 'Rozi', 'روزى', 'Розы|Рози'),
    'Qurban':    N('库尔班', 'Qurban|Kurban|Korban', 'Kurban', 'قۇربان', 'Құрбан|Курбан'),
    'Yusup':     N('玉素甫|玉苏甫', 'Yusup|Yusuf|Yosup|Yousef', 'Yusuf', 'يۈسۈپ', 'Жүсіп|Юсуп'),
    'Abdukerim': N('阿不都克里木|阿布都克力木', 'Abdukerim|Abdukarim|Abdulkerim', 'Abdülkerim|Abdukerim', 'ئابدۇكېرىم', 'Абдукерим|Әбдікерім'),
    'Nurmemet':  N('努尔买买提|努尔麦麦提', 'Nurmemet|Nurmuhammad|Nurmamat', 'Nurmehmet', 'نۇرمەمەت', 'Нұрмәмет|Нурмамет'),
    'Obul':      N('吾布力', 'Obul|Ubul|Obulqasim', 'Obul', 'ئوبۇل', 'Обул|Убул'),
    'Tohti':     N('托合提', 'Tohti|Tokhti|Toxti|Tokhtie', 'Tohti', 'توختى', 'Тохти|Тоқты'),
    'Erkin':     N('艾尔肯', 'Erkin|Arkin|Erken', 'Erkin', 'ئەركىن', 'Еркін|Эркин'),
    'Osman':     N('吾斯曼', 'Osman|Usman|Usmon', 'Osman', 'ئوسمان', 'Осман|Оспан'),
    'Hesen':     N('艾山|哈森', 'Hesen|Hasan|Hassan|Hasen', 'Hasan', 'ھەسەن', 'Хасан|Һасан'),
    'Abdulla':   N('阿不都拉|阿布都拉', 'Abdulla|Abdullah|Abdula', 'Abdullah', 'ئابدۇللا', 'Абдолла|Абдулла'),
    'Muhter':    N('木合塔尔', 'Muhter|Mukhtar|Muhtar', 'Muhtar', 'مۇختەر', 'Мұхтар|Мухтар'),
    'Ehmetjan':  N('艾合买提江|艾合麦提江', 'Ehmetjan|Ahmatjan|Akhmetjan|Ahmetjan', 'Ahmetcan', 'ئەخمەتجان', 'Ахметжан|Ахмәтжан'),
    'Memtimin':  N('买买提明|麦麦提敏', 'Memtimin|Mamtimin|Memetimin|Mehmet Emin', 'Mehmetemin|Memtimin', 'مەمتىمىن', 'Мәмтимин|Мамтимин'),
    'Yasin':     N('亚森|亚生', 'Yasin|Yassin|Yasen', 'Yasin', 'ياسىن', 'Ясин|Ясын'),
    'Ghopur':    N('吾甫尔', 'Ghopur|Gopur|Gofur|Ghofur', 'Gafur', 'غوپۇر', 'Ғопур|Гопур'),
    'Ablet':     N('阿布来提|阿不来提', 'Ablet|Abulat|Ablat', 'Ablet', 'ئابلەت', 'Әблет|Аблет'),
    'Mahmut':    N('买合木提|麦合木提', 'Mahmut|Mehmut|Makhmut', 'Mahmut', 'ماخمۇت', 'Махмут|Мақмұт'),
    'Adil':      N('阿迪力|阿迪里', 'Adil|Adel|Odil', 'Adil', 'ئادىل', 'Әділ|Адиль'),
    'Perhat':    N('帕尔哈提', 'Perhat|Parhat|Ferhat|Parhad', 'Ferhat', 'پەرھات', 'Пархат|Перхат'),
    'Dilshat':   N('迪力夏提|地里夏提', 'Dilshat|Dilxat|Delshat|Dilshad', 'Dilşat', 'دىلشات', 'Дилшат|Ділшат'),
    'Bekri':     N('拜克力', 'Bekri|Bakri|Bekry', 'Bekri', 'بەكرى', 'Бекри|Бәкри'),
    'Ibrahim':   N('依布拉音|伊布拉音', 'Ibrahim|Ibrayim|Ebrahim|Abraham', 'İbrahim', 'ئىبراھىم', 'Ибрагим|Ыбырайым'),
    'Qadir':     N('卡德尔|卡迪尔', 'Qadir|Kadir|Kader|Khadir', 'Kadir', 'قادىر', 'Қадыр|Кадир'),
    'Rehman':    N('热合曼', 'Rehman|Rahman|Rekhman', 'Rahman', 'رەھمان', 'Рахман|Рақман'),
    'Sawut':     N('沙吾提', 'Sawut|Savut|Sawot', 'Savut', 'ساۋۇت', 'Сауыт|Савут'),
    'Niyaz':     N('尼亚孜', 'Niyaz|Niaz|Nyaz', 'Niyaz', 'نىياز', 'Нияз|Ниязы'),
}

UYGHUR_F = {
    'Gulnar':    N('古丽娜尔|古力娜尔', 'Gulnar|Gulnara|Gulnaar', 'Gülnar', 'گۈلنار', 'Гүлнар|Гульнар'),
    'Reyhan':    N('热依汗|热伊汗', 'Reyhan|Rayhan|Raihan', 'Reyhan', 'رەيھان', 'Райхан|Рейхан'),
    'Patigul':   N('帕提古丽|帕提古力', 'Patigul|Patiguli|Fatigul|Patigül', 'Fatigül|Patigül', 'پاتىگۈل', 'Пәтигүл|Патигуль'),
    'Mihrigul':  N('米日古丽|米合日古丽', 'Mihrigul|Mehrigul|Mihriguli', 'Mihrigül', 'مېھرىگۈل', 'Меһрігүл|Мехригуль'),
    'Aynur':     N('阿依努尔', 'Aynur|Ainur|Aynura', 'Aynur', 'ئاينۇر', 'Айнұр|Айнур'),
    'Zulpiye':   N('祖丽皮亚|祖丽菲亚', 'Zulpiye|Zulfiya|Zulpiya|Zulfia', 'Zülfiye', 'زۇلپىيە', 'Зұлфия|Зульфия'),
    'Rahile':    N('热依拉|热伊拉', 'Rahile|Rahila|Raila|Reyila', 'Rahile', 'راھىلە', 'Рахила|Рақила'),
    'Gulbahar':  N('古丽巴哈尔|古力巴哈尔', 'Gulbahar|Gulbakhar|Gulbahor', 'Gülbahar', 'گۈلباھار', 'Гүлбаһар|Гульбахар'),
    'Aygul':     N('阿依古丽|阿依古力', 'Aygul|Aigul|Aiguli|Aygül', 'Aygül', 'ئايگۈل', 'Айгүл|Айгуль'),
    'Meryem':    N('麦热姆|玛丽亚木', 'Meryem|Maryam|Mariam|Meryam', 'Meryem', 'مەريەم', 'Мәриям|Мариям'),
    'Hasiyet':   N('哈斯也提', 'Hasiyet|Hasiyat|Khasiyet', 'Hasiyet', 'ھاسىيەت', 'Хасият|Һасият'),
    'Zeynep':    N('再娜甫|再乃甫', 'Zeynep|Zaynap|Zeynap|Zainab', 'Zeynep', 'زەينەپ', 'Зейнеп|Зайнап'),
    'Nigare':    N('尼格拉', 'Nigara|Nigare|Nigora', 'Nigar', 'نىگارە', 'Нигара|Ниғара'),
    'Tajigul':   N('塔吉古丽', 'Tajigul|Tajiguli|Tadjigul', 'Tacigül', 'تاجىگۈل', 'Тәжігүл|Таджигуль'),
    'Ayshem':    N('阿依先木', 'Ayshem|Aysham|Ayshe|Aisham', 'Ayşem|Ayşe', 'ئايشەم', 'Айшам|Айшем'),
    'Mahire':    N('玛依热', 'Mahire|Mahira|Mayire', 'Mahire', 'ماھىرە', 'Мәһира|Махира'),
    'Dilnur':    N('迪丽努尔|迪力努尔', 'Dilnur|Delnur|Dilnura', 'Dilnur', 'دىلنۇر', 'Ділнұр|Дильнур'),
    'Gulshen':   N('古丽先|古力先', 'Gulshen|Gulshan|Gulsen', 'Gülşen', 'گۈلشەن', 'Гүлшен|Гульшан'),
    'Muqeddes':  N('木开代斯', 'Muqeddes|Mukeddes|Mukaddas', 'Mukaddes', 'مۇقەددەس', 'Мұқаддас|Мукаддас'),
    'Ayshegul':  N('阿依谢古丽|阿依谢古力', 'Ayshegul|Ayshagul|Aishagul', 'Ayşegül', 'ئايشەگۈل', 'Айшагүл|Айшагуль'),
}

KAZAKH_M = {
    'Nurlan':    N('努尔兰', 'Nurlan|Nurlaan', 'Nurlan', 'نۇرلان', 'Нұрлан|Нурлан'),
    'Serik':     N('赛力克|塞力克', 'Serik|Serick|Serikh', 'Serik', 'سېرىك', 'Серік|Серик'),
    'Erlan':     N('叶尔兰', 'Yerlan|Erlan|Yerlen', 'Erlan', 'ئېرلان', 'Ерлан'),
    'Zhenis':    N('杰恩斯|叶尼斯', 'Zhenis|Jenis|Zhanis|Jenys', 'Cenis|Jenis', 'جېڭىس', 'Жеңіс|Женис'),
    'Bauyrzhan': N('包尔江|巴吾尔江', 'Bauyrzhan|Baurzhan|Bauirjan|Bawyrzhan', 'Bavurcan', 'باۋىرجان', 'Бауыржан|Бауржан'),
    'Asqar':     N('阿斯哈尔', 'Askar|Asqar|Askhar', 'Askar', 'ئاسقار', 'Асқар|Аскар'),
    'Erzhan':    N('叶尔江', 'Yerzhan|Erzhan|Erjan|Yerjan', 'Ercan', 'ئەرجان', 'Ержан'),
    'Dauren':    N('达吾然|达吾列恩', 'Dauren|Dawren|Dauran', 'Dauren', 'داۋرەن', 'Дәурен|Даурен'),
    'Qairat':    N('哈依拉提|凯拉特', 'Kairat|Qairat|Kayrat|Khairat', 'Kayrat', 'قايرات', 'Қайрат|Кайрат'),
    'Marat':     N('马拉提', 'Marat|Marrat', 'Marat', 'مارات', 'Марат'),
    'Berik':     N('别力克', 'Berik|Berick|Beryk', 'Berik', 'بېرىك', 'Берік|Берик'),
    'Daniyar':   N('达尼亚尔', 'Daniyar|Daniar|Danijar', 'Daniyar', 'دانىيار', 'Данияр'),
    'Bolat':     N('波拉提|波拉特', 'Bolat|Bulat|Bolatt', 'Bolat', 'بولات', 'Болат|Булат'),
    'Ermek':     N('叶尔麦克', 'Ermek|Yermek', 'Ermek', 'ئەرمەك', 'Ермек'),
    'Qanat':     N('哈纳提|哈那提', 'Kanat|Qanat|Khanat', 'Kanat', 'قانات', 'Қанат|Канат'),
    'Aidos':     N('艾多斯', 'Aidos|Aydos', 'Aydos', 'ئايدوس', 'Айдос'),
    'Nurbol':    N('努尔波拉提', 'Nurbol|Nurbolat', 'Nurbol', 'نۇربول', 'Нұрбол|Нурбол'),
}
KAZAKH_F = {
    'Gulnur':    N('古丽努尔|古力努尔', 'Gulnur|Gulnura|Gulnoor', 'Gülnur', 'گۈلنۇر', 'Гүлнұр|Гульнур'),
    'Aigerim':   N('阿依格琳|阿依克力木', 'Aigerim|Aygerim|Ayguerim', 'Aygerim', 'ئايگېرىم', 'Айгерім|Айгерим'),
    'Saule':     N('萨吾列', 'Saule|Sawle|Saoule', 'Saule', 'ساۋلە', 'Сәуле|Сауле'),
    'Dinara':    N('迪娜拉', 'Dinara|Dinarra', 'Dinara', 'دىنارا', 'Динара'),
    'Aizhan':    N('阿依江|阿伊江', 'Aizhan|Ayzhan|Aijan', 'Aycan', 'ئايجان', 'Айжан'),
    'Zhanar':    N('加娜尔', 'Zhanar|Janar|Zhanara', 'Canar', 'جانار', 'Жанар'),
    'Gulzhan':   N('古丽江|古力江', 'Gulzhan|Guljan|Gulzhann', 'Gülcan', 'گۈلجان', 'Гүлжан|Гульжан'),
    'Asel':      N('阿谢丽', 'Asel|Assel|Asyl', 'Asel', 'ئەسەل', 'Әсел|Асель'),
    'Nazgul':    N('娜孜古丽|娜孜古力', 'Nazgul|Nazgool|Nazgül', 'Nazgül', 'نازگۈل', 'Назгүл|Назгуль'),
    'Botagoz':   N('波塔阔孜', 'Botagoz|Botagöz|Botakoz', 'Botagöz', 'بوتاگۆز', 'Ботагөз'),
    'Zhanna':    N('让娜', 'Zhanna|Janna', 'Canna', 'جاننا', 'Жанна'),
}
KYRGYZ_M = {
    'Bakyt':     N('巴合提', 'Bakyt|Bakit|Bakhyt', 'Bakıt', 'باقىت', 'Бакыт|Бақыт'),
    'Nurbek':    N('努尔别克', 'Nurbek|Nurbeck', 'Nurbek', 'نۇربەك', 'Нурбек|Нұрбек'),
    'Talant':    N('塔兰特', 'Talant|Talantbek', 'Talant', 'تالانت', 'Талант'),
    'Azamat':    N('阿扎马提', 'Azamat|Azamatt', 'Azamat', 'ئازامات', 'Азамат'),
    'Aibek':     N('艾别克', 'Aibek|Aybek', 'Aybek', 'ئايبەك', 'Айбек'),
    'Ulan':      N('吾兰', 'Ulan|Oulan', 'Ulan', 'ئۇلان', 'Улан'),
    'Tilek':     N('提列克', 'Tilek|Tilak', 'Tilek', 'تىلەك', 'Тилек'),
}
KYRGYZ_F = {
    'Ainura':    N('阿依努拉', 'Ainura|Aynura', 'Aynura', 'ئاينۇرا', 'Айнура'),
    'Cholpon':   N('乔勒潘', 'Cholpon|Cholpan|Tcholpon', 'Çolpan', 'چولپان', 'Чолпон'),
    'Gulzat':    N('古丽扎提', 'Gulzat|Gulzada', 'Gülzat', 'گۈلزات', 'Гулзат|Гүлзат'),
    'Elmira':    N('艾里米拉', 'Elmira|Almira', 'Elmira', 'ئەلمىرا', 'Эльмира|Элмира'),
}

# Chinese surname / given-name syllables: char, pinyin, Palladius Cyrillic, Uyghur-script
HAN_SURNAMES = [
    ('马', 'ma', 'Ма', 'ما'), ('王', 'wang', 'Ван', 'ۋاڭ'), ('李', 'li', 'Ли', 'لى'), ('张', 'zhang', 'Чжан', 'جاڭ'),
    ('刘', 'liu', 'Лю', 'ليۇ'), ('陈', 'chen', 'Чэнь', 'چېن'), ('杨', 'yang', 'Ян', 'ياڭ'), ('赵', 'zhao', 'Чжао', 'جاۋ'),
    ('周', 'zhou', 'Чжоу', 'جوۋ'), ('白', 'bai', 'Бай', 'باي'), ('丁', 'ding', 'Дин', 'دىڭ'), ('韩', 'han', 'Хань', 'خەن'),
    ('冶', 'ye', 'Е', 'يې'), ('苏', 'su', 'Су', 'سۇ'), ('金', 'jin', 'Цзинь', 'جىن'), ('黄', 'huang', 'Хуан', 'خۇاڭ'),
]
HUI_SURNAME_W = {'马': 10, '白': 3, '丁': 3, '冶': 2, '苏': 2, '韩': 2, '杨': 3, '金': 2, '李': 2, '王': 2, '张': 1}
HAN_SURNAME_W = {'王': 6, '李': 6, '张': 6, '刘': 5, '陈': 5, '杨': 4, '赵': 4, '周': 3, '黄': 3, '马': 2, '韩': 2}
SYL = {
    '军': ('jun', 'Цзюнь', 'جۈن'), '明': ('ming', 'Мин', 'مىڭ'), '华': ('hua', 'Хуа', 'خۇا'), '伟': ('wei', 'Вэй', 'ۋېي'),
    '芳': ('fang', 'Фан', 'فاڭ'), '丽': ('li', 'Ли', 'لى'), '强': ('qiang', 'Цян', 'چياڭ'), '平': ('ping', 'Пин', 'پىڭ'),
    '英': ('ying', 'Ин', 'يىڭ'), '国': ('guo', 'Го', 'گو'), '海': ('hai', 'Хай', 'خەي'), '建': ('jian', 'Цзянь', 'جيەن'),
    '玉': ('yu', 'Юй', 'يۈ'), '兰': ('lan', 'Лань', 'لەن'), '红': ('hong', 'Хун', 'خۇڭ'), '秀': ('xiu', 'Сю', 'شيۇ'),
    '文': ('wen', 'Вэнь', 'ۋېن'), '福': ('fu', 'Фу', 'فۇ'), '成': ('cheng', 'Чэн', 'چېڭ'), '梅': ('mei', 'Мэй', 'مېي'),
    '小': ('xiao', 'Сяо', 'شياۋ'), '志': ('zhi', 'Чжи', 'جى'), '德': ('de', 'Дэ', 'دې'), '春': ('chun', 'Чунь', 'چۈن'),
    '燕': ('yan', 'Янь', 'يەن'), '林': ('lin', 'Линь', 'لىن'), '忠': ('zhong', 'Чжун', 'جۇڭ'), '义': ('yi', 'И', 'يى'),
    '娟': ('juan', 'Цзюань', 'جۈەن'), '霞': ('xia', 'Ся', 'شيا'), '勇': ('yong', 'Юн', 'يۇڭ'), '萍': ('ping', 'Пин', 'پىڭ'),
}
HAN_GIVEN_M = list('军明华伟强平国海建文福成志德春林忠义勇小')
HAN_GIVEN_F = list('芳丽英玉兰红秀梅燕娟霞春小萍华')

# pinyin of every character used in the Chinese transcriptions above (toneless)
PINYIN = {}
for _x in ("买mai 麦mai 提ti 吐tu 尔er 逊xun 孙sun 阿a 布bu 力li 米mi 不bu 都du 热re 依yi 木mu 艾ai 合he "
               "里li 伊yi 哈ha 司si 马ma 义yi 肉rou 孜zi 库ku 班ban 玉yu 素su 苏su 甫fu 克ke 努nu 吾wu 托tuo 肯ken "
               "斯si 曼man 山shan 拉la 塔ta 江jiang 明ming 亚ya 森sen 来lai 迪di 帕pa 夏xia 拜bai 音yin 卡ka 德de "
               "沙sha 尼ni 古gu 丽li 娜na 汗han 日ri 祖zu 皮pi 巴ba 姆mu 也ye 再zai 格ge 吉ji 先xian 玛ma 开kai "
               "代dai 兰lan 赛sai 塞sai 叶ye 杰jie 恩en 包bao 达da 然ran 别bie 波bo 纳na 琳lin 萨sa 列lie 谢xie 阔kuo "
               "乔qiao 勒le 潘pan 扎zha 特te 题ti 莉li 利li 儿er 迅xun 衣yi 思si 兹zi 菲fei 地di 敏min 生sheng 乃nai "
               "凯kai 那na 让rang 多duo 加jia 伊yi 亚ya 凯kai 克ke 森sen 艾ai 里li 斯si 力li 米mi 拉la 提ti 生sheng "
               "家jia").split():
    PINYIN[_x[0]] = _x[1:]
for ch, v in SYL.items():
    PINYIN[ch] = v[0]
for s in HAN_SURNAMES:
    PINYIN[s[0]] = s[1]

ZH_HOMOPHONE = {'提': '题', '丽': '莉', '力': '利', '买': '麦', '麦': '买', '尔': '儿', '逊': '迅', '依': '衣',
                '斯': '思', '孜': '兹', '木': '姆', '古': '谷', '江': '疆', '克': '科', '军': '君', '明': '铭',
                '华': '花', '芳': '方', '伟': '玮', '强': '墙', '红': '宏', '梅': '媚', '燕': '艳'}
for x in "谷gu 疆jiang 科ke 君jun 铭ming 花hua 方fang 玮wei 墙qiang 宏hong 媚mei 艳yan".split():
    PINYIN[x[0]] = x[1:]

# places: key -> zh forms, en forms, tr, ug, cyrillic, ID region codes
PLACES = {
    'Kashgar': dict(zh='喀什|喀什市|喀什地区', en='Kashgar|Kashi|Qeshqer|Kashgar, Xinjiang', tr='Kaşgar', ug='قەشقەر', cy='Қашқар|Кашгар', code=['653101', '653121']),
    'Hotan':   dict(zh='和田|和田市|和田地区', en='Hotan|Khotan|Hoten', tr='Hotan|Hoten', ug='خوتەن', cy='Хотан|Қотан', code=['653201', '653221']),
    'Ghulja':  dict(zh='伊宁|伊宁市', en='Ghulja|Yining|Gulja|Kulja', tr='Gulca', ug='غۇلجا', cy='Құлжа|Кульджа', code=['654002']),
    'Ili':     dict(zh='伊犁|伊犁州|伊宁县', en='Ili|Ili Prefecture|Ili valley', tr='İli', ug='ئىلى', cy='Іле|Или', code=['654021', '654022']),
    'Urumqi':  dict(zh='乌鲁木齐|乌鲁木齐市', en='Urumqi|Urumchi|Ürümqi', tr='Urumçi', ug='ئۈرۈمچى', cy='Үрімжі|Урумчи', code=['650102', '650104']),
    'Aksu':    dict(zh='阿克苏|阿克苏市', en='Aksu|Aqsu', tr='Aksu', ug='ئاقسۇ', cy='Ақсу|Аксу', code=['652901']),
    'Turpan':  dict(zh='吐鲁番|吐鲁番市', en='Turpan|Turfan', tr='Turfan', ug='تۇرپان', cy='Тұрфан|Турфан', code=['650402']),
    'Korla':   dict(zh='库尔勒|库尔勒市', en='Korla|Kurla', tr='Korla', ug='كورلا', cy='Корла', code=['652801']),
    'Atush':   dict(zh='阿图什|阿图什市', en='Atush|Artux|Atushi', tr='Atuş', ug='ئاتۇش', cy='Атұш|Артуш', code=['653001']),
    'Yarkand': dict(zh='莎车|莎车县', en='Yarkand|Yarkent|Shache', tr='Yarkent', ug='يەكەن', cy='Жаркент|Яркенд', code=['653125']),
    'Chochek': dict(zh='塔城|塔城市', en='Tacheng|Chochek|Chuguchak', tr='Çöçek', ug='چۆچەك', cy='Шәуешек|Чугучак', code=['654201']),
    'Altay':   dict(zh='阿勒泰|阿勒泰市', en='Altay|Altai', tr='Altay', ug='ئالتاي', cy='Алтай', code=['654301']),
    'Changji': dict(zh='昌吉|昌吉市', en='Changji|Sanji', tr='Sanci', ug='سانجى', cy='Сәнжі|Чанцзи', code=['652301']),
    'Karamay': dict(zh='克拉玛依|克拉玛依市', en='Karamay|Karamai', tr='Karamay', ug='قاراماي', cy='Қарамай|Карамай', code=['650203']),
    'Qumul':   dict(zh='哈密|哈密市', en='Hami|Kumul|Qumul', tr='Kumul', ug='قۇمۇل', cy='Құмыл|Хами', code=['650502']),
}
PLACE_PY = {'Kashgar': 'Kashi', 'Hotan': 'Hetian', 'Ghulja': 'Yining', 'Ili': 'Yili', 'Urumqi': 'Wulumuqi', 'Aksu': 'Akesu', 'Turpan': 'Tulufan', 'Korla': 'Kuerle', 'Atush': 'Atushi', 'Yarkand': 'Shache', 'Chochek': 'Tacheng', 'Altay': 'Aletai', 'Changji': 'Changji', 'Karamay': 'Kelamayi', 'Qumul': 'Hami'}
for _k, p in PLACES.items():
    p['py'] = PLACE_PY[_k]
    for k in ('zh', 'en', 'tr', 'ug', 'cy'):
        p[k] = p[k].split('|')

ETH_PLACES = {
    'uyghur': {'Kashgar': 20, 'Hotan': 14, 'Ghulja': 8, 'Aksu': 10, 'Turpan': 6, 'Atush': 6, 'Yarkand': 8, 'Urumqi': 8, 'Korla': 4, 'Qumul': 3},
    'kazakh': {'Ili': 12, 'Ghulja': 6, 'Chochek': 10, 'Altay': 10, 'Urumqi': 3, 'Changji': 3},
    'kyrgyz': {'Atush': 10, 'Kashgar': 4, 'Aksu': 4},
    'hui':    {'Changji': 10, 'Urumqi': 8, 'Ghulja': 5, 'Qumul': 3},
    'han':    {'Urumqi': 10, 'Karamay': 5, 'Korla': 5, 'Changji': 5, 'Qumul': 3},
}

# facility types: zh suffix, en, tr, ug, cy
FAC_TYPES = {
    'kss':   dict(zh='看守所', en='Detention Center|detention centre|jail', tr='Gözaltı Merkezi|Cezaevi', ug='تۇتۇپ تۇرۇش ئورنى', cy='тергеу изоляторы|СИЗО'),
    'camp':  dict(zh='职业技能教育培训中心', en='re-education camp|Vocational Training Center|camp', tr='Toplama Kampı|Eğitim Kampı|kampı', ug='تەربىيەلەش لاگېرى', cy='лагері|қайта тәрбиелеу лагері'),
    'jy':    dict(zh='监狱', en='Prison|prison', tr='Cezaevi|Hapishanesi', ug='تۈرمىسى', cy='түрмесі|түрме'),
}
for t in FAC_TYPES.values():
    for k in ('en', 'tr', 'ug', 'cy'):
        t[k] = t[k].split('|')
