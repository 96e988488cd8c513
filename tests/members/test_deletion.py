"""Deleting an account leaves no personal data anywhere in the database."""

import os

import pytest
from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.db import connection

from members.models import Profile, User
from members.services import clean_photo
from portal.demo_images import draw_illustration

from .conftest import MARKER


def rows_mentioning(*needles):
    """Every (table, row) of the database whose text contains one of ``needles``."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row).lower()
                if any(needle.lower() in text for needle in needles):
                    found.append((table, row))
    return found


@pytest.fixture
def logged_in_member(client, member_with_profile):
    user = member_with_profile.user
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    photo = clean_photo(ContentFile(draw_illustration("me"), name="me.jpg"))
    member_with_profile.photo.save(photo.name, photo)
    client.post("/accounts/login/", {"login": user.email, "password": "a-strong-password-1"})
    client.get("/members/")
    return member_with_profile


@pytest.mark.django_db
def test_deleting_the_account_removes_every_trace(
    client, logged_in_member, django_capture_on_commit_callbacks
):
    profile = logged_in_member
    email, public_id = profile.user.email, str(profile.public_id)
    photo_path = profile.photo.path
    assert rows_mentioning(MARKER, public_id, public_id.replace("-", ""))  # there before

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/members/delete/", {"password": "a-strong-password-1", "confirm": "on"}, follow=True
        )
    assert "Your account and your data have been deleted." in response.content.decode()

    assert not User.objects.filter(email=email).exists()
    assert not Profile.objects.filter(public_id=public_id).exists()
    assert rows_mentioning(MARKER, email, public_id, public_id.replace("-", "")) == []
    assert not os.path.exists(photo_path)
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_wrong_password_deletes_nothing(client, logged_in_member):
    response = client.post("/members/delete/", {"password": "guess", "confirm": "on"})
    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert User.objects.filter(pk=logged_in_member.user_id).exists()


@pytest.mark.django_db
def test_deletion_needs_the_confirmation_box(client, logged_in_member):
    response = client.post("/members/delete/", {"password": "a-strong-password-1"})
    assert response.context["form"].errors["confirm"]
    assert User.objects.filter(pk=logged_in_member.user_id).exists()


@pytest.mark.django_db
def test_deletion_is_refused_on_get_and_for_visitors(client):
    response = client.get("/members/delete/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
