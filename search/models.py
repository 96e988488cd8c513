"""What the directory's search runs on: one record per item and audience.

A ``SearchRecord`` holds what one audience (the public, or logged-in members) may see of
one directory item, already filtered by its owner's visibility choices: its text, its
facet values (``SearchFacet``) and the data its result card shows. Nothing else reaches
the search, so a search can never match, count or show a field its viewer may not see.
"""

from django.db import models
from django.utils.functional import cached_property
from wagtail.search import index


class Audience(models.TextChoices):
    PUBLIC = "public", "public"
    MEMBERS = "members", "members"

    @classmethod
    def of(cls, user):
        """Whose view a visitor searches with: logged-in members see what members see."""
        return cls.MEMBERS if user.is_authenticated else cls.PUBLIC


class Card(dict):
    """A result's ``data`` as a result card reads it: a field the audience may not see
    (so left out of ``data``) reads as "", as a failed template lookup does, without
    the exception and the ``dir()`` that each of those costs (about a hundred a page)."""

    def __missing__(self, key):
        return ""


class SearchRecord(index.Indexed, models.Model):
    # The database backend marks no words in its results (Elasticsearch's hits do).
    highlight = ""

    kind = models.CharField(max_length=20)
    audience = models.CharField(max_length=10, choices=Audience.choices)
    object_id = models.CharField(max_length=40)
    title = models.CharField(max_length=255)
    # Accents folded and lower-cased, so "Bogota" finds "Bogotá" on every backend.
    title_folded = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    deadline = models.DateTimeField(null=True, blank=True)
    # What the result card shows (only this audience's fields).
    data = models.JSONField(default=dict)

    search_fields = [
        index.SearchField("title_folded", boost=3),
        index.SearchField("text"),
        index.FilterField("kind"),
        index.FilterField("audience"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "audience", "object_id"], name="one_record_per_item_audience"
            )
        ]
        indexes = [
            models.Index(fields=["kind", "audience", "title_folded"]),
            models.Index(fields=["kind", "audience", "published_at"]),
        ]

    def __str__(self):
        return f"{self.kind}:{self.object_id} ({self.audience})"

    @cached_property
    def card(self):
        return Card(self.data)


class SearchFacet(models.Model):
    """One facet value of one record (a record has several for multi-valued facets)."""

    record = models.ForeignKey(SearchRecord, on_delete=models.CASCADE, related_name="facets")
    kind = models.CharField(max_length=20)
    audience = models.CharField(max_length=10)
    name = models.CharField(max_length=30)
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [
            # Filtering reads the matching records' ids from this index alone.
            models.Index(fields=["kind", "audience", "name", "value", "record"]),
            # Counting the values of a set of records reads this index alone.
            models.Index(fields=["record", "name", "value"]),
        ]

    def __str__(self):
        return f"{self.name}={self.value}"


class SearchWord(models.Model):
    """Every folded word of every record: the vocabulary that corrects typing mistakes."""

    word = models.CharField(max_length=40, unique=True)
    length = models.PositiveSmallIntegerField(db_index=True)

    def __str__(self):
        return self.word


class SearchVersion(models.Model):
    """Which state of a kind's records the search holds: a new random token each time
    they change, written in the same transaction (``search.service``). Copies of the
    records kept in memory (``search.facet_index``) are made again when it differs."""

    kind = models.CharField(max_length=20, primary_key=True)
    token = models.CharField(max_length=32)

    def __str__(self):
        return f"{self.kind}: {self.token}"


class SearchChange(models.Model):
    """One record of a kind written or removed (``search.service.changed``), so that a
    process holding the kind in memory can apply the few changes since its copy instead
    of reading everything again. Rows of one change share its tokens: ``previous`` was
    the kind's token before it and ``token`` after it, so the rows read in order form a
    chain, and a missing or rolled-back link shows as a break."""

    kind = models.CharField(max_length=20)
    audience = models.CharField(max_length=10, blank=True)
    # None: the whole kind changed (a rebuild, a bulk load): copies are made again.
    record_id = models.BigIntegerField(null=True)
    # The record is new, or its title or a date changed: its place in the orders changed.
    reorders = models.BooleanField(default=True)
    previous = models.CharField(max_length=32)
    token = models.CharField(max_length=32)

    class Meta:
        indexes = [models.Index(fields=["kind", "id"])]

    def __str__(self):
        return f"{self.kind}: {self.record_id} ({self.previous} → {self.token})"
