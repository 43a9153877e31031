"""Every write to the case database goes through these functions (STYLE habit 2).

Each is atomic and writes its audit row in the same transaction; the CLI, the web UI, the admin and
the API call them and never save models on their own.
"""

from unseen.cases.actions.facilities import add_facility
from unseen.cases.actions.imports import ImportFailed, ImportResult, SourceExists, import_source
from unseen.cases.actions.linking import LinkOutcome, link_persons
from unseen.cases.actions.relations import add_relation
from unseen.cases.actions.review import record_decision, withdraw_decision

__all__ = [
    "ImportFailed",
    "ImportResult",
    "LinkOutcome",
    "SourceExists",
    "add_facility",
    "add_relation",
    "import_source",
    "link_persons",
    "record_decision",
    "withdraw_decision",
]
