"""The directory's JSON API: the same search, filters and visibility as the pages."""

import pytest

from directory.documents import index_professional
from members.models import Profile, User

pytestmark = pytest.mark.django_db

API = "/api/v2/directory/"


@pytest.fixture
def professional(db):
    user = User.objects.create_user(email="quetzal@example.net", password="a-long-password-1")
    profile = Profile.objects.create(
        user=user,
        display_name="Quetzal Api",
        headline="Quetzal hydrologist",
        city="Medellín",
        country_of_residence="CO",
        languages=["es"],
        listed_in_directory=True,
    )
    profile.visibility = {**profile.visibility, "bio": "private"}
    profile.bio = "A private quetzal biography"
    profile.save()
    index_professional(profile.pk)
    return profile


def test_anonymous_requests_get_only_public_fields(client, professional):
    data = client.get(f"{API}professionals/", {"q": "quetzal"}).json()
    assert data["count"] == 1
    [person] = data["results"]
    assert person["display_name"] == "Quetzal Api"
    assert person["url"] == f"/members/people/{professional.public_id}/"
    for hidden in ("city", "country_of_residence", "bio", "email"):
        assert hidden not in person
    assert "quetzal@example.net" not in str(data)
    assert client.get(f"{API}professionals/", {"q": "medellin"}).json()["count"] == 0


def test_members_get_members_fields_but_never_private_ones(client, professional):
    client.force_login(User.objects.get(email="member@example.org"))
    response = client.get(f"{API}professionals/", {"q": "quetzal medellin"})
    assert response["Cache-Control"] == "private, no-cache"
    [person] = response.json()["results"]
    assert person["city"] == "Medellín" and "bio" not in person
    assert client.get(f"{API}professionals/", {"q": "biography"}).json()["count"] == 0


def test_filters_facets_and_pages_match_the_pages(client):
    data = client.get(
        f"{API}opportunities/", {"sector": "energy", "country": ["SN", "MA"], "sort": "name"}
    ).json()
    titles = [item["title"] for item in data["results"]]
    assert titles == sorted(titles) and data["count"] == len(titles)
    assert all(item["sector"] == "Energy" for item in data["results"])
    assert "description" not in data["results"][0]
    countries = {option["value"]: option for option in data["facets"]["country"]}
    assert countries["SN"]["selected"] and countries["MA"]["selected"]
    assert "GH" in countries  # counted as if chosen: the facet ignores its own filter


def test_odd_parameters_are_ignored_and_unknown_endpoints_are_404(client):
    assert client.get(f"{API}organisations/", {"page": "-1", "sort": "x"}).status_code == 200
    response = client.get(f"{API}passwords/")
    assert response.status_code == 404 and "Unknown endpoint" in response.json()["detail"]
    assert client.post(f"{API}organisations/").status_code == 405


def test_the_openapi_description_lists_every_endpoint_and_filter(client):
    schema = client.get(f"{API}openapi.json").json()
    assert schema["openapi"].startswith("3.")
    endpoints = [f"{API}{name}/" for name in ("professionals", "organisations", "opportunities")]
    assert set(schema["paths"]) == {*endpoints, *(f"{path}suggest/" for path in endpoints)}
    assert "503" in schema["paths"][f"{API}opportunities/"]["get"]["responses"]
    names = {p["name"] for p in schema["paths"][f"{API}opportunities/"]["get"]["parameters"]}
    assert names == {
        "q",
        "sort",
        "page",
        "sector",
        "country",
        "instrument",
        "ticket",
        "stage",
        "status",
    }


def test_suggestions_complete_titles_and_words_for_the_viewers_audience(client):
    response = client.get(f"{API}organisations/suggest/", {"q": "chamb"})
    assert response.status_code == 200
    titles = response.json()["suggestions"]
    assert titles and all("chamb" in title.lower() for title in titles)
    assert len(titles) <= 8
    assert client.get(f"{API}organisations/suggest/", {"q": "c"}).json()["suggestions"] == []
    assert client.get(f"{API}passwords/suggest/", {"q": "ab"}).status_code == 404
