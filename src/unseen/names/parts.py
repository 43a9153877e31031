"""Split a full name into given name and father's name.

Uyghur names are the person's given name followed by the father's given name; siblings share the
second part. Sources reverse the order ("Eli, Memet"), write one part only, separate Chinese
transcriptions with a middle dot, and split or join compounds (Abdu Rehim / Abdurehim,
Tursun Gül / Tursungül). Parts are returned in ULY, compounds joined, patronymic and Russian-style
surname endings (-uly, -qizi, -ovich, -ov, -eva) removed, and the part that carried one put in the
father's place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unseen.names.errors import check_text
from unseen.names.latin import latin_words
from unseen.names.memo import Memo
from unseen.names.normalize import clean_words, normalize
from unseen.names.pinyin import (
    han_name_cut,
    han_surname_syllables,
    joined_pinyin_given_name,
    pinyin_syllables,
    split_pinyin,
)
from unseen.names.transcription import looks_like_pinyin

__all__ = ["PART_SEPARATORS", "NameParts", "father_is_surname", "name_parts", "order_marked", "split_name"]

# Bound first halves: never a part on their own.
_PREFIXES = frozenset(("abdu", "abdul", "abd", "ebdu", "ebdul", "abdi", "ebdi", "abdur", "ebdur", "abu",
                       "ebu", "abdül", "abdür", "abudu"))  # Turkish (Abdül Kerim), pinyin (Abudu Reyimu)
# First halves that are also names: joined only when the name still keeps a father's part.
_SOFT_PREFIXES = frozenset(("muhemmed", "muhammed", "muhammad", "mohammed", "mohamed", "muhemmet",
                            "nur", "gül", "gul", "guli", "ay"))  # guli: pinyin of 古丽 (Guli Naer)
# Second halves that attach to the part before them; the last ones are "son of" and "daughter of"
# written apart (Kyrgyz Асан уулу, Uzbek Abdulla o'g'li), which then mark that part as the father's.
_SUFFIXES = frozenset(("jan", "jang", "gül", "gul", "nisa", "xan", "han", "khan",
                       "bek", "beg", "axun", "ahun", "axunum", "niyaz", "bübi", "bibi", "xanim", "xenim",
                       "uulu", "uli", "ulï", "uly", "kizi", "qizi", "ogli", "oghli", "ogly", "oghlu", "oglu"))
# Second halves that are also names (Memet Niyaz is Memet, son of Niyaz, far more often than one
# name Memetniyaz written apart; Yerlan Bek is Yerlan, son of Bek): joined only when the name still
# keeps a father's part, and never to a part whose ending already makes it a father's or a surname
# (Maratuly Bek, Маратов Бек). Han is also the Chinese surname 韩 (Yifu Han is Han Yifu).
_SOFT_SUFFIXES = frozenset(("niyaz", "bek", "beg", "han"))
# Marks that Chinese transcriptions put between the given name and the father's (and typists' look-
# alikes): a compound never spans one, so 买买提·尼亚孜 is Memet, son of Niyaz.
PART_SEPARATORS = re.compile("[·•・‧･⋅∙]")
# Endings that say "son of" / "daughter of": the part they end is the father's name, wherever it
# stands. Kazakh -ұлы/-қызы (read uli/qizi from Cyrillic; uly/kyzy/qyzy in Latin), Kyrgyz uulu/kyzy,
# Uyghur and Uzbek oghli/qizi, Turkish oğlu/kızı, Russian-style patronymics -ovich/-ovna (v is read
# w). A g before -uli is the Latin spelling of -gül (Nurguli), not a patronymic.
_PATRONYMIC_END = re.compile(
    r"(?<=[a-zéöü]{3})((?:(?<=[aeiouéöü])y)?[oeé]w(?:ich|na)"
    r"|(?<!g)uli|uly|ulï|uulu|oghli|ogli|ogly|oghlu|oglu|qizi|kizi|kyzy|qyzy|qizy)$"
)
# Russian-style surnames (-ov, -ova, -ev, -eva), made from a father's or grandfather's name. Latin
# spellings write the Russian е after a vowel ye (Алиев Aliyev, Мусаева Musayeva, Алиевич
# Aliyevich): that y is the ending's, as the Cyrillic shows.
_SURNAME_END = re.compile(r"(?<=[a-zéöü]{3})(?:(?<=[aeiouéöü])y)?([oeé]wa|[oeé]w)$")
_REVERSED = re.compile(r"^\s*([^,，、]+?)\s*[,，、]\s*([^,，、]+?)\s*$")
# Occupations that testimonies put before or after a name (teacher Ablimit Tursun, öğretmen Gülnisa
# Memet, ئەلى ھۈسەن مۇئەللىم, доктор ...), as read into ULY letters: dropped where two parts remain
# without them (Imam Memet may be a man named Imam, son of Memet).
_OCCUPATIONS = frozenset((
    "teacher", "doctor", "dojtor", "professor", "proféssor", "engineer", "enginir", "imam", "öghretmen",
    "ogretmen", "doktor", "mühendis", "muhendis", "muellim", "mu'ellim", "oqutquchi", "oqughuchi", "doxtur",
    "mughalim", "deriger", "uchitel", "uchitelnitsa", "wrach", "injénér", "inzhener",
))
# Honorifics of the pilgrim and the learned (Haji, Hajim, Hacı, Molla, Qari, Sheikh): after a name
# (Tursun Hajim, Ablimit Tursun hajim) always a title; before it a title where two parts remain
# (Haji Nurlan Qairatuly), but Haji Memet may be a man named Haji, son of Memet.
_HONORIFICS = frozenset(("haji", "hajim", "hajiim", "hajji", "molla", "mulla", "qari", "sheyx", "shéyx"))


def _joined_without_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Compounds joined once titles are out of the way: with Haji before it, Muhemmet Adil would
    otherwise be read as the compound Muhemmetadil (a first half that is also a name joins only where
    a father's part remains), leaving Haji as the given name. Where fewer than two parts remain
    without the titles (Haji Abdu Rehim), the titles are weighed after joining, as before."""
    if _OCCUPATIONS.isdisjoint(words) and _HONORIFICS.isdisjoint(words):
        return _join_compounds(words)
    rest = _join_compounds(tuple(w for w in words if w not in _OCCUPATIONS and w not in _HONORIFICS))
    return rest if len(rest) >= 2 else _join_compounds(words)


def _without_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` less occupations and honorifics, where enough of the name remains (see above)."""
    rest = [w for w in words if w not in _OCCUPATIONS and w not in _HONORIFICS]
    if len(rest) >= 2:
        return tuple(rest)
    after_name = tuple(w for i, w in enumerate(words) if i == 0 or w not in _HONORIFICS)
    return after_name if rest and len(after_name) < len(words) else words


# English, French, German and Russian forms of address and degrees before a name (Mr. Memet Tursun,
# Dr Gulnar Memet, г-жа Гулнар Турсун) and after it (Jr.): never a part. Titles of the sources' own
# languages are handled with the words (see `_HONORIFICS`), since each is also a name somewhere
# (Haji, Bayan, Molla).
_TITLES = re.compile(
    r"^\s*(?:(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|mme|mlle|herr|frau"
    r"|г-жа|г-н|гр-ка|гр-н|госпожа|господин|гражданка|гражданин)(?:\.\s*|\s+)|m\.\s*)+(?=\w)"
    r"|\s*,?\s+(?:jr|sr)\.?\s*$",
    re.IGNORECASE,
)
# An initial for a part (A. Tursun, Gulnar M., Tursun A): a letter standing alone says too little to
# key or compare on; the name is the parts written out.
_INITIAL = re.compile(r"(?<![\w'’])[A-Za-zÀ-ÿА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]\.?(?![\w'’])")
# Pinyin typed a syllable at a time, joined by hyphens (Mai-mai-ti Tu-er-xun, Mei-qin): one word.
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _joined_syllables(m: re.Match[str]) -> str:
    """The hyphenated run as one word when every piece is one pinyin syllable; else as it stands
    (Abdu-Rehim is joined, or not, as any compound)."""
    pieces = m.group().split("-")
    syllables = pinyin_syllables()
    return "".join(pieces) if all(p.lower() in syllables for p in pieces) else m.group()


@dataclass(frozen=True)
class NameParts:
    """A name cut into parts: ``given`` first, ``father`` second ("" if absent), all in ULY."""

    given: str
    father: str
    parts: tuple[str, ...]


_COMPOUND_WORDS = _PREFIXES | _SOFT_PREFIXES | _SUFFIXES


def _soft_prefix_joins(word: str, before: int, remaining: int) -> bool:
    """Whether a first half that is also a name joins the word after it: only if a father's part is
    left beside the compound (Nur Memet Tursun, Aynur Nur Memet; Nur Memet alone is Nur, son of
    Memet). A half that is also a second half (gül) joins forward only at the start: Tursun Gül Memet
    is Tursungül, daughter of Memet."""
    if word not in _SOFT_PREFIXES:
        return False
    return remaining > 2 if word in _SUFFIXES else before + remaining > 2


def _join_compounds(words: tuple[str, ...]) -> tuple[str, ...]:
    if _COMPOUND_WORDS.isdisjoint(words):
        return words  # the common case: nothing to join
    out: list[str] = []
    pending = ""
    for i, w in enumerate(words):
        remaining = len(words) - i
        if not pending and (w in _PREFIXES or _soft_prefix_joins(w, len(out), remaining)) and remaining > 1:
            pending = w
            continue
        w = pending + w
        pending = ""
        if out and w in _SUFFIXES and (
            w not in _SOFT_SUFFIXES or (len(words) > 2 and _STRIPPED[out[-1]][1] == _PLAIN)
        ):
            out[-1] += w
        else:
            out.append(w)
    if pending:
        out.append(pending)
    return tuple(out)


def _separated_words(text: str) -> tuple[str, ...]:
    """Words of a name whose parts are marked off: compounds joined within each part only, except a
    bound prefix (Abdu) that a typist cut off with the mark."""
    out: list[str] = []
    pending = ""
    for chunk in PART_SEPARATORS.split(text):
        words = _join_compounds(latin_words(chunk))
        if len(words) == 1 and words[0] in _PREFIXES:
            pending += words[0]
            continue
        if words and pending:
            words = (pending + words[0], *words[1:])
            pending = ""
        out.extend(words)
    if pending:
        out.append(pending)
    return tuple(out)


_PLAIN, _SURNAME, _PATRONYMIC = 0, 1, 2


def _strip_ending(part: str) -> tuple[str, int]:
    """The part without a patronymic or surname ending, and which kind of ending it had."""
    stripped = _PATRONYMIC_END.sub("", part)
    if stripped != part:
        return stripped, _PATRONYMIC
    stripped = _SURNAME_END.sub("", part)
    return stripped, (_SURNAME if stripped != part else _PLAIN)


_STRIPPED = Memo(_strip_ending)
_STRIPPED_PART: Memo[str, str] = Memo(lambda part: _STRIPPED[part][0])


def _father_in_place(parts: list[tuple[str, int]]) -> tuple[str, ...]:
    """Parts with the father's name second, whatever place a patronymic or surname put it in.

    Kazakh and Russian-style documents write "Ерболқызы Айгүл" or "Beysenbaev Erlan": the marked
    part is the father's (a patronymic before a surname), the first unmarked part the given name.
    Names without such endings, or already given-first, keep their order.
    """
    kinds = [k for _, k in parts]
    if len(parts) < 2 or (kinds[0] == _PLAIN and (kinds[1] == _PATRONYMIC or _PATRONYMIC not in kinds)):
        return tuple(p for p, _ in parts)
    given = next((i for i, k in enumerate(kinds) if k == _PLAIN), 0)
    father = max((i for i in range(len(parts)) if i != given), key=lambda i: (kinds[i], -i))
    rest = [p for i, (p, _) in enumerate(parts) if i not in (given, father)]
    return (parts[given][0], parts[father][0], *rest)


def split_name(text: str) -> NameParts:
    """Given name, father's name and all parts (ULY) of a full name in any script.

    "Father, Given" (a comma, as in surname-first lists) is put back in reading order.
    """
    return _split_name(check_text(text))


@lru_cache(maxsize=262144)
def _split_name(text: str) -> NameParts:
    parts = name_parts(text)
    return NameParts(parts[0] if parts else "", parts[1] if len(parts) > 1 else "", parts)


def _surname_caps_last(text: str) -> str:
    """A name of two words in the 'SURNAME Given' form of passports and exported lists (ABLET İlham,
    NURMEMET Huseyin) in reading order, the father's name last. A Han surname stays first, where
    Chinese puts it (MA Halima, ZHANG Wei), and so does pinyin of a transcription, which lists in
    Chinese order write in capitals (MAIMAITI Tuerxun is Memet, son of Tursun); a name all in
    capitals says nothing."""
    words = text.split()
    if len(words) != 2 or not words[0].isupper() or not words[1][1:].islower():
        return text
    first = words[0].casefold()
    if first in han_surname_syllables() or (first.isascii() and looks_like_pinyin(first)):
        return text
    return f"{words[1]} {words[0]}"


def _han_surname_first(text: str) -> str:
    """A Han or Hui name in pinyin written in English order (Haiyan Ma, Xiaoming Wang, Ping Ma) in the
    Chinese order that characters, Cyrillic and Uyghur script keep (马海燕, Ма Пин): two words, the
    last a Han surname's syllable, the first pinyin and not a surname itself (Wang Li says nothing).
    Uyghur and Kazakh names seldom read as pinyin, and never end in a Han surname, except Han, which
    Turkish spellings write for the title Xan (Ali Han), so it is left where it stands."""
    words = text.split()
    if len(words) != 2:
        return text
    first, last = words[0].casefold(), words[1].casefold()
    surnames = han_surname_syllables()
    if last in surnames and last != "han" and first not in surnames and split_pinyin(first) is not None:
        return f"{words[1]} {words[0]}"
    return text


@lru_cache(maxsize=262144)
def name_parts(text: str) -> tuple[str, ...]:
    """The ``parts`` of :func:`split_name` (``text`` already checked to be a ``str``)."""
    return _parts_and_mark(text)[0]


def father_is_surname(text: str) -> bool:
    """Whether the father's part of a name is a Russian-style surname (Муратов Бауыржан, Aliyeva
    Gulnar) rather than a patronymic (Nurlanuly, -ovich) or the father's name as it is. Soviet-era
    family names were often made from the grandfather's name, so such a surname may name another
    man than the father's name another source gives (包尔江·努尔兰 is Muratov Bauyrzhan)."""
    return _parts_and_mark(check_text(text))[2]


def order_marked(text: str) -> bool:
    """Whether a name of two parts or more says itself which part is the father's: a patronymic or
    a surname ending (Nurlanov, Serikuly, Ерболқызы) puts it there wherever it stands, so two such
    names whose parts cross (Serik Nurlanov and Нурлан Сериков) are father and son, or two strangers,
    never one person written in two orders."""
    return _parts_and_mark(check_text(text))[1]


@lru_cache(maxsize=262144)
def _parts_and_mark(text: str) -> tuple[tuple[str, ...], bool, bool]:
    if text[:1].isascii() or text[:1] in "гГ" or text.rstrip()[-1:].isascii():
        text = _TITLES.sub("", text) or text
    m = _REVERSED.match(text) if ("," in text or "，" in text or "、" in text) else None
    if m and normalize(m.group(1)) and normalize(m.group(2)):
        text = m.group(2) + " " + m.group(1)
    elif text[:2].isupper():
        text = _surname_caps_last(text)
    elif text.isascii() and text.count(" ") == 1:
        text = _han_surname_first(text)
    if "-" in text:
        text = _HYPHENATED.sub(_joined_syllables, text)
    stripped = text.strip()
    if cut := han_name_cut(stripped):
        text = stripped[:cut] + "·" + stripped[cut:]
    elif text.isascii() and len(raw := clean_words(text)) >= 3:
        text = " ".join(joined_pinyin_given_name(raw))
    if PART_SEPARATORS.search(text):
        words = _separated_words(text)
    else:
        words = _joined_without_titles(latin_words(text))
    if len(words) > 1 and _INITIAL.search(text):
        words = tuple(w for w in words if len(w) > 1) or words
    if len(words) > 1 and not (_OCCUPATIONS.isdisjoint(words) and _HONORIFICS.isdisjoint(words)):
        words = _without_titles(words)
    parts = tuple(map(_STRIPPED_PART.__getitem__, words))
    if parts == words:
        return tuple(filter(None, parts)), False, False  # the common case: no patronymic or surname
    kinds = [sk for sk in map(_STRIPPED.__getitem__, words) if sk[0]]
    ordered = _father_in_place(kinds)
    father = ordered[1] if len(ordered) > 1 else ""
    surname = (father, _SURNAME) in kinds and (father, _PATRONYMIC) not in kinds
    return ordered, len(ordered) > 1, surname
