"""Consular missions: the public listing at /directory/consulates/ and the editors' snippet."""

import pytest
from bs4 import BeautifulSoup

from directory.models import ConsularMission

URL = "/directory/consulates/"

pytestmark = pytest.mark.django_db


def names(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [heading.get_text(strip=True) for heading in soup.select(".mission__name")]


def test_the_demo_has_missions_in_twenty_countries_or_more():
    assert ConsularMission.objects.values("country").distinct().count() >= 20


def test_the_directory_links_to_the_consulates(client):
    soup = BeautifulSoup(client.get("/directory/").content.decode(), "html.parser")
    assert soup.find("a", href=URL, string="Embassies and consulates")


def test_filter_by_country_then_city(client):
    france = names(client.get(URL, {"country": "FR"}))
    assert sorted(france) == [
        "Consulate General in Lyon",
        "Consulate General in Marseille",
        "Embassy in Paris",
    ]
    assert names(client.get(URL, {"country": "FR", "city": "marseille"})) == [
        "Consulate General in Marseille"
    ]
    page = client.get(URL, {"country": "FR"}).content.decode()
    assert "3 consular missions" in page
    assert '<option value="FR" selected>France</option>' in page


def test_filter_by_service_and_text(client):
    honorary = names(client.get(URL, {"service": "notarial", "q": "honorary"}))
    assert honorary and all(name.startswith("Honorary Consulate") for name in honorary)
    visas = ConsularMission.objects.filter(visas=True).count()
    response = client.get(URL, {"service": "visas"})
    assert f"{visas} consular missions" in response.content.decode()


def test_a_mission_shows_what_a_national_needs(client):
    soup = BeautifulSoup(client.get(URL, {"city": "Paris"}).content.decode(), "html.parser")
    [card] = soup.select("article.mission")
    text = card.get_text(" ", strip=True)
    assert "18 rue de la Faisanderie" in text and "Monday to Friday" in text
    assert card.find("a", href="tel:+33145531200")
    assert card.find("a", href="mailto:consular.paris@example.org")
    assert "Passports and identity cards" in text and "Emergency assistance" in text


@pytest.mark.parametrize(
    "params",
    [
        {"country": "ZZ"},
        {"country": "<script>"},
        {"service": "teleportation"},
        {"page": "-3"},
        {"page": "999999"},
        {"page": "abc"},
        {"q": "x" * 5000},
        {"q": 'AND OR "unbalanced (quote*'},
        {"city": "%_"},
    ],
)
def test_odd_input_never_breaks_the_page(client, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_unknown_values_are_ignored_not_applied(client):
    everything = len(names(client.get(URL, {"page": "1"})))
    assert len(names(client.get(URL, {"country": "ZZ"}))) == everything


def test_the_listing_stays_bounded_in_queries(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE_ENABLED = False
    client.get(URL)
    with django_assert_max_num_queries(15):
        assert client.get(URL, {"country": "US"}).status_code == 200


def test_editors_manage_missions_in_the_admin(client, editor):
    client.force_login(editor)
    listing = client.get("/admin/snippets/directory/consularmission/")
    assert listing.status_code == 200
    assert "Embassy in Paris" in listing.content.decode()
    mission = ConsularMission.objects.get(city="Paris")
    assert (
        client.get(f"/admin/snippets/directory/consularmission/edit/{mission.pk}/").status_code
        == 200
    )


def test_members_cannot_edit_missions(client, django_user_model):
    client.force_login(django_user_model.objects.get(email="member@example.org"))
    response = client.get("/admin/snippets/directory/consularmission/")
    assert response.status_code in (302, 403)


def test_an_edited_mission_is_shown_at_once_to_visitors(client, django_capture_on_commit_callbacks):
    assert "+33 1 45 53 12 00" in client.get(URL, {"city": "Paris"}).content.decode()
    cached = client.get(URL, {"city": "Paris"})
    assert cached["X-Page-Cache"] == "hit"
    mission = ConsularMission.objects.get(city="Paris")
    with django_capture_on_commit_callbacks(execute=True):
        mission.phone = "+33 1 40 00 00 00"
        mission.save()
    assert "+33 1 40 00 00 00" in client.get(URL, {"city": "Paris"}).content.decode()
