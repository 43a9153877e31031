"""Input validation: every kind of bad capture history gets a clear error or warning."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from unseen.estimate import (
    CaptureHistories,
    EstimateWarning,
    HistoriesError,
    LogLinear,
    read_histories_csv,
    read_histories_csv_by,
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "h.csv"
    path.write_text(text)
    return path


def test_reads_pattern_counts_and_keeps_list_names(load_table) -> None:
    h = load_table("kosovo_1999")
    assert h.lists == ("EXH", "ABA", "OSCE", "HRW")
    assert h.observed == 4400
    assert h.n_lists == 4
    assert h.cell_counts().shape == (15,)


def test_one_row_per_person_equals_pattern_counts(tmp_path: Path) -> None:
    persons = write(tmp_path, "A,B,C\n1,0,0\n1,1,0\n1,0,0\n0,0,1\n")
    h = read_histories_csv(persons)
    assert h.observed == 4
    by_mask = dict(zip(h.masks.tolist(), h.counts.tolist(), strict=True))
    assert by_mask == {1: 2, 3: 1, 4: 1}


def test_duplicate_patterns_are_added() -> None:
    h = CaptureHistories.from_patterns(["A", "B", "C"], [[1, 0, 0], [1, 0, 0], [0, 1, 1]], [2, 3, 4])
    assert h.observed == 9
    assert sorted(h.counts.tolist()) == [4, 5]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("A,B,C,count\n1,2,0,5\n", "must be 0 or 1"),
        ("A,B,C,count\n1,0,0,-3\n", "cannot be negative"),
        ("A,B,C,count\n1,0,0,2.5\n", "whole numbers"),
        ("A,B,C,count\n1,0,0,many\n", "not a number"),
        ("A,B,C,count\n1,0,0,NA\n0,1,0,3\n", "not a number"),  # a seen pattern needs its count
        ("A,B,C,count\n0,0,0,7\n", "all-zero pattern"),
        ("A,count\n1,7\n", "at least two lists"),
        ("A,B,C,count\n1,0,4\n", "cells, the header has"),
        ("", "empty"),
        ("A,B,C,count\n1,0,0,99999999999999999999999\n0,1,0,3\n", "cannot be a count of people"),
        ("A,B,C,case_no\n1,0,0,1\n0,1,0,2\n", "if 'case_no' holds counts, call it count"),
    ],
)
def test_bad_input_is_refused_with_location(tmp_path: Path, text: str, fragment: str) -> None:
    with pytest.raises(HistoriesError, match=fragment):
        read_histories_csv(write(tmp_path, text))


@pytest.mark.parametrize("unknown", ["NA", "", "-"])
def test_the_all_zero_cell_with_an_unknown_count_is_left_out(tmp_path: Path, unknown: str) -> None:
    # R writes the unobserved cell of a full table as NA.
    histories = read_histories_csv(write(tmp_path, f"A,B,C,count\n0,0,0,{unknown}\n1,0,0,4\n0,1,1,2\n"))
    assert histories.observed == 6 and len(histories.counts) == 2


def test_error_names_row_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "A,B,C,count\n1,0,0,4\n0,maybe,1,2\n")
    with pytest.raises(HistoriesError) as info:
        read_histories_csv(path)
    assert "row 3:B" in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "A,B,C,Freq\n1,0,0,4\n0,1,1,2\n1,1,0,3\n",
        "n,A,B,C\n4,1.0,0.0,0.0\n2,0.0,1.0,1.0\n3,1.0,1.0,0.0\n",
        "person_id,A,B,C\n" + "p1,yes,no,no\np2,Y,N,n\np3,TRUE,false,F\np4,x,,\n" + "p5,no,yes,x\np6,,1,✓\n"
        + "p7,是,是,否\np8,1,y,\np9,t,t,-\n",
        "A;B;C;count\noui;non;non;4\nnein;ja;sí;2\nevet;да;hayır;3\n",
        "sep=;\nA;B;C;count\n1;0;0;4\n0;1;1;2\n1;1;0;3\n0;0;0;0\n",  # Excel's delimiter line; a zero row
    ],
)
def test_common_spellings_of_cells_and_columns_read_alike(tmp_path: Path, text: str) -> None:
    h = read_histories_csv(write(tmp_path, text))
    assert h.lists == ("A", "B", "C")
    assert dict(zip(h.masks.tolist(), h.counts.tolist(), strict=True)) == {1: 4, 6: 2, 3: 3}


@pytest.mark.parametrize(("encoding", "sep"), [("utf-16", ";"), ("gb18030", "\t"), ("utf-8-sig", ",")])
def test_tables_read_in_other_encodings_and_delimiters(tmp_path: Path, encoding: str, sep: str) -> None:
    path = tmp_path / "lists.csv"
    rows = [["警方名单", "Testimony", "count"], ["1", "0", "5"], ["0", "1", "4"], ["1", "1", "2"]]
    path.write_text("\n".join(sep.join(r) for r in rows) + "\n", encoding=encoding)
    h = read_histories_csv(path)
    assert h.lists == ("警方名单", "Testimony")
    assert dict(zip(h.masks.tolist(), h.counts.tolist(), strict=True)) == {1: 5, 2: 4, 3: 2}


def test_a_list_that_names_no_one_is_left_out_with_a_warning() -> None:
    from unseen.estimate import estimate

    rows = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 1], [1, 1, 1]]
    counts = [60, 49, 247, 4, 112, 142, 12]
    three = CaptureHistories.from_patterns(["A", "B", "C"], rows, counts)
    four = CaptureHistories.from_patterns(["A", "B", "C", "D"], [r + [0] for r in rows], counts)
    with pytest.warns(EstimateWarning, match="D name no one"):
        result = estimate(four, "loglinear")
    assert result.estimate == pytest.approx(estimate(three, "loglinear").estimate, rel=1e-9)


def test_two_count_columns_are_refused(tmp_path: Path) -> None:
    with pytest.raises(HistoriesError, match="several count columns"):
        read_histories_csv(write(tmp_path, "A,B,count,Freq\n1,0,4,4\n"))


def test_twenty_five_lists_refused_by_loglinear_with_advice() -> None:
    rng = np.random.default_rng(1)
    patterns = rng.integers(0, 2, size=(60, 25))
    patterns[:, 0] = 1
    names = [f"L{i}" for i in range(25)]
    h = CaptureHistories.from_patterns(names, patterns.tolist(), [1] * 60)
    assert h.n_lists == 25
    with pytest.raises(HistoriesError, match="lcmcr"):
        LogLinear().fit(h)


def test_isolated_list_is_named_in_a_warning() -> None:
    h = CaptureHistories.from_patterns(
        ["A", "B", "C", "D"],
        [[1, 0, 0, 0], [0, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 0], [1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 1, 0],
         [0, 0, 0, 1]],
        [30, 25, 10, 20, 8, 6, 3, 12],
    )
    assert h.isolated_lists() == ["D"]
    with pytest.warns(EstimateWarning, match="D share no one"):
        h.warn_about_problems()
    rest = h.select([0, 1, 2])
    assert rest.observed == h.observed - 12
    with warnings.catch_warnings():
        warnings.simplefilter("error", EstimateWarning)
        rest.warn_about_problems()


def test_overlaps_are_pairwise_counts() -> None:
    h = CaptureHistories.from_patterns(["A", "B", "C"], [[1, 1, 0], [1, 0, 1], [1, 1, 1], [0, 0, 1]],
                                       [2, 3, 5, 7])
    ov = h.overlaps()
    assert ov[0, 1] == 7 and ov[0, 2] == 8 and ov[1, 2] == 5 and ov[2, 2] == 15


def test_a_list_called_n_in_a_file_of_persons_is_a_list(tmp_path: Path) -> None:
    rows = "N,S,E\n" + "1,0,1\n" * 3 + "0,1,1\n" * 2 + "1,1,0\n" + "0,0,1\n"
    h = read_histories_csv(write(tmp_path, rows))
    assert h.lists == ("N", "S", "E")
    assert h.observed == 7


def test_a_count_column_called_n_is_still_a_count(tmp_path: Path) -> None:
    h = read_histories_csv(write(tmp_path, "A,B,n\n1,0,5\n0,1,3\n1,1,0\n"))
    assert h.lists == ("A", "B")
    assert h.observed == 8


def test_a_trailing_delimiter_makes_no_list(tmp_path: Path) -> None:
    h = read_histories_csv(write(tmp_path, "A,B,C,count,\n1,0,0,5,\n0,1,1,3,\n1,1,0,2,\n"))
    assert h.lists == ("A", "B", "C")


def test_lists_that_never_overlap_are_refused_by_every_method() -> None:
    from unseen.estimate import estimate

    h = CaptureHistories.from_patterns(["A", "B", "C"], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [30, 20, 10])
    for method in ("loglinear", "lcmcr", "dga"):
        with pytest.raises(Exception, match="share anyone|no model has"):
            estimate(h, method, seed=1, **({"burnin": 10, "samples": 10} if method == "lcmcr" else {}))


def test_two_lists_are_refused_by_the_latent_class_model() -> None:
    from unseen.estimate import LCMCR

    h = CaptureHistories.from_patterns(["A", "B"], [[1, 0], [0, 1], [1, 1]], [50, 40, 20])
    with pytest.raises(HistoriesError, match="at least three"):
        LCMCR(seed=1).fit(h)


def test_a_blank_among_zeros_and_ones_is_read_as_zero_and_said(tmp_path: Path) -> None:
    with pytest.warns(EstimateWarning, match="1 blank cell.*row 3 C"):
        h = read_histories_csv(write(tmp_path, "A,B,C,count\n1,0,0,5\n1,1,,9\n0,1,1,3\n"))
    assert h.observed == 17
    with warnings.catch_warnings():
        warnings.simplefilter("error", EstimateWarning)  # a table marked with x and blanks is quiet
        read_histories_csv(write(tmp_path, "A,B,C,count\nx,,,5\nx,x,,9\n,x,x,3\n"))


def test_a_column_of_words_is_refused_with_how_to_keep_it(tmp_path: Path) -> None:
    with pytest.raises(HistoriesError, match="column 'town' holds no 0/1 cells.*called id or person_id"):
        read_histories_csv(write(tmp_path, "town,A,B,C\nHotan,1,0,1\nAksu,0,1,1\n"))
    for label in ("id", "Name", "person id", "Full name"):
        h = read_histories_csv(write(tmp_path, f"{label},A,B,C\nAli,1,0,1\nVeli,0,1,1\n"))
        assert h.lists == ("A", "B", "C") and h.observed == 2


def test_rows_that_share_a_person_id_are_one_person_and_said(tmp_path: Path) -> None:
    with pytest.warns(EstimateWarning, match="1 row.*repeat a person's 'person_id'.*2 persons"):
        h = read_histories_csv(write(tmp_path, "person_id,A,B,C\np1,1,0,0\np2,0,1,1\np1,0,0,1\n"))
    assert h.observed == 2
    assert dict(zip(map(tuple, h.patterns.tolist()), h.counts.tolist(), strict=True)) == {
        (1, 0, 1): 1, (0, 1, 1): 1}
    with warnings.catch_warnings():
        warnings.simplefilter("error", EstimateWarning)  # names may repeat: namesakes are not merged
        assert read_histories_csv(write(tmp_path, "name,A,B,C\nAli,1,0,0\nAli,0,1,1\n")).observed == 2


def test_repeated_patterns_in_a_count_file_are_added_and_said(tmp_path: Path) -> None:
    with pytest.warns(EstimateWarning, match="1 row.*repeat a capture pattern"):
        h = read_histories_csv(write(tmp_path, "A,B,C,count\n1,0,0,5\n0,1,1,3\n1,0,0,2\n"))
    assert h.observed == 10 and sorted(h.counts.tolist()) == [3, 7]


@pytest.mark.parametrize("header", ["weight", "Number of people", "persons", "detainees", "cnt", "Anzahl",
                                    "количество", "人数"])
def test_other_names_of_the_count_column(tmp_path: Path, header: str) -> None:
    h = read_histories_csv(write(tmp_path, f"A,B,C,{header}\n1,0,0,5\n0,1,1,3\n1,1,1,0\n"))
    assert h.lists == ("A", "B", "C") and h.observed == 8


def test_patterns_written_as_strings_are_one_list_per_character(tmp_path: Path) -> None:
    h = read_histories_csv(write(tmp_path, "ABC,count\n100,5\n011,3\n"))
    assert h.lists == ("A", "B", "C") and h.observed == 8
    h = read_histories_csv(write(tmp_path, "pattern\n\"101\"\n011\n011\n"))
    assert h.lists == ("pattern1", "pattern2", "pattern3") and h.observed == 3


@pytest.mark.parametrize("count", ["2,470", "2 470", "2\u00a0470", "2470.0"])
def test_counts_grouped_in_thousands_are_read(tmp_path: Path, count: str) -> None:
    h = read_histories_csv(write(tmp_path, f'A,B,C,count\n1,0,0,"{count}"\n0,1,1,30\n'))
    assert h.observed == 2500


def test_a_count_with_a_dot_between_thousands_is_refused_with_why(tmp_path: Path) -> None:
    with pytest.raises(HistoriesError, match="if the dot groups thousands"):
        read_histories_csv(write(tmp_path, "A;B;C;count\n1;0;0;2.470\n0;1;1;30\n"))


def test_counts_written_in_zeros_and_ones_stay_counts(tmp_path: Path) -> None:
    h = read_histories_csv(write(tmp_path, "A,B,C,count\n1,1,1,100\n1,0,0,10\n0,1,0,11\n"))
    assert h.lists == ("A", "B", "C") and h.observed == 121
    h = read_histories_csv(write(tmp_path, "ABC,n\n111,100\n100,10\n"))
    assert h.lists == ("A", "B", "C") and h.observed == 110


def test_everyone_on_every_list_is_said() -> None:
    h = CaptureHistories.from_patterns(["A", "B", "C"], [[1, 1, 1], [1, 0, 0]], [100, 0])
    with pytest.warns(EstimateWarning, match="everyone observed is on every list"):
        h.warn_about_problems()


def test_a_list_named_like_a_description_of_people_is_said(tmp_path: Path) -> None:
    with pytest.warns(EstimateWarning, match=r"\['female'\] are read as lists"):
        read_histories_csv(write(tmp_path, "A,B,female\n1,0,1\n0,1,0\n1,1,1\n"))


def test_a_workbook_reads_like_its_csv(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["A", "B", "C", "Freq"], [1, 0, 0, 5], [0, 1, 1, 3], [1, 1, 1, 2]):
        sheet.append(row)
    book.save(tmp_path / "t.xlsx")
    h = read_histories_csv(tmp_path / "t.xlsx")
    assert h.lists == ("A", "B", "C") and h.observed == 10


def test_a_binary_file_is_refused_as_not_text(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"A,B\n" + bytes(range(128, 256)) * 4)
    with pytest.raises(HistoriesError, match="cannot be read as a CSV text file"):
        read_histories_csv(path)


@pytest.mark.parametrize("header", ["case_id", "No.", "#", "uuid", "姓名", "имя"])
def test_other_names_of_identifier_and_name_columns_are_left_out(tmp_path: Path, header: str) -> None:
    h = read_histories_csv(write(tmp_path, f"{header},A,B,C\n7,1,0,0\n8,0,1,1\n9,1,1,1\n"))
    assert h.lists == ("A", "B", "C") and h.observed == 3


def test_blank_lines_above_the_header_are_passed_over(tmp_path: Path) -> None:
    h = read_histories_csv(write(tmp_path, "\n  \nA;B;C;count\n1;0;0;5\n0;1;1;3\n"))
    assert h.lists == ("A", "B", "C") and h.observed == 8


def test_a_list_without_a_name_is_called_by_its_place(tmp_path: Path) -> None:
    with pytest.warns(EstimateWarning, match="called by its place: column 2"):
        h = read_histories_csv(write(tmp_path, "A,,C,count\n1,0,0,5\n0,1,1,3\n"))
    assert h.lists == ("A", "column 2", "C")


def test_strata_spelt_in_other_cases_or_saying_missing_are_one_stratum_each(tmp_path: Path) -> None:
    rows = ["region,A,B,C,count", "north,1,0,0,5", "North,0,1,1,3", " NORTH ,1,1,1,2", "south,1,0,0,4",
            "unknown,0,1,0,1", "N/A,1,1,0,2", ",0,0,1,6"]
    with pytest.warns(EstimateWarning, match="one stratum each"):
        strata = read_histories_csv_by(write(tmp_path, "\n".join(rows) + "\n"), "region")
    assert sorted(strata) == ["north", "south", "unknown"]
    assert strata["north"].observed == 10 and strata["unknown"].observed == 9


@pytest.mark.parametrize(("column", "fragment"), [("count", "the count column"), ("A", "a list")])
def test_a_count_or_list_column_is_no_stratum(tmp_path: Path, column: str, fragment: str) -> None:
    path = write(tmp_path, "region,A,B,C,count\nnorth,1,0,0,5\nsouth,0,1,1,3\n")
    with pytest.raises(HistoriesError, match=fragment):
        read_histories_csv_by(path, column)


def test_counts_that_may_group_thousands_with_a_dot_are_said(tmp_path: Path) -> None:
    with pytest.warns(EstimateWarning, match="written like '69.000' are read as 69"):
        h = read_histories_csv(write(tmp_path, "A;B;C;count\n1;0;0;69.000\n0;1;1;3\n"))
    assert h.observed == 72


def test_a_workbook_under_a_csv_name_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xba\xff\x00garbage")
    with pytest.raises(HistoriesError, match="spreadsheet workbook, not CSV text: name it .xlsx"):
        read_histories_csv(path)
