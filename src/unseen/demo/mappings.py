"""The four synthetic sources' descriptions and their import mappings (TOML).

A mapping says which of the file's headers holds which of our fields, how file values translate to
ours, and which date formats to try. The demo writes one beside each file, in the format the
importer reads, so that ``unseen demo`` can import them without a human in the loop.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from unseen.demo.records import EN_STATUS, UG_STATUS

__all__ = ["FIELDS", "SOURCES", "SourceSpec", "mapping_toml"]

FIELDS = frozenset({
    "full_name", "sex", "birth_date", "birthplace", "ethnicity", "id_number", "facility", "detained_on",
    "released_on", "status", "reason", "notes", "witness_name", "witness_contact", "testimony",
})


@dataclass(frozen=True)
class SourceSpec:
    """One synthetic source: its file, its provenance grades and its column mapping."""

    key: str
    filename: str
    title: str
    kind: str
    language: str
    reliability: str
    credibility: int
    columns: dict[str, str]  # our field -> the file's header
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    formats: dict[str, list[str]] = field(default_factory=dict)

    @property
    def mapping_filename(self) -> str:
        return Path(self.filename).stem + ".toml"


def _quote(text: str) -> str:
    # JSON string escapes are a subset of TOML basic-string escapes.
    return json.dumps(text, ensure_ascii=False)


def mapping_toml(spec: SourceSpec) -> str:
    """Render a spec as the importer's mapping TOML."""
    lines = [
        "[source]",
        f"key = {_quote(spec.key)}",
        f"title = {_quote(spec.title)}",
        f"kind = {_quote(spec.kind)}",
        f"language = {_quote(spec.language)}",
        f"reliability = {_quote(spec.reliability)}",
        f"credibility = {spec.credibility}",
        "",
        "[columns]",
        *(f"{ours} = {_quote(theirs)}" for ours, theirs in spec.columns.items()),
    ]
    for ours, table in spec.values.items():
        lines += ["", f"[values.{ours}]", *(f"{_quote(k)} = {_quote(v)}" for k, v in table.items())]
    if spec.formats:
        lines += ["", "[formats]"]
        lines += [f"{ours} = [{', '.join(_quote(f) for f in fmts)}]" for ours, fmts in spec.formats.items()]
    return "\n".join(lines) + "\n"


_ZH_DATES = ["%Y-%m-%d", "%Y年%m月%d日"]

COUNTY = SourceSpec(
    key="county-list-2018", filename="county-list.csv", title="Leaked county detainee list (synthetic)",
    kind="leaked_list", language="zh", reliability="B", credibility=2,
    columns={"full_name": "姓名", "sex": "性别", "birth_date": "出生日期", "id_number": "身份证号",
             "ethnicity": "民族", "birthplace": "籍贯", "facility": "关押地点", "detained_on": "收押时间",
             "reason": "原因"},
    values={"sex": {"男": "male", "女": "female"}},
    formats={"birth_date": _ZH_DATES, "detained_on": _ZH_DATES},
)

TESTIMONIES_EN = SourceSpec(
    key="testimonies-en-2019", filename="testimonies-en.csv",
    title="Relatives' testimonies, English (synthetic)", kind="testimony", language="en",
    reliability="C", credibility=3,
    columns={"full_name": "Name", "sex": "Gender", "birth_date": "Born", "birthplace": "Place of birth",
             "facility": "Last known location", "detained_on": "Detained", "status": "Status",
             "witness_name": "Witness name", "witness_contact": "Witness contact",
             "notes": "Relation to detainee", "testimony": "Testimony"},
    values={
        "sex": {"M": "male", "male": "male", "Male": "male", "F": "female", "female": "female",
                "Female": "female"},
        "status": {text: ours for ours, spellings in EN_STATUS.items() for text in spellings},
    },
    formats={"birth_date": ["%d.%m.%Y", "%Y-%m", "%Y"], "detained_on": ["%Y-%m-%d", "%B %Y", "%Y"]},
)

TESTIMONIES_UG = SourceSpec(
    key="testimonies-ug-2019", filename="testimonies-ug.jsonl",
    title="Uyghur-language testimony collection (synthetic)", kind="testimony", language="ug",
    reliability="C", credibility=3,
    columns={"full_name": "ئىسمى", "sex": "جىنسى", "birth_date": "تۇغۇلغان يىلى",
             "birthplace": "تۇغۇلغان يېرى", "detained_on": "تۇتۇلغان ۋاقتى", "facility": "ئورنى",
             "status": "ئەھۋالى", "witness_name": "گۇۋاھچى", "testimony": "گۇۋاھلىق"},
    values={"sex": {"ئەر": "male", "ئايال": "female"},
            "status": {text: ours for ours, text in UG_STATUS.items()}},
    formats={"birth_date": ["%Y", "%Y-%m-%d"], "detained_on": ["%Y-%m", "%Y"]},
)

TESTIMONIES_KK = SourceSpec(
    key="testimonies-kk-2019", filename="testimonies-kk.xlsx",
    title="Kazakh-language testimony collection (synthetic)", kind="testimony", language="kk",
    reliability="C", credibility=3,
    columns={"full_name": "Аты-жөні", "sex": "Жынысы", "birth_date": "Туған күні",
             "birthplace": "Туған жері", "facility": "Ұсталған орны", "detained_on": "Ұсталған күні",
             "witness_name": "Куә", "testimony": "Куәлік"},
    values={"sex": {"Е": "male", "Ә": "female"}},
    formats={"birth_date": ["%d.%m.%Y", "%Y"], "detained_on": ["%d.%m.%Y"]},
)

SOURCES: tuple[SourceSpec, ...] = (COUNTY, TESTIMONIES_EN, TESTIMONIES_UG, TESTIMONIES_KK)
