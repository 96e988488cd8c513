"""Country hubs: the factsheet editors write, and what each hub gathers about its country
(missions, events, programmes, opportunities, professionals, resources) and nothing else."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from blog.factories import CountryPageFactory, ResourcePageFactory
from blog.hubs import HUB_RESOURCES
from blog.models import CountryPage, KnowledgeIndexPage, ResourcePage
from directory.models import ConsularMission, Opportunity
from events.models import EventIndexPage, EventPage, ProgrammeIndexPage, ProgrammePage
from members.models import Profile, User, default_visibility
from portal.models import Sector

pytestmark = pytest.mark.django_db

DOWN = "http://127.0.0.1:9"  # nothing listens on the discard port


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def section(response, heading_id):
    return soup(response).select_one(f"section[aria-labelledby={heading_id}]")


def section_titles(response, heading_id):
    part = section(response, heading_id)
    return [node.get_text(strip=True) for node in part.select("h3")]


def professionals(response):
    text = soup(response).select_one(".related dd").get_text(" ", strip=True)
    return int(text.split()[0])


@pytest.fixture
def library():
    return KnowledgeIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def canada():
    return CountryPage.objects.get(country="CA", locale__language_code="en")


def in_days(days, hour=18):
    moment = timezone.now() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def add_event(title, country, days, live=True):
    index = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPage(
        title=title,
        intro="An evening for the community.",
        start=in_days(days),
        end=in_days(days) + datetime.timedelta(hours=2),
        time_zone="UTC",
        format="in_person",
        venue="Community hall",
        country=country,
    )
    index.add_child(instance=event)
    if live:
        event.save_revision().publish()
    else:
        event.unpublish()
    return event


def add_programme(title, country, deadline_days):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    programme = ProgrammePage(
        title=title,
        kind="mentoring",
        intro="Mentoring for young professionals.",
        country=country,
        deadline=in_days(deadline_days) if deadline_days is not None else None,
    )
    index.add_child(instance=programme)
    programme.save_revision().publish()
    return programme


def add_opportunity(title, country, live=True, **fields):
    opportunity = Opportunity(
        title=title,
        summary="A quokka project looking for diaspora investors.",
        description="Details for verified investors.",
        sector=Sector.objects.get(slug="energy"),
        country=country,
        instrument="equity",
        stage="growth",
        ticket_min=50_000,
        ticket_max=200_000,
        currency="CAD",
        live=live,
        **fields,
    )
    opportunity.save()
    if live:
        opportunity.save_revision().publish()
    return opportunity


def add_member(email, residence, residence_visibility, listed=True):
    user = User.objects.create_user(email=email, password="a-long-password-1")
    visibility = {**default_visibility(), "country_of_residence": residence_visibility}
    profile = Profile.objects.create(
        user=user,
        display_name=email.split("@")[0].title(),
        headline="Engineer",
        country_of_residence=residence,
        country_of_origin="SN",
        listed_in_directory=listed,
        visibility=visibility,
    )
    return profile


# -- Page type, factsheet, uniqueness ----------------------------------------------------


class TestCountryHubPageType(WagtailPageTestCase):
    def test_demo_hubs_render(self):
        for hub in CountryPage.objects.live()[:3]:
            self.assertPageIsRenderable(hub)


def test_the_factsheet_shows_what_editors_wrote(client, canada):
    response = client.get(canada.url)
    factsheet = section(response, "factsheet-heading").get_text(" ", strip=True)
    assert canada.diaspora_size in factsheet
    assert "not an official statistic" in factsheet
    for place in canada.place_list:
        assert place in factsheet
    for block in canada.institutions:
        assert block.value["name"] in factsheet
    for block in canada.policies:
        assert block.value["title"] in factsheet


def test_one_hub_per_country_and_language(library, canada):
    with pytest.raises(ValidationError, match="already has a hub"):
        library.add_child(instance=CountryPageFactory.build(country="CA", slug="canada-again"))
    # The French library may have its own hub for Canada (a translation).
    french = canada.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Canada"
    french.save_revision().publish()
    assert CountryPage.objects.filter(country="CA").count() == 2


def test_the_hubs_are_in_the_api(client, canada):
    fields = "country,diaspora_size,main_places,institutions,policies"
    response = client.get(f"/api/v2/pages/?type=blog.CountryPage&fields={fields}")
    items = {item["id"]: item for item in response.json()["items"]}
    assert len(items) == 10
    assert items[canada.pk]["country"] == "CA"
    assert items[canada.pk]["institutions"][0]["type"] == "institution"


# -- What a hub gathers ------------------------------------------------------------------


def test_a_hub_shows_the_missions_located_in_its_country_only(client, canada, library):
    response = client.get(canada.url)
    expected = list(ConsularMission.objects.filter(country="CA").values_list("name", flat=True))
    assert expected
    assert section_titles(response, "missions-heading") == expected
    kenya = ConsularMission.objects.filter(country="KE").first()
    assert kenya is not None
    assert kenya.name not in response.content.decode()
    # And the other way round: a hub for Kenya shows Kenya's mission, not Canada's.
    hub = CountryPageFactory.build(country="KE")
    library.add_child(instance=hub)
    hub.save_revision().publish()
    assert section_titles(client.get(hub.url), "missions-heading") == [kenya.name]


def test_a_hub_shows_upcoming_published_events_in_its_country(client, canada):
    add_event("Quokka evening in Toronto", "CA", 10)
    add_event("Quokka picnic in Ottawa", "CA", -10)  # past
    add_event("Quokka draft in Montréal", "CA", 12, live=False)
    add_event("Quokka evening in Nairobi", "KE", 5)
    shown = section_titles(client.get(canada.url), "events-heading")
    assert "Quokka evening in Toronto" in shown
    assert not {"Quokka picnic in Ottawa", "Quokka draft in Montréal"} & set(shown)
    assert "Quokka evening in Nairobi" not in shown
    # The same rule as the events page's own country filter.
    upcoming = EventPage.objects.live().filter(country="CA", last_end__gte=timezone.now())
    assert len(shown) == min(upcoming.count(), 4)


def test_a_hub_shows_open_programmes_of_its_country_first_then_those_open_everywhere(
    client, canada
):
    add_programme("Quokka mentoring in Canada", "CA", 30)
    add_programme("Quokka mentoring closed", "CA", -1)
    add_programme("Quokka mentoring in Kenya", "KE", 30)
    shown = section_titles(client.get(canada.url), "programmes-heading")
    assert shown[0] == "Quokka mentoring in Canada"
    assert "Quokka mentoring closed" not in shown
    assert "Quokka mentoring in Kenya" not in shown
    open_everywhere = ProgrammePage.objects.live().filter(country="", deadline__gte=timezone.now())
    assert set(shown[1:]) <= set(open_everywhere.values_list("title", flat=True))


def test_a_hub_shows_the_current_opportunities_of_its_country(
    client, canada, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    shown_before = section_titles(client.get(canada.url), "opportunities-heading")
    assert shown_before == []  # the demo's opportunities are in countries of origin
    # Indexed once each change commits, which also purges the stored pages.
    with django_capture_on_commit_callbacks(execute=True):
        open_one = add_opportunity(
            "Quokka wind farm", "CA", deadline=today + datetime.timedelta(30)
        )
        add_opportunity("Quokka closed farm", "CA", status="closed")
        add_opportunity("Quokka late farm", "CA", deadline=today - datetime.timedelta(days=1))
        add_opportunity("Quokka draft farm", "CA", live=False)
        add_opportunity("Quokka Kenyan farm", "KE")
    response = client.get(canada.url)
    assert section_titles(response, "opportunities-heading") == ["Quokka wind farm"]
    link = section(response, "opportunities-heading").select_one("h3 a")["href"]
    assert link == f"/directory/opportunities/{open_one.pk}/"
    assert client.get(link).status_code == 200


def test_the_professionals_count_respects_listing_and_residence_visibility(
    client, canada, django_capture_on_commit_callbacks
):
    member = User.objects.get(email="member@example.org")
    public_before = professionals(client.get(canada.url))
    client.force_login(member)
    members_before = professionals(client.get(canada.url))
    client.logout()

    # Indexed once each change commits (which also purges the stored pages).
    with django_capture_on_commit_callbacks(execute=True):
        add_member("quokka.public@example.net", "CA", "public")
        add_member("quokka.members@example.net", "CA", "members")
        add_member("quokka.hidden@example.net", "CA", "private")
        add_member("quokka.unlisted@example.net", "CA", "public", listed=False)
        add_member("quokka.kenya@example.net", "KE", "public")

    assert professionals(client.get(canada.url)) == public_before + 1
    client.force_login(member)
    assert professionals(client.get(canada.url)) == members_before + 2


def test_the_count_matches_what_the_directory_shows(client, canada):
    member = User.objects.get(email="member@example.org")
    client.force_login(member)
    response = client.get(canada.url)
    count = professionals(response)
    link = soup(response).select_one(".related dd a")["href"]
    assert link == "/directory/?residence=CA"
    directory = soup(client.get(link))
    assert int(directory.select_one(".result-summary").get_text(strip=True).split()[0]) == count


def test_a_hub_shows_the_latest_resources_about_its_country(client, canada, library):
    ResourcePageFactory(parent=library, title="Quokka note on Kenya", countries=["KE"])
    draft = ResourcePageFactory(parent=library, title="Quokka draft on Canada", countries=["CA"])
    draft.unpublish()
    expected = [
        page.title
        for page in ResourcePage.objects.live()
        .child_of(library)
        .filter(countries__contains="CA")
        .order_by("-publication_year", "-first_published_at", "-pk")[:HUB_RESOURCES]
    ]
    response = client.get(canada.url)
    assert section_titles(response, "resources-heading") == expected
    assert all(
        "CA" in [c.code for c in ResourcePage.objects.get(title=t).countries] for t in expected
    )
    more = section(response, "resources-heading").select_one(".more-link")["href"]
    assert more == "/knowledge/?country=CA"


def test_a_hub_without_anything_gathered_says_so(client, library):
    hub = CountryPageFactory.build(country="IS", intro="")  # Iceland: nothing in the demo
    library.add_child(instance=hub)
    hub.save_revision().publish()
    response = client.get(hub.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "We have no consular mission in this country" in text
    assert "No event is planned in this country" in text
    assert "No open investment opportunity is listed in this country" in text
    assert "The library has no resource about this country yet." in text
    assert "The factsheet for this country is being written." in text
    assert professionals(response) == 0


@pytest.mark.parametrize("query", ["?page=-1", "?q=" + "x" * 5000, "?residence=ZZ&sort=%00"])
def test_bad_input_never_breaks_a_hub(client, canada, query):
    assert client.get(canada.url + query).status_code == 200
    assert client.get(canada.url + "no-such-page/").status_code == 404


def test_when_search_is_down_the_hub_still_shows_the_rest(client, canada, settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = DOWN
    settings.ELASTICSEARCH_TIMEOUT = 1
    settings.ELASTICSEARCH_INDEX_PREFIX = "portal-down"
    response = client.get(canada.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Opportunities cannot be searched right now" in text
    assert "Not available right now" in text
    assert section_titles(response, "missions-heading")


# -- Query bounds --------------------------------------------------------------------------


@pytest.fixture
def no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def test_a_hub_stays_bounded_in_queries(
    client, canada, no_page_cache, django_assert_max_num_queries
):
    member = User.objects.get(email="member@example.org")
    for login in (False, True):
        if login:
            client.force_login(member)
        client.get(canada.url)
        with django_assert_max_num_queries(30 + 2 * login):  # session and user
            assert client.get(canada.url).status_code == 200


def add_items(country, count, start):
    for number in range(start, start + count):
        add_event(f"Quokka evening {number}", country, 10 + number)
        add_programme(f"Quokka programme {number}", country, 30)
        add_opportunity(f"Quokka farm {number}", country)
        ConsularMission.objects.create(
            name=f"Honorary consul {number}",
            kind="honorary",
            country=country,
            city="Reykjavík",
            address="1 Main Street",
        )
        ResourcePageFactory(
            parent=KnowledgeIndexPage.objects.get(locale__language_code="en"),
            title=f"Quokka note {number}",
            countries=[country],
        )
        add_member(f"quokka.{number}@example.net", country, "public")


def test_more_items_cost_no_more_queries(
    client,
    library,
    no_page_cache,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    hub = CountryPageFactory.build(country="IS")
    library.add_child(instance=hub)
    hub.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        add_items("IS", 1, start=0)
    client.get(hub.url)
    with django_assert_max_num_queries(30) as one:
        client.get(hub.url)
    with django_capture_on_commit_callbacks(execute=True):
        add_items("IS", 4, start=1)
    client.get(hub.url)  # the menu and footer fragments were purged with the pages
    with django_assert_max_num_queries(30) as five:
        response = client.get(hub.url)
    assert len(section_titles(response, "missions-heading")) == 5
    assert professionals(response) == 5
    assert len(five.captured_queries) == len(one.captured_queries)
