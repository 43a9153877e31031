"""A name shown in each script a reader might know it in."""

from __future__ import annotations

from unseen.names.latin import to_latin
from unseen.names.uyghur import latin_to_arabic, latin_to_cyrillic

__all__ = ["transliterations"]


def transliterations(text: str) -> dict[str, str]:
    """ULY, Uyghur Arabic script and Uyghur Cyrillic renderings of a name in any script."""
    latin = to_latin(text)
    return {"latin": latin, "arabic": latin_to_arabic(latin), "cyrillic": latin_to_cyrillic(latin)}
