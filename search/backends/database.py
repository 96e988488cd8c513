"""The database search backend: Wagtail's database search (SQLite FTS5 or PostgreSQL full
text) finds the records matching the words; the facet values are filtered and counted in
memory (``search.facet_index``), from a copy of the database's facet rows made once per
process and made again when they change.

A search costs, whatever the filters: one query for the kind's version, one full-text
query for the words (the ids of the matching records, and whether their title has the
first word), and one for the records of the page. At 100,000 records, counting facets in
SQL read about a million facet rows per facet with a chosen value, hundreds of
milliseconds on either database; in memory it is a few microseconds a value.

The full-text query is the slow one at that size (50 ms on SQLite, 150 ms or more on
PostgreSQL for a common word), so the copy remembers the matches of the latest words it
was asked (``FacetIndex.remembered``): the records cannot change under a copy, so they
stay right until a change makes a new copy, which starts with none.
"""

from django.db import connection
from django.db.models import Case, IntegerField, Q, When
from wagtail.search.backends import get_search_backend

from search.facet_index import NEWEST, facet_index
from search.models import SearchRecord
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

# How many titles starting with the typed letters a suggestion looks through for ones
# that match its filters.
SUGGEST_SCAN = 500


def title_has(word):
    """Records whose folded title has a word starting with ``word`` (folded)."""
    return Q(title_folded__startswith=word) | Q(title_folded__contains=f" {word}")


class Hits:
    """The ordered hits of a search, as the Paginator reads them: their number, and the
    records of one page, fetched when it is cut."""

    def __init__(self, index, bits, order, first):
        self.index, self.bits, self.order, self.first = index, bits, order, first
        self.total = bits.bit_count()

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("Hits are read a page at a time.")
        start, stop, _step = key.indices(self.total)
        pks = self.index.page(self.bits, self.order, start, max(0, stop - start), self.first)
        records = SearchRecord.objects.in_bulk(pks)
        return [records[pk] for pk in pks if pk in records]


class DatabaseBackend:
    def search(self, spec, query, audience):
        orders = {(sort.field, sort.descending) for sort in spec.sorts if sort.field}
        index = facet_index(spec.kind, audience, orders)
        within = index.everything  # what the words and the scope leave
        first = 0  # the hits whose title has the first word: best matches
        searched_text = ""
        terms = " ".join(words(query.text)[:MAX_WORDS])
        if terms:
            matched, first = self.match(index, terms)
            if not matched:
                corrected = correct(terms)
                if corrected:
                    matched, first = self.match(index, corrected)
                    searched_text = corrected
            within = matched
        scoped = {}  # the scope's facet value: one more filter
        if spec.scope is not None and spec.scope.applies(query):
            within &= index.due(spec.scope.since())
            scoped = {spec.scope.facet: [spec.scope.value]}
        filters = {**scoped, **query.filters}
        sort = spec.sort_for(query)
        order = NEWEST if sort is None else (sort.field, sort.descending)
        hits = Hits(index, within & index.matching(filters), order, first if sort is None else 0)
        page = paginate(hits, query, spec.per_page)
        return Results(
            query=query,
            page=page,
            total=hits.total,
            facets=self.facet_counts(index, within, scoped, spec, query),
            sorts=spec.sorts,
            searched_text=searched_text,
        )

    def match(self, index, terms):
        """The bits of the records whose text has every word, and of those whose title
        has the first word (the best matches, listed first when sorting by relevance).
        Asked of the full-text search once per copy of the facets (``remembered``)."""
        return index.remembered(terms, lambda: self.full_text_match(index, terms))

    def full_text_match(self, index, terms):
        records = SearchRecord.objects.filter(kind=index.kind, audience=index.audience)
        matched = get_search_backend().search(
            terms, records, operator="and", order_by_relevance=False
        )
        in_title = title_has(terms.split()[0])
        rows = (
            matched.get_queryset()
            .order_by()
            .annotate(in_title=Case(When(in_title, then=1), default=0, output_field=IntegerField()))
            .values_list("pk", "in_title")
        )
        sql, params = rows.query.sql_with_params()
        with connection.cursor() as cursor:  # thousands of rows: no model machinery
            cursor.execute(sql, params)
            found = cursor.fetchall()
        return index.of(pk for pk, _t in found), index.of(pk for pk, t in found if t)

    def facet_counts(self, index, within, scoped, spec, query):
        """[(FacetSpec, [FacetValue])]: each facet counted over the hits of every *other*
        filter, so choosing a second value of a facet shows what it would add."""
        chosen = [facet.name for facet in spec.facets if query.filters.get(facet.name)]
        groups = [([f.name for f in spec.facets if f.name not in chosen], query.filters)]
        groups += [
            ([name], {other: v for other, v in query.filters.items() if other != name})
            for name in chosen
        ]
        counted = {}
        for names, filters in groups:
            if names:
                hits = within & index.matching({**scoped, **filters})
                counted.update(index.counts(names, hits))
        return [
            (
                facet,
                facet_values(
                    facet,
                    query,
                    [
                        {"value": value, "count": count}
                        for value, count in sorted(
                            counted.get(facet.name, []), key=lambda vc: (-vc[1], vc[0])
                        )[:MAX_FACET_VALUES]
                    ],
                ),
            )
            for facet in spec.facets
        ]

    def suggest(self, spec, prefix, audience, limit, filters):
        folded = fold(prefix)
        index = facet_index(spec.kind, audience)
        allowed = index.matching(filters)
        candidates = (
            SearchRecord.objects.filter(kind=spec.kind, audience=audience)
            .filter(title_has(folded))
            .order_by("title_folded")
            .values_list("pk", "title")[:SUGGEST_SCAN]
        )
        titles = []
        for pk, title in candidates:
            position = index.position.get(pk)
            if position is not None and allowed >> position & 1 and title not in titles:
                titles.append(title)
                if len(titles) == limit:
                    break
        return titles
