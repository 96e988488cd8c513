"""The database search backend: Wagtail's database search (SQLite FTS5 or PostgreSQL full
text) finds the records matching the words; the ORM filters and counts the facets."""

from wagtail.search.backends import get_search_backend

from search.models import SearchRecord
from search.service import (
    MAX_WORDS,
    Results,
    apply_filters,
    correct,
    facet_counts,
    paginate,
    words,
)


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
        if spec.scope is not None:
            records = spec.scope(records, query)
        hits = apply_filters(records, query.filters, kind, audience)
        hits = self.order(hits, spec, query, by_relevance=bool(terms))
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

    def order(self, records, spec, query, by_relevance):
        chosen = next((sort for sort in spec.sorts if sort.key == query.sort), None)
        if chosen is None or not chosen.order_by:
            if by_relevance:
                return records
            chosen = next(sort for sort in spec.sorts if sort.order_by)
        return records.order_by(*chosen.order_by, "pk")
