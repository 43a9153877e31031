"""`unseen link --report`: write the model report, in either mode, as plain text or HTML.

The report shows one pair's waterfall and says which pair and why (`linkage.report.shown_pair`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from unseen.cases.actions import LinkOutcome
    from unseen.linkage import LinkageModel


def write_report(path: Path, model: LinkageModel, review: pd.DataFrame, nearest: pd.DataFrame) -> None:
    """Plain text for a .txt file, else HTML; `review` most uncertain first, `nearest` its fallback."""
    from unseen.linkage.report import html_report, shown_pair, text_report

    pair, note = shown_pair(review, nearest)
    if path.suffix.lower() == ".txt":
        path.write_text(text_report(model, pair, note), encoding="utf-8")
    else:
        frame = None if pair is None else pd.DataFrame([pair])
        path.write_text(html_report(model, frame, note), encoding="utf-8")


def write_project_report(path: Path, outcome: LinkOutcome) -> None:
    """The report of the model this run stored, its waterfall from the pair now hardest in the
    review queue (an incremental run keeps earlier runs' pairs there, scored with the same model)."""
    from unseen.cases.review_queue import queue, scored_pair
    from unseen.linkage import LinkageModel

    model = LinkageModel.from_stored(outcome.run.model)
    waiting = queue()[:1]
    review = pd.DataFrame([scored_pair(waiting[0])]) if waiting else pd.DataFrame()
    write_report(path, model, review, outcome.nearest)
