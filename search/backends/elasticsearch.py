"""The Elasticsearch search backend (``SEARCH_BACKEND=elasticsearch``, or simply
``ELASTICSEARCH_URL`` set).

Each kind of item (professional, organisation, opportunity) has its own index, reached
through an alias ``<ELASTICSEARCH_INDEX_PREFIX>-<kind>``. A rebuild writes a new index
``<alias>-<timestamp>`` while searches keep using the old one, then switches the alias in
one atomic step and drops the old index.

The documents hold what ``search.service.store`` is given: one per item and audience, so
the index can never match, count or return a field its audience may not see. The
mapping is explicit and strict (a field not declared here is refused):

- ``title`` and ``text`` use an analyser that lower-cases and folds accents ("Bogota"
  finds "Bogotá"), with a ``stemmed`` sub-field (light English stemmer: "engineers"
  finds "engineer"); both are copied into ``content``, which a query must match with
  every word, allowing typing mistakes (fuzziness AUTO);
- ``suggest`` is a completion field (title and its words) with the audience as context;
- ``facets.<name>`` are keywords, one per facet of the kind's ``SearchSpec``;
- ``data`` (what the result card shows) is stored, not indexed.

Facets are multi-select: the hits are filtered by every chosen value in a
``post_filter``, and each facet's counts come from an aggregation filtered by the *other*
facets only, as on the database backend.
"""

import datetime
import logging
import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.paginator import Paginator
from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    Index,
    Keyword,
    Mapping,
    MetaField,
    Object,
    Q,
    Search,
    Text,
    analyzer,
    normalizer,
    token_filter,
)
from elasticsearch.helpers import BulkIndexError, bulk

from search.models import Audience
from search.service import (
    MAX_FACET_VALUES,
    MAX_WORDS,
    Hit,
    Results,
    SearchUnavailable,
    facet_values,
    words,
)

logger = logging.getLogger(__name__)

# Elasticsearch's index.max_result_window: a page beyond it is clamped.
MAX_WINDOW = 10_000
# After a failure, searches answer "unavailable" at once for this long instead of
# waiting for a timeout on every request.
RETRY_AFTER_SECONDS = 15
# With filters, the suggester is asked for this many times more titles (it cannot filter).
SUGGEST_OVERFETCH = 5

folding = analyzer("folding", tokenizer="standard", filter=["lowercase", "asciifolding"])
stemming = analyzer(
    "stemming",
    tokenizer="standard",
    filter=[
        "lowercase",
        "asciifolding",
        token_filter("light_english_stemmer", type="stemmer", language="light_english"),
    ],
)
sortable = normalizer("sortable", filter=["lowercase", "asciifolding"])

SORT_FIELDS = {"title": "title.sort", "published_at": "published_at", "deadline": "deadline"}
HIGHLIGHT_FIELDS = ("text",)  # the title is shown anyway


class SearchDocument(Document):
    """One item as one audience may see it (the id is ``<audience>-<object id>``)."""

    kind = Keyword()
    audience = Keyword()
    object_id = Keyword()
    title = Text(
        analyzer=folding,
        copy_to="content",
        fields={"stemmed": Text(analyzer=stemming), "sort": Keyword(normalizer=sortable)},
    )
    text = Text(analyzer=folding, copy_to="content", fields={"stemmed": Text(analyzer=stemming)})
    content = Text(analyzer=folding, fields={"stemmed": Text(analyzer=stemming)})
    suggest = Completion(analyzer=folding, contexts=[{"name": "audience", "type": "category"}])
    published_at = Date()
    deadline = Date()
    data = Object(enabled=False)

    class Meta:
        dynamic = MetaField("strict")


def index_definition(name, spec):
    """The index (settings, analysers and mapping) for items of ``spec.kind``."""
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0, max_result_window=MAX_WINDOW)
    index.document(SearchDocument)
    facets = Mapping()
    facets.field(
        "facets",
        Object(dynamic="strict", properties={facet.name: Keyword() for facet in spec.facets}),
    )
    index.mapping(facets)
    return index


def source(kind, object_id, document):
    """The ``_source`` of one ``search.service.Document``."""
    return {
        "kind": kind,
        "audience": document.audience,
        "object_id": str(object_id),
        "title": document.title,
        "text": document.text,
        "suggest": {
            "input": list(dict.fromkeys([document.title, *document.title.split()]))[:10],
            "contexts": {"audience": [document.audience]},
        },
        "facets": {
            name: [str(value) for value in dict.fromkeys(values) if value not in (None, "")]
            for name, values in document.facets.items()
        },
        "published_at": document.published_at,
        "deadline": document.deadline,
        "data": document.data,
    }


class _Window:
    """The page of hits Elasticsearch returned, seen by Django's ``Paginator`` as the
    whole list of ``total`` results."""

    def __init__(self, total, offset, hits):
        self.total, self.offset, self.hits = total, offset, hits

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, items):
        return self.hits[items.start - self.offset : items.stop - self.offset]


class ElasticsearchBackend:
    _instances = {}
    _lock = threading.Lock()

    def __init__(self, url, prefix, timeout, refresh):
        self.client = Elasticsearch(
            url, request_timeout=timeout, max_retries=1, retry_on_timeout=False
        )
        self.prefix = prefix
        self.refresh = refresh
        self.ready = set()  # kinds whose alias is known to exist
        self.rebuilding = {}  # kind → (new index name, buffered actions)
        self.down_until = 0.0

    @classmethod
    def for_settings(cls):
        key = (
            settings.ELASTICSEARCH_URL,
            settings.ELASTICSEARCH_INDEX_PREFIX,
            settings.ELASTICSEARCH_TIMEOUT,
            settings.ELASTICSEARCH_REFRESH,
        )
        with cls._lock:
            if key not in cls._instances:
                cls._instances[key] = cls(*key)
            return cls._instances[key]

    def alias(self, kind):
        return f"{self.prefix}-{kind}"

    @contextmanager
    def available(self):
        """Turn connection and server errors into ``SearchUnavailable``."""
        if time.monotonic() < self.down_until:
            raise SearchUnavailable("Elasticsearch failed a moment ago")
        try:
            yield
        except (ApiError, TransportError) as error:
            self.down_until = time.monotonic() + RETRY_AFTER_SECONDS
            logger.warning("Elasticsearch unavailable: %s", error)
            raise SearchUnavailable(str(error)) from error

    # --- Indexes ---------------------------------------------------------------------

    def spec(self, kind):
        from search.registry import SOURCES

        return SOURCES[kind].spec

    def ensure_index(self, kind):
        """Create the kind's first index and its alias if there is none yet."""
        if kind in self.ready:
            return
        alias = self.alias(kind)
        with self.available():
            if not self.client.indices.exists_alias(name=alias):
                # One fixed name: workers starting together create it once (the others
                # are told it exists) and all point the alias at the same index.
                self.new_index(kind, name=f"{alias}-first", exist_ok=True)
                self.client.indices.put_alias(index=f"{alias}-first", name=alias)
        self.ready.add(kind)

    def new_index(self, kind, name=None, exist_ok=False):
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        name = name or f"{self.alias(kind)}-{stamp}"
        client = self.client.options(ignore_status=400) if exist_ok else self.client
        with self.available():
            index_definition(name, self.spec(kind)).create(using=client)
        return name

    @contextmanager
    def rebuild(self, kind):
        """Within the block, every write of ``kind`` goes to a new index (in bulk); at the
        end the alias moves to it and the old index is deleted. Searches use the old index
        until then. On error the new index is dropped and the old one stays."""
        name = self.new_index(kind)
        self.rebuilding[kind] = (name, [])
        try:
            yield name
            self.flush(kind)
            alias = self.alias(kind)
            with self.available():
                exists = self.client.indices.exists_alias(name=alias)
                old = list(self.client.indices.get_alias(name=alias)) if exists else []
                self.client.indices.refresh(index=name)
                self.client.indices.update_aliases(
                    actions=[
                        *({"remove": {"index": index, "alias": alias}} for index in old),
                        {"add": {"index": name, "alias": alias}},
                    ]
                )
                for index in old:
                    self.client.indices.delete(index=index, ignore_unavailable=True)
            self.ready.add(kind)
        except BaseException:
            try:
                self.client.indices.delete(index=name, ignore_unavailable=True)
            except (ApiError, TransportError):
                logger.warning("Could not delete the unfinished index %s", name)
            raise
        finally:
            self.rebuilding.pop(kind, None)

    def flush(self, kind):
        name, actions = self.rebuilding[kind]
        if actions:
            self.bulk(actions)
            actions.clear()

    def count(self, kind):
        """(index name, documents) behind the kind's alias, or (None, 0)."""
        with self.available():
            alias = self.alias(kind)
            if not self.client.indices.exists_alias(name=alias):
                return None, 0
            name = next(iter(self.client.indices.get_alias(name=alias)))
            return name, self.client.count(index=alias)["count"]

    # --- Writing ---------------------------------------------------------------------

    def actions(self, kind, object_id, documents, index):
        """Bulk actions that make the index hold exactly ``documents`` for this item."""
        present = {document.audience for document in documents}
        for document in documents:
            yield SearchDocument(
                meta={"id": f"{document.audience}-{object_id}", "index": index},
                **source(kind, object_id, document),
            ).to_dict(include_meta=True)
        for audience in Audience.values:
            if audience not in present:
                yield {"_op_type": "delete", "_index": index, "_id": f"{audience}-{object_id}"}

    def write(self, kind, object_id, documents):
        if kind in self.rebuilding:
            name, buffered = self.rebuilding[kind]
            buffered.extend(self.actions(kind, object_id, documents, name))
            if len(buffered) >= 500:
                self.flush(kind)  # a failure here stops the rebuild (see search_index)
            return
        self.ensure_index(kind)
        self.bulk(list(self.actions(kind, object_id, documents, self.alias(kind))))

    def bulk(self, actions):
        with self.available():
            try:
                bulk(self.client, actions, ignore_status=(404,), refresh=self.refresh)
            except BulkIndexError as error:
                logger.error("Elasticsearch refused documents: %s", error.errors[:3])
                raise

    # --- Searching -------------------------------------------------------------------

    def search(self, spec, query, audience):
        self.ensure_index(spec.kind)
        per_page = spec.per_page
        last_page = MAX_WINDOW // per_page
        number = min(query.page, last_page)
        with self.available():
            response = self.build_search(spec, query, audience, number).execute()
            total = response.hits.total.value
            pages = max(1, -(-min(total, MAX_WINDOW) // per_page))
            if number > pages:
                # Past the end: the last page, as the database backend answers.
                number = pages
                response = self.build_search(spec, query, audience, number).execute()
        offset = (number - 1) * per_page
        hits = [self.hit(result) for result in response.hits]
        page = Paginator(_Window(min(total, MAX_WINDOW), offset, hits), per_page).get_page(number)
        aggregations = response.aggregations.to_dict() if "aggregations" in response else {}
        facets = [
            (
                facet,
                facet_values(
                    facet,
                    query,
                    [
                        {"value": bucket["key"], "count": bucket["doc_count"]}
                        for bucket in aggregations.get(facet.name, {})
                        .get("values", {})
                        .get("buckets", [])
                    ],
                ),
            )
            for facet in spec.facets
        ]
        return Results(query=query, page=page, total=total, facets=facets, sorts=spec.sorts)

    def build_search(self, spec, query, audience, page=1):
        """The request for one page of ``query`` (``.to_dict()`` is the body sent)."""
        search = Search(using=self.client, index=self.alias(spec.kind)).filter(
            "term", audience=audience
        )
        if spec.scope is not None and spec.scope.applies(query):
            search = search.filter(
                "term", **{f"facets.{spec.scope.facet}": str(spec.scope.value)}
            ).filter(
                Q(
                    "bool",
                    should=[
                        ~Q("exists", field="deadline"),
                        Q("range", deadline={"gte": spec.scope.since().isoformat()}),
                    ],
                    minimum_should_match=1,
                )
            )
        terms = " ".join(words(query.text)[:MAX_WORDS])
        if terms:
            search = search.query(text_query(terms))
        filters = {
            name: Q("terms", **{f"facets.{name}": values})
            for name, values in query.filters.items()
            if spec.facet(name) is not None
        }
        if filters:
            search = search.post_filter(Q("bool", filter=list(filters.values())))
        for facet in spec.facets:
            others = [q for name, q in filters.items() if name != facet.name]
            search.aggs.bucket(facet.name, "filter", filter=Q("bool", filter=others)).bucket(
                "values",
                "terms",
                field=f"facets.{facet.name}",
                size=MAX_FACET_VALUES,
                order=[{"_count": "desc"}, {"_key": "asc"}],
            )
        sort = spec.sort_for(query)
        if sort is None:
            search = search.sort("_score", {"object_id": "asc"})
        else:
            order = {"order": "desc" if sort.descending else "asc", "missing": "_last"}
            search = search.sort({SORT_FIELDS[sort.field]: order}, {"object_id": "asc"})
        if terms:
            search = search.highlight_options(
                pre_tags=["<mark>"],
                post_tags=["</mark>"],
                encoder="html",
                fragment_size=160,
                number_of_fragments=1,
                require_field_match=False,
            ).highlight(*HIGHLIGHT_FIELDS)
        start = (min(page, MAX_WINDOW // spec.per_page) - 1) * spec.per_page
        return search.extra(track_total_hits=True)[start : start + spec.per_page]

    def hit(self, result):
        data = result.to_dict()
        highlight = getattr(result.meta, "highlight", None)
        fragments = [
            fragment
            for field in HIGHLIGHT_FIELDS
            for fragment in (highlight.to_dict().get(field, []) if highlight else [])
        ]
        return Hit(
            kind=data["kind"],
            object_id=data["object_id"],
            title=data["title"],
            data=data.get("data") or {},
            highlight=fragments[0] if fragments else "",
        )

    def suggest(self, spec, prefix, audience, limit, filters=None):
        self.ensure_index(spec.kind)
        with self.available():
            response = self.build_suggest(spec, prefix, audience, limit, filters).execute()
        options = response.suggest.titles[0].options if "suggest" in response else []
        titles = (
            option._source.title
            for option in options
            if has_values(option._source.to_dict().get("facets", {}), filters or {})
        )
        return list(dict.fromkeys(titles))[:limit]

    def build_suggest(self, spec, prefix, audience, limit, filters=None):
        """The completion suggester has the audience as its only context: with
        ``filters``, more options are asked for and those without the values dropped."""
        return (
            Search(using=self.client, index=self.alias(spec.kind))
            .source(["title", "facets"] if filters else ["title"])
            .extra(size=0)
            .suggest(
                "titles",
                prefix,
                completion={
                    "field": "suggest",
                    "size": limit * SUGGEST_OVERFETCH if filters else limit,
                    "skip_duplicates": True,
                    "fuzzy": {"fuzziness": "AUTO", "prefix_length": 1},
                    "contexts": {"audience": [audience]},
                },
            )
        )


def has_values(facets, filters):
    """Whether a document's facets ({name: value or [values]}) hold one of the chosen
    values of every filter."""
    for name, values in filters.items():
        held = facets.get(name, [])
        held = held if isinstance(held, list) else [held]
        if not set(held) & set(values):
            return False
    return True


def text_query(terms):
    """Every word must match the content, exactly (accents folded), by its stem, or with
    a typing mistake; matches in the title count more."""
    return Q(
        "bool",
        must=[
            Q(
                "bool",
                should=[
                    Q(
                        "match",
                        content={
                            "query": terms,
                            "operator": "and",
                            "fuzziness": "AUTO",
                            "prefix_length": 1,
                        },
                    ),
                    Q("match", **{"content.stemmed": {"query": terms, "operator": "and"}}),
                ],
                minimum_should_match=1,
            )
        ],
        should=[
            Q("match", title={"query": terms, "boost": 3}),
            Q("match_phrase", content={"query": terms, "boost": 2}),
        ],
    )
