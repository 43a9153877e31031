"""Chinese-character transcription of Turkic names, as done (inconsistently) by police clerks.

A name is given in a Latin phoneme spelling close to the Uyghur Latin script (ULY: a e é i o u ö ü,
digraphs ch sh zh gh ng).  It is split into open syllables plus stray consonants, every open syllable
is turned into a pinyin syllable and then into a character, every stray consonant into a 'filler'
character (Tursun -> tu-r-sun -> 吐尔逊, Memet -> me-me-t -> 买买提).  A :class:`Clerk` holds one
clerk's habits: which vowel he hears for Uyghur 'e' (买 mai / 玛 ma / 么 me), which character he
prefers among homophones (阿不都 / 阿布都), whether he drops an 'h' before a consonant
(艾合买提 / 艾买提), which separator he types between given name and father's name.
"""

from __future__ import annotations

import unicodedata

import numpy as np

# pinyin syllable -> characters used in name transcription (first = most common); digit = tone.
_TABLE = """
a 阿1|ai 艾4 爱4|an 安1|ang 昂2|ao 奥4 敖2|ba 巴1 拔2|bai 拜4 白2 柏3|ban 班1|bang 邦1|bao 包1 宝3
bei 贝4|ben 本3|bi 比3 碧4 毕4|bie 别2|bin 宾1 斌1|bo 波1 博2 伯2|bu 不4 布4 卜3|cai 才2|chen 陈2
cheng 成2|chun 春1|da 达2 大4|dai 代4 黛4|dan 丹1|de 德2|di 迪2 地4 蒂4|ding 丁1|dong 东1|du 都1 杜4
duo 多1|dun 敦1|e 额2|en 恩1|er 尔3 而2|fa 法3 发1|fan 凡2 帆1|fang 芳1|fei 菲1|fen 芬1|feng 凤4
fu 甫3 夫1 福2 富4|ga 尕3 嘎1|gai 盖4|gan 甘1|ge 格2 戈1|gong 贡4|gu 古3 谷3|gui 贵4 桂4|guo 国2 果3
ha 哈1|hai 海3 亥4|han 汗4 罕3 韩2|he 合2 和2 赫4 何2|hei 黑1|hong 洪2 红2|hu 胡2 乎1 呼1|hua 华2 花1
hui 辉1|huo 霍4|ji 吉2 基1|jia 加1 佳1 嘉1|jian 建4 坚1|jiang 江1 疆1|jie 杰2 洁2|jin 金1 晋4|jing 静4
ju 居1 巨4 菊2|juan 娟1|jun 军1 君1|ka 卡3 喀1|kai 开1 凯3|kan 坎3|ke 克4 柯1 可3|ken 肯3|ku 库4 苦3
kun 坤1 昆1|kuo 阔4|la 拉1 腊4|lai 来2 莱2 赖4|lan 兰2|lang 朗3|le 勒4 乐4|lei 雷2 蕾3
li 力4 丽4 里3 利4 莉4|lian 莲2|liang 良2|lin 林2 琳2|ling 玲2|liu 刘2|long 龙2|lu 鲁3 路4 卢2
lun 伦2|luo 洛4 罗2|ma 玛3 马3 麻2|mai 买3 麦4 迈4|man 曼4 满3|mei 梅2 美3|men 门2|meng 孟4 蒙2
mi 米3 密4 蜜4|min 敏3 民2|ming 明2 铭2|mo 莫4 墨4|mu 木4 穆4 姆3 慕4|na 纳4 娜4 那4|nai 乃3 奈4 耐4
nan 南2|ni 尼2 妮1|nu 努3 奴2|nuo 诺4|ou 欧1|pa 帕4|pai 派4|pan 潘1|pei 培2 佩4|peng 鹏2|pi 皮2 丕1
ping 平2|pu 普3 浦3|qi 其2 奇2 琪2 齐2|qia 恰4|qian 倩4|qiang 强2|qiao 乔2|qie 切4|qin 钦1 琴2
qing 清1|qu 曲1 区1|ran 然2|re 热4|ren 仁2|ri 日4|rong 荣2 蓉2|rou 肉4 柔2|ru 如2 茹2 汝3|rui 瑞4
sa 萨4 撒1|sai 赛4 塞1|san 三1|sang 桑1|se 色4 瑟4|sen 森1|sha 沙1 莎1|shan 山1 善4 珊1|shang 尚4
she 舍3|shen 申1|sheng 生1|shi 什2 史3 诗1 石2|shu 舒1 树4|si 斯1 司1 思1 丝1|song 松1|su 苏1 素4
sun 孙1 荪1|ta 塔3 他1|tai 太4 泰4|tan 坦3|tang 唐2|te 特4|ti 提2 题2 缇2|tian 天1|ting 婷2
tong 同2|tu 吐3 图2 土3 突1|tuo 托1 拓4 陀2|tun 屯2|wa 瓦3 娃2|wai 外4|wan 万4 婉3|wang 旺4 王2
wei 维2 伟3 卫4 薇1|wen 温1 文2|wo 沃4|wu 吾2 乌1 武3 伍3|xi 西1 希1 喜3 锡1|xia 夏4 霞2 峡2
xian 先1 仙1 鲜1|xiang 祥2 香1|xiao 肖4 晓3 小3|xie 谢4 协2|xin 新1 欣1 鑫1|xing 兴1|xiu 秀4
xu 许3 旭4 徐2|xue 学2 雪3|xun 逊4 迅4 勋1|ya 亚4 雅3 娅4 牙2|yan 燕4 艳4 言2 彦4|yang 阳2 杨2 央1
yao 尧2 瑶2|ye 叶4 耶1 也3 冶3|yi 依1 伊1 艺4 义4 易4 仪2|yin 因1 音1|ying 英1 莹2|yong 勇3 永3
you 尤2 优1 有3|yu 玉4 于2 余2 宇3|yuan 元2|yue 月4|yun 云2 芸2|zha 扎1 札2|za 咱2|zai 再4 宰3
zan 赞4|ze 泽2 则2|zhan 占4|zhang 张1|zhao 赵4|zhen 珍1|zheng 正4 郑4|zhi 志4 芝1|zhong 忠1 钟1
zhou 周1|zhu 朱1 珠1|zi 孜1 兹1 子3|zu 祖3 组3|zuo 佐3
"""

# characters found only in hand-written name forms, place names and Hui/Han names
_EXTRA = (
    "卡ka3 喀ka1 尕ga3 夏xia4 买mai3 麦mai4 米mi3 罕han3 图tu2 荪sun1 娜na4 黄huang2 吴wu2 胡hu2 华hua2 "
    "国guo2 兰lan2 祥xiang2 秀xiu4 梅mei2 德de2 清qing1 红hong2 春chun1 霞xia2 鹏peng2 辉hui1 杰jie2 "
    "芳fang1 敏min3 民min2 贵gui4 宝bao3 荣rong2 发fa1 成cheng2 良liang2 凤feng4 桂gui4 占zhan4 永yong3 "
    "志zhi4 强qiang2 勇yong3 龙long2 小xiao3 晓xiao3 学xue2 军jun1 建jian4 玉yu4 福fu2 英ying1 "
    "海hai3 燕yan4 明ming2 林lin2 丽li4 花hua1 有you3 正zheng4 平ping2 生sheng1 云yun2 伟wei3 斌bin1 "
    "静jing4 娟juan1 新xin1 "
    "保bao3 守shou3 散san4 替ti4 李li3 空kong1 般ban1 茨ci2 郎lang2 默mo4 "
    "忠zhong1 山shan1 兴xing1 文wen2 刚gang1 虎hu3 彪biao1 "
    "东dong1 卜bu3 杜du4 哲zhe2 欣xin1 伦lun2 洁jie2 彦yan4 乎hu1 叶ye4 努nu3 伊yi1 "
    "疏shu1 附fu4 勒le4 县xian4 市shi4 区qu1 沙sha1 车che1 城cheng2 盖gai4 岳yue4 湖hu2 伽jia1 "
    "师shi1 楚chu3 田tian2 墨mo4 皮pi2 策ce4 于yu2 丰feng1 宿su4 库ku4 雅ya3 拜bai4 乌wu1 瓦wa3 "
    "宁ning2 察cha2 查cha2 锡xi1 伯bo2 治zhi4 自zi4 霍huo4 巩gong3 留liu2 源yuan2 昭zhao1 苏su1 "
    "塔ta3 额e2 敏min3 托tuo1 里li3 泰tai4 布bu4 津jin1 蕴yun4 青qing1 河he2 哈ha1 巴ba1 陶tao2 "
    "奇qi2 恰qia4 鲁lu3 齐qi2 天tian1 依yi1 番fan1 高gao1 鄯shan4 善shan4 逊xun4 焉yan1 耆qi2 族zu2 "
    "回hui2 吉ji2 垒lei3 蒙meng2 密mi4 伊yi1 州zhou1 地di4 克ke4 孜zi1 柯ke1 尔er3 图tu2 什shi2 "
    "莎sha1 提ti2 玛ma3 和he2 阿a1 合he2 江jiang1 萨sa4 犁li2 "
)

_TONE_MARKS = {
    "a": "āáǎà",
    "e": "ēéěè",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}


def mark_tone(syl: str, tone: int) -> str:
    """Put a tone mark on a plain pinyin syllable ('mai', 3 -> 'mǎi')."""
    if tone not in (1, 2, 3, 4):
        return syl
    if "a" in syl:
        pos = syl.index("a")
    elif "e" in syl:
        pos = syl.index("e")
    elif "ou" in syl:
        pos = syl.index("o")
    else:
        pos = max(i for i, c in enumerate(syl) if c in "iouü")
    return syl[:pos] + _TONE_MARKS[syl[pos]][tone - 1] + syl[pos + 1 :]


def strip_tones(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn" and ch != "\u0308":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _parse() -> tuple[dict[str, list[str]], dict[str, tuple[str, int]]]:
    syl2chars: dict[str, list[str]] = {}
    char2py: dict[str, tuple[str, int]] = {}
    for line in _TABLE.strip().splitlines():
        for entry in line.split("|"):
            parts = entry.split()
            syl, chars = parts[0], parts[1:]
            syl2chars[syl] = [c[0] for c in chars]
            for c in chars:
                char2py.setdefault(c[0], (syl, int(c[1])))
    for tok in _EXTRA.split():
        char2py[tok[0]] = (tok[1:-1], int(tok[-1]))
    return syl2chars, char2py


SYL2CHARS, CHAR2PY = _parse()
FEMININE = set("丽娜妮莎娅莉琳婉薇霞燕洁芳娟蒂琪茹玲莹瑶芸蓉倩珍婷媛雪")
VOWELS = set("aeéioöuü")
_DIGRAPHS = ("ch", "sh", "zh", "gh", "ng")

# filler character for a consonant that has no vowel of its own (coda or cluster)
_CODA = {
    "b": ["不", "布", "卜"],
    "p": ["普", "甫"],
    "t": ["提", "特"],
    "d": ["德", "都"],
    "k": ["克"],
    "g": ["格"],
    "q": ["克", "合"],
    "gh": ["合", "格"],
    "x": ["合", "赫"],
    "h": ["合", "乎", "赫"],
    "j": ["吉"],
    "ch": ["其", "奇"],
    "zh": ["日"],
    "sh": ["什", "西"],
    "s": ["斯", "司"],
    "z": ["孜", "兹"],
    "r": ["尔"],
    "l": ["力", "勒", "里"],
    "m": ["木", "姆"],
    "n": ["恩", "尼"],
    "ng": ["恩"],
    "y": ["依", "伊"],
    "w": ["吾", "瓦"],
    "f": ["夫", "甫"],
    "v": ["夫"],
    "c": ["茨"],
}
_ONSET = {
    "": "",
    "b": "b",
    "p": "p",
    "t": "t",
    "d": "d",
    "k": "k",
    "g": "g",
    "q": "k",
    "gh": "g",
    "x": "h",
    "h": "h",
    "j": "j",
    "ch": "q",
    "zh": "r",
    "sh": "x",
    "s": "s",
    "z": "z",
    "r": "r",
    "l": "l",
    "m": "m",
    "n": "n",
    "ng": "n",
    "y": "y",
    "w": "w",
    "f": "f",
    "v": "w",
    "c": "s",
}
_ALT_INI = {"r": "l", "q": "h", "gh": "h", "sh": "x", "zh": "r", "x": "k", "h": "", "f": "p", "v": "w"}
_NASAL = {
    "a": ["an", "ang"],
    "ai": ["an", "ai"],
    "e": ["en", "an"],
    "ei": ["en"],
    "i": ["in", "ing", "en"],
    "uo": ["ong", "un"],
    "ao": ["ang", "ong"],
    "ou": ["ong"],
    "o": ["ong"],
    "u": ["un", "ong", "en"],
    "ü": ["un", "ün"],
}
_JQX = {
    "a": "ia",
    "ai": "ia",
    "an": "ian",
    "ang": "iang",
    "e": "ie",
    "ei": "ie",
    "en": "in",
    "o": "iao",
    "uo": "iao",
    "ao": "iao",
    "ou": "iu",
    "ong": "iong",
    "ü": "u",
    "ün": "un",
}
_ZERO = {
    "i": "yi",
    "in": "yin",
    "ing": "ying",
    "u": "wu",
    "un": "wen",
    "ong": "weng",
    "uo": "wu",
    "o": "wu",
    "ü": "yu",
    "ün": "yun",
    "ei": "ai",
    "e": "ai",
}
_Y = {"ai": "a", "ei": "e", "i": "i", "uo": "ao", "o": "ao", "ü": "u", "en": "in", "ün": "un"}
_W = {"e": "ei", "i": "ei", "uo": "o", "ou": "o", "ü": "u", "in": "en", "un": "en", "ai": "ai"}


def phonemes(word: str) -> list[str]:
    w = word.lower()
    out: list[str] = []
    i = 0
    while i < len(w):
        if w[i : i + 2] in _DIGRAPHS:
            out.append(w[i : i + 2])
            i += 2
        elif w[i].isalpha():
            out.append(w[i])
            i += 1
        else:
            i += 1
    return out


def _units(ph: list[str]) -> list[tuple[str, str, str] | str]:
    """Split phonemes into (onset, vowel, nasal) open syllables and bare consonants."""
    units: list[tuple[str, str, str] | str] = []
    i, n = 0, len(ph)
    while i < n:
        p = ph[i]
        if p in VOWELS:
            onset, v = "", p
            i += 1
        elif i + 1 < n and ph[i + 1] in VOWELS:
            onset, v = p, ph[i + 1]
            i += 2
        else:
            units.append(p)
            i += 1
            continue
        nasal = ""
        if i < n and ph[i] in ("n", "ng") and (i + 1 >= n or ph[i + 1] not in VOWELS):
            nasal = ph[i]
            i += 1
        units.append((onset, v, nasal))
    return units


def _combine(ini: str, fin: str) -> str:
    if ini == "":
        return _ZERO.get(fin, fin)
    if ini in ("j", "q", "x"):
        return ini + _JQX.get(fin, fin)
    if ini == "y":
        return "y" + _Y.get(fin, fin)
    if ini == "w":
        return "w" + _W.get(fin, fin)
    if fin == "ü":
        fin = "u"
    if fin == "uo" and ini in "bpmf":
        fin = "o"
    return ini + fin


class Clerk:
    """One clerk's transcription habits; the same clerk always writes a name the same way."""

    SEPARATORS = ["·", "·", "·", "·", "·", "•", "・", "．", ".", " ", "-", ""]

    def __init__(self, seed: int):
        self.rng = np.random.default_rng(seed)
        r = self.rng
        self.sep = self.SEPARATORS[int(r.integers(len(self.SEPARATORS)))]
        self.e_vowel = ["ai", "ai", "ai", "a", "e"][int(r.integers(5))]
        self.drop_h = r.random() < 0.3
        self.sh = "x" if r.random() < 0.8 else "sh"
        self.gh = "g" if r.random() < 0.6 else "h"
        self.r_before_i = "l" if r.random() < 0.7 else "r"
        self.o_order = [["uo", "ou", "ao", "o"], ["ao", "uo", "ou", "o"]][int(r.random() < 0.3)]
        self.nasal_i = [["ing", "in", "en"], ["in", "ing", "en"], ["en", "in", "ing"]][int(r.integers(3))]
        self._pref: dict[str, int] = {}

    def pick(self, key: str, options: list) -> object:
        """Pick among options with a skew to the first; remember the choice for this clerk."""
        if len(options) == 1:
            return options[0]
        if key not in self._pref:
            w = 1.0 / (np.arange(len(options)) + 1.0) ** 2.2
            self._pref[key] = int(self.rng.choice(len(options), p=w / w.sum()))
        return options[self._pref[key] % len(options)]

    # -- syllables ---------------------------------------------------------------------------
    def _finals(self, onset: str, v: str, nasal: str) -> list[str]:
        if v == "a":
            base = ["a"]
        elif v == "e":
            base = [self.e_vowel, "ai", "e", "a"]
            if onset in ("r", "k", "t", "l"):
                base = ["e", "ai", "a"] if onset != "t" else base
        elif v == "é":
            base = ["e", "ai", "ei"]
        elif v == "i":
            base = ["i"]
        elif v == "o":
            base = list(self.o_order)
        elif v == "ö":
            base = ["u", "ou", "ao"]
        elif v == "ü":
            base = ["u", "ü"]
        else:
            base = ["u"]
        if not nasal:
            return list(dict.fromkeys(base))
        out: list[str] = []
        for b in base:
            opts = _NASAL.get(b, [b + "n"])
            if b == "i":
                opts = list(self.nasal_i)
            if nasal == "ng":
                opts = sorted(opts, key=lambda s: not s.endswith("ng"))
            out.extend(opts)
        return list(dict.fromkeys(out))

    def _syllable(self, onset: str, v: str, nasal: str, female: bool) -> list[str]:
        ini = _ONSET.get(onset, onset)
        if onset == "sh":
            ini = self.sh
        elif onset == "gh":
            ini = self.gh
        elif onset == "r" and v == "i":
            ini = self.r_before_i
        elif onset == "h" and v == "i":
            ini = ""
        elif onset == "h" and v == "e":
            ini = str(self.pick("h-e", ["h", "h", ""]))
        if onset == "j" and v == "a" and nasal == "n":
            return [self._char("jiang", female)]
        finals = self._finals(onset, v, nasal)
        for ini2 in dict.fromkeys([ini, _ALT_INI.get(onset, ini)]):
            for fin in finals:
                syl = _combine(ini2, fin)
                if syl in SYL2CHARS:
                    return [self._char(syl, female)]
        # no such pinyin syllable: consonant filler + bare vowel
        out = [self._coda(onset, female)] if onset else []
        out.extend(self._syllable("", v, nasal, female))
        return out

    def _char(self, syl: str, female: bool) -> str:
        chars = SYL2CHARS[syl]
        fem = [c for c in chars if c in FEMININE]
        masc = [c for c in chars if c not in FEMININE] or chars
        if female and fem and self.rng.random() < 0.85:
            return str(self.pick("f:" + syl, fem))
        return str(self.pick("m:" + syl, masc))

    def _coda(self, cons: str, female: bool) -> str:
        opts = _CODA.get(cons, ["克"])
        if cons == "l" and female:
            return "丽"
        return str(self.pick("c:" + cons, opts))

    def transcribe(self, word: str, female: bool = False) -> str:
        """Phoneme spelling -> Chinese characters (this clerk's way)."""
        units = _units(phonemes(word))
        out: list[str] = []
        for k, u in enumerate(units):
            if isinstance(u, str):
                nxt = units[k + 1] if k + 1 < len(units) else None
                if u == "h" and self.drop_h and nxt is not None:
                    continue
                out.append(self._coda(u, female))
            else:
                out.extend(self._syllable(*u, female=female))
        return "".join(out)

    def name(self, key: str, forms: list[str] | None, phon: str, female: bool) -> str:
        """A name with hand-written Chinese forms, else the rule-based transcription."""
        if forms:
            return str(self.pick("n:" + key, forms))
        return self.transcribe(phon, female)


def pinyin_syllables(chars: str) -> list[tuple[str, int]]:
    """Characters -> [(plain syllable, tone)]; unknown characters are skipped."""
    return [CHAR2PY[c] for c in chars if c in CHAR2PY]


def pinyin_word(chars: str, tones: bool = False, apostrophe: bool = False, sep: str = "") -> str:
    """'吐尔逊' -> 'tuerxun' / "tǔ'ěrxùn" / 'tu er xun'; ü is kept (callers may flatten it)."""
    parts: list[str] = []
    for k, (syl, tone) in enumerate(pinyin_syllables(chars)):
        s = mark_tone(syl, tone) if tones else syl
        if apostrophe and k > 0 and syl[0] in "aeo" and not sep:
            s = "'" + s
        parts.append(s)
    return sep.join(parts)


def homophone(ch: str, rng: np.random.Generator) -> str:
    """Another character with the same pinyin (a typing slip of a pinyin input method)."""
    py = CHAR2PY.get(ch)
    if not py or py[0] not in SYL2CHARS:
        return ch
    others = [c for c in SYL2CHARS[py[0]] if c != ch]
    return others[int(rng.integers(len(others)))] if others else ch
