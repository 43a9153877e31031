"""Plain-text columns that fold long values onto more lines instead of cutting them.

A stratum's name is how a reader finds it (a facility, a birthplace): cut to a column's width, two
facilities that start alike become one. Widths are counted in terminal cells, so a name in Chinese
(two cells a character) lines up with one in Latin script.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "pad", "text_width"]


def text_width(text: str) -> int:
    """Terminal cells ``text`` takes: wide and full-width characters two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` cells."""
    return text + " " * max(width - text_width(text), 0)


def fold(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells, broken at spaces where possible, inside a word where not."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:  # a word wider than the column is broken where it reaches the edge
            if text_width(line + char) > width:
                lines.append(line)
                line = ""
            line += char
    return [*lines, line] if line or not lines else lines
