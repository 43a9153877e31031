"""Splink configured the ordinary way, as the yardstick the benchmark prints beside Unseen's model.

Names are split on spaces into first name and surname and compared with Splink's own string
comparisons; no transliteration, no keys, no gazetteer, no date precision; plain connected
components at the threshold. This is what one would write from Splink's tutorials.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from splink import Linker

from unseen.linkage.backends import open_db_api
from unseen.linkage.model import LinkageModel, TrainingOptions, train
from unseen.linkage.records import check_columns
from unseen.linkage.scoring import query

__all__ = ["prepare_plain", "plain_link"]

# The yardstick keeps the training it was first measured with (u from two million random pairs, EM
# on up to a million pairs per session), so that the benchmark's ratio moves only when Unseen's own
# pipeline does.
PLAIN_TRAINING = TrainingOptions(u_max_pairs=2e6, em_max_pairs=1e6)


def prepare_plain(records: pd.DataFrame) -> pd.DataFrame:
    """Lower-cased raw columns, the name split at its first space, empty as NULL."""
    table = check_columns(records)
    names = table["full_name"].str.lower().str.split(n=1, expand=True).reindex(columns=[0, 1])
    frame = pd.DataFrame(
        {
            "unique_id": np.arange(len(table), dtype=np.int64),
            "source": table["source"],
            "first_name": names[0],
            "surname": names[1],
            "birth_date": table["birth_date"],
            "birthplace": table["birthplace"].str.lower(),
            "sex": table["sex"].str.lower(),
            "id_number": table["id_number"],
            "facility": table["facility"].str.lower(),
        }
    )
    for column in frame.columns[1:]:
        frame[column] = frame[column].where(frame[column].fillna("") != "", None)
    return frame


def plain_link(
    records: pd.DataFrame,
    threshold: float = 0.9,
    options: TrainingOptions | None = None,
    backend: Any = None,
) -> tuple[pd.DataFrame, LinkageModel]:
    """(record_id, cluster_id) for every record, and the trained plain model."""
    frame_pd = prepare_plain(records)
    with open_db_api(backend) as db_api:
        frame = db_api.register(frame_pd)
        model = train(frame, db_api, "plain", options or PLAIN_TRAINING)
        linker = Linker(frame, model.settings, log_level=None)
        predictions = linker.inference.predict(threshold_match_probability=0.01)
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, threshold)
        labels = query(linker, f"SELECT unique_id, cluster_id FROM {clusters.physical_name}").set_index(
            "unique_id"
        )["cluster_id"]
    ids = check_columns(records)["record_id"]
    out = pd.DataFrame({"record_id": ids, "cluster_id": labels.reindex(frame_pd["unique_id"]).to_numpy()})
    return out, model
