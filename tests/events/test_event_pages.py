"""The events section: upcoming first, an archive, filters in the address, event pages."""

import pytest
from bs4 import BeautifulSoup

from events.models import EventPage


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".news-list .card__title a")]


@pytest.fixture
def english_events(db):
    return EventPage.objects.live().filter(locale__language_code="en")


@pytest.mark.django_db
def test_upcoming_events_come_first_in_date_order(client, english_events):
    from django.utils import timezone

    upcoming = english_events.filter(end__gte=timezone.now()).order_by("start")
    assert titles(client.get("/events/")) == [event.title for event in upcoming]


@pytest.mark.django_db
def test_past_events_are_in_the_archive(client, english_events):
    from django.utils import timezone

    past = english_events.filter(end__lt=timezone.now())
    assert past.exists()
    archive = titles(client.get("/events/?archive=1"))
    assert archive == [event.title for event in past.order_by("-start")]
    assert not set(archive) & set(titles(client.get("/events/")))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("format=online", lambda event: event.format == "online"),
        ("country=FR", lambda event: event.country.code == "FR"),
        ("tag=youth", lambda event: "youth" in event.tags.names()),
    ],
)
def test_filters(client, english_events, query, check):
    from django.utils import timezone

    expected = [e.title for e in english_events.filter(end__gte=timezone.now()) if check(e)]
    assert expected
    assert sorted(titles(client.get(f"/events/?{query}"))) == sorted(expected)


@pytest.mark.django_db
def test_month_filter(client, english_events):
    event = english_events.order_by("start").last()
    month = event.start.strftime("%Y-%m")
    assert event.title in titles(client.get(f"/events/?month={month}"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["format=teleport", "country=ZZ", "month=2026-13", "month=abc", "page=abc", "tag=" + "x" * 300],
)
def test_odd_filters_never_break_the_page(client, query):
    assert client.get(f"/events/?{query}").status_code == 200


@pytest.mark.django_db
def test_event_page_shows_times_in_the_events_zone(client):
    event = EventPage.objects.get(slug="youth-heritage-day-toronto", locale__language_code="en")
    content = client.get(event.url).content.decode()
    assert "(America/Toronto)" in content
    assert event.local_start.strftime("%H:%M") in content
    assert "data-local-time" in content


@pytest.mark.django_db
def test_join_link_is_only_for_confirmed_attendees(client, django_user_model):
    from events import registration as engine

    event = EventPage.objects.get(slug="consular-services-webinar", locale__language_code="en")
    assert event.join_url not in client.get(event.url).content.decode()
    member = django_user_model.objects.get(email="member@example.org")
    client.force_login(member)
    assert event.join_url not in client.get(event.url).content.decode()
    engine.register(event.offering.pk, member)
    assert event.join_url in client.get(event.url).content.decode()
