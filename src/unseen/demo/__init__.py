"""Synthetic sources about synthetic people, with the truth kept aside.

``generate_demo`` writes four sources (a leaked list in Chinese, testimonies in English, Uyghur
Arabic script and Kazakh Cyrillic) plus their import mappings, the true identities and a facilities
table; ``generate_linkage_benchmark`` renders the same kind of records at scale as data frames;
``write_leaked_list_csv`` streams a big leaked list for the import benchmark. Every person is a
random combination of common names, towns and dates: nobody real.
"""

from __future__ import annotations

from unseen.demo.benchmark import generate_linkage_benchmark
from unseen.demo.bigfile import write_leaked_list_csv
from unseen.demo.bundle import DemoBundle, DemoSource, generate_demo
from unseen.demo.errors import DemoError

__all__ = [
    "DemoBundle",
    "DemoError",
    "DemoSource",
    "generate_demo",
    "generate_linkage_benchmark",
    "write_leaked_list_csv",
]
