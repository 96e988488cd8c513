"""The anonymous page cache: served from the store, purged by any content change."""

import os

import pytest
from django.core.cache import caches

from blog.models import NewsPage
from home.models import FooterText, HomePage, SiteSettings
from portal.cache import CACHE_HEADER, purge_page_cache


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale__language_code="en")


# Purges run when the transaction commits. pytest-django wraps each test in a transaction
# that never commits, so the tests run the commit hooks the way a real commit would.


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_the_cache(client, django_assert_num_queries):
    first = client.get("/news/")
    assert first.status_code == 200
    assert first.headers[CACHE_HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/news/")
    assert second.headers[CACHE_HEADER] == "hit"
    assert second.content == first.content


@pytest.mark.django_db
def test_browsers_are_not_told_to_keep_pages(client):
    response = client.get("/")
    assert "max-age=0" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_publishing_a_page_shows_the_change_at_once(
    client, home, django_capture_on_commit_callbacks
):
    assert "Stay close to home" not in client.get("/").content.decode()
    client.get("/")  # now cached
    home.hero_heading = "Stay close to home"
    publish(home, django_capture_on_commit_callbacks)
    response = client.get("/")
    assert response.headers[CACHE_HEADER] == "miss"
    assert "Stay close to home" in response.content.decode()


@pytest.mark.django_db
def test_publishing_a_news_item_updates_the_home_page_that_lists_it(
    client, django_capture_on_commit_callbacks
):
    latest = NewsPage.objects.listing(locale_id=HomePage.objects.first().locale_id).first()
    client.get("/")
    assert client.get("/").headers[CACHE_HEADER] == "hit"
    latest.title = "Consular teams add a seventh city"
    publish(latest, django_capture_on_commit_callbacks)
    assert "Consular teams add a seventh city" in client.get("/").content.decode()


@pytest.mark.django_db
def test_unpublishing_removes_the_cached_page(client, django_capture_on_commit_callbacks):
    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    assert client.get(news.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        news.unpublish()
    assert client.get(news.url).status_code == 404


@pytest.mark.django_db
def test_site_settings_purge_the_cache(client, django_capture_on_commit_callbacks):
    client.get("/about/")
    settings_obj = SiteSettings.objects.get()
    settings_obj.contact_phone = "+000 20 555 9999"
    with django_capture_on_commit_callbacks(execute=True):
        settings_obj.save()
    assert "+000 20 555 9999" in client.get("/about/").content.decode()


@pytest.mark.django_db
def test_snippets_purge_the_cache(client, django_capture_on_commit_callbacks):
    client.get("/about/")
    footer = FooterText.objects.get(locale__language_code="en")
    footer.body = "<p>Run by the new Diaspora Agency.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        footer.save_revision().publish()
    assert "Run by the new Diaspora Agency." in client.get("/about/").content.decode()


@pytest.mark.django_db
def test_purge_waits_for_the_commit(client, home, django_capture_on_commit_callbacks):
    client.get("/")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        home.hero_heading = "Not committed yet"
        home.save_revision().publish()
    # Until the transaction commits, visitors still get the stored page...
    assert client.get("/").headers[CACHE_HEADER] == "hit"
    assert callbacks
    for callback in callbacks:
        callback()
    # ...and the commit empties the store.
    assert client.get("/").headers[CACHE_HEADER] == "miss"


@pytest.mark.django_db
def test_members_never_get_a_cached_page_nor_leave_one(client, django_user_model):
    anonymous = client.get("/")
    assert "Log out" not in anonymous.content.decode()
    member = django_user_model.objects.get(email="member@example.org")
    client.force_login(member)
    response = client.get("/")
    assert CACHE_HEADER not in response.headers
    assert "Log out" in response.content.decode()
    client.logout()
    again = client.get("/")
    assert again.headers[CACHE_HEADER] == "hit"
    assert "Log out" not in again.content.decode()


@pytest.mark.django_db
def test_a_member_page_is_never_stored_for_anonymous_visitors(client, django_user_model):
    member = django_user_model.objects.get(email="member@example.org")
    client.force_login(member)
    client.get("/news/")
    client.logout()
    response = client.get("/news/")
    assert response.headers[CACHE_HEADER] == "miss"
    assert "Log out" not in response.content.decode()


@pytest.mark.django_db
def test_responses_that_set_cookies_are_not_stored(client):
    client.get("/accounts/login/")  # sets the CSRF cookie
    client.cookies.clear()
    assert client.get("/accounts/login/").headers.get(CACHE_HEADER) != "hit"


@pytest.mark.django_db
def test_each_language_has_its_own_cached_page(client):
    english = client.get("/")
    french = client.get("/fr/")
    assert english.content != french.content
    assert client.get("/fr/").content == french.content


@pytest.mark.django_db
def test_cache_can_be_switched_off(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/")
    assert CACHE_HEADER not in client.get("/").headers


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
def test_redis_purge_removes_only_the_page_cache(settings):
    """With Redis, the purge deletes the page keys and leaves other keys alone."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "pages-test",
        },
    }
    pages, other = caches["pages"], caches["redis"]
    try:
        pages.set("page:one", "stored page")
        other.set("session-like", "keep me")
        purge_page_cache()
        assert pages.get("page:one") is None
        assert other.get("session-like") == "keep me"
    finally:
        other.delete("session-like")
        caches["pages"].close()


@pytest.mark.django_db
def test_a_logo_set_in_site_settings_replaces_the_emblem(
    client, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile
    from wagtail.images import get_image_model

    from portal.demo_images import draw_illustration

    assert "brand__mark" in client.get("/news/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        logo = get_image_model().objects.create(
            title="Office logo", file=ContentFile(draw_illustration("logo"), name="logo.jpg")
        )
        site_settings = SiteSettings.objects.get()
        site_settings.logo = logo
        site_settings.save()
    content = client.get("/news/").content.decode()
    assert 'class="brand__logo"' in content
    assert "brand__mark" not in content


@pytest.mark.django_db
def test_a_message_waiting_for_the_visitor_is_shown_not_hidden_by_the_cache(client):
    """After logging out, the "signed out" message waits in a cookie: no cached page then."""
    client.get("/")
    assert client.get("/").headers[CACHE_HEADER] == "hit"
    client.cookies["messages"] = "a-pending-message"
    assert CACHE_HEADER not in client.get("/").headers
