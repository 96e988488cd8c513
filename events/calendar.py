"""iCalendar files: one per event and a feed of upcoming events (written with icalendar).

Every VEVENT comes from ``_vevent`` so the single file, the feed and the e-mail attachment
agree. The online join link is for confirmed attendees only: it appears in the file
attached to their confirmation e-mail (``registration_calendar``), never in the public
file or the feed.
"""

import datetime
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event, vCalAddress, vDuration
from icalendar.enums import STATUS

from events.models import MAIN, EventFormat, RegistrationStatus
from home.models import SiteSettings

PRODID = "-//Diaspora Connect//Events//EN"
FEED_NAME = "Diaspora Connect events"
FEED_REFRESH = datetime.timedelta(hours=6)
# VTIMEZONE rules cover a year either side of the events, which is plenty for clients.
ZONE_MARGIN = datetime.timedelta(days=365)


def event_calendar(event, request):
    """The public calendar file of one event: every date of a series (no join link)."""
    return _calendar(_vevents(event, request), [event]).to_ical()


def events_feed(events, request):
    """One calendar with every event given (upcoming, published, one language)."""
    events = list(events)
    now = timezone.now()
    calendar = _calendar(
        [vevent for event in events for vevent in _vevents(event, request, after=now)], events
    )
    calendar.calendar_name = FEED_NAME  # NAME and X-WR-CALNAME
    calendar.refresh_interval = FEED_REFRESH
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # required by RFC 7986
    calendar.add("X-PUBLISHED-TTL", vDuration(FEED_REFRESH))
    return calendar.to_ical()


def registration_calendar(registration, request=None):
    """The file attached to a registration e-mail, for the one date registered for: a
    confirmed place also gets the join link."""
    offering = registration.offering
    event = offering.page.specific
    confirmed = registration.status == RegistrationStatus.CONFIRMED
    date = (offering.key, offering.starts_at, offering.ends_at)
    vevent = _vevent(event, request, date, with_join_link=confirmed)
    return _calendar([vevent], [event]).to_ical()


def _vevents(event, request, after=None):
    return [
        _vevent(event, request, date) for date in event.dates() if after is None or date[2] >= after
    ]


def _calendar(vevents, events):
    calendar = Calendar()
    calendar.prodid = PRODID
    calendar.version = "2.0"
    calendar.calscale = "GREGORIAN"
    calendar.method = "PUBLISH"
    for vevent in vevents:
        calendar.add_component(vevent)
    if events:
        # One VTIMEZONE per zone used (UTC needs none: its times end in Z).
        calendar.add_missing_timezones(
            first_date=min(event.local_start.date() for event in events) - ZONE_MARGIN,
            last_date=max(_local(event.last_end or event.end, event).date() for event in events)
            + ZONE_MARGIN,
        )
    return calendar


def _local(moment, event):
    return timezone.localtime(moment, event.zone).replace(microsecond=0)


def _vevent(event, request, date, with_join_link=False):
    """The VEVENT of one date (key, start, end) of an event page; the only place that
    decides what a VEVENT holds."""
    key, start, end = date
    page_url = _full_url(event, request)
    description = [event.intro, page_url]
    if with_join_link and event.join_url and event.format != EventFormat.IN_PERSON:
        description.append(gettext("Join online: %(url)s") % {"url": event.join_url})
    modified = event.last_published_at or event.latest_revision_created_at
    vevent = Event.new(
        # The page id never changes and the host tells this portal's events apart from
        # others in the same calendar: the same UID in every download, feed and e-mail.
        # A series' further dates add their own stable key.
        uid=f"event-{event.pk}{'' if key == MAIN else '-' + key}"
        f"@{urlsplit(page_url).hostname or 'localhost'}",
        stamp=timezone.now().astimezone(datetime.UTC).replace(microsecond=0),
        start=_local(start, event),
        end=_local(end, event),
        summary=event.title,
        description="\n\n".join(part for part in description if part),
        url=page_url,
        location=_location(event),
        organizer=_organizer(event, request),
        last_modified=modified.astimezone(datetime.UTC).replace(microsecond=0)
        if modified
        else None,
        # Revision ids only grow, and every published change is a new revision.
        sequence=event.live_revision_id or 0,
        status=STATUS.CONFIRMED,
    )
    return vevent


def _full_url(event, request):
    # Without a request, Wagtail builds the URL from the Site, which the demo and
    # deployments set up from WAGTAILADMIN_BASE_URL.
    return event.get_full_url(request) or settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"


def _location(event):
    if event.format == EventFormat.ONLINE:
        return str(EventFormat.ONLINE.label)
    address = [line.strip() for line in event.address.splitlines() if line.strip()]
    country = [str(event.country.name)] if event.country else []
    parts = [event.venue.strip(), *address, *country]
    return ", ".join(part for part in parts if part) or (
        str(EventFormat.ONLINE.label) if event.format == EventFormat.HYBRID else None
    )


def _organizer(event, request):
    if request is not None:
        site_settings = SiteSettings.for_request(request)
    else:
        site = event.get_site()
        site_settings = SiteSettings.for_site(site) if site else None
    email = site_settings.contact_email if site_settings else ""
    if not email:
        email = parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or "no-reply@example.org"
    organizer = vCalAddress(f"mailto:{email}")
    name = event.organiser or (site_settings.organisation_name if site_settings else "")
    if name:
        organizer.params["CN"] = name
    return organizer
