"""Curated given names for the synthetic population, with their usual Chinese transcriptions.

Uyghur names are written in Uyghur Latin (ULY; an apostrophe splits n'g where it is not the letter
ng); Kazakh names in Kazakh Cyrillic. Each entry is ``name:汉字``. The Chinese forms follow the
conventional transcription syllables (买买提, 艾力, 阿不都…, 古丽 for gül, 江 for jan). These are
common given names, combined at random; no entry stands for any real person.
"""

from __future__ import annotations

__all__ = ["KAZAKH_FEMALE", "KAZAKH_MALE", "UYGHUR_FEMALE", "UYGHUR_MALE", "parse_entries"]

UYGHUR_MALE = """
Memet:买买提 Éli:艾力 Ehmet:艾合买提 Abdurehim:阿不都热依木 Abdurehman:阿不都热合曼 Tursun:吐尔逊
Toxti:托合提 Ablikim:阿不力克木 Abdukérim:阿不都克里木 Abdulla:阿不都拉 Adil:阿迪力 Alim:阿里木
Enwer:艾尼瓦尔 Erkin:艾尔肯 Ekber:艾克拜尔 Hesen:艾山 Hüsen:玉山 Yüsüp:玉素甫 Ismayil:依斯马伊力
Ibrahim:依不拉音 Yasin:亚森 Qadir:卡德尔 Rozi:肉孜 Obul:吾布力 Osman:吾斯曼 Ömer:吾麦尔
Nurmemet:努尔买买提 Mexmut:买合木提 Muhemmed:穆罕默德 Rehim:热依木 Rejep:热杰甫 Sadiq:沙迪克
Sabir:沙比尔 Tahir:塔希尔 Talip:塔力甫 Tiliwaldi:提力瓦尔地 Yunus:尤努斯 Zakir:扎克尔 Ghopur:吾甫尔
Qurban:库尔班 Qasim:卡斯木 Memtimin:买买提明 Niyaz:尼亚孜 Nijat:尼加提 Perhat:帕尔哈提 Polat:波拉提
Reshit:热西提 Sawut:沙吾提 Semet:赛买提 Yaqup:亚库甫 Zunun:祖农 Abliz:阿不力孜 Ablet:阿布来提
Abdughopur:阿不都吾甫尔 Abdusalam:阿不都沙拉木 Abduweli:阿不都外力 Adiljan:阿迪力江 Alimjan:阿里木江
Ametjan:艾买提江 Arslan:阿尔斯兰 Barat:巴拉提 Batur:巴图尔 Dilshat:地力夏提 Ekrem:艾克热木
Gheyret:海拉提 Hebibulla:艾比布拉 Hamit:哈米提 Ilham:伊力哈木 Imin:依明 Iminjan:依明江 Ilyas:伊力亚斯
Kamil:卡米力 Kérim:克里木 Mijit:米吉提 Mirzat:米尔扎提 Muxtar:木合塔尔 Obulqasim:吾布力卡斯木
Sattar:沙塔尔 Sidiq:斯迪克 Tashpolat:塔西甫拉提 Yalqun:亚力坤 Abdurishit:阿不都热西提
Abduqadir:阿不都卡德尔 Bekri:拜克力 Dawut:达吾提 Eysa:艾沙 Xélil:海力力 Juma:居麦
Metniyaz:买提尼亚孜 Nasir:纳斯尔 Qahar:卡哈尔 Rozimemet:肉孜买买提 Sadir:沙迪尔 Seyit:赛依提
Turghun:吐尔洪 Tursunmemet:吐尔逊买买提 Weli:外力 Yasinjan:亚森江 Yüsüpjan:玉素甫江 Ablimit:阿不力米提
Erpan:艾尔潘 Hoshur:吾休尔 Jappar:加帕尔 Mamut:马木提 Mömin:木明 Rustem:如斯塔木 Shöhret:守合热提
Tayir:塔依尔 Waris:瓦力斯 Xalmurat:哈力木拉提 Zeydin:再依丁 Zulpiqar:祖力皮卡尔 Memetjan:买买提江
Tursunjan:吐尔逊江 Abduxaliq:阿不都哈力克 Ehmetjan:艾合买提江 Eziz:艾则孜 Ghalip:哈力甫 Ghulam:吾拉木
Hakim:哈克木 Jélil:吉力力 Keyum:克尤木 Memtili:买买提力 Nebijan:尼比江 Nurulla:努尔拉 Pezil:排孜力
Qeyser:凯赛尔 Rexman:热合曼 Sultan:苏力坦 Téyip:塔依甫 Wahit:瓦依提 Yarmemet:亚尔买买提
Yoldash:尤勒达西 Abdushükür:阿不都许库尔 Ablajan:阿布拉江 Asqar:阿斯卡尔 Baqi:巴克 Dolqun:多力坤
Gheni:艾尼 Hamut:哈木提 Nurmuhemmet:努尔穆罕默德 Rozaxun:肉孜阿洪 Sopi:索皮 Toxtaxun:托合塔洪
Turdi:吐尔地 Mutellip:木塔力甫 Zakirjan:扎克尔江 Pattar:帕塔尔 Hemdulla:艾木都拉 Abdusemi:阿不都赛米
Nurehmet:努尔艾合买提
"""

UYGHUR_FEMALE = """
Ayshe:阿依夏 Ayshem:阿依先木 Aynur:阿依努尔 Aygül:阿依古丽 Ayjamal:阿依加马力 Gülnar:古丽娜尔
Gülnisa:古丽尼沙 Gülbahar:古丽巴哈尔 Gülzar:古丽扎尔 Gülshen:古丽先 Gülchéhre:古丽切合热
Gülmire:古丽米热 Gülnur:古丽努尔 Mihray:米合热依 Mehray:买合热依 Hebibe:艾比拜 Patime:帕提曼
Patigül:帕提古丽 Zeynep:再依娜甫 Zöhre:祖合热 Zulpiye:祖力皮亚 Zumret:祖木热提 Mahire:玛依热
Nigare:尼加尔 Nazugum:娜祖古木 Nazigül:娜孜古丽 Mukeddes:木开代斯 Meryem:麦尔耶姆 Rabiye:热比娅
Reyhan:热依汗 Rahile:热依拉 Rena:热娜 Rizwan'gül:热孜瓦古丽 Tursunay:吐尔逊阿依 Tursun'gül:吐尔逊古丽
Xadiche:哈迪恰 Xalide:哈丽旦 Dilnur:迪丽努尔 Dilber:迪力拜尔 Dilraba:迪丽热巴 Güljamal:古丽加马力
Hawagül:哈娃古丽 Mahinur:玛依努尔 Nadire:娜迪热 Qelbinur:克力比努尔 Renagül:热娜古丽 Subinur:苏比努尔
Buhelchem:布海丽且木 Adalet:阿达莱提 Aminem:阿米尼木 Aytilla:阿依提拉 Aynisa:阿依尼沙
Bahargül:巴哈古丽 Buzeynep:布再依娜甫 Chimen'gül:其曼古丽 Dilnaz:迪丽娜孜 Gülbostan:古丽布斯坦
Gülsüm:古丽苏木 Hajigül:阿吉古丽 Halime:哈力曼 Hörnisa:吾尔尼沙 Inayet:伊娜亚提 Kamile:卡米拉
Kérime:克里曼 Médine:麦迪娜 Melike:麦丽开 Mihrigül:米日古丽 Muherrem:木海热木 Munire:木尼热
Nurgül:努尔古丽 Nurbiye:努尔比亚 Nurnisa:努尔尼沙 Peride:帕日达 Roshen'gül:肉先古丽 Sajide:萨吉旦
Salamet:萨拉买提 Sanawer:萨那瓦尔 Saniye:萨尼耶 Shahide:夏依旦 Shemsiye:祥斯亚 Tajigül:塔吉古丽
Tunsagül:吞萨古丽 Xurshide:胡尔西丹 Yultuz:尤力吐孜 Zeytune:再图娜 Ézizgül:艾则孜古丽
Anargül:阿娜尔古丽 Arzugül:阿孜古丽 Ayxan:阿依汗 Bahar:巴哈尔 Gülbanu:古丽巴努 Gülhumar:古丽胡马尔
Mihrinisa:米合日尼沙 Nezire:尼则热 Perizat:帕丽扎提 Reyhan'gül:热依汗古丽 Sélime:赛丽曼
Tumaris:托玛丽斯 Zulhumar:祖力胡马尔 Amannisa:阿曼尼沙 Ayjan:阿依江 Güzelnur:古再丽努尔
"""

KAZAKH_MALE = """
Серік:塞力克 Болат:波拉提 Нұрлан:努尔兰 Ерлан:叶尔兰 Марат:马拉提 Асқар:阿斯哈尔 Бақытжан:巴合提江
Дәурен:达吾然 Ербол:叶尔波力 Қайрат:开拉提 Қанат:哈纳提 Мұрат:木拉提 Нұрбек:努尔别克 Талғат:塔力哈提
Жәнібек:加尼别克 Ержан:叶尔江 Асхат:阿斯哈提 Бауыржан:包尔江 Дархан:达尔汗 Қуаныш:宽尼西
Мейрбек:麦尔别克 Сәбит:沙比提 Темір:铁木尔 Омар:吾马尔 Бекзат:别克扎提 Төлеген:吐列根
"""

KAZAKH_FEMALE = """
Гүлнар:古丽娜尔 Айгүл:阿依古丽 Жанар:加娜尔 Айнұр:阿依努尔 Сәуле:莎吾列 Әлия:阿丽娅 Динара:迪娜拉
Ботагөз:波塔古孜 Назгүл:娜孜古丽 Раушан:劳山 Гүлжан:古丽江 Мәдина:玛迪娜 Ақмарал:阿克玛热勒
Зәуре:扎乌热 Күләш:库拉西 Сара:萨拉 Жібек:吉别克 Әсел:阿赛力
"""


def parse_entries(block: str) -> tuple[tuple[str, str], ...]:
    """Read a ``name:汉字`` block into (name, chinese) pairs, refusing duplicates."""
    pairs = tuple(tuple(item.split(":")) for item in block.split())
    names = [p[0] for p in pairs]
    if len(set(names)) != len(names) or any(len(p) != 2 for p in pairs):
        raise ValueError("malformed or duplicated name entry")
    return pairs  # type: ignore[return-value]
