"""The system of record: sources, records, persons, facilities, relations and the audit trail."""
