"""The news index: newest first, filters by tag and category, pagination, feeds."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from blog.models import NEWS_PER_PAGE, NewsIndexPage, NewsPage, NewsPageRelatedLink


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".news-list .card__title a")]


@pytest.fixture
def english_news(db):
    return NewsPage.objects.live().filter(locale__language_code="en").order_by("-date")


@pytest.mark.django_db
def test_news_index_lists_newest_first_and_paginates(client, english_news):
    first_page = titles(client.get("/news/"))
    assert first_page == [news.title for news in english_news[:NEWS_PER_PAGE]]
    second_page = titles(client.get("/news/?page=2"))
    assert second_page == [news.title for news in english_news[NEWS_PER_PAGE:]]


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "-1", "999", ""])
def test_bad_page_numbers_still_show_news(client, page):
    response = client.get(f"/news/?page={page}")
    assert response.status_code == 200
    assert titles(response)


@pytest.mark.django_db
def test_filter_by_tag(client, english_news):
    expected = [news.title for news in english_news if "youth" in news.tags.names()]
    assert expected
    response = client.get("/news/?tag=youth")
    assert titles(response) == expected[:NEWS_PER_PAGE]
    assert "tagged “youth”" in response.content.decode()


@pytest.mark.django_db
def test_filter_by_category(client, english_news):
    expected = [news.title for news in english_news if news.category.slug == "investment"]
    assert titles(client.get("/news/?category=investment")) == expected


@pytest.mark.django_db
def test_unknown_filters_show_an_empty_result_with_a_way_back(client):
    response = client.get("/news/?category=no-such-thing&tag=" + "x" * 500)
    assert response.status_code == 200
    assert titles(response) == []
    content = response.content.decode()
    assert "No news matches these filters." in content
    assert "0 news items" in content


@pytest.mark.django_db
def test_pagination_keeps_the_filter(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    for number in range(NEWS_PER_PAGE):
        child = NewsPage(
            title=f"Youth council meeting {number}",
            intro="Minutes of the youth council.",
            date=datetime.date(2026, 1, 1),
        )
        index.add_child(instance=child)
        child.tags.add("youth")
        child.save_revision().publish()
    soup = BeautifulSoup(client.get("/news/?tag=youth").content, "html.parser")
    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert "tag=youth" in next_link and "page=2" in next_link


@pytest.mark.django_db
def test_news_item_shows_its_details(client, english_news):
    news = english_news.first()
    content = client.get(news.url).content.decode()
    assert f"<h1>{news.title}</h1>" in content
    for author in news.authors.all():
        assert author.name in content
    assert news.category.name in content
    for tag in news.tags.all():
        assert f"?tag={tag.slug}" in content


@pytest.mark.django_db
def test_related_pages_show_only_published_ones(client, english_news):
    news, other, hidden = english_news[0], english_news[1], english_news[2]
    NewsPageRelatedLink.objects.create(source=news, page=other, sort_order=0)
    NewsPageRelatedLink.objects.create(source=news, page=hidden, sort_order=1)
    hidden.unpublish()
    soup = BeautifulSoup(client.get(news.url).content, "html.parser")
    related = [a.get_text() for a in soup.select(".related a")]
    assert related == [other.title]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "version"), [("/news/feed/", "rss20"), ("/news/feed/atom/", "atom10")]
)
def test_feeds_are_valid_and_list_the_news(client, english_news, path, version):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.title == "News"
    assert [entry.title for entry in feed.entries] == [news.title for news in english_news]
    first = feed.entries[0]
    assert first.link == "http://testserver" + english_news[0].url
    assert first.summary == english_news[0].intro
    assert first.author


@pytest.mark.django_db
def test_feeds_exist_per_language(client):
    feed = feedparser.parse(client.get("/fr/news/feed/").content)
    assert feed.feed.title == "Actualités"
    assert len(feed.entries) == 4
    assert all("/fr/news/" in entry.link for entry in feed.entries)


@pytest.mark.django_db
def test_news_index_advertises_its_feeds(client):
    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    types = {link["type"] for link in soup.select("link[rel=alternate]")}
    assert types == {"application/rss+xml", "application/atom+xml"}
