"""Every page type: created only under its allowed parents, renders, and is in the API."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from blog.models import KnowledgeIndexPage, NewsIndexPage, NewsPage
from directory.models import DirectoryIndexPage
from events.models import CourseIndexPage, EventIndexPage, EventPage, ProgrammeIndexPage
from home.models import HomePage, StandardPage

SECTION_TYPES = [
    EventIndexPage,
    CourseIndexPage,
    ProgrammeIndexPage,
    DirectoryIndexPage,
    KnowledgeIndexPage,
]
ALL_TYPES = [HomePage, StandardPage, NewsIndexPage, NewsPage, EventPage, *SECTION_TYPES]


class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        for model in ALL_TYPES:
            self.assertCanNotCreateAt(model, HomePage)

    def test_standard_pages_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_news_lives_under_the_news_index_only(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)
        self.assertCanNotCreateAt(NewsPage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)

    def test_events_live_under_the_events_index_only(self):
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(NewsIndexPage, EventPage)
        self.assertCanNotCreateAt(EventPage, EventPage)

    def test_section_indexes_sit_under_home(self):
        for model in SECTION_TYPES:
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(StandardPage, model)
            self.assertCanNotCreateAt(NewsIndexPage, model)

    def test_one_news_index_and_one_of_each_section_per_home(self):
        home = HomePage.objects.get(locale__language_code="en")
        for model in [NewsIndexPage, *SECTION_TYPES]:
            assert not model.can_create_at(home), model

    def test_every_demo_page_renders(self):
        for model in ALL_TYPES:
            pages = model.objects.live()
            assert pages.exists(), f"the demo has no {model.__name__}"
            for page in pages[:3]:
                self.assertPageIsRenderable(page)


API_FIELDS = {
    HomePage: ["hero_heading", "hero_text", "intro"],
    StandardPage: ["intro", "body"],
    NewsIndexPage: ["intro"],
    NewsPage: ["date", "intro", "body", "category", "authors", "tags", "listing_image"],
    EventPage: ["start", "end", "time_zone", "format", "intro", "venue", "country", "capacity"],
    **{model: ["intro"] for model in SECTION_TYPES},
}


@pytest.mark.django_db
@pytest.mark.parametrize("model", ALL_TYPES, ids=lambda model: model.__name__)
def test_page_type_is_in_the_api_with_its_fields(client, model):
    page_type = f"{model._meta.app_label}.{model.__name__}"
    fields = ",".join(API_FIELDS[model])
    response = client.get(f"/api/v2/pages/?type={page_type}&fields={fields}&limit=50")
    assert response.status_code == 200
    items = response.json()["items"]
    live = model.objects.live().public()
    assert {item["id"] for item in items} == set(live.values_list("pk", flat=True))
    for field in API_FIELDS[model]:
        assert field in items[0], field


@pytest.mark.django_db
def test_api_shows_news_details_readably(client):
    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    data = client.get(f"/api/v2/pages/{news.pk}/").json()
    assert data["title"] == news.title
    assert data["category"] == news.category.name
    assert data["authors"] == [author.name for author in news.authors.all()]
    assert sorted(data["tags"]) == sorted(tag.name for tag in news.tags.all())
    assert data["body"][0]["type"] in {"paragraph", "heading"}


@pytest.mark.django_db
def test_api_never_lists_unpublished_pages(client):
    news = NewsPage.objects.live().first()
    news.unpublish()
    response = client.get("/api/v2/pages/?type=blog.NewsPage&limit=50")
    assert news.pk not in {item["id"] for item in response.json()["items"]}
    assert client.get(f"/api/v2/pages/{news.pk}/").status_code == 404


@pytest.mark.django_db
def test_api_rejects_bad_parameters_with_a_message(client):
    response = client.get("/api/v2/pages/?type=nothing.Here")
    assert response.status_code == 400
    assert "message" in response.json()
    response = client.get("/api/v2/pages/?limit=abc")
    assert response.status_code == 400
