"""Which writing system a name is in.

Linkage and display both branch on the script: Arabic-script Uyghur, Latin, Cyrillic and Chinese
characters each need their own reading. Detection runs on the cleaned text so that a Cyrillic
look-alike letter hidden in a Latin word does not make the name "mixed".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unseen.names.errors import check_text

__all__ = ["SCRIPTS", "SCRIPT_RUNS", "char_script", "detect_script"]

SCRIPTS = ("arabic", "latin", "cyrillic", "han", "mixed", "empty", "unknown")


_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_CYRILLIC = "\u0400-\u052f"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Latin takes in the IPA letters and Latin Extended-C that Turkic alphabets use: ə (Azerbaijani, the
# Uyghur New Script, Kazakh typed for ә), ɵ, ɣ, and the New Script's ⱪ ⱨ ⱬ.
_LATIN = "a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff\u2c60-\u2c7f'"
#: Runs of one script in a word: group 1 Arabic, 2 Cyrillic, 3 Han, 4 Latin (digits etc. are skipped).
SCRIPT_RUNS = re.compile(f"([{_ARABIC}]+)|([{_CYRILLIC}]+)|([{_HAN}]+)|([{_LATIN}]+)")
RUN_SCRIPTS = ("", "arabic", "cyrillic", "han", "latin")


def char_script(ch: str) -> str:
    """Script of one letter: arabic, latin, cyrillic, han, or "" for anything else."""
    o = ord(ch)
    if o < 0x80:
        return "latin" if ch.isalpha() else ""
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "arabic" if unicodedata.category(ch).startswith("L") else ""
    if 0x0400 <= o <= 0x052F:
        return "cyrillic" if ch.isalpha() else ""
    if 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F:
        return "han"
    if o < 0x02B0 or 0x1E00 <= o <= 0x1EFF or 0x2C60 <= o <= 0x2C7F:
        return "latin" if ch.isalpha() else ""
    return ""


def detect_script(text: str) -> str:
    """One of ``SCRIPTS`` for a whole name.

    "empty" when nothing is left after cleaning, "unknown" when there are characters but no letter
    of a supported script (digits only, emoji), "mixed" when two scripts remain after look-alike
    letters are folded into their word's majority script.
    """
    return _detect_script(check_text(text))


@lru_cache(maxsize=262144)
def _detect_script(text: str) -> str:
    from unseen.names.normalize import normalize

    clean = normalize(text)
    if not clean:
        visible = any(unicodedata.category(c)[0] in "LNPS" for c in text[:512])
        return "unknown" if visible else "empty"
    seen = {s for s in map(char_script, clean) if s}
    if not seen:
        return "unknown"
    if len(seen) > 1:
        return "mixed"
    return seen.pop()
