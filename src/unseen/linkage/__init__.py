"""Record linkage: records from many sources and scripts grouped into persons, on Splink.

Pure: takes and returns plain data frames and dataclasses, imports nothing from Django. The case app
calls `link_records` with a table of records, the previous record → person assignments and the
review decisions, and stores the assignments it gets back.
"""

from unseen.linkage.cluster import ClusterOptions, cluster_records
from unseen.linkage.dates import BirthDate, parse_birth_date
from unseen.linkage.decisions import Constraints, ReviewDecision, Verdict, constraints_from_decisions
from unseen.linkage.errors import (
    BackendUnavailableError,
    InvalidRecordsError,
    LinkageError,
    RecordProblem,
    ReviewConflictError,
)
from unseen.linkage.gazetteer import Gazetteer, default_gazetteer
from unseen.linkage.idnumbers import id_facts, normalize_id
from unseen.linkage.model import LinkageModel, TrainingOptions
from unseen.linkage.persons import ChangeSummary, assign_person_ids
from unseen.linkage.pipeline import LinkOptions, LinkResult, ProgressReporter, link_records
from unseen.linkage.records import COLUMNS, REQUIRED_COLUMNS, read_records_csv
from unseen.linkage.report import html_report, text_report, waterfall

__all__ = [
    "BackendUnavailableError",
    "BirthDate",
    "COLUMNS",
    "ChangeSummary",
    "ClusterOptions",
    "Constraints",
    "Gazetteer",
    "InvalidRecordsError",
    "LinkOptions",
    "LinkResult",
    "LinkageError",
    "LinkageModel",
    "ProgressReporter",
    "REQUIRED_COLUMNS",
    "RecordProblem",
    "ReviewConflictError",
    "ReviewDecision",
    "TrainingOptions",
    "Verdict",
    "assign_person_ids",
    "cluster_records",
    "constraints_from_decisions",
    "default_gazetteer",
    "id_facts",
    "link_records",
    "normalize_id",
    "parse_birth_date",
    "read_records_csv",
    "html_report",
    "text_report",
    "waterfall",
]
