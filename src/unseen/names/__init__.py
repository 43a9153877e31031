"""Names across scripts: one person, many spellings.

Pure Python (no Django). Reads a name written in Uyghur Arabic script, Uyghur Latin, Cyrillic,
Chinese characters or pinyin into one Uyghur Latin (ULY) reading, splits it into given and father's
name, keys each part phonetically for blocking and search, and scores two names for similarity.
"""

from unseen.names.errors import NamesError, NotTextError, PairsFileError
from unseen.names.frequencies import TermFrequencies
from unseen.names.keys import loose_keys, name_keys, part_key
from unseen.names.latin import to_latin, via_chinese
from unseen.names.normalize import normalize
from unseen.names.parts import NameParts, split_name
from unseen.names.render import transliterations
from unseen.names.scripts import detect_script
from unseen.names.similarity import DEFAULT_THRESHOLD, name_similarity, part_similarity

__all__ = [
    "DEFAULT_THRESHOLD",
    "NameParts",
    "NamesError",
    "NotTextError",
    "PairsFileError",
    "TermFrequencies",
    "detect_script",
    "loose_keys",
    "name_keys",
    "name_similarity",
    "normalize",
    "part_key",
    "part_similarity",
    "split_name",
    "to_latin",
    "transliterations",
    "via_chinese",
]
