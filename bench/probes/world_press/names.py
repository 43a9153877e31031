"""Invented name inventories for the world_press probe.

Names are written in the probe's own ULY-like canonical spelling and listed roughly from most to
least common; the generator gives them a Zipf-like frequency skew by rank.  ``OVERRIDES`` holds,
for names of Arabic/Persian origin, the 'international' (classical) Latin base, the Arabic-press
spelling and the Uzbek spelling.  Hui names are built from Chinese characters.
"""

UYGHUR_M = """
Memet Ehmet Abdurehman Tursun Abdukérim Abdulla Mehmut Qurban Ablimit Abliz Yasin Ismayil Ibrahim
Yusup Abdurehim Nurmemet Erkin Ekber Osman Hesen Eli Ömer Rozi Toxti Adil Alim Ilham Perhat Dilshat
Abduqadir Abdusalam Abduweli Abdughopur Memtimin Hebibulla Enwer Obulqasim Turghun Niyaz Tayir Sadir
Hoshur Awut Ablet Mamut Musa Isa Yaqup Ilyas Qasim Kérim Sabir Tahir Qadir Reshit Jelil Ekrem Zakir
Nasir Mijit Jamal Mutellip Shöhret Ötkür Kamil Nijat Qutluq Yalqun Ilyar Iminjan Shirzat Exmetjan
Tuniyaz Shawket Muhter Batur Ghalip Jüme Sattar Sultan Tashpolat Téyip Zunun Zordun Heyrulla Ghéni
Ghulam Metqurban Metniyaz Rustem Seypulla Turdi Tursunjan Memtili Rishat Halmurat Nurahmet Ablajan
Abdujélil Abdurazaq Abdusemet Abdurashit Abduxaliq Abdumijit Abdushükür Hüseyin Nurulla Sidiq Hakim
Hashim Rozaxun Toxtaxun Qeyser Bekri Elqut Pida Arslan Kurash Ubul Muhemmet Ehmetjan Memetjan Nezer
Qeyyum Rehmutulla Imin Yunus Ayup Hamut Dawut Mettursun Polat Qeyum Sawut Tölek Yüsüpjan Nurbek
Abdughéni Ablikim Aziz Barat Emet Gheyret Hamit Ilshat Jappar Kadirjan Mahmut Nurdun Obul Pazil
"""

UYGHUR_F = """
Ayshem Gülnar Patime Meryem Aynur Mihray Gülnisa Zeynep Hawa Rahile Tursunay Aygül Gülbahar Ezize
Munire Nurgül Arzigül Ayshemgül Mahire Zulpiye Xediche Amine Rabiye Zöhre Nadire Halime Hemide
Patigül Buayshem Bahargül Dilnur Gülzire Gülmire Gülchéhre Mihrigül Zumret Mukerrem Nurbiye Hörigül
Tajinisa Asiye Nigare Peride Rayhangül Gülshen Gülsüm Renagül Sajide Saliye Mewlude Subinur Qelbinur
Dilber Dilnaz Nezire Tajigül Hajigül Rozigül Roshengül Ruqiye Sumeye Tunsagül Anargül Gülqiz
Hayrinisa Imanem Jennet Kalbinur Kewser Mahinur Merhaba Mesture Mukaddes Nazuk Nurmengül Pezilet
Rizwangül Saadet Shahide Tumaris Turnisa Zeytune Zulhumar Zorigül Mayinur Medine Minewer Guljennet
Muyesser Ayjemal Bostan Chimengül Gülbostan Hurshide Nurnisa Reyhan Senem Shemsinur Tuxtigül
"""

KAZAKH_M = """
Nurlan Sérik Bolat Erlan Asqar Qayrat Dawletbek Ermek Janat Aybek Marat Nurbolat Baqytjan Qanat
Erbol Daniyar Sayat Arman Qurmanbek Jaqsiliq Berik Talghat Erjan Muratbek Asxat Qabdolla Amantay
Nurghali Beybit Duman Ersin Ghaziz Jenis Murat Nurtay Oralbay Sabit Serikbay Temirjan Toqtar
"""

KAZAKH_F = """
Sayragül Gülnar Aygül Dinara Janar Gülzira Sawle Ayman Aynur Botagöz Meruert Aqbota Gülbaqyt
Nurjamal Gawhar Janerke Asel Ardaq Balnur Gülmira Jupar Külash Nazgül Rawshan Saltanat Tolghanay
Ulbosin Juldiz
"""

KYRGYZ_M = """
Almazbek Nurbek Qubanichbek Azamat Baqit Qanibek Temirbek Ulanbek Mirlan Tilek Bolotbek Ernis
Qubat Mamasadiq Nurlanbek Sultanbek Toqtosun Zamirbek Abdirashit Japar
"""

KYRGYZ_F = """
Cholpon Ayzada Nazgül Gülmira Asel Aygerim Jildiz Begimay Qaniykey Mirgül Nurzada Gülsayra Aynura
"""

UZBEK_M = """
Ulughbek Sherzat Bahadir Jasur Rustem Shuhret Otabek Jamshit Anwar Azizbek Sanjar Nadir Dilmurat
Ikram Lazizbek Ötkür Ghulam Abdurehman Adil Alim Ibrahim Ehmet
"""

UZBEK_F = """
Dilnaza Nadire Piruze Shahnaza Malike Gülchéhre Kamile Nargize Sewara Umide Yultuz Zulpiye Mahire
"""

# ULY | classical Latin base | Arabic press spelling | Uzbek spelling
OVERRIDES_TEXT = """
Memet|Muhammad|محمد|Mamat
Muhemmet|Muhammad|محمد|Muhammad
Ehmet|Ahmad|أحمد|Ahmad
Mehmut|Mahmud|محمود|Mahmud
Mahmut|Mahmud|محمود|Mahmud
Abdurehman|Abdurahman|عبد الرحمن|Abdurahmon
Abdukérim|Abdulkarim|عبد الكريم|Abdukarim
Abdulla|Abdullah|عبد الله|Abdulla
Qurban|Qurban|قربان|Qurbon
Abliz|Abdulaziz|عبد العزيز|Abdulaziz
Yasin|Yasin|ياسين|Yosin
Ismayil|Ismail|إسماعيل|Ismoil
Ibrahim|Ibrahim|إبراهيم|Ibrohim
Yusup|Yusuf|يوسف|Yusuf
Abdurehim|Abdurahim|عبد الرحيم|Abdurahim
Nurmemet|Nurmuhammad|نور محمد|Nurmuhammad
Ekber|Akbar|أكبر|Akbar
Osman|Usman|عثمان|Usmon
Hesen|Hasan|حسن|Hasan
Eli|Ali|علي|Ali
Ömer|Umar|عمر|Umar
Adil|Adil|عادل|Odil
Alim|Alim|عالم|Olim
Abduqadir|Abdulqadir|عبد القادر|Abduqodir
Abdusalam|Abdusalam|عبد السلام|Abdusalom
Abduweli|Abdulwali|عبد الولي|Abduvali
Abdughopur|Abdulghafur|عبد الغفور|Abdug'ofur
Memtimin|Muhammadamin|محمد أمين|Muhammadamin
Hebibulla|Habibullah|حبيب الله|Habibullo
Enwer|Anwar|أنور|Anvar
Anwar|Anwar|أنور|Anvar
Obulqasim|Abulqasim|أبو القاسم|Abulqosim
Musa|Musa|موسى|Muso
Isa|Isa|عيسى|Iso
Yaqup|Yaqub|يعقوب|Yoqub
Ilyas|Ilyas|إلياس|Ilyos
Qasim|Qasim|قاسم|Qosim
Kérim|Karim|كريم|Karim
Sabir|Sabir|صابر|Sobir
Tahir|Tahir|طاهر|Tohir
Tayir|Tahir|طاهر|Tohir
Qadir|Qadir|قادر|Qodir
Reshit|Rashid|رشيد|Rashid
Jelil|Jalil|جليل|Jalil
Ekrem|Akram|أكرم|Akram
Zakir|Zakir|ذاكر|Zokir
Nasir|Nasir|ناصر|Nosir
Mijit|Majid|مجيد|Majid
Jamal|Jamal|جمال|Jamol
Mutellip|Muttalib|مطلب|Muttalib
Sidiq|Siddiq|صديق|Siddiq
Hakim|Hakim|حكيم|Hakim
Hashim|Hashim|هاشم|Hoshim
Hüseyin|Husayn|حسين|Husan
Nurulla|Nurullah|نور الله|Nurullo
Abdujélil|Abduljalil|عبد الجليل|Abdujalil
Abdurazaq|Abdurazzaq|عبد الرزاق|Abdurazzoq
Abdusemet|Abdusamad|عبد الصمد|Abdusamad
Abdurashit|Abdurashid|عبد الرشيد|Abdurashid
Abduxaliq|Abdulxaliq|عبد الخالق|Abduxoliq
Abdumijit|Abdulmajid|عبد المجيد|Abdumajid
Abdushükür|Abdushukur|عبد الشكور|Abdushukur
Abdughéni|Abdulghani|عبد الغني|Abdug'ani
Yunus|Yunus|يونس|Yunus
Ayup|Ayyub|أيوب|Ayub
Dawut|Dawud|داود|Dovud
Sultan|Sultan|سلطان|Sulton
Ghulam|Ghulam|غلام|G'ulom
Jüme|Juma|جمعة|Juma
Heyrulla|Xayrullah|خير الله|Xayrullo
Seypulla|Sayfullah|سيف الله|Sayfullo
Rehmutulla|Rahmatullah|رحمة الله|Rahmatullo
Imin|Amin|أمين|Amin
Kamil|Kamil|كامل|Komil
Sattar|Sattar|ستار|Sattor
Ilham|Ilham|إلهام|Ilhom
Perhat|Farhat|فرحات|Farhod
Shöhret|Shuhrat|شهرت|Shuhrat
Shuhret|Shuhrat|شهرت|Shuhrat
Ghéni|Ghani|غني|G'ani
Téyip|Tayyib|طيب|Tayyib
Nezer|Nazar|نظر|Nazar
Muhter|Muxtar|مختار|Muxtor
Zunun|Zunnun|ذو النون|Zunnun
Ghalip|Ghalib|غالب|G'olib
Rustem|Rustam|رستم|Rustam
Nadir|Nadir|نادر|Nodir
Ikram|Ikram|إكرام|Ikrom
Aziz|Aziz|عزيز|Aziz
Hamit|Hamid|حميد|Hamid
Pazil|Fazil|فاضل|Fozil
Qeyyum|Qayyum|قيوم|Qayyum
Ötkür|Utkur|أوتكور|O'tkir
Dilshat|Dilshad|دلشاد|Dilshod
Sherzat|Sherzad|شيرزاد|Sherzod
Bahadir|Bahadir|بهادر|Bahodir
Jamshit|Jamshid|جمشيد|Jamshid
Dilmurat|Dilmurad|دلمراد|Dilmurod
Ulughbek|Ulughbek|ألغ بيك|Ulug'bek
Ayshem|Ayisha|عائشة|Oysha
Patime|Fatima|فاطمة|Fotima
Meryem|Maryam|مريم|Maryam
Zeynep|Zaynab|زينب|Zaynab
Hawa|Hawa|حواء|Havo
Rahile|Rahila|راحلة|Rohila
Ezize|Aziza|عزيزة|Aziza
Munire|Munira|منيرة|Munira
Mahire|Mahira|ماهرة|Mohira
Zulpiye|Zulfiya|زلفية|Zulfiya
Xediche|Xadija|خديجة|Xadicha
Amine|Amina|أمينة|Amina
Rabiye|Rabia|رابعة|Robiya
Zöhre|Zuhra|زهرة|Zuhra
Nadire|Nadira|نادرة|Nodira
Halime|Halima|حليمة|Halima
Hemide|Hamida|حميدة|Hamida
Asiye|Asiya|آسية|Osiyo
Saliye|Saliha|صالحة|Soliha
Sajide|Sajida|ساجدة|Sojida
Ruqiye|Ruqayya|رقية|Ruqiya
Sumeye|Sumayya|سمية|Sumayya
Medine|Madina|مدينة|Madina
Jennet|Jannat|جنة|Jannat
Kewser|Kawsar|كوثر|Kavsar
Saadet|Saadat|سعادة|Saodat
Mukerrem|Mukarrama|مكرمة|Mukarrama
Shahide|Shahida|شهيدة|Shahida
Nezire|Nazira|نذيرة|Nazira
Peride|Farida|فريدة|Farida
Minewer|Munawwar|منور|Munavvar
Muyesser|Muyassar|ميسر|Muyassar
Mesture|Mastura|مستورة|Mastura
Mukaddes|Muqaddas|مقدس|Muqaddas
Pezilet|Fazilat|فضيلة|Fazilat
Dilnaza|Dilnoza|دلنوزا|Dilnoza
Piruze|Feruza|فيروزة|Feruza
Shahnaza|Shahnoza|شهنوزا|Shahnoza
Malike|Malika|ملكة|Malika
Kamile|Kamila|كاملة|Komila
Nargize|Nargiza|نرجس|Nargiza
Sewara|Sevara|سيفارا|Sevara
Umide|Umida|أميدة|Umida
Yultuz|Yulduz|يولدوز|Yulduz
Gülchéhre|Gulchehra|كلجهرة|Gulchehra
"""

OVERRIDES: dict[str, tuple[str, str, str]] = {}
for _line in OVERRIDES_TEXT.strip().splitlines():
    _uly, _cl, _ar, _uz = _line.split("|")
    OVERRIDES[_uly] = (_cl, _ar, _uz)

# Hui names: character | pinyin | ULY-like reading (used for Arabic and Uyghur scripts) | Russian
HUI_CHARS_TEXT = """
马|Ma|ma|Ма
杨|Yang|yang|Ян
丁|Ding|ding|Дин
白|Bai|bay|Бай
海|Hai|xay|Хай
金|Jin|jin|Цзинь
穆|Mu|mu|Му
沙|Sha|sha|Ша
韩|Han|xan|Хань
冶|Ye|yé|Е
俊|jun|jün|цзюнь
明|ming|ming|мин
文|wen|wén|вэнь
福|fu|fu|фу
强|qiang|chiyang|цян
华|hua|xua|хуа
成|cheng|chéng|чэн
学|xue|shüé|сюэ
德|de|dé|дэ
忠|zhong|jung|чжун
军|jun|jün|цзюнь
平|ping|ping|пин
小|xiao|shiyaw|сяо
国|guo|guo|го
建|jian|jiyen|цзянь
志|zhi|ji|чжи
勇|yong|yung|юн
林|lin|lin|линь
龙|long|lung|лун
伟|wei|wéy|вэй
杰|jie|jiyé|цзе
英|ying|ying|ин
兰|lan|lan|лань
梅|mei|méy|мэй
秀|xiu|shiyu|сю
玉|yu|yü|юй
花|hua|xua|хуа
芳|fang|fang|фан
红|hong|xung|хун
燕|yan|yen|янь
萍|ping|ping|пин
霞|xia|shiya|ся
娟|juan|jüen|цзюань
"""
HUI_CHARS: dict[str, tuple[str, str, str]] = {}
for _line in HUI_CHARS_TEXT.strip().splitlines():
    _c, _py, _ul, _ru = _line.split("|")
    HUI_CHARS[_c] = (_py, _ul, _ru)
HUI_SURNAMES = list("马马马马杨杨丁白海金穆沙韩冶")
HUI_GIVEN_M = list("俊明文福强华成学德忠军平国建志勇林龙伟杰小")
HUI_GIVEN_F = list("英兰梅秀玉花芳红燕萍霞娟华小")

# (given, father) pairs that would coincide with publicly known people; never generated
BLACKLIST = {
    ("Ilham", "Toxti"), ("Rahile", "Dawut"), ("Zumret", "Dawut"), ("Mihrigül", "Tursun"),
    ("Perhat", "Tursun"), ("Abduweli", "Ayup"), ("Qelbinur", "Sidiq"), ("Gülbahar", "Jelil"),
    ("Sayragül", "Sawytbay"), ("Tursunay", "Ziyawudun"), ("Erkin", "Sidiq"), ("Gülshen", "Abbas"),
}


def name_list(text: str) -> list[str]:
    return text.split()
