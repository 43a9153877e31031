"""`unseen review` in the terminal, in process: what a session records from what it reads."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from unseen.cases.actions import import_source
from unseen.cases.models import LinkageRun, Record, ReviewDecision, ReviewItem
from unseen.cli.review import review
from unseen.demo import generate_demo
from unseen.ingest import load_mapping

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_pairs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[ReviewItem]:
    """Two queued pairs of records in different persons (as imported, each record is its own)."""
    monkeypatch.setattr(sys.modules["unseen.cli.review"], "open_project", lambda ctx: tmp_path)
    monkeypatch.setenv("UNSEEN_USER", "tester")
    source = generate_demo(tmp_path / "demo", seed=3, people=10).sources[0]
    import_source(source.path, load_mapping(source.mapping_path), "tester")
    run = LinkageRun.objects.create(
        actor="tester", threshold=0.6, last_record_id=0, model={}, records=0, persons=0, created=0,
        merged=0, split=0,
    )
    a, b, c = Record.objects.order_by("pk")[:3]
    return [
        ReviewItem.objects.create(
            run=run, record_a=x, record_b=y, match_probability=0.5, match_weight=0.0, uncertainty=u
        )
        for x, y, u in ((a, b, 0.0), (a, c, 0.1))
    ]


def session(*args: str, input: str) -> Result:
    return CliRunner().invoke(review, list(args), input=input, catch_exceptions=False)


def test_end_of_input_at_the_reason_keeps_the_verdict(two_pairs: list[ReviewItem]) -> None:
    done = session(input="d\n")
    assert "1 decision(s) recorded" in done.output, done.output
    decision = ReviewDecision.objects.get()
    assert (decision.verdict, decision.reason, decision.reviewer) == ("different", "", "tester")
    first = two_pairs[0]
    assert (decision.record_a_id, decision.record_b_id) == (first.record_a_id, first.record_b_id)
    assert "Pair 2 of 2" not in done.output  # input ended: the session ends there


def test_each_verdict_takes_an_optional_reason_line(two_pairs: list[ReviewItem]) -> None:
    done = session(input="s\nsame ID in a photo\nu\n\n")
    assert "2 decision(s) recorded" in done.output, done.output
    assert list(ReviewDecision.objects.values_list("verdict", "reason")) == [
        ("same", "same ID in a photo"), ("unsure", "")
    ]


def test_end_of_input_at_the_verdict_records_nothing(two_pairs: list[ReviewItem]) -> None:
    assert "0 decision(s) recorded" in session(input="").output
    assert not ReviewDecision.objects.exists()


def test_the_help_says_a_reason_line_follows_each_verdict() -> None:
    text = session("--help", input="").output
    assert "optional reason line" in " ".join(text.split())


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_a_limit_below_one_is_refused(two_pairs: list[ReviewItem], limit: str) -> None:
    done = session("--limit", limit, input="d\n")
    assert done.exit_code == 2 and "Invalid value for '--limit'" in done.output
    assert "is not in the range x>=1" in done.output and "Pair 1" not in done.output
    assert not ReviewDecision.objects.exists()


def test_a_limit_of_one_shows_one_pair(two_pairs: list[ReviewItem]) -> None:
    done = session("--limit", "1", input="k\n")
    assert "Pair 1 of 2" in done.output and "Pair 2" not in done.output  # of the whole queue


def test_show_an_old_id_where_its_records_are_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unseen.cases.models import Person
    from unseen.cli.records import show

    monkeypatch.setattr(sys.modules["unseen.cli.records"], "open_project", lambda ctx: tmp_path)
    source = generate_demo(tmp_path / "demo", seed=3, people=10).sources[0]
    import_source(source.path, load_mapping(source.mapping_path), "tester")
    first, second = Record.objects.order_by("pk")[:2]
    moved_on = Person.objects.create(merged_into=first.person, held=[second.pk])
    shown = CliRunner().invoke(show, [f"P{moved_on.pk}"], catch_exceptions=False).output
    heading = f"Person P{second.person_id} (P{moved_on.pk} was merged; the records it held are here now)"
    assert heading in shown
    assert f"R{second.pk} from" in shown and f"R{first.pk} from" not in shown
    spread = Person.objects.create(merged_into=first.person, held=[first.pk, second.pk])
    said = CliRunner().invoke(show, [f"P{spread.pk}"], catch_exceptions=False).output
    assert f"P{spread.pk} was split; the records it held are now in P{first.person_id}: R{first.pk}; " in said
    assert f"P{second.person_id}: R{second.pk}" in said and "Person P" not in said


def test_a_decision_that_contradicts_others_is_said_when_recorded(two_pairs: list[ReviewItem]) -> None:
    from unseen.cases.actions import record_decision

    first, second = two_pairs  # a/b and a/c
    record_decision("tester", first.record_b, second.record_b, "same", "b and c: one man")
    done = session(input="s\n\nd\n\n")  # a/b same, then a/c different: a chain of 'same' joins a and c
    assert "2 decision(s) recorded" in done.output, done.output
    different = ReviewDecision.objects.get(verdict="different")
    a, c = first.record_a_id, second.record_b_id
    assert "Warning: review decisions conflict" in done.output
    assert f"R{a} / R{c} (decision {different.pk})" in done.output
    assert done.output.count("Warning:") == 1  # the first decision contradicted nothing


def test_verdicts_may_be_typed_as_the_words_the_readme_uses(two_pairs: list[ReviewItem]) -> None:
    done = session(input="Same\n\nmaybe\nDIFFERENT\n\n")
    assert "2 decision(s) recorded" in done.output, done.output
    assert "'maybe' is not one of s, d, u, k, q" in done.output  # asked again, nothing recorded for it
    verdicts = list(ReviewDecision.objects.order_by("pk").values_list("verdict", flat=True))
    assert verdicts == ["same", "different"]


def test_a_pair_decided_elsewhere_while_shown_is_not_decided_twice(
    two_pairs: list[ReviewItem], monkeypatch: pytest.MonkeyPatch
) -> None:
    from unseen.cases.actions import record_decision

    module = sys.modules["unseen.cli.review"]
    shown = module._show

    def shown_then_decided_on_the_web(view: object, position: int, total: int) -> None:
        shown(view, position, total)
        if position == 1:
            first = two_pairs[0]
            record_decision("web-user", first.record_a, first.record_b, "same", "same photo")

    monkeypatch.setattr(module, "_show", shown_then_decided_on_the_web)
    done = session(input="d\ndifferent fathers\nd\n\n")
    assert "Not recorded: while it was shown, this pair was decided elsewhere" in done.output
    assert "1 decision(s) recorded" in done.output, done.output
    verdicts = sorted(ReviewDecision.objects.values_list("reviewer", "verdict"))
    assert verdicts == [("tester", "different"), ("web-user", "same")]  # the second pair's, and the web's
