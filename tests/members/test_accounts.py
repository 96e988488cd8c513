"""Accounts: the e-mail address is the login, allauth pages use the portal's layout."""

import json

import pytest
from bs4 import BeautifulSoup

from members.models import PROFILE_FIELD_DEFAULTS, User
from members.services import email_language, export_member_data


@pytest.mark.django_db
def test_member_logs_in_with_email_and_sees_a_log_out_link(client):
    response = client.post(
        "/accounts/login/",
        {"login": "Member@Example.org", "password": "portal-demo"},
        follow=True,
    )
    assert response.status_code == 200
    assert response.context["user"].email == "member@example.org"
    assert "Log out" in response.content.decode()


@pytest.mark.django_db
def test_wrong_password_gives_a_form_error_without_telling_which_part(client):
    response = client.post(
        "/accounts/login/", {"login": "member@example.org", "password": "wrong-password"}
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    errors = soup.select(".errorlist")
    assert errors
    text = " ".join(error.get_text() for error in errors).lower()
    assert "not correct" in text or "incorrect" in text


@pytest.mark.django_db
def test_login_page_uses_the_portal_layout_with_labelled_fields(client):
    soup = BeautifulSoup(client.get("/accounts/login/").content, "html.parser")
    assert soup.select_one("header.site-header") and soup.select_one("footer.site-footer")
    for field in soup.select(".auth-card input:not([type=hidden])"):
        assert soup.select_one(f"label[for={field['id']}]"), field


@pytest.mark.django_db
def test_signup_with_a_weak_password_creates_no_account(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "new.member@example.org", "password1": "12345", "password2": "12345"},
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="new.member@example.org").exists()
    assert BeautifulSoup(response.content, "html.parser").select(".errorlist")


def test_emails_are_stored_in_lower_case(db):
    user = User.objects.create_user(email="  Amina.Diallo@Example.ORG ", password="a-long-password")
    assert user.email == "amina.diallo@example.org"
    assert User.objects.get_by_natural_key("AMINA.DIALLO@example.org") == user


@pytest.mark.django_db
def test_behind_a_proxy_failed_logins_of_one_visitor_do_not_lock_out_another(client, settings):
    """allauth limits failed logins per address: with TRUSTED_PROXY_COUNT set, that is the
    visitor's address, not the proxy's that every request comes from."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1

    def login(email, password, visitor):
        return client.post(
            "/accounts/login/",
            {"login": email, "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for number in range(12):  # over the limit of 10 a minute per address
        login(f"nobody{number}@example.org", "wrong-password", "203.0.113.7")
    limited = login("member@example.org", "portal-demo", "203.0.113.7")
    assert limited.status_code == 200  # the form again, not logged in
    assert "Too many failed login attempts" in limited.content.decode()
    response = login("member@example.org", "portal-demo", "198.51.100.9")
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_member_gets_e_mails_in_the_language_they_signed_up_in_until_they_choose_another(
    client,
):
    password = "a-long-password-for-tests"
    data = {"email": "nouveau@example.org", "password1": password, "password2": password}
    assert client.post("/fr/accounts/signup/", data).status_code == 302
    user = User.objects.get(email="nouveau@example.org")
    assert email_language(user) == "fr"

    client.force_login(user)
    page = BeautifulSoup(client.get("/members/privacy/").content, "html.parser")
    select = page.find("select", attrs={"name": "language"})
    assert select.find("option", selected=True)["value"] == "fr"
    assert page.find("label", attrs={"for": select["id"]})
    choices = {f"visibility_{field}": "members" for field in PROFILE_FIELD_DEFAULTS}
    assert client.post("/members/privacy/", {**choices, "language": "es"}).status_code == 302
    user.refresh_from_db()
    assert email_language(user) == "es"
    exported = json.loads(export_member_data(user))
    assert exported["account"]["language_of_emails"] == "es"

    # A language the portal does not offer is refused, and nothing else is saved either.
    response = client.post(
        "/members/privacy/", {**choices, "language": "xx", "listed_in_directory": "on"}
    )
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").select(".errorlist")
    user.refresh_from_db()
    assert user.language == "es" and not user.profile.listed_in_directory


@pytest.mark.django_db
def test_a_language_no_longer_offered_falls_back_to_the_default(settings):
    user = User.objects.create_user(email="ana@example.org", password="x", language="ar")
    assert email_language(user) == "ar"
    settings.LANGUAGES = [("en", "English"), ("fr", "Français")]
    assert email_language(user) == "en"
