"""Parse a source file in a child process while the importing process writes to the database.

On two cores this nearly halves an import: decoding, validation, name keys and JSON encoding run
beside the inserts. The child never touches the database, leaves with os._exit (no finalisers run on
the inherited connection), and stops on its own if the importing process is killed.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unseen.cases.actions.record_rows import RowValues, row_values
from unseen.ingest import IngestError, Mapping, Problem, read_source
from unseen.ingest.reading import ParsedRow
from unseen.names.placeholders import is_placeholder_name

_FORK = multiprocessing.get_context("fork")


@dataclass
class ParsedBatch:
    good: list[RowValues] = field(default_factory=list)
    bad: list[ParsedRow] = field(default_factory=list)
    conflicts: int = 0
    seen: int = 0
    nameless: list[int] = field(default_factory=list)  # row numbers of good rows with no name


@dataclass
class BackgroundReading:
    path: Path
    encoding: str
    header_problems: list[Problem]
    batches: Iterator[ParsedBatch]
    process: Any

    def close(self) -> None:
        """Stop the parsing process: after the last batch, or when the import fails part-way."""
        self.process.kill()
        self.process.join()


class _ParentGone(Exception):
    pass


def _put(channel: Any, parent: int, item: tuple[Any, ...]) -> None:
    while True:
        if os.getppid() != parent:
            raise _ParentGone
        try:
            channel.put(item, timeout=1)
            return
        except queue.Full:
            continue


def _produce(
    channel: Any, parent: int, path: Path, mapping: Mapping, encoding: str | None, size: int
) -> None:
    reading = read_source(path, mapping, encoding)
    _put(channel, parent, ("header", reading.encoding, reading.header_problems))
    if reading.header_problems:
        return
    batch = ParsedBatch()
    for parsed in reading.rows:
        if parsed.problems:
            batch.bad.append(parsed)
        else:
            batch.good.append(row_values(parsed))
            batch.conflicts += bool(parsed.flags)
            name = parsed.fields.get("full_name")
            if not name or is_placeholder_name(str(name)):  # "unknown", "N/A", "未知" name no one
                batch.nameless.append(parsed.row)
        batch.seen += 1
        if batch.seen == size:
            _put(channel, parent, ("batch", batch))
            batch = ParsedBatch()
    _put(channel, parent, ("batch", batch))


def _child(channel: Any, parent: int, path: Path, mapping: Mapping, encoding: str | None, size: int) -> None:
    try:
        _produce(channel, parent, path, mapping, encoding, size)
        _put(channel, parent, ("done",))
    except _ParentGone:
        pass
    except (IngestError, ValueError) as exc:
        _put(channel, parent, ("error", type(exc).__name__, str(exc)))
    except Exception:
        _put(channel, parent, ("crash", "", traceback.format_exc()))
    finally:
        if os.getppid() == parent:
            channel.close()
            channel.join_thread()  # flush what was put before leaving
        else:
            channel.cancel_join_thread()
        os._exit(0)


def _raise(kind: str, name: str, message: str) -> None:
    if kind == "crash":
        raise RuntimeError(f"the parsing process failed:\n{message}")
    raise (ValueError if name == "ValueError" else IngestError)(message)


def _get(channel: Any, process: Any) -> tuple[Any, ...]:
    while True:
        try:
            item: tuple[Any, ...] = channel.get(timeout=1)
            return item
        except queue.Empty:
            if not process.is_alive() and channel.empty():
                raise RuntimeError(
                    f"the parsing process ended unexpectedly (exit code {process.exitcode})"
                ) from None


def _batches(channel: Any, process: Any) -> Iterator[ParsedBatch]:
    while True:
        item = _get(channel, process)
        if item[0] == "done":
            return
        if item[0] != "batch":
            _raise(*item)
        yield item[1]


def read_in_background(path: Path, mapping: Mapping, encoding: str | None, size: int) -> BackgroundReading:
    """Start the parsing process; header problems and the encoding come back before any row."""
    channel = _FORK.Queue(maxsize=8)
    process = _FORK.Process(
        target=_child, args=(channel, os.getpid(), path, mapping, encoding, size), daemon=True
    )
    # The child must never collect garbage it inherited: a linkage run earlier in this process can
    # leave a DuckDB connection in a reference cycle, and its destructor, run in a forked child
    # without DuckDB's threads, crashes. Collect here, then keep the inherited objects out of the
    # child's reach (they also stay shared, not copied, page by page).
    gc.collect()
    gc.freeze()
    try:
        process.start()
    finally:
        gc.unfreeze()
    first = _get(channel, process)
    if first[0] != "header":
        process.join()
        _raise(*first)
    return BackgroundReading(path, first[1], first[2], _batches(channel, process), process)
