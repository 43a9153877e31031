"""Reading source files: pure, no database.

Decoding, the mapping, date/ID/coded-value parsing and row validation take bytes and a mapping and
yield parsed rows or problems (`file:row:column: reason`). Storing them is the case app's job.
"""

from unseen.ingest.chinese_id import ChineseId, parse_chinese_id
from unseen.ingest.dates import PartialDate, parse_date
from unseen.ingest.decoding import detect_encoding
from unseen.ingest.errors import IngestError, MappingError, Problem
from unseen.ingest.mapping import FIELDS, Mapping, SourceMeta, load_mapping
from unseen.ingest.reading import ParsedRow, read_source
from unseen.ingest.values import parse_sex, parse_status

__all__ = [
    "FIELDS",
    "ChineseId",
    "IngestError",
    "Mapping",
    "MappingError",
    "ParsedRow",
    "PartialDate",
    "Problem",
    "SourceMeta",
    "detect_encoding",
    "load_mapping",
    "parse_chinese_id",
    "parse_date",
    "parse_sex",
    "parse_status",
    "read_source",
]
