"""What search engines and link previews see: sitemap.xml, robots.txt, the description,
canonical address and OpenGraph tags of every page."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, PageViewRestriction

from blog.models import NewsPage
from tests.directory.test_opportunities import make as make_opportunity

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap)
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def head(response):
    soup = BeautifulSoup(response.content, "html.parser")
    meta = {
        tag.get("property") or tag.get("name"): tag.get("content")
        for tag in soup.head.find_all("meta")
        if tag.get("property") or tag.get("name")
    }
    canonical = soup.head.find("link", rel="canonical")
    return meta, canonical["href"] if canonical else None


def test_sitemap_lists_published_pages_in_every_language(client):
    locations = sitemap_locations(client)
    english = NewsPage.objects.live().filter(locale__language_code="en").first()
    french = NewsPage.objects.live().filter(locale__language_code="fr").first()
    assert english.get_full_url() in locations
    assert french.get_full_url() in locations
    assert all(location.startswith("http://") for location in locations)
    assert len(locations) == len(set(locations))


def test_sitemap_leaves_out_unpublished_and_private_pages(
    client, django_capture_on_commit_callbacks
):
    news = NewsPage.objects.get(locale__language_code="en", slug="online-passport-renewal")
    url = news.get_full_url()
    assert url in sitemap_locations(client)
    with django_capture_on_commit_callbacks(execute=True):  # the page cache is purged
        news.unpublish()
    assert url not in sitemap_locations(client)
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    index = news.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=index, restriction_type="login")
    locations = sitemap_locations(client)
    assert url not in locations and index.get_full_url() not in locations


def test_robots_txt_keeps_crawlers_out_of_the_members_area_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    for path in ("/admin/", "/accounts/", "/members/", "/fr/members/", "/search/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /news/" not in lines
    sitemap = next(line for line in lines if line.startswith("Sitemap: "))
    assert sitemap.endswith("/sitemap.xml") and sitemap.startswith("Sitemap: http")


def test_a_news_page_describes_itself_for_search_engines_and_previews(client):
    news = (
        NewsPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(listing_image=None)
        .first()
    )
    meta, canonical = head(client.get(news.url + "?utm_source=newsletter"))
    assert canonical == news.get_full_url()
    assert meta["og:url"] == canonical
    assert meta["og:title"] == (news.seo_title or news.title)
    assert meta["og:type"] == "article"
    assert meta["description"] and meta["og:description"]
    assert meta["og:image"].startswith("http") and ".fill-1200x630" in meta["og:image"]
    assert meta["og:locale"] == "en"


def test_every_page_has_a_description_and_a_canonical_address(client):
    for page in Page.objects.live().public().filter(depth__gt=1).specific()[:25]:
        response = client.get(page.url)
        if response.status_code != 200:
            continue
        meta, canonical = head(response)
        assert meta.get("og:description"), page.url
        assert canonical and canonical.endswith(page.url), page.url


def document_title(response):
    """The <title> without the portal's name after it."""
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.title.get_text().rsplit(" | ", 1)[0]


def test_views_that_are_not_pages_preview_with_their_own_title_and_drop_the_query(client):
    response = client.get("/search/?q=passport")
    meta, canonical = head(response)
    assert canonical.endswith("/search/")
    assert meta["og:site_name"] and meta["og:title"] == document_title(response)
    assert meta["og:title"] == "Search results for “passport”"
    assert meta["og:type"] == "website"
    assert "passport" not in canonical


def test_a_directory_sub_page_previews_with_its_own_title_and_summary(client):
    """An opportunity is shared as itself, not as the directory page that serves it; its
    title is escaped once, not twice."""
    opportunity = make_opportunity(
        "Solar & storage for Thiès", summary="Panels & batteries for 40 villages."
    )
    response = client.get(f"/directory/opportunities/{opportunity.pk}/")
    meta, canonical = head(response)
    assert document_title(response) == "Solar & storage for Thiès"
    assert meta["og:title"] == "Solar & storage for Thiès"
    assert meta["description"] == meta["og:description"] == "Panels & batteries for 40 villages."
    assert canonical.endswith(f"/directory/opportunities/{opportunity.pk}/")
    response = client.get("/directory/consulates/?country=SN")
    assert head(response)[0]["og:title"] == "Embassies and consulates"


def test_a_page_with_no_description_previews_with_the_portals_tagline(client):
    meta, _ = head(client.get("/newsletter/"))
    assert meta["og:title"] == "Subscribe to the newsletter"
    assert meta["og:description"] == "The portal for our nationals abroad and their families"
