"""Who sees which profile field: every viewer x every field, on every output showing profiles."""

import json

import pytest
from bs4 import BeautifulSoup

from members.models import PROFILE_FIELD_DEFAULTS, User

# The visibility each field gets in the matrix test: every level is used by several fields.
LEVELS = ["public", "members", "private"]
FIELD_LEVEL = {field: LEVELS[i % 3] for i, field in enumerate(PROFILE_FIELD_DEFAULTS)}

# What each kind of viewer may see, written out (not taken from the code under test).
SEES = {
    "anonymous": {"public"},
    "member": {"public", "members"},
    "editor": {"public", "members"},
    "administrator": {"public", "members", "private"},
    "owner": {"public", "members", "private"},
}


@pytest.fixture
def viewer_client(client, member_with_profile):
    def login_as(viewer):
        if viewer == "anonymous":
            return client
        email = {
            "member": "member@example.org",
            "editor": "editor@example.org",
            "administrator": "admin@example.org",
            "owner": member_with_profile.user.email,
        }[viewer]
        client.force_login(User.objects.get(email=email))
        return client

    return login_as


def shown_fields(response):
    soup = BeautifulSoup(response.content, "html.parser")
    fields = {node["data-field"] for node in soup.select("[data-field]")}
    if soup.select_one("h1") and "Amina" in soup.select_one("h1").get_text():
        fields.add("display_name")
    if soup.select_one(".lead") and "Paediatrician" in soup.select_one(".lead").get_text():
        fields.add("headline")
    if soup.select_one("img.avatar"):
        fields.add("photo")
    return fields


@pytest.mark.django_db
@pytest.mark.parametrize("viewer", list(SEES))
def test_profile_page_shows_each_field_only_to_who_may_see_it(
    viewer, viewer_client, member_with_profile
):
    profile = member_with_profile
    profile.visibility = FIELD_LEVEL
    profile.save()
    from django.core.files.base import ContentFile

    from members.services import clean_photo
    from portal.demo_images import draw_illustration

    photo = clean_photo(ContentFile(draw_illustration("face"), name="face.jpg"))
    profile.photo.save(photo.name, photo)

    client = viewer_client(viewer)
    response = client.get(f"/members/people/{profile.public_id}/")
    assert response.status_code == 200
    expected = {field for field, level in FIELD_LEVEL.items() if level in SEES[viewer]}
    assert shown_fields(response) == expected
    assert profile.user.email not in response.content.decode()
    photo_response = client.get(f"/members/people/{profile.public_id}/photo/")
    photo_status = photo_response.status_code
    photo_response.close()
    assert photo_status == (200 if FIELD_LEVEL["photo"] in SEES[viewer] else 404)


@pytest.mark.django_db
@pytest.mark.parametrize("viewer", ["anonymous", "member"])
def test_unlisted_profiles_cannot_be_opened_by_others(viewer, viewer_client, member_with_profile):
    member_with_profile.listed_in_directory = False
    member_with_profile.save()
    client = viewer_client(viewer)
    assert client.get(f"/members/people/{member_with_profile.public_id}/").status_code == 404


@pytest.mark.django_db
def test_owner_previews_as_the_public_and_as_a_member(viewer_client, member_with_profile):
    member_with_profile.visibility = FIELD_LEVEL
    member_with_profile.save()
    client = viewer_client("owner")
    as_public = shown_fields(client.get("/members/profile/preview/?as=public"))
    as_member = shown_fields(client.get("/members/profile/preview/?as=member"))
    # This member has no photo, so the photo is never among the fields shown.
    assert as_public == {f for f, level in FIELD_LEVEL.items() if level == "public"} - {"photo"}
    assert as_member == {
        f for f, level in FIELD_LEVEL.items() if level in ("public", "members")
    } - {"photo"}
    # A made-up audience falls back to the public view, never to the owner's.
    assert shown_fields(client.get("/members/profile/preview/?as=owner")) == as_public


@pytest.mark.django_db
def test_defaults_keep_residence_and_city_for_members(client, member_with_profile):
    page = client.get(f"/members/people/{member_with_profile.public_id}/")
    fields = shown_fields(page)
    assert "country_of_residence" not in fields and "city" not in fields
    assert "country_of_origin" in fields


@pytest.mark.django_db
def test_export_is_the_owners_and_holds_everything(viewer_client, member_with_profile):
    member_with_profile.visibility = dict.fromkeys(PROFILE_FIELD_DEFAULTS, "private")
    member_with_profile.save()
    client = viewer_client("owner")
    response = client.get("/members/export/")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == member_with_profile.user.email
    profile = data["profile"]
    for field in PROFILE_FIELD_DEFAULTS:
        assert field in profile
    assert profile["city"] == member_with_profile.city
    assert profile["skills"] == [tag.name for tag in member_with_profile.skills.all()]
    assert profile["visibility"]["city"] == "private"
    assert profile["listed_in_directory"] is True


@pytest.mark.django_db
def test_export_needs_a_login(client):
    response = client.get("/members/export/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_member_pages_are_never_stored_in_shared_caches(viewer_client, member_with_profile):
    client = viewer_client("owner")
    for url in ["/members/", "/members/profile/", "/members/export/"]:
        assert (
            "private" in client.get(url)["Cache-Control"]
            or "no-cache" in client.get(url)["Cache-Control"]
        )
    anonymous_page = viewer_client("anonymous")
    client.logout()
    response = anonymous_page.get(f"/members/people/{member_with_profile.public_id}/")
    assert "X-Page-Cache" not in response.headers
