"""Pages require login, show every record with its source, and keep right-to-left names isolated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from unseen.cases.actions import add_facility, import_source
from unseen.cases.models import Record
from unseen.ingest.mapping import parse_mapping

pytestmark = pytest.mark.django_db

MAPPING = """
[source]
key = "ug-testimonies"
title = "Uyghur testimonies"
kind = "testimony"
reliability = "C"
credibility = 3
[columns]
full_name = "ئىسمى"
birth_date = "تۇغۇلغان يىلى"
witness_name = "گۇۋاھچى"
"""


@pytest.fixture
def data(tmp_path: Path) -> Record:
    path = tmp_path / "ug.jsonl"
    path.write_text(
        '{"ئىسمى": "مەمەت ئېلى", "تۇغۇلغان يىلى": "1978", "گۇۋاھچى": "Secret Witness"}\n', encoding="utf-8"
    )
    import_source(path, parse_mapping(MAPPING), "tester")
    add_facility(
        "tester",
        "f1",
        "Facility One",
        names={"zh": "第一", "ug": "بىرىنچى"},
        kind="camp",
        latitude=39.4,
        longitude=75.9,
    )
    return Record.objects.get()


@pytest.fixture
def client_logged_in(client: Client) -> Client:
    User.objects.create_user("researcher", password="pw-for-tests")
    assert client.login(username="researcher", password="pw-for-tests")
    return client


@pytest.mark.parametrize(
    "url", ["/", "/?q=x", "/sources/", "/sources/ug-testimonies/", "/facilities/", "/persons/1/"]
)
def test_every_page_requires_login(client: Client, data: Record, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_search_person_source_and_facility_pages(client_logged_in: Client, data: Record) -> None:
    page = client_logged_in.get("/", {"q": "مەمەت"}).content.decode()
    assert '<bdi class="name" dir="auto">مەمەت ئېلى</bdi>' in page
    assert f"/persons/{data.person_id}/" in page
    assert ">1978<" in page  # a year-only birth date is shown as a year, not as 1978-01-01
    person = client_logged_in.get(f"/persons/{data.person_id}/").content.decode()
    assert "Uyghur testimonies" in person and "C3" in person and "Secret Witness" in person
    assert "<dt>Witness name</dt>" in person
    source = client_logged_in.get("/sources/ug-testimonies/").content.decode()
    assert "ug.jsonl" in source and "مەمەت ئېلى" in source
    facilities = client_logged_in.get("/facilities/").content.decode()
    assert "Facility One" in facilities and "بىرىنچى" in facilities and "39.4000" in facilities
    assert client_logged_in.get("/persons/999999/").status_code == 404


def test_login_page_works_without_javascript(client: Client) -> None:
    User.objects.create_user("researcher", password="pw-for-tests")
    page = client.get("/login/").content.decode()
    assert "<script" not in page and 'method="post"' in page
    response = client.post("/login/", {"username": "researcher", "password": "pw-for-tests"})
    assert response.status_code == 302 and response["Location"] == "/"


def test_admin_is_read_only_and_hides_sealed_fields(client: Client, data: Record) -> None:
    User.objects.create_superuser("admin", password="pw-for-tests")
    client.login(username="admin", password="pw-for-tests")
    page = client.get(f"/admin/cases/record/{data.pk}/change/").content.decode()
    assert "مەمەت ئېلى" in page and "Secret Witness" not in page
    assert client.get("/admin/cases/record/add/").status_code == 403
    assert client.post(f"/admin/cases/record/{data.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Record.objects.filter(pk=data.pk).exists()


def test_pages_cost_a_fixed_number_of_queries(
    client_logged_in: Client, data: Record, tmp_path: Path, django_assert_max_num_queries: Any
) -> None:
    more = tmp_path / "more.jsonl"
    line = '{{"ئىسمى": "Tursun {}", "تۇغۇلغان يىلى": "1980", "گۇۋاھچى": ""}}\n'
    more.write_text("".join(line.format(i) for i in range(40)), "utf-8")
    import_source(more, parse_mapping(MAPPING.replace("ug-testimonies", "more")), "tester")
    Record.objects.exclude(pk=data.pk).update(person_id=data.person_id)
    for url in (f"/persons/{data.person_id}/", "/sources/more/", "/?q=Tursun", "/sources/", "/facilities/"):
        with django_assert_max_num_queries(8):
            assert client_logged_in.get(url).status_code == 200


def test_an_old_person_id_leads_to_its_records_or_lists_where_they_went(
    client_logged_in: Client, data: Record, tmp_path: Path
) -> None:
    from unseen.cases.models import Person

    path = tmp_path / "ug2.jsonl"
    path.write_text('{"ئىسمى": "گۈلنار", "تۇغۇلغان يىلى": "1980", "گۇۋاھچى": "W"}\n', encoding="utf-8")
    import_source(path, parse_mapping(MAPPING.replace('"ug-testimonies"', '"ug-2"')), "tester")
    first, second = Record.objects.order_by("pk")[:2]
    assert first.person_id != second.person_id
    moved_on = Person.objects.create(merged_into=first.person, held=[second.pk])
    response = client_logged_in.get(f"/persons/{moved_on.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/persons/{second.person_id}/?from={moved_on.pk}"
    followed = client_logged_in.get(response["Location"]).content.decode()
    assert f"P{moved_on.pk} was merged: the records it held are here now" in followed
    unrelated = client_logged_in.get(f"/persons/{second.person_id}/?from={first.person_id}").content.decode()
    assert "was merged" not in unrelated  # a from= that does not lead here says nothing
    spread = Person.objects.create(merged_into=first.person, held=[first.pk, second.pk])
    page = client_logged_in.get(f"/persons/{spread.pk}/").content.decode()
    assert f"Person P{spread.pk} was split" in page
    assert f'<a href="/persons/{first.person_id}/">P{first.person_id}</a>: R{first.pk}' in page
    assert f'<a href="/persons/{second.person_id}/">P{second.person_id}</a>: R{second.pk}' in page
