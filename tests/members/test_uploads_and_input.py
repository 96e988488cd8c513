"""Bad input on the profile and privacy forms: field errors, nothing changed."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members.models import Profile


def form_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(node.get_text(" ", strip=True) for node in soup.select(".errorlist"))


def valid_data(profile, **changes):
    data = {
        "display_name": profile.display_name,
        "headline": profile.headline,
        "bio": profile.bio,
        "country_of_origin": "SN",
        "country_of_residence": "FR",
        "city": profile.city,
        "languages": ["fr"],
        "skills": "care",
        "years_of_experience": "20",
        "organisation": profile.organisation,
        "links": "",
    }
    data.update(changes)
    return data


def jpeg_with_exif():
    image = Image.new("RGB", (800, 600), "teal")
    exif = Image.Exif()
    exif[0x010F] = "SecretCameraMaker"  # Make
    exif[0x8825] = {2: (48.0, 51.0, 24.0)}  # GPS latitude
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue() + b"<script>alert(1)</script>"


@pytest.fixture
def owner_client(client, member_with_profile):
    client.force_login(member_with_profile.user)
    return client


@pytest.mark.django_db
def test_photo_is_re_encoded_without_metadata_or_trailing_payload(
    owner_client, member_with_profile
):
    upload = SimpleUploadedFile("me.jpg", jpeg_with_exif(), content_type="image/jpeg")
    response = owner_client.post(
        "/members/profile/", valid_data(member_with_profile, photo_upload=upload)
    )
    assert response.status_code == 302, form_errors(response)
    member_with_profile.refresh_from_db()
    stored = member_with_profile.photo.read()
    member_with_profile.photo.close()
    assert b"SecretCameraMaker" not in stored and b"<script>" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert max(image.size) <= 600
        assert not image.getexif()
    # Kept outside the public media folder: only the photo view, which checks visibility,
    # serves it.
    assert not member_with_profile.photo.path.startswith(settings.MEDIA_ROOT)
    assert owner_client.get(member_with_profile.photo.url).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.jpg", b"%PDF-1.4 not an image at all", "not an image"),
        ("page.png", b"<html><script>alert(1)</script></html>", "not an image"),
        ("huge.jpg", b"\xff\xd8" + b"0" * (5 * 1024 * 1024 + 10), "too large"),
    ],
)
def test_bad_uploads_are_refused_and_change_nothing(
    owner_client, member_with_profile, name, content, message
):
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    response = owner_client.post(
        "/members/profile/",
        valid_data(member_with_profile, photo_upload=upload, headline="Changed headline"),
    )
    assert response.status_code == 200
    assert message in form_errors(response)
    member_with_profile.refresh_from_db()
    assert not member_with_profile.photo
    assert member_with_profile.headline != "Changed headline"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"country_of_residence": "XX"}, "country_of_residence"),
        ({"languages": ["fr", "klingon"]}, "languages"),
        ({"bio": "x" * 1600}, "bio"),
        ({"headline": "x" * 200}, "headline"),
        ({"years_of_experience": "300"}, "years_of_experience"),
        ({"links": "javascript:alert(1)"}, "links"),
        ({"display_name": ""}, "display_name"),
    ],
)
def test_bad_profile_values_give_field_errors(owner_client, member_with_profile, changes, field):
    before = Profile.objects.get(pk=member_with_profile.pk)
    response = owner_client.post("/members/profile/", valid_data(member_with_profile, **changes))
    assert response.status_code == 200
    assert response.context["form"].errors.get(field), response.context["form"].errors
    after = Profile.objects.get(pk=member_with_profile.pk)
    assert (after.bio, after.headline, after.languages) == (
        before.bio,
        before.headline,
        before.languages,
    )


@pytest.mark.django_db
def test_a_forged_visibility_value_is_refused(owner_client, member_with_profile):
    data = {f"visibility_{field}": "public" for field in member_with_profile.visibility}
    data["visibility_city"] = "everyone-including-spammers"
    response = owner_client.post("/members/privacy/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["visibility_city"]
    member_with_profile.refresh_from_db()
    assert member_with_profile.visibility["city"] == "members"


@pytest.mark.django_db
def test_posting_another_members_ids_changes_only_your_own_profile(
    owner_client, member_with_profile
):
    other = Profile.objects.exclude(pk=member_with_profile.pk).first()
    other_name = other.display_name
    data = valid_data(
        member_with_profile,
        display_name="Renamed",
        user=other.user_id,
        id=other.pk,
        public_id=str(other.public_id),
    )
    assert owner_client.post("/members/profile/", data).status_code == 302
    other.refresh_from_db()
    member_with_profile.refresh_from_db()
    assert other.display_name == other_name
    assert member_with_profile.display_name == "Renamed"
    assert member_with_profile.user_id != other.user_id
