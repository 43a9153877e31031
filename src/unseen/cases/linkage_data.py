"""What the case database hands the pure linkage package, as plain data (DESIGN: plain data between)."""

from __future__ import annotations

import pandas as pd

from unseen.cases import sensitive
from unseen.cases.models import Record, ReviewDecision
from unseen.cases.queries import format_partial
from unseen.linkage import ReviewDecision as Decision
from unseen.linkage import Verdict


def records_frame() -> pd.DataFrame:
    """Every record in the linker's standard columns; record ids as text."""
    rows = Record.objects.order_by("pk").values_list(
        "pk",
        "source__key",
        "full_name",
        "sex",
        "birth_date",
        "birth_date_precision",
        "birthplace",
        "id_number_sealed",
        "facility",
    )
    table = [
        (
            str(pk),
            source,
            name,
            sex if sex != "unknown" else "",
            format_partial(born, precision),
            place,
            sensitive.unseal("id_number", sealed),
            facility,
        )
        for pk, source, name, sex, born, precision, place, sealed, facility in rows.iterator(
            chunk_size=20_000
        )
    ]
    columns = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
    return pd.DataFrame(table, columns=columns)


def current_decisions() -> list[Decision]:
    """Standing review decisions (withdrawn ones are kept in the log but no longer bind)."""
    return [
        Decision(
            str(d.record_a_id), str(d.record_b_id), Verdict(d.verdict), d.decided_at, d.reviewer, d.reason
        )
        for d in ReviewDecision.objects.filter(withdrawn_at__isnull=True)
    ]
