"""Text encodings of source files: UTF-8 (with or without BOM), UTF-16, GB18030 and Windows-1252
(Latin-1) are detected; anything else is guessed by charset-normalizer.

Undecodable bytes never stop the reader: they are kept as lone surrogates (surrogateescape) so the
row and column that hold them can be reported, instead of one opaque error for the whole file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

_CHUNK = 4 << 20
_ESCAPED = re.compile("[\udc80-\udcff]")
_BAD_SHARE_STILL_UTF8 = 0.05


def has_undecodable(text: str) -> bool:
    return bool(_ESCAPED.search(text))


def _looks_utf16(sample: bytes) -> str | None:
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even_nul = sample[0 : pairs * 2 : 2].count(0)
    odd_nul = sample[1 : pairs * 2 : 2].count(0)
    if odd_nul > pairs * 0.3 and even_nul < pairs * 0.05:
        return "utf-16-le"
    if even_nul > pairs * 0.3 and odd_nul < pairs * 0.05:
        return "utf-16-be"
    return None


def _utf8_bad_share(path: Path) -> float:
    """Share of non-ASCII bytes that are not valid UTF-8: near 0 for UTF-8 with a few bad bytes."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    bad = non_ascii = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            non_ascii += len(chunk) - len(chunk.decode("ascii", "ignore"))
            bad += len(_ESCAPED.findall(decoder.decode(chunk)))
        bad += len(_ESCAPED.findall(decoder.decode(b"", final=True)))
    return bad / non_ascii if non_ascii else 0.0


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path) -> str:
    """Best encoding for a file: BOMs first, then UTF-16 by its NULs, UTF-8, GB18030, a guess."""
    with path.open("rb") as handle:
        sample = handle.read(1 << 16)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _looks_utf16(sample)
    if utf16:
        return utf16
    if _utf8_bad_share(path) <= _BAD_SHARE_STILL_UTF8:
        return "utf-8"
    western = _western_encoding(sample)
    if western:
        return western
    if _decodes(path, "gb18030"):
        return "gb18030"
    guess = charset_normalizer.from_bytes(sample).best()
    return guess.encoding if guess else "utf-8"


# Three accented Latin letters in a row: Cyrillic (cp1251 "Серік" reads "Ñåð³ê") or Greek read as
# Western European, not French, Turkish or German words, which mix their few accents with ASCII.
_ACCENT_RUN = re.compile("[\u00c0-\u00ff]{3}")


# Letters that Windows-1252 has where Windows-1254 has ğ, ı, ş, Ğ, İ, Ş: Icelandic in a Western file,
# Turkish in ours.
_TURKISH_IN_1252 = frozenset("ðýþÐÝÞ")


def _western_encoding(sample: bytes) -> str | None:
    """Windows-1252 (Latin-1 and its superset) or its Turkish variant 1254, if the text reads as one:
    it decodes, its non-ASCII characters are Latin letters and punctuation, and no word is made of
    them (Chinese in GB18030 and Cyrillic in 1251 read as runs of accented letters and symbols). A
    handful of bytes such as one 'é' is too little for a statistical guess (one was read as Urdu)."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return None
    wide = [c for c in text if ord(c) > 127]
    if not wide or not all(c.isalpha() or c in "–—‘’“”…°·" for c in wide) or _ACCENT_RUN.search(text):
        return None
    return "cp1254" if _TURKISH_IN_1252.intersection(wide) else "cp1252"


def check_encoding_name(name: str) -> str:
    """Normalise a user-given --encoding, with a clear error for an unknown one."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
