"""`unseen link` and `unseen estimate` on a project, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Project


def test_estimate_on_the_project_pooled_and_by_stratum(project: Project, tmp_path: Path) -> None:
    from unseen.demo import generate_demo

    bundle = generate_demo(tmp_path / "demo", seed=5, people=150)
    for source in bundle.sources:
        project.run("import", str(source.path), "--mapping", str(source.mapping_path))
    assert "persons" in project.run("link", timeout=300).stdout
    pooled = json.loads(project.run("estimate", "--json").stdout)
    assert pooled["method"] == "loglinear" and pooled["lower"] <= pooled["estimate"] <= pooled["upper"]
    assert len(pooled["lists"]) == 4
    by_sex = json.loads(project.run("estimate", "--by", "sex", "--json").stdout)
    named = sum(r["observed"] for r in by_sex["strata"].values())
    named += sum(by_sex["observed_not_estimable"].values())
    assert set(by_sex["strata"]) >= {"male", "female"} and named == pooled["observed"]
    # with --histories, --by names a column of that file, not a field of the project's persons
    absent = project.run("estimate", "--by", "sex", "--histories", str(bundle.truth_path), check=False)
    assert absent.returncode == 1 and "no column 'sex' to estimate by" in absent.stderr


def test_link_and_review_in_the_terminal(project: Project, tmp_path: Path) -> None:
    import re
    import subprocess

    from tests.cli.conftest import UNSEEN
    from unseen.demo import generate_demo
    from unseen.linkage.pipeline import SMALL_INPUT

    bundle = generate_demo(tmp_path / "demo", seed=9, people=150)
    for source in bundle.sources:
        project.run("import", str(source.path), "--mapping", str(source.mapping_path))
    first = project.run("link", timeout=300).stdout
    summary = r"Linked \d+ records into \d+ persons, \d+ before \(full run\): 0 created, [1-9]\d* merged"
    assert re.search(summary, first)
    again = project.run("link", "--report", str(tmp_path / "model.txt"), timeout=300).stdout
    assert "0 created, 0 merged, 0 split" in again
    report = (tmp_path / "model.txt").read_text(encoding="utf-8")  # the model this run stored
    assert report.startswith("Unseen linkage model") and "\nWaterfall: " in report
    linked = int(re.search(r"Linked (\d+) records", again).group(1))  # type: ignore[union-attr]
    origin = "the bundled reference model" if linked < SMALL_INPUT else f"(EM) on {linked:,} records"
    assert f"parameters: {origin}" in report
    waiting = int(re.search(r"(\d+) uncertain pairs? waits?", again).group(1))  # type: ignore[union-attr]
    if waiting == 0:
        return
    # Nothing new: the incremental run queues no pair of its own, yet the earlier ones still wait.
    quiet = project.run("link", "--incremental", timeout=300).stdout
    pairs = "uncertain pair waits" if waiting == 1 else "uncertain pairs wait"
    assert f"{waiting} {pairs} for review (0 from this run)" in quiet
    answer = subprocess.run(
        [*UNSEEN, "--project", str(project.root), "review"],
        input="d\ndifferent fathers\n",  # then end of input: the session ends as [q]uit does
        env=project.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert answer.returncode == 0 and "1 decision(s) recorded" in answer.stdout, answer.stderr
    left, right = re.findall(r"\bR(\d+)\b", answer.stdout)[:2]
    project.run("link", timeout=300)
    rows = json.loads("[" + ",".join(project.run("export", "--format", "jsonl").stdout.splitlines()) + "]")
    person = {str(row["record_id"]): row["person_id"] for row in rows}
    assert person[left] != person[right]  # "different" splits, on every later run
    listed = project.run("review", "--decisions").stdout
    decision = re.search(r"^\S\s*(\d+)\s*\S\s*R(\d+) / R(\d+)\s*\S\s*different\s*\S\s*tester\b", listed, re.M)
    assert decision and "different fathers" in listed, listed
    assert {decision.group(2), decision.group(3)} == {left, right}
    pk = decision.group(1)
    withdrawn = project.run("review", "--withdraw", pk, "--reason", "mixed up the photos").stdout
    assert f"Withdrew decision {pk}" in withdrawn
    again = project.run("review", "--decisions").stdout
    assert re.search(rf"^\S\s*{pk}\s.*\btester \d{{4}}-\d\d-\d\d", again, re.M)  # withdrawn: who, when
    twice = project.run("review", "--withdraw", pk, check=False)
    assert twice.returncode == 1 and "already withdrawn" in twice.stderr
    assert project.run("review", "--withdraw", "9999", check=False).returncode == 1


def test_incremental_warns_when_its_model_saw_far_fewer_records(project: Project, tmp_path: Path) -> None:
    from unseen.demo import generate_demo

    bundle = generate_demo(tmp_path / "demo", seed=9, people=260)  # past the 300 records a full run trains on
    first, *rest = sorted(bundle.sources, key=lambda s: s.key != "testimonies-ug-2019")
    project.run("import", str(first.path), "--mapping", str(first.mapping_path))
    assert "Warning" not in project.run("link", timeout=300).stdout
    for source in rest:
        project.run("import", str(source.path), "--mapping", str(source.mapping_path))
    warned = project.run("link", "--incremental", timeout=300).stdout
    assert "Warning: the model of this run was made by a full run over " in warned
    assert "run a full `unseen link` to retrain" in warned


def test_estimate_before_any_link_says_to_link_first(project: Project, tmp_path: Path) -> None:
    from unseen.demo import generate_demo

    for source in generate_demo(tmp_path / "demo", seed=5, people=20).sources[:2]:
        project.run("import", str(source.path), "--mapping", str(source.mapping_path))
    refused = project.run("estimate", check=False)
    assert refused.returncode == 1, refused.stdout
    assert "no records are linked into persons yet: run `unseen link` first" in refused.stderr
    assert "share anyone" not in refused.stderr
