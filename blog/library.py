"""The knowledge library's search: words, facets with counts, sort and pages.

``Library(index, params)`` reads the query string (unknown facets, values, sorts and pages
are ignored, never an error) and answers with the page of resources, the total and the
facet counts. Words are matched by Wagtail's search on the published, public resources
of the index (so of its language); the facets are counted in Python over the matching
resources' facet values, read in one query: a library holds hundreds of resources, not
millions. Each facet is counted over the resources matching every *other* filter, so
ticking a second value of a facet shows what it would add (as the directory does).
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from blog.models import MIN_PUBLICATION_YEAR, EngagementInstrument, ResourcePage, ResourceType
from portal.models import country_names

RESOURCES_PER_PAGE = 12
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_VALUES_PER_FACET = 20
MAX_PAGE = 10_000
WORD = re.compile(r"\w+", re.UNICODE)
# What each facet reads of a resource, in the query that counts them.
ROW_FIELDS = (
    "pk",
    "title",
    "resource_type",
    "countries",
    "instruments",
    "publication_year",
    "first_published_at",
)
OLDEST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


@dataclass(frozen=True)
class Facet:
    name: str  # the query-string parameter
    label: str

    def labels(self):
        if self.name == "type":
            return dict(ResourceType.choices)
        if self.name == "instrument":
            return dict(EngagementInstrument.choices)
        if self.name == "country":
            return country_names()
        return {}

    def clean(self, value):
        """The value as the facet knows it, or None when it is not one of its values."""
        value = value.strip()[:100]
        if self.name == "country":
            value = value.upper()
            return value if value in country_names() else None
        if self.name == "year":
            if not (value.isascii() and value.isdigit() and len(value) == 4):
                return None
            return value if int(value) >= MIN_PUBLICATION_YEAR else None
        return value if value in self.labels() else None

    def values_of(self, row):
        """The facet's values of one resource (a row of ``ROW_FIELDS``)."""
        if self.name == "type":
            return {row["resource_type"]}
        if self.name == "year":
            return {str(row["publication_year"])}
        if self.name == "instrument":
            return set(row["instruments"] or [])
        codes = row["countries"] or ""
        if isinstance(codes, str):
            codes = codes.split(",")
        return {getattr(code, "code", code) for code in codes if code}


FACETS = (
    Facet("type", _("Type")),
    Facet("country", _("Country")),
    Facet("instrument", _("Engagement instrument")),
    Facet("year", _("Year of publication")),
)

SORTS = {
    "relevance": _("Best match"),
    "newest": _("Newest"),
    "title": _("Title"),
}


@dataclass
class LibraryQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name → [values]
    sort: str = ""
    page: int = 1

    @property
    def words(self):
        return WORD.findall(self.text)[:MAX_WORDS]

    @property
    def effective_sort(self):
        if self.sort == "relevance" and not self.words:
            return "newest"
        return self.sort or ("relevance" if self.words else "newest")

    def pairs(self, without=None):
        """The query string's (name, value) pairs, minus the facet value ``without``."""
        pairs = [("q", self.text)] if self.text else []
        for name, values in self.filters.items():
            pairs += [(name, value) for value in values if (name, value) != without]
        if self.sort:
            pairs.append(("sort", self.sort))
        return pairs

    def querystring_without(self, name, value):
        return urlencode(self.pairs(without=(name, value)))


def parse(params):
    """A valid ``LibraryQuery`` from a QueryDict; whatever does not fit is dropped."""
    text = " ".join(str(params.get("q", "")).split())[:MAX_QUERY_LENGTH]
    filters = {}
    for facet in FACETS:
        values = [facet.clean(value) for value in params.getlist(facet.name)]
        values = list(dict.fromkeys(value for value in values if value))
        if values:
            filters[facet.name] = values[:MAX_VALUES_PER_FACET]
    sort = params.get("sort", "")
    if sort not in SORTS:
        sort = ""
    try:
        page = max(1, min(int(params.get("page", 1)), MAX_PAGE))
    except (TypeError, ValueError):
        page = 1
    return LibraryQuery(text=text, filters=filters, sort=sort, page=page)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    remove_query: str = ""  # the query string without this value, when it is selected


def matches(row, filters, skip=None):
    """Values of one facet are alternatives (OR); different facets all apply (AND)."""
    for facet in FACETS:
        chosen = filters.get(facet.name)
        if chosen and facet.name != skip and not facet.values_of(row) & set(chosen):
            return False
    return True


def facet_options(facet, rows, query):
    """The facet's values among ``rows`` (already narrowed by the other filters), with
    their counts: only values with results, plus the chosen ones (to untick them)."""
    counts = Counter(value for row in rows for value in facet.values_of(row))
    chosen = query.filters.get(facet.name, [])
    for value in chosen:
        counts.setdefault(value, 0)
    labels = facet.labels()
    options = [
        FacetOption(
            value=value,
            label=str(labels.get(value, value)),
            count=count,
            selected=value in chosen,
            remove_query=query.querystring_without(facet.name, value) if value in chosen else "",
        )
        for value, count in counts.items()
    ]
    if facet.name == "year":
        options.sort(key=lambda option: option.value, reverse=True)
    else:
        options.sort(key=lambda option: (-option.count, option.label.casefold()))
    return options


def sort_rows(rows, sort):
    if sort == "title":
        return sorted(rows, key=lambda row: (row["title"].casefold(), row["pk"]))
    if sort == "newest":
        return sorted(
            rows,
            key=lambda row: (
                row["publication_year"],
                row["first_published_at"] or OLDEST,
                row["pk"],
            ),
            reverse=True,
        )
    return rows  # relevance: the search's order


class Library:
    """One page of an index's resources for a query string. Nothing is queried until
    the template asks (a stored page costs no query)."""

    def __init__(self, index, params):
        self.index = index
        self.query = parse(params)

    @cached_property
    def _rows(self):
        resources = self.index.resources()
        words = self.query.words
        if not words:
            return list(resources.values(*ROW_FIELDS))
        results = resources.search(" ".join(words), operator="and", order_by_relevance=True)
        get_queryset = getattr(results, "get_queryset", None)
        if get_queryset is not None:  # Wagtail's database backends: one query
            return list(get_queryset().values(*ROW_FIELDS))
        order = {page.pk: number for number, page in enumerate(results)}
        rows = resources.filter(pk__in=list(order)).values(*ROW_FIELDS)
        return sorted(rows, key=lambda row: order[row["pk"]])

    @cached_property
    def hits(self):
        rows = [row for row in self._rows if matches(row, self.query.filters)]
        return sort_rows(rows, self.query.effective_sort)

    @cached_property
    def facets(self):
        """[(Facet, [FacetOption])], each facet counted over the other filters' hits."""
        facets = []
        for facet in FACETS:
            rows = [row for row in self._rows if matches(row, self.query.filters, skip=facet.name)]
            facets.append((facet, facet_options(facet, rows, self.query)))
        return facets

    @cached_property
    def page(self):
        """A Django page of ``ResourcePage`` objects, in the chosen order."""
        page = Paginator(self.hits, RESOURCES_PER_PAGE).get_page(self.query.page)
        ids = [row["pk"] for row in page.object_list]
        by_id = ResourcePage.objects.in_bulk(ids) if ids else {}
        page.object_list = [by_id[pk] for pk in ids if pk in by_id]
        return page

    @property
    def total(self):
        return len(self.hits)

    @property
    def sorts(self):
        keys = ["relevance", "newest", "title"] if self.query.words else ["newest", "title"]
        return [(key, SORTS[key]) for key in keys]

    @property
    def filtered(self):
        return bool(self.query.text or self.query.filters)

    @cached_property
    def hubs(self):
        return list(self.index.hubs())

    @cached_property
    def hub_by_country(self):
        return {hub.country.code: hub for hub in self.hubs}
