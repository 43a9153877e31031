"""A cross-script gazetteer of places, so Kashgar, Qeshqer, قەشقەر and 喀什 compare equal.

Known places map to a stable key. A place written with its larger unit ("Shule County, Kashgar",
喀什地区疏勒县, 乌鲁木齐市天山区) is looked up part by part, the most specific known part first. An
unknown place falls back to a key of its own: its sound key through `unseen.names` where one is
given (Maralbeshi, Maralbaşı, مارالبېشى and Маралбаши agree without being listed), else its folded
spelling (case, accents, spaces and punctuation folded), so two sources writing it alike still agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib.resources import files

from unseen.names.scripts import char_script

__all__ = [
    "Gazetteer", "fold_place", "default_gazetteer", "has_han",
    "ADMIN_SUFFIXES", "PINYIN_UNITS", "ZH_PROVINCE", "ZH_UNITS",
]

# Words that say what kind of place it is rather than which: "Hotan City", 和田市, Xoten Shehiri.
ADMIN_SUFFIXES = (
    "市",
    "县",
    "縣",
    "区",
    "區",
    "州",
    "地区",
    "镇",
    "乡",
    "city",
    "county",
    "prefecture",
    "town",
    "shehiri",
    "sheher",
    "nahiyisi",
    "nahiye",
    "wilayiti",
    "şehri",
    "sehri",
    "şehir",
    "ilçesi",
    "ilcesi",
    "vilayeti",
    "شەھىرى",
    "ناھىيىسى",
    "қаласы",
    "ауданы",
    "город",
    "уезд",
    # prefectures, districts, towns and villages in Uyghur, Kazakh, Russian and English
    "ۋىلايىتى",
    "ئوبلاستى",
    "رايونى",
    "بازىرى",
    "يېزىسى",
    "oblasti",
    "rayoni",
    "baziri",
    "yézisi",
    "yezisi",
    "аймағы",
    "облысы",
    "ауылы",
    "район",
    "область",
    "district",
    "township",
    "village",
    # the same in English, Kazakh Latin, Turkish, Kyrgyz and Uyghur Cyrillic: "Akesu region",
    # "Kashkar oblysy", "Qulja qalasy", "Kaşgar bölgesi", "Улыкшат району", "Хотән шәһири"
    "region",
    "area",
    "oblast",
    "oblysy",
    "audany",
    "qalasy",
    "aimagy",
    "bölgesi",
    "bolgesi",
    "району",
    "облусу",
    "шаары",
    "шәһири",
    "вилайити",
    "наһийиси",
    "округ",
    "okrug",
    "oblys",
)
# Units abbreviated, as Russian and Kazakh addresses write them before or after the name ("г. Урумчи",
# "р-н Кульджа", "Гулжа р-ны", "Или окр.", "пос. Бай", "с. Опал", "g. Urumqi", "r-n Lop"): dropped as
# words of their own. Too short to strip from the end of a folded name, as the unit words are.
_ABBREVIATED_UNITS = re.compile(
    r"(?<![\w'’-])(?:г|гор|р-н|р-он|р-ны|пос|с|обл|окр|g|r-n|pos|obl|okr)(?:\.|(?![\w'’-]))", re.IGNORECASE
)
# Unit words that French, German and Arabic write before the name, and Uzbek after it ("ville de
# Kachgar", "préfecture de Hotan", "Bezirk Hotan", "Kreis Gulja", "مدينة غولجا", "ولاية كاشغر",
# "Qashqar viloyati", "Хўтан вилояти"), and "Autonomous" of "Ili Kazakh Autonomous Prefecture":
# dropped as words of their own.
_UNIT_WORDS = re.compile(
    r"(?<!\w)(?:ville|préfecture|prefecture|district|comté|région|region|canton)\s+(?:de\s+|d['’]\s*)"
    r"|(?<!\w)(?:bezirk|stadt|präfektur|prafektur|kreis|landkreis|autonomer|autonome|autonomous|kazakh"
    r"|mongol|menggu|huizu|hasake|keerkezi|xibo|مدينة|ولاية|مقاطعة|محافظة|منطقة|إقليم|اقليم"
    r"|viloyati|tumani|shahri|shahar|вилояти|тумани|шаҳри|шаҳар)(?!\w)",
    re.IGNORECASE,
)
# Xinjiang in Chinese, which addresses put before the prefecture.
ZH_PROVINCE = "新疆维吾尔自治区|新疆維吾爾自治區|新疆"
# The province or country around every listed place ("Aksu, Xinjiang", "ئۈرۈمچى، شەرقىي تۈركىستان",
# "ШҰАР, Артыш", "Kashgar, East Turkestan, China"): dropped, as 新疆 is from a Chinese address. Written
# alone, it names no place a comparison can use.
_PROVINCE_WORDS = re.compile(
    r"(?<!\w)(?:xinjiang(?:\s+uy[g]?h?ur)?(?:\s+autonomous\s+region)?|xuar|shinjang|sinkiang|xinjiang\s+province"
    r"|east(?:ern)?\s+turk[ie]stan|doğu\s+türkistan|dogu\s+turkistan|sharqiy\s+turkiston|turkestan\s+oriental"
    r"|ostturkestan|uyghur\s+region|uyghur\s+autonomous\s+region|china|prc|çin|chine|синьцзян|суар|шұар"
    r"|шыңжаң|шинжаң|شىنجاڭ|شەرقىي\s+تۈركىستان|تركستان\s+الشرقية|شينجيانغ|شينجيانج|الصين)(?!\w)"
    f"|{ZH_PROVINCE}|中华人民共和国|中華人民共和國|中国|中國",
    re.IGNORECASE,
)
# Units below a county: a word before one names a township or village, which the gazetteer need not
# list (ماڭشىن بازىرى, Opal Township), so it is passed over, not taken for an unknown place.
TOWNSHIP_UNITS = frozenset(("بازىرى", "يېزىسى", "baziri", "yézisi", "yezisi", "ауылы", "township", "village",
                            "town", "xiang", "zhen", "cun", "镇", "乡", "村"))
# The Chinese units in pinyin, as lists copied from Chinese write them: words of their own after the
# name (Jiashi Xian, Kashi Diqu Shule Xian, Wulumuqi Shi). Only as words: glued to a name they are
# syllables of it (Kashi, Jiashi), not a unit.
PINYIN_UNITS = frozenset((
    "xian", "shi", "qu", "diqu", "zhou", "zizhizhou", "zizhiqu", "zizhixian", "xiang", "zhen", "cun", "sheng",
))


def fold_place(text: str) -> str:
    """Fold case, accents, spaces, hyphens and apostrophes; keep letters of every script."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = (c for c in decomposed if unicodedata.category(c)[0] in "LN")
    return unicodedata.normalize("NFC", "".join(kept))


class Gazetteer:
    """Maps a place as written in any script to a key; `to_latin` reads unknown scripts and
    `sound_key` keys unknown places by sound, if given."""

    def __init__(self, places: Mapping[str, Iterable[str]], to_latin: Callable[[str], str] | None = None,
                 sound_key: Callable[[str], str] | None = None,
                 readings: Callable[[str], Iterable[str]] | None = None,
                 regions: Mapping[str, Iterable[str]] | None = None):
        self._region = {place: region for region, inside in (regions or {}).items() for place in inside}
        unknown = (set(self._region) | set(regions or {})) - set(places)
        if unknown:
            raise ValueError(f"regions name places the gazetteer does not list: {sorted(unknown)}")
        self._index: dict[str, str] = {}
        for key, variants in places.items():
            for variant in (key, *variants):
                self._index[fold_place(variant)] = key
        self._index.update(self._without_units(places))
        self._index.update(self._read_spellings(places, readings))
        self._to_latin = to_latin
        self._sound_key = sound_key
        self._spellings: dict[str, set[str]] = {}
        self._sounds = self._sound_index(places, readings) if sound_key else {}
        self._by_consonants: dict[str, list[tuple[str, str]]] = {}
        for form, key in self._sounds.items():
            self._by_consonants.setdefault(_consonants(form), []).append((form, key))

    def _without_units(self, places: Mapping[str, Iterable[str]]) -> dict[str, str]:
        """Listed spellings without their unit word (Tengritagh of Tengritagh Rayoni) where no other
        spelling is written so and only one place would own it (Yéngisheher Rayoni, a district of
        Ürümqi, leaves Yéngisheher to Shule county)."""
        owners: dict[str, set[str]] = {}
        for key, variants in places.items():
            for variant in (key, *variants):
                for bare in _without_suffix(fold_place(variant))[1:]:
                    owners.setdefault(bare, set()).add(key)
        return {
            bare: keys.pop() for bare, keys in owners.items() if len(keys) == 1 and bare not in self._index
        }

    def _read_spellings(self, places: Mapping[str, Iterable[str]],
                        readings: Callable[[str], Iterable[str]] | None) -> dict[str, str]:
        """Other `readings` of listed spellings (the pinyin of a Chinese name: Gashi, 伽师 read gā)
        that are no listed spelling and belong to one place only. Sources write them letter for
        letter, and by sound alone Gashi is Kashi as much as 伽师."""
        if readings is None:
            return {}
        owners: dict[str, set[str]] = {}
        for key, variants in places.items():
            for variant in (key, *variants):
                for reading in readings(variant):
                    spelling = fold_place(reading)
                    if spelling and spelling not in self._index:
                        owners.setdefault(spelling, set()).add(key)
        return {spelling: keys.pop() for spelling, keys in owners.items() if len(keys) == 1}

    def _sound_index(self, places: Mapping[str, Iterable[str]],
                     readings: Callable[[str], Iterable[str]] | None) -> dict[str, str]:
        """Sound forms of every listed spelling (and of other `readings` of it, such as the pinyin
        of a Chinese name) that belong to one place only; the Latin spellings of each form are kept
        in `_spellings`."""
        owners: dict[str, set[str]] = {}
        for key, variants in places.items():
            for variant in (key, *variants):
                others = readings(variant) if readings else ()
                for latin in {self._latin(variant), *(fold_place(r) for r in others)}:
                    form = self._form(latin)
                    if form:
                        owners.setdefault(form, set()).add(key)
                        self._spellings.setdefault(form, set()).add(_without_suffix(latin)[-1])
        return {form: keys.pop() for form, keys in owners.items() if len(keys) == 1}

    def key(self, text: str | None) -> str:
        """The place's key: a gazetteer key if it or one of its parts is known, else `~` + its sound
        key (three letters or more) or its folded (Latin-read) spelling."""
        text = text or ""
        if not fold_place(text):
            return ""
        if "'" in text or "’" in text:
            # Turkish case endings (Kaşgar'da) unless the apostrophe is a letter's (Uzbek Xo'tan)
            as_written = self._key(text)
            return as_written if not as_written.startswith("~") else self._key(_TURKISH_CASE.sub("", text))
        return self._key(text)

    def _key(self, text: str) -> str:
        if _PROVINCE_WORDS.search(text):
            text = _PROVINCE_WORDS.sub(" ", text)
            if not fold_place(text):
                return ""
        pieces = [_UNIT_WORDS.sub(" ", _ABBREVIATED_UNITS.sub(" ", p)).strip() for p in _pieces(text)]
        for piece in (text, *pieces):
            found = self._known(piece)
            if found:
                return found
        first = next((p for p in pieces if fold_place(p)), text)
        if has_han(text):
            return self._named_inside(text) or self._unknown(first)
        unknown = self._unknown(first)
        if not unknown.startswith("~"):
            return unknown
        return self._named_in_words(first) or unknown

    def region(self, key: str | None) -> str | None:
        """The prefecture-level region of a place `key` (its own key for a region or a place in none);
        None for a place the gazetteer does not list (`~` keys) or no place."""
        if not key or key.startswith("~"):
            return None
        return self._region.get(key, key)

    def _named_inside(self, text: str) -> str | None:
        """The known place named last inside Chinese text without unit marks (乌鲁木齐达坂城): the
        longest known name ending furthest on."""
        folded = fold_place(text)
        for end in range(len(folded), 1, -1):
            for start in range(0, end - 1):
                key = self._index.get(folded[start:end])
                if key is not None:
                    return key
        return None

    def _named_in_words(self, text: str) -> str | None:
        """The place named in a county and its region written as words of their own, without a comma
        (Kaşgar Yengisar, قەشقەر يەكەن, Yengisar Kashgar): the one county among the words, else their
        one region. Every word must be a place or a unit (Bay Tagh, a mountain, is not Bay county),
        except beside a prefecture or city in no region (Urumçi Tanrıdağ, a district not listed, is
        Ürümqi); words that name places of two regions, or two counties, say nothing certain."""
        written = [w for w in _WORD_BREAK.split(text.strip()) if w]
        words = [
            w for w, after in zip(written, [*written[1:], ""], strict=True)
            if fold_place(w) not in _FOLDED_UNITS and fold_place(after) not in _FOLDED_TOWNSHIP_UNITS
        ]
        if not words or len(written) < 2:
            return None
        found = [self._known(word) or self._sounded(word) for word in words]
        known = {key for key in found if key is not None}
        if len(known) < len(set(found)):
            # a prefecture or city beside a district or township not listed (Urumçi Tanrıdağ): the
            # prefecture; a county beside an unknown word may be a mountain's or river's name
            top = known.pop() if len(known) == 1 else None
            return top if top is not None and top not in self._region else None
        regions = {self.region(key) for key in known}
        if len(regions) != 1:
            return None
        counties = known - regions
        if len(counties) > 1:
            counties = {c for c in counties if _SEATS.get(c) not in regions}
        if len(counties) > 1:
            return None
        return counties.pop() if counties else regions.pop()

    def _sounded(self, word: str) -> str | None:
        """The listed place an unlisted word sounds like (see `_unknown`), if any."""
        key = self._unknown(word)
        return None if key.startswith("~") else key

    def _known(self, text: str) -> str | None:
        """The key of a listed spelling, as written or as read into Latin."""
        folded = fold_place(text)
        found = self._listed(folded)
        if found is None and not text.isascii():
            found = self._listed(self._latin(text))
        return found

    def _listed(self, spelling: str) -> str | None:
        return next((self._index[c] for c in _without_suffix(spelling) if c in self._index), None)

    def _latin(self, text: str) -> str:
        """`text` read into Latin letters; Latin with letters of its own (Turkish ş, ğ) is read too,
        as folding would make Yengişeher 'yengiseher', which no listed spelling or sound matches."""
        folded = fold_place(text)
        if text.isascii() or not self._to_latin:
            return folded
        return fold_place(self._to_latin(text)) or folded

    def _form(self, latin: str) -> str:
        """The sound form of a Latin spelling without its administrative suffix; '' if too short to
        tell places apart."""
        form = self._sound_key(_without_suffix(latin)[-1]) if self._sound_key and latin else ""
        return form if len(form) >= 3 else ""

    def _unknown(self, text: str) -> str:
        """A place not listed: the listed place it sounds like (the same sound form, or for a longer
        form one vowel or glide away from one place only: Yutyan for 于田, Nileke for 尼勒克), else
        its own. Consonants must agree: Bay Tagh is not Maytagh.

        A sound form is coarse, and one vowel away from a place are also words that are plainly
        others: the near place must be spelt within two letters of the text too (Peixun, 培训
        "training", is one vowel from the form of Pishan but four letters from its spelling). A unit
        word alone (Xian, County) is no place, whatever it sounds like."""
        latin = self._latin(text)
        spelt = _without_suffix(latin)[-1]
        form = self._form(latin)
        if not form or latin in _FOLDED_UNITS:
            return "~" + spelt
        if form in self._sounds:
            return self._sounds[form]
        if len(form) >= 5:
            alike = self._by_consonants.get(_consonants(form), [])
            near = {
                key for other, key in alike
                if _one_edit_apart(form, other)
                and any(_within_two_edits(spelt, spelling) for spelling in self._spellings[other])
            }
            if len(near) == 1:
                return near.pop()
        return "~" + form

    def __len__(self) -> int:
        return len(set(self._index.values()))


def _consonants(form: str) -> str:
    """The consonants of a sound form: upper-case sound classes other than the glides Y, W, H.
    Two forms one edit apart with the same consonants differ in one vowel or glide."""
    return "".join(c for c in form if c.isupper() and c not in "YWH")


def _one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance exactly one (one letter added, dropped or replaced)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _within_two_edits(a: str, b: str) -> bool:
    """Levenshtein distance at most two."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2


# Cities that also name the prefecture they are the seat of, as people say "Ghulja" for Ili: beside a
# county of that prefecture (Gulca Tekes, Korla Karaşeher) they stand for the prefecture.
_SEATS = {"ghulja": "ili", "korla": "bayingolin", "atush": "kizilsu"}
# Between the parts of an address: "Shule County, Kashgar Prefecture", 喀什（疏勒）.
_PIECE_SEPARATORS = re.compile(r"[,，、;；/()（）]+")
_WORD_BREAK = re.compile(r"[\s\-‐–—.]+")
# Chinese addresses run from the largest unit to the smallest, each closed by its kind.
ZH_UNITS = "地区|地區|自治州|自治县|自治縣|州|市|县|縣|区|區|镇|鎮|乡|鄉"
_ZH_PROVINCE = re.compile(f"^({ZH_PROVINCE})")
_ZH_UNIT_END = re.compile(f"(?<=.)(?:{ZH_UNITS})")


def has_han(text: str) -> bool:
    """Whether any character is Chinese (Han), as `unseen.names` classifies characters."""
    return any(char_script(c) == "han" for c in text)


def _pieces(text: str) -> list[str]:
    """The parts of a written place to look up, most specific first: for comma-separated Latin the
    order written, for a Chinese address, and its pinyin, its units from the last (the county) to
    the first."""
    out: list[str] = []
    for piece in filter(None, (p.strip() for p in _PIECE_SEPARATORS.split(text))):
        if has_han(piece):
            units = [u for u in _ZH_UNIT_END.split(_ZH_PROVINCE.sub("", piece)) if u.strip()]
            out.extend(reversed(units))
        else:
            out.extend(reversed(_pinyin_units(piece)))
    return out


def _pinyin_units(piece: str) -> list[str]:
    """A Latin piece cut after each pinyin unit word, the unit words dropped (Kashi Diqu Shule Xian:
    Kashi, Shule); the piece itself if it has no unit word after a name."""
    words = piece.split()
    units: list[str] = []
    name: list[str] = []
    for word in words:
        if name and fold_place(word) in PINYIN_UNITS:
            units.append(" ".join(name))
            name = []
        else:
            name.append(word)
    if name:
        units.append(" ".join(name))
    return units if units else [piece]


def _without_suffix(folded: str) -> list[str]:
    """The folded name, then the name without an administrative suffix, if it has one."""
    out = [folded]
    for suffix in _FOLDED_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix):
            out.append(folded[: -len(suffix)])
    return out


_FOLDED_SUFFIXES = tuple(sorted({fold_place(s) for s in ADMIN_SUFFIXES}, key=len, reverse=True))
_FOLDED_UNITS = frozenset(_FOLDED_SUFFIXES) | PINYIN_UNITS
_FOLDED_TOWNSHIP_UNITS = frozenset(fold_place(u) for u in TOWNSHIP_UNITS)
# Turkish writes a place's case ending after an apostrophe: Kızılsu'nun Atuş ilçesi (Atush county of
# Kizilsu), Kaşgar'da, Hoten'den.
_TURKISH_CASE = re.compile(
    r"(?<=\w)['’](?:n?[ıiuü]n|[dt][ae]n?|y?[ae]|y?[ıiuü]|l[ıiuü])(?=[\W_]|$)", re.IGNORECASE
)


def _read_table(name: str) -> dict[str, list[str]]:
    """A bundled table of `key<TAB>value|value|...` lines (`#` lines are comments)."""
    text = files("unseen.linkage").joinpath(name).read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, values = line.split("\t", 1)
            table[key] = values.split("|")
    return table


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled Xinjiang gazetteer, reading unknown scripts through `unseen.names.to_latin` and
    keying unknown places by the sound keys of `unseen.names`."""
    return Gazetteer(_read_table("places.tsv"), to_latin=_names_to_latin(), sound_key=_names_sound_key(),
                     readings=_pinyin_readings, regions=_read_table("regions.tsv"))


def _pinyin_readings(text: str) -> list[str]:
    """The pinyin of a Chinese place name (阿瓦提 Awati), which Latin sources also write."""
    if not has_han(text):
        return []
    from pypinyin import lazy_pinyin

    return ["".join(lazy_pinyin(text))]


def _names_sound_key() -> Callable[[str], str] | None:
    """The sound-class form of `unseen.names` (vowels and l/r kept apart, unlike a name key: a
    place has one spelling per script, not the drift of a transcribed personal name)."""
    try:
        from unseen.names.keys import part_form
    except ImportError:
        return None
    return lambda latin: str(part_form(latin))


def _names_to_latin() -> Callable[[str], str] | None:
    try:
        from unseen.names import to_latin
    except ImportError:
        return None
    return to_latin
