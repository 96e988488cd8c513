"""The search backend the settings choose: ``SEARCH_BACKEND`` ("database" or
"elasticsearch"); by default Elasticsearch when ``ELASTICSEARCH_URL`` is set."""

from django.conf import settings


def get_backend():
    if settings.SEARCH_BACKEND == "elasticsearch":
        from search.backends.elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend.for_settings()
    from search.backends.database import DatabaseBackend

    return DatabaseBackend()
