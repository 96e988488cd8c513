"""The editors' registrations view in the Wagtail admin: counts, listing, export, actions."""

import csv
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client
from django.utils import timezone

from events import registration as engine
from events.models import EventPage, Offering, Registration, RegistrationStatus
from members.models import Profile, User
from tests.events.test_registration import FULL_EVENT, make_event, make_people

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(db):
    return User.objects.get(email="member@example.org")


@pytest.fixture
def full_event(db):
    return EventPage.objects.get(slug=FULL_EVENT, locale__language_code="en")


@pytest.fixture
def small_event(db):
    """Two places: Amina (display name) and a formula-looking name confirmed, one waiting."""
    event = make_event(capacity=2, title="Mentors' breakfast")
    amina, formula, waiting = make_people(3, prefix="breakfast")
    Profile.objects.create(user=amina, display_name="Amina Breakfast")
    Profile.objects.create(user=formula, display_name="=HYPERLINK(1) Lena")
    for person in (amina, formula, waiting):
        assert engine.register(event.offering.pk, person).ok
    return event


def url(event, suffix=""):
    return f"/admin/events/{event.pk}/registrations/{suffix}"


def registration_of(event, email):
    return Registration.objects.get(offering__page=event, user__email=email)


def view(client, user, event, **params):
    client.force_login(user)
    response = client.get(url(event), params)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def counts(soup):
    return {cell["data-count"]: cell.get_text(strip=True) for cell in soup.select("[data-count]")}


def table_rows(soup):
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")[:5]]
        for row in soup.select("table.listing tbody tr")
    ]


def messages_of(response):
    """The messages waiting to be shown (earlier posts' messages come first)."""
    return [
        BeautifulSoup(str(message), "html.parser").get_text(" ", strip=True)
        for message in get_messages(response.wsgi_request)
    ]


def export_rows(client, user, event, **params):
    client.force_login(user)
    response = client.get(url(event, "registrations.csv"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return response, list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


# --- Listing ----------------------------------------------------------------------------


def test_editor_sees_the_full_demo_event(client, editor, full_event):
    soup = view(client, editor, full_event)
    assert full_event.title in soup.get_text()
    assert counts(soup) == {"confirmed": "12", "waiting": "2", "cancelled": "0", "places-left": "0"}
    rows = table_rows(soup)
    assert len(rows) == 14
    assert [row[2] for row in rows].count("Confirmed") == 12
    waiting = [row for row in rows if row[2] == "On the waiting list"]
    assert [row[3] for row in waiting] == ["1", "2"]
    for registration in Registration.objects.filter(offering__page=full_event):
        assert registration.user.email in soup.get_text()
    # The positions are the engine's.
    first_waiting = Registration.objects.filter(
        offering__page=full_event, status=RegistrationStatus.WAITLISTED
    ).order_by("created_at", "pk")[0]
    assert engine.waiting_position(first_waiting) == 1
    assert waiting[0][1] == first_waiting.user.email


def test_editor_sees_an_event_they_made(client, editor, small_event):
    soup = view(client, editor, small_event)
    assert counts(soup) == {"confirmed": "2", "waiting": "1", "cancelled": "0", "places-left": "0"}
    rows = table_rows(soup)
    assert [row[:4] for row in rows] == [
        ["Amina Breakfast", "breakfast0@example.net", "Confirmed", "—"],
        ["=HYPERLINK(1) Lena", "breakfast1@example.net", "Confirmed", "—"],
        # No profile: the e-mail stands for the name.
        ["breakfast2@example.net", "breakfast2@example.net", "On the waiting list", "1"],
    ]
    assert all(row[4] for row in rows)  # registered at
    start = timezone.localtime(small_event.start, small_event.zone)
    assert str(start.year) in soup.get_text()


def test_a_hidden_display_name_gives_way_to_the_email(client, editor, small_event):
    profile = Profile.objects.get(display_name="Amina Breakfast")
    profile.visibility = {**profile.visibility, "display_name": "private"}
    profile.save()
    soup = view(client, editor, small_event)
    assert "Amina Breakfast" not in soup.get_text()
    assert table_rows(soup)[0][:2] == ["breakfast0@example.net", "breakfast0@example.net"]


def test_filter_by_status(client, editor, small_event):
    rows = table_rows(view(client, editor, small_event, status="waitlisted"))
    assert [row[1] for row in rows] == ["breakfast2@example.net"]
    rows = table_rows(view(client, editor, small_event, status="confirmed"))
    assert [row[1] for row in rows] == ["breakfast0@example.net", "breakfast1@example.net"]
    soup = view(client, editor, small_event, status="nonsense")
    assert table_rows(soup) == []
    assert "No registration matches these filters." in soup.get_text()


# --- Export -----------------------------------------------------------------------------


def test_export_escapes_formulas_and_names_the_file(client, editor, small_event):
    response, rows = export_rows(client, editor, small_event)
    today = timezone.localdate().isoformat()
    assert (
        f'filename="{small_event.slug}-registrations-{today}.csv"'
        in response["Content-Disposition"]
    )
    assert rows[0] == ["Name", "E-mail", "Status", "Waiting-list position", "Registered at"]
    assert [row[:4] for row in rows[1:]] == [
        ["Amina Breakfast", "breakfast0@example.net", "Confirmed", ""],
        ["'=HYPERLINK(1) Lena", "breakfast1@example.net", "Confirmed", ""],
        ["breakfast2@example.net", "breakfast2@example.net", "On the waiting list", "1"],
    ]
    assert all(len(row[4]) == len("2030-01-01 10:00") for row in rows[1:])


def test_export_keeps_the_filter(client, editor, small_event):
    soup = view(client, editor, small_event, status="waitlisted")
    assert soup.find("a", href=url(small_event, "registrations.csv?status=waitlisted"))
    _response, rows = export_rows(client, editor, small_event, status="waitlisted")
    assert [row[1] for row in rows[1:]] == ["breakfast2@example.net"]


def test_the_full_demo_event_exports_fourteen_rows(client, editor, full_event):
    _response, rows = export_rows(client, editor, full_event)
    assert len(rows) == 15


# --- Actions ----------------------------------------------------------------------------


def test_cancel_promotes_the_first_person_waiting(
    client, editor, full_event, django_capture_on_commit_callbacks
):
    first_waiting, second_waiting = Registration.objects.filter(
        offering__page=full_event, status=RegistrationStatus.WAITLISTED
    ).order_by("created_at", "pk")
    confirmed = Registration.objects.filter(
        offering__page=full_event, status=RegistrationStatus.CONFIRMED
    ).first()
    soup = view(client, editor, full_event)
    assert soup.find("form", action=url(full_event, f"{confirmed.pk}/cancel/"))
    assert soup.find("input", attrs={"name": "csrfmiddlewaretoken"})

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(full_event, f"{confirmed.pk}/cancel/"), {"filters": "status=confirmed"}
        )
    assert response.status_code == 302
    assert response["Location"] == url(full_event, "?status=confirmed")
    assert messages_of(response) == ["The registration is cancelled."]
    for registration in (confirmed, first_waiting, second_waiting):
        registration.refresh_from_db()
    assert confirmed.status == RegistrationStatus.CANCELLED
    assert first_waiting.status == RegistrationStatus.CONFIRMED
    assert second_waiting.status == RegistrationStatus.WAITLISTED
    assert {message.to[0] for message in mail.outbox} == {
        confirmed.user.email,
        first_waiting.user.email,
    }
    soup = view(client, editor, full_event)
    assert counts(soup) == {"confirmed": "12", "waiting": "1", "cancelled": "1", "places-left": "0"}

    again = client.post(url(full_event, f"{confirmed.pk}/cancel/"))
    assert messages_of(again)[-1] == "This registration is already cancelled."


def test_move_from_the_waiting_list_needs_a_free_place(client, editor, full_event):
    first, last = Registration.objects.filter(
        offering__page=full_event, status=RegistrationStatus.WAITLISTED
    ).order_by("created_at", "pk")
    client.force_login(editor)
    response = client.post(url(full_event, f"{last.pk}/confirm/"))
    assert response.status_code == 302
    assert messages_of(response) == ["No place is free. Add places first."]
    last.refresh_from_db()
    assert last.status == RegistrationStatus.WAITLISTED

    # Publishing more places promotes people in turn; a place the engine has not handed out
    # yet lets the editor confirm someone out of turn.
    Offering.objects.filter(page=full_event).update(capacity=13)
    response = client.post(url(full_event, f"{last.pk}/confirm/"))
    assert messages_of(response)[-1] == "The person now has a confirmed place."
    first.refresh_from_db()
    last.refresh_from_db()
    assert (first.status, last.status) == ("waitlisted", "confirmed")
    assert counts_in_db(full_event) == (13, 1)

    response = client.post(url(full_event, f"{last.pk}/confirm/"))
    assert messages_of(response)[-1] == "This person is not on the waiting list."


def test_publishing_more_places_promotes_in_turn(client, editor, full_event):
    full_event.capacity = 13
    full_event.save_revision().publish()
    soup = view(client, editor, full_event)
    assert counts(soup) == {"confirmed": "13", "waiting": "1", "cancelled": "0", "places-left": "0"}


def test_add_a_person_by_email(client, editor, member):
    event = make_event(capacity=1)
    client.force_login(editor)
    response = client.post(url(event, "add/"), {"email": " Member@Example.org "})
    assert response.status_code == 302
    assert response["Location"] == url(event)
    registration = registration_of(event, "member@example.org")
    assert registration.status == RegistrationStatus.CONFIRMED
    assert messages_of(response) == ["Registered: Confirmed."]

    response = client.post(url(event, "add/"), {"email": "member@example.org"})
    assert messages_of(response)[-1] == "This person is already registered."
    assert Registration.objects.filter(offering__page=event).count() == 1

    response = client.post(url(event, "add/"), {"email": "editor@example.org"})
    assert registration_of(event, "editor@example.org").status == RegistrationStatus.WAITLISTED


def test_adding_an_unknown_email_is_a_form_error(client, editor):
    event = make_event(capacity=1)
    client.force_login(editor)
    response = client.post(url(event, "add/"), {"email": "nobody@example.net"})
    assert response.status_code == 200
    assert "No member has this e-mail address" in response.content.decode()
    assert not Registration.objects.filter(offering__page=event).exists()


def test_actions_stay_within_their_event(client, editor, small_event, full_event):
    other = Registration.objects.filter(offering__page=full_event).first()
    client.force_login(editor)
    assert client.post(url(small_event, f"{other.pk}/cancel/")).status_code == 404
    other.refresh_from_db()
    assert other.status == RegistrationStatus.CONFIRMED


# --- Access -----------------------------------------------------------------------------


def action_urls(event):
    registration = Registration.objects.filter(offering__page=event).first()
    return [
        url(event, f"{registration.pk}/cancel/"),
        url(event, f"{registration.pk}/confirm/"),
        url(event, "add/"),
    ]


def test_a_member_without_admin_access_is_sent_to_the_login(client, member, full_event):
    client.force_login(member)
    for address in [url(full_event), url(full_event, "registrations.csv"), "/admin/events/"]:
        response = client.get(address)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    for address in action_urls(full_event):
        response = client.post(address, {"email": "member@example.org"})
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert counts_in_db(full_event) == (12, 2)


def counts_in_db(event):
    registrations = Registration.objects.filter(offering__page=event)
    return (
        registrations.filter(status=RegistrationStatus.CONFIRMED).count(),
        registrations.filter(status=RegistrationStatus.WAITLISTED).count(),
    )


def test_an_admin_user_who_cannot_edit_the_event_gets_403(client, admin_only_user, full_event):
    client.force_login(admin_only_user)
    assert client.get(url(full_event)).status_code == 403
    assert client.get(url(full_event, "registrations.csv")).status_code == 403
    for address in action_urls(full_event):
        assert client.post(address, {"email": "member@example.org"}).status_code == 403
    assert counts_in_db(full_event) == (12, 2)
    assert "/admin/events/registrations/" not in client.get("/admin/").content.decode()


def test_actions_need_a_post(client, editor, full_event):
    client.force_login(editor)
    for address in action_urls(full_event):
        assert client.get(address).status_code == 405


def test_actions_are_csrf_protected(editor, full_event):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for address in action_urls(full_event):
        assert client.post(address, {"email": "member@example.org"}).status_code == 403
    assert counts_in_db(full_event) == (12, 2)


def test_a_superuser_manages_any_event(client, full_event):
    soup = view(client, User.objects.get(email="admin@example.org"), full_event)
    assert counts(soup)["confirmed"] == "12"


def test_other_pages_have_no_registrations_view(client, editor, full_event):
    client.force_login(editor)
    assert (
        client.get(f"/admin/events/{full_event.get_parent().pk}/registrations/").status_code == 404
    )


# --- Ways in ----------------------------------------------------------------------------


def test_the_registrations_button_is_in_the_pages_admin(client, editor, full_event):
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{full_event.pk}/edit/")
    assert edit.status_code == 200
    assert f'href="{url(full_event)}"' in edit.content.decode()
    explorer = client.get(f"/admin/pages/{full_event.get_parent().pk}/")
    assert f'href="{url(full_event)}"' in explorer.content.decode()
    # Not on other page types.
    index_edit = client.get(f"/admin/pages/{full_event.get_parent().pk}/edit/")
    assert not re.search(r"/admin/events/\d+/registrations/", index_edit.content.decode())


def test_the_menu_lists_upcoming_events_with_their_counts(client, editor, full_event):
    client.force_login(editor)
    home = client.get("/admin/").content.decode()
    assert "/admin/events/registrations/" in home
    response = client.get("/admin/events/registrations/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    link = soup.find("a", href=url(full_event))
    assert link and link.get_text(strip=True) == full_event.title
    cells = [cell.get_text(strip=True) for cell in link.find_parent("tr").select("td")]
    assert cells[1] == "Event" and cells[4:] == ["12", "2", "0"]
