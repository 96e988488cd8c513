"""Course cohorts and event series: each date or cohort has its own places."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events import registration as engine
from events.models import (
    CourseCohort,
    CourseIndexPage,
    CoursePage,
    EventOccurrence,
    EventPage,
    Offering,
    Registration,
)
from tests.events.test_registration import make_event, make_people


def make_course(cohorts=(("Spring", 20, 2), ("Autumn", 200, 3)), **fields):
    index = CourseIndexPage.objects.get(locale__language_code="en")
    today = timezone.localdate()
    course = CoursePage(
        title=fields.pop("title", "Exporting to the diaspora market"),
        intro="Six weeks to prepare a small business for diaspora customers.",
        mode=fields.pop("mode", "cohort"),
        modules=[
            ("module", {"title": "Know your market", "summary": "", "duration": "2 hours"}),
            ("module", {"title": "Pricing and logistics", "summary": "", "duration": "3 hours"}),
        ],
        cohorts=[
            CourseCohort(
                name=name,
                starts_on=today + datetime.timedelta(days=days),
                ends_on=today + datetime.timedelta(days=days + 42),
                capacity=capacity,
            )
            for name, days, capacity in cohorts
        ],
        **fields,
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def make_series(dates=3, capacity=1):
    event = make_event(capacity=capacity, title="Investment clinic")
    for number in range(1, dates):
        start = event.start + datetime.timedelta(days=30 * number)
        event.occurrences.add(
            EventOccurrence(start=start, end=start + datetime.timedelta(hours=1), capacity=capacity)
        )
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def offerings_of(page):
    return list(Offering.objects.filter(page_id=page.pk).order_by("starts_at"))


# --- Courses ---------------------------------------------------------------------------


def test_each_cohort_has_its_own_places_and_waiting_list(client, db):
    course = make_course()
    spring, autumn = offerings_of(course)
    assert (spring.label, spring.capacity, autumn.capacity) == ("Spring", 2, 3)
    first, second, third = make_people(3)
    assert engine.register(spring.pk, first).registration.status == "confirmed"
    assert engine.register(spring.pk, second).registration.status == "confirmed"
    assert engine.register(spring.pk, third).registration.status == "waitlisted"
    assert engine.register(autumn.pk, third).registration.status == "confirmed"

    client.force_login(third)
    soup = BeautifulSoup(client.get(course.url).content.decode(), "html.parser")
    cohorts = soup.select(".registration-box .slot")
    assert "Spring" in cohorts[0].get_text() and "number 1 on the waiting list" in cohorts[
        0
    ].get_text(" ")
    assert "Autumn" in cohorts[1].get_text() and "You are registered." in cohorts[1].get_text()
    modules = [title.get_text() for title in soup.select(".module__title")]
    assert modules == ["Know your market", "Pricing and logistics"]


def test_a_cohort_that_has_started_takes_no_one(db):
    course = make_course(cohorts=(("Now", 0, 5),))
    [cohort] = offerings_of(course)
    [person] = make_people(1)
    outcome = engine.register(cohort.pk, person, now=cohort.starts_at + datetime.timedelta(hours=1))
    assert outcome.message == "This cohort has already started."


def test_a_self_paced_course_enrols_at_any_time(client, db):
    course = make_course(title="Diaspora bonds explained", mode="self_paced", cohorts=())
    [offering] = offerings_of(course)
    assert offering.key == "main" and offering.starts_at is None and offering.capacity is None
    [person] = make_people(1)
    client.force_login(person)
    response = client.post(f"/registrations/register/{offering.pk}/", follow=True)
    assert "Your place is confirmed." in response.content.decode()
    assert "You are registered." in response.content.decode()


def test_the_course_index_lists_courses_with_their_next_cohorts(client, db):
    course = make_course()
    soup = BeautifulSoup(client.get(course.get_parent().url).content.decode(), "html.parser")
    card = soup.find("a", string=course.title).find_parent("article")
    assert "Next cohorts: Spring" in card.get_text(" ", strip=True)


def test_a_removed_cohort_keeps_its_registrations(db):
    course = make_course()
    spring, autumn = offerings_of(course)
    [person] = make_people(1)
    engine.register(autumn.pk, person)
    course.cohorts.remove(course.cohorts.get(name="Autumn"))
    course.save_revision().publish()
    autumn.refresh_from_db()
    assert not autumn.is_active
    assert autumn.registrations.get().user == person  # kept, never dropped silently
    assert "no longer offered" in engine.register(autumn.pk, make_people(1, "late")[0]).message


# --- Event series ----------------------------------------------------------------------


def test_each_date_of_a_series_has_its_own_places(client, db):
    series = make_series(dates=3, capacity=1)
    dates = offerings_of(series)
    assert len(dates) == 3 and [offering.capacity for offering in dates] == [1, 1, 1]
    first, second = make_people(2)
    assert engine.register(dates[1].pk, first).registration.status == "confirmed"
    assert engine.register(dates[1].pk, second).registration.status == "waitlisted"
    assert engine.register(dates[2].pk, second).registration.status == "confirmed"
    assert Registration.objects.filter(offering=dates[0]).count() == 0

    client.force_login(second)
    soup = BeautifulSoup(client.get(series.url).content.decode(), "html.parser")
    slots = soup.select(".registration-box .slot")
    assert len(slots) == 3
    assert "Register" in slots[0].get_text()
    assert "number 1 on the waiting list" in slots[1].get_text(" ")
    assert "You are registered." in slots[2].get_text()


def test_the_series_calendar_has_one_event_per_date_with_stable_uids(client, db):
    series = make_series(dates=3)
    first = Calendar.from_ical(client.get(f"/registrations/calendar/{series.pk}.ics").content)
    second = Calendar.from_ical(client.get(f"/registrations/calendar/{series.pk}.ics").content)
    uids = [str(vevent["UID"]) for vevent in first.walk("VEVENT")]
    assert len(set(uids)) == 3
    assert uids == [str(vevent["UID"]) for vevent in second.walk("VEVENT")]
    starts = sorted(vevent.decoded("DTSTART") for vevent in first.walk("VEVENT"))
    assert starts == [o.starts_at.replace(microsecond=0) for o in offerings_of(series)]


def test_a_series_stays_upcoming_until_its_last_date(client, db):
    series = make_series(dates=2)
    later = series.occurrences.first()
    # The first date is over; the second is still to come.
    EventPage.objects.filter(pk=series.pk).update(
        start=timezone.now() - datetime.timedelta(days=2),
        end=timezone.now() - datetime.timedelta(days=2) + datetime.timedelta(hours=1),
    )
    index = series.get_parent()
    upcoming = client.get(index.url).content.decode()
    assert "Investment clinic" in upcoming and "and 1 more date" in upcoming
    assert later.end > timezone.now()


def test_reminders_go_to_each_date_of_a_series(db, mailoutbox):
    series = make_series(dates=2)
    soon = offerings_of(series)[1]
    Offering.objects.filter(pk=soon.pk).update(
        starts_at=timezone.now() + datetime.timedelta(hours=3)
    )
    [person] = make_people(1)
    Registration.objects.create(offering=soon, user=person, status="confirmed")
    call_command("send_event_reminders", stdout=io.StringIO())
    [message] = mailoutbox
    assert message.to == [person.email]
    assert "Investment clinic — " in message.subject


# --- Editors cannot drop people silently ------------------------------------------------


def event_form_data(event, occurrences):
    local = timezone.localtime
    return nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "intro": event.intro,
            "start": local(event.start).strftime("%Y-%m-%d %H:%M"),
            "end": local(event.end).strftime("%Y-%m-%d %H:%M"),
            "time_zone": event.time_zone,
            "format": event.format,
            "capacity": event.capacity or "",
            "waiting_list": "on",
            "who_may_register": "members",
            "occurrences": inline_formset(occurrences, initial=len(occurrences)),
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )


def occurrence_form(occurrence, capacity=None, delete=False):
    local = timezone.localtime
    data = {
        "id": occurrence.pk,
        "start": local(occurrence.start).strftime("%Y-%m-%d %H:%M"),
        "end": local(occurrence.end).strftime("%Y-%m-%d %H:%M"),
        "capacity": occurrence.capacity if capacity is None else capacity,
        "ORDER": 1,
    }
    if delete:
        data["DELETE"] = "1"
    return data


@pytest.mark.parametrize("change", ["shrink", "remove"])
def test_the_editor_cannot_shrink_or_remove_a_date_people_hold(client, editor, change):
    series = make_series(dates=2, capacity=3)
    later = series.occurrences.get()
    people = make_people(2)
    for someone in people:
        engine.register(Offering.objects.get(page=series, key=later.key).pk, someone)
    client.force_login(editor)
    form = (
        occurrence_form(later, capacity=1)
        if change == "shrink"
        else occurrence_form(later, delete=True)
    )
    response = client.post(
        f"/admin/pages/{series.pk}/edit/",
        {**event_form_data(series, [form]), "action-publish": "1"},
    )
    assert response.status_code == 200  # the form again, with the error
    content = response.content.decode()
    if change == "shrink":
        assert "2 people already have a confirmed place" in content
    else:
        assert "has 2 registrations. Cancel them before removing it." in content
    offering = Offering.objects.get(page=series, key=later.key)
    assert offering.capacity == 3 and offering.is_active
    assert offering.registrations.filter(status="confirmed").count() == 2


def test_the_editor_may_add_places_to_a_date_and_the_waiting_list_moves_up(client, editor):
    series = make_series(dates=2, capacity=1)
    later = series.occurrences.get()
    offering = Offering.objects.get(page=series, key=later.key)
    first, second = make_people(2)
    engine.register(offering.pk, first)
    assert engine.register(offering.pk, second).registration.status == "waitlisted"
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{series.pk}/edit/",
        {**event_form_data(series, [occurrence_form(later, capacity=2)]), "action-publish": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert offering.registrations.get(user=second).status == "confirmed"


def test_course_emails_name_the_cohort_and_its_dates_without_a_calendar_file(
    db, mailoutbox, django_capture_on_commit_callbacks
):
    course = make_course()
    spring = offerings_of(course)[0]
    [person] = make_people(1)
    with django_capture_on_commit_callbacks(execute=True):
        engine.register(spring.pk, person)
    [message] = mailoutbox
    assert message.subject == f"Your place is confirmed: {course.title} — Spring"
    start = timezone.localtime(spring.starts_at)
    assert f"Course: {course.title} — Spring" in message.body
    assert f"When: {start:%A} {start.day} {start:%B %Y}" in message.body
    assert "Where:" not in message.body and "Course page:" in message.body
    assert message.attachments == []
