"""Sign up, verify, log in, fill the profile, opt in; rate limits; no enumeration."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from members.models import Profile, User


def errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(node.get_text(" ", strip=True) for node in soup.select(".errorlist"))


@pytest.fixture
def mandatory_verification(settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"


@pytest.mark.django_db
def test_sign_up_verify_log_in_complete_profile_and_opt_in(client, mandatory_verification, sector):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "Nadia.Rahman@example.net",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="nadia.rahman@example.net")
    # Not logged in before the address is verified.
    assert client.get("/members/").status_code == 302

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    confirm_path = link.split("testserver", 1)[1]
    assert client.post(confirm_path).status_code == 302

    client.post(
        "/accounts/login/", {"login": "nadia.rahman@example.net", "password": "a-long-pass-phrase"}
    )
    dashboard = client.get("/members/")
    assert dashboard.status_code == 200
    assert "Profile 0% complete" in dashboard.content.decode()

    response = client.post(
        "/members/profile/",
        {
            "display_name": "Nadia Rahman",
            "headline": "Civil engineer, water systems",
            "bio": "I design water networks for growing cities.",
            "country_of_origin": "MA",
            "country_of_residence": "CA",
            "city": "Montréal",
            "languages": ["fr", "ar", "en"],
            "sectors": [sector.pk],
            "skills": "hydraulics, project management",
            "years_of_experience": "12",
            "organisation": "Aqua Ingénierie",
            "links": "https://example.org/nadia",
            "open_to_mentoring": "on",
        },
    )
    assert response.status_code == 302, errors(response)
    profile = Profile.objects.get(user=user)
    assert profile.country_of_residence.code == "CA"
    assert sorted(profile.languages) == ["ar", "en", "fr"]
    assert sorted(profile.skills.names()) == ["hydraulics", "project management"]
    assert not profile.listed_in_directory
    assert client.get("/members/").content.decode().count("% complete")

    privacy = {f"visibility_{field}": level for field, level in profile.visibility.items()}
    privacy.update(listed_in_directory="on", visibility_city="private")
    assert client.post("/members/privacy/", privacy).status_code == 302
    profile.refresh_from_db()
    assert profile.listed_in_directory and profile.visibility["city"] == "private"

    client.logout()
    public_page = client.get(f"/members/people/{profile.public_id}/").content.decode()
    assert "Nadia Rahman" in public_page and "Montréal" not in public_page


@pytest.mark.django_db
def test_the_sixth_failed_login_is_stopped_even_with_the_right_password(client):
    for _attempt in range(5):
        response = client.post(
            "/accounts/login/", {"login": "member@example.org", "password": "not-my-password"}
        )
        assert response.status_code == 200
    response = client.post(
        "/accounts/login/", {"login": "member@example.org", "password": "portal-demo"}
    )
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session
    assert "too many" in response.content.decode().lower()


@pytest.mark.django_db
def test_password_reset_does_not_reveal_who_has_an_account(client):
    known = client.post("/accounts/password/reset/", {"email": "member@example.org"}, follow=True)
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"}, follow=True)
    assert known.status_code == unknown.status_code == 200
    page = BeautifulSoup(known.content, "html.parser").select_one("main").get_text(" ", strip=True)
    other = (
        BeautifulSoup(unknown.content, "html.parser").select_one("main").get_text(" ", strip=True)
    )
    assert page == other


@pytest.mark.django_db
def test_signing_up_with_a_taken_address_does_not_say_so(client, mandatory_verification):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "member@example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert response.status_code == 302
    assert "already" not in errors(response).lower()
    assert User.objects.filter(email="member@example.org").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "field_error"),
    [
        (
            {
                "email": "not-an-email",
                "password1": "a-long-pass-phrase",
                "password2": "a-long-pass-phrase",
            },
            "valid",
        ),
        ({"email": "x@example.net", "password1": "short", "password2": "short"}, "too short"),
        (
            {
                "email": "x@example.net",
                "password1": "a-long-pass-phrase",
                "password2": "another-pass-phrase",
            },
            "same",
        ),
    ],
)
def test_bad_sign_ups_give_field_errors_and_create_nothing(client, data, field_error):
    before = User.objects.count()
    response = client.post("/accounts/signup/", data)
    assert response.status_code == 200
    assert field_error in errors(response).lower()
    assert User.objects.count() == before


@pytest.mark.django_db
def test_email_change_needs_verification_before_it_replaces_the_old_one(
    client, member_with_profile
):
    from allauth.account.models import EmailAddress

    user = member_with_profile.user
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.force_login(user)
    client.post("/accounts/email/", {"action_add": "", "email": "amina.new@example.net"})
    user.refresh_from_db()
    assert user.email != "amina.new@example.net"
    assert EmailAddress.objects.filter(email="amina.new@example.net", verified=False).exists()
    assert any("amina.new@example.net" in message.to for message in mail.outbox)
