import pytest
from bs4 import BeautifulSoup

from blog.models import NewsPage


def result_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".search-results__title a")]


@pytest.mark.django_db
def test_search_finds_news_and_pages(client):
    titles = result_titles(client.get("/search/?q=passport"))
    assert "Adults abroad can now renew their passport online" in titles
    assert "Consular information" in titles


@pytest.mark.django_db
def test_search_stays_in_the_visitors_language(client):
    french = NewsPage.objects.get(locale__language_code="fr", slug="mobile-consular-service-days")
    titles = result_titles(client.get("/fr/search/?q=consulaires"))
    assert french.title in titles
    english_titles = set(
        NewsPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    assert not english_titles & set(titles)


@pytest.mark.django_db
def test_unpublished_pages_are_never_found(client):
    news = NewsPage.objects.get(locale__language_code="en", slug="online-passport-renewal")
    news.unpublish()
    assert news.title not in result_titles(client.get("/search/?q=passport"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["", "   ", "x" * 5000, "<script>alert(1)</script>", "passport&page=abc"]
)
def test_odd_queries_get_a_page_not_an_error(client, query):
    response = client.get("/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.django_db
def test_no_results_offers_help(client):
    content = client.get("/search/?q=zzzyyyxxx").content.decode()
    assert "Nothing matched your search." in content
    assert "Check the spelling" in content
