"""Text encodings of source files: UTF-8 (with or without BOM), UTF-16 and GB18030 are detected.

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
    if _decodes(path, "gb18030"):
        return "gb18030"
    guess = charset_normalizer.from_bytes(sample).best()
    return guess.encoding if guess else "utf-8"


def check_encoding_name(name: str) -> str:
    """Normalise a user-given --encoding, with a clear error for an unknown one."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
