"""Spellings from conventions our own sources do not use still key with the rest.

Each expected value comes from a letter correspondence of the convention named beside it (Russian
дж for j, Turkish spellings, pinyin orthography ...), not from what the code happens to produce.
"""

from __future__ import annotations

import pytest

from unseen.names import detect_script, name_keys, part_key, split_name, to_latin, via_chinese
from unseen.names.parts import father_is_surname, order_marked


@pytest.mark.parametrize("spellings", [
    ("Джума", "Җүмә", "Juma", "朱马"),
    ("Ниджат", "Ниҗат", "Nijat", "尼加提"),
    ("Миджит", "Mijit", "米吉提"),
    ("Саджида", "Sajida", "ساجىدە"),
    ("Джалил", "Jalil", "Җәлил"),
])
def test_russian_dzh_is_the_letter_j(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))


@pytest.mark.parametrize("spellings", [
    ("Abdülkerim", "Abdulkerim", "Abdukérim", "ئابدۇكېرىم", "阿不都克里木"),
    ("Abdülkadir", "Abdulqadir", "Abduqadir", "ئابدۇقادىر"),
    ("Abdülgafur", "Abdughopur", "ئابدۇغوپۇر"),
    ("Abdülhamit", "Abduhamit"),
])
def test_turkish_abdul_with_u_umlaut_assimilates_like_abdul(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))


def test_turkish_abdul_written_apart_joins_the_name_after_it() -> None:
    assert name_keys("Abdül Kerim Tursun") == name_keys("Abdukérim Tursun")
    assert name_keys("Abdür Rahim Tursun") == name_keys("Abdurehim Tursun")


@pytest.mark.parametrize(("text", "same_as"), [
    ("Memet Tursunoğlu", "Memet Tursun"),  # Turkish -oğlu "son of", English -oglu
    ("Memet Tursunoglu", "Memet Tursun"),
    ("Memet Tursun oğlu", "Memet Tursun"),
    ("Kadiroğlu İlham", "Ilham Qadir"),  # the part that carries it is the father's, wherever it stands
    ("Abdurehim Aliyev", "Abdurehim Eli"),  # Russian Алиев, е after a vowel written ye
    ("Gulnar Musayeva", "Gulnar Musa"),
    ("Abdurehim Aliyevich", "Abdurehim Eli"),
])
def test_turkish_and_russian_latin_father_endings_are_removed(text: str, same_as: str) -> None:
    assert name_keys(text) == name_keys(same_as)


def test_a_final_y_of_the_father_stays_before_turkic_endings() -> None:
    assert name_keys("Aygul Altaykyzy") == name_keys("Айгүл Алтайқызы") == name_keys("Aygül Altay")


@pytest.mark.parametrize("spellings", [
    ("Tu'erxun", "Tǔ'ěrxùn", "Tuerxun", "吐尔逊", "Tursun"),  # the apostrophe before a syllable in a, o, e
    ("Nu'ermaimaiti", "Nurmemet", "努尔买买提"),
    ("Pa'erhati", "Perhat", "帕尔哈提"),
    ("Màimǎití", "Maimaiti", "Memet"),  # tone marks
    ("Ābùdūrèyīmù", "Abudureyimu", "Abdurehim"),
])
def test_pinyin_with_tone_marks_and_apostrophes_is_pinyin(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))
    assert via_chinese(spellings[0])


@pytest.mark.parametrize("word", ["Kérem", "mes'ul", "Şöhret", "Gülnar"])
def test_uly_acute_and_apostrophe_do_not_make_pinyin(word: str) -> None:
    assert not via_chinese(word)


@pytest.mark.parametrize("spellings", [
    ("Toursoun", "Tursun", "吐尔逊"),  # French and English ou for u
    ("Yousouf", "Yousuf", "Yüsüp", "玉素甫"),
    ("Ousman", "Osman", "吾斯曼"),
    ("Nourgoul", "Nurgül", "努尔古丽"),
    ("Abdouréhim", "Abdurehim"),
    ("Rouzi", "Rozi", "肉孜"),  # pinyin ou is still pinyin
])
def test_french_ou_is_u(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))


@pytest.mark.parametrize("spellings", [
    ("Əhmət", "Ehmet", "ئەخمەت"),  # ə: Azerbaijani, the Uyghur New Script, Kazakh typed for ә
    ("Həsən", "Hesen", "Һәсән"),
    ("Ɵmər", "Ömer", "ئۆمەر"),
    ("Ⱪurban", "Qurban", "قۇربان"),  # the New Script's ⱪ, ⱨ, ƣ
    ("Məⱨmut", "Mehmut", "مەھمۇت"),
    ("Ƣopur", "Ghopur", "غوپۇر"),
])
def test_turkic_latin_letters_outside_latin_extended_b_are_read(spellings: tuple[str, ...]) -> None:
    keys = {part_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(part_key, spellings), strict=True))
    assert detect_script(spellings[0]) == "latin"


@pytest.mark.parametrize(("text", "same_as"), [
    ("Mai-mai-ti Tu-er-xun", "Maimaiti Tuerxun"),  # pinyin typed a syllable at a time
    ("Mai-mai-ti·Tu-er-xun", "买买提·吐尔逊"),
    ("Abudu Reyimu Aili", "Abudureyimu Aili"),  # 阿不都, the bound prefix, written apart in pinyin
    ("Abudu-reyimu Aili", "阿不都热依木·艾力"),
    ("Guli Naer Aili", "Gulinaer Aili"),  # 古丽 gül- written apart
])
def test_pinyin_cut_into_syllables_or_prefixes_is_one_part(text: str, same_as: str) -> None:
    assert name_keys(text) == name_keys(same_as)


def test_hyphen_between_whole_pinyin_words_still_separates_them() -> None:
    assert name_keys("Maimaiti-Tuerxun") == name_keys("Maimaiti Tuerxun")
    assert name_keys("Guli Aili") == name_keys("古丽·艾力")


@pytest.mark.parametrize(
    ("name", "marked"),
    [
        ("Serik Nurlanov", True),
        ("Нурлан Сериков", True),
        ("Ерболқызы Айгүл", True),
        ("Nurlan Serikuly", True),
        ("Memet Tursun", False),
        ("买买提·吐尔逊", False),
        ("Nurlanov", False),  # one part: nothing to order
    ],
)
def test_an_ending_that_marks_the_fathers_part_is_told(name: str, marked: bool) -> None:
    assert order_marked(name) is marked


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Mr. Memet Tursun", ("memet", "tursun")),
        ("Dr Gulnar Memet", ("gulnar", "memet")),
        ("MS. AYGUL", ("aygul",)),
        ("Memet Tursun Jr.", ("memet", "tursun")),
        ("Misha Tursun", ("misha", "tursun")),  # a name that begins like a title keeps it
        ("Mr", ("mr",)),  # nothing after the title: the cell is what it is
    ],
)
def test_english_titles_are_no_part_of_the_name(name: str, parts: tuple[str, ...]) -> None:
    assert split_name(name).parts == parts


def test_german_sch_is_sh() -> None:
    assert name_keys("Scheripe Erkin") == name_keys("Şerife Erkin") == name_keys("Sheripe Erkin")


def test_a_j_after_a_vowel_before_a_consonant_is_the_glide_y() -> None:
    assert name_keys("Ajgul Kajrat") == name_keys("Aygul Kayrat")
    assert part_key("Mejit") != part_key("Meyit")  # between vowels j stays j


@pytest.mark.parametrize(("arabic", "uyghur"), [
    ("عبد الرحيم أكرم", "Abdurahim Akram"),  # ʿAbd al-Raḥīm in two words, ح for h
    ("شهرت رحمة الله", "Shöhret Rehmetulla"),  # Raḥmat Allāh: two words, its ta marbuta spoken
    ("نور الدين بن طاهر", "Nuriddin Tahir"),  # Nūr al-Dīn, "son of", ط for t
    ("عالم أكبر", "Alim Ekber"),  # ʿayn carries the first vowel
    ("عيسى محمد", "Isa Memet"),
    ("عائشة ألي", "Ayshe Eli"),  # the hamza of ʿĀʾisha before a consonant
    ("عبد الكريم", "Abdukérim"),  # the article dropped before a consonant, as Uyghur drops it
    ("عبد العزيز", "Abdulaziz"),  # and kept before ʿayn
    # A name with no letter only Uyghur writes is Arabic spelling throughout, its words too that have
    # no Arabic letter of their own:
    ("حسن توختي", "Hesen Tohti"),  # the vowel after a first h unwritten; a final ي is i
    ("خديجة روزي", "Xadiche Rozi"),
    ("أوبول", "Obul"),  # a first long u or o on alif and waw
    ("داولت باكري", "Dawlet Bekri"),  # و after a long a is w
    ("جولنار", "Gülnar"), ("جلنيسة", "Gülnisa"),  # Gül- without a g
    ("جمال", "Jamal"),  # and j where it is j
])
def test_names_in_arabic_spelling_key_as_their_uyghur_forms(arabic: str, uyghur: str) -> None:
    assert name_keys(arabic) == name_keys(uyghur)


@pytest.mark.parametrize(("typed", "written"), [("ئسىمايىل", "ئىسمايىل"), ("ئبلەت", "ئابلەت")])
def test_a_hamza_whose_vowel_was_left_out_still_opens_a_vowel(typed: str, written: str) -> None:
    assert name_keys(typed) == name_keys(written)
    assert to_latin(typed)[0] in "aeiou"


@pytest.mark.parametrize(("uyghur", "uly"), [
    ("بەي شيا", "bey shya"), ("تۇرسۇناي", "tursunay"), ("ھەسەن توختى", "hesen toxti"),
    ("ئالىم ئەخمەت", "alim exmet"),
])
def test_uyghur_script_is_not_read_as_arabic_spelling(uyghur: str, uly: str) -> None:
    # Uyghur writes its vowels (ە, ۇ, ى inside a word) and a first vowel on ئ: a final ي stays y
    assert to_latin(uyghur) == uly


def test_a_uyghur_word_that_lost_its_hamza_is_not_joined_as_an_arabic_article() -> None:
    assert split_name("تۇرسۇن الىم").parts == ("tursun", "alim")  # ئالىم written without ئ


@pytest.mark.parametrize(("german", "uly"), [
    ("Dschamal", "Jamal"), ("Tursundschan", "Tursunjan"), ("Abdurachman", "Abdurahman"),
    ("Tochti", "Tohti"), ("Schöchret Rachmatullach", "Shöhret Rehmetulla"),
])
def test_german_spellings_key_as_uyghur(german: str, uly: str) -> None:
    assert name_keys(german) == name_keys(uly)


@pytest.mark.parametrize("spelling", ["Uchqun", "Gulchehre", "Kucha", "Abdurehim Aliyevich"])
def test_an_english_or_uyghur_ch_stays_ch(spelling: str) -> None:
    # ch before q or a vowel is ULY and English ch; -ich ends a Russian patronymic.
    assert "x" not in to_latin(spelling)


@pytest.mark.parametrize(("written", "parts"), [
    ("M. Almazbek Ali", ("almazbek", "ali")),  # French Monsieur
    ("Herr Bolat Zhenis", ("bolat", "zhenis")),
    ("Mrs Gulnar", ("gulnar",)),  # a title without its dot still needs its space
    ("г-жа Равшан Болат", ("rawshan", "bolat")),  # Russian: gospozha, gospodin
    ("Г-н Турсун Мамат", ("tursun", "mamat")),
    ("гражданка Гулнар", ("gulnar",)),
])
def test_european_titles_are_no_part_of_the_name(written: str, parts: tuple[str, ...]) -> None:
    assert split_name(written).parts == parts


def test_uzbek_cyrillic_short_o_is_read() -> None:
    assert name_keys("Ўткир Ғулом") == name_keys("Ötkür Ghulam")  # ў was dropped


@pytest.mark.parametrize(
    ("french", "uly"), [("Aïchem", "Ayshem"), ("Djamchid", "Jamshid"), ("Tourchoun", "Turshun")]
)
def test_french_ch_is_sh_where_the_word_shows_french_spelling(french: str, uly: str) -> None:
    assert name_keys(french) == name_keys(uly)
    assert name_keys("Chirzat") != name_keys("Shirzat")  # without ou, dj or a diaeresis, ch is ch


@pytest.mark.parametrize(("typed", "written"), [
    ("MehmetArslan", "Mehmet Arslan"),  # the space between the parts left out
    ("AydosBöken", "Aydos Böken"),
    ("ТурсунМамат", "Турсун Мамат"),
])
def test_two_parts_typed_without_a_space_are_two_parts(typed: str, written: str) -> None:
    assert split_name(typed) == split_name(written)


@pytest.mark.parametrize(("scanned", "written"), [
    ("A8ULAITI", "ABULAITI"), ("ZHU0HERE YALIKUN", "ZHUOHERE YALIKUN"), ("Tur5un", "Tursun"),
])
def test_a_digit_inside_a_scanned_word_is_the_letter_it_was_taken_for(scanned: str, written: str) -> None:
    assert name_keys(scanned) == name_keys(written)


@pytest.mark.parametrize(("with_initial", "parts"), [
    ("A. Tursun", ("tursun",)), ("Gulnar M.", ("gulnar",)), ("Abdukadir G", ("abdukadir",)),
    ("А. Турсун", ("tursun",)),
    ("王 伟", ("wang", "wey")),  # a Chinese surname of one character is no initial
])
def test_an_initial_is_no_part_of_the_name(with_initial: str, parts: tuple[str, ...]) -> None:
    assert split_name(with_initial).parts == parts


@pytest.mark.parametrize(("english", "chinese_order"), [
    ("Haiyan Ma", "马海燕"), ("Ping Ma", "Ма Пин"), ("Xiaoming Wang", "Wang Xiaoming"),
    ("Yulan Jin", "金玉兰"),
])
def test_a_han_name_in_english_order_reads_in_chinese_order(english: str, chinese_order: str) -> None:
    assert name_keys(english) == name_keys(chinese_order)
    assert split_name(english).given in ("ma", "wang", "jin")


@pytest.mark.parametrize("name", ["Memet Tursun", "Wang Li", "Ali Han", "Tursun Ma Memet"])
def test_names_that_do_not_end_in_a_han_surname_after_pinyin_keep_their_order(name: str) -> None:
    assert split_name(name).parts == tuple(to_latin(name).split())


@pytest.mark.parametrize(("name", "surname"), [
    ("Муратов Бауыржан", True), ("Aliyeva Gulnar", True), ("Нурланов Серик", True),
    ("Serik Nurlanuly", False), ("Bauyrzhan Nurlanovich Muratov", False), ("Memet Tursun", False),
])
def test_a_russian_style_surname_as_fathers_part_is_told_from_a_patronymic(name: str, surname: bool) -> None:
    assert father_is_surname(name) is surname
