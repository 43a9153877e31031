"""The review page shows both records and the evidence, and a decision posted there is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from unseen.cases.actions import import_source, link_persons
from unseen.cases.models import AuditEntry, Record, ReviewDecision, ReviewItem
from unseen.demo import generate_demo
from unseen.ingest import load_mapping

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(tmp_path: Path) -> list[ReviewItem]:
    bundle = generate_demo(tmp_path / "demo", seed=11, people=150)
    for source in bundle.sources:
        import_source(source.path, load_mapping(source.mapping_path), "tester")
    run = link_persons("tester").run
    # The queue's content depends on the model; one pair of our own makes the page test independent of it.
    first, second = Record.objects.order_by("pk")[:2]
    ReviewItem.objects.get_or_create(
        run=run,
        record_a=first,
        record_b=second,
        defaults={
            "match_probability": 0.5,
            "match_weight": 0.0,
            "uncertainty": 0.0,
            "evidence": {"mw_birth_date": 2.5, "mw_sex": -3.0},
        },
    )
    return list(ReviewItem.objects.order_by("uncertainty", "pk"))


def test_review_requires_login(client: Client, queue: list[ReviewItem]) -> None:
    assert client.get("/review/").status_code == 302
    assert client.post(f"/review/{queue[0].pk}/", {"verdict": "same"}).status_code == 302
    assert not ReviewDecision.objects.exists()


def test_review_pair_and_decide(client: Client, queue: list[ReviewItem]) -> None:
    User.objects.create_user("reviewer", password="pw-for-tests")
    client.login(username="reviewer", password="pw-for-tests")
    listing = client.get("/review/").content.decode()
    assert f"/review/{queue[0].pk}/" in listing
    item = queue[0]
    page = client.get(f"/review/{item.pk}/").content.decode()
    assert item.record_a.full_name in page and item.record_b.full_name in page
    assert "Evidence" in page and ("for" in page or "against" in page)
    refused = client.post(f"/review/{item.pk}/", {"verdict": "maybe", "reason": "two fathers named"})
    assert refused.status_code == 400  # the pair again, with what to choose; nothing recorded
    assert "choose same, different or unsure" in refused.content.decode()
    assert ">two fathers named</textarea>" in refused.content.decode()  # what was typed is kept
    assert item.record_a.full_name in refused.content.decode() and not ReviewDecision.objects.exists()
    response = client.post(f"/review/{item.pk}/", {"verdict": "different", "reason": "different fathers"})
    assert response.status_code == 302
    gone = client.get(f"/review/{item.pk}/")  # decided: not a bare 404, but where to go
    assert gone.status_code == 404 and "not in the queue" in gone.content.decode()
    decision = ReviewDecision.objects.get()
    assert (decision.verdict, decision.reviewer) == ("different", "reviewer")
    assert decision.reason == "different fathers"
    assert not ReviewItem.objects.filter(pk=item.pk).exists()
    assert AuditEntry.objects.filter(action="review_decision", actor="reviewer").exists()


def test_decisions_are_listed_and_withdrawn_by_a_plain_form(client: Client, queue: list[ReviewItem]) -> None:
    User.objects.create_user("reviewer", password="pw-for-tests")
    item = queue[0]
    assert client.post("/review/decisions/1/withdraw/", {"reason": "x"}).status_code == 302  # to login
    client.login(username="reviewer", password="pw-for-tests")
    client.post(f"/review/{item.pk}/", {"verdict": "same", "reason": "same ID in a photo"})
    decision = ReviewDecision.objects.get()
    listing = client.get("/review/decisions/").content.decode()
    assert "same ID in a photo" in listing and f"/review/decisions/{decision.pk}/withdraw/" in listing
    assert client.get(f"/review/decisions/{decision.pk}/withdraw/").status_code == 405
    response = client.post(f"/review/decisions/{decision.pk}/withdraw/", {"reason": "wrong photo"})
    assert response.status_code == 302 and response["Location"] == "/review/decisions/"
    decision.refresh_from_db()
    assert decision.withdrawn_by == "reviewer" and decision.withdrawn_at is not None
    assert ReviewDecision.objects.count() == 1  # stamped, never deleted
    entry = AuditEntry.objects.get(action="withdraw_decision")
    assert entry.details == {"reason": "wrong photo"}
    form = f"/review/decisions/{decision.pk}/withdraw/"
    assert form not in client.get("/review/decisions/").content.decode()
    twice = client.post(f"/review/decisions/{decision.pk}/withdraw/")  # a second click: the list, saying so
    assert twice.status_code == 409
    assert f"decision {decision.pk} was already withdrawn" in twice.content.decode()
    assert "<h1>Review decisions</h1>" in twice.content.decode()


def test_a_contradicting_decision_is_said_on_the_page(client: Client, queue: list[ReviewItem]) -> None:
    from unseen.cases.actions import record_decision

    User.objects.create_user("reviewer", password="pw-for-tests")
    client.login(username="reviewer", password="pw-for-tests")
    item = queue[0]
    third = Record.objects.exclude(pk__in=[item.record_a_id, item.record_b_id]).order_by("pk").first()
    assert third is not None
    record_decision("other", item.record_a, third, "same", "one woman")
    record_decision("other", item.record_b, third, "same", "one woman")
    response = client.post(f"/review/{item.pk}/", {"verdict": "different", "reason": "two women"})
    page = response.content.decode()
    assert response.status_code == 200 and "Recorded. review decisions conflict" in page
    a, b = sorted((item.record_a_id, item.record_b_id))
    assert f"R{a} / R{b} (decision {ReviewDecision.objects.get(verdict='different').pk})" in page
