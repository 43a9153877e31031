"""Chinese transcriptions written without the dot between the given name and the father's.

Official lists write 麦麦提·吐尔逊, but typed or scanned copies often lose the dot: 麦麦提吐尔逊 then
reads as one name, Memettursun, which no spelling of Memet Tursun in another source matches. Nothing
in the characters says where one name ends, but the other records do: a split is taken where both
halves are names that records of this run hold as parts of their own (Memet and Tursun, each written
apart somewhere), the split whose rarer half is most common, and only if that half is more common
than the whole as a name of its own (阿布力米提 is Ablimit, not Abli and Mit); else it stays whole.
Keys are coarse (买买提艾合 and 买提 both key as Memet), so a split whose two halves the run writes
apart in characters, as they stand, comes first: 买买提艾合买提 is 买买提·艾合买提, Memet Ehmet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from unseen.names import part_key
from unseen.names.pinyin import HAN_SURNAMES
from unseen.names.scripts import char_script

__all__ = ["split_unbroken"]

MIN_HALF = 2  # characters: one Chinese character is a syllable, not a name, except a Han or Hui
# surname before a given name of one or two (马建国 is Ma Jianguo).


def split_unbroken(names: Sequence[tuple[str, int]], parts: Iterable[tuple[str, int]],
                   written: Mapping[str, int] | None = None) -> dict[str, str]:
    """For each (name, number of records) in `names` written in Chinese characters with nothing
    between its parts, the same name with a middle dot where the records' parts say it falls.

    `parts` gives (part key, number of records) for every name part the run holds, these names'
    own included; `written`, the number of records that write each part in characters apart
    (买买提 of 买买提·吐尔逊).
    """
    held = Counter[str]()
    for key, count in parts:
        if key:
            held[key] += count
    written = written or {}
    out: dict[str, str] = {}
    for name, records in names:
        text = name.strip()
        if len(text) < 2 or not all(char_script(c) == "han" for c in text):
            continue
        # A split must explain the name better than other records holding it whole do.
        whole = max(0, held[part_key(text)] - records)
        best, best_support = None, (0, whole)
        for cut in _cuts(text):
            left, right = part_key(text[:cut]), part_key(text[cut:])
            if not left or not right or (cut > 1 and len(left) < 2) or len(right) < 2:
                continue
            keyed = min(held[left], held[right])
            support = (min(written.get(text[:cut], 0), written.get(text[cut:], 0)), keyed)
            if keyed > whole and support > best_support:
                best, best_support = cut, support
        if best is not None:
            out[name] = f"{text[:best]}·{text[best:]}"
    return out


def _cuts(text: str) -> list[int]:
    """Where a name of Chinese characters may fall apart: between halves of two characters or
    more, or after a Han surname that starts a name of two or three characters."""
    cuts = list(range(MIN_HALF, len(text) - MIN_HALF + 1))
    if len(text) <= 3 and text[0] in HAN_SURNAMES:
        cuts.insert(0, 1)
    return cuts
