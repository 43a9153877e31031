"""The case database. Records are claims, exactly as one source makes them: never edited or merged.

A Person is only a cluster id over Records; linkage moves Records between Persons and keeps the ids
of surviving Persons stable, so links and citations to a person page keep working.
"""

from __future__ import annotations

from django.db import models

from unseen.cases import sensitive


class Source(models.Model):
    class Kind(models.TextChoices):
        LEAKED_LIST = "leaked_list", "Leaked list"
        TESTIMONY = "testimony", "Testimony"
        MEDIA = "media", "Media report"
        OFFICIAL = "official", "Official document"
        SATELLITE = "satellite", "Satellite imagery"
        OTHER = "other", "Other"

    key = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    language = models.CharField(max_length=20, blank=True)
    reliability = models.CharField(max_length=1, help_text="Admiralty code: A (reliable) to F (cannot judge)")
    credibility = models.PositiveSmallIntegerField(
        help_text="Admiralty code: 1 (confirmed) to 6 (cannot judge)"
    )
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"


class SourceFile(models.Model):
    """Provenance of one imported file; the SHA-256 makes a second import of it a no-op."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="files")
    original_name = models.CharField(max_length=500)
    sha256 = models.CharField(max_length=64, unique=True)
    encoding = models.CharField(max_length=40, blank=True)
    rows = models.PositiveIntegerField(default=0)
    rejected_rows = models.PositiveIntegerField(default=0)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.CharField(max_length=150)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["imported_at", "id"]


class Person(models.Model):
    """A cluster of Records; `merged_into` is set when linkage folds this person into another.

    `held` keeps the ids of the records a retired person held when it was retired: they lead its old id
    to wherever those records are now, and a piece split off later that holds exactly them gets the id back.
    """

    created_at = models.DateTimeField(auto_now_add=True)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT)
    held = models.JSONField(
        null=True, blank=True, help_text="Record ids this person held when it was retired (merged)"
    )

    def __str__(self) -> str:
        return f"P{self.pk}"


class Record(models.Model):
    class Sex(models.TextChoices):
        MALE = "male"
        FEMALE = "female"
        UNKNOWN = "unknown"

    class Status(models.TextChoices):
        DETAINED = "detained"
        SENTENCED = "sentenced"
        RELEASED = "released"
        DIED_IN_CUSTODY = "died_in_custody", "Died in custody"
        DIED = "died"  # a source that says only "dead" (死亡, умер): not a claim of death in custody
        MISSING = "missing"
        UNKNOWN = "unknown"

    class Precision(models.TextChoices):
        YEAR = "year"
        MONTH = "month"
        DAY = "day"

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="records")
    source_file = models.ForeignKey(SourceFile, on_delete=models.PROTECT, related_name="records")
    row_number = models.PositiveIntegerField()
    raw_sealed = models.TextField(help_text="The row verbatim as JSON, through cases.sensitive")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="records")

    full_name = models.CharField(max_length=500, blank=True)
    sex = models.CharField(max_length=10, choices=Sex.choices, blank=True)
    birth_date = models.DateField(null=True, blank=True)
    birth_date_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    birthplace = models.CharField(max_length=300, blank=True)
    ethnicity = models.CharField(max_length=100, blank=True)
    id_number_sealed = models.TextField(blank=True)
    facility = models.CharField(max_length=300, blank=True)
    detained_on = models.DateField(null=True, blank=True)
    detained_on_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    released_on = models.DateField(null=True, blank=True)
    released_on_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    reason = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    witness_name_sealed = models.TextField(blank=True)
    witness_contact_sealed = models.TextField(blank=True)
    testimony_sealed = models.TextField(blank=True)
    flags = models.JSONField(
        default=list, blank=True, help_text="Conflicts kept, e.g. ID vs stated birth date"
    )
    name_keys = models.CharField(max_length=500, blank=True, db_index=True)

    class Meta:
        ordering = ["source_id", "row_number"]
        constraints = [
            models.UniqueConstraint(fields=["source_file", "row_number"], name="one_record_per_file_row"),
        ]

    def __str__(self) -> str:
        return f"R{self.pk} {self.full_name}"

    def raw(self) -> dict[str, object]:
        return dict(sensitive.read_json(self, "raw"))

    def sensitive_value(self, field: str) -> str:
        return sensitive.read(self, field)


class Facility(models.Model):
    class Kind(models.TextChoices):
        CAMP = "camp"
        PRISON = "prison"
        DETENTION_CENTRE = "detention_centre", "Detention centre"
        OTHER = "other"

    key = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=300)
    names = models.JSONField(default=dict, blank=True, help_text="Names by language/script, e.g. {'zh': …}")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "facilities"

    def __str__(self) -> str:
        return self.name


class Relation(models.Model):
    """A family tie one source states between two of its records: `record` is the `kind` of `other`."""

    class Kind(models.TextChoices):
        FATHER = "father"
        MOTHER = "mother"
        SIBLING = "sibling"
        SPOUSE = "spouse"
        CHILD = "child"

    record = models.ForeignKey(Record, on_delete=models.PROTECT, related_name="relations")
    other = models.ForeignKey(Record, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="relations")
    created_at = models.DateTimeField(auto_now_add=True)


class AuditEntry(models.Model):
    """One row per action, written in the same transaction as the change it describes."""

    at = models.DateTimeField(auto_now_add=True)
    actor = models.CharField(max_length=150)
    action = models.CharField(max_length=60)
    target = models.CharField(max_length=200, blank=True)
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "audit entries"


class LinkageRun(models.Model):
    """One `unseen link` over the project: its trained model (kept, so results can be reproduced)."""

    at = models.DateTimeField(auto_now_add=True)
    actor = models.CharField(max_length=150)
    incremental = models.BooleanField(default=False)
    threshold = models.FloatField()
    last_record_id = models.BigIntegerField(help_text="Records up to this id took part in the run")
    model = models.JSONField(help_text="The trained linkage model (Splink settings with parameters)")
    records = models.PositiveIntegerField()
    persons = models.PositiveIntegerField()
    created = models.PositiveIntegerField()
    merged = models.PositiveIntegerField()
    split = models.PositiveIntegerField()

    class Meta:
        ordering = ["-at", "-id"]


class ReviewItem(models.Model):
    """A pair in the uncertain band of a run, waiting for a person to judge it: a full run replaces
    them all, an incremental run adds its own and keeps the earlier ones it did not score again."""

    run = models.ForeignKey(LinkageRun, on_delete=models.CASCADE, related_name="review_items")
    record_a = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="+")
    record_b = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="+")
    match_probability = models.FloatField()
    match_weight = models.FloatField()
    evidence = models.JSONField(default=dict, help_text="Match weight of each comparison, for and against")
    uncertainty = models.FloatField(help_text="|p - 0.5|: the smallest is the hardest, shown first")

    class Meta:
        ordering = ["uncertainty", "id"]
        constraints = [
            models.UniqueConstraint(fields=["run", "record_a", "record_b"], name="one_item_per_pair")
        ]


class ReviewDecision(models.Model):
    """A human judgement on a pair: append-only; a withdrawn decision is stamped, never deleted."""

    class Verdict(models.TextChoices):
        SAME = "same"
        DIFFERENT = "different"
        UNSURE = "unsure"

    record_a = models.ForeignKey(Record, on_delete=models.PROTECT, related_name="+")
    record_b = models.ForeignKey(Record, on_delete=models.PROTECT, related_name="+")
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    reviewer = models.CharField(max_length=150)
    decided_at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["decided_at", "id"]
