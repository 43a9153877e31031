"""Chinese transcriptions written without the dot between the given name and the father's.

Official lists write 麦麦提·吐尔逊, but typed or scanned copies often lose the dot: 麦麦提吐尔逊 then
reads as one name, Memettursun, which no spelling of Memet Tursun in another source matches. Nothing
in the characters says where one name ends, but the other records do: a split is taken where both
halves are names that records of this run hold as parts of their own (Memet and Tursun, each written
apart somewhere), the split whose rarer half is most common, and only if that half is more common
than the whole as a name of its own (阿布力米提 is Ablimit, not Abli and Mit); else it stays whole.
Keys are coarse (买买提艾合 and 买提 both key as Memet), so a split whose two halves the run writes
apart in characters, as they stand, comes first: 买买提艾合买提 is 买买提·艾合买提, Memet Ehmet.
A half keyed by one consonant is a name like any other (托合提 Tohti is T, 热依拉 Reyila R, the 丽 of
马丽 R); one keyed by a bare vowel (艾合 is A) keeps no consonant to compare, and only a surname may be.

Pinyin of such a name loses the dot the same way (Maimaitituerxun, MAIMAITITUERXUN), or writes
every syllable apart (Mai Mai Ti Tu Er Xun), and is split on the same evidence. Only the syllables
say where a name may end, and they do not say it once: the preferred reading of Kamiliadili is
ka-mi-lia-di-li, yet Kamili Adili is ka-mi-li a-di-li, so a cut may fall wherever both halves read
as pinyin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from unseen.names import name_keys, part_key, via_chinese
from unseen.names.parts import PART_SEPARATORS
from unseen.names.pinyin import (
    HAN_SURNAMES,
    SURNAME_NAME_MAX,
    han_surname_syllables,
    is_syllable_run,
    split_pinyin,
)
from unseen.names.scripts import char_script

__all__ = ["may_be_unbroken_pinyin", "split_as_names_say", "split_unbroken"]

BARE_VOWELS = ("A", "U")  # keys of a part that is a vowel and nothing else (艾合, 吾)
MIN_HALF = 2  # characters: one Chinese character is a syllable, not a name, except a Han or Hui
# surname before a given name of one or two (马建国 is Ma Jianguo).


def split_as_names_say(counts: Mapping[str, int]) -> dict[str, str]:
    """For the names of a run or a file (each with the number of records that hold it), those written
    without the break between their parts, with it where the other names say it falls: the names of
    one key that are or may be pinyin or characters are offered to `split_unbroken`, with every name's
    parts as held, and the pieces of names of two parts or more written apart through Chinese."""
    keys = {name: name_keys(name) for name in counts}
    single = [
        (name, n) for name, n in counts.items()
        if len(keys[name]) == 1 and (via_chinese(name) or may_be_unbroken_pinyin(name))
    ]
    if not single:
        return {}
    parts = [(key, n) for name, n in counts.items() for key in keys[name][:2]]
    written = Counter[str]()
    for name, n in counts.items():
        if len(keys[name]) > 1:
            pieces = PART_SEPARATORS.sub(" ", name).split()
            if via_chinese(name) or all(map(may_be_unbroken_pinyin, pieces)):  # Bai Ping, Ding Yulan
                for piece in pieces:
                    written[piece.casefold()] += n
    return split_unbroken(single, parts, written)


def split_unbroken(names: Sequence[tuple[str, int]], parts: Iterable[tuple[str, int]],
                   written: Mapping[str, int] | None = None) -> dict[str, str]:
    """For each (name, number of records) in `names` written in Chinese characters or as one word of
    pinyin with nothing between its parts, the same name with a middle dot (characters) or a space
    (pinyin) where the records' parts say it falls.

    `parts` gives (part key, number of records) for every name part the run holds, these names'
    own included; `written`, the number of records that write each part apart through Chinese
    (买买提 of 买买提·吐尔逊, maimaiti of Maimaiti Tuerxun), pinyin in lower case.
    """
    held = Counter[str]()
    for key, count in parts:
        if key:
            held[key] += count
    written = written or {}
    out: dict[str, str] = {}
    for name, records in names:
        text = name.strip()
        if len(text) < 2:
            continue
        if all(char_script(c) == "han" for c in text):
            cuts, mark = _cuts(text), "·"
        elif text.isascii() and is_syllable_run(words := text.casefold().split()):
            text = "".join(words).capitalize()  # Tu Er Sun Ku Er Ban: a run of syllables is one word
            cuts, mark = _pinyin_cuts(text.casefold()), " "
        elif text.isascii() and text.isalpha():
            cuts, mark = _pinyin_cuts(text.casefold()), " "
        else:
            continue
        # A split must explain the name better than other records holding it whole do.
        whole = max(0, held[part_key(text)] - records)
        best, best_support = None, (0, whole)
        for cut, after_surname in cuts:
            left, right = part_key(text[:cut]), part_key(text[cut:])
            if not left or not right or (left in BARE_VOWELS and not after_surname) or right in BARE_VOWELS:
                continue
            keyed = min(held[left], held[right])
            apart = min(written.get(text[:cut].casefold(), 0), written.get(text[cut:].casefold(), 0))
            support = (apart, keyed)
            # Keys are coarse, and a Han syllable keys as the whole can (Baiping and Ping are both PN):
            # there, halves written apart more often than the whole is a split on their own. Where the
            # keys differ, they decide: Musha (Musa) is no Mu Sha because Hui surnames Mu and Sha are
            # written apart.
            collide = part_key(text) in (left, right)
            explains = keyed > whole or (collide and apart > written.get(text.casefold(), 0))
            if explains and support > best_support:
                best, best_support = cut, support
        if best is not None:
            right = text[best:] if text.isupper() else text[best:].capitalize()
            out[name] = f"{text[:best]}{mark}{right}"
    return out


def may_be_unbroken_pinyin(name: str) -> bool:
    """Whether a one-word Latin name reads wholly as pinyin syllables (Dingyulan, Maping), though not
    so plainly that it must be pinyin (`via_chinese`): only the run's other names can tell, and
    `split_unbroken` asks them."""
    word = name.strip()
    return word.isascii() and word.isalpha() and split_pinyin(word.casefold()) is not None


def _cuts(text: str) -> list[tuple[int, bool]]:
    """Where a name of Chinese characters may fall apart, and whether the cut follows a surname:
    between halves of two characters or more, or after a Han or Hui surname that starts a name of two
    to four characters (马法蒂玛, Ma Fatima)."""
    cuts = [(cut, False) for cut in range(MIN_HALF, len(text) - MIN_HALF + 1)]
    if len(text) <= SURNAME_NAME_MAX and text[0] in HAN_SURNAMES:
        cuts.insert(0, (1, True))
    return cuts


def _pinyin_cuts(word: str) -> list[tuple[int, bool]]:
    """Where one word of pinyin (lower case) may fall apart, as `_cuts` for characters: between
    halves of two syllables or more that both read as pinyin, or after a Han surname's syllable
    that starts a name of two to four syllables (zhang|zhiqiang, ma|fadima)."""
    whole = split_pinyin(word)
    if whole is None:
        return []
    cuts = []
    for cut in range(1, len(word)):
        left, right = split_pinyin(word[:cut]), split_pinyin(word[cut:])
        if left is None or right is None:
            continue
        if min(len(left), len(right)) >= MIN_HALF:
            cuts.append((cut, False))
        elif len(left) == 1 and len(whole) <= SURNAME_NAME_MAX and left[0] in han_surname_syllables():
            cuts.append((cut, True))
    return cuts
