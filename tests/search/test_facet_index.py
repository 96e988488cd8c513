"""The database backend's facets in memory (``search.facet_index``): the same counts and
orders as the database itself gives, and never a stale copy after a change, a rollback
or a change written by another process."""

import itertools

import pytest
from django.db import transaction
from django.db.models import Count, F
from django.http import QueryDict

from search.facet_index import facet_index
from search.models import SearchFacet, SearchRecord, SearchVersion
from search.service import (
    Document,
    FacetSpec,
    SearchSpec,
    SortSpec,
    remove,
    search,
    store,
)

KIND = "test-thing"
SPEC = SearchSpec(
    kind=KIND,
    facets=(FacetSpec("colour", "Colour"), FacetSpec("size", "Size")),
    sorts=(
        SortSpec("relevance", "Best match"),
        SortSpec("name", "Name", "title"),
        SortSpec("newest", "Newest", "published_at", descending=True),
        SortSpec("deadline", "Deadline", "deadline"),
    ),
    per_page=7,
)
COLOURS = ["red", "green", "blue"]
SIZES = ["small", "large"]


def thing(number, colours=None, size=None, text=None, audience="public"):
    """Item ``number`` of ``things``, with other facets or words if given."""
    import datetime

    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    default_colours = [c for i, c in enumerate(COLOURS) if number >> i & 1] or ["red"]
    return Document(
        audience=audience,
        title=f"Thing {chr(ord('a') + number % 26)}{number:02d}",
        text=text or ("lantern" if number % 3 else "lantern harbour"),
        facets={"colour": colours or default_colours, "size": [size or SIZES[number % 2]]},
        published_at=None if number % 7 == 0 else start + datetime.timedelta(days=number % 10),
        deadline=None if number % 4 == 0 else start + datetime.timedelta(days=number % 5),
    )


@pytest.fixture
def things(db, settings):
    """45 items with every mix of colours and sizes, some dates missing."""
    settings.SEARCH_BACKEND = "database"
    for number in range(45):
        store(KIND, number, [thing(number)])


def find(**params):
    query = QueryDict(mutable=True)
    for name, value in params.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return search(SPEC, query, "public")


def all_pages(**params):
    first = find(**params)
    titles = [hit.title for hit in first.hits]
    for page in range(2, first.page.paginator.num_pages + 1):
        titles += [hit.title for hit in find(page=str(page), **params).hits]
    return titles


def counted_by_the_database(filters, facet):
    """A facet's counts as the database counts them: records of every *other* filter."""
    records = SearchRecord.objects.filter(kind=KIND, audience="public")
    for name, values in filters.items():
        if name != facet:
            records = records.filter(facets__name=name, facets__value__in=values)
    rows = (
        SearchFacet.objects.filter(record__in=records.values("pk"), name=facet)
        .values("value")
        .annotate(count=Count("record", distinct=True))
    )
    return {row["value"]: row["count"] for row in rows}


def counts(results, name):
    return {
        v.value: v.count for facet, values in results.facets if facet.name == name for v in values
    }


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"colour": ["red"]},
        {"colour": ["red", "blue"]},
        {"colour": ["green"], "size": ["large"]},
        {"colour": ["blue", "green"], "size": ["small", "large"]},
    ],
)
def test_counts_are_the_databases_own(things, filters):
    results = find(**filters)
    for name in ("colour", "size"):
        assert counts(results, name) == counted_by_the_database(filters, name)
    expected = SearchRecord.objects.filter(kind=KIND, audience="public")
    for name, values in filters.items():
        expected = expected.filter(
            pk__in=SearchFacet.objects.filter(name=name, value__in=values).values("record")
        )
    assert results.total == expected.count()


@pytest.mark.parametrize(
    "sort, order",
    [
        ("name", [F("title_folded").asc(), "pk"]),
        ("newest", [F("published_at").desc(nulls_last=True), "pk"]),
        ("deadline", [F("deadline").asc(nulls_last=True), "pk"]),
    ],
)
def test_every_page_follows_the_databases_order(things, sort, order):
    in_database = list(
        SearchRecord.objects.filter(kind=KIND, audience="public")
        .order_by(*order)
        .values_list("title", flat=True)
    )
    assert all_pages(sort=sort) == in_database
    red = set(
        SearchFacet.objects.filter(kind=KIND, name="colour", value="red").values_list(
            "record__title", flat=True
        )
    )
    assert all_pages(sort=sort, colour="red") == [title for title in in_database if title in red]


def test_best_matches_have_the_words_in_their_title_first(things):
    store(
        KIND,
        "harbour-first",
        [
            Document(
                audience="public",
                title="Harbour lantern",
                text="lantern",
                facets={"colour": ["red"]},
            )
        ],
    )
    titles = all_pages(q="harbour")
    assert titles[0] == "Harbour lantern"
    assert len(titles) == len(set(titles)) == 16  # every third thing has the word, and this one


def test_a_change_is_seen_by_the_next_search(things):
    before = find(colour="green").total
    store(
        KIND, "new", [Document(audience="public", title="New thing", facets={"colour": ["green"]})]
    )
    assert find(colour="green").total == before + 1
    remove(KIND, "new")
    assert find(colour="green").total == before


def test_a_change_rolled_back_leaves_no_trace(things):
    before = find(colour="green").total
    with pytest.raises(RuntimeError), transaction.atomic():
        store(
            KIND, "gone", [Document(audience="public", title="Gone", facets={"colour": ["green"]})]
        )
        assert find(colour="green").total == before + 1
        raise RuntimeError("rolled back")
    assert find(colour="green").total == before
    assert "Gone" not in all_pages(colour="green")


def test_a_change_from_another_process_is_seen(things):
    """Another worker writes the database and the version; this process's copy, made
    before, is made again at the next search."""
    index = facet_index(KIND, "public")
    record = SearchRecord.objects.filter(kind=KIND, audience="public").first()
    record.facets.filter(name="colour").update(value="purple")  # as another process would
    SearchVersion.objects.filter(kind=KIND).update(token="written-elsewhere")
    assert facet_index(KIND, "public") is not index
    assert counts(find(), "colour")["purple"] == 1


def test_the_copy_is_kept_while_nothing_changes(things):
    index = facet_index(KIND, "public")
    find(colour="red")
    assert facet_index(KIND, "public") is index


def test_pages_beyond_the_last_show_the_last(things):
    results = find(page="999")
    assert results.page.number == results.page.paginator.num_pages == 7
    assert [hit.title for hit in results.hits] == all_pages()[42:]


def test_unknown_values_find_nothing_and_count_nothing(things):
    results = find(colour="mauve")
    assert results.total == 0
    assert counts(results, "colour") == counted_by_the_database({"colour": ["mauve"]}, "colour")
    assert counts(results, "size") == {}


def test_every_combination_of_two_values_counts_right(things):
    for colour, size in itertools.product(COLOURS, SIZES):
        results = find(colour=colour, size=size)
        filters = {"colour": [colour], "size": [size]}
        assert counts(results, "colour") == counted_by_the_database(filters, "colour")
        assert counts(results, "size") == counted_by_the_database(filters, "size")


def full_text_queries(captured):
    return [q["sql"] for q in captured if "indexentry" in q["sql"]]


def test_the_words_are_matched_once_while_nothing_changes(things):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = all_pages(q="harbour")
    with CaptureQueriesContext(connection) as captured:
        again = all_pages(q="harbour")
    assert again == first
    assert full_text_queries(captured.captured_queries) == []
    with CaptureQueriesContext(connection) as captured:
        find(q="lantern")  # other words are asked of the full-text search
    assert len(full_text_queries(captured.captured_queries)) == 1


def test_remembered_words_follow_a_change(things):
    before = all_pages(q="harbour")
    store(KIND, "new", [Document(audience="public", title="Harbour master", text="harbour")])
    assert all_pages(q="harbour") == ["Harbour master", *before]
    store(KIND, "new", [Document(audience="public", title="Master", text="river")])
    assert all_pages(q="harbour") == before
    with pytest.raises(RuntimeError), transaction.atomic():
        store(KIND, "gone", [Document(audience="public", title="Harbour gone", text="harbour")])
        assert "Harbour gone" in all_pages(q="harbour")
        raise RuntimeError("rolled back")
    assert all_pages(q="harbour") == before


def test_only_the_latest_words_are_remembered(things, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search import facet_index as module

    monkeypatch.setattr(module, "MATCHES_KEPT", 2)
    for words in ("harbour", "lantern", "thing"):
        find(q=words)
    with CaptureQueriesContext(connection) as captured:
        find(q="thing")
        find(q="lantern")
        assert full_text_queries(captured.captured_queries) == []
        assert find(q="harbour").total == 15  # forgotten: asked again, same answer
    assert len(full_text_queries(captured.captured_queries)) == 1


# --- A copy brought up to date with the changes since it was made -----------------------

QUERIES = [
    {},
    {"colour": "red"},
    {"colour": ["green", "blue"], "size": "small"},
    {"q": "harbour"},
    {"q": "lantern", "size": "large"},
    {"sort": "name", "colour": "blue"},
    {"sort": "deadline"},
    {"sort": "newest", "size": "small"},
]


def everything_found():
    """What a visitor sees for each of QUERIES: totals, facet counts, every page."""
    seen = []
    for params in QUERIES:
        results = find(**params)
        facets = {facet.name: counts(results, facet.name) for facet, _values in results.facets}
        seen.append((results.total, facets, all_pages(**params)))
    return seen


def as_a_new_process_sees_it():
    """The same, from a copy made anew, then the copy in use is put back."""
    from search import facet_index as module

    held = dict(module._indexes)
    module._indexes.clear()
    try:
        return everything_found()
    finally:
        module._indexes.clear()
        module._indexes.update(held)


def was_patched(before):
    """The copy in use came from ``before`` by applying changes (it shares its positions)
    rather than being made anew."""
    now = facet_index(KIND, "public", {("title", False), ("deadline", False)})
    return now is not before and now.pks is before.pks


def test_edits_and_removals_are_applied_to_the_copy(things):
    import random

    rng = random.Random(2026)
    everything_found()  # the copy, with the orders of the queries
    removed = set()
    for _step in range(30):
        before = facet_index(KIND, "public", {("title", False), ("deadline", False)})
        number = rng.choice(sorted(set(range(45)) - removed))
        if rng.random() < 0.25:
            remove(KIND, number)
            removed.add(number)
        else:
            colours = rng.sample(COLOURS + ["purple"], rng.randint(1, 2))
            words = rng.choice(["lantern", "harbour lantern", "beacon", "harbour beacon"])
            store(KIND, number, [thing(number, colours, rng.choice(SIZES), words)])
        seen = everything_found()
        assert was_patched(before)
        assert seen == as_a_new_process_sees_it()


def test_new_records_and_new_places_make_the_copy_again(things):
    everything_found()
    before = facet_index(KIND, "public", {("title", False), ("deadline", False)})
    store(KIND, "new", [Document(audience="public", title="Aaa new", text="harbour")])
    assert everything_found() == as_a_new_process_sees_it()
    assert not was_patched(before)
    before = facet_index(KIND, "public", {("title", False), ("deadline", False)})
    renamed = thing(5)
    renamed.title = "Zzz renamed"  # its place in the name order changes
    store(KIND, 5, [renamed])
    assert everything_found() == as_a_new_process_sees_it()
    assert not was_patched(before)


def test_another_audiences_changes_leave_the_copy_as_it_is(things):
    everything_found()
    before = facet_index(KIND, "public", {("title", False), ("deadline", False)})
    store(KIND, 3, [thing(3), thing(3, audience="members")])  # a members' record added
    assert everything_found() == as_a_new_process_sees_it()
    assert was_patched(before)


def test_a_rolled_back_change_is_not_kept_in_the_copy(things):
    everything_found()
    with pytest.raises(RuntimeError), transaction.atomic():
        store(KIND, 7, [thing(7, ["purple"], "large", "beacon")])
        assert find(colour="purple").total == 1  # the copy follows the transaction
        raise RuntimeError("rolled back")
    # Two changes before the next search: the first follows the state before the
    # rollback, not the copy's, so they cannot be applied to the copy.
    store(KIND, 8, [thing(8, ["purple"])])
    store(KIND, 9, [thing(9, ["purple"])])
    assert find(colour="purple").total == 2
    assert everything_found() == as_a_new_process_sees_it()


def test_too_many_changes_make_the_copy_again(things, monkeypatch):
    from search import facet_index as module

    everything_found()
    before = facet_index(KIND, "public", {("title", False), ("deadline", False)})
    monkeypatch.setattr(module, "PATCH_LIMIT", 3)
    for number in range(4):
        store(KIND, number, [thing(number, ["purple"])])
    assert find(colour="purple").total == 4
    assert not was_patched(before)
    assert everything_found() == as_a_new_process_sees_it()


def test_only_the_latest_changes_are_kept(things, monkeypatch):
    from search import service
    from search.models import SearchChange

    everything_found()  # a copy made before the changes
    monkeypatch.setattr(service, "CHANGES_KEPT", 3)
    for number in range(6):
        store(KIND, number, [thing(number, ["purple"])])
    kept = list(SearchChange.objects.filter(kind=KIND).order_by("id"))
    assert len(kept) == 3
    assert [change.record_id for change in kept] == [
        SearchRecord.objects.get(kind=KIND, object_id=str(number)).pk for number in (3, 4, 5)
    ]
    # The copy missed changes that are no longer kept: it is made again, and right.
    assert find(colour="purple").total == 6
    assert everything_found() == as_a_new_process_sees_it()
