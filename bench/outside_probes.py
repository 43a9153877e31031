"""Outside linkage probes: eight synthetic benchmarks written apart from Unseen, by people who had not
read its code, to check the linker on spellings and conventions it was not tuned on.

- `probes/uyghur_mixed` (variants A and B): six sources in Chinese (with and without the middle dot),
  pinyin, English, Turkish, Uyghur Arabic script and Kazakh Cyrillic; official and remembered birth
  dates that differ, siblings, twins and namesakes. A is Uyghur-heavy; B has more Kazakh, Kyrgyz, Hui
  and Han people and 1.6 times the missing fields.
- `probes/kazakh_hui` (seeds 11 and 29): Kazakh, Kyrgyz, Hui, Han and some Uyghur people as a Chinese
  registry, a pinyin list, a Kazakh NGO (Cyrillic and its English export), Russian/Kyrgyz media and a
  Uyghur list would write them: Russian-style surnames and patronymics, -uly/-kyzy, Hui Muslim names,
  several Latin transliterations, Palladius and Kazakh spellings of pinyin.
- `probes/diaspora_lists` (seeds 5 and 17): a police list and its pinyin export, English NGO
  testimonies, Turkish, Uyghur in three scripts, Kazakh/Kyrgyz and German/Russian press lists.
- `probes/ngo_database` (seeds 3 and 13): an NGO victims database (alternate spellings in one cell,
  occupations, grandfathers' names) merged with police, testimony, Kazakh NGO, Turkish press and
  pinyin court lists.
- `probes/police_files` (seeds 5 and 17): a leaked police spreadsheet whose clerks transcribe and
  separate names each their own way, its pinyin export, Uyghur-language reports, diaspora Latin
  (ULY, Turkish, Uyghur Cyrillic), Kazakh and Kyrgyz testimonies and English media; sixteen codings
  of sex and twenty of dates.
- `probes/world_press` (seeds 5 and 17): a Chinese official list against the international press and
  exile groups: Arabic-language media in Arabic spelling (عبد الرحيم, محمد), French (Tourssoun,
  Kachgar), German (Abdurachman, Kaschgar), Uzbek Latin and Cyrillic (Odil, G'ulom, Xo'tan), Russian
  and English reports, and Uyghur-script diaspora lists.
- `probes/noisy_records` (seeds 5 and 17): clerical noise on top of the scripts: keyboard typos, OCR
  confusions in a scanned pinyin list (rn/m, l/1, O/0, in names, dates and IDs), Arabic-script dot
  errors, homophone characters, initials, truncation at a field length, ALL CAPS, "LAST, First" and
  US dates in an asylum docket, a Turkish list without its diacritics.
- `probes/registry_mix` (seeds 5 and 17): written as an outside evaluator might write test data:
  canonical people (valid IDs, siblings, namesakes, fifteen pairs of twins) rendered by six sources
  (Chinese list, its pinyin, Uyghur Latin and Arabic-script testimonies, Kazakh Cyrillic, English
  media) with generic corruption rates (typos, swapped parts, missing fields, years off by one).

All people are invented. For each variant this prints the record count, the blocking recall, and
pairwise and B-cubed precision, recall and F1 of `unseen.linkage.link_records` and of plain Splink
(as `independent_quality` in `link_bench.py`). It asserts nothing.

    .venv/bin/python bench/outside_probes.py                    # the sixteen variants, about five minutes
    .venv/bin/python bench/outside_probes.py --threshold 0.7    # unseen.linkage at another threshold

`bench/link_bench.py` runs it in its quality part (not with `--no-quality`). The records themselves:

    cd bench && ../.venv/bin/python -m probes.uyghur_mixed.generate A DIR
    cd bench && ../.venv/bin/python -m probes.kazakh_hui.generate --seed 11 --out DIR
    cd bench && ../.venv/bin/python -m probes.diaspora_lists.generate --seed 5 --out DIR
    cd bench && ../.venv/bin/python -m probes.ngo_database.generate --seed 3 --out DIR
    cd bench && ../.venv/bin/python -m probes.police_files.generate --seed 5 --out DIR
    cd bench && ../.venv/bin/python -m probes.world_press.generate --seed 5 --out DIR
    cd bench && ../.venv/bin/python -m probes.noisy_records.generate --seed 5 --out DIR
    cd bench && ../.venv/bin/python -m probes.registry_mix.generate --seed 5 --out DIR
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable

import pandas as pd

from link_bench import linker_quality
from probes.diaspora_lists.generate import generate as diaspora_lists
from probes.kazakh_hui.generate import generate as kazakh_hui
from probes.ngo_database.generate import generate as ngo_database
from probes.noisy_records.generate import generate as noisy_records
from probes.police_files.generate import generate as police_files
from probes.registry_mix.generate import generate as registry_mix
from probes.uyghur_mixed.generate import generate as uyghur_mixed
from probes.world_press.generate import generate as world_press
from unseen.linkage.pipeline import LinkOptions

logging.getLogger("splink").setLevel(logging.ERROR)

PROBES: list[tuple[str, Callable[[], tuple[pd.DataFrame, pd.DataFrame]]]] = [
    ("uyghur_mixed A", lambda: uyghur_mixed("A")),
    ("uyghur_mixed B", lambda: uyghur_mixed("B")),
    ("kazakh_hui seed 11", lambda: kazakh_hui(11)),
    ("kazakh_hui seed 29", lambda: kazakh_hui(29)),
    ("diaspora_lists seed 5", lambda: diaspora_lists(5)),
    ("diaspora_lists seed 17", lambda: diaspora_lists(17)),
    ("ngo_database seed 3", lambda: ngo_database(3)),
    ("ngo_database seed 13", lambda: ngo_database(13)),
    ("police_files seed 5", lambda: police_files(5)),
    ("police_files seed 17", lambda: police_files(17)),
    ("world_press seed 5", lambda: world_press(5)),
    ("world_press seed 17", lambda: world_press(17)),
    ("noisy_records seed 5", lambda: noisy_records(5)),
    ("noisy_records seed 17", lambda: noisy_records(17)),
    ("registry_mix seed 5", lambda: registry_mix(5)),
    ("registry_mix seed 17", lambda: registry_mix(17)),
]


def outside_quality(threshold: float | None = None) -> None:
    """Print the figures of each probe variant; `threshold` is unseen.linkage's (default LinkOptions)."""
    # noisy_records has impossible dates (a scanned 1998-05-81): such a row is a person of its own, as
    # `unseen link --bad-rows singleton` leaves it, rather than stopping the run
    chosen = LinkOptions().threshold if threshold is None else threshold
    options = LinkOptions(threshold=chosen, invalid="singleton")
    for label, make in PROBES:
        records, truth = make()
        truth = truth.rename(columns={"person_id": "truth"})[["record_id", "truth"]]
        print(f"outside probe {label} (bench/probes/): {len(records)} records, "
              f"{truth['truth'].nunique()} people, threshold {options.threshold}")
        print(f"  {'':<38}{'P':>6}  {'R':>6}  {'F1':>6}    (pairwise, then B-cubed)")
        linker_quality(records, truth, options)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--threshold", type=float, help="match probability that links two records (default: LinkOptions's)"
    )
    args = parser.parse_args()
    outside_quality(args.threshold)


if __name__ == "__main__":
    main()
