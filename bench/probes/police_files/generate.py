"""Probe 'police_files': synthetic records about people detained in Xinjiang, from eight sources.

Simulates how one invented population of detainees (Uyghur, Kazakh, Kyrgyz, Hui, a few Han) shows
up in sources written in different scripts and conventions, so that a record-linkage system can be
scored against the known truth:

1. ``police_sheet_zh``      leaked police spreadsheet in Chinese characters; 'given·father' names
                            transcribed by clerks with their own habits (买买提/麦麦提/玛玛提, 阿不都/
                            阿布都, ·/•/・/．/space/hyphen/nothing between the names), 18-digit
                            ID numbers with a valid ISO 7064 check digit (a few mistyped), county
                            of birth, facility, sex 男/女, dates 1978年3月14日 / 19780314 / 1978.03.14.
2. ``police_export_pinyin`` the same data exported to pinyin by a researcher: 'Maimaiti Tuerxun',
                            'MAIMAITI TUERXUN', 'Tuerxun, Maimaiti', tone marks, masked IDs.
3. ``rfa_uyghur``           Uyghur-language reports in Arabic script, with missing hamza and ە/ې
                            slips, birth years back-computed from ages.
4. ``diaspora_latin``       diaspora testimonies in Uyghur Latin (ULY), Turkish spelling, Uyghur
                            Cyrillic of Kazakhstan or loose English, sometimes in 'father given' order.
5. ``kz_testimony_cyr``     Kazakh family testimonies in Cyrillic: patronymics -ұлы/-қызы, Russian
                            -ов/-ова surnames, Russian-keyboard spellings, sex Е/Ә.
6. ``kz_testimony_en``      the English export of (part of) that list.
7. ``kg_list_cyr``          Kyrgyz lists: 'уулу'/'кызы', -ов, sex эр/аял.
8. ``media_en``             English-language media: titles, nicknames, middle initials, ages.

Hard cases: siblings sharing the father's name, twins, detained fathers whose given name is their
children's second name, namesakes (same name, year and county), single-source people, one-word
names, typos, swapped name order, nearly empty records, duplicates within a source, official and
remembered birth dates that disagree.  Everyone is invented.

Run from ``bench/``:  ``python -m probes.police_files.generate --seed 5 --out DIR``
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from .hanzi import Clerk
from .people import Person, make_people
from .places import COUNTIES, PREFS
from .sources import (
    FIELDS,
    diaspora_latin,
    kg_cyr,
    kz_cyr,
    kz_en_from,
    media_en,
    police_pinyin,
    police_zh,
    rfa_uyghur,
    sparsify,
)

SOURCES = {
    "police_sheet_zh": "PZ",
    "police_export_pinyin": "PP",
    "rfa_uyghur": "RU",
    "diaspora_latin": "DL",
    "kz_testimony_cyr": "KC",
    "kz_testimony_en": "KE",
    "kg_list_cyr": "KG",
    "media_en": "ME",
}
# probability that a person appears in a source, by ethnic group
COVER = {
    "police_sheet_zh": {"uyghur": 0.45, "kazakh": 0.45, "kyrgyz": 0.45, "hui": 0.5, "han": 0.5},
    "rfa_uyghur": {"uyghur": 0.15, "kazakh": 0.05, "kyrgyz": 0.05, "hui": 0.03, "han": 0.03},
    "diaspora_latin": {"uyghur": 0.35, "kazakh": 0.02, "kyrgyz": 0.04, "hui": 0.03, "han": 0.02},
    "kz_testimony_cyr": {"uyghur": 0.05, "kazakh": 0.55, "kyrgyz": 0.06, "hui": 0.08, "han": 0.01},
    "kg_list_cyr": {"uyghur": 0.01, "kazakh": 0.03, "kyrgyz": 0.6, "hui": 0.0, "han": 0.0},
    "media_en": {"uyghur": 0.1, "kazakh": 0.1, "kyrgyz": 0.08, "hui": 0.12, "han": 0.1},
}
# where someone who appears nowhere else is recorded
FALLBACK = {
    "uyghur": {"diaspora_latin": 5, "police_sheet_zh": 3, "rfa_uyghur": 2, "media_en": 1},
    "kazakh": {"kz_testimony_cyr": 6, "police_sheet_zh": 3, "media_en": 1},
    "kyrgyz": {"kg_list_cyr": 6, "police_sheet_zh": 3, "media_en": 1},
    "hui": {"police_sheet_zh": 5, "media_en": 2, "kz_testimony_cyr": 2},
    "han": {"police_sheet_zh": 6, "media_en": 2},
}
SPARSE = {
    "police_sheet_zh": 0.02,
    "police_export_pinyin": 0.03,
    "rfa_uyghur": 0.08,
    "diaspora_latin": 0.07,
    "kz_testimony_cyr": 0.06,
    "kz_testimony_en": 0.06,
    "kg_list_cyr": 0.08,
    "media_en": 0.10,
}
DUPLICATE = {
    "police_sheet_zh": 0.03,
    "police_export_pinyin": 0.02,
    "rfa_uyghur": 0.04,
    "diaspora_latin": 0.06,
    "kz_testimony_cyr": 0.05,
    "kz_testimony_en": 0.02,
    "kg_list_cyr": 0.04,
    "media_en": 0.05,
}


class _Police:
    """Clerks of the police administration: two per prefecture, one mostly in charge."""

    def __init__(self, rng: np.random.Generator):
        self.by_pref = {p: [Clerk(int(rng.integers(2**31))) for _ in range(2)] for p in PREFS}
        self.all = [c for cs in self.by_pref.values() for c in cs]

    def clerk(self, p: Person, rng: np.random.Generator, other: Clerk | None = None) -> Clerk:
        if other is not None:
            pool = [c for c in self.all if c is not other]
            return pool[int(rng.integers(len(pool)))]
        cs = self.by_pref[COUNTIES[p.county].pref]
        return cs[0] if rng.random() < 0.7 else cs[1]


def _choose_sources(p: Person, rng: np.random.Generator) -> list[str]:
    chosen = [s for s, cov in COVER.items() if rng.random() < cov[p.eth]]
    in_zh = "police_sheet_zh" in chosen
    if rng.random() < (0.45 if in_zh else 0.06):
        chosen.append("police_export_pinyin")
    in_kc = "kz_testimony_cyr" in chosen
    if rng.random() < (0.5 if in_kc else (0.04 if p.eth == "kazakh" else 0.0)):
        chosen.append("kz_testimony_en")
    if not chosen:
        fb = FALLBACK[p.eth]
        keys = list(fb)
        w = np.array([fb[k] for k in keys], dtype=float)
        chosen.append(keys[int(rng.choice(len(keys), p=w / w.sum()))])
    return chosen


def _records_for(p: Person, rng: np.random.Generator, police: _Police) -> list[tuple[str, dict[str, str]]]:
    out: list[tuple[str, dict[str, str]]] = []
    chosen = _choose_sources(p, rng)
    zh_clerk = None
    kc_record = None
    for src in [s for s in SOURCES if s in chosen]:
        copies = 2 if rng.random() < DUPLICATE[src] else 1
        for copy in range(copies):
            if src == "police_sheet_zh":
                clerk = police.clerk(p, rng, other=zh_clerk if copy else None)
                zh_clerk = zh_clerk or clerk
                rec = police_zh(p, clerk, rng)
            elif src == "police_export_pinyin":
                if zh_clerk is not None and rng.random() < 0.75 and copy == 0:
                    clerk = zh_clerk
                else:
                    clerk = police.clerk(p, rng, other=zh_clerk)
                rec = police_pinyin(p, clerk, rng)
            elif src == "rfa_uyghur":
                rec = rfa_uyghur(p, rng)
            elif src == "diaspora_latin":
                rec = diaspora_latin(p, rng)
            elif src == "kz_testimony_cyr":
                rec = kz_cyr(p, rng)
                kc_record = kc_record or rec
            elif src == "kz_testimony_en":
                base = kc_record if kc_record is not None and copy == 0 else kz_cyr(p, rng)
                rec = kz_en_from(base, p, rng)
            elif src == "kg_list_cyr":
                rec = kg_cyr(p, rng)
            else:
                rec = media_en(p, rng)
            if rng.random() < SPARSE[src]:
                rec = sparsify(rec, rng)
            out.append((src, rec))
    return out


def generate(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(records, truth) for one seed; deterministic."""
    rng = np.random.default_rng(seed)
    people = make_people(rng)
    police = _Police(rng)
    per_source: dict[str, list[tuple[str, dict[str, str]]]] = {s: [] for s in SOURCES}
    for p in people:
        for src, rec in _records_for(p, rng, police):
            per_source[src].append((p.pid, rec))
    rows, truth = [], []
    for src, prefix in SOURCES.items():
        recs = per_source[src]
        for k, i in enumerate(rng.permutation(len(recs))):
            pid, rec = recs[int(i)]
            rid = f"{prefix}-{k + 1:05d}"
            rows.append({"record_id": rid, "source": src, **{f: str(rec.get(f, "") or "") for f in FIELDS}})
            truth.append({"record_id": rid, "person_id": pid})
    records = pd.DataFrame(rows, columns=["record_id", "source", *FIELDS])
    return records, pd.DataFrame(truth, columns=["record_id", "person_id"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    records, truth = generate(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    records.to_csv(args.out / "records.csv", index=False, encoding="utf-8")
    truth.to_csv(args.out / "truth.csv", index=False, encoding="utf-8")
    print(f"{len(records)} records, {truth.person_id.nunique()} people -> {args.out}")


if __name__ == "__main__":
    main()
