"""The database search backend: Wagtail's database search (SQLite FTS5 or PostgreSQL full
text) finds the records matching the words; the ORM filters and counts the facets."""

from django.db.models import F, Q
from wagtail.search.backends import get_search_backend

from search.models import SearchRecord
from search.service import (
    MAX_WORDS,
    Results,
    apply_filters,
    correct,
    facet_counts,
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
        searched_text = ""
        terms = " ".join(words(query.text)[:MAX_WORDS])
        if terms:
            matched = self.match(records, terms)
            if not matched.exists():
                corrected = correct(terms)
                if corrected:
                    matched = self.match(records, corrected)
                    searched_text = corrected
            records = matched
        if spec.scope is not None and spec.scope.applies(query):
            records = records.filter(
                Q(deadline__isnull=True) | Q(deadline__gte=spec.scope.since()),
                facets__name=spec.scope.facet,
                facets__value=spec.scope.value,
            )
        hits = apply_filters(records, query.filters, kind, audience)
        hits = self.order(hits, spec.sort_for(query, by_relevance=bool(terms)))
        page = paginate(hits, query, spec.per_page)
        return Results(
            query=query,
            page=page,
            total=page.paginator.count,
            facets=facet_counts(records, spec, query, kind, audience),
            sorts=spec.sorts,
            searched_text=searched_text,
        )

    def match(self, records, terms):
        """The records whose text has every word (a queryset, ordered by relevance)."""
        return get_search_backend().search(terms, records, operator="and").get_queryset()

    def order(self, records, sort):
        if sort is None:
            return records
        field = F(SORT_FIELDS[sort.field])
        expression = field.desc(nulls_last=True) if sort.descending else field.asc(nulls_last=True)
        return records.order_by(expression, "pk")

    def suggest(self, spec, prefix, audience, limit):
        folded = fold(prefix)
        titles = (
            SearchRecord.objects.filter(kind=spec.kind, audience=audience)
            .filter(Q(title_folded__startswith=folded) | Q(title_folded__contains=f" {folded}"))
            .order_by("title_folded")
            .values_list("title", flat=True)[: limit * 2]
        )
        return list(dict.fromkeys(titles))[:limit]
