"""The editors' newsletter subscribers listing and its CSV export."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from home.models import Subscriber
from members.models import User
from tests.home.conftest import make_subscriber

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/newsletter_subscribers/"


def rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="newsletter-subscribers.csv"' in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def subscribers(db):
    Subscriber.objects.all().delete()  # without the demo's
    return [
        make_subscriber("confirmed@example.net", topics=["news", "events"], countries=["SN"]),
        make_subscriber("pending@example.net", confirmed=False, language="fr"),
        make_subscriber("=HYPERLINK(1)@example.net"),
    ]


def test_editors_list_and_export_the_subscribers(client, editor, subscribers):
    client.force_login(editor)
    listing = client.get(LIST_URL)
    assert listing.status_code == 200
    text = BeautifulSoup(listing.content, "html.parser").get_text(" ")
    assert "confirmed@example.net" in text and "pending@example.net" in text
    assert "Newsletter" in client.get("/admin/").content.decode()  # the menu item

    table = rows(client.get(LIST_URL, {"export": "csv"}))
    assert table[0] == [
        "E-mail address",
        "Status",
        "Language",
        "Topics",
        "Countries",
        "Subscribed",
        "Confirmed",
        "Last digest",
    ]
    by_email = {row[0]: row for row in table[1:]}
    assert by_email["confirmed@example.net"][1:5] == [
        "Confirmed",
        "en",
        "News, Events and courses",
        "SN",
    ]
    assert by_email["pending@example.net"][1] == "Waiting for confirmation"
    assert by_email["pending@example.net"][6] == ""
    # A cell that a spreadsheet would run as a formula is quoted.
    assert "'=HYPERLINK(1)@example.net" in by_email


def test_the_export_follows_the_filters_and_the_search(client, editor, subscribers):
    client.force_login(editor)
    pending = rows(client.get(LIST_URL, {"export": "csv", "status": "pending"}))
    assert [row[0] for row in pending[1:]] == ["pending@example.net"]
    found = rows(client.get(LIST_URL, {"export": "csv", "q": "confirmed@"}))
    assert [row[0] for row in found[1:]] == ["confirmed@example.net"]


def test_no_spreadsheet_format_but_csv(client, editor, subscribers):
    client.force_login(editor)
    listing = client.get(LIST_URL).content.decode()
    assert "export=csv" in listing and "export=xlsx" not in listing
    response = client.get(LIST_URL, {"export": "xlsx"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


def test_nobody_adds_or_edits_a_subscriber_in_the_admin(client, admin_user, subscribers):
    """Subscriptions come from the double opt-in only, even for administrators."""
    client.force_login(admin_user)
    assert client.get(LIST_URL).status_code == 200
    assert client.get(f"{LIST_URL}new/").status_code in {302, 403}
    assert client.get(f"{LIST_URL}edit/{subscribers[0].pk}/").status_code in {302, 403}
    response = client.post(f"{LIST_URL}edit/{subscribers[0].pk}/", {"language": "ar"})
    assert response.status_code in {302, 403}
    subscribers[0].refresh_from_db()
    assert subscribers[0].language == "en"


def test_an_editor_removes_a_subscriber_on_request(client, editor, subscribers):
    client.force_login(editor)
    response = client.post(f"{LIST_URL}delete/{subscribers[1].pk}/")
    assert response.status_code == 302
    assert not Subscriber.objects.filter(email="pending@example.net").exists()


def test_the_listing_and_export_need_the_permission(client, admin_only_user, subscribers):
    client.force_login(admin_only_user)
    for params in ({}, {"export": "csv"}):
        response = client.get(LIST_URL, params)
        assert response.status_code in {302, 403}
        assert b"confirmed@example.net" not in response.content
    client.force_login(User.objects.get(email="member@example.org"))
    response = client.get(LIST_URL, {"export": "csv"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.logout()
    assert client.get(LIST_URL, {"export": "csv"}).status_code == 302


def test_odd_listing_parameters_never_break(client, editor, subscribers):
    client.force_login(editor)
    for params in [
        {"status": "everything"},
        {"language": "x" * 300},
        {"q": "%" * 300},
        {"ordering": "password"},
        {"export": "csv", "p": "999"},
        {"p": "-1"},
    ]:
        assert client.get(LIST_URL, params).status_code in {200, 404}, params


def test_the_listing_stays_bounded(client, editor, subscribers, django_assert_max_num_queries):
    for number in range(40):
        make_subscriber(f"reader{number}@example.net")
    client.force_login(editor)
    client.get(LIST_URL)
    with django_assert_max_num_queries(30):
        assert client.get(LIST_URL).status_code == 200
    with django_assert_max_num_queries(30):
        assert len(rows(client.get(LIST_URL, {"export": "csv"}))) == 44
