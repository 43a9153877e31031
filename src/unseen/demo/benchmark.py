"""``generate_linkage_benchmark``: the demo's four sources as one linkage table, with known truth.

Same population and same source habits as :func:`unseen.demo.generate_demo` (coverage per source,
scripts, spellings, order accidents, typos, partial dates, missing fields, a few birth dates that
contradict the ID), rendered column-wise so that a million records take seconds. The records are in
the standalone linkage CSV format: values already parsed (sex as male/female, dates as partial ISO)
but names, birthplaces and facilities still in each source's own script.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

from unseen.demo.bundle import COVERAGE
from unseen.demo.columns import (
    en_names,
    facility_column,
    kk_names,
    partial_dates,
    place_column,
    ug_names,
    zh_names,
)
from unseen.demo.errors import DemoError
from unseen.demo.population import Population, generate_population

__all__ = ["RECORD_COLUMNS", "generate_linkage_benchmark"]

RECORD_COLUMNS = ("record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number",
                  "facility")
IntArray = npt.NDArray[np.int64]
Strings = npt.NDArray[np.object_]


def _covered(pop: Population, key: str, rng: np.random.Generator) -> IntArray:
    uyghur_p, kazakh_p, repeat_p = COVERAGE[key]
    chosen = np.flatnonzero(rng.random(len(pop)) < np.where(pop.kazakh, kazakh_p, uyghur_p))
    rows = np.concatenate([chosen, chosen[rng.random(len(chosen)) < repeat_p]])
    rng.shuffle(rows)
    return rows.astype(np.int64)


def _sex(pop: Population, idx: IntArray, p_missing: float, rng: np.random.Generator) -> Strings:
    sex = np.where(pop.male[idx], "male", "female").astype(object)
    out: Strings = np.where(rng.random(len(idx)) < p_missing, "", sex)
    return out


def _conflicting_births(births: npt.NDArray[np.datetime64], rate: float,
                        rng: np.random.Generator) -> npt.NDArray[np.datetime64]:
    """Move a share of stated birth dates by a year, as a clerk's slip would."""
    shift = np.where(rng.random(len(births)) < rate, rng.choice([-365, 365], size=len(births)), 0)
    moved: npt.NDArray[np.datetime64] = births + shift.astype("timedelta64[D]")
    return moved


def _source_frame(pop: Population, key: str, rng: np.random.Generator) -> tuple[pd.DataFrame, IntArray]:
    idx = _covered(pop, key, rng)
    births = pop.birth[idx]
    empty = np.full(len(idx), "", dtype=object)
    if key == "county-list-2018":
        columns = (zh_names(pop, idx, rng), _sex(pop, idx, 0.0, rng),
                   partial_dates(_conflicting_births(births, 0.015, rng), 0, 0, 0, rng), "zh",
                   pop.id_number[idx])
    elif key == "testimonies-en-2019":
        columns = (en_names(pop, idx, rng), _sex(pop, idx, 0.03, rng),
                   partial_dates(births, 0.4, 0.2, 0.1, rng), "en", empty)
    elif key == "testimonies-ug-2019":
        columns = (ug_names(pop, idx, rng), _sex(pop, idx, 0.03, rng),
                   partial_dates(births, 0.74, 0.0, 0.08, rng), "ug", empty)
    else:
        columns = (kk_names(pop, idx, rng), _sex(pop, idx, 0.03, rng),
                   partial_dates(births, 0.32, 0.0, 0.08, rng), "kk", empty)
    name, sex, born, language, ids = columns
    frame = pd.DataFrame({
        "source": key, "full_name": name, "sex": sex, "birth_date": born,
        "birthplace": place_column(pop.place[idx], language, rng, 0.0 if language == "zh" else 0.06),
        "id_number": ids,
        "facility": facility_column(pop.facility[idx], language, rng, 0.0 if language == "zh" else 0.1),
    })
    return frame, idx


def generate_linkage_benchmark(n_people: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Records from four sources about ``n_people`` synthetic people, and which person each is.

    Returns ``(records, truth)``: records with :data:`RECORD_COLUMNS` (``record_id`` 0..N-1, in
    source order), truth with ``record_id`` and ``person_id`` (0-based person index). About 1.4
    records per person; people in no source are absent from the records, as in reality.
    """
    if n_people < 1:
        raise DemoError(f"need at least one person, got {n_people}")
    streams = np.random.SeedSequence(seed).spawn(1 + len(COVERAGE))
    pop = generate_population(n_people, np.random.default_rng(streams[0]))
    frames, people = [], []
    for key, stream in zip(COVERAGE, streams[1:], strict=True):
        frame, idx = _source_frame(pop, key, np.random.default_rng(stream))
        frames.append(frame)
        people.append(idx)
    records = pd.concat(frames, ignore_index=True)
    records.insert(0, "record_id", np.arange(len(records), dtype=np.int64))
    truth = pd.DataFrame({"record_id": records["record_id"].to_numpy(), "person_id": np.concatenate(people)})
    return records, truth
