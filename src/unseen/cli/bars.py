"""Progress bars on stderr, only where someone watches them.

Rich draws nothing live on a stderr that is not a terminal, but still writes a final frame (or, for
transient bars, an empty line) when the bars stop: a log file of `unseen link 2>link.err` filled with
bar drawings, and every error message of `import` came after a blank line. Disabled bars write nothing.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import Progress, ProgressColumn

__all__ = ["stderr_bars"]


def stderr_bars(*columns: str | ProgressColumn, console: Console | None = None,
                transient: bool = True) -> Progress:
    """Bars on `console` (stderr by default), switched off when it is not a terminal."""
    console = console or Console(stderr=True)
    return Progress(*columns, console=console, transient=transient, disable=not console.is_terminal)
