"""Database queries per page stay bounded when a page is rendered (page cache off)."""

import pytest

from blog.models import NewsPage

MAX_QUERIES = 15


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def english_news():
    return NewsPage.objects.live().filter(locale__language_code="en").order_by("-date").first()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/news/",
        "/news/?tag=youth&page=1",
        "/about/",
        "/fr/news/",
        "/directory/consulates/?country=FR",
    ],
)
def test_pages_render_with_few_queries(client, django_assert_max_num_queries, path):
    client.get(path)  # first render fills the menu, footer and rendition caches
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(path)
    assert response.status_code == 200


@pytest.mark.django_db
def test_news_page_renders_with_few_queries(client, django_assert_max_num_queries):
    url = english_news().url
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_news_index_queries_do_not_grow_with_the_number_of_items(
    client, django_assert_max_num_queries
):
    """Ten items on a page cost the same queries as two: no query per news card."""
    client.get("/news/?category=investment")
    with django_assert_max_num_queries(MAX_QUERIES) as few:
        client.get("/news/?category=investment")
    client.get("/news/")
    with django_assert_max_num_queries(MAX_QUERIES) as many:
        client.get("/news/")
    assert len(many.captured_queries) <= len(few.captured_queries) + 1


@pytest.mark.django_db
def test_member_pages_stay_bounded(client, django_user_model, django_assert_max_num_queries):
    client.force_login(django_user_model.objects.get(email="member@example.org"))
    url = english_news().url
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES + 2):  # session and user
        assert client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/news/", "/about/"])
def test_first_render_after_a_purge_stays_bounded(client, django_assert_max_num_queries, path):
    """A publish empties every cached fragment; rebuilding them is a bounded, one-off cost."""
    from portal.cache import purge_page_cache

    client.get(path)  # image renditions exist from here on
    purge_page_cache()
    with django_assert_max_num_queries(30):
        assert client.get(path).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/members/", "/members/profile/", "/members/privacy/"])
def test_member_area_pages_stay_bounded(
    client, django_user_model, django_assert_max_num_queries, path
):
    client.force_login(django_user_model.objects.get(email="investor@example.org"))
    client.get(path)
    with django_assert_max_num_queries(MAX_QUERIES + 2):
        assert client.get(path).status_code == 200


@pytest.mark.django_db
def test_a_profile_page_stays_bounded(client, django_assert_max_num_queries):
    from members.models import Profile

    profile = Profile.objects.get(user__email="investor@example.org")
    url = f"/members/people/{profile.public_id}/"
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_series_course_and_programme_pages_stay_bounded(
    client, django_user_model, django_assert_max_num_queries
):
    """A member's view of a series (a query per date would grow), a course and a
    programme with its application form."""
    from events import registration as engine
    from tests.events.test_courses_and_series import make_course, make_series
    from tests.events.test_programmes import make_programme

    member = django_user_model.objects.get(email="member@example.org")
    short, long = make_series(dates=2), make_series(dates=8)
    for series in (short, long):
        for offering in series.offerings.all():
            engine.register(offering.pk, member)
    pages = [short, long, make_course(), make_programme(), short.get_parent()]
    client.force_login(member)
    counts = {}
    for page in pages:
        client.get(page.url)
        with django_assert_max_num_queries(MAX_QUERIES + 2) as queries:
            assert client.get(page.url).status_code == 200
        counts[page.pk] = len(queries.captured_queries)
    assert counts[long.pk] == counts[short.pk]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["", "?q=engineer", "?q=enginer&language=fr&language=en&sort=name&sector=energy"]
)
def test_directory_searches_stay_bounded(client, django_assert_max_num_queries, query):
    """One query per facet (six), the hits, their count and, for a typing mistake, the
    vocabulary: never one per person."""
    client.get(f"/directory/{query}")
    with django_assert_max_num_queries(MAX_QUERIES + 7):
        assert client.get(f"/directory/{query}").status_code == 200
