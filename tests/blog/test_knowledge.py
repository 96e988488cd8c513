"""The knowledge library at /knowledge/: resources, words, facets, sort, pages, feeds."""

import datetime
from collections import Counter

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from blog.factories import ResourcePageFactory
from blog.library import RESOURCES_PER_PAGE
from blog.models import (
    CountryPage,
    EngagementInstrument,
    KnowledgeIndexPage,
    ResourceDocument,
    ResourcePage,
    ResourceType,
)
from home.models import HomePage

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".resource-list .card__title a")]


def total(response):
    return int(soup(response).select_one(".result-summary").get_text(strip=True).split()[0])


def facet_counts(response, name):
    """{value: count} of one facet, as the page shows it."""
    counts = {}
    for box in soup(response).select(f".facets input[name={name}]"):
        label = box.find_parent("label")
        counts[box["value"]] = int(label.select_one(".facet__count").get_text(strip=True)[1:-1])
    return counts


@pytest.fixture
def library():
    return KnowledgeIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def resources(library):
    return ResourcePage.objects.live().child_of(library)


def newest_first(pages):
    return sorted(
        pages, key=lambda p: (p.publication_year, p.first_published_at, p.pk), reverse=True
    )


def add_resource(library, **fields):
    page = ResourcePageFactory.build(**fields)
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


# -- The page tree and the model ------------------------------------------------------


class TestKnowledgePageTypes(WagtailPageTestCase):
    def test_resources_and_hubs_live_under_the_library_only(self):
        self.assertAllowedSubpageTypes(KnowledgeIndexPage, {ResourcePage, CountryPage})
        self.assertAllowedParentPageTypes(ResourcePage, {KnowledgeIndexPage})
        self.assertAllowedParentPageTypes(CountryPage, {KnowledgeIndexPage})
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(ResourcePage, ResourcePage)

    def test_demo_resources_render(self):
        for page in ResourcePage.objects.live()[:3]:
            self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(KnowledgeIndexPage.objects.live().first())

    def test_an_editor_creates_a_resource_with_countries_instruments_and_a_document(self):
        self.login()
        library = KnowledgeIndexPage.objects.get(locale__language_code="en")
        document = get_document_model().objects.create(
            title="Remittance corridor note", file=ContentFile(b"note", name="note.txt")
        )
        data = nested_form_data(
            {
                "title": "Remittance corridors from Canada",
                "slug": "remittance-corridors-from-canada",
                "resource_type": "report",
                "summary": "What it costs to send money home from Canada.",
                "source_name": "Office for Diaspora Engagement",
                "source_url": "",
                "publication_year": "2024",
                "body": streamfield([]),
                "documents": inline_formset([{"document": document.pk}]),
            }
        )
        # Several values of one field: the checkboxes' repeated names (not nested data).
        data.update(countries=["CA", "SN"], instruments=["investment", "philanthropy"])
        self.assertCanCreate(library, ResourcePage, data)
        page = ResourcePage.objects.get(slug="remittance-corridors-from-canada")
        assert page.instruments == ["investment", "philanthropy"]
        assert [country.code for country in page.countries] == ["CA", "SN"]
        assert page.attached_documents() == [document]


def test_publication_year_must_be_a_real_past_year(library):
    future = ResourcePageFactory.build(publication_year=timezone.localdate().year + 1)
    with pytest.raises(ValidationError, match="cannot be later"):
        library.add_child(instance=future)
    ancient = ResourcePageFactory.build(publication_year=1850)
    with pytest.raises(ValidationError):
        library.add_child(instance=ancient)


def test_unknown_instruments_are_refused(library):
    page = ResourcePageFactory.build(instruments=["investment", "smuggling"])
    with pytest.raises(ValidationError, match="smuggling"):
        library.add_child(instance=page)


def test_instruments_are_stored_in_a_stable_order(library):
    page = add_resource(library, instruments=["tourism", "investment", "tourism"])
    page.refresh_from_db()
    assert page.instruments == ["investment", "tourism"]
    assert ResourcePage.objects.filter(pk=page.pk, instruments="investment,tourism").exists()


# -- Listing, facets, words -----------------------------------------------------------


def test_the_demo_library_has_over_thirty_resources_and_lists_the_newest_first(client, resources):
    assert resources.count() >= 30
    expected = [page.title for page in newest_first(resources)]
    response = client.get("/knowledge/")
    assert total(response) == len(expected)
    assert titles(response) == expected[:RESOURCES_PER_PAGE]
    assert (
        titles(client.get("/knowledge/?page=2"))
        == expected[RESOURCES_PER_PAGE:][:RESOURCES_PER_PAGE]
    )


def test_sort_by_title(client, resources):
    expected = sorted((page.title for page in resources), key=str.casefold)
    assert titles(client.get("/knowledge/?sort=title")) == expected[:RESOURCES_PER_PAGE]


def test_facet_counts_are_the_numbers_of_resources(client, resources):
    response = client.get("/knowledge/")
    assert facet_counts(response, "type") == Counter(page.resource_type for page in resources)
    assert facet_counts(response, "instrument") == Counter(
        value for page in resources for value in page.instruments
    )
    assert facet_counts(response, "country") == Counter(
        country.code for page in resources for country in page.countries
    )
    assert facet_counts(response, "year") == Counter(
        str(page.publication_year) for page in resources
    )


def test_values_of_one_facet_add_up_and_facets_narrow_each_other(client, resources):
    guides_and_toolkits = [p for p in resources if p.resource_type in {"guide", "toolkit"}]
    response = client.get("/knowledge/?type=guide&type=toolkit&sort=title")
    assert sorted(titles(response)) == sorted(p.title for p in guides_and_toolkits)[:12]
    assert total(response) == len(guides_and_toolkits)
    # The type facet still shows every type (counted over the other filters: none).
    assert set(facet_counts(response, "type")) == {p.resource_type for p in resources}

    wanted = [p for p in guides_and_toolkits if "investment" in p.instruments]
    response = client.get("/knowledge/?type=guide&type=toolkit&instrument=investment")
    assert total(response) == len(wanted) > 0
    assert set(titles(response)) == {p.title for p in wanted}
    # Each facet counts what choosing one of its values would give with the other filters.
    with_investment = [p for p in resources if "investment" in p.instruments]
    assert facet_counts(response, "type") == Counter(p.resource_type for p in with_investment)


def test_only_values_with_results_are_offered(client, resources):
    swedish = [p for p in resources if "SE" in [c.code for c in p.countries]]
    response = client.get("/knowledge/?country=SE")
    expected = Counter(value for p in swedish for value in p.instruments)
    assert facet_counts(response, "instrument") == expected
    assert all(count > 0 for count in facet_counts(response, "year").values())


def test_filters_are_in_the_address_and_each_can_be_removed(client):
    response = client.get("/knowledge/?q=bond&instrument=investment&type=report")
    page = soup(response)
    assert page.select_one("#library-q")["value"] == "bond"
    assert page.select_one("input[name=instrument][value=investment]").has_attr("checked")
    removes = [a["href"] for a in page.select(".active-filters a")]
    assert "?q=bond&type=report" in removes
    assert "?q=bond&instrument=investment" in removes
    # Without JavaScript the same form is submitted with a button.
    assert page.select_one("form[data-auto-submit] button.facets__apply")


def test_words_find_resources_by_title_summary_body_source_and_country(client, resources):
    assert "Birthright Armenia: volunteering trips for young people of the diaspora" in titles(
        client.get("/knowledge/?q=Armenia")
    )
    bonds = titles(client.get("/knowledge/?q=diaspora bonds"))
    assert "Ethiopia's diaspora bonds for power infrastructure" in bonds
    assert "Moving home: a checklist for returning nationals" not in bonds
    # A word of the body only.
    body_only = titles(client.get("/knowledge/?q=befriending"))
    assert body_only == ["Ireland's Emigrant Support Programme"]
    # The source, and the country's name.
    assert "Germany's Recognition Act for foreign professional qualifications" in titles(
        client.get("/knowledge/?q=Federal Ministry of Education")
    )
    assert "Sweden: mother tongue tuition in public schools" in titles(
        client.get("/knowledge/?q=Sweden")
    )


def test_words_and_facets_together(client, resources):
    response = client.get("/knowledge/?q=return&instrument=permanent_return&country=PT")
    assert titles(response) == ["Portugal's Programa Regressar"]
    assert facet_counts(response, "type") == {"policy": 1}


def test_no_result_has_a_clear_way_back(client):
    response = client.get("/knowledge/?q=zzyzxquokka")
    assert response.status_code == 200
    assert titles(response) == []
    content = response.content.decode()
    assert "No resource matches this search" in content
    assert soup(response).select_one(".empty-state a")["href"] == "/knowledge/"


@pytest.mark.parametrize(
    "query",
    [
        "page=-1",
        "page=0",
        "page=999999999999999999999",
        "page=abc",
        "sort=drop table",
        "type=nope&country=ZZ&instrument=smuggling&year=abcd&year=1800&colour=red",
        "q=" + "investment " * 2000,
        "q=%22%27()*-:^NEAR AND OR NOT",
        "q=%00%ff",
        "country=us",
    ],
)
def test_bad_input_never_breaks_the_page(client, query):
    response = client.get(f"/knowledge/?{query}")
    assert response.status_code == 200
    assert soup(response).select_one(".result-summary")


def test_unknown_values_are_ignored_and_lower_case_countries_understood(client, resources):
    everything = client.get("/knowledge/?type=nope&country=ZZ&year=abcd&instrument=smuggling")
    assert total(everything) == resources.count()
    upper = total(client.get("/knowledge/?country=US"))
    assert total(client.get("/knowledge/?country=us")) == upper > 0
    long_query = client.get("/knowledge/?q=" + "a" * 5000)
    assert len(soup(long_query).select_one("#library-q")["value"]) == 200


def test_unpublished_and_private_resources_never_appear(client, library, resources):
    draft = add_resource(library, title="Quokka draft policy", summary="Quokka in draft.")
    draft.unpublish()
    private = add_resource(library, title="Quokka private report", summary="Quokka in private.")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for query in ("", "?q=quokka", "?instrument=investment", "?sort=title&page=5"):
        response = client.get(f"/knowledge/{query}")
        assert "Quokka" not in response.content.decode(), query
    assert total(client.get("/knowledge/")) == resources.count() - 1  # live, but private
    assert facet_counts(client.get("/knowledge/"), "instrument")["investment"] == len(
        [p for p in resources.exclude(pk=private.pk) if "investment" in p.instruments]
    )
    for feed in ("/knowledge/feed/", "/knowledge/feed/atom/"):
        assert "Quokka" not in client.get(feed).content.decode()


def test_resources_of_another_language_stay_in_their_library(client, library, resources):
    french = Locale.objects.get(language_code="fr")
    source = resources.get(slug="sweden-mother-tongue-tuition")
    translated = source.copy_for_translation(french)
    translated.title = "Suède : l'enseignement de la langue maternelle"
    translated.save_revision().publish()
    assert titles(client.get("/fr/knowledge/")) == [translated.title]
    assert translated.title not in titles(client.get("/knowledge/?country=SE"))


def test_the_library_lists_the_country_hubs(client, library):
    hubs = CountryPage.objects.live().child_of(library).order_by("title")
    assert hubs.count() == 10
    links = soup(client.get("/knowledge/")).select("[aria-labelledby=hubs-heading] a")
    assert [(a.get_text(), a["href"]) for a in links] == [(h.title, h.url) for h in hubs]


# -- The resource page ------------------------------------------------------------------


def test_a_resource_shows_its_source_year_countries_instruments_and_documents(client, resources):
    page = resources.get(slug="ethiopia-diaspora-bonds")
    response = client.get(page.url)
    html = soup(response)
    assert html.select_one("h1").get_text() == page.title
    facts = html.select_one(".related").get_text(" ", strip=True)
    assert "Ethiopian Electric Power Corporation" in facts and "2011" in facts
    assert "Country example" in facts and "Investment" in facts
    hub = CountryPage.objects.get(country="US", locale=page.locale)
    links = {a.get_text(): a["href"] for a in html.select(".related a")}
    assert links["United States of America"] == hub.url  # a hub exists: link to it
    assert links["Ethiopia"] == "/knowledge/?country=ET"  # no hub: the library's filter
    assert links["Investment"] == "/knowledge/?instrument=investment"
    document = html.select_one("[aria-labelledby=documents-heading] a")
    assert document.get_text().startswith("Summary sheet")
    pdf = client.get(document["href"])
    assert pdf.status_code == 200
    assert b"".join(pdf.streaming_content if pdf.streaming else [pdf.content]).startswith(b"%PDF")


def test_a_deleted_document_leaves_the_resource(
    client, library, django_capture_on_commit_callbacks
):
    document = get_document_model().objects.create(
        title="Quokka sheet", file=ContentFile(b"data", name="quokka.txt")
    )
    page = ResourcePageFactory.build(documents=[ResourceDocument(document=document)])
    library.add_child(instance=page)
    page.save_revision().publish()
    assert "Quokka sheet" in client.get(page.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the page cache is purged
        document.delete()
    assert "Quokka sheet" not in client.get(page.url).content.decode()


def test_resources_are_in_the_api_with_their_fields(client, resources):
    fields = "resource_type,summary,countries,instruments,source_name,publication_year,documents"
    items = {}
    for offset in (0, 50):
        url = f"/api/v2/pages/?type=blog.ResourcePage&fields={fields}&limit=50&offset={offset}"
        response = client.get(url)
        assert response.status_code == 200
        items.update({item["id"]: item for item in response.json()["items"]})
    assert set(items) == set(ResourcePage.objects.live().public().values_list("pk", flat=True))
    bonds = items[resources.get(slug="ethiopia-diaspora-bonds").pk]
    assert bonds["countries"] == ["ET", "US"]
    assert bonds["instruments"] == ["investment"]
    assert bonds["resource_type"] == "country_example"
    assert len(bonds["documents"]) == 1


def test_choices_cover_the_issue(client):
    assert set(ResourceType.values) == {"policy", "report", "toolkit", "guide", "country_example"}
    assert set(EngagementInstrument.values) == {
        "permanent_return",
        "temporary_return",
        "investment",
        "knowledge_transfer",
        "tourism",
        "philanthropy",
        "education",
        "culture",
        "consular_protection",
    }


# -- Feeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "version"), [("/knowledge/feed/", "rss20"), ("/knowledge/feed/atom/", "atom10")]
)
def test_feeds_are_valid_and_list_the_newest_resources(client, resources, path, version):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.title == "Knowledge library"
    newest = resources.order_by("-first_published_at", "-pk")[:30]
    assert [entry.title for entry in feed.entries] == [page.title for page in newest]
    first, page = feed.entries[0], newest[0]
    assert first.link == "http://testserver" + page.url
    assert first.summary == page.summary
    assert first.author == page.source_name
    terms = {tag.term for tag in first.tags}
    assert str(page.get_resource_type_display()) in terms
    assert {str(label) for label in page.instrument_choices()} <= terms


def test_a_new_resource_tops_the_feed(client, library):
    page = ResourcePageFactory.build(title="Quokka toolkit for associations")
    library.add_child(instance=page)
    page.first_published_at = timezone.now() + datetime.timedelta(minutes=1)
    page.save_revision().publish()
    feed = feedparser.parse(client.get("/knowledge/feed/").content)
    assert feed.entries[0].title == "Quokka toolkit for associations"


def test_the_library_advertises_its_feeds(client):
    html = soup(client.get("/knowledge/"))
    links = {link["type"]: link["href"] for link in html.select("link[rel=alternate]")}
    assert links["application/rss+xml"] == "/knowledge/feed/"
    assert links["application/atom+xml"] == "/knowledge/feed/atom/"


# -- Query bounds ---------------------------------------------------------------------------


@pytest.fixture
def no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


@pytest.mark.parametrize(
    "path",
    [
        "/knowledge/",
        "/knowledge/?q=diaspora&sort=title",
        "/knowledge/?type=guide&type=toolkit&country=FR&instrument=investment&year=2024",
        "/knowledge/?page=3",
        "/knowledge/ethiopia-diaspora-bonds/",
        "/knowledge/feed/",
        "/knowledge/feed/atom/",
    ],
)
def test_library_pages_stay_bounded(client, no_page_cache, django_assert_max_num_queries, path):
    client.get(path)  # the first render fills the menu, footer and site caches
    with django_assert_max_num_queries(15):
        assert client.get(path).status_code == 200


def test_more_resources_cost_no_more_queries(
    client, library, no_page_cache, django_assert_max_num_queries
):
    client.get("/knowledge/")
    with django_assert_max_num_queries(15) as before:
        client.get("/knowledge/")
    for number in range(30):
        add_resource(library, title=f"Quokka note {number}", countries=["FR", "CA"])
    client.get("/knowledge/")
    with django_assert_max_num_queries(15) as after:
        client.get("/knowledge/")
    assert len(after.captured_queries) == len(before.captured_queries)
