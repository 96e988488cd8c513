"""The registration engine: places, waiting list, promotion, refusals, views."""

import datetime
import threading
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from events import registration as engine
from events.models import EventIndexPage, EventPage, Offering, Registration, RegistrationStatus
from members.models import User

FULL_EVENT = "diaspora-investment-forum-paris"


def make_people(count, prefix="guest"):
    return [
        User.objects.create_user(email=f"{prefix}{n}@example.net", password="a-long-password-1")
        for n in range(count)
    ]


def make_event(capacity=2, waiting_list=True, index=None, **fields):
    index = index or EventIndexPage.objects.get(locale__language_code="en")
    start = timezone.now() + datetime.timedelta(days=10)
    event = EventPage(
        title=fields.pop("title", "Mentors' breakfast"),
        intro="Meet mentors from the diaspora.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        capacity=capacity,
        waiting_list=waiting_list,
        **fields,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def statuses(event):
    return list(
        Registration.objects.filter(offering__page=event)
        .order_by("created_at", "pk")
        .values_list("user__email", "status")
    )


@pytest.mark.django_db
def test_places_then_waiting_list_then_promotion_in_order():
    event = make_event(capacity=2)
    first, second, third, fourth = make_people(4)
    offering = event.offering
    assert engine.register(offering.pk, first).registration.status == "confirmed"
    assert engine.register(offering.pk, second).registration.status == "confirmed"
    waiting_a = engine.register(offering.pk, third)
    waiting_b = engine.register(offering.pk, fourth)
    assert waiting_a.ok and waiting_a.registration.status == "waitlisted"
    assert engine.waiting_position(waiting_a.registration) == 1
    assert engine.waiting_position(waiting_b.registration) == 2

    outcome = engine.cancel(Registration.objects.get(user=first, offering=offering).pk, first)
    assert outcome.ok
    assert dict(statuses(event)) == {
        first.email: "cancelled",
        second.email: "confirmed",
        third.email: "confirmed",  # the first person waiting gets the place
        fourth.email: "waitlisted",
    }
    waiting_b.registration.refresh_from_db()
    assert engine.waiting_position(waiting_b.registration) == 1


@pytest.mark.django_db
def test_registering_twice_keeps_one_place():
    event = make_event(capacity=5)
    (person,) = make_people(1)
    assert engine.register(event.offering.pk, person).ok
    again = engine.register(event.offering.pk, person)
    assert not again.ok and "already registered" in again.message
    assert Registration.objects.filter(user=person).count() == 1


@pytest.mark.django_db
def test_a_full_event_without_waiting_list_refuses():
    event = make_event(capacity=1, waiting_list=False)
    first, second = make_people(2)
    assert engine.register(event.offering.pk, first).ok
    outcome = engine.register(event.offering.pk, second)
    assert not outcome.ok and outcome.message == "The event is full."
    assert not Registration.objects.filter(user=second).exists()


@pytest.mark.django_db
def test_more_places_promote_people_waiting():
    event = make_event(capacity=1)
    people = make_people(3)
    for person in people:
        engine.register(event.offering.pk, person)
    event.capacity = 2
    event.save_revision().publish()
    assert [status for _email, status in statuses(event)] == [
        "confirmed",
        "confirmed",
        "waitlisted",
    ]


@pytest.mark.django_db
def test_capacity_below_the_confirmed_count_is_a_clear_error():
    event = make_event(capacity=3)
    for person in make_people(3):
        engine.register(event.offering.pk, person)
    event.capacity = 1
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "3 people already have a confirmed place" in str(error.value)
    assert (
        Registration.objects.filter(
            offering__page=event, status=RegistrationStatus.CONFIRMED
        ).count()
        == 3
    )


@pytest.mark.django_db
def test_a_draft_does_not_change_the_places():
    event = make_event(capacity=2)
    event.capacity = 50
    event.save_revision()  # a draft, not published
    assert Offering.objects.get(page=event).capacity == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"registration_opens": timezone.now() + datetime.timedelta(days=1)}, "not opened yet"),
        ({"registration_closes": timezone.now() - datetime.timedelta(days=1)}, "closed"),
    ],
)
def test_registration_outside_its_window_is_refused(fields, message):
    event = make_event(**fields)
    (person,) = make_people(1)
    outcome = engine.register(event.offering.pk, person)
    assert not outcome.ok and message in outcome.message


@pytest.mark.django_db
def test_started_and_unpublished_events_refuse():
    event = make_event()
    (person,) = make_people(1)
    later = event.start + datetime.timedelta(minutes=5)
    assert "already started" in engine.register(event.offering.pk, person, now=later).message
    event.unpublish()
    assert "not published" in engine.register(event.offering.pk, person).message


@pytest.mark.django_db
def test_nobody_cancels_someone_elses_place(client):
    event = make_event()
    owner, intruder = make_people(2)
    registration = engine.register(event.offering.pk, owner).registration
    assert not engine.cancel(registration.pk, intruder).ok
    client.force_login(intruder)
    assert client.post(f"/registrations/cancel/{registration.pk}/").status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


@pytest.mark.django_db
def test_views_need_a_login_and_a_post(client):
    event = make_event()
    url = f"/registrations/register/{event.offering.pk}/"
    response = client.post(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    (person,) = make_people(1)
    client.force_login(person)
    assert client.get(url).status_code == 405
    assert client.post("/registrations/register/999999/").status_code == 404


@pytest.mark.django_db
def test_member_registers_and_cancels_through_the_page(client):
    event = make_event(capacity=1)
    (person,) = make_people(1)
    client.force_login(person)
    page = client.post(f"/registrations/register/{event.offering.pk}/", follow=True)
    content = page.content.decode()
    assert "Your place is confirmed." in content and "You are registered." in content
    registration = Registration.objects.get(user=person)
    page = client.post(f"/registrations/cancel/{registration.pk}/", follow=True)
    assert "Your registration is cancelled." in page.content.decode()


@pytest.mark.django_db
def test_the_full_demo_event_offers_the_waiting_list(client):
    event = EventPage.objects.get(slug=FULL_EVENT, locale__language_code="en")
    client.force_login(User.objects.get(email="member@example.org"))
    content = client.get(event.url).content.decode()
    assert "Join the waiting list" in content
    assert "Places left: 0 of 12" in content


@pytest.mark.django_db
def test_times_are_shown_in_the_events_zone_across_a_daylight_saving_change():
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    before = make_event(title="Before the change", time_zone="Europe/Paris")
    after = make_event(title="After the change", time_zone="Europe/Paris")
    before.start = datetime.datetime(2027, 3, 27, 9, 0, tzinfo=paris)
    after.start = datetime.datetime(2027, 3, 28, 9, 0, tzinfo=paris)  # clocks went forward
    assert before.start.astimezone(datetime.UTC).hour == 8
    assert after.start.astimezone(datetime.UTC).hour == 7
    for event in (before, after):
        event.end = event.start + datetime.timedelta(hours=1)
        event.save_revision().publish()
        event.refresh_from_db()
        assert event.local_start.hour == 9
    assert after.local_start.tzname() == "CEST" and before.local_start.tzname() == "CET"


# --- Concurrency ------------------------------------------------------------------

PARALLEL = 12
CAPACITY = 4


def race(offering_id, people):
    """Every person tries to register at the same moment, each on its own connection."""
    start = threading.Barrier(len(people))
    errors = []

    def attempt(person):
        try:
            start.wait()
            engine.register(offering_id, person)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks under real parallel connections need PostgreSQL (CI's second pass)",
)


def bare_event_index():
    """An events section under Wagtail's root. These tests commit for real, and Django
    empties the database after each such test, so the page tree may have to start afresh.
    """
    from wagtail.models import Locale, Page

    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    index = EventIndexPage(title="Events", slug=f"race-{timezone.now().timestamp():.0f}")
    root.add_child(instance=index)
    return index


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_never_overbook():
    event = make_event(capacity=CAPACITY, index=bare_event_index())
    people = make_people(PARALLEL, prefix="racer")
    assert race(event.offering.pk, people) == []
    confirmed = Registration.objects.filter(offering__page=event, status="confirmed").count()
    waiting = Registration.objects.filter(offering__page=event, status="waitlisted").count()
    assert (confirmed, waiting) == (CAPACITY, PARALLEL - CAPACITY)


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_the_race_does_overbook_without_the_lock(monkeypatch):
    """The companion check: take the lock away and the same race confirms too many."""
    event = make_event(capacity=CAPACITY, index=bare_event_index())
    people = make_people(PARALLEL, prefix="unlocked")
    everyone_has_counted = threading.Barrier(PARALLEL)
    real_count = engine.confirmed_count

    def count_then_wait(offering):
        count = real_count(offering)
        everyone_has_counted.wait(timeout=30)
        return count

    monkeypatch.setattr(
        engine, "_lock", lambda pk: Offering.objects.select_related("page").get(pk=pk)
    )
    monkeypatch.setattr(engine, "confirmed_count", count_then_wait)
    assert race(event.offering.pk, people) == []
    confirmed = Registration.objects.filter(offering__page=event, status="confirmed").count()
    assert confirmed > CAPACITY


@pytest.mark.django_db
def test_registrations_show_on_the_dashboard_and_in_the_export(client):
    event = make_event(capacity=3)
    (person,) = make_people(1)
    engine.register(event.offering.pk, person)
    client.force_login(person)
    from django.utils.html import escape

    assert escape(event.title) in client.get("/members/").content.decode()
    import json

    exported = json.loads(client.get("/members/export/").content)
    assert exported["registrations"][0]["title"] == event.title
    assert exported["registrations"][0]["status"] == "confirmed"


@pytest.mark.django_db
def test_a_deleted_member_still_counts_without_a_name(client):
    event = make_event(capacity=3)
    (person,) = make_people(1)
    engine.register(event.offering.pk, person)
    from members.services import delete_account

    delete_account(person)
    registration = Registration.objects.get(offering__page=event)
    assert registration.user is None and registration.status == "confirmed"
    assert engine.confirmed_count(event.offering) == 1


@pytest.mark.django_db
def test_places_left_are_never_stale_for_visitors(client, django_capture_on_commit_callbacks):
    event = make_event(capacity=2)
    assert "Places left: 2 of 2" in client.get(event.url).content.decode()
    assert client.get(event.url).headers["X-Page-Cache"] == "hit"
    (person,) = make_people(1)
    with django_capture_on_commit_callbacks(execute=True):
        engine.register(event.offering.pk, person)
    assert "Places left: 1 of 2" in client.get(event.url).content.decode()
