"""The one search interface of the directory (and, later, of site search).

``search(spec, params, audience)`` takes the request's query string, validates it against
the kind's ``SearchSpec`` (unknown facets, values, sorts and pages are ignored, never an
error) and returns ``Results``: the page of hits, the total, the facet counts and, when the
words had a typing mistake, the corrected query that was searched instead.

What is searched is written with ``store(kind, object_id, documents)``: one ``Document``
per audience, built by the app that owns the items (``directory/documents.py``) from what
that audience may see. The records are always kept in the database (``SearchRecord``);
with Elasticsearch they are indexed there too.

Two backends answer searches (``search.backends``): the database (Wagtail's database
search, SQLite FTS5 or PostgreSQL full text, plus ORM filtering and counting for the
facets), the default, and Elasticsearch when ``ELASTICSEARCH_URL`` is set. Both follow the
rules written here: what a facet counts, the default scope, how sorts apply. A backend
that cannot answer raises ``SearchUnavailable``; the pages then say so (503).
"""

import datetime
import logging
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Subquery
from django.utils import timezone

from search.models import (
    Audience,
    Card,
    SearchChange,
    SearchFacet,
    SearchRecord,
    SearchVersion,
    SearchWord,
)

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_VALUES_PER_FACET = 20
MAX_FACET_VALUES = 200
FACET_VALUES_SHOWN = 12  # the values a page lists for each facet (and any chosen one)
WORD = re.compile(r"\w+", re.UNICODE)

logger = logging.getLogger(__name__)


class SearchUnavailable(Exception):
    """The search backend cannot answer now (Elasticsearch down or unreachable)."""


def fold(text):
    """Lower case without accents: "Bogotá" → "bogota"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def words(text):
    return WORD.findall(fold(text))


@dataclass(frozen=True)
class FacetSpec:
    name: str
    label: str
    # value → label for display; values without a label show as they are.
    labels: object = None

    def label_map(self):
        """value → label (looked up once: some come from the database)."""
        return self.labels() if callable(self.labels) else (self.labels or {})

    def label_for(self, value, labels=None):
        labels = self.label_map() if labels is None else labels
        return str(labels.get(value, value))


@dataclass(frozen=True)
class SortSpec:
    key: str
    label: str
    # A record field ("title", "published_at", "deadline"); empty: relevance when there is
    # a query, else the first sort that has a field. Items without a value come last.
    field: str = ""
    descending: bool = False


@dataclass(frozen=True)
class CurrentOnly:
    """A default scope: unless the query chooses values of ``facet``, only records whose
    ``facet`` is ``value`` and whose deadline has not passed (closed and past-deadline
    opportunities leave the default results)."""

    facet: str
    value: str

    def applies(self, query):
        return not query.filters.get(self.facet)

    @staticmethod
    def since():
        """A deadline counts until the end of its day: anything from today's start."""
        return (
            timezone.now()
            .astimezone(datetime.UTC)
            .replace(hour=0, minute=0, second=0, microsecond=0)
        )


@dataclass(frozen=True)
class SearchSpec:
    kind: str
    facets: tuple
    sorts: tuple
    per_page: int = 20
    # A ``CurrentOnly``: what a search covers unless it asks otherwise.
    scope: object = None

    def facet(self, name):
        return next((facet for facet in self.facets if facet.name == name), None)

    def sort_for(self, query):
        """The ``SortSpec`` to order by, or None for relevance: the chosen one, else
        relevance when there are words to match, else the first sort with a field."""
        chosen = next((sort for sort in self.sorts if sort.key == query.sort), None)
        if chosen is not None and chosen.field:
            return chosen
        if words(query.text):
            return None
        return next(sort for sort in self.sorts if sort.field)

    def sort_key(self, query):
        """The key of the sort ``sort_for`` orders by (what the sort menu shows)."""
        sort = self.sort_for(query)
        return sort.key if sort else next(s.key for s in self.sorts if not s.field)


@dataclass
class Document:
    """What one audience may find of one item."""

    audience: str
    title: str
    text: str = ""
    facets: dict = field(default_factory=dict)  # name → [values]
    data: dict = field(default_factory=dict)
    published_at: object = None
    deadline: object = None


@dataclass
class SearchQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name → [values]
    sort: str = ""
    page: int = 1

    def querystring_without(self, name=None, value=None):
        """The query string of this search, minus one filter value (for "remove" links)."""
        from urllib.parse import urlencode

        pairs = [("q", self.text)] if self.text else []
        for facet, values in self.filters.items():
            pairs += [(facet, v) for v in values if not (facet == name and v == value)]
        if self.sort:
            pairs.append(("sort", self.sort))
        return urlencode(pairs)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    remove_query: str = ""  # the query string without this value, when it is selected


@dataclass
class Hit:
    """One result of a backend that does not return ``SearchRecord`` rows."""

    kind: str
    object_id: str
    title: str
    data: dict
    highlight: str = ""  # HTML: escaped text with the matching words in <mark>

    @property
    def card(self):
        return Card(self.data)


@dataclass
class Results:
    query: SearchQuery
    page: object  # a Django Page of SearchRecord
    total: int
    facets: list  # [(FacetSpec, [FacetValue])]
    sorts: tuple
    searched_text: str = ""  # the corrected words, when they differ from the query
    sorted_by: str = ""  # the key of the sort the hits are in (the default one if none chosen)

    @property
    def hits(self):
        return list(self.page.object_list)

    @property
    def shown_facets(self):
        """[(FacetSpec, [FacetValue])] as the filters list them: the most frequent values
        of each facet, then any other that is chosen."""
        return [
            (
                facet,
                values[:FACET_VALUES_SHOWN]
                + [value for value in values[FACET_VALUES_SHOWN:] if value.selected],
            )
            for facet, values in self.facets
        ]

    @property
    def chosen(self):
        """[FacetValue]: the chosen values (each with the query string without it)."""
        return [value for _facet, values in self.facets for value in values if value.selected]


def parse(spec, params):
    """A valid ``SearchQuery`` from a query string; whatever does not fit is dropped."""
    text = " ".join(str(params.get("q", "")).split())[:MAX_QUERY_LENGTH]
    filters = {}
    for facet in spec.facets:
        values = [v.strip()[:100] for v in params.getlist(facet.name) if v.strip()]
        if values:
            filters[facet.name] = list(dict.fromkeys(values))[:MAX_VALUES_PER_FACET]
    sort = params.get("sort", "")
    if sort not in {s.key for s in spec.sorts}:
        sort = ""
    try:
        page = max(1, min(int(params.get("page", 1)), 10_000))
    except (TypeError, ValueError):
        page = 1
    return SearchQuery(text=text, filters=filters, sort=sort, page=page)


def search(spec, params, audience):
    """Results of the search that ``params`` (a QueryDict) asks for, as ``audience`` may
    see it. Raises ``SearchUnavailable`` when the backend cannot answer."""
    from search.backends import get_backend

    query = parse(spec, params)
    results = get_backend().search(spec, query, audience)
    results.sorted_by = spec.sort_key(query)
    return results


def suggest(spec, prefix, audience, limit=8, filters=None):
    """Titles that start with (a word starting with) ``prefix``, for autocomplete; with
    ``filters`` ({facet: [values]}), only of records that have one of those values."""
    from search.backends import get_backend

    prefix = " ".join(str(prefix).split())[:50]
    if len(fold(prefix)) < 2:
        return []
    return get_backend().suggest(spec, prefix, audience, limit, filters or {})


# --- Writing -----------------------------------------------------------------------------


def store(kind, object_id, documents):
    """Replace what the search holds about one item with ``documents`` (none: remove it)."""
    object_id = str(object_id)
    with transaction.atomic():
        stale = SearchRecord.objects.filter(kind=kind, object_id=object_id).exclude(
            audience__in=[d.audience for d in documents]
        )
        touched = [(pk, audience, False) for pk, audience in stale.values_list("pk", "audience")]
        stale.delete()
        for document in documents:
            if document.audience not in Audience.values:
                raise ValueError(f"Unknown audience {document.audience!r}")
            place = {
                "title_folded": fold(document.title)[:255],
                "published_at": document.published_at,
                "deadline": document.deadline,
            }
            fields = {
                **place,
                "title": document.title[:255],
                "text": " ".join(words(document.text)),
                "data": document.data,
            }
            # Read once, locked, as update_or_create does; its place before the change
            # tells whether it moves in the orders.
            record, created = SearchRecord.objects.select_for_update().get_or_create(
                kind=kind, audience=document.audience, object_id=object_id, defaults=fields
            )
            reorders = created or any(getattr(record, n) != v for n, v in place.items())
            if not created:
                for name, value in fields.items():
                    setattr(record, name, value)
                record.save()
            touched.append((record.pk, document.audience, reorders))
            record.facets.all().delete()
            SearchFacet.objects.bulk_create(
                SearchFacet(
                    record=record,
                    kind=kind,
                    audience=document.audience,
                    name=name,
                    value=str(value)[:100],
                )
                for name, values in document.facets.items()
                for value in dict.fromkeys(values)
                if value not in (None, "")
            )
            remember_words(words(f"{document.title} {document.text}"))
        changed(kind, touched)
    _mirror(kind, object_id, documents)


def remove(kind, object_id):
    with transaction.atomic():
        records = SearchRecord.objects.filter(kind=kind, object_id=str(object_id))
        touched = [(pk, audience, False) for pk, audience in records.values_list("pk", "audience")]
        records.delete()
        changed(kind, touched)
    _mirror(kind, str(object_id), [])


def clear(kind):
    """Remove every record of ``kind`` from the database (``search_index rebuild``)."""
    with transaction.atomic():
        SearchRecord.objects.filter(kind=kind).delete()
        changed(kind)


# The changes a kind keeps (SearchChange rows): a copy that missed more is made again.
CHANGES_KEPT = 5_000


def changed(kind, records=None):
    """Tell every process that the records of ``kind`` changed: a new random token
    (``SearchVersion``) and the records concerned, [(pk, audience, reorders)] (None:
    all of them), in the transaction that changed them. The version row stays locked
    until it commits, so a kind's changes are numbered in the order they commit."""
    if records is not None and not records:
        return  # nothing was there to change
    with transaction.atomic():
        version, _created = SearchVersion.objects.select_for_update().get_or_create(kind=kind)
        previous, version.token = version.token, uuid.uuid4().hex
        version.save(update_fields=["token"])
        rows = [
            SearchChange(
                kind=kind,
                audience=audience,
                record_id=pk,
                reorders=reorders,
                previous=previous,
                token=version.token,
            )
            for pk, audience, reorders in (records if records is not None else [(None, "", True)])
        ]
        SearchChange.objects.bulk_create(rows)
        # Pruned now and then (one change in a hundred, or a large one).
        if len(rows) >= CHANGES_KEPT // 10 or uuid.UUID(version.token).int % 100 == 0:
            newest = SearchChange.objects.filter(kind=kind).order_by("-id")
            oldest_kept = newest.values_list("id", flat=True)[CHANGES_KEPT : CHANGES_KEPT + 1]
            SearchChange.objects.filter(kind=kind, id__lte=Subquery(oldest_kept)).delete()


def _mirror(kind, object_id, documents):
    """Pass a change on to a backend that keeps its own index (Elasticsearch's
    ``write``). The database records are written whatever happens; an index that missed
    a change is brought up to date by ``manage.py search_index update``."""
    from search.backends import get_backend

    backend = get_backend()
    if not hasattr(backend, "write"):
        return
    if backend.rebuilding:
        backend.write(kind, object_id, documents)  # a rebuild stops on failure
        return
    try:
        backend.write(kind, object_id, documents)
    except SearchUnavailable:
        logger.warning("Search index not updated for %s %s: unavailable", kind, object_id)


def remember_words(found):
    new = {word for word in found if 3 <= len(word) <= 40 and not word.isdigit()}
    if new:
        known = set(SearchWord.objects.filter(word__in=new).values_list("word", flat=True))
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, length=len(word)) for word in new - known],
            ignore_conflicts=True,
        )


# --- Typing mistakes ---------------------------------------------------------------------


def edit_distance(a, b, limit):
    """Levenshtein distance, or ``limit + 1`` as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def correct(text):
    """The words of ``text`` with each unknown word replaced by the closest known one
    (one mistake allowed up to 5 letters, two beyond), or None when nothing changes."""
    original = words(text)[:MAX_WORDS]
    known = set(SearchWord.objects.filter(word__in=original).values_list("word", flat=True))
    corrected = []
    for word in original:
        if word in known or len(word) < 4:
            corrected.append(word)
            continue
        limit = 1 if len(word) <= 5 else 2
        candidates = SearchWord.objects.filter(
            length__gte=len(word) - limit, length__lte=len(word) + limit
        ).filter(word__startswith=word[0])
        best = min(
            (
                (edit_distance(word, candidate, limit), candidate)
                for candidate in candidates.values_list("word", flat=True).iterator()
            ),
            default=(limit + 1, word),
        )
        corrected.append(best[1] if best[0] <= limit else word)
    return " ".join(corrected) if corrected != original else None


def facet_values(facet, query, rows):
    """[FacetValue] from rows of {"value", "count"}, most frequent first."""
    selected = set(query.filters.get(facet.name, []))
    labels = facet.label_map() if rows else {}
    return [
        FacetValue(
            value=row["value"],
            label=facet.label_for(row["value"], labels),
            count=row["count"],
            selected=row["value"] in selected,
            remove_query=query.querystring_without(facet.name, row["value"])
            if row["value"] in selected
            else "",
        )
        for row in rows
    ]


def paginate(records, query, per_page):
    paginator = Paginator(records, per_page)
    return paginator.get_page(query.page)


def highlight(text, terms, width=220):
    """HTML: an escaped extract of ``text`` (about ``width`` characters) around the first
    word that matches one of ``terms``, every matching word in <mark>; "" when none does.
    A word matches a term it equals or, for terms of four letters or more, starts with
    ("invest" marks "investment"), accents and case aside."""
    from django.utils.html import escape

    wanted = words(terms)
    if not text or not wanted:
        return ""

    def matches(word):
        folded = fold(word)
        return any(
            folded == term or (len(term) >= 4 and folded.startswith(term)) for term in wanted
        )

    found = [match for match in WORD.finditer(text) if matches(match.group())]
    if not found:
        return ""
    start = max(0, found[0].start() - width // 4)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < found[0].start() else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > found[0].end() else end
    pieces, position = [], start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        pieces += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        position = match.end()
    pieces.append(escape(text[position:end]))
    return ("… " if start else "") + "".join(pieces) + (" …" if end < len(text) else "")
