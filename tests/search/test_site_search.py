"""Site-wide search at /search/: pages of every type and the directory, through the same
search interface as the directory (the behavioural tests run on every backend)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from blog.models import CountryPage, NewsPage, ResourcePage
from directory.models import Opportunity, Organisation
from events.models import CoursePage, EventPage, ProgrammePage
from home.models import StandardPage
from members.models import Profile
from search.models import SearchRecord

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".search-results__title a")]


def main_titles(response):
    """The titles of the main results (not the promoted ones, not the directory's)."""
    page = soup(response)
    return [
        a.get_text(strip=True)
        for a in page.select(".site-search__main > ol.search-results .search-results__title a")
    ]


def type_labels(response):
    return [
        item.get_text(" ", strip=True).rsplit(" (", 1)[0]
        for item in soup(response).select(".type-filter li")
    ]


@pytest.fixture
def indexed(search_backend):
    """On Elasticsearch, the fresh test indexes get everything the database holds."""
    if search_backend == "elasticsearch":
        call_command("search_index", "update", stdout=io.StringIO())
    return search_backend


def english(model):
    return model.objects.live().public().filter(locale__language_code="en").first()


PAGE_TYPES = [
    (NewsPage, "news"),
    (ResourcePage, "resource"),
    (CountryPage, "country"),
    (EventPage, "event"),
    (CoursePage, "course"),
    (ProgrammePage, "programme"),
    (StandardPage, "page"),
]


@pytest.mark.parametrize(("model", "type_key"), PAGE_TYPES)
def test_search_finds_each_type_of_page(client, indexed, model, type_key):
    page = english(model)
    response = client.get("/search/", {"q": page.title, "type": type_key})
    assert response.status_code == 200
    assert page.title in main_titles(response)
    link = soup(response).find("a", string=page.title)
    assert link["href"] == page.get_url()


@pytest.mark.parametrize(
    ("kind", "item"),
    [
        ("opportunity", lambda: Opportunity.objects.filter(live=True).first().title),
        ("organisation", lambda: Organisation.objects.filter(live=True).first().name),
        (
            "professional",
            lambda: (
                SearchRecord.objects.filter(kind="professional", audience="public")
                .exclude(title="A diaspora professional")
                .first()
                .title
            ),
        ),
    ],
)
def test_search_finds_each_kind_of_directory_entry(client, indexed, kind, item):
    title = item()
    everything = client.get("/search/", {"q": title})
    group_titles = [
        a.get_text(strip=True) for a in soup(everything).select(".site-search__groups a")
    ]
    assert title in group_titles
    chosen = client.get("/search/", {"q": title, "type": kind})
    assert title in main_titles(chosen)
    assert not soup(chosen).select(".site-search__groups")


def test_one_word_brings_several_types_together(client, indexed):
    response = client.get("/search/", {"q": "investment"})
    labels = type_labels(response)
    for label in ("News", "Resources", "Programmes", "Investment opportunities"):
        assert label in labels
    assert soup(response).select(".site-search__groups .result-group")


def test_choosing_a_type_shows_only_that_type(client, indexed):
    response = client.get("/search/", {"q": "investment", "type": "news"})
    types = {
        p.get_text(strip=True).split("·")[0].strip()
        for p in soup(response).select(".site-search__main .search-results__type")
    }
    assert types == {"News"}
    assert (
        soup(response)
        .select_one(".type-filter [aria-current]")
        .get_text(" ", strip=True)
        .startswith("News")
    )


def test_matching_words_are_highlighted(client, indexed):
    response = client.get("/search/", {"q": "passport"})
    marks = [mark.get_text() for mark in soup(response).select(".search-highlight mark")]
    assert marks and all(mark.lower().startswith("passport") for mark in marks)


def test_search_stays_in_the_visitors_language(client):
    french = NewsPage.objects.get(locale__language_code="fr", slug="mobile-consular-service-days")
    titles = result_titles(client.get("/fr/search/?q=consulaires"))
    assert french.title in titles
    english_titles = set(
        NewsPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    assert not english_titles & set(titles)


def test_unpublished_pages_are_never_found(client, django_capture_on_commit_callbacks):
    news = NewsPage.objects.get(locale__language_code="en", slug="online-passport-renewal")
    assert news.title in result_titles(client.get("/search/?q=passport"))
    with django_capture_on_commit_callbacks(execute=True):
        news.unpublish()
    assert news.title not in result_titles(client.get("/search/?q=passport"))
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    assert news.title in result_titles(client.get("/search/?q=passport"))


def test_private_pages_and_their_children_are_never_found(
    client, django_capture_on_commit_callbacks
):
    news = NewsPage.objects.get(locale__language_code="en", slug="online-passport-renewal")
    index = news.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=index, restriction_type="login")
    assert news.title not in result_titles(client.get("/search/?q=passport"))
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=index).delete()
    assert news.title in result_titles(client.get("/search/?q=passport"))


def test_deleted_pages_leave_the_search(client, django_capture_on_commit_callbacks):
    news = NewsPage.objects.get(locale__language_code="en", slug="online-passport-renewal")
    page_id = news.pk
    with django_capture_on_commit_callbacks(execute=True):
        news.delete()
    assert not SearchRecord.objects.filter(kind="page", object_id=str(page_id)).exists()


def test_unlisted_members_are_never_found(client, django_capture_on_commit_callbacks):
    profile = Profile.objects.filter(listed_in_directory=True).exclude(display_name="").first()
    name = profile.display_name
    assert name in [
        a.get_text(strip=True)
        for a in soup(client.get("/search/", {"q": name})).select(".site-search__groups a")
    ]
    with django_capture_on_commit_callbacks(execute=True):
        profile.listed_in_directory = False
        profile.save()
    response = client.get("/search/", {"q": name})
    assert name not in result_titles(response)
    assert name not in [a.get_text(strip=True) for a in soup(response).select(".site-search a")]


def test_promoted_results_come_first(client):
    consular = Page.objects.get(locale__language_code="en", slug="consular-information")
    hidden = NewsPage.objects.get(locale__language_code="en", slug="online-passport-renewal")
    query = Query.get("renewal")
    SearchPromotion.objects.create(query=query, page=consular, description="Start here.")
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/passports",
        external_link_text="Passport office",
    )
    hidden.unpublish()
    SearchPromotion.objects.create(query=query, page=hidden)
    page = soup(client.get("/search/", {"q": "Renewal "}))
    promoted = [a.get_text(strip=True) for a in page.select(".promoted-results a")]
    assert promoted == [consular.title, "Passport office"]
    assert "Start here." in page.select_one(".promoted-results").get_text()
    first_link = page.select_one("main a[href]:not(.skip-link)")
    assert first_link is not None
    ordered = [a.get_text(strip=True) for a in page.select(".site-search a")]
    assert ordered[0] == consular.title
    # Promotions are for the first page of all results, not for a chosen type.
    assert not soup(client.get("/search/", {"q": "renewal", "type": "news"})).select(
        ".promoted-results"
    )


def test_the_demo_promotes_the_investment_mission(client):
    page = soup(client.get("/search/", {"q": "investment"}))
    promoted = [a.get_text(strip=True) for a in page.select(".promoted-results a")]
    assert promoted == ["Investment mission: agribusiness and food processing"]


def test_queries_are_counted_for_the_editors(client, editor):
    client.get("/search/", {"q": "Passport"})
    client.get("/search/", {"q": "passport "})
    client.get("/search/", {"q": "passport", "page": "2"})  # browsing a search is not another
    assert Query.get("passport").hits == 2
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert "Popular searches" in dashboard and "passport" in dashboard


def test_suggestions_offer_titles_in_the_visitors_language(client):
    english_news = NewsPage.objects.get(locale__language_code="en", slug="online-passport-renewal")
    response = client.get("/search/suggest/", {"q": "adults ab"})
    assert response.status_code == 200
    assert english_news.title in response.json()["suggestions"]
    french = client.get("/fr/search/suggest/", {"q": "adults ab"}).json()["suggestions"]
    assert english_news.title not in french
    assert client.get("/search/suggest/", {"q": "a"}).json() == {"suggestions": []}


def test_suggestions_never_offer_peoples_names(client):
    record = (
        SearchRecord.objects.filter(kind="professional", audience="public")
        .exclude(title="A diaspora professional")
        .first()
    )
    suggestions = client.get("/search/suggest/", {"q": record.title[:5]}).json()["suggestions"]
    assert record.title not in suggestions


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 5000},
        {"q": "<script>alert(1)</script>"},
        {"q": "passport", "page": "abc"},
        {"q": "passport", "page": "-3"},
        {"q": "passport", "page": "99999999999"},
        {"q": "passport", "type": "no-such-type"},
        {"q": "passport", "type": "opportunity", "page": "500"},
        {"q": 'AND OR NOT "( * ) :'},
    ],
)
def test_odd_queries_get_a_page_not_an_error(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_an_unknown_type_searches_everything(client):
    assert main_titles(client.get("/search/", {"q": "passport", "type": "bogus"})) == main_titles(
        client.get("/search/", {"q": "passport"})
    )


def test_no_results_offers_help(client):
    content = client.get("/search/?q=zzzyyyxxx").content.decode()
    assert "Nothing matched your search." in content
    assert "Check the spelling" in content


def test_search_page_queries_are_bounded(client, django_assert_max_num_queries):
    client.get("/search/", {"q": "investment"})  # warm the per-process caches
    with django_assert_max_num_queries(40):
        response = client.get("/search/", {"q": "investment"})
    assert response.status_code == 200
