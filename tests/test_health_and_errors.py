import pytest
from django.test import RequestFactory

from portal import views


def test_healthz_answers_ok_without_touching_the_database(client):
    # No `db` fixture: pytest-django makes any database access in this test an error.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_refuses_other_methods(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_unknown_address_shows_the_portal_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Page not found" in content
    assert 'href="/search/"' in content
    assert '<main id="main"' in content


@pytest.mark.django_db
def test_server_error_page_needs_no_database():
    response = views.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Sorry, something went wrong" in response.content
    assert b'lang="ar"' in response.content


@pytest.mark.django_db
def test_pages_cannot_be_framed_but_the_admin_preview_can(client, django_user_model):
    assert client.get("/").headers["X-Frame-Options"] == "DENY"
    admin = django_user_model.objects.get(email="admin@example.org")
    client.force_login(admin)
    from home.models import StandardPage

    page = StandardPage.objects.live().first()
    response = client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert response.status_code == 200
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
