"""Registration e-mails (confirmed, waitlisted, promoted, cancelled) and event reminders."""

import datetime
import io
import threading
import zoneinfo

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from events import notifications
from events import registration as engine
from events.management.commands.send_event_reminders import claim, due_reminders
from events.models import Registration, RegistrationStatus
from events.tasks import send_registration_email
from members.models import User
from tests.events.test_registration import (
    bare_event_index,
    make_event,
    make_people,
    needs_postgres,
)

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
JOIN_URL = "https://meet.example.org/mentors-breakfast"
DASHBOARD = "http://testserver/members/"


def reschedule(event, start, hours=2):
    event.start = start
    event.end = start + datetime.timedelta(hours=hours)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def online_event(capacity=1, **fields):
    """An online event in Paris time, starting at 18:30 local time in ten days."""
    event = make_event(
        capacity=capacity, time_zone="Europe/Paris", format="online", join_url=JOIN_URL, **fields
    )
    day = (timezone.now() + datetime.timedelta(days=10)).astimezone(PARIS).date()
    return reschedule(event, datetime.datetime.combine(day, datetime.time(18, 30), tzinfo=PARIS))


def html_of(message):
    ((content, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    return content


def calendar_of(message):
    """The parsed .ics attachment, or None."""
    files = [attachment for attachment in message.attachments if attachment[0].endswith(".ics")]
    if not files:
        return None
    ((filename, content, mimetype),) = files
    assert mimetype == "text/calendar"
    return filename, icalendar.Calendar.from_ical(content)


def register(event, person, capture):
    with capture(execute=True):
        return engine.register(event.offering.pk, person).registration


def assert_common(message, event, person):
    assert message.to == [person.email]
    assert message.from_email == "Diaspora Connect <no-reply@example.org>"
    local = event.local_start
    when = f"{local:%H:%M} – {event.local_end:%H:%M} (Europe/Paris, {local.tzname()})"
    for content in (message.body, html_of(message)):
        assert when in content
        assert f"{local.day} {local:%B %Y}" in content
        assert event.get_full_url() in content
        assert DASHBOARD in content
        assert "Online" in content
    assert "Mentors' breakfast" in message.body  # plain text is not HTML-escaped
    assert "Mentors&#x27; breakfast" in html_of(message)
    assert "Diaspora Connect" in html_of(message)


def assert_has_place(message, event):
    for content in (message.body, html_of(message)):
        assert JOIN_URL in content
        assert "Cancel my registration" in content
    filename, calendar = calendar_of(message)
    assert filename == f"{event.slug}.ics"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent.decoded("DTSTART") == event.start


def assert_no_place(message):
    for content in (message.body, html_of(message)):
        assert JOIN_URL not in content
    assert calendar_of(message) is None
    assert message.attachments == []


@pytest.mark.django_db
def test_the_task_runs_on_the_portal_backend():
    event = online_event()
    (person,) = make_people(1)
    registration = Registration.objects.create(
        offering=event.offering, user=person, status=RegistrationStatus.CONFIRMED
    )
    assert send_registration_email.backend == "portal"
    result = notifications.send("confirmed", registration.pk)
    assert result.status == "SUCCESSFUL" and result.return_value is True
    assert result.args == ["confirmed", registration.pk]
    assert len(mail.outbox) == 1
    with pytest.raises(ValueError, match="Unknown"):
        notifications.send("nonsense", registration.pk)


@pytest.mark.django_db
def test_confirmed_then_waitlisted_emails(django_capture_on_commit_callbacks):
    event = online_event(capacity=1)
    first, second, third = make_people(3)

    register(event, first, django_capture_on_commit_callbacks)
    (confirmed,) = mail.outbox
    assert confirmed.subject == "Your place is confirmed: Mentors' breakfast"
    assert_common(confirmed, event, first)
    assert_has_place(confirmed, event)
    assert "Your status: confirmed" in confirmed.body

    register(event, second, django_capture_on_commit_callbacks)
    register(event, third, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 3
    for message, person, position in ((mail.outbox[1], second, 1), (mail.outbox[2], third, 2)):
        assert message.subject == "You are on the waiting list: Mentors' breakfast"
        assert_common(message, event, person)
        assert_no_place(message)
        assert f"Your status: number {position} on the waiting list" in message.body
        assert f"number {position} on the waiting list" in html_of(message)
        assert "Leave the waiting list" in message.body


@pytest.mark.django_db
def test_a_cancellation_promotes_the_first_person_waiting(django_capture_on_commit_callbacks):
    event = online_event(capacity=1)
    first, second, third = make_people(3)
    place = register(event, first, django_capture_on_commit_callbacks)
    register(event, second, django_capture_on_commit_callbacks)
    register(event, third, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert engine.cancel(place.pk, first).ok

    assert sorted(message.to[0] for message in mail.outbox) == [first.email, second.email]
    cancelled = next(message for message in mail.outbox if message.to == [first.email])
    promoted = next(message for message in mail.outbox if message.to == [second.email])

    assert cancelled.subject == "Your registration is cancelled: Mentors' breakfast"
    assert_common(cancelled, event, first)
    assert_no_place(cancelled)
    assert "Your status: cancelled" in cancelled.body
    assert "register again" in cancelled.body

    assert promoted.subject == "A place is free for you: Mentors' breakfast"
    assert_common(promoted, event, second)
    assert_has_place(promoted, event)
    assert "no longer on the waiting list" in promoted.body


@pytest.mark.django_db
def test_an_in_person_event_shows_its_venue(django_capture_on_commit_callbacks):
    event = make_event(
        venue="Maison de la diaspora", address="12 rue de la Paix\n75002 Paris", country="FR"
    )
    (person,) = make_people(1)
    register(event, person, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    place = "Maison de la diaspora, 12 rue de la Paix, 75002 Paris, France"
    assert f"Where: {place}" in message.body
    assert place in html_of(message)
    assert "Online" not in message.body
    assert "(UTC, UTC)" in message.body
    assert calendar_of(message) is not None


@pytest.mark.django_db
def test_nothing_is_sent_for_a_deleted_member_or_a_stale_state():
    from members.services import delete_account

    event = online_event(capacity=5)
    gone, stays = make_people(2)
    registration = Registration.objects.create(
        offering=event.offering, user=gone, status=RegistrationStatus.CONFIRMED
    )
    delete_account(gone)
    mail.outbox.clear()
    assert notifications.send("confirmed", registration.pk).return_value is False
    assert notifications.send("promoted", 999_999).return_value is False
    waiting_then_confirmed = Registration.objects.create(
        offering=event.offering, user=stays, status=RegistrationStatus.CONFIRMED
    )
    assert notifications.send("waitlisted", waiting_then_confirmed.pk).return_value is False
    assert mail.outbox == []


# --- Reminders ------------------------------------------------------------------


def place_for(event, person, status=RegistrationStatus.CONFIRMED):
    return Registration.objects.create(offering=event.offering, user=person, status=status)


@pytest.mark.django_db
def test_reminders_go_once_to_confirmed_people_of_events_within_a_day():
    Registration.objects.update(reminder_sent_at=timezone.now())  # the demo's registrations
    now = timezone.now()
    soon = reschedule(online_event(capacity=10, title="Soon"), now + datetime.timedelta(hours=5))
    later = reschedule(make_event(title="Later"), now + datetime.timedelta(days=3))
    started = reschedule(make_event(title="Started"), now - datetime.timedelta(hours=1))
    hidden = reschedule(make_event(title="Draft"), now + datetime.timedelta(hours=5))
    hidden.unpublish()
    attendee, waiting, cancelled, gone, other, early, unseen = make_people(7)
    reminded = place_for(soon, attendee)
    place_for(soon, waiting, RegistrationStatus.WAITLISTED)
    place_for(soon, cancelled, RegistrationStatus.CANCELLED)
    orphan = place_for(soon, gone)
    orphan.user = None
    orphan.save()
    place_for(later, other)
    place_for(started, early)
    place_for(hidden, unseen)

    out = io.StringIO()
    call_command("send_event_reminders", "--dry-run", stdout=out)
    assert attendee.email in out.getvalue() and "1 reminder(s) due" in out.getvalue()
    assert mail.outbox == []
    reminded.refresh_from_db()
    assert reminded.reminder_sent_at is None

    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    assert "1 reminder(s) sent." in out.getvalue()
    (message,) = mail.outbox
    assert message.to == [attendee.email]
    assert message.subject == "Reminder: Soon starts soon"
    assert JOIN_URL in message.body and "Soon" in message.body
    filename, calendar = calendar_of(message)
    assert filename == f"{soon.slug}.ics"
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == "Soon"
    reminded.refresh_from_db()
    assert reminded.reminder_sent_at is not None
    assert list(
        Registration.objects.filter(
            offering__page__in=[soon, later, started, hidden], reminder_sent_at__isnull=False
        )
    ) == [reminded]

    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    assert "0 reminder(s) sent." in out.getvalue()
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_failed_reminder_is_tried_again_next_run(monkeypatch):
    Registration.objects.update(reminder_sent_at=timezone.now())
    soon = reschedule(online_event(), timezone.now() + datetime.timedelta(hours=5))
    (person,) = make_people(1)
    registration = place_for(soon, person)

    def broken(*args, **kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr(notifications, "build_email", broken)
    err = io.StringIO()
    call_command("send_event_reminders", stdout=io.StringIO(), stderr=err)
    assert "1 reminder(s) failed" in err.getvalue()
    registration.refresh_from_db()
    assert registration.reminder_sent_at is None
    monkeypatch.undo()
    call_command("send_event_reminders", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [[person.email]]


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_parallel_run_skips_the_rows_another_run_holds():
    """While one run holds its claimed rows, a second run passes them by without waiting."""
    soon = make_event(capacity=10, title="Held", index=bare_event_index())
    soon = reschedule(soon, timezone.now() + datetime.timedelta(hours=5))
    mine = {place_for(soon, person).pk for person in make_people(3, prefix="held")}
    holding, release = threading.Event(), threading.Event()

    def first_run():
        try:
            with transaction.atomic():
                locked = due_reminders(timezone.now()).select_for_update(of=("self",))
                list(locked.filter(pk__in=mine))
                holding.set()
                release.wait(timeout=30)
        finally:
            connection.close()

    thread = threading.Thread(target=first_run)
    thread.start()
    try:
        assert holding.wait(timeout=30)
        assert mine.isdisjoint(claim(timezone.now()))
    finally:
        release.set()
        thread.join(timeout=30)
    assert mine <= set(claim(timezone.now()))
    assert claim(timezone.now()) == []


@pytest.mark.django_db
def test_registration_emails_are_in_the_members_language(django_capture_on_commit_callbacks):
    event = online_event(capacity=1)
    (person,) = make_people(1)
    User.objects.filter(pk=person.pk).update(language="fr")
    register(event, person, django_capture_on_commit_callbacks)
    (confirmed,) = mail.outbox
    assert confirmed.subject == "Place confirmée : Mentors' breakfast"
    assert "Votre place pour Mentors' breakfast est confirmée." in confirmed.body
    assert "Vos inscriptions\xa0: http://testserver/fr/members/" in confirmed.body
