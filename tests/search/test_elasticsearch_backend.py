"""The Elasticsearch backend's mappings, request bodies and documents (through
``to_dict()``, no server needed), and what users see when Elasticsearch is down.

The same behaviour as the database backend is checked against a real server by the
behavioural suite (test_directory_search.py) whenever ELASTICSEARCH_URL is set.
"""

import pytest
from django.core.management import CommandError, call_command
from django.http import QueryDict

from directory.documents import (
    OPPORTUNITIES,
    PROFESSIONAL,
    PROFESSIONALS,
    professional_documents,
)
from members.models import Profile, User
from search.backends.elasticsearch import MAX_WINDOW, ElasticsearchBackend, index_definition
from search.models import SearchRecord
from search.service import parse

pytestmark = pytest.mark.django_db

DOWN = "http://127.0.0.1:9"  # nothing listens on the discard port


@pytest.fixture
def es():
    return ElasticsearchBackend(DOWN, "portal", timeout=1, refresh=False)


def body(es, spec, querystring, audience="public"):
    query = parse(spec, QueryDict(querystring))
    return es.build_search(spec, query, audience, query.page).to_dict()


def filters_of(clause):
    """The facet filters of a bool clause, as {facet: values}."""
    return {
        name.removeprefix("facets."): values
        for item in clause["bool"].get("filter", [])
        for name, values in item.get("terms", {}).items()
    }


def test_the_mapping_folds_accents_stems_and_completes():
    mapping = index_definition("portal-professional-1", PROFESSIONALS).to_dict()
    analysis = mapping["settings"]["analysis"]
    assert analysis["analyzer"]["folding"]["filter"] == ["lowercase", "asciifolding"]
    assert "asciifolding" in analysis["analyzer"]["stemming"]["filter"]
    assert analysis["filter"]["light_english_stemmer"] == {
        "type": "stemmer",
        "language": "light_english",
    }
    properties = mapping["mappings"]["properties"]
    assert mapping["mappings"]["dynamic"] == "strict"
    for field in ("title", "text"):
        assert properties[field]["analyzer"] == "folding"
        assert properties[field]["copy_to"] == "content"
        assert properties[field]["fields"]["stemmed"]["analyzer"] == "stemming"
    assert properties["title"]["fields"]["sort"] == {"type": "keyword", "normalizer": "sortable"}
    assert properties["suggest"]["type"] == "completion"
    assert properties["suggest"]["contexts"] == [{"name": "audience", "type": "category"}]
    # One keyword per facet of the kind, nothing else; the card's data is not searchable.
    assert properties["facets"]["properties"] == {
        facet.name: {"type": "keyword"} for facet in PROFESSIONALS.facets
    }
    assert properties["data"] == {"type": "object", "enabled": False}


def test_words_match_fuzzily_and_by_stem_for_one_audience(es):
    request = body(es, PROFESSIONALS, "q=Bogotá+engneers", audience="members")
    assert {"term": {"audience": "members"}} in request["query"]["bool"]["filter"]
    alternatives = request["query"]["bool"]["must"][0]["bool"]["should"]
    assert alternatives[0]["match"]["content"] == {
        "query": "bogota engneers",
        "operator": "and",
        "fuzziness": "AUTO",
        "prefix_length": 1,
    }
    assert alternatives[1]["match"]["content.stemmed"]["operator"] == "and"
    assert request["highlight"]["fields"] == {"text": {}}
    assert request["highlight"]["pre_tags"] == ["<mark>"]
    assert request["highlight"]["encoder"] == "html"  # the text is escaped, only <mark> is not
    assert request["sort"] == ["_score", {"object_id": "asc"}]


def test_multi_select_facets_count_without_their_own_filter(es):
    request = body(es, PROFESSIONALS, "language=fr&language=en&sector=energy&residence=ZZZ")
    # The hits: every chosen value, values of one facet as alternatives.
    assert filters_of(request["post_filter"]) == {
        "language": ["fr", "en"],
        "sector": ["energy"],
        "residence": ["ZZZ"],
    }
    aggs = request["aggs"]
    assert set(aggs) == {facet.name for facet in PROFESSIONALS.facets}
    assert filters_of(aggs["language"]["filter"]) == {"sector": ["energy"], "residence": ["ZZZ"]}
    assert filters_of(aggs["sector"]["filter"]) == {"language": ["fr", "en"], "residence": ["ZZZ"]}
    assert filters_of(aggs["skill"]["filter"]) == {
        "language": ["fr", "en"],
        "sector": ["energy"],
        "residence": ["ZZZ"],
    }
    assert aggs["language"]["aggs"]["values"]["terms"]["field"] == "facets.language"
    # No text: no relevance, the first sort with a field (name).
    assert request["sort"][0] == {"title.sort": {"order": "asc", "missing": "_last"}}
    assert "highlight" not in request


def test_unknown_facets_and_values_never_reach_the_request(es):
    request = body(es, PROFESSIONALS, "colour=red&sort=drop&page=-3")
    assert "post_filter" not in request
    assert request["from"] == 0 and request["size"] == PROFESSIONALS.per_page


def test_sorts_and_pages(es):
    newest = body(es, OPPORTUNITIES, "sort=newest&status=open&page=3")
    assert newest["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    assert newest["from"] == 2 * OPPORTUNITIES.per_page
    deadline = body(es, OPPORTUNITIES, "sort=deadline&status=open")
    assert deadline["sort"][0] == {"deadline": {"order": "asc", "missing": "_last"}}
    # A huge page is clamped to what Elasticsearch can return.
    far = body(es, PROFESSIONALS, "page=9999")
    assert far["from"] + far["size"] <= MAX_WINDOW


def test_open_opportunities_only_unless_a_status_is_chosen(es):
    default = body(es, OPPORTUNITIES, "q=solar")
    scope = default["query"]["bool"]["filter"]
    assert {"term": {"facets.status": "open"}} in scope
    deadline = next(item for item in scope if "bool" in item)["bool"]
    assert deadline["minimum_should_match"] == 1
    assert {"bool": {"must_not": [{"exists": {"field": "deadline"}}]}} in deadline["should"]
    chosen = body(es, OPPORTUNITIES, "q=solar&status=closed")
    assert chosen["query"]["bool"]["filter"] == [{"term": {"audience": "public"}}]
    assert filters_of(chosen["post_filter"]) == {"status": ["closed"]}


def test_autocomplete_is_limited_to_the_audience(es):
    request = es.build_suggest(PROFESSIONALS, "kar", "public", 8).to_dict()
    completion = request["suggest"]["titles"]["completion"]
    assert request["suggest"]["titles"]["prefix"] == "kar"
    assert completion["field"] == "suggest"
    assert completion["contexts"] == {"audience": ["public"]}
    assert completion["size"] == 8


def test_filtered_autocomplete_asks_for_more_and_keeps_the_matching_titles(es):
    from search.backends.elasticsearch import SUGGEST_OVERFETCH, has_values
    from search.pages import PAGES

    request = es.build_suggest(PAGES, "adu", "public", 8, {"language": ["fr"]}).to_dict()
    assert request["suggest"]["titles"]["completion"]["size"] == 8 * SUGGEST_OVERFETCH
    assert request["_source"] == ["title", "facets"]
    assert has_values({"language": "fr", "type": ["news"]}, {"language": ["fr"]})
    assert not has_values({"language": ["en"]}, {"language": ["fr"]})
    assert not has_values({}, {"language": ["fr"]})


def test_site_search_says_when_elasticsearch_is_down(client, es_down):
    response = client.get("/search/", {"q": "passport"})
    assert response.status_code == 503
    assert "Search is temporarily unavailable" in response.content.decode()
    assert client.get("/search/suggest/", {"q": "pass"}).json() == {"suggestions": []}


def test_documents_carry_only_what_their_audience_may_see(es):
    user = User.objects.create_user(email="nadia.es@example.net", password="a-long-password-1")
    profile = Profile.objects.create(
        user=user,
        display_name="Nadia Benali",
        headline="Hydrologist",
        city="Bogotá",  # members only by default
        bio="Secret project notes",
        languages=["fr"],
        listed_in_directory=True,
    )
    profile.visibility = {**profile.visibility, "bio": "private", "display_name": "public"}
    profile.save()
    actions = list(
        es.actions(PROFESSIONAL, profile.pk, professional_documents(profile), "portal-x")
    )
    by_id = {action["_id"]: action for action in actions}
    public = by_id[f"public-{profile.pk}"]["_source"]
    members = by_id[f"members-{profile.pk}"]["_source"]
    assert by_id[f"public-{profile.pk}"]["_index"] == "portal-x"
    assert "Bogotá" not in str(public) and "Bogotá" in members["text"]
    assert "Secret" not in str(public) and "Secret" not in str(members)
    assert public["suggest"]["contexts"] == {"audience": ["public"]}
    assert "Nadia Benali" in public["suggest"]["input"] and "Benali" in public["suggest"]["input"]
    assert "nadia.es@example.net" not in str(actions)
    # Leaving the directory deletes both documents.
    profile.listed_in_directory = False
    assert [(a["_op_type"], a["_id"]) for a in es.actions(PROFESSIONAL, profile.pk, [], "p")] == [
        ("delete", f"public-{profile.pk}"),
        ("delete", f"members-{profile.pk}"),
    ]


@pytest.fixture
def es_down(settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = DOWN
    settings.ELASTICSEARCH_TIMEOUT = 1
    settings.ELASTICSEARCH_INDEX_PREFIX = "portal-down"


def test_when_elasticsearch_is_down_search_says_so_and_the_site_works(client, es_down):
    response = client.get("/directory/", {"q": "engineer"})
    assert response.status_code == 503
    assert "Search is temporarily unavailable" in response.content.decode()
    assert client.get("/directory/opportunities/").status_code == 503
    api = client.get("/api/v2/directory/professionals/", {"q": "engineer"})
    assert api.status_code == 503 and "temporarily unavailable" in api.json()["detail"]
    assert client.get("/api/v2/directory/organisations/suggest/", {"q": "ch"}).status_code == 503
    assert client.get("/").status_code == 200
    assert client.get("/directory/consulates/").status_code == 200


def test_when_elasticsearch_is_down_saving_still_works(es_down, django_capture_on_commit_callbacks):
    profile = Profile.objects.filter(listed_in_directory=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        profile.headline = "Agronomist (unreachable index)"
        profile.save()
    record = SearchRecord.objects.get(kind=PROFESSIONAL, audience="members", object_id=profile.pk)
    assert "agronomist" in record.text  # the database records are up to date
    with pytest.raises(CommandError, match="unavailable"):
        call_command("search_index", "status")


def test_the_search_pages_ask_nothing_of_a_server_that_failed_a_moment_ago(es):
    from search.service import SearchUnavailable

    with pytest.raises(SearchUnavailable):
        es.ensure_index(PROFESSIONAL)  # connection refused
    started = es.down_until
    with pytest.raises(SearchUnavailable, match="a moment ago"):
        es.ensure_index(PROFESSIONAL)
    assert es.down_until == started  # no new attempt was made
