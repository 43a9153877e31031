"""Thin views: read through cases.queries, render a template. Login is enforced by middleware."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from unseen.cases.actions import record_decision, withdraw_decision
from unseen.cases.models import Facility, Person, Record, ReviewDecision, ReviewItem, Source
from unseen.cases.queries import PersonSplit, record_row, resolve_person, search_records
from unseen.cases.review_queue import conflict_note, decisions, pair_view, queue


def home(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    results = list(search_records(query, 100)) if query else []
    counts = {
        "sources": Source.objects.count(),
        "records": Record.objects.count(),
    }
    return render(request, "unseen/home.html", {"query": query, "results": results, "counts": counts})


def person(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Person, pk=pk)
    try:
        current = resolve_person(pk)
    except PersonSplit as split:
        return render(request, "unseen/person_split.html", {"split": split})
    if current.pk != pk:  # the page says where the old id went (a citation may name it)
        return redirect(f"{reverse('person', args=[current.pk])}?from={pk}")
    records = current.records.select_related("source").order_by("source__key", "row_number")
    facts = [(r, record_row(r)) for r in records]
    merged_from = _merged_into(request.GET.get("from"), current)
    context = {"person": current, "facts": facts, "merged_from": merged_from}
    return render(request, "unseen/person.html", context)


def _merged_into(old: str | None, current: Person) -> int | None:
    """The old person id a visitor followed here, if it really leads here."""
    if not old or not old.isdigit() or int(old) == current.pk:
        return None
    try:
        return int(old) if resolve_person(int(old)).pk == current.pk else None
    except (Person.DoesNotExist, PersonSplit):
        return None


def source_list(request: HttpRequest) -> HttpResponse:
    sources = Source.objects.annotate(n=Count("records")).order_by("key")
    return render(request, "unseen/sources.html", {"sources": sources})


def source(request: HttpRequest, key: str) -> HttpResponse:
    found = get_object_or_404(Source, key=key)
    page = Paginator(found.records.order_by("row_number"), 100).get_page(request.GET.get("page"))
    return render(request, "unseen/source.html", {"source": found, "page": page, "files": found.files.all()})


def facility_list(request: HttpRequest) -> HttpResponse:
    return render(request, "unseen/facilities.html", {"facilities": Facility.objects.all()})


def review_list(request: HttpRequest) -> HttpResponse:
    items = queue()
    return render(request, "unseen/review_list.html", {"items": items[:200], "total": len(items)})


def review_item(request: HttpRequest, pk: int) -> HttpResponse:
    item = ReviewItem.objects.select_related("record_a__source", "record_b__source").filter(pk=pk).first()
    if item is None:  # decided, or gone with a new run: say so, with the way back (a bare 404 said neither)
        return render(request, "unseen/review_gone.html", {"pk": pk}, status=404)
    if request.method == "POST":
        verdict = request.POST.get("verdict", "")
        if verdict not in ReviewDecision.Verdict.values:  # the pair again, saying what to choose
            error = f"Nothing recorded: choose same, different or unsure (got {verdict!r})."
            context = {"view": pair_view(item), "error": error, "reason": request.POST.get("reason", "")}
            return render(request, "unseen/review_item.html", context, status=400)
        record_decision(
            request.user.get_username(), item.record_a, item.record_b, verdict, request.POST.get("reason", "")
        )
        if note := conflict_note():  # recorded, but the next link run cannot obey it: say so now
            context = {"decisions": decisions(), "warning": f"Recorded. {note}"}
            return render(request, "unseen/review_decisions.html", context)
        following = queue()
        return redirect("review_item", pk=following[0].pk) if following else redirect("review")
    return render(request, "unseen/review_item.html", {"view": pair_view(item)})


def review_decisions(request: HttpRequest) -> HttpResponse:
    return render(request, "unseen/review_decisions.html", {"decisions": decisions()})


@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    decision = get_object_or_404(ReviewDecision, pk=pk)
    if decision.withdrawn_at is not None:  # a second click on the button: the list again, saying so
        context = {"decisions": decisions(), "warning": f"decision {pk} was already withdrawn."}
        return render(request, "unseen/review_decisions.html", context, status=409)
    withdraw_decision(request.user.get_username(), decision, request.POST.get("reason", ""))
    return redirect("review_decisions")
