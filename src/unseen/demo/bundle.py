"""``generate_demo``: write the four synthetic sources, their mappings and the truth to a folder.

One seeded population; each source draws which people it names and how it words them from its own
random stream (spawned from the seed), so that adding a source does not reshuffle the others. The
true identities go to ``people.csv`` and ``truth.csv`` beside the sources, for tests and benchmarks.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from openpyxl import Workbook

from unseen.demo.errors import DemoError
from unseen.demo.mappings import SOURCES, SourceSpec, mapping_toml
from unseen.demo.places import FACILITIES, PLACES
from unseen.demo.population import Population, generate_population
from unseen.demo.records import Row, RowBuilder, county_row, en_row, kk_row, ug_row
from unseen.demo.tables import name_table

__all__ = ["COVERAGE", "DemoBundle", "DemoSource", "generate_demo", "person_key"]

_FIXED_TIME = datetime(2019, 1, 1)
Writer = Callable[[Path, Sequence[Row]], None]

# Per source: (chance a Uyghur is named, chance a Kazakh is named, chance of a second row).
COVERAGE: dict[str, tuple[float, float, float]] = {
    "county-list-2018": (0.6, 0.6, 0.0),
    "testimonies-en-2019": (0.4, 0.4, 0.04),
    "testimonies-ug-2019": (0.3, 0.05, 0.03),
    "testimonies-kk-2019": (0.05, 0.55, 0.03),
}
_BUILDERS: dict[str, RowBuilder] = {
    "county-list-2018": county_row,
    "testimonies-en-2019": en_row,
    "testimonies-ug-2019": ug_row,
    "testimonies-kk-2019": kk_row,
}


@dataclass(frozen=True)
class DemoSource:
    """One written source file with its mapping."""

    key: str
    path: Path
    mapping_path: Path


@dataclass(frozen=True)
class DemoBundle:
    """Everything :func:`generate_demo` wrote."""

    out_dir: Path
    sources: tuple[DemoSource, ...]
    truth_path: Path
    people_path: Path
    facilities_path: Path


def person_key(index: int) -> str:
    """The stable id of synthetic person ``index`` (0-based)."""
    return f"P{index + 1:05d}"


def _covered(pop: Population, key: str, rng: np.random.Generator) -> list[int]:
    """Which people a source names, in file order, with the occasional second row."""
    uyghur_p, kazakh_p, repeat_p = COVERAGE[key]
    chance = np.where(pop.kazakh, kazakh_p, uyghur_p)
    chosen = np.flatnonzero(rng.random(len(pop)) < chance)
    if not len(chosen):  # a tiny demo still gets a row in every file
        chosen = rng.integers(0, len(pop), size=1)
    repeats = chosen[rng.random(len(chosen)) < repeat_p]
    rows = np.concatenate([chosen, repeats])
    rng.shuffle(rows)
    return [int(i) for i in rows]


def _write_csv(path: Path, rows: Sequence[Row], encoding: str) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)


def _write_county(path: Path, rows: Sequence[Row]) -> None:
    numbered = [{"序号": str(n), **row} for n, row in enumerate(rows, start=1)]
    _write_csv(path, numbered, "gb18030")


def _write_jsonl(path: Path, rows: Sequence[Row]) -> None:
    # A missing field is left out of the object, as collection forms do, but a field that no row
    # fills (a handful of people) is written as null: the form still has it, and the mapping names it.
    unfilled = {k for row in rows for k in row} - {k for row in rows for k, v in row.items() if v is not None}
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            kept = {k: v for k, v in row.items() if v is not None or k in unfilled}
            handle.write(json.dumps(kept, ensure_ascii=False))
            handle.write("\n")


def _write_xlsx(path: Path, rows: Sequence[Row]) -> None:
    book = Workbook()
    book.properties.created = book.properties.modified = _FIXED_TIME
    sheet = book.active
    assert sheet is not None
    sheet.title = "Куәліктер"
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(_reproducible_zip(buffer.getvalue()))


def _reproducible_zip(data: bytes) -> bytes:
    """Re-pack a zip with fixed member timestamps, so that the same seed gives the same bytes
    (and the same file hash once imported). openpyxl stamps the save time into the workbook's
    'modified' property whatever it was set to; that stamp is put back to the fixed time too (two
    demos built a second apart differed there)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            content = old.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = _FIXED_TIME.strftime(r"\g<1>%Y-%m-%dT%H:%M:%SZ\g<2>").encode()
                content = _MODIFIED.sub(stamp, content)
            new.writestr(member, content)
    return out.getvalue()


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _write_source(spec: SourceSpec, out_dir: Path, rows: Sequence[Row]) -> DemoSource:
    path = out_dir / spec.filename
    _writer(spec, path)(path, rows)
    mapping_path = out_dir / spec.mapping_filename
    mapping_path.write_text(mapping_toml(spec), encoding="utf-8")
    return DemoSource(key=spec.key, path=path, mapping_path=mapping_path)


def _write_utf8_csv(path: Path, rows: Sequence[Row]) -> None:
    _write_csv(path, rows, "utf-8")


def _writer(spec: SourceSpec, path: Path) -> Writer:
    """Leaked lists come in a Chinese office encoding; the rest as UTF-8, by file type."""
    if spec.kind == "leaked_list":
        return _write_county
    return {".csv": _write_utf8_csv, ".jsonl": _write_jsonl, ".xlsx": _write_xlsx}[path.suffix]


def _latin_name(pop: Population, i: int) -> str:
    """Uyghur names in Uyghur Latin (ULY); Kazakh names in their usual romanisation."""
    names = name_table().names
    given, father = names[int(pop.given[i])], names[int(pop.father[i])]
    if pop.kazakh[i]:
        return f"{given.english[0]} {father.english[0]}"
    return f"{given.uly} {father.uly}"


def _write_people(path: Path, pop: Population) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["person_id", "name", "sex", "birth_date", "birthplace", "ethnicity", "id_number",
                         "family_id"])
        for i in range(len(pop)):
            writer.writerow([
                person_key(i), _latin_name(pop, i), "male" if pop.male[i] else "female",
                str(pop.birth[i]), PLACES[int(pop.place[i])].english[0],
                "kazakh" if pop.kazakh[i] else "uyghur", pop.id_number[i], f"F{int(pop.family[i]) + 1:05d}",
            ])


def _write_facilities(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "name_en", "name_zh", "name_ug", "name_ru", "latitude", "longitude", "kind"])
        for f in FACILITIES:
            writer.writerow([f.key, f.name_en, f.name_zh, f.name_ug, f.name_ru, f.latitude, f.longitude,
                             f.kind])


def generate_demo(out_dir: Path, seed: int = 2018, people: int = 300) -> DemoBundle:
    """Write a complete synthetic demo (sources, mappings, truth, facilities) into ``out_dir``."""
    if people < 1:
        raise DemoError(f"the demo needs at least one person, got {people}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    streams = np.random.SeedSequence(seed).spawn(1 + len(SOURCES))
    pop = generate_population(people, np.random.default_rng(streams[0]))
    written, truth = [], []
    for spec, stream in zip(SOURCES, streams[1:], strict=True):
        rng = np.random.default_rng(stream)
        covered = _covered(pop, spec.key, rng)
        rows = [_BUILDERS[spec.key](pop, i, rng) for i in covered]
        written.append(_write_source(spec, out_dir, rows))
        truth += [(spec.key, row, person_key(i)) for row, i in enumerate(covered, start=1)]
    truth_path, people_path = out_dir / "truth.csv", out_dir / "people.csv"
    with truth_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source_key", "row", "person_id"])
        writer.writerows(truth)
    _write_people(people_path, pop)
    facilities_path = out_dir / "facilities.csv"
    _write_facilities(facilities_path)
    return DemoBundle(out_dir, tuple(written), truth_path, people_path, facilities_path)
