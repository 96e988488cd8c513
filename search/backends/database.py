"""The database search backend: Wagtail's database search (SQLite FTS5 or PostgreSQL full
text) finds the records matching the words; the ORM filters and counts the facets.

Counting is what costs at scale (100,000 records, millions of facet rows), so it is done
in as few queries as possible: one for every facet without a chosen value (they all
count over the hits), and one for each facet with chosen values (it counts over the
records matching the *other* filters). Filters are intersected on the facet values'
index alone (kind, audience, name, value, record), without reading the records.
"""

from django.db.models import Case, Count, F, IntegerField, Q, When
from wagtail.search.backends import get_search_backend

from search.models import SearchFacet, SearchRecord
from search.service import (
    MAX_FACET_VALUES,
    MAX_WORDS,
    Results,
    correct,
    facet_values,
    fold,
    paginate,
    words,
)

# The record field each sort field orders by.
SORT_FIELDS = {"title": "title_folded", "published_at": "published_at", "deadline": "deadline"}


class DatabaseBackend:
    def search(self, spec, query, audience):
        kind = spec.kind
        # Wagtail's search accepts only its declared filter fields (kind, audience): the
        # scope and the facets narrow the matching records afterwards.
        records = SearchRecord.objects.filter(kind=kind, audience=audience)
        narrowed = False  # True when ``records`` is less than every record of the kind
        searched_text = ""
        terms = " ".join(words(query.text)[:MAX_WORDS])
        if terms:
            matched = self.match(records, terms)
            if not matched.exists():
                corrected = correct(terms)
                if corrected:
                    matched = self.match(records, corrected)
                    searched_text = corrected
            records, narrowed = matched, True
        scoped = {}  # the scope's facet value: one more filter, in the same scan
        if spec.scope is not None and spec.scope.applies(query):
            records = records.filter(Q(deadline__isnull=True) | Q(deadline__gte=spec.scope.since()))
            narrowed = True
            scoped = {spec.scope.facet: [spec.scope.value]}
        hits = self.filtered(records, {**scoped, **query.filters}, kind, audience)
        hits = self.order(
            hits, spec.sort_for(query, by_relevance=bool(terms)), searched_text or terms
        )
        page = paginate(hits, query, spec.per_page)
        return Results(
            query=query,
            page=page,
            total=page.paginator.count,
            facets=self.facet_counts(records, narrowed, scoped, spec, query, audience),
            sorts=spec.sorts,
            searched_text=searched_text,
        )

    def match(self, records, terms):
        """The records whose text has every word (a queryset, unordered: ranking every
        hit by the full-text score re-runs the match per row on SQLite, seconds at scale;
        ``order`` puts the best matches first instead)."""
        backend = get_search_backend()
        return backend.search(
            terms, records, operator="and", order_by_relevance=False
        ).get_queryset()

    def filtered(self, records, filters, kind, audience):
        """Values of one facet are alternatives (OR); different facets all apply (AND)."""
        ids = self.facet_ids(filters, kind, audience)
        return records if ids is None else records.filter(pk__in=ids)

    def facet_ids(self, filters, kind, audience):
        """The ids of the records that match every filter, as one flat subquery on the
        facet values alone (their index holds the record), or None without filters.

        One grouped scan, not nested subqueries: nested ones let PostgreSQL choose
        nested loops (minutes on stale statistics)."""
        if not filters:
            return None
        chosen = Q()
        for name, values in filters.items():
            chosen |= Q(name=name, value__in=values)
        facets = SearchFacet.objects.filter(chosen, kind=kind, audience=audience)
        if len(filters) == 1:
            return facets.values("record_id")
        return (
            facets.values("record_id")
            .annotate(facets_matched=Count("name", distinct=True))
            .filter(facets_matched=len(filters))
            .values("record_id")
        )

    def facet_counts(self, records, narrowed, scoped, spec, query, audience):
        """[(FacetSpec, [FacetValue])]: each facet counted over the hits of every *other*
        filter, so choosing a second value of a facet shows what it would add."""
        chosen = [facet.name for facet in spec.facets if query.filters.get(facet.name)]
        groups = [([f.name for f in spec.facets if f.name not in chosen], query.filters)]
        groups += [
            ([name], {other: v for other, v in query.filters.items() if other != name})
            for name in chosen
        ]
        rows = {}
        for names, filters in groups:
            if names:
                counted = self.count_values(
                    records, narrowed, names, {**scoped, **filters}, spec, audience
                )
                for row in counted:
                    rows.setdefault(row["name"], []).append(row)
        return [
            (
                facet,
                facet_values(
                    facet,
                    query,
                    sorted(rows.get(facet.name, []), key=lambda r: (-r["count"], r["value"]))[
                        :MAX_FACET_VALUES
                    ],
                ),
            )
            for facet in spec.facets
        ]

    def count_values(self, records, narrowed, names, filters, spec, audience):
        """[{name, value, count}] of the facets ``names`` over ``records`` matching
        ``filters``."""
        values = SearchFacet.objects.filter(kind=spec.kind, audience=audience, name__in=names)
        if narrowed or filters:
            if narrowed:
                matching = self.filtered(records, filters, spec.kind, audience)
                matching = matching.order_by().values_list("pk", flat=True)
            else:  # the facet values alone say which records match
                matching = self.facet_ids(filters, spec.kind, audience).order_by()
            values = values.filter(record_id__in=matching)
        # A record holds each value once (``store``), so rows count records.
        return values.values("name", "value").annotate(count=Count("pk")).order_by()

    def order(self, records, sort, terms=""):
        if sort is None:
            # Best match: the records whose title has the first word, then the newest.
            first = terms.split()[0] if terms else ""
            in_title = Q(title_folded__startswith=first) | Q(title_folded__contains=f" {first}")
            return records.order_by(
                Case(When(in_title, then=0), default=1, output_field=IntegerField()),
                F("published_at").desc(nulls_last=True),
                "pk",
            )
        field = F(SORT_FIELDS[sort.field])
        expression = field.desc(nulls_last=True) if sort.descending else field.asc(nulls_last=True)
        return records.order_by(expression, "pk")

    def suggest(self, spec, prefix, audience, limit, filters):
        folded = fold(prefix)
        records = self.filtered(
            SearchRecord.objects.filter(kind=spec.kind, audience=audience),
            filters,
            spec.kind,
            audience,
        )
        titles = (
            records.filter(
                Q(title_folded__startswith=folded) | Q(title_folded__contains=f" {folded}")
            )
            .order_by("title_folded")
            .values_list("title", flat=True)[: limit * 2]
        )
        return list(dict.fromkeys(titles))[:limit]
