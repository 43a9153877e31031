"""The `unseen` command end to end, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import time
from pathlib import Path

from tests.cli.conftest import Project

MAPPING = """
[source]
key = "county-list-2018"
title = "Leaked county detainee list"
kind = "leaked_list"
language = "zh"
reliability = "B"
credibility = 2

[columns]
full_name = "姓名"
sex = "性别"
birth_date = "出生日期"
id_number = "身份证号"
birthplace = "籍贯"

[values.sex]
"男" = "male"
"女" = "female"

[formats]
birth_date = ["%Y-%m-%d", "%Y年%m月%d日", "%Y"]
"""
HEADER = "姓名,性别,出生日期,身份证号,籍贯\n"
ROWS = "买买提·艾力,男,1949-12-31,11010519491231002X,喀什市\n古丽·吐尔逊,女,1985年5月2日,,和田\n"


def files(
    tmp_path: Path, rows: str = ROWS, name: str = "list.csv", encoding: str = "gb18030"
) -> tuple[Path, Path]:
    data = tmp_path / name
    data.write_bytes((HEADER + rows).encode(encoding))
    mapping = tmp_path / "list.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    return data, mapping


def exported(project: Project) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(project.run("export", "--format", "csv").stdout)))


def test_import_search_show_export(project: Project, tmp_path: Path) -> None:
    data, mapping = files(tmp_path)
    done = project.run("import", str(data), "--mapping", str(mapping))
    assert "Imported 2 records" in done.stdout and "gb18030" in done.stdout
    again = project.run("import", str(data), "--mapping", str(mapping))
    assert "already imported" in again.stdout
    assert "county-list-2018" in project.run("sources").stdout
    assert "古丽·吐尔逊" in project.run("search", "古丽").stdout
    assert "0 records changed" in project.run("names", "reindex").stdout
    assert "古丽·吐尔逊" in project.run("search", "Guli Tursun").stdout
    rows = exported(project)
    assert [(r["full_name"], r["sex"], r["birth_date"], r["source"]) for r in rows] == [
        ("买买提·艾力", "male", "1949-12-31", "county-list-2018"),
        ("古丽·吐尔逊", "female", "1985-05-02", "county-list-2018"),
    ]
    assert rows[0]["id_number"] == "11010519491231002X" and rows[0]["person_id"] != rows[1]["person_id"]
    shown = project.run("show", rows[0]["person_id"]).stdout
    assert "买买提·艾力" in shown and "喀什市" in shown
    record = project.run("show", f"R{rows[1]['record_id']}").stdout
    assert f"the person of record R{rows[1]['record_id']}" in record and "古丽·吐尔逊" in record
    lines = project.run("export", "--format", "jsonl").stdout.splitlines()
    assert json.loads(lines[1])["record_id"] == int(rows[1]["record_id"])


def test_bad_file_fails_with_every_problem_and_changes_nothing(project: Project, tmp_path: Path) -> None:
    data, mapping = files(tmp_path)
    project.run("import", str(data), "--mapping", str(mapping))
    bad = tmp_path / "more.csv"
    bad.write_text(HEADER + "A,男,1978-02-30,,\nB,男,1978,110105194912310021,\nC,男\n", encoding="utf-8")
    done = project.run("import", str(bad), "--mapping", str(mapping), "--append", check=False)
    assert done.returncode == 1
    assert "more.csv:2:出生日期: impossible date '1978-02-30'" in done.stderr
    assert "more.csv:3:身份证号:" in done.stderr
    assert "more.csv:4:*: row has 2 fields, the header has 5" in done.stderr
    assert len(exported(project)) == 2
    skipped = project.run("import", str(bad), "--mapping", str(mapping), "--append", "--skip-bad-rows")
    assert "Rejected 3 rows" in skipped.stdout
    assert (tmp_path / "more.csv.rejects.csv").exists()


def test_a_rejects_file_that_would_overwrite_evidence_or_cannot_be_written_is_refused(
    project: Project, tmp_path: Path
) -> None:
    data, mapping = files(tmp_path, rows=ROWS + "C,男,1978-02-30,,\n")
    before = data.read_bytes(), mapping.read_bytes()
    for rejects, options in ((data, ["--skip-bad-rows"]), (mapping, ["--skip-bad-rows"]),
                             (tmp_path / "no" / "r.csv", ["--skip-bad-rows"]), (tmp_path / "r.csv", [])):
        args = [str(data), "--mapping", str(mapping), "--rejects", str(rejects), *options]
        done = project.run("import", *args, check=False)
        assert done.returncode == 2 and "Traceback" not in done.stderr and "--rejects" in done.stderr
    assert (data.read_bytes(), mapping.read_bytes()) == before
    assert exported(project) == []


def test_csv_export_leaves_no_cell_a_spreadsheet_would_run(project: Project, tmp_path: Path) -> None:
    rows = '"=HYPERLINK(""http://x"",""a"")",男,1978,,@SUM(1)\n"-2+3",女,1980,,喀什\n'
    data, mapping = files(tmp_path, rows=rows)
    project.run("import", str(data), "--mapping", str(mapping))
    got = [(r["full_name"], r["birthplace"]) for r in exported(project)]
    assert got == [("\'=HYPERLINK(\"http://x\",\"a\")", "\'@SUM(1)"), ("\'-2+3", "喀什")]
    lines = project.run("export", "--format", "jsonl").stdout.splitlines()
    assert json.loads(lines[0])["full_name"] == '=HYPERLINK("http://x","a")'  # JSON keeps the text as given


def test_search_says_when_it_cut_the_list(project: Project, tmp_path: Path) -> None:
    data, mapping = files(tmp_path, rows=ROWS + "古丽,女,1990,,和田\n")
    project.run("import", str(data), "--mapping", str(mapping))
    found = len(re.findall(r"\bR\d+\b", project.run("search", "古丽").stdout))
    assert found >= 2
    cut = project.run("search", "古丽", "--limit", str(found - 1)).stdout
    assert f"Only the first {found - 1} records" in cut
    assert "Only the first" not in project.run("search", "古丽", "--limit", str(found)).stdout
    assert project.run("search", "古丽", "--limit", "0", check=False).returncode == 2


def test_rows_without_a_name_are_kept_and_said(project: Project, tmp_path: Path) -> None:
    data, mapping = files(tmp_path, rows=ROWS + ",男,1960,,喀什市\n未知,男,1961,,喀什市\nN/A,女,1962,,和田\n")
    done = project.run("import", str(data), "--mapping", str(mapping))
    assert "Imported 5 records" in done.stdout
    assert "3 record(s) have no name (rows 4, 5, 6)" in done.stdout  # a stand-in names no one either


def test_a_file_with_a_header_and_no_rows_is_refused(project: Project, tmp_path: Path) -> None:
    data, mapping = files(tmp_path, rows="", name="empty.csv")
    done = project.run("import", str(data), "--mapping", str(mapping), check=False)
    assert done.returncode == 1 and "empty.csv:1:*: no rows after the header" in done.stderr
    assert "county-list-2018" not in project.run("sources").stdout


def test_second_file_refused_without_append(project: Project, tmp_path: Path) -> None:
    data, mapping = files(tmp_path)
    project.run("import", str(data), "--mapping", str(mapping))
    other, _ = files(tmp_path, ROWS.replace("和田", "墨玉"), name="other.csv")
    done = project.run("import", str(other), "--mapping", str(mapping), check=False)
    assert done.returncode == 1 and "--append" in done.stderr
    assert len(exported(project)) == 2


def _writing_started(project: Project) -> bool:
    url = project.env.get("UNSEEN_DATABASE_URL")
    if not url:
        wal = project.root / "unseen.sqlite3-wal"
        return wal.exists() and wal.stat().st_size > 1 << 20
    import psycopg

    with psycopg.connect(url) as conn:
        found = conn.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND query LIKE 'INSERT%cases_record%'"
        ).fetchone()
    return bool(found and found[0])


def test_killed_import_leaves_no_partial_source(project: Project, tmp_path: Path) -> None:
    rows = "".join(f"Tursun{i},男,1980,,和田\n" for i in range(150_000))
    data, mapping = files(tmp_path, rows, encoding="utf-8")
    process = project.popen("import", str(data), "--mapping", str(mapping))
    deadline = time.monotonic() + 90
    while not _writing_started(project) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the import finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert "county-list-2018" not in project.run("sources").stdout
    assert exported(project) == []
    small, _ = files(tmp_path, ROWS, name="small.csv")
    assert "Imported 2 records" in project.run("import", str(small), "--mapping", str(mapping)).stdout


def test_every_command_has_help(project: Project) -> None:
    for command in (
        "init",
        "import",
        "sources",
        "search",
        "show",
        "export",
        "serve",
        "demo",
        "link",
        "review",
        "estimate",
        "names",
    ):
        assert "Usage:" in project.run(command, "--help").stdout


def test_demo_builds_links_and_estimates(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    done = project.run("demo", "--dir", str(target), "--people", "120", "--no-serve", timeout=300)
    assert "county-list-2018" in done.stdout and "testimonies-ug-2019" in done.stdout
    assert "persons after linkage" in done.stdout and "estimated total" in done.stdout
    assert "Log in at http://127.0.0.1:8000/ as demo / password" in done.stdout
    keep = tmp_path / "precious"
    keep.mkdir()
    (keep / "notes.txt").write_text("not a demo", encoding="utf-8")
    refused = project.run("demo", "--dir", str(keep), "--no-serve", check=False)
    assert refused.returncode == 1 and (keep / "notes.txt").exists()


def test_demo_of_one_person_says_why_there_is_no_estimate(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "one"
    done = project.run("demo", "--dir", str(target), "--people", "1", "--no-serve", timeout=300)
    assert "Traceback" not in done.stderr
    assert "estimated total (log-linear, BIC)" in done.stdout and "none:" in done.stdout
    assert "Log in at" in done.stdout
    for bad in (["--people", "0"], ["--port", "99999"]):
        refused = project.run("demo", "--dir", str(tmp_path / "bad"), "--no-serve", *bad, check=False)
        assert refused.returncode == 2 and "not in the range" in refused.stderr
        assert not (tmp_path / "bad").exists()


def test_serve_answers_and_requires_login(project: Project) -> None:
    import http.client
    import socket
    import urllib.error
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = project.popen("serve", "--port", str(port))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=10).read().decode()
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):  # not up yet, or a slow first page
                assert time.monotonic() < deadline and server.poll() is None, "the server did not start"
                time.sleep(0.2)
        assert "Log in" in page
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", "/sources/")
        response = connection.getresponse()
        assert response.status == 302 and response.getheader("Location", "").startswith("/login/")
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_sources_at_80_columns_show_every_key_whole(project: Project, tmp_path: Path) -> None:
    key, title = "testimonies-en-2019-relatives-abroad", "Relatives' testimonies, English (synthetic)"
    data, mapping = files(tmp_path)
    mapping.write_text(MAPPING.replace('key = "county-list-2018"', f'key = "{key}"')
                       .replace("Leaked county detainee list", title), encoding="utf-8")
    project.run("import", str(data), "--mapping", str(mapping))
    project.env["COLUMNS"] = "80"
    listed = project.run("sources").stdout
    assert key in listed and "…" not in listed
    cells = [line.split("│") for line in listed.splitlines() if line.startswith("│")]
    assert "".join(c[2].strip() for c in cells) == title.replace(" ", "")  # folded over lines, not cut
    assert max(len(line) for line in listed.splitlines()) <= 80


def test_no_output_lands_on_the_projects_own_files(project: Project, tmp_path: Path) -> None:
    data, mapping = files(tmp_path)
    project.run("import", str(data), "--mapping", str(mapping))
    before = exported(project)
    config = (project.root / "config.toml").read_bytes()
    targets = [project.root / "config.toml", project.root / "evidence" / "x.csv"]
    if not project.env.get("UNSEEN_DATABASE_URL"):  # on PostgreSQL there is no database file
        targets.append(project.root / "unseen.sqlite3")
    for target in targets:
        for args in (["export", "--out", str(target)], ["link", "--report", str(target)]):
            done = project.run(*args, check=False)
            assert done.returncode == 2 and "writing there would destroy it" in done.stderr, done.stderr
    assert (project.root / "config.toml").read_bytes() == config and exported(project) == before


def test_serve_on_a_port_in_use_says_so_before_claiming_to_serve(project: Project) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = project.run("serve", "--port", str(port), check=False, timeout=60)
    assert done.returncode == 1 and f"cannot serve on 127.0.0.1:{port}" in done.stderr, done.stderr
    assert "Serving on" not in done.stdout
