"""Accounts: the e-mail address is the login, allauth pages use the portal's layout."""

import pytest
from bs4 import BeautifulSoup

from members.models import User


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
