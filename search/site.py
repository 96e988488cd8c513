"""Site search: one query over the pages (news, resources, country hubs, events, courses,
programmes, standard pages) and over the directory's kinds (opportunities, organisations,
professionals), through the same search interface as the directory, so it runs on the
database backend and on Elasticsearch alike.

The pages are searched in the visitor's language; each directory kind with what the
visitor's audience may see (a hidden field is never matched). Without a chosen type the
page results come first, with the directory's kinds grouped beside them (their first
hits and a link to all); a chosen type shows only its results, page by page. Editors'
promoted results (Wagtail search promotions) for the query come first.
"""

import dataclasses
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import translation
from django.utils.dateparse import parse_date

from search.pages import PAGE, PAGES, TYPE_LABELS
from search.registry import site_kinds
from search.service import MAX_QUERY_LENGTH, highlight, search, words

GROUP_HITS = 3  # the first hits of each directory kind shown beside the pages
SNIPPET_CHARACTERS = 220


@dataclass
class SiteHit:
    title: str
    url: str
    type: str
    type_label: str
    snippet: str = ""  # HTML: escaped, the matching words in <mark>
    date: object = None  # a datetime.date
    description: str = ""  # a promoted result's, written by editors


@dataclass
class TypeChoice:
    key: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Group:
    """The first hits of one directory kind, beside the pages."""

    label: str
    total: int
    hits: list
    url: str  # all of them: this search with the kind chosen


@dataclass
class SiteResults:
    text: str
    type: str = ""
    page: object = None  # a Django Page (for pagination); ``hits`` is its content
    hits: list = field(default_factory=list)
    total: int = 0
    types: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    promoted: list = field(default_factory=list)
    searched_text: str = ""


def query_text(params):
    return " ".join(str(params.get("q", "")).split())[:MAX_QUERY_LENGTH]


def site_search(params, audience):
    """``SiteResults`` for a query string (a QueryDict). Raises ``SearchUnavailable``
    when the backend cannot answer. Unknown types and pages are ignored."""
    text = query_text(params)
    if not words(text):
        return SiteResults(text=text)
    kinds = {source.kind: source for source in site_kinds()}
    chosen = params.get("type", "")
    if chosen not in TYPE_LABELS and chosen not in kinds:
        chosen = ""
    page_results = search(PAGES, page_params(params, text, chosen), audience)
    type_counts = next(values for facet, values in page_results.facets if facet.name == "type")
    page_counts = {value.value: value.count for value in type_counts}

    results = SiteResults(text=text, type=chosen, searched_text=page_results.searched_text)
    directory = {}
    for kind, source in kinds.items():
        if chosen == kind:
            found = search(source.spec, kind_params(params, text), audience)
        elif chosen:  # only its total is wanted: one hit is enough
            found = search(brief(source.spec, 1), kind_params({}, text), audience)
        else:
            found = search(brief(source.spec, GROUP_HITS), kind_params({}, text), audience)
        directory[kind] = found
        if chosen == kind:
            results.page, results.total = found.page, found.total
            results.hits = kind_hits(source, found.hits, text)
        elif not chosen and found.total:
            results.groups.append(
                Group(
                    label=str(source.label),
                    total=found.total,
                    hits=kind_hits(source, found.hits, text),
                    url=type_url(text, kind),
                )
            )
    if chosen not in kinds:
        results.page, results.total = page_results.page, page_results.total
        results.hits = page_hits(page_results.hits, text)

    results.types = [
        TypeChoice(key, str(label), page_counts[key], key == chosen, type_url(text, key))
        for key, label in TYPE_LABELS.items()
        if page_counts.get(key)
    ] + [
        TypeChoice(
            kind, str(source.label), directory[kind].total, kind == chosen, type_url(text, kind)
        )
        for kind, source in kinds.items()
        if directory[kind].total
    ]
    if results.page is not None and results.page.number == 1 and not chosen:
        results.promoted = promoted(text)
    return results


def page_params(params, text, chosen):
    """The page search's query string: the words, the type when it is a page type, and
    always the visitor's language (never taken from the request)."""
    query = QueryDict(mutable=True)
    query["q"] = text
    query["language"] = translation.get_language()
    if chosen in TYPE_LABELS:
        query["type"] = chosen
    for name in ("page", "sort"):
        if params.get(name):
            query[name] = params.get(name)
    return query


def kind_params(params, text):
    query = QueryDict(mutable=True)
    query["q"] = text
    if params.get("page"):
        query["page"] = params.get("page")
    return query


def brief(spec, per_page):
    """The kind's search without its facet counts (site search shows only totals)."""
    return dataclasses.replace(spec, facets=(), per_page=per_page)


def type_url(text, key):
    return "?" + urlencode({"q": text, "type": key})


def page_hits(records, text):
    return [
        SiteHit(
            title=record.title,
            url=record.data.get("url", ""),
            type=record.data.get("type", PAGE),
            type_label=str(TYPE_LABELS.get(record.data.get("type"), TYPE_LABELS["page"])),
            snippet=snippet(record, record.data.get("summary", ""), text),
            date=parse_date(record.data.get("date") or ""),
        )
        for record in records
    ]


def kind_hits(source, records, text):
    links = source.links(records) if records else []
    hits = []
    for record, url in zip(records, links, strict=True):
        summary = " ".join(
            str(record.data.get(name) or "")
            for name in ("summary", "headline", "description", "bio")
            if record.data.get(name)
        )
        hits.append(
            SiteHit(
                title=record.title,
                url=url,
                type=source.kind,
                type_label=str(source.label),
                snippet=snippet(record, summary, text),
            )
        )
    return hits


def snippet(record, summary, text):
    """The backend's highlight (Elasticsearch), else the summary with the words marked,
    else its beginning."""
    from django.utils.html import escape
    from django.utils.text import Truncator

    return (
        getattr(record, "highlight", "")
        or highlight(summary, text)
        or escape(Truncator(summary).chars(SNIPPET_CHARACTERS))
    )


def promoted(text):
    """[SiteHit] that editors promoted for this query: live public pages in the visitor's
    language, and external links."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.models import Locale
    from wagtail.search.utils import normalise_query_string

    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(text)
    ).select_related("page")
    hits = []
    for pick in picks.order_by("sort_order"):
        if pick.page_id:
            page = pick.page
            if (
                not page.live
                or page.locale_id != Locale.get_active().pk
                or page.get_view_restrictions().exists()
            ):
                continue
            url, title = page.get_url(), page.title
        else:
            url, title = pick.external_link_url, pick.external_link_text
        if url:
            hits.append(
                SiteHit(
                    title=title,
                    url=url,
                    type="promoted",
                    type_label="",
                    description=pick.description,
                )
            )
    return hits


def record_hit(text):
    """Count the query for the editors' "Search terms" report."""
    from wagtail.contrib.search_promotions.models import Query

    if words(text):
        Query.get(text).add_hit()
