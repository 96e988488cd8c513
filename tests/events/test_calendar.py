"""iCalendar output: one file per event, the feed, and the file attached to a confirmed place."""

import datetime
import zoneinfo

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import timezone
from icalendar import Calendar

from events import calendar
from events import registration as engine
from events.models import EventIndexPage, EventPage
from members.models import User

JOIN_URL = "https://meet.example.com/secret-room-4711"
TORONTO = zoneinfo.ZoneInfo("America/Toronto")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def make_event(language="en", start=None, hours=2, **fields):
    index = EventIndexPage.objects.get(locale__language_code=language)
    start = start or timezone.now() + datetime.timedelta(days=10)
    event = EventPage(
        title=fields.pop("title", "Diaspora founders' evening"),
        intro=fields.pop("intro", "Founders from the diaspora share what worked."),
        start=start,
        end=start + datetime.timedelta(hours=hours),
        **fields,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def ics_url(event):
    return f"/registrations/calendar/{event.pk}.ics"


def download(client, event):
    response = client.get(ics_url(event))
    assert response.status_code == 200
    return response.content


def unfolded(content):
    """The raw text with folded lines joined, so a search cannot miss a split value."""
    return content.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")


def only_event(content):
    parsed = Calendar.from_ical(content)
    (vevent,) = parsed.events
    return parsed, vevent


@pytest.mark.django_db
def test_the_event_file_is_a_calendar_attachment(client):
    event = make_event()
    response = client.get(ics_url(event))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    parsed, _vevent = only_event(response.content)
    assert str(parsed["PRODID"]) == "-//Diaspora Connect//Events//EN"
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["CALSCALE"]) == "GREGORIAN"
    assert str(parsed["METHOD"]) == "PUBLISH"


@pytest.mark.django_db
def test_the_event_round_trips_in_its_own_time_zone(client):
    start = datetime.datetime(2027, 6, 10, 18, 30, tzinfo=TORONTO)
    event = make_event(
        start=start,
        time_zone="America/Toronto",
        venue="Harbourfront Centre",
        address="235 Queens Quay West\nToronto ON M5J 2G8",
        country="CA",
        organiser="Canadian chapter",
    )
    parsed, vevent = only_event(download(client, event))

    assert vevent["DTSTART"].params["TZID"] == "America/Toronto"
    assert vevent.start.tzinfo.key == "America/Toronto"
    assert (vevent.start.hour, vevent.start.minute) == (18, 30)
    assert vevent.start.astimezone(datetime.UTC) == datetime.datetime(
        2027, 6, 10, 22, 30, tzinfo=datetime.UTC
    )
    assert vevent["DTEND"].params["TZID"] == "America/Toronto"
    assert vevent.end == start + datetime.timedelta(hours=2)
    assert vevent.end.hour == 20
    assert [zone.tz_name for zone in parsed.timezones] == ["America/Toronto"]
    assert parsed.get_missing_tzids() == set()

    assert vevent["SUMMARY"] == event.title
    assert vevent["LOCATION"] == (
        "Harbourfront Centre, 235 Queens Quay West, Toronto ON M5J 2G8, Canada"
    )
    assert vevent["URL"] == event.get_full_url()
    assert vevent["URL"].startswith("http") and event.url in vevent["URL"]
    assert event.intro in vevent["DESCRIPTION"] and vevent["URL"] in vevent["DESCRIPTION"]
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert vevent.organizer == "mailto:contact@example.org"  # the demo site's contact
    assert vevent.organizer.params["CN"] == "Canadian chapter"
    assert vevent.stamp.tzinfo is not None
    assert vevent.last_modified == event.last_published_at.replace(microsecond=0)
    assert vevent.sequence >= 1


@pytest.mark.django_db
def test_the_uid_is_stable_and_unique(client):
    first = make_event(title="First")
    second = make_event(title="Second")
    uid = only_event(download(client, first))[1]["UID"]
    assert only_event(download(client, first))[1]["UID"] == uid
    assert only_event(download(client, second))[1]["UID"] != uid
    feed = Calendar.from_ical(client.get("/events/feed.ics").content)
    assert uid in [vevent["UID"] for vevent in feed.events]


@pytest.mark.django_db
def test_a_published_change_raises_the_sequence(client, django_capture_on_commit_callbacks):
    event = make_event()
    before = only_event(download(client, event))[1]
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):  # purges the stored file
        event.save_revision().publish()
    after = only_event(download(client, event))[1]
    assert after["UID"] == before["UID"]
    assert after.sequence > before.sequence
    assert after.start - before.start == datetime.timedelta(hours=1)


@pytest.mark.django_db
def test_a_daylight_saving_change_keeps_the_local_time(client):
    event = make_event(start=datetime.datetime(2027, 3, 28, 9, 0, tzinfo=PARIS), hours=1)
    event.time_zone = "Europe/Paris"
    event.save_revision().publish()
    content = download(client, event)
    assert b"DTSTART;TZID=Europe/Paris:20270328T090000" in unfolded(content)
    parsed, vevent = only_event(content)
    assert (vevent.start.hour, vevent.start.minute) == (9, 0)
    assert vevent.start.astimezone(datetime.UTC).hour == 7  # CEST, clocks went forward
    assert vevent.end.astimezone(datetime.UTC).hour == 8
    assert [zone.tz_name for zone in parsed.timezones] == ["Europe/Paris"]


@pytest.mark.django_db
def test_the_join_link_is_for_confirmed_attendees_only(client):
    event = make_event(format="online", join_url=JOIN_URL, capacity=1)
    public = download(client, event)
    feed = client.get("/events/feed.ics").content
    assert event.title in [vevent["SUMMARY"] for vevent in Calendar.from_ical(feed).events]
    for content in (public, feed):
        assert b"secret-room" not in unfolded(content)
        for vevent in Calendar.from_ical(content).events:
            assert "secret-room" not in vevent.get("DESCRIPTION", "")
    assert only_event(public)[1]["LOCATION"] == "Online"

    confirmed_person, waiting_person = (
        User.objects.create_user(email=f"{name}@example.net", password="a-long-password-1")
        for name in ("confirmed", "waiting")
    )
    confirmed = engine.register(event.offering.pk, confirmed_person).registration
    waiting = engine.register(event.offering.pk, waiting_person).registration
    assert (confirmed.status, waiting.status) == ("confirmed", "waitlisted")

    _parsed, mine = only_event(calendar.registration_calendar(confirmed))
    assert JOIN_URL in mine["DESCRIPTION"]
    assert mine["UID"] == only_event(public)[1]["UID"]
    assert mine["URL"].startswith(settings.WAGTAILADMIN_BASE_URL)
    assert mine["LOCATION"] == "Online"
    _parsed, theirs = only_event(calendar.registration_calendar(waiting))
    assert "secret-room" not in theirs["DESCRIPTION"]

    request = RequestFactory().get("/")
    with_request = only_event(calendar.registration_calendar(confirmed, request))[1]
    assert JOIN_URL in with_request["DESCRIPTION"]


def upcoming_dates(language):
    """(title, start) of every upcoming date of the language's published events: a series
    has one entry per date still to come."""
    now = timezone.now()
    return sorted(
        (event.title, start)
        for event in EventPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .prefetch_related("occurrences")
        for _key, start, end in event.dates()
        if end >= now
    )


def expected_feed(language):
    return {title for title, _start in upcoming_dates(language)}


@pytest.mark.django_db
def test_the_feed_lists_published_upcoming_events_of_the_language(client):
    shown = make_event(title="Shown in the feed", time_zone="America/Toronto")
    paris = make_event(title="In Paris", time_zone="Europe/Paris")
    withdrawn = make_event(title="Withdrawn from the feed")
    withdrawn.unpublish()
    past = make_event(
        title="Already over", start=timezone.now() - datetime.timedelta(days=3), hours=1
    )
    french = make_event(language="fr", title="Soirée des fondateurs")

    response = client.get("/events/feed.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    feed = Calendar.from_ical(response.content)
    titles = [str(vevent["SUMMARY"]) for vevent in feed.events]
    entries = sorted((str(vevent["SUMMARY"]), vevent.decoded("DTSTART")) for vevent in feed.events)
    assert entries == [
        (title, start.replace(microsecond=0)) for title, start in upcoming_dates("en")
    ]
    assert set(titles) == expected_feed("en")
    assert {shown.title, paris.title} <= set(titles)
    assert not {withdrawn.title, past.title, french.title} & set(titles)
    assert len({vevent["UID"] for vevent in feed.events}) == len(titles)

    assert str(feed["X-WR-CALNAME"]) == "Diaspora Connect events"
    assert feed.refresh_interval == datetime.timedelta(hours=6)
    assert feed["X-PUBLISHED-TTL"].to_ical() == b"PT6H"
    assert str(feed["METHOD"]) == "PUBLISH"
    zones = {zone.tz_name for zone in feed.timezones}
    assert {"America/Toronto", "Europe/Paris"} <= zones
    assert feed.get_missing_tzids() == set()
    assert len(zones) == len(feed.timezones)  # one VTIMEZONE per zone

    french_feed = Calendar.from_ical(client.get("/fr/events/feed.ics").content)
    french_titles = {str(vevent["SUMMARY"]) for vevent in french_feed.events}
    assert french.title in french_titles and shown.title not in french_titles
    assert french_titles == expected_feed("fr")


@pytest.mark.django_db
def test_unpublished_and_unknown_events_have_no_file(client):
    event = make_event()
    event.unpublish()
    assert client.get(ics_url(event)).status_code == 404
    assert client.get("/registrations/calendar/999999.ics").status_code == 404
