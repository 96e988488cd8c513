"""Page routes kept in the page cache's store (portal/routing.py): a path is routed by
Wagtail once, then found in the store with one query for the page itself, which is read
fresh each time."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, Site

from blog.models import NewsIndexPage, NewsPage
from directory.models import DirectoryIndexPage
from portal.cache import page_cache, purge_page_cache
from portal.routing import route_key


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Whole pages are not served from the store, so every request reaches routing."""
    settings.PAGE_CACHE_ENABLED = False


def routing_queries(client, path, **extra):
    """(response, the tables its queries read from the site and the page tree)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    tables = [
        table
        for query in queries.captured_queries
        for table in ("wagtailcore_site", "wagtailcore_locale")
        if f'FROM "{table}"' in query["sql"]
    ]
    return response, tables, len(queries.captured_queries)


@pytest.mark.django_db
def test_a_stored_route_skips_the_site_and_the_page_tree(client):
    first, first_tables, first_count = routing_queries(client, "/news/")
    assert first.status_code == 200
    assert "wagtailcore_site" in first_tables
    second, second_tables, second_count = routing_queries(client, "/news/")
    assert second.status_code == 200
    assert second.content == first.content
    assert second_tables == []  # neither the site nor the locale was asked again
    assert second_count <= first_count - 3


@pytest.mark.django_db
def test_a_stored_route_reads_the_page_afresh(client):
    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    client.get(news.url)
    # Changed behind the store's back: no signal, so nothing is purged.
    Page.objects.filter(pk=news.pk).update(title="Consular teams add a seventh city")
    NewsPage.objects.filter(pk=news.pk).update(title="Consular teams add a seventh city")
    assert "Consular teams add a seventh city" in client.get(news.url).content.decode()


@pytest.mark.django_db
def test_a_page_unpublished_behind_the_stores_back_is_not_found(client):
    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    assert client.get(news.url).status_code == 200
    Page.objects.filter(pk=news.pk).update(live=False)
    assert client.get(news.url).status_code == 404


@pytest.mark.django_db
def test_a_renamed_page_moves_at_once(client, django_capture_on_commit_callbacks):
    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    old_url = news.url
    assert client.get(old_url).status_code == 200
    news.slug = "seventh-city"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    news.refresh_from_db()
    assert news.url.endswith("/seventh-city/")
    old = client.get(old_url)  # no longer routed to the page: Wagtail's redirect answers
    assert old.status_code == 301
    assert old["Location"] == news.url
    assert client.get(news.url).status_code == 200


@pytest.mark.django_db
def test_a_routable_pages_own_routes_are_kept_apart(client):
    directory = DirectoryIndexPage.objects.get(locale__language_code="en")
    for _ in range(2):  # routed by Wagtail, then from the store
        professionals = client.get(directory.url)
        opportunities = client.get(directory.url + "opportunities/")
        consulates = client.get(directory.url + "consulates/")
        assert f"<h1>{directory.title}</h1>".encode() in professionals.content
        assert b"<h1>Investment opportunities</h1>" in opportunities.content
        assert b"<h1>Embassies and consulates</h1>" in consulates.content
        assert client.get(directory.url + "no-such-route/").status_code == 404


@pytest.mark.django_db
def test_each_language_routes_to_its_own_page(client):
    for _ in range(2):
        english = client.get("/news/")
        french = client.get("/fr/news/")
        assert english.status_code == french.status_code == 200
        assert english.headers["Content-Language"] == "en"
        assert french.headers["Content-Language"] == "fr"
        assert english.content != french.content


@pytest.mark.django_db
def test_each_host_routes_to_its_own_site(client):
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    Site.objects.create(hostname="news.example.org", root_page=news_index, site_name="News")
    purge_page_cache()
    for _ in range(2):
        home = client.get("/")
        news_site = client.get("/", HTTP_HOST="news.example.org")
        assert home.status_code == news_site.status_code == 200
        assert f"<h1>{news_index.title}</h1>".encode() in news_site.content
        assert f"<h1>{news_index.title}</h1>".encode() not in home.content


@pytest.mark.django_db
def stored_route(path):
    """The store's key and entry for an English path on the test client's host."""
    request = RequestFactory().get(path)
    with translation.override("en"):
        key = route_key(request, [part for part in path.split("/") if part])
    return key, page_cache().get(key)


@pytest.mark.django_db
def test_a_stored_route_that_no_longer_fits_is_routed_again(client):
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    expected = client.get("/news/").content
    key, entry = stored_route("/news/")
    assert entry["page"] == news_index.pk
    for stale in (
        {**entry, "page": 999_999},  # the page is gone
        {**entry, "site_fields": ("id", "hostname")},  # the site model changed
        {**entry, "model": "blog.nosuchpage"},  # the page model is gone
    ):
        page_cache().set(key, stale)
        assert client.get("/news/").content == expected
        assert stored_route("/news/")[1] == entry  # routed again, and stored again


@pytest.mark.django_db
def test_a_path_that_leads_nowhere_is_not_stored(client):
    assert client.get("/no-such-page/").status_code == 404
    assert stored_route("/no-such-page/")[1] is None
