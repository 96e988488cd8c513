import uuid

import pytest


@pytest.fixture(params=["database", "elasticsearch"])
def search_backend(request, settings):
    """Each behavioural search test runs on the database backend, and on Elasticsearch
    when ``ELASTICSEARCH_URL`` points at a running server (in indexes of its own)."""
    if request.param == "elasticsearch":
        if not settings.ELASTICSEARCH_URL:
            pytest.skip("ELASTICSEARCH_URL is not set: no Elasticsearch to run this test on")
        prefix = f"test-portal-{uuid.uuid4().hex[:12]}"
        settings.SEARCH_BACKEND = "elasticsearch"
        settings.ELASTICSEARCH_INDEX_PREFIX = prefix
        settings.ELASTICSEARCH_REFRESH = "wait_for"
        yield request.param
        from search.backends import get_backend

        get_backend().client.indices.delete(index=f"{prefix}-*", ignore_unavailable=True)
    else:
        settings.SEARCH_BACKEND = "database"
        yield request.param


def stored(backend, kind, audience, object_id):
    """What the backend holds for one item and audience: (text, data, facets), or None."""
    if backend == "elasticsearch":
        from search.backends import get_backend

        es = get_backend()
        found = es.client.options(ignore_status=404).get(
            index=es.alias(kind), id=f"{audience}-{object_id}"
        )
        if not found.get("found"):
            return None
        source = found["_source"]
        return source["text"].lower(), source["data"], source["facets"]
    from search.models import SearchRecord

    record = SearchRecord.objects.filter(kind=kind, audience=audience, object_id=object_id).first()
    if record is None:
        return None
    facets = {}
    for name, value in record.facets.values_list("name", "value"):
        facets.setdefault(name, []).append(value)
    return record.text, record.data, facets
